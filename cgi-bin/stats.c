/*
 * stats - 统计: for the 自治区 (by 盟市), a 盟市 (by 旗县区) or a 旗县区: applications
 * by state, money (实际改造成本, 奖补资金) by area, applications per sub-
 * industry, the 盟市 quota use (sub-industries of 5, platforms per
 * sub-industry of 3) and progress against each level's deadline.  Charts are
 * inline SVG drawn from numbers computed here (no script), each with its data
 * table; csv=states|money|subs|quota downloads the table.  Reviewers.  GET.
 */
#include <stdlib.h>
#include <string.h>
#include "summary.h"
#include "table.h"

static const struct input inputs[] = {
	{ "batch", "申报批次", VT_INT, 0, 1, (1LL << 53) },
	{ "csv", "数据", VT_KEY, 0, 0, 16 },
	{ NULL }
};

static const char *const states[] = { "submitted", "returned", "county_passed", "city_passed", "recommended",
				       "proposed", "recognised", "county_rejected", "city_rejected", "not_recognised", NULL };
#define BAR 420.0   /* the longest bar, in SVG user units */

/* a statistics table as CSV (lib/table.c): the columns' types make counts and amounts numbers;
 * relabel (if given) turns column 2's state keys into their words */
static int
send_csv(struct req *r, const char *name, struct dbrows *d, const struct tcol *cols, int nc, int relabel)
{
	struct table t;

	table_init(r, &t, cols, nc);
	for (int i = 0; i < d->nrows; i++) {
		int y = table_row(&t);
		for (int c = 0; c < nc; c++)
			if (cols[c].type == TC_INT && dbn(d, i, c)) table_num(&t, y, c, dbi(d, i, c));
			else table_text(&t, y, c, relabel && c == 2 ? state_label(dbv(d, i, c)) : dbv(d, i, c));
	}
	return table_send_csv(r, &t, name);
}

/* the largest value of a column (at least 1: the scale of its bars) */
static long long
col_max(struct dbrows *d, int c)
{
	long long m = 1;
	for (int i = 0; i < d->nrows; i++) if (dbi(d, i, c) > m) m = dbi(d, i, c);
	return m;
}

/* a chart's row i: Prefix.i.name (column 0) and .y at h units a row, Prefix.height; its HDF prefix */
static const char *
bar_row(struct req *r, struct dbrows *d, const char *prefix, int i, int h)
{
	const char *p = req_printf(r, "%s.%d", prefix, i);
	hset(r, req_printf(r, "%s.name", p), dbv(d, i, 0));
	hseti(r, req_printf(r, "%s.y", p), h * i);
	hseti(r, req_printf(r, "%s.height", prefix), h * d->nrows + 10);
	return p;
}

static int
handle(struct req *r)
{
	struct batch b;
	long long bid = batch_of_page(r, NULL);
	const char *csv = req_str(r, "csv");
	int by_city = r->s.role == ROLE_PROVINCE, st;
	struct dbrows *d;
	char m[32];

	if (!bid) return page_render(r, "stats.cs");
	if ((st = batch_open(r, bid, &b, NULL))) return st;
	batch_to_hdf(r, &b, "Batch");

	/* applications by state per area (盟市 for the 自治区, 旗县区 otherwise) */
	d = db_query(r,
		"SELECT IF(?, c.code, g.code), IF(?, c.name, g.name), p.state, COUNT(*) FROM applications p"
		" JOIN regions g ON g.code = p.region_code JOIN regions c ON c.code = g.city_code"
		" WHERE p.batch_id = ? AND p.state <> 'draft' AND ? IN (g.code, g.city_code, g.province_code)"
		" GROUP BY 1, 2, 3, IF(?, c.sort, g.sort) ORDER BY IF(?, c.sort, g.sort)",
		DI(by_city), DI(by_city), DI(bid), DS(scope_code(r)), DI(by_city), DI(by_city));
	if (!d) return 500;
	if (csv && !strcmp(csv, "states")) {
		static const struct tcol h[] = { { "地区代码" }, { "地区" }, { "状态" }, { "申请数", NULL, TC_INT } };
		return send_csv(r, req_printf(r, "%s_按地区和状态统计", b.title), d, h, 4, 1);
	}
	{
		int na = -1;
		long long maxt = 1, tot = 0;
		const char *last = "";
		long long totals[200] = { 0 };
		for (int i = 0; i < d->nrows && na < 199; i++) {
			if (strcmp(dbv(d, i, 0), last)) { na++; last = dbv(d, i, 0);
				hset(r, req_printf(r, "States.%d.name", na), dbv(d, i, 1)); }
			totals[na] += dbi(d, i, 3);
			hset(r, req_printf(r, "States.%d.n.%s", na, dbv(d, i, 2)), dbv(d, i, 3));
		}
		for (int a = 0; a <= na; a++) if (totals[a] > maxt) maxt = totals[a];
		for (int a = 0; a <= na; a++) {
			double x = 0;
			hsetf(r, req_printf(r, "States.%d.total", a), "%lld", totals[a]);
			hseti(r, req_printf(r, "States.%d.y", a), 24 * a);
			tot += totals[a];
			for (int s = 0; states[s]; s++) {
				long long v = hdf_get_int_value(r->hdf, req_printf(r, "States.%d.n.%s", a, states[s]), 0);
				if (!v) continue;
				double w = BAR * (double)v / (double)maxt;
				hsetf(r, req_printf(r, "States.%d.seg.%d.x", a, s), "%.1f", 130 + x);
				hsetf(r, req_printf(r, "States.%d.seg.%d.w", a, s), "%.1f", w);
				hset(r, req_printf(r, "States.%d.seg.%d.state", a, s), states[s]);
				hsetf(r, req_printf(r, "States.%d.seg.%d.n", a, s), "%lld", v);
				x += w;
			}
		}
		hseti(r, "States.count", na + 1);
		hseti(r, "States.height", 24 * (na + 1) + 10);
		hsetf(r, "States.sum", "%lld", tot);
		for (int s = 0; states[s]; s++) {
			hset(r, req_printf(r, "Legend.%d.state", s), states[s]);
			hset(r, req_printf(r, "Legend.%d.label", s), state_label(states[s]));
		}
	}

	/* money per area (submitted applications) */
	d = db_query(r,
		"SELECT IF(?, c.name, g.name), COALESCE(SUM(e.cost_yuan), 0), COALESCE(SUM(e.subsidy_yuan), 0)"
		" FROM applications p JOIN regions g ON g.code = p.region_code JOIN regions c ON c.code = g.city_code"
		" LEFT JOIN app_enterprises e ON e.application_id = p.id"
		" WHERE p.batch_id = ? AND p.state <> 'draft' AND ? IN (g.code, g.city_code, g.province_code)"
		" GROUP BY 1, IF(?, c.sort, g.sort) ORDER BY IF(?, c.sort, g.sort)",
		DI(by_city), DI(bid), DS(scope_code(r)), DI(by_city), DI(by_city));
	if (!d) return 500;
	if (csv && !strcmp(csv, "money")) {
		static const struct tcol h[] = { { "地区" }, { "实际改造成本（元）", NULL, TC_INT }, { "奖补资金额（元）", NULL, TC_INT } };
		return send_csv(r, req_printf(r, "%s_按地区金额统计", b.title), d, h, 3, 0);
	}
	{
		long long maxv = col_max(d, 1);
		for (int i = 0; i < d->nrows; i++) {
			const char *p = bar_row(r, d, "Money", i, 30);
			hset(r, req_printf(r, "%s.cost", p), money_round_fmt(dbi(d, i, 1), 2, m, sizeof(m)));
			hset(r, req_printf(r, "%s.subsidy", p), money_round_fmt(dbi(d, i, 2), 2, m, sizeof(m)));
			hsetf(r, req_printf(r, "%s.wc", p), "%.1f", BAR * (double)dbi(d, i, 1) / (double)maxv);
			hsetf(r, req_printf(r, "%s.ws", p), "%.1f", BAR * (double)dbi(d, i, 2) / (double)maxv);
		}
	}

	/* applications per sub-industry */
	d = db_query(r,
		"SELECT CONCAT(s.seq, '. ', s.name), COUNT(*) FROM applications p JOIN regions g ON g.code = p.region_code"
		" JOIN sub_industries s ON s.seq = p.sub_industry"
		" WHERE p.batch_id = ? AND p.state <> 'draft' AND ? IN (g.code, g.city_code, g.province_code)"
		" GROUP BY s.seq, s.name ORDER BY COUNT(*) DESC, s.seq", DI(bid), DS(scope_code(r)));
	if (!d) return 500;
	if (csv && !strcmp(csv, "subs")) {
		static const struct tcol h[] = { { "细分行业" }, { "申请数", NULL, TC_INT } };
		return send_csv(r, req_printf(r, "%s_按细分行业统计", b.title), d, h, 2, 0);
	}
	{
		long long maxv = col_max(d, 1);
		for (int i = 0; i < d->nrows; i++) {
			const char *p = bar_row(r, d, "Subs", i, 22);
			hset(r, req_printf(r, "%s.n", p), dbv(d, i, 1));
			hsetf(r, req_printf(r, "%s.w", p), "%.1f", BAR * (double)dbi(d, i, 1) / (double)maxv);
		}
	}

	/* quota use per 盟市 */
	d = db_query(r,
		"SELECT c.name, COALESCE(r.state, 'none'), (SELECT COUNT(DISTINCT i.grp) FROM rec_items i"
		"  WHERE i.list_id = r.id), (SELECT COALESCE(MAX(x.n), 0) FROM (SELECT list_id, grp, COUNT(*) n"
		"  FROM rec_items GROUP BY list_id, grp) x WHERE x.list_id = r.id),"
		" (SELECT COUNT(*) FROM rec_items i WHERE i.list_id = r.id)"
		" FROM regions c LEFT JOIN rec_lists r ON r.region_code = c.code AND r.batch_id = ? AND r.level = 'city'"
		" WHERE c.level = 'city' AND ? IN (c.code, c.province_code) ORDER BY c.sort", DI(bid), DS(by_city ? scope_code(r) :
		 (r->s.role == ROLE_CITY ? scope_code(r) : "")));
	if (!d) return 500;
	if (csv && !strcmp(csv, "quota")) {
		static const struct tcol h[] = { { "盟市" }, { "推荐状态" }, { "已选细分行业", NULL, TC_INT },
						  { "单个细分行业最多平台", NULL, TC_INT }, { "推荐平台数", NULL, TC_INT } };
		return send_csv(r, req_printf(r, "%s_盟市配额使用", b.title), d, h, 5, 0);
	}
	static const char *const qn[] = { "name", "state", "subs", "maxper", "items", NULL };
	db_to_hdf(r, d, "Quota", qn);
	for (int i = 0; i < d->nrows; i++) {
		hsetf(r, req_printf(r, "Quota.%d.w", i), "%.1f", 200.0 * (double)dbi(d, i, 2) / (double)(batch_int(&b, "max_subind_per_city") ? batch_int(&b, "max_subind_per_city") : 1));
		hseti(r, req_printf(r, "Quota.%d.y", i), 22 * i);
	}
	hseti(r, "Quota.height", 22 * d->nrows + 10);

	/* progress against each level's deadline */
	d = db_query(r,
		"SELECT SUM(p.state = 'draft'), SUM(p.state IN ('submitted')), SUM(p.state IN ('county_passed', 'city_passed')),"
		" DATEDIFF(b.applicant_deadline, CURDATE()),"
		" (SELECT DATEDIFF(x.day, CURDATE()) FROM batch_deadlines x WHERE x.batch_id = b.id AND x.name = 'county'),"
		" (SELECT DATEDIFF(x.day, CURDATE()) FROM batch_deadlines x WHERE x.batch_id = b.id AND x.name = 'city')"
		" FROM batches b LEFT JOIN applications p ON p.batch_id = b.id"
		" LEFT JOIN regions g ON g.code = p.region_code"
		" WHERE b.id = ? AND (p.id IS NULL OR ? IN (g.code, g.city_code, g.province_code)) GROUP BY b.id", DI(bid),
		DS(scope_code(r)));
	if (d && d->nrows == 1) {
		static const char *const pn[] = { "drafts", "county_pending", "city_pending", "days_appl", "days_county", "days_city", NULL };
		for (int c = 0; pn[c]; c++) hset(r, req_printf(r, "Progress.%s", pn[c]), dbn(d, 0, c) ? dbv(d, 0, c) : "0");
	}
	return page_render(r, "stats.cs");
}

const struct page PAGE = { "stats", M_GET, ROLE_REVIEWER, 0, inputs, handle };
