/*
 * audit - 审计日志: the append-only, hash-chained record of every action.
 * 自治区 administrator; GET with filters (操作人, 操作, 对象) and pages.
 */
#include "dt.h"

static const struct input inputs[] = {
	{ "user", "操作人登录名", VT_SEARCH, 0, 0, 64 },
	{ "action", "操作", VT_SEARCH, 0, 0, 64 },
	{ "object", "对象编号", VT_INT, 0, 1, (1LL << 53) },
	{ "page", "页码", VT_INT, 0, 1, 100000 },
	{ NULL }
};

static int
handle(struct req *r)
{
	const char *user = req_str(r, "user") ? req_str(r, "user") : "";
	const char *action = req_str(r, "action") ? req_str(r, "action") : "";
	long long object = req_int(r, "object", 0);
	struct pager pg;
	struct dbrows *d, *n;
	static const char *const names[] = { "id", "at", "username", "role", "action", "object_type",
					      "object_id", "before", "after", "ip", "hash", NULL };

	d = db_query(r,
		"SELECT SQL_CALC_FOUND_ROWS id, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s'), username, role, action,"
		" object_type, object_id, before_summary, after_summary, ip, LEFT(hash, 12) FROM audit_log"
		" WHERE (? = '' OR username = ?) AND (? = '' OR action LIKE CONCAT(?, '%'))"
		" AND (? = 0 OR object_id = ?) ORDER BY id DESC LIMIT ? OFFSET ?",
		DS(user), DS(user), DS(action), DS(like_escape(r, action)), DI(object), DI(object),
		DI(50), DI((req_int(r, "page", 1) - 1) * 50));
	if (!d) return 500;
	n = db_query(r, "SELECT FOUND_ROWS()");
	pager_set(r, &pg, n && n->nrows ? dbi(n, 0, 0) : 0, 50,
		  req_printf(r, "/cgi-bin/audit.cgi?user=%s&action=%s&object=%s&", url_arg(r, user),
			     url_arg(r, action), object ? req_printf(r, "%lld", object) : ""));
	dbrows_free(n);
	db_to_hdf(r, d, "Log", names);
	dbrows_free(d);
	return page_render(r, "audit.cs");
}

const struct page PAGE = { "audit", M_GET, ROLE_PROVINCE, 0, inputs, handle };
