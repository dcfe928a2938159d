/*
 * file - downloads one attachment.  Its application's owner, reviewers
 * whose scope covers the (submitted) application and the 服务商 its project
 * chose (lib/applications.c); anyone else gets 404.
 * Always Content-Disposition: attachment, with the Chinese name encoded
 * (RFC 6266/5987) and the type decided at upload by content.
 */
#include <string.h>
#include "programme.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, IN_REQ, 1, (1LL << 53) },
	{ NULL }
};

static int
handle(struct req *r)
{
	struct app_info a;
	struct dbrows *d;
	int st;
	const char *name;
	char *ascii, *p;

	d = db_query(r, "SELECT t.application_id, t.filename, t.mime, b.data FROM attachments t"
			" JOIN attachment_blobs b ON b.attachment_id = t.id WHERE t.id = ?", DI(req_int(r, "id", 0)));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	if ((st = app_open(r, dbi(d, 0, 0), &a))) { dbrows_free(d); return st; }
	name = dbv(d, 0, 1);
	/* an ASCII fallback for old clients: non-ASCII bytes become '_' */
	ascii = req_strdup(r, name);
	for (p = ascii; *p; p++)
		if ((unsigned char)*p >= 0x80 || *p == '"' || *p == '\\' || *p == ';') *p = '_';
	st = page_send_bytes(r, req_printf(r, "%s", dbv(d, 0, 2)),
			     req_printf(r, "attachment; filename=\"%s\"; filename*=UTF-8''%s", ascii, rfc5987(r, name)),
			     d->cell[3], d->len[3]);
	return st;
}

const struct page PAGE = { "file", M_GET, ROLE_PLATFORM | ROLE_ENTERPRISE | ROLE_REVIEWER | ROLE_EXPERT | ROLE_PROVIDER, 0, inputs, handle };
