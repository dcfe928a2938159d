/*
 * totp - 两步验证: an optional second factor for reviewer, expert and
 * administrator accounts (RFC 6238; any authenticator app).
 * GET              the state: off; being set up (QR code and key); on.
 * POST op=start    a new key, kept as pending until a code confirms it
 *      op=confirm  the app's first code: the pending key becomes the
 *                  account's, other sessions end
 *      op=cancel   drops the pending key
 *      op=off      needs the current password and a current code
 * Setting up (start), switching on (confirm) and off all need the current
 * password: a stolen session cannot lock the owner out.  Every check counts
 * against the login throttle and ends the session at its limit (auth_recheck).
 * Switching on or off is announced by a 站内消息.
 * An administrator can turn it off for a user who lost the phone (account.cgi).
 * Every change is one transaction and audited.
 */
#include <string.h>
#include <time.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "code", "动态验证码", VT_LINE, 0, 0, 8 },
	{ "current", "当前密码", VT_PASSWORD, 0, 0, 0 },
	{ NULL }
};

/* "ABCDEFGH..." -> "ABCD EFGH ..." for typing the key by hand */
static char *
grouped(struct req *r, const char *s)
{
	size_t n = strlen(s), o = 0;
	char *out = req_alloc(r, n + n / 4 + 1);

	for (size_t i = 0; i < n; i++) {
		if (i && i % 4 == 0) out[o++] = ' ';
		out[o++] = s[i];
	}
	out[o] = '\0';
	return out;
}

static int
show(struct req *r, int status)
{
	struct dbrows *d = db_query(r, "SELECT username, totp_secret IS NOT NULL, totp_pending FROM accounts"
				    " WHERE id = ?", DI(r->s.account_id));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	if (dbi(d, 0, 1)) hset(r, "Totp.On", "1");
	else if (dbn(d, 0, 2)) {
		const char *key = dbv(d, 0, 2);
		char *svg = qr_svg(r, totp_uri(r, req_conf(r, "Site.Name", "dtpilot"), dbv(d, 0, 0), key));
		if (!svg) { dbrows_free(d); return 500; }
		hset(r, "Totp.Pending", "1");
		hset(r, "Totp.Qr", svg_data_uri(r, svg));
		hset(r, "Totp.Key", grouped(r, key));
		hset(r, "Totp.Account", dbv(d, 0, 0));
	}
	return page_render_status(r, status, "totp.cs");
}

static int
done(struct req *r, const char *action, const char *detail, const char *msg)
{
	if (audit(r, action, "account", r->s.account_id, "", detail) || db_commit(r)) return 500;
	return msg ? page_flash_redirect(r, "/cgi-bin/totp.cgi", msg) : page_redirect(r, "/cgi-bin/totp.cgi");
}

/* the current password, asked again: 0 when right; else the status to answer (422 form, 429 ended) */
static int
recheck(struct req *r)
{
	int c;

	if (!req_str(r, "current")) { req_field_error(r, "current", "请输入当前密码"); return 422; }
	if ((c = auth_recheck(r, req_str(r, "current"))) == AUTH_LOCKED) return 429;
	if (c == AUTH_WRONG) { req_field_error(r, "current", "当前密码不正确"); return 422; }
	return 0;
}

static int
start(struct req *r)
{
	char key[TOTP_SECRET_LEN + 1];
	int st;

	if ((st = recheck(r)) == 429) return st;
	if (st) return show(r, st);
	if (totp_secret_new(key, sizeof(key))) return 500;
	if (db_begin(r)) return 500;
	if (db_exec(r, "UPDATE accounts SET totp_pending = ? WHERE id = ? AND totp_secret IS NULL",
		    DS(key), DI(r->s.account_id)) != 1) {
		db_rollback(r);
		return page_flash_redirect(r, "/cgi-bin/totp.cgi", "两步验证已经开启。");
	}
	return done(r, "totp.start", "已生成密钥，等待输入验证码", NULL);
}

static int
confirm(struct req *r)
{
	struct dbrows *d = db_query(r, "SELECT totp_pending FROM accounts WHERE id = ? AND totp_secret IS NULL",
				    DI(r->s.account_id));
	char key[TOTP_SECRET_LEN + 1];
	long long step = -1;

	if (!d) return 500;
	if (d->nrows != 1 || !dbn(d, 0, 0)) {
		return page_flash_redirect(r, "/cgi-bin/totp.cgi", "没有待确认的密钥，请重新点击“开启两步验证”。");
	}
	snprintf(key, sizeof(key), "%s", dbv(d, 0, 0));
	if (!req_str(r, "code")) req_field_error(r, "code", "请输入身份验证器显示的6位动态验证码");
	else if ((step = totp_check(key, req_str(r, "code"), (long long)time(NULL), 0)) < 0)
		req_field_error(r, "code", "动态验证码不正确：请确认扫描的是本页的二维码、手机时间准确，再输入当前显示的6位数字");
	if (recheck(r) == 429) return 429;
	if (req_errors(r)) return show(r, 422);
	if (db_begin(r)) return 500;
	if (db_exec(r, "UPDATE accounts SET totp_secret = totp_pending, totp_pending = NULL, totp_last_step = ?,"
		       " version = version + 1 WHERE id = ? AND totp_pending = ?",
		    DI(step), DI(r->s.account_id), DS(key)) != 1) {
		db_rollback(r);
		return page_flash_redirect(r, "/cgi-bin/totp.cgi", "密钥已在其他页面更改，请按本页当前显示的二维码重新设置。");
	}
	auth_kill_other_sessions(r, r->s.account_id, r->s.sid);
	if (notify(r, r->s.account_id, 0, "两步验证已开启",
		   req_printf(r, "您的账户刚刚开启了两步验证（操作地址 %s），其他设备上的登录已退出。"
			      "如非本人操作，请立即联系自治区工信厅。", r->ip)))
		return 500;
	return done(r, "totp.enable", "已开启两步验证，其他会话已结束",
		    "两步验证已开启。以后登录时除密码外还需输入动态验证码；其他设备上的登录已退出。");
}

static int
turn_off(struct req *r)
{
	struct dbrows *d = db_query(r, "SELECT 1, totp_secret, totp_last_step FROM accounts"
				    " WHERE id = ? AND totp_secret IS NOT NULL", DI(r->s.account_id));
	long long step = -1;

	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return page_flash_redirect(r, "/cgi-bin/totp.cgi", "两步验证未开启。"); }
	if (!req_str(r, "code")) req_field_error(r, "code", "请输入身份验证器显示的6位动态验证码");
	else if ((step = totp_check(dbv(d, 0, 1), req_str(r, "code"), (long long)time(NULL), dbi(d, 0, 2))) < 0)
		req_field_error(r, "code", "动态验证码不正确或已使用过");
	if (recheck(r) == 429) return 429;
	if (req_errors(r)) return show(r, 422);
	if (db_begin(r)) return 500;
	if (db_exec(r, "UPDATE accounts SET totp_secret = NULL, totp_pending = NULL, totp_last_step = ?,"
		       " version = version + 1 WHERE id = ? AND totp_secret IS NOT NULL AND totp_last_step < ?",
		    DI(step), DI(r->s.account_id), DI(step)) != 1) {
		db_rollback(r);
		return page_flash_redirect(r, "/cgi-bin/totp.cgi", "状态已在其他页面更改，请刷新后重试。");
	}
	if (notify(r, r->s.account_id, 0, "两步验证已关闭",
		   req_printf(r, "您的账户刚刚关闭了两步验证（操作地址 %s），登录只需密码。如非本人操作，请立即修改密码并联系自治区工信厅。",
			      r->ip)))
		return 500;
	return done(r, "totp.disable", "已关闭两步验证", "两步验证已关闭，登录只需密码。");
}

static int
handle(struct req *r)
{
	const char *op = req_str(r, "op");

	if (r->method != M_POST) return show(r, 200);
	if (!op) return 400;
	if (!strcmp(op, "start")) return start(r);
	if (!strcmp(op, "confirm")) return confirm(r);
	if (!strcmp(op, "off")) return turn_off(r);
	if (!strcmp(op, "cancel")) {
		if (db_begin(r)) return 500;
		if (db_exec(r, "UPDATE accounts SET totp_pending = NULL WHERE id = ?", DI(r->s.account_id)) < 0)
			return 500;
		return done(r, "totp.cancel", "已放弃未完成设置的密钥", "已取消设置两步验证。");
	}
	return 400;
}

const struct page PAGE = { "totp", M_GET | M_POST, ROLE_REVIEWER | ROLE_EXPERT, 0, inputs, handle };
