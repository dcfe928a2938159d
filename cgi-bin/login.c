/*
 * login - 登录.  Public; GET shows the form, POST checks the password.
 * After 10 failures in 15 minutes for an account or from an address the
 * answer is 429 without checking the password.  A new session token is
 * issued at every login.  `next` is followed only when it is a local page.
 * An account with two-step verification (totp.cgi) also needs the 6-digit
 * code of the current 30 seconds; a missing or wrong code counts as a failed
 * attempt (so the password cannot be probed without the throttle), and each
 * code is accepted once.
 * An unknown login name is checked against a dummy hash (auth.c), so the time
 * of the answer does not tell which names exist.  A sign-in from an address
 * that this account has not signed in from for 90 days is announced by a
 * 站内消息; a password that the policy would now refuse must be changed.
 * `next` keeps the page's query (login.cgi?next=%2Fcgi-bin%2Fscore.cgi%3Fa%3D1);
 * timeout=1 (a request with a session that has ended) says the login timed out.
 */
#include <string.h>
#include <time.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "username", "登录名", VT_LINE, IN_REQ, 0, 64 },
	{ "password", "密码", VT_PASSWORD, IN_REQ, 0, 0 },
	{ "otp", "动态验证码", VT_LINE, 0, 0, 8 },
	{ "next", "", VT_LINE, 0, 0, 1000 },
	{ "timeout", "", VT_BOOL, 0, 0, 0 },
	{ "registered", "", VT_BOOL, 0, 0, 0 },
	{ NULL }
};

static int
show(struct req *r, int status)
{
	const char *next = req_str(r, "next");
	hset(r, "Csrf", auth_anon_csrf(r));
	if (next && safe_next(next)) hset(r, "Login.Next", next);
	if (req_int(r, "registered", 0)) hset(r, "Login.Registered", "1");
	if (req_int(r, "timeout", 0)) hset(r, "Login.Timeout", "1");
	return page_render_status(r, status, "login.cs");
}

/* a sign-in worth telling the user about: not the first, and not from an address seen in 90 days */
static int
new_address(struct req *r, const char *user)
{
	struct dbrows *d = db_query(r,
		"SELECT COUNT(*), COALESCE(SUM(ip = ?), 0) FROM login_attempts"
		" WHERE username = ? AND ok = 1 AND at > NOW() - INTERVAL 90 DAY", DS(r->ip), DS(user));
	int n = d && d->nrows == 1 && dbi(d, 0, 0) > 0 && dbi(d, 0, 1) == 0;
	return n;
}

static int
handle(struct req *r)
{
	const char *user, *pw, *next;
	struct dbrows *d;
	long long step;
	int ok;

	if (r->method != M_POST) {
		if (r->authed) return page_redirect(r, "/cgi-bin/home.cgi");
		return show(r, 200);
	}
	if (req_errors(r)) return show(r, 200);
	user = req_str(r, "username");
	pw = req_str(r, "password");
	if (auth_throttled(r, user)) {
		hset(r, "Login.Error", "登录失败次数过多，请15分钟后再试。");
		return show(r, 429);
	}
	d = db_query(r, "SELECT id, password_hash, status, totp_secret, totp_last_step FROM accounts"
		     " WHERE username = ?", DS(user));
	if (!d) return 500;
	ok = auth_verify_password(d->nrows == 1 ? dbv(d, 0, 1) : NULL, pw);
	if (ok && strcmp(dbv(d, 0, 2), "active") != 0) {
		auth_record_attempt(r, user, 0);
		hset(r, "Login.Error", "该账户已停用，请联系管理员。");
		return show(r, 403);
	}
	if (!ok) {
		auth_record_attempt(r, user, 0);
		hset(r, "Login.Error", "登录名或密码不正确。");
		return show(r, 200);
	}
	if (!dbn(d, 0, 3)) step = 0;
	else if ((step = totp_check(dbv(d, 0, 3), req_str(r, "otp"), (long long)time(NULL), dbi(d, 0, 4))) < 0) {
		const char *otp = req_str(r, "otp");
		auth_record_attempt(r, user, 0);
		hset(r, "Login.NeedOtp", "1");
		req_field_error(r, "otp", otp ? "动态验证码不正确或已使用过，请输入身份验证器当前显示的6位数字，并重新输入密码。"
				: "该账户已开启两步验证：请输入身份验证器（手机应用）显示的6位动态验证码，并重新输入密码。");
		return show(r, 200);
	}
	if (db_begin(r)) { dbrows_free(d); return 500; }
	/* a code is good once, also against a concurrent login with the same code */
	if (step && db_exec(r, "UPDATE accounts SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?",
			    DI(step), DI(dbi(d, 0, 0)), DI(step)) != 1) {
		db_rollback(r);
		auth_record_attempt(r, user, 0);
		hset(r, "Login.NeedOtp", "1");
		req_field_error(r, "otp", "动态验证码已使用过，请等待身份验证器显示新的验证码。");
		return show(r, 200);
	}
	r->s.account_id = dbi(d, 0, 0);
	if (new_address(r, user) && notify(r, r->s.account_id, 0, "新的登录提醒",
					   req_printf(r, "您的账户刚刚从一个新的网络地址（%s）登录。如是本人操作，无需处理；"
						      "如非本人，请立即修改密码，并在“登录会话”页面结束不认识的会话。", r->ip)))
		return 500;
	auth_record_attempt(r, user, 1);
	if (auth_login(r, r->s.account_id)) return 500;
	/* audit as the user who just logged in */
	r->authed = 1;
	snprintf(r->s.username, sizeof(r->s.username), "%s", user);
	{
		struct dbrows *rr = db_query(r, "SELECT role FROM accounts WHERE id = ?", DI(r->s.account_id));
		r->s.role = rr && rr->nrows ? role_from_key(dbv(rr, 0, 0)) : 0;
	}
	/* ASVS 2.1.7: a password the policy now refuses (too short, too common) must be replaced */
	if (auth_password_policy(r, pw, user) &&
	    db_exec(r, "UPDATE accounts SET must_change_password = 2 WHERE id = ? AND must_change_password = 0",
		    DI(r->s.account_id)) < 0)
		return 500;
	if (audit(r, "login", "account", r->s.account_id, "", "") || db_commit(r)) return 500;
	next = req_str(r, "next");
	return page_redirect(r, next && safe_next(next) ? next : "/cgi-bin/home.cgi");
}

const struct page PAGE = { "login", M_GET | M_POST, 0, PAGE_PUBLIC | PAGE_ANON_CSRF, inputs, handle };
