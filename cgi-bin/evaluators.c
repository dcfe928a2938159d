/*
 * evaluators - 第三方评测机构 and 第三方审计机构 of a 市 (长春 实施细则 第三章（五）（六）): the 市工信局
 * opens their accounts (they do not register); each sees only the projects
 * assigned to it.  市 only.
 * GET ?kind=evaluator (default) | auditor: the 市's accounts of that kind.
 * POST op=create, kind: username, display_name (机构名称), org_credit_code, contact_person,
 *      mobile, email; a one-time password shown once, changed at first login;
 *      the account's scope is the 市.  Audited.
 */
#include <string.h>
#include "workflow.h"

/* the kinds of third party a 市 opens: the role stored, its name in words */
static const char *const kinds[][2] = { { "evaluator", "评测机构" }, { "auditor", "审计机构" } };

static const struct input inputs[] = {
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "kind", "机构类别", VT_KEY, 0, 0, 16 },
	{ "username", "登录名", VT_USERNAME, 0, 0, 0 },
	{ "display_name", "机构名称", VT_LINE, 0, 2, 100 },
	{ "org_credit_code", "统一社会信用代码", VT_USCC, 0, 0, 0 },
	{ "contact_person", "联系人", VT_LINE, 0, 0, 50 },
	{ "mobile", "联系人手机", VT_MOBILE, 0, 0, 0 },
	{ "email", "电子邮箱", VT_EMAIL, 0, 0, 0 },
	{ NULL }
};

/* the kind asked for (0: 评测机构), -1 unknown */
static int
kind_of(struct req *r)
{
	const char *k = req_str(r, "kind");
	for (int i = 0; i < 2; i++)
		if (!k || !strcmp(k, kinds[i][0])) return k ? i : 0;
	return -1;
}

static int
render(struct req *r, int status)
{
	int k = kind_of(r);
	static const char *const names[] = { "id", "username", "name", "credit_code", "contact", "mobile", "status", "created", NULL };
	struct dbrows *d = db_query(r,
		"SELECT a.id, a.username, a.display_name, COALESCE(a.org_credit_code, ''), a.contact_person, a.mobile,"
		" IF(a.status = 'active', '正常', '已停用'), DATE_FORMAT(a.created_at, '%Y-%m-%d')"
		" FROM accounts a JOIN account_scopes s ON s.account_id = a.id WHERE a.role = ? AND s.region_code = ?"
		" ORDER BY a.created_at DESC, a.id DESC", DS(kinds[k][0]), DS(scope_code(r)));
	if (!d) return 500;
	hset(r, "Kind.key", kinds[k][0]);
	hset(r, "Kind.label", kinds[k][1]);
	db_to_hdf(r, d, "Evaluators", names);
	return page_render_status(r, status, "evaluators.cs");
}

static int
create(struct req *r)
{
	static const char *const required[][2] = { { "username", "请填写登录名" }, { "display_name", "请填写机构名称" },
		{ "org_credit_code", "请填写统一社会信用代码" }, { "contact_person", "请填写联系人" }, { "mobile", "请填写联系人手机" } };
	char pw[13], hash[256];
	long long id;
	int k = kind_of(r);

	for (size_t i = 0; i < sizeof(required) / sizeof(required[0]); i++)
		if (!req_str(r, required[i][0]) && !req_val(r, required[i][0])->err) req_field_error(r, required[i][0], required[i][1]);
	if (req_errors(r)) return render(r, 422);
	if (auth_one_time_password(pw) || auth_hash_password(pw, hash, sizeof(hash))) return 500;
	if (db_begin(r)) return 500;
	if (db_exec(r, "INSERT INTO accounts (username, password_hash, role, display_name, org_name, org_credit_code,"
		       " contact_person, mobile, email, must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
		    DS(req_str(r, "username")), DS(hash), DS(kinds[k][0]), DS(req_str(r, "display_name")), DS(req_str(r, "display_name")),
		    DS(req_str(r, "org_credit_code")), DS(req_str(r, "contact_person")), DS(req_str(r, "mobile")),
		    DS(req_str(r, "email") ? req_str(r, "email") : "")) != 1) {
		db_rollback(r);
		if (r->db_errno != 1062) return 500;
		req_field_error(r, "username", "该登录名已被使用");
		return render(r, 409);
	}
	id = db_last_id(r);
	if (db_exec(r, "INSERT INTO account_scopes (account_id, region_code) VALUES (?, ?)", DI(id), DS(scope_code(r))) != 1 ||
	    audit(r, "account.create", "account", id, "", req_printf(r, "%s账户 %s，范围 %s", kinds[k][1], req_str(r, "username"), scope_code(r))) ||
	    db_commit(r))
		return 500;
	hset(r, "OneTime.Password", pw);
	hset(r, "OneTime.Username", req_str(r, "username"));
	for (size_t i = 2; i < sizeof(inputs) / sizeof(inputs[0]) - 1; i++) hset(r, req_printf(r, "Form.%s", inputs[i].name), "");
	return render(r, 200);
}

static int
handle(struct req *r)
{
	if (kind_of(r) < 0) return 404;
	if (r->method != M_POST) return render(r, 200);
	if (!req_str(r, "op") || strcmp(req_str(r, "op"), "create")) return 400;
	return create(r);
}

const struct page PAGE = { "evaluators", M_GET | M_POST, ROLE_CITY, 0, inputs, handle };
