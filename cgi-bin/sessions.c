/*
 * sessions - 登录会话: the signed-in user's own sessions (when and where each
 * signed in, last used, the browser), with the way to end any of them or all
 * but this one.  Any signed-in user; GET lists, POST op=end (sid) | op=others.
 * A session ends after Session.IdleMinutes unused and in any case
 * Session.MaxLifetimeHours after sign-in.
 */
#include <string.h>
#include "dt.h"

static const struct input inputs[] = {
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "sid", "会话", VT_INT, 0, 1, (1LL << 53) },
	{ NULL }
};

static int
handle(struct req *r)
{
	static const char *const names[] = { "id", "created", "last_seen", "ip", "agent", "expires", "current", NULL };
	const char *op = req_str(r, "op");
	long long life = req_conf_int(r, "Session.MaxLifetimeHours", 12), n;
	struct dbrows *d;

	if (r->method == M_POST) {
		if (!op || (strcmp(op, "end") && strcmp(op, "others"))) return 400;
		if (db_begin(r)) return 500;
		if (!strcmp(op, "others"))
			n = db_exec(r, "DELETE FROM sessions WHERE account_id = ? AND id <> ?", DI(r->s.account_id), DI(r->s.sid));
		else
			n = db_exec(r, "DELETE FROM sessions WHERE account_id = ? AND id = ? AND id <> ?",
				    DI(r->s.account_id), DI(req_int(r, "sid", 0)), DI(r->s.sid));
		if (n < 0) return 500;
		if (audit(r, "session.end", "account", r->s.account_id, "",
			  !strcmp(op, "others") ? req_printf(r, "结束其他 %lld 个会话", n)
						: req_printf(r, "结束一个会话（会话编号 %lld）", req_int(r, "sid", 0))) ||
		    db_commit(r))
			return 500;
		return page_flash_redirect(r, "/cgi-bin/sessions.cgi",
					   n ? req_printf(r, "已结束 %lld 个会话：使用它们的设备需要重新登录。", n)
					     : "没有需要结束的会话。");
	}
	d = db_query(r,
		"SELECT id, DATE_FORMAT(created_at, '%Y-%m-%d %H:%i'), DATE_FORMAT(last_seen, '%Y-%m-%d %H:%i'), ip,"
		" user_agent, DATE_FORMAT(created_at + INTERVAL ? HOUR, '%Y-%m-%d %H:%i'), id = ?"
		" FROM sessions WHERE account_id = ? AND last_seen > NOW() - INTERVAL ? MINUTE"
		" AND created_at > NOW() - INTERVAL ? HOUR ORDER BY last_seen DESC, id DESC LIMIT 100",
		DI(life), DI(r->s.sid), DI(r->s.account_id), DI(req_conf_int(r, "Session.IdleMinutes", 120)), DI(life));
	if (!d) return 500;
	db_to_hdf(r, d, "Sessions", names);
	hseti(r, "SessionCount", d->nrows);
	hseti(r, "Limits.IdleMinutes", req_conf_int(r, "Session.IdleMinutes", 120));
	hseti(r, "Limits.LifeHours", life);
	return page_render(r, "sessions.cs");
}

const struct page PAGE = { "sessions", M_GET | M_POST, ROLE_ANY, PAGE_ANY_STATE, inputs, handle };
