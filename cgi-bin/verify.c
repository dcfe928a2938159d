/*
 * verify - 核验: the public check that a printed 申请报告 matches what was
 * filed online.  No login.  GET ?code=XXXX-XXXX-XXXX-XXXX (dashes, spaces and
 * case ignored).  Shows only: platform name, sub-industry, version,
 * submission time, and whether that version is the current one.
 */
#include <ctype.h>
#include <string.h>
#include "programme.h"

static const struct input inputs[] = {
	{ "code", "验证码", VT_LINE, 0, 0, 40 },
	{ NULL }
};

static int
handle(struct req *r)
{
	const char *in = req_str(r, "code");
	char code[17];
	int n = 0;
	struct dbrows *d;

	if (!in || !*in) return page_render(r, "verify.cs");
	for (const char *p = in; *p && n < 17; p++) {
		if (*p == '-' || *p == ' ') continue;
		code[n++] = (char)toupper((unsigned char)*p);
	}
	if (n != 16) {
		req_field_error(r, "code", "验证码应为16位字母和数字，例如 ABCD-EFGH-JKMN-PQRS");
		return page_render_status(r, 422, "verify.cs");
	}
	code[16] = '\0';
	d = db_query(r,
		"SELECT a.display_name, COALESCE(CONCAT(s.category, ' / ', s.name), ''), v.version_no,"
		" DATE_FORMAT(v.submitted_at, '%Y-%m-%d %H:%i'), v.version_no = p.submitted_no AND v.withdrawn = 0,"
		" v.withdrawn, b.title"
		" FROM app_versions v JOIN applications p ON p.id = v.application_id JOIN accounts a ON a.id = p.account_id"
		" JOIN batches b ON b.id = p.batch_id LEFT JOIN sub_industries s ON s.seq = p.sub_industry WHERE v.code = ?",
		DS(code));
	if (!d) return 500;
	if (d->nrows == 1) {
		static const char *const names[] = { "org", "sub_industry", "version", "submitted_at", "current",
						      "withdrawn", "batch", NULL };
		db_to_hdf(r, d, "Found", names);
		hset(r, "Found.code", req_printf(r, "%.4s-%.4s-%.4s-%.4s", code, code + 4, code + 8, code + 12));
	} else
		hset(r, "NotFound", "1");
	return page_render(r, "verify.cs");
}

const struct page PAGE = { "verify", M_GET, 0, PAGE_PUBLIC | PAGE_READONLY, inputs, handle };
