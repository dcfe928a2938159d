/*
 * accounts - 账户管理: every account in the province, for the 自治区
 * administrator.  GET with search (登录名, 单位名称, 信用代码), filters (role,
 * status, recent), sorting and pages.
 */
#include <string.h>
#include "dt.h"

static const struct input inputs[] = {
	LIST_SEARCH("登录名、名称或统一社会信用代码"),
	{ "role", "角色", VT_KEY, 0, 0, 16 },
	{ "status", "状态", VT_KEY, 0, 0, 16 },
	{ "recent", "近7天注册", VT_BOOL, 0, 0, 0 },
	LIST_SORT_PAGE,
	{ NULL }
};

static const char *const roles[] = { "", "platform", "enterprise", "county", "city", "province", "expert", "provider", "evaluator",
				       "finance", "auditor",
				       "applicant", NULL };

static int
handle(struct req *r)
{
	static const char *const statuses[] = { "", "active", "disabled", "must_change", NULL };
	static const char *const sorts[] = { "created", "username", "name", "role", NULL };
	static const char *const names[] = { "id", "username", "name", "role", "region", "status",
					      "must_change", "created", "credit_code", NULL };
	const char *q = req_str(r, "q") ? req_str(r, "q") : "";
	const char *role = list_choice(r, "role", roles);
	const char *status = list_choice(r, "status", statuses);
	const char *sort = list_choice(r, "sort", sorts);
	long long recent = req_int(r, "recent", 0);
	struct pager pg;
	struct dbrows *d, *n;
	const char *base;

	d = db_query(r,
		"SELECT SQL_CALC_FOUND_ROWS a.id, a.username, a.display_name, a.role,"
		" COALESCE(sg.name, g.name, ''), a.status, a.must_change_password,"
		" DATE_FORMAT(a.created_at, '%Y-%m-%d'), COALESCE(a.credit_code, '')"
		" FROM accounts a LEFT JOIN regions g ON g.code = a.region_code"
		" LEFT JOIN account_scopes s ON s.account_id = a.id LEFT JOIN regions sg ON sg.code = s.region_code"
		" WHERE COALESCE(sg.province_code, g.province_code) = ? AND (? = '' OR a.role = ? OR (? = 'applicant' AND a.role IN ('platform', 'enterprise')))"
		" AND (? = '' OR (? = 'must_change' AND a.must_change_password > 0 AND a.status = 'active')"
		"      OR a.status = ?)"
		" AND (? = '' OR a.username LIKE CONCAT('%', ?, '%') OR a.display_name LIKE CONCAT('%', ?, '%')"
		"      OR a.credit_code = UPPER(?))"
		" AND (? = 0 OR a.created_at > NOW() - INTERVAL 7 DAY)"
		" ORDER BY CASE WHEN ? = 'username' THEN a.username END,"
		"          CASE WHEN ? = 'name' THEN CONVERT(a.display_name USING gbk) END,"
		"          CASE WHEN ? = 'role' THEN a.role END, a.created_at DESC, a.id DESC"
		" LIMIT ? OFFSET ?",
		DS(scope_code(r)), DS(role), DS(role), DS(role), DS(status), DS(status), DS(status),
		DS(q), DS(like_escape(r, q)), DS(like_escape(r, q)), DS(q), DI(recent),
		DS(sort), DS(sort), DS(sort), DI(25), DI((req_int(r, "page", 1) - 1) * 25));
	if (!d) return 500;
	n = db_query(r, "SELECT FOUND_ROWS()");
	base = req_printf(r, "/cgi-bin/accounts.cgi?q=%s&role=%s&status=%s&recent=%s&",
			  url_arg(r, q), role, status, recent ? "1" : "");
	pager_set(r, &pg, req_int(r, "page", 1), n && n->nrows ? dbi(n, 0, 0) : 0, 25, req_printf(r, "%ssort=%s&", base, sort));
	db_to_hdf(r, d, "Accounts", names);
	for (int i = 0; roles[i]; i++) {
		char k[48];
		snprintf(k, sizeof(k), "Roles.%d.key", i); hset(r, k, roles[i]);
		snprintf(k, sizeof(k), "Roles.%d.label", i);
		hset(r, k, !strcmp(roles[i], "applicant") ? "申报单位（服务平台和中小企业）" : role_label(role_from_key(roles[i])));
	}
	hset(r, "Filter.sort", sort);
	hset(r, "Filter.base", base);
	return page_render(r, "accounts.cs");
}

const struct page PAGE = { "accounts", M_GET, ROLE_PROVINCE, 0, inputs, handle };
