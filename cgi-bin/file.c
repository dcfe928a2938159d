/*
 * file - downloads one attachment.  Its application's owner, reviewers
 * whose scope covers the (submitted) application and the 服务商 its project
 * chose (lib/applications.c); the 审计机构 assigned to a project only the files of the stage it works in
 * (长春 资金申报: the 合同、发票、付款凭证 it audits); anyone else gets 404.
 * Always Content-Disposition: attachment, with the Chinese name encoded
 * (RFC 6266/5987) and the type decided at upload by content.
 */
#include <string.h>
#include "workflow.h"

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
	if (r->s.role == ROLE_AUDITOR) {
		int works = 0;
		for (const struct transition *t = a.st->workflow; t->from; t++) works |= t->role == ROLE_AUDITOR;
		if (!works) { dbrows_free(d); return 404; }
	}
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

const struct page PAGE = { "file", M_GET, ROLE_PLATFORM | ROLE_ENTERPRISE | ROLE_REVIEWER | ROLE_EXPERT | ROLE_PROVIDER | ROLE_AUDITOR, 0, inputs, handle };
