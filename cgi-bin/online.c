/*
 * online - 在线会话: the 自治区 administrator's view of every account's live
 * sessions in the province (who, role, signed in when and from where, last
 * used), newest use first, with the way to end one (audited on the account).
 * GET lists; POST op=end (sid).  account.cgi shows one account's sessions.
 */
#include <string.h>
#include "dt.h"

static const struct input inputs[] = {
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "sid", "会话", VT_INT, 0, 1, (1LL << 53) },
	{ NULL }
};

static int
end_session(struct req *r)
{
	long long sid = req_int(r, "sid", 0), account;
	struct dbrows *d = db_query(r,
		"SELECT a.id, a.username FROM sessions s JOIN accounts a ON a.id = s.account_id"
		" LEFT JOIN account_scopes sc ON sc.account_id = a.id"
		" JOIN regions g ON g.code = COALESCE(sc.region_code, a.region_code)"
		" WHERE s.id = ? AND g.province_code = ?", DI(sid), DS(scope_code(r)));
	const char *who;

	if (!d) return 500;
	if (d->nrows != 1 || sid == r->s.sid) {
		return page_flash_redirect(r, "/cgi-bin/online.cgi", sid == r->s.sid ? "本设备的会话请用“退出登录”结束。" : "该会话已经结束。");
	}
	account = dbi(d, 0, 0);
	who = req_strdup(r, dbv(d, 0, 1));
	if (db_begin(r)) return 500;
	if (db_exec(r, "DELETE FROM sessions WHERE id = ?", DI(sid)) < 0 ||
	    audit(r, "account.session_end", "account", account, "", req_printf(r, "管理员结束了该账户的一个会话（会话编号 %lld）", sid)) ||
	    db_commit(r))
		return 500;
	return page_flash_redirect(r, "/cgi-bin/online.cgi", req_printf(r, "已结束 %s 的一个会话。", who));
}

static int
handle(struct req *r)
{
	static const char *const names[] = { "id", "account", "username", "name", "role", "created", "last_seen",
					      "ip", "agent", "current", NULL };
	long long life = req_conf_int(r, "Session.MaxLifetimeHours", 12);
	struct dbrows *d;

	if (r->method == M_POST) {
		if (!req_str(r, "op") || strcmp(req_str(r, "op"), "end")) return 400;
		return end_session(r);
	}
	d = db_query(r,
		"SELECT s.id, a.id, a.username, a.display_name, a.role, DATE_FORMAT(s.created_at, '%Y-%m-%d %H:%i'),"
		" DATE_FORMAT(s.last_seen, '%Y-%m-%d %H:%i'), s.ip, s.user_agent, s.id = ?"
		" FROM sessions s JOIN accounts a ON a.id = s.account_id"
		" LEFT JOIN account_scopes sc ON sc.account_id = a.id"
		" JOIN regions g ON g.code = COALESCE(sc.region_code, a.region_code)"
		" WHERE g.province_code = ? AND s.last_seen > NOW() - INTERVAL ? MINUTE AND s.created_at > NOW() - INTERVAL ? HOUR"
		" ORDER BY s.last_seen DESC, s.id DESC LIMIT 500",
		DI(r->s.sid), DS(scope_code(r)), DI(req_conf_int(r, "Session.IdleMinutes", 120)), DI(life));
	if (!d) return 500;
	db_to_hdf(r, d, "Online", names);
	for (int i = 0; i < d->nrows; i++)
		hset(r, req_printf(r, "Online.%d.role_label", i), role_label(role_from_key(dbv(d, i, 4))));
	hseti(r, "OnlineCount", d->nrows);
	return page_render(r, "online.cs");
}

const struct page PAGE = { "online", M_GET | M_POST, ROLE_PROVINCE, 0, inputs, handle };
