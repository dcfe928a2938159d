/*
 * profile - 单位信息: an applicant's own organisation details.
 * 服务平台 and 中小企业; GET shows, POST saves the contact details.
 * 单位名称, 统一社会信用代码 and 所在旗县区 are changed only by the
 * administrator (they decide who reviews the applications).  Saves are
 * guarded by the record's version: a stale form is refused, not merged.
 */
#include "dt.h"

static const struct input inputs[] = {
	{ "contact_person", "联系人", VT_LINE, IN_REQ, 2, 50 },
	{ "mobile", "联系人手机", VT_MOBILE, IN_REQ, 0, 0 },
	{ "email", "电子邮箱", VT_EMAIL, IN_REQ, 0, 0 },
	{ "version", "", VT_INT, IN_REQ, 1, 1000000000 },
	{ NULL }
};

static int
load(struct req *r, int fill_form)
{
	struct dbrows *d = db_query(r,
		"SELECT a.display_name, a.credit_code, g.name, c.name, a.contact_person, a.mobile, a.email, a.version"
		" FROM accounts a LEFT JOIN regions g ON g.code = a.region_code"
		" LEFT JOIN regions c ON c.code = g.city_code WHERE a.id = ?", DI(r->s.account_id));
	static const char *const names[] = { "name", "credit_code", "county", "city", "", "", "", "version", NULL };
	if (!d || d->nrows != 1) { dbrows_free(d); return 500; }
	db_to_hdf(r, d, "Org", names);
	if (fill_form) {
		hset(r, "Form.contact_person", dbv(d, 0, 4));
		hset(r, "Form.mobile", dbv(d, 0, 5));
		hset(r, "Form.email", dbv(d, 0, 6));
		hset(r, "Form.version", dbv(d, 0, 7));
	}
	return 0;
}

static int
handle(struct req *r)
{
	int st;
	long long n;

	if (r->method != M_POST) {
		if ((st = load(r, 1))) return st;
		return page_render(r, "profile.cs");
	}
	if (req_errors(r)) {
		if ((st = load(r, 0))) return st;
		return page_render_status(r, 422, "profile.cs");
	}
	if (db_begin(r)) return 500;
	n = db_exec(r, "UPDATE accounts SET contact_person = ?, mobile = ?, email = ?, version = version + 1"
		       " WHERE id = ? AND version = ?",
		    DS(req_str(r, "contact_person")), DS(req_str(r, "mobile")), DS(req_str(r, "email")),
		    DI(r->s.account_id), DI(req_int(r, "version", 0)));
	if (n < 0) return 500;
	if (n == 0) {
		db_rollback(r);
		hset(r, "Conflict", "1");
		if ((st = load(r, 0))) return st;
		return page_render_status(r, 409, "profile.cs");
	}
	if (audit(r, "account.profile", "account", r->s.account_id, "",
		  req_printf(r, "联系人=%s 手机=%s 邮箱=%s", req_str(r, "contact_person"),
			     req_str(r, "mobile"), req_str(r, "email"))) ||
	    db_commit(r))
		return 500;
	return page_flash_redirect(r, "/cgi-bin/profile.cgi", "单位信息已保存。");
}

const struct page PAGE = { "profile", M_GET | M_POST, ROLE_APPLICANT, 0, inputs, handle };
