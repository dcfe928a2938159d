/*
 * rec_print - the 盟市's 推荐汇总表 in the layout of 附件3: one group per
 * recommended platform (序号, 企业名称（服务平台）, 对应行业), one row per served
 * enterprise (试点企业名称, 实际改造成本, 奖补资金额), a subtotal per platform and a
 * total, the header lines and the note on the caps.  A4 landscape print.
 * 盟市 reviewers (own city) and the administrator.  GET ?batch=N[&city=C].
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "batch", "申报批次", VT_INT, IN_REQ, 1, (1LL << 53) },
	{ "city", "盟市", VT_REGION },
	{ NULL }
};

static int
handle(struct req *r)
{
	struct batch b;
	const char *city = r->s.role == ROLE_CITY ? scope_code(r) : req_str(r, "city");
	struct dbrows *d;
	char m[32];
	int st, g = -1, row = 0;
	long long last = 0, sc = 0, ss = 0, tc = 0, ts = 0;

	if (!city) return 404;
	if ((st = page_batch(r, &b))) return st;     /* a batch over this region only */
	d = db_query(r, "SELECT name FROM regions WHERE code = ? AND level = 'city' AND ? IN (code, province_code)",
		     DS(city), DS(scope_code(r)));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	hset(r, "Sum.city", dbv(d, 0, 0));
	dbrows_free(d);
	batch_to_hdf(r, &b, "Batch");
	d = db_query(r,
		"SELECT p.id, a.display_name, s.name, COALESCE(e.name, '（无服务企业）'), COALESCE(e.cost_yuan, 0),"
		" COALESCE(e.subsidy_yuan, 0), i.grp, i.rank_no"
		" FROM rec_lists c JOIN rec_items i ON i.list_id = c.id"
		" JOIN applications p ON p.id = i.application_id JOIN accounts a ON a.id = p.account_id"
		" JOIN sub_industries s ON s.seq = i.grp LEFT JOIN app_enterprises e ON e.application_id = p.id"
		" WHERE c.batch_id = ? AND c.level = 'city' AND c.region_code = ? ORDER BY i.grp, i.rank_no, e.id",
		DI(b.id), DS(city));
	if (!d) return 500;
	for (int i = 0; i < d->nrows; i++) {
		if (dbi(d, i, 0) != last) {
			if (g >= 0) {
				hset(r, req_printf(r, "Sum.groups.%d.cost", g), money_fmt(sc, m, sizeof(m)));
				hset(r, req_printf(r, "Sum.groups.%d.subsidy", g), money_fmt(ss, m, sizeof(m)));
			}
			g++; row = 0; sc = ss = 0;
			last = dbi(d, i, 0);
			hseti(r, req_printf(r, "Sum.groups.%d.seq", g), g + 1);
			hset(r, req_printf(r, "Sum.groups.%d.org", g), dbv(d, i, 1));
			hset(r, req_printf(r, "Sum.groups.%d.industry", g), dbv(d, i, 2));
		}
		const char *p = req_printf(r, "Sum.groups.%d.rows.%d", g, row++);
		hset(r, req_printf(r, "%s.name", p), dbv(d, i, 3));
		hset(r, req_printf(r, "%s.cost", p), money_fmt(dbi(d, i, 4), m, sizeof(m)));
		hset(r, req_printf(r, "%s.subsidy", p), money_fmt(dbi(d, i, 5), m, sizeof(m)));
		hseti(r, req_printf(r, "Sum.groups.%d.n", g), row);
		sc += dbi(d, i, 4); ss += dbi(d, i, 5);
		tc += dbi(d, i, 4); ts += dbi(d, i, 5);
	}
	if (g >= 0) {
		hset(r, req_printf(r, "Sum.groups.%d.cost", g), money_fmt(sc, m, sizeof(m)));
		hset(r, req_printf(r, "Sum.groups.%d.subsidy", g), money_fmt(ss, m, sizeof(m)));
	}
	dbrows_free(d);
	hset(r, "Sum.cost", money_fmt(tc, m, sizeof(m)));
	hset(r, "Sum.subsidy", money_fmt(ts, m, sizeof(m)));
	d = db_query(r, "SELECT DATE_FORMAT(CURDATE(), '%Y-%m-%d')");
	hset(r, "Sum.date", cn_date(r, dbv(d, 0, 0)));
	dbrows_free(d);
	d = db_query(r, "SELECT contact_person, mobile FROM accounts WHERE id = ?", DI(r->s.account_id));
	hset(r, "Sum.filler", d && d->nrows ? dbv(d, 0, 0) : "");
	hset(r, "Sum.phone", d && d->nrows ? dbv(d, 0, 1) : "");
	dbrows_free(d);
	return page_render(r, "rec_print.cs");
}

const struct page PAGE = { "rec_print", M_GET, ROLE_CITY | ROLE_PROVINCE, 0, inputs, handle };
