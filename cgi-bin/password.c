/*
 * password - 修改密码.  Any signed-in user (also while a change is required
 * after an administrator's reset, or because the password no longer meets
 * the policy); GET form, POST change.  The current password is checked like a
 * login: a wrong one counts against the login throttle, and at the limit the
 * session ends (429).  The new one must meet the policy (auth_password_policy:
 * 12+ characters, not a common password).  A change ends every other session
 * of the account and is announced by a 站内消息.
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "current", "当前密码", VT_PASSWORD, IN_REQ, 0, 0 },
	{ "password", "新密码", VT_PASSWORD, IN_REQ, 0, 0 },
	{ "password2", "确认新密码", VT_PASSWORD, IN_REQ, 0, 0 },
	{ NULL }
};

static int
handle(struct req *r)
{
	const char *cur, *pw, *e;
	char hash[256];

	hseti(r, "Page.MustChange", r->s.must_change);
	if (r->method != M_POST) return page_render(r, "password.cs");
	cur = req_str(r, "current");
	pw = req_str(r, "password");
	if (pw && (e = auth_password_policy(r, pw, r->s.username))) req_field_error(r, "password", e);
	if (pw && req_str(r, "password2") && strcmp(pw, req_str(r, "password2")))
		req_field_error(r, "password2", "两次输入的新密码不一致");
	if (pw && cur && !strcmp(pw, cur)) req_field_error(r, "password", "新密码不能与当前密码相同");
	if (cur) {
		int c = auth_recheck(r, cur);
		if (c == AUTH_LOCKED) return 429;
		if (c == AUTH_WRONG) req_field_error(r, "current", "当前密码不正确");
	}
	if (req_errors(r)) return page_render_status(r, 422, "password.cs");
	if (auth_hash_password(pw, hash, sizeof(hash))) return 500;
	if (db_begin(r)) return 500;
	if (db_exec(r, "UPDATE accounts SET password_hash = ?, must_change_password = 0, version = version + 1"
		       " WHERE id = ?", DS(hash), DI(r->s.account_id)) != 1)
		return 500;
	auth_kill_other_sessions(r, r->s.account_id, r->s.sid);
	if (audit(r, "password.change", "account", r->s.account_id, "", "其他设备上的登录已全部退出") ||
	    notify(r, r->s.account_id, 0, "您的登录密码已修改",
		   req_printf(r, "您的登录密码刚刚已修改（操作地址 %s），其他设备上的登录已全部退出。"
			      "如非本人操作，请立即联系自治区工信厅重置密码。", r->ip)) ||
	    db_commit(r))
		return 500;
	return page_flash_redirect(r, "/cgi-bin/home.cgi", "密码已修改。其他设备上的登录已退出。");
}

const struct page PAGE = { "password", M_GET | M_POST, ROLE_ANY, PAGE_ANY_STATE, inputs, handle };
