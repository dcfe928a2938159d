/*
 * account - one account, for the 自治区 administrator.
 * GET            without id: the form to open a reviewer or expert account;
 *                with id: the account, its scope and the actions below.
 * POST op=create   opens a 旗县区/盟市/自治区 reviewer, 盟市财政局 or 评审专家 account with a
 *                  one-time initial password (shown once, changed at first login)
 *      op=disable / op=enable      (disabling ends the account's sessions)
 *      op=reset    a new one-time password; ends the account's sessions
 *      op=scope    moves a reviewer to another 旗县区 or 盟市
 *      op=totp_off turns the account's two-step verification off (lost phone);
 *                  ends its sessions; the user may enrol again
 *      op=sessions ends every session of the account (the page lists them)
 *      op=org      an expert's organisation (所在单位: name, 统一社会信用代码), which
 *                  回避 compares with applicants (experts.cgi); not unique
 * Every action is one transaction guarded by the account's version, and audited.
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, 0, 1, (1LL << 53) },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "version", "", VT_INT, 0, 1, 1000000000 },
	{ "role", "角色", VT_KEY, 0, 0, 16 },
	{ "username", "登录名", VT_USERNAME, 0, 0, 0 },
	{ "display_name", "单位或姓名", VT_LINE, 0, 2, 100 },
	{ "scope", "管辖范围", VT_REGION, 0, 0, 0 },
	{ "region", "所在旗县区", VT_REGION, 0, 0, 0 },
	{ "org_name", "所在单位名称", VT_LINE, 0, 2, 100 },
	{ "org_credit_code", "所在单位统一社会信用代码", VT_USCC, 0, 0, 0 },
	{ "contact_person", "联系人", VT_LINE, 0, 0, 50 },
	{ "mobile", "联系人手机", VT_MOBILE, 0, 0, 0 },
	{ "email", "电子邮箱", VT_EMAIL, 0, 0, 0 },
	{ NULL }
};

/* the level a scope region must have for a role */
static const char *
scope_level(const char *role)
{
	if (!strcmp(role, "county")) return "county";
	if (!strcmp(role, "city") || !strcmp(role, "finance")) return "city";   /* 盟市财政局 */
	return "province";
}

static int
scope_ok(struct req *r, const char *role, const char *code)
{
	struct dbrows *d = db_query(r,
		"SELECT 1 FROM regions WHERE code = ? AND level = ? AND province_code = ?",
		DS(code), DS(scope_level(role)), DS(req_conf(r, "Site.ProvinceCode", "150000")));
	int ok = d && d->nrows == 1;
	return ok;
}

static int
all_regions(struct req *r)
{
	struct dbrows *d = db_query(r,
		"SELECT code, name, level FROM regions WHERE province_code = ? ORDER BY sort",
		DS(req_conf(r, "Site.ProvinceCode", "150000")));
	static const char *const names[] = { "code", "name", "level", NULL };
	if (!d) return -1;
	db_to_hdf(r, d, "AllRegions", names);
	return 0;
}

/* "呼和浩特市新城区（150102）" for the audit log; the code alone if it has no row */
static const char *
region_name(struct req *r, const char *code)
{
	struct dbrows *d = db_query(r, "SELECT name FROM regions WHERE code = ?", DS(code ? code : ""));
	const char *s = d && d->nrows == 1 ? req_printf(r, "%s（%s）", dbv(d, 0, 0), code) : (code ? code : "");
	return s;
}

static int
show(struct req *r, long long id, int status)
{
	struct dbrows *d;
	static const char *const names[] = { "id", "username", "name", "role", "credit_code", "region",
					      "contact", "mobile", "email", "status", "must_change", "created",
					      "version", "scope", "scope_name", "sessions", "last_login", "totp",
					      "org_name", "org_credit_code", NULL };

	if (all_regions(r)) return 500;
	if (id) {
		d = db_query(r,
			"SELECT a.id, a.username, a.display_name, a.role, COALESCE(a.credit_code, ''),"
			" COALESCE(CONCAT(c.name, ' ', g.name), ''), a.contact_person, a.mobile, a.email, a.status,"
			" a.must_change_password, DATE_FORMAT(a.created_at, '%Y-%m-%d %H:%i'), a.version,"
			" COALESCE(s.region_code, ''), COALESCE(sg.name, ''),"
			" (SELECT COUNT(*) FROM sessions x WHERE x.account_id = a.id),"
			" (SELECT DATE_FORMAT(MAX(at), '%Y-%m-%d %H:%i') FROM login_attempts l"
			"   WHERE l.username = a.username AND l.ok = 1),"
			" a.totp_secret IS NOT NULL, COALESCE(a.org_name, ''), COALESCE(a.org_credit_code, '')"
			" FROM accounts a LEFT JOIN regions g ON g.code = a.region_code"
			" LEFT JOIN regions c ON c.code = g.city_code"
			" LEFT JOIN account_scopes s ON s.account_id = a.id LEFT JOIN regions sg ON sg.code = s.region_code"
			" WHERE a.id = ? AND COALESCE(sg.province_code, g.province_code) = ?", DI(id), DS(scope_code(r)));
		if (!d) return 500;
		if (d->nrows != 1) { dbrows_free(d); return 404; }
		db_to_hdf(r, d, "Acct", names);
		hset(r, "Acct.0.role_label", role_label(role_from_key(dbv(d, 0, 3))));
		if (!req_has(r, "scope")) hset(r, "Form.scope", dbv(d, 0, 13));
		if (!req_has(r, "org_name")) hset(r, "Form.org_name", dbv(d, 0, 18));
		if (!req_has(r, "org_credit_code")) hset(r, "Form.org_credit_code", dbv(d, 0, 19));
		d = db_query(r,
			"SELECT DATE_FORMAT(created_at, '%Y-%m-%d %H:%i'), DATE_FORMAT(last_seen, '%Y-%m-%d %H:%i'), ip,"
			" user_agent FROM sessions WHERE account_id = ? AND last_seen > NOW() - INTERVAL ? MINUTE"
			" AND created_at > NOW() - INTERVAL ? HOUR ORDER BY last_seen DESC LIMIT 50",
			DI(id), DI(req_conf_int(r, "Session.IdleMinutes", 120)),
			DI(req_conf_int(r, "Session.MaxLifetimeHours", 12)));
		static const char *const sn[] = { "created", "last_seen", "ip", "agent", NULL };
		db_to_hdf(r, d, "Live", sn);
		hseti(r, "LiveCount", d ? d->nrows : 0);
		d = db_query(r, "SELECT COALESCE(region_code, '') FROM accounts WHERE id = ?", DI(id));
		if (d && d->nrows && !req_has(r, "region")) hset(r, "Form.region", dbv(d, 0, 0));
		d = db_query(r,
			"SELECT DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s'), username, action, after_summary FROM audit_log"
			" WHERE object_type = 'account' AND object_id = ? ORDER BY id DESC LIMIT 20", DI(id));
		static const char *const an[] = { "at", "by", "action", "detail", NULL };
		db_to_hdf(r, d, "History", an);
		for (int i = 0; d && i < d->nrows; i++) {
			hset(r, req_printf(r, "History.%d.action", i), audit_label(r, dbv(d, i, 2)));
			hset(r, req_printf(r, "History.%d.detail", i), audit_text(r, dbv(d, i, 3)));
		}
	}
	return page_render_status(r, status, "account.cs");
}

static int
create(struct req *r)
{
	const char *role = req_str(r, "role"), *scope = req_str(r, "scope");
	int expert = role && !strcmp(role, "expert");
	char pw[13], hash[256];
	long long id;

	if (!role || (strcmp(role, "county") && strcmp(role, "city") && strcmp(role, "province") &&
		      strcmp(role, "expert") && strcmp(role, "finance")))
		req_field_error(r, "role", "请选择角色（申报单位请自行注册）");
	if (!req_str(r, "username") && !req_val(r, "username")->err) req_field_error(r, "username", "请填写登录名");
	if (!req_str(r, "display_name") && !req_val(r, "display_name")->err)
		req_field_error(r, "display_name", "请填写单位或姓名");
	if (expert) scope = req_conf(r, "Site.ProvinceCode", "150000");
	if (role && !scope) req_field_error(r, "scope", "请选择管辖范围");
	else if (role && !scope_ok(r, role, scope))
		req_field_error(r, "scope", !strcmp(role, "county") ? "旗县区审核账户的管辖范围须为一个旗县区"
					    : !strcmp(role, "city") ? "盟市审核账户的管辖范围须为一个盟市"
					    : !strcmp(role, "finance") ? "财政局账户的管辖范围须为一个盟市"
					    : "自治区账户的管辖范围为全区");
	if (req_errors(r)) return show(r, 0, 422);
	if (auth_one_time_password(pw) || auth_hash_password(pw, hash, sizeof(hash))) return 500;
	if (db_begin(r)) return 500;
	if (db_exec(r,
		"INSERT INTO accounts (username, password_hash, role, display_name, org_name, org_credit_code,"
		" contact_person, mobile, email, must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
		DS(req_str(r, "username")), DS(hash), DS(role), DS(req_str(r, "display_name")),
		expert && req_str(r, "org_name") ? DS(req_str(r, "org_name")) : DNULL,
		expert && req_str(r, "org_credit_code") ? DS(req_str(r, "org_credit_code")) : DNULL,
		DS(req_str(r, "contact_person") ? req_str(r, "contact_person") : ""),
		DS(req_str(r, "mobile") ? req_str(r, "mobile") : ""),
		DS(req_str(r, "email") ? req_str(r, "email") : "")) != 1) {
		db_rollback(r);
		if (r->db_errno != 1062) return 500;
		req_field_error(r, "username", "该登录名已被使用");
		return show(r, 0, 409);
	}
	id = db_last_id(r);
	if (db_exec(r, "INSERT INTO account_scopes (account_id, region_code) VALUES (?, ?)", DI(id), DS(scope)) != 1 ||
	    audit(r, "account.create", "account", id, "",
		  req_printf(r, "%s %s，管辖范围 %s", role_label(role_from_key(role)), req_str(r, "username"), region_name(r, scope))) ||
	    db_commit(r))
		return 500;
	hset(r, "OneTime.Password", pw);
	hset(r, "OneTime.Username", req_str(r, "username"));
	hset(r, "Form.username", "");
	hset(r, "Form.display_name", "");
	return show(r, id, 200);
}

static int
act(struct req *r, long long id, const char *op)
{
	long long ver = req_int(r, "version", 0);
	long long n;
	char pw[13], hash[256];
	const char *detail = "";
	struct dbrows *d = db_query(r, "SELECT a.role, a.status, COALESCE(s.region_code, '') FROM accounts a"
				       " LEFT JOIN account_scopes s ON s.account_id = a.id"
				       " JOIN regions g ON g.code = COALESCE(s.region_code, a.region_code)"
				       " WHERE a.id = ? AND g.province_code = ?", DI(id), DS(scope_code(r)));
	char role[16], status[16], oldscope[8];

	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	snprintf(role, sizeof(role), "%s", dbv(d, 0, 0));
	snprintf(status, sizeof(status), "%s", dbv(d, 0, 1));
	snprintf(oldscope, sizeof(oldscope), "%s", dbv(d, 0, 2));
	if (id == r->s.account_id && strcmp(op, "reset") != 0)
		return page_flash_redirect(r, req_printf(r, "/cgi-bin/account.cgi?id=%lld", id),
					   "不能停用或更改自己的账户。");
	if (!strcmp(op, "scope")) {
		const char *scope = req_str(r, "scope");
		if (strcmp(role, "county") && strcmp(role, "city"))
			return page_flash_redirect(r, req_printf(r, "/cgi-bin/account.cgi?id=%lld", id),
						   "只有旗县区和盟市审核账户可以调整管辖范围。");
		if (!scope || !scope_ok(r, role, scope)) {
			req_field_error(r, "scope", !strcmp(role, "county") ? "请选择一个旗县区" : "请选择一个盟市");
			return show(r, id, 422);
		}
	}
	if (!strcmp(op, "region")) {
		/* an applicant's registered county decides who reviews it (申报指南 四（一））: only changed here */
		if (strcmp(role, "platform") && strcmp(role, "enterprise"))
			return page_flash_redirect(r, req_printf(r, "/cgi-bin/account.cgi?id=%lld", id), "只有申报单位账户有所在旗县区。");
		if (!req_str(r, "region") || !scope_ok(r, "county", req_str(r, "region"))) {
			req_field_error(r, "region", "请选择本自治区的一个旗县区");
			return show(r, id, 422);
		}
	}
	if (!strcmp(op, "org") && req_errors(r)) return show(r, id, 422);
	if (db_begin(r)) return 500;
	if (!strcmp(op, "region")) {
		long long moved = 0;
		n = db_exec(r, "UPDATE accounts SET region_code = ?, version = version + 1 WHERE id = ? AND version = ?",
			    DS(req_str(r, "region")), DI(id), DI(ver));
		/* its applications not yet past the county follow it to the new county's queue */
		if (n == 1 && (moved = db_exec(r, "UPDATE applications SET region_code = ? WHERE account_id = ?"
						    " AND state IN ('draft', 'returned', 'submitted')",
					       DS(req_str(r, "region")), DI(id))) < 0)
			return 500;
		detail = req_printf(r, "所在地区改为 %s，%lld 份未过初审的申报随之转入", region_name(r, req_str(r, "region")),
				    moved);
	} else if (!strcmp(op, "disable") || !strcmp(op, "enable")) {
		n = db_exec(r, "UPDATE accounts SET status = ?, version = version + 1 WHERE id = ? AND version = ?",
			    DS(!strcmp(op, "disable") ? "disabled" : "active"), DI(id), DI(ver));
		if (n == 1 && !strcmp(op, "disable"))
			db_exec(r, "DELETE FROM sessions WHERE account_id = ?", DI(id));
		detail = req_printf(r, "状态：%s → %s", !strcmp(status, "active") ? "启用" : "停用", !strcmp(op, "disable") ? "停用" : "启用");
	} else if (!strcmp(op, "reset")) {
		if (auth_one_time_password(pw) || auth_hash_password(pw, hash, sizeof(hash))) return 500;
		n = db_exec(r, "UPDATE accounts SET password_hash = ?, must_change_password = 1, version = version + 1"
			       " WHERE id = ? AND version = ?", DS(hash), DI(id), DI(ver));
		if (n == 1) db_exec(r, "DELETE FROM sessions WHERE account_id = ? AND id <> ?", DI(id), DI(r->s.sid));
		detail = "已发放一次性密码，该账户的其他会话已结束";
	} else if (!strcmp(op, "totp_off")) {
		n = db_exec(r, "UPDATE accounts SET totp_secret = NULL, totp_pending = NULL, version = version + 1"
			       " WHERE id = ? AND version = ? AND totp_secret IS NOT NULL", DI(id), DI(ver));
		if (n == 1) db_exec(r, "DELETE FROM sessions WHERE account_id = ?", DI(id));
		detail = "已关闭两步验证，该账户的会话已结束";
	} else if (!strcmp(op, "sessions")) {
		n = db_exec(r, "UPDATE accounts SET version = version + 1 WHERE id = ? AND version = ?", DI(id), DI(ver));
		if (n == 1 && (n = db_exec(r, "DELETE FROM sessions WHERE account_id = ?", DI(id))) >= 0) {
			detail = req_printf(r, "管理员结束了该账户的 %lld 个会话", n);
			n = 1;
		}
	} else if (!strcmp(op, "org")) {
		if (strcmp(role, "expert")) { db_rollback(r); return 400; }
		n = db_exec(r, "UPDATE accounts SET org_name = ?, org_credit_code = ?, version = version + 1"
			       " WHERE id = ? AND version = ?",
			    req_str(r, "org_name") ? DS(req_str(r, "org_name")) : DNULL,
			    req_str(r, "org_credit_code") ? DS(req_str(r, "org_credit_code")) : DNULL, DI(id), DI(ver));
		detail = req_printf(r, "所在单位：%s，统一社会信用代码：%s", req_str(r, "org_name") ? req_str(r, "org_name") : "-",
				    req_str(r, "org_credit_code") ? req_str(r, "org_credit_code") : "-");
	} else if (!strcmp(op, "scope")) {
		n = db_exec(r, "UPDATE accounts SET version = version + 1 WHERE id = ? AND version = ?", DI(id), DI(ver));
		if (n == 1 && db_exec(r, "UPDATE account_scopes SET region_code = ? WHERE account_id = ?",
				      DS(req_str(r, "scope")), DI(id)) < 0)
			return 500;
		detail = req_printf(r, "管辖范围：%s → %s", region_name(r, oldscope), region_name(r, req_str(r, "scope")));
	} else
		return 400;
	if (n < 0) return 500;
	if (n == 0) {
		db_rollback(r);
		return page_flash_redirect(r, req_printf(r, "/cgi-bin/account.cgi?id=%lld", id),
					   "该账户已被他人修改，操作未执行。请核对后重试。");
	}
	/* the account holder hears of a change to their credentials (ASVS 2.5.5) */
	if ((!strcmp(op, "reset") || !strcmp(op, "totp_off")) &&
	    notify(r, id, 0, !strcmp(op, "reset") ? "管理员已重置您的登录密码" : "管理员已关闭您的两步验证",
		   !strcmp(op, "reset") ? "自治区工信厅管理员已为您的账户重置登录密码，原密码失效，请使用管理员交给您的一次性密码登录并设置新密码。"
					   "如您未申请重置，请立即联系自治区工信厅。"
					: "自治区工信厅管理员已关闭您的账户的两步验证（如遗失手机时），登录暂只需密码；请尽快重新开启。"
					  "如您未申请，请立即联系自治区工信厅。"))
		return 500;
	if (audit(r, req_printf(r, "account.%s", op), "account", id, "", detail) || db_commit(r)) return 500;
	if (!strcmp(op, "reset")) {
		hset(r, "OneTime.Password", pw);
		return show(r, id, 200);
	}
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/account.cgi?id=%lld", id),
				   !strcmp(op, "disable") ? "账户已停用，其登录会话已全部结束。"
				   : !strcmp(op, "enable") ? "账户已启用。"
				   : !strcmp(op, "totp_off") ? "已关闭该账户的两步验证，其登录会话已全部结束。使用人可重新开启。"
				   : !strcmp(op, "region") ? "所在旗县区已变更；其尚未通过初审的申请随之转由新旗县区审核。"
				   : !strcmp(op, "sessions") ? "该账户的登录会话已全部结束。"
				   : !strcmp(op, "org") ? "所在单位已保存：分配评审任务时据此自动回避。"
				   : "管辖范围已调整。");
}

static int
handle(struct req *r)
{
	long long id = req_int(r, "id", 0);
	const char *op = req_str(r, "op");

	if (r->method != M_POST) return show(r, id, 200);
	if (!op) return 400;
	if (!strcmp(op, "create")) return create(r);
	if (!id) return 404;
	return act(r, id, op);
}

const struct page PAGE = { "account", M_GET | M_POST, ROLE_PROVINCE, 0, inputs, handle };
