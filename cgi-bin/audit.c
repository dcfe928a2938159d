/*
 * audit - 审计日志: the append-only, hash-chained record of every action.
 * 自治区 administrator; GET with filters (操作人, 操作, 对象) and pages.  The 操作
 * filter offers kinds of action in words; its value is the key prefix they share.
 * Everything is shown in words (timeline.c audit_label ...), the key only in a title.
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "user", "操作人登录名", VT_SEARCH, 0, 0, 64 },
	{ "action", "操作", VT_SEARCH, 0, 0, 64 },
	{ "object", "对象编号", VT_INT, 0, 1, (1LL << 53) },
	{ "page", "页码", VT_INT, 0, 1, 100000 },
	{ NULL }
};

#define COLS "SELECT id, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s'), username, role, action, object_type, object_id," \
	     " before_summary, after_summary, ip, LEFT(hash, 12) FROM audit_log"
#define MORE " AND (? = '' OR action LIKE CONCAT(?, '%')) AND (? = 0 OR object_id = ?)"

/*
 * The log grows with every login and decision, so each filter has its own
 * statement driven by an index (newest first by id within it): the 操作人
 * (audit_username), else the 对象编号 (audit_object_id), else the 操作 prefix
 * (audit_action); unfiltered, the primary key backwards and the entry count
 * the hash chain keeps in audit_head.  No statement reads the whole log.
 */
static struct dbrows *
entries(struct req *r, const char *user, const char *action, long long object, int per, long long offset,
	int count)
{
	const char *a = like_escape(r, action);

	if (*user && count)
		return db_query(r, "SELECT COUNT(*) FROM audit_log WHERE username = ?" MORE,
				DS(user), DS(action), DS(a), DI(object), DI(object));
	if (*user)
		return db_query(r, COLS " WHERE username = ?" MORE " ORDER BY id DESC LIMIT ? OFFSET ?",
				DS(user), DS(action), DS(a), DI(object), DI(object), DI(per), DI(offset));
	if (object && count)
		return db_query(r, "SELECT COUNT(*) FROM audit_log WHERE object_id = ?"
				" AND (? = '' OR action LIKE CONCAT(?, '%'))", DI(object), DS(action), DS(a));
	if (object)
		return db_query(r, COLS " WHERE object_id = ? AND (? = '' OR action LIKE CONCAT(?, '%'))"
				" ORDER BY id DESC LIMIT ? OFFSET ?", DI(object), DS(action), DS(a), DI(per), DI(offset));
	if (*action && count)
		return db_query(r, "SELECT COUNT(*) FROM audit_log WHERE action LIKE CONCAT(?, '%')", DS(a));
	if (*action)
		return db_query(r, COLS " WHERE action LIKE CONCAT(?, '%') ORDER BY id DESC LIMIT ? OFFSET ?",
				DS(a), DI(per), DI(offset));
	if (count)
		return db_query(r, "SELECT entries FROM audit_head WHERE id = 1");
	return db_query(r, COLS " ORDER BY id DESC LIMIT ? OFFSET ?", DI(per), DI(offset));
}

static int
handle(struct req *r)
{
	const char *user = req_str(r, "user") ? req_str(r, "user") : "";
	const char *action = req_str(r, "action") ? req_str(r, "action") : "";
	long long object = req_int(r, "object", 0), total = 0;
	struct pager pg;
	struct dbrows *d;
	static const char *const names[] = { "id", "at", "username", "role", "action", "object_type",
					      "object_id", "before", "after", "ip", "hash", NULL };

	if (!(d = entries(r, user, action, object, 0, 0, 1))) return 500;
	total = d->nrows ? dbi(d, 0, 0) : 0;
	pager_set(r, &pg, req_int(r, "page", 1), total, 50,
		  req_printf(r, "/cgi-bin/audit.cgi?user=%s&action=%s&object=%s&", url_arg(r, user),
			     url_arg(r, action), object ? req_printf(r, "%lld", object) : ""));
	if (!(d = entries(r, user, action, object, pg.per, pg.offset, 0))) return 500;
	db_to_hdf(r, d, "Log", names);
	/* in words: the action, the object, state and status keys in the summaries */
	for (int i = 0; i < d->nrows; i++) {
		const char *p = req_printf(r, "Log.%d", i);
		hset(r, req_printf(r, "%s.action_label", p), audit_label(r, dbv(d, i, 4)));
		hset(r, req_printf(r, "%s.object", p), audit_object(r, dbv(d, i, 5), dbi(d, i, 6)));
		if (!strcmp(dbv(d, i, 5), "application") && dbi(d, i, 6))
			hset(r, req_printf(r, "%s.href", p), req_printf(r, "/cgi-bin/app.cgi?id=%lld", dbi(d, i, 6)));
		hset(r, req_printf(r, "%s.before", p), audit_text(r, dbv(d, i, 7)));
		hset(r, req_printf(r, "%s.after", p), audit_text(r, dbv(d, i, 8)));
	}
	{
		static const char *const kinds[][2] = {
			{ "log", "登录与退出" }, { "password.", "修改密码" }, { "session.", "登录会话" }, { "account.", "账户管理" },
			{ "totp.", "两步验证" }, { "application.", "申报填报与提交" }, { "review.", "审核办理" },
			{ "recommend.", "盟市推荐名单" }, { "county_rec.", "县区推荐名单" }, { "batch.", "申报批次" },
			{ "expert.", "专家评审" }, { "rubric.", "评分细则" }, { "publicity.", "公示" }, { "objection.", "公示异议" },
			{ "claim.", "归属裁定" },
		};
		for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
			hset(r, req_printf(r, "AuditKinds.%zu.key", i), kinds[i][0]);
			hset(r, req_printf(r, "AuditKinds.%zu.label", i), kinds[i][1]);
		}
	}
	return page_render(r, "audit.cs");
}

const struct page PAGE = { "audit", M_GET, ROLE_PROVINCE, 0, inputs, handle };
