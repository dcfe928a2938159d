/*
 * queue - 审核: the applications a reviewer's level works on, in its region
 * only (旗县区: its county; 盟市: its city; 自治区: all).  GET with search
 * (平台名称或信用代码), filters (状态, 细分行业, 地区), sorting and pages.  By
 * default a 旗县区 sees what waits for 初审, a 盟市 what waits for 审核.
 * A resubmission newer than the version this reviewer last opened is marked.
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "state", "状态", VT_KEY, 0, 0, 24 },
	{ "sub", "细分行业", VT_INT, 0, 1, 100 },
	LIST_SEARCH("平台名称或统一社会信用代码"),
	{ "region", "地区", VT_REGION },
	LIST_SORT_PAGE,
	{ NULL }
};

static const char *const states[] = { "submitted", "returned", "county_passed", "county_rejected", "city_passed",
				       "city_rejected", "recommended", "proposed", "recognised", "not_recognised", "selected",
				       NULL };

static int
handle(struct req *r)
{
	const char *state = req_str(r, "state");
	const char *q = req_str(r, "q") ? req_str(r, "q") : "";
	const char *region = req_str(r, "region") ? req_str(r, "region") : "";
	static const char *const sorts[] = { "submitted", "name", "subind", "region", NULL };
	const char *sort = list_choice(r, "sort", sorts);
	long long sub = req_int(r, "sub", 0);
	struct pager pg;
	struct dbrows *d, *n;
	char m[32];
	int ok = 0;
	static const char *const names[] = { "id", "org", "credit_code", "county", "city", "sub_industry", "state",
					      "submitted_at", "version", "ents", "subsidy", "seen", "page", NULL };

	/* by default: what waits for this level (待本级办理), from the workflow table */
	const char *w[32][2], *todo = "";
	int nw = wf_waiting(r->s.role, w, 32);
	/* as "programme:state,...": any number of programmes and states in one parameter */
	for (int i = 0; i < nw; i++) todo = req_printf(r, "%s%s%s:%s", todo, i ? "," : "", w[i][0], w[i][1]);
	if (!req_has(r, "state")) state = "todo";
	for (int i = 0; states[i]; i++) if (state && !strcmp(state, states[i])) ok = 1;
	if (!ok && strcmp(state ? state : "", "todo")) state = "all";
	d = db_query(r,
		"SELECT SQL_CALC_FOUND_ROWS p.id, a.display_name, COALESCE(a.credit_code, ''), g.name, c.name,"
		" COALESCE(CONCAT(s.seq, '. ', s.name), ''), p.state, COALESCE(DATE_FORMAT(p.submitted_at, '%Y-%m-%d %H:%i'), ''),"
		" p.submitted_no, (SELECT COUNT(*) FROM app_enterprises e WHERE e.application_id = p.id),"
		" (SELECT COALESCE(SUM(e.subsidy_yuan), 0) FROM app_enterprises e WHERE e.application_id = p.id),"
		" (SELECT COALESCE(MAX(e.version_no), 0) FROM app_events e WHERE e.application_id = p.id AND e.account_id = ?),"
		" b.programme"
		" FROM applications p JOIN batches b ON b.id = p.batch_id JOIN accounts a ON a.id = p.account_id JOIN regions g ON g.code = p.region_code"
		" JOIN regions c ON c.code = g.city_code LEFT JOIN sub_industries s ON s.seq = p.sub_industry"
		/* scope as a set of 旗县区 codes: the applications are then reached through their region index */
		" WHERE p.state <> 'draft'"
		" AND p.region_code IN (SELECT x.code FROM regions x WHERE ? IN (x.code, x.city_code, x.province_code))"
		" AND (? IN ('all', 'todo') OR p.state = ?) AND (? = 0 OR p.sub_industry = ?)"
		" AND (? <> 'todo' OR FIND_IN_SET(CONCAT(b.programme, ':', p.state), ?) > 0)"
		" AND (? = '' OR a.display_name LIKE CONCAT('%', ?, '%') OR a.credit_code = UPPER(?))"
		" AND (? = '' OR g.code = ? OR g.city_code = ?)"
		" ORDER BY CASE WHEN ? = 'name' THEN CONVERT(a.display_name USING gbk) END,"
		"          CASE WHEN ? = 'subind' THEN p.sub_industry END, CASE WHEN ? = 'region' THEN g.sort END,"
		"          p.submitted_at DESC, p.id DESC LIMIT ? OFFSET ?",
		DI(r->s.account_id), DS(scope_code(r)), DS(state), DS(state), DI(sub), DI(sub),
		DS(state), DS(todo),
		DS(q), DS(like_escape(r, q)),
		DS(q), DS(region), DS(region), DS(region), DS(sort), DS(sort), DS(sort),
		DI(20), DI((req_int(r, "page", 1) - 1) * 20));
	if (!d) return 500;
	n = db_query(r, "SELECT FOUND_ROWS()");
	pager_set(r, &pg, req_int(r, "page", 1), n && n->nrows ? dbi(n, 0, 0) : 0, 20,
		  req_printf(r, "/cgi-bin/queue.cgi?state=%s&sub=%s&q=%s&region=%s&sort=%s&", state,
			     sub ? req_printf(r, "%lld", sub) : "", url_arg(r, q), region, sort));
	db_to_hdf(r, d, "Queue", names);
	for (int i = 0; i < d->nrows; i++) {
		const struct programme *p = programme_of(dbv(d, i, 12));
		hset(r, req_printf(r, "Queue.%d.state_label", i), programme_state_label(r, p, dbv(d, i, 6)));
		hset(r, req_printf(r, "Queue.%d.page", i), p ? p->overview : "app");
		hset(r, req_printf(r, "Queue.%d.subsidy", i), money_fmt(dbi(d, i, 10), m, sizeof(m)));
		hseti(r, req_printf(r, "Queue.%d.updated", i), dbi(d, i, 11) > 0 && dbi(d, i, 8) > dbi(d, i, 11));
	}
	for (int i = 0; states[i]; i++) {
		hset(r, req_printf(r, "States.%d.key", i), states[i]);
		hset(r, req_printf(r, "States.%d.label", i), state_label(states[i]));
	}
	d = db_query(r, "SELECT seq, name FROM sub_industries ORDER BY seq");
	static const char *const sn[] = { "seq", "name", NULL };
	db_to_hdf(r, d, "SubInd", sn);
	hset(r, "Filter.state", state);
	hset(r, "Filter.sort", sort);
	hset(r, "Filter.base", req_printf(r, "/cgi-bin/queue.cgi?state=%s&sub=%s&q=%s&region=%s&", state,
					  sub ? req_printf(r, "%lld", sub) : "", url_arg(r, q), region));
	if (scope_regions_to_hdf(r)) return 500;
	return page_render(r, "queue.cs");
}

const struct page PAGE = { "queue", M_GET, ROLE_REVIEWER, 0, inputs, handle };
