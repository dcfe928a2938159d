/*
 * evaluators - 第三方评测机构 of a 市 (长春 实施细则 第三章（五）): the 市工信局 opens
 * their accounts (they do not register); each sees only the projects
 * assigned to it.  市 only.
 * GET: the 市's 评测机构 accounts.
 * POST op=create: username, display_name (机构名称), org_credit_code, contact_person,
 *      mobile, email; a one-time password shown once, changed at first login;
 *      the account's scope is the 市.  Audited.
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "username", "登录名", VT_USERNAME, 0, 0, 0 },
	{ "display_name", "评测机构名称", VT_LINE, 0, 2, 100 },
	{ "org_credit_code", "统一社会信用代码", VT_USCC, 0, 0, 0 },
	{ "contact_person", "联系人", VT_LINE, 0, 0, 50 },
	{ "mobile", "联系人手机", VT_MOBILE, 0, 0, 0 },
	{ "email", "电子邮箱", VT_EMAIL, 0, 0, 0 },
	{ NULL }
};

static int
render(struct req *r, int status)
{
	static const char *const names[] = { "id", "username", "name", "credit_code", "contact", "mobile", "status", "created", NULL };
	struct dbrows *d = db_query(r,
		"SELECT a.id, a.username, a.display_name, COALESCE(a.org_credit_code, ''), a.contact_person, a.mobile,"
		" IF(a.status = 'active', '正常', '已停用'), DATE_FORMAT(a.created_at, '%Y-%m-%d')"
		" FROM accounts a JOIN account_scopes s ON s.account_id = a.id WHERE a.role = 'evaluator' AND s.region_code = ?"
		" ORDER BY a.created_at DESC, a.id DESC", DS(scope_code(r)));
	if (!d) return 500;
	db_to_hdf(r, d, "Evaluators", names);
	return page_render_status(r, status, "evaluators.cs");
}

static int
create(struct req *r)
{
	static const char *const required[][2] = { { "username", "请填写登录名" }, { "display_name", "请填写评测机构名称" },
		{ "org_credit_code", "请填写统一社会信用代码" }, { "contact_person", "请填写联系人" }, { "mobile", "请填写联系人手机" } };
	char pw[13], hash[256];
	long long id;

	for (size_t i = 0; i < sizeof(required) / sizeof(required[0]); i++)
		if (!req_str(r, required[i][0]) && !req_val(r, required[i][0])->err) req_field_error(r, required[i][0], required[i][1]);
	if (req_errors(r)) return render(r, 422);
	if (auth_one_time_password(pw) || auth_hash_password(pw, hash, sizeof(hash))) return 500;
	if (db_begin(r)) return 500;
	if (db_exec(r, "INSERT INTO accounts (username, password_hash, role, display_name, org_name, org_credit_code,"
		       " contact_person, mobile, email, must_change_password) VALUES (?, ?, 'evaluator', ?, ?, ?, ?, ?, ?, 1)",
		    DS(req_str(r, "username")), DS(hash), DS(req_str(r, "display_name")), DS(req_str(r, "display_name")),
		    DS(req_str(r, "org_credit_code")), DS(req_str(r, "contact_person")), DS(req_str(r, "mobile")),
		    DS(req_str(r, "email") ? req_str(r, "email") : "")) != 1) {
		db_rollback(r);
		if (r->db_errno != 1062) return 500;
		req_field_error(r, "username", "该登录名已被使用");
		return render(r, 409);
	}
	id = db_last_id(r);
	if (db_exec(r, "INSERT INTO account_scopes (account_id, region_code) VALUES (?, ?)", DI(id), DS(scope_code(r))) != 1 ||
	    audit(r, "account.create", "account", id, "", req_printf(r, "评测机构账户 %s，范围 %s", req_str(r, "username"), scope_code(r))) ||
	    db_commit(r))
		return 500;
	hset(r, "OneTime.Password", pw);
	hset(r, "OneTime.Username", req_str(r, "username"));
	for (size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]) - 1; i++) hset(r, req_printf(r, "Form.%s", inputs[i].name), "");
	return render(r, 200);
}

static int
handle(struct req *r)
{
	if (r->method != M_POST) return render(r, 200);
	if (!req_str(r, "op") || strcmp(req_str(r, "op"), "create")) return 400;
	return create(r);
}

const struct page PAGE = { "evaluators", M_GET | M_POST, ROLE_CITY, 0, inputs, handle };
