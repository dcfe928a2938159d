/*
 * province - 各盟市推荐: the 自治区 overview of a batch: per 盟市, whether its
 * recommendation is in (with the joint document), how many platforms and
 * sub-industries it recommends, where its applications stand, and which
 * 盟市 are still missing before the deadline; counts per sub-industry.
 * 自治区 administrator.  GET ?batch=N (default: the newest batch).
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "batch", "申报批次", VT_INT, 0, 1, (1LL << 53) },
	{ NULL }
};

static int
handle(struct req *r)
{
	struct batch b;
	struct dbrows *d;
	long long bid = batch_of_page(r, NULL);
	int st, missing = 0;
	static const char *const names[] = { "code", "name", "state", "submitted_at", "doc_no", "items", "subs",
					      "apps", "waiting", "passed", NULL };
	static const char *const sn[] = { "seq", "name", "cities", "platforms", NULL };

	if (!bid) return page_render(r, "province.cs");
	if ((st = batch_open(r, bid, &b, NULL))) return st;
	batch_to_hdf(r, &b, "Batch");
	d = db_query(r,
		"SELECT c.code, c.name, COALESCE(r.state, 'none'), COALESCE(DATE_FORMAT(r.submitted_at, '%Y-%m-%d %H:%i'), ''),"
		" COALESCE(r.doc_no, ''),"
		" (SELECT COUNT(*) FROM rec_items i WHERE i.list_id = r.id),"
		" (SELECT COUNT(DISTINCT i.grp) FROM rec_items i WHERE i.list_id = r.id),"
		" (SELECT COUNT(*) FROM applications p JOIN regions g ON g.code = p.region_code"
		"   WHERE p.batch_id = ? AND g.city_code = c.code AND p.state <> 'draft'),"
		" (SELECT COUNT(*) FROM applications p JOIN regions g ON g.code = p.region_code"
		"   WHERE p.batch_id = ? AND g.city_code = c.code AND p.state IN ('submitted', 'county_passed')),"
		" (SELECT COUNT(*) FROM applications p JOIN regions g ON g.code = p.region_code"
		"   WHERE p.batch_id = ? AND g.city_code = c.code AND p.state = 'city_passed')"
		" FROM regions c LEFT JOIN rec_lists r ON r.region_code = c.code AND r.batch_id = ? AND r.level = 'city'"
		" WHERE c.level = 'city' AND c.province_code = ? ORDER BY c.sort",
		DI(bid), DI(bid), DI(bid), DI(bid), DS(b.region));
	if (!d) return 500;
	db_to_hdf(r, d, "Cities", names);
	for (int i = 0; i < d->nrows; i++) missing += strcmp(dbv(d, i, 2), "submitted") != 0;
	hseti(r, "Overview.missing", missing);
	hseti(r, "Overview.cities", d->nrows);
	d = db_query(r,
		"SELECT s.seq, s.name, COUNT(DISTINCT r.region_code), COUNT(*) FROM rec_items i"
		" JOIN rec_lists r ON r.id = i.list_id JOIN sub_industries s ON s.seq = i.grp"
		" WHERE r.batch_id = ? AND r.level = 'city' AND r.state = 'submitted' GROUP BY s.seq, s.name ORDER BY s.seq", DI(bid));
	if (!d) return 500;
	db_to_hdf(r, d, "BySub", sn);
	return page_render(r, "province.cs");
}

const struct page PAGE = { "province", M_GET, ROLE_PROVINCE, 0, inputs, handle };
