/*
 * register - 注册申报账户: self-registration of a 服务平台, a 中小企业 or a 数字化转型服务商
 * (who waits for its 市's approval, providers.cgi).
 * Public; GET shows the form, POST creates the account (one transaction,
 * audited) and sends the user to the login page.  The 统一社会信用代码 and
 * the 登录名 are unique; the 所在旗县区 must lie in this province.
 *
 * Anonymous and costly (argon2id, 19 MiB), so: at most Register.MaxPerAddress
 * posts per Register.WindowMinutes from one address (429), and everything
 * cheap is checked before the password is hashed.  A taken 登录名 or code gets
 * one answer for both, on both fields: the form must say that this pair
 * cannot be registered, not which of them belongs to an existing account.
 */
#include <string.h>
#include "dt.h"

static const struct input inputs[] = {
	{ "kind", "申报主体类型", VT_KEY, IN_REQ, 0, 16 },
	{ "org_name", "单位名称", VT_LINE, IN_REQ, 2, 100 },
	{ "credit_code", "统一社会信用代码", VT_USCC, IN_REQ, 0, 0 },
	{ "region", "所在旗县区", VT_REGION, IN_REQ, 0, 0 },
	{ "contact_person", "联系人", VT_LINE, IN_REQ, 2, 50 },
	{ "mobile", "联系人手机", VT_MOBILE, IN_REQ, 0, 0 },
	{ "email", "电子邮箱", VT_EMAIL, IN_REQ, 0, 0 },
	{ "username", "登录名", VT_USERNAME, IN_REQ, 0, 0 },
	{ "password", "密码", VT_PASSWORD, IN_REQ, 0, 0 },
	{ "password2", "确认密码", VT_PASSWORD, IN_REQ, 0, 0 },
	{ "services", "主要服务领域", VT_LINE, 0, 0, 500 },
	{ NULL }
};

static const char taken[] = "该登录名或统一社会信用代码无法注册：请换一个登录名再试；如本单位已有账户，请直接登录或联系管理员";

static int
show(struct req *r, int status)
{
	hset(r, "Csrf", auth_anon_csrf(r));
	if (regions_to_hdf(r, NULL)) return 500;
	return page_render_status(r, status, "register.cs");
}

/* 1 when this address has used up its registrations; every post counts */
static int
throttled(struct req *r)
{
	struct dbrows *d;
	int t;

	db_exec(r, "DELETE FROM register_attempts WHERE at < NOW() - INTERVAL 1 DAY");
	d = db_query(r, "SELECT COUNT(*) FROM register_attempts WHERE ip = ? AND at > NOW() - INTERVAL ? MINUTE",
		     DS(r->ip), DI(req_conf_int(r, "Register.WindowMinutes", 60)));
	t = !d || d->nrows != 1 || dbi(d, 0, 0) >= req_conf_int(r, "Register.MaxPerAddress", 10);
	if (!t) db_exec(r, "INSERT INTO register_attempts (ip, at) VALUES (?, NOW())", DS(r->ip));
	return t;
}

static int
handle(struct req *r)
{
	const char *kind, *pw, *e;
	char hash[256];
	long long id;

	if (r->method != M_POST) return show(r, 200);
	if (throttled(r)) {
		hset(r, "Register.Throttled", "1");
		return show(r, 429);
	}
	kind = req_str(r, "kind");
	if (kind && strcmp(kind, "platform") && strcmp(kind, "enterprise") && strcmp(kind, "provider"))
		req_field_error(r, "kind", "请选择服务平台、中小企业或数字化转型服务商");
	if (kind && !strcmp(kind, "provider") && !req_str(r, "services") && !req_val(r, "services")->err)
		req_field_error(r, "services", "数字化转型服务商请填写主要服务领域");
	pw = req_str(r, "password");
	if (pw && (e = auth_password_policy(r, pw, req_str(r, "username")))) req_field_error(r, "password", e);
	if (pw && req_str(r, "password2") && strcmp(pw, req_str(r, "password2")))
		req_field_error(r, "password2", "两次输入的密码不一致");
	if (req_str(r, "region")) {
		/* a county of a province this installation serves (its own, or a programme's such as 洛阳) */
		struct dbrows *d = db_query(r, "SELECT 1 FROM regions WHERE code = ? AND level = 'county'", DS(req_str(r, "region")));
		if (!d || d->nrows != 1) req_field_error(r, "region", "请选择所在旗县区（县区）");
	}
	if (req_str(r, "username") && req_str(r, "credit_code")) {
		struct dbrows *d = db_query(r, "SELECT 1 FROM accounts WHERE username = ? UNION ALL"
					       " SELECT 1 FROM accounts WHERE credit_code = ? LIMIT 1",
					    DS(req_str(r, "username")), DS(req_str(r, "credit_code")));
		if (!d) return 500;
		if (d->nrows) {
			req_field_error(r, "username", taken);
			req_field_error(r, "credit_code", taken);
		}
	}
	if (req_errors(r)) return show(r, 422);
	if (auth_hash_password(pw, hash, sizeof(hash))) return 500;

	if (db_begin(r)) return 500;
	if (db_exec(r,
		"INSERT INTO accounts (username, password_hash, role, display_name, credit_code, region_code,"
		" contact_person, mobile, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
		DS(req_str(r, "username")), DS(hash), DS(kind), DS(req_str(r, "org_name")),
		DS(req_str(r, "credit_code")), DS(req_str(r, "region")), DS(req_str(r, "contact_person")),
		DS(req_str(r, "mobile")), DS(req_str(r, "email"))) != 1) {
		db_rollback(r);
		if (r->db_errno != 1062) return 500;
		/* taken by a registration that ran at the same time */
		req_field_error(r, "username", taken);
		req_field_error(r, "credit_code", taken);
		return show(r, 422);
	}
	id = db_last_id(r);
	/* a 服务商 waits for the 市 of its 所在县区 (providers.cgi) */
	if (!strcmp(kind, "provider") &&
	    db_exec(r, "INSERT INTO providers (account_id, city_code, services) SELECT ?, city_code, ? FROM regions WHERE code = ?",
		    DI(id), DS(req_str(r, "services")), DS(req_str(r, "region"))) != 1)
		return 500;
	if (audit(r, "account.register", "account", id, "",
		  req_printf(r, "%s %s %s %s", role_label(role_from_key(kind)), req_str(r, "username"), req_str(r, "org_name"),
			     req_str(r, "credit_code"))) ||
	    db_commit(r))
		return 500;
	return page_redirect(r, "/cgi-bin/login.cgi?registered=1");
}

const struct page PAGE = { "register", M_GET | M_POST, 0, PAGE_PUBLIC | PAGE_ANON_CSRF, inputs, handle };
