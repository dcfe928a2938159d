/*
 * orgs - 申报单位: the 服务平台 and 中小企业 registered in the reviewer's
 * region (a 旗县区 sees its county, a 盟市 its city, the 自治区 all).
 * 旗县区/盟市/自治区 reviewers; GET with search, filters, sorting, pages.
 */
#include <string.h>
#include "dt.h"

static const struct input inputs[] = {
	LIST_SEARCH("单位名称或统一社会信用代码"),
	{ "role", "申报主体类型", VT_KEY, 0, 0, 16 },
	{ "region", "地区", VT_REGION, 0, 0, 0 },
	{ "recent", "近7天注册", VT_BOOL, 0, 0, 0 },
	LIST_SORT_PAGE,
	{ NULL }
};

static int
handle(struct req *r)
{
	const char *q = req_str(r, "q") ? req_str(r, "q") : "";
	static const char *const roles[] = { "", "platform", "enterprise", NULL }, *const sorts[] = { "created", "name", "region", NULL };
	const char *role = list_choice(r, "role", roles);
	const char *region = req_str(r, "region") ? req_str(r, "region") : "";
	const char *sort = list_choice(r, "sort", sorts);
	long long recent = req_int(r, "recent", 0);
	struct pager pg;
	struct dbrows *d, *n;
	static const char *const names[] = { "id", "name", "credit_code", "role", "county", "city",
					      "contact", "mobile", "created", "status", NULL };

	/* page first so that the pager can clamp it; then fetch that page */
	d = db_query(r,
		"SELECT SQL_CALC_FOUND_ROWS a.id, a.display_name, a.credit_code, a.role, g.name, c.name,"
		" a.contact_person, a.mobile, DATE_FORMAT(a.created_at, '%Y-%m-%d'), a.status"
		" FROM accounts a JOIN regions g ON g.code = a.region_code JOIN regions c ON c.code = g.city_code"
		" WHERE a.role IN ('platform', 'enterprise')"
		" AND a.region_code IN (SELECT x.code FROM regions x WHERE ? IN (x.code, x.city_code, x.province_code))"
		" AND (? = '' OR a.role = ?)"
		" AND (? = '' OR a.display_name LIKE CONCAT('%', ?, '%') OR a.credit_code = UPPER(?))"
		" AND (? = '' OR g.code = ? OR g.city_code = ?)"
		" AND (? = 0 OR a.created_at > NOW() - INTERVAL 7 DAY)"
		" ORDER BY CASE WHEN ? = 'name' THEN CONVERT(a.display_name USING gbk) END,"
		"          CASE WHEN ? = 'region' THEN g.sort END, a.created_at DESC, a.id DESC"
		" LIMIT ? OFFSET ?",
		DS(scope_code(r)), DS(role), DS(role), DS(q), DS(like_escape(r, q)), DS(q),
		DS(region), DS(region), DS(region), DI(recent), DS(sort), DS(sort),
		DI(20), DI((req_int(r, "page", 1) - 1) * 20));
	if (!d) return 500;
	n = db_query(r, "SELECT FOUND_ROWS()");
	pager_set(r, &pg, req_int(r, "page", 1), n && n->nrows ? dbi(n, 0, 0) : 0, 20,
		  req_printf(r, "/cgi-bin/orgs.cgi?q=%s&role=%s&region=%s&recent=%s&sort=%s&",
			     url_arg(r, q), role, region, recent ? "1" : "", sort));
	db_to_hdf(r, d, "Orgs", names);
	hset(r, "Filter.sort", sort);
	hset(r, "Filter.base", req_printf(r, "/cgi-bin/orgs.cgi?q=%s&role=%s&region=%s&recent=%s&",
					  url_arg(r, q), role, region, recent ? "1" : ""));
	if (scope_regions_to_hdf(r)) return 500;
	return page_render(r, "orgs.cs");
}

const struct page PAGE = { "orgs", M_GET, ROLE_REVIEWER, 0, inputs, handle };
