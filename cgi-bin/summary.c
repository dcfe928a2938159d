/*
 * summary - 汇总表 (附件3) for the 自治区 (all), a 盟市 (its 推荐汇总表) or a
 * 旗县区 (its own), with filters: batch, 盟市/旗县区, sub-industry, state.
 * format=html (default) | csv (UTF-8 with BOM) | xlsx | print (A4
 * landscape) | pdf: one table (lib/table.c) rendered in each, so they
 * cannot disagree.  Every 奖补资金额 opens to show its inputs, rule, clause and
 * result; rule breaks are flagged, never corrected.  The paper has 附件3's
 * columns only; 盟市 and 审核状态 are on the screen and in the CSV.
 * Reviewers of every level.  GET.
 */
#include <string.h>
#include "summary.h"
#include "doc.h"

static const struct input inputs[] = {
	SUM_FILTER_INPUTS,
	{ NULL }
};

static int
handle(struct req *r)
{
	struct sum_filter f;
	struct batch b;
	struct summary s;
	struct table t;
	const char *fmt = req_str(r, "format") ? req_str(r, "format") : "html", *area;
	int st, screen = !strcmp(fmt, "html");

	sum_filter_read(r, &f);
	if (!f.batch) return page_render(r, "summary.cs");
	if ((st = batch_open(r, f.batch, &b, NULL))) return st;
	if (summary_load(r, &f, &b, &s)) return 500;
	summary_table(r, &s, &b, &t, screen);
	if (summary_lines(r, &t, &b, f.city[0] ? f.city : scope_code(r), &area)) { st = 500; goto out; }
	if (!area) { st = 404; goto out; }
	if (!strcmp(fmt, "html")) {
		summary_to_hdf(r, &s, &b);
		table_to_hdf(r, &t, "T", 0);
		hset(r, "Sum.title", t.title);
		hset(r, "Sum.authority", t.lines[0].left);
		batch_to_hdf(r, &b, "Batch");
		sum_filter_to_hdf(r, &f);
		st = page_render(r, "summary.cs");
	} else {
		const char *back = req_printf(r, "/cgi-bin/summary.cgi?%s", sum_filter_query(r, &f));
		struct table_out o = { req_printf(r, "%s_%s_汇总表", b.title, area), "汇总表",
				       req_printf(r, "%s · %s", t.title, b.title), back, "返回汇总表" };
		st = table_answer(r, &t, fmt, &o);
	}
out:
	summary_free(&s);
	return st;
}

const struct page PAGE = { "summary", M_GET, ROLE_REVIEWER | ROLE_FINANCE, PAGE_THREADS, inputs, handle };
