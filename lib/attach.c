/*
 * attach.c - attachments: decided by content (libmagic), stored with their size and
 * SHA-256 in the transaction of their record.
 * See filing.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <magic.h>
#include "filing.h"

char *
display_filename(struct req *r, const char *s)
{
	const char *base = s;
	char *o, *p;
	long chars = 0;

	for (const char *q = s; *q; q++)
		if (*q == '/' || *q == '\\') base = q + 1;
	o = p = req_alloc(r, strlen(base));
	for (const unsigned char *q = (const unsigned char *)base; *q; q++) {
		if (*q < 0x20 || *q == 0x7F || *q == '"') continue;
		if ((*q & 0xC0) != 0x80 && ++chars > 120) break;
		*p++ = (char)*q;
	}
	*p = '\0';
	/* a cut may leave a partial character: drop it */
	while (p > o && !utf8_valid(o, (size_t)(p - o))) *--p = '\0';
	if (!*o) return req_strdup(r, "附件");
	return o;
}

/*
 * The largest file this installation can keep: Upload.MaxBytes, and never more
 * than the database server can take back from a backup.  A file is one row, and
 * MariaDB refuses a packet over its max_allowed_packet (16 MiB on Debian's
 * default server: a larger upload failed there with a 500); a backup writes the
 * row in hexadecimal, so a restore sends twice the file's size.  64 KiB are kept
 * for the rest of the row and the statement.
 */
long long
upload_max_bytes(struct req *r)
{
	long long max = req_conf_int(r, "Upload.MaxBytes", 20 * 1024 * 1024);
	struct dbrows *d = db_query(r, "SELECT @@max_allowed_packet");

	if (d && d->nrows == 1 && (dbi(d, 0, 0) - 65536) / 2 < max) max = (dbi(d, 0, 0) - 65536) / 2;
	return max;
}

/* "20 MB", "7.9 MB": the limit as the forms and refusals show it (MiB, rounded down) */
const char *
upload_limit_text(struct req *r, long long max)
{
	long long tenths = max * 10 / 1048576;
	return tenths % 10 ? req_printf(r, "%lld.%lld MB", tenths / 10, tenths % 10)
			   : req_printf(r, "%lld MB", tenths / 10);
}

const char *
upload_refusal(struct req *r, size_t len)
{
	long long max = upload_max_bytes(r);

	if (len == 0) return "文件为空，请重新选择";
	if ((long long)len <= max) return NULL;
	return req_printf(r, "文件大小为%s，超过了本系统可保存的上限%s，未保存。请压缩或拆分后重新上传",
			  upload_limit_text(r, (long long)len), upload_limit_text(r, max));
}

const char *
attach_store(struct req *r, long long app_id, long long ent_id, const char *kind, const struct upload *u,
	     long long *id)
{
	magic_t m;
	const char *mime, *refused;
	char mimebuf[64], sha[65];

	if ((refused = upload_refusal(r, u->len))) return refused;
	m = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR);
	if (!m || magic_load(m, NULL) != 0) {
		LOG(r, "libmagic unavailable");
		if (m) magic_close(m);
		return "系统暂时无法识别文件类型，请稍后再试";
	}
	mime = magic_buffer(m, u->data, u->len);
	snprintf(mimebuf, sizeof(mimebuf), "%s", mime ? mime : "");
	magic_close(m);
	if (strcmp(mimebuf, "application/pdf") && strcmp(mimebuf, "image/jpeg") && strcmp(mimebuf, "image/png"))
		return "只接受PDF、JPG、PNG文件（按文件内容判断，与扩展名无关）";
	sha256_hex(u->data, u->len, sha);
	if (db_exec(r,
		"INSERT INTO attachments (application_id, enterprise_id, kind, filename, mime, size, sha256, uploaded_by)"
		" VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
		DI(app_id), ent_id ? DI(ent_id) : DNULL, DS(kind), DS(display_filename(r, u->client_name)),
		DS(mimebuf), DI((long long)u->len), DS(sha), DI(r->s.account_id)) != 1)
		return "";
	*id = db_last_id(r);
	if (db_exec(r, "INSERT INTO attachment_blobs (attachment_id, data) VALUES (?, ?)",
		    DI(*id), DBLOB(u->data, u->len)) != 1)
		return "";
	return NULL;
}

void
attach_list_to_hdf(struct req *r, long long app_id, const char *prefix)
{
	/* with a flag when the same file is proof in another platform's application */
	struct dbrows *d = db_query(r,
		"SELECT t.id, t.kind, COALESCE(t.enterprise_id, 0), t.filename, t.mime, t.size, t.sha256,"
		" DATE_FORMAT(t.created_at, '%Y-%m-%d %H:%i'),"
		" (SELECT COUNT(DISTINCT o.application_id) FROM attachments o"
		"   WHERE o.sha256 = t.sha256 AND o.application_id <> t.application_id)"
		" FROM attachments t WHERE t.application_id = ? ORDER BY t.kind, t.id", DI(app_id));
	static const char *const names[] = { "id", "kind", "ent", "filename", "mime", "size", "sha256", "at",
					      "reused", NULL };
	if (!d) return;
	db_to_hdf(r, d, prefix, names);
	for (int i = 0; i < d->nrows; i++) {
		long long sz = dbi(d, i, 5);
		hset(r, req_printf(r, "%s.%d.size_h", prefix, i),
		     sz >= 1048576 ? req_printf(r, "%.1f MB", (double)sz / 1048576.0)
				   : req_printf(r, "%lld KB", (sz + 1023) / 1024));
	}
}

/* ---- versions ------------------------------------------------------------------------ */
