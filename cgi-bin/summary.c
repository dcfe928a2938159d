/*
 * summary - 汇总表 (附件3) for the 自治区 (all), a 盟市 (its 推荐汇总表) or a
 * 旗县区 (its own), with filters: batch, 盟市/旗县区, sub-industry, state.
 * format=html (default) | csv (UTF-8 with BOM) | xlsx | print (A4
 * landscape) | pdf: one table (lib/table.c) rendered in each, so they
 * cannot disagree.  Every 奖补资金额 opens to show its inputs, rule, clause and
 * result; rule breaks are flagged, never corrected.  The paper has 附件3's
 * columns only; 盟市 and 审核状态 are on the screen and in the CSV.
 * The screen, the CSV and the XLSX are streamed (the whole province is
 * 40,000 rows): a first read counts (the lines above the table, the
 * columns), the second sends a platform's group at a time (the XLSX writes
 * it to its file), in one snapshot, so both agree; print and PDF, documents
 * paginated whole, hold the table.
 * Reviewers of every level.  GET.
 */
#include <string.h>
#include "summary.h"
#include "doc.h"

static const struct input inputs[] = {
	SUM_FILTER_INPUTS,
	{ NULL }
};

/* a read that failed with the page half sent: said in the page, where the rows stop */
static void
cut_short(struct req *r, const struct table *t, int html)
{
	const char *m;
	int cols = 0;

	for (int c = 0; c < t->ncols; c++) cols += table_on_screen(t, c);
	m = html ? req_printf(r, "\n  <tr><td class=\"bad\" colspan=\"%d\">读取中断，本表不完整，请刷新重试。</td></tr>", cols)
		 : "\"读取中断，本表不完整，请重新导出。\"\r\n";
	resp_stream(r, m, strlen(m));
}

/* the screen, the CSV or the XLSX, a group at a time */
static int
stream(struct req *r, const struct sum_filter *f, const struct batch *b, const char *fmt)
{
	int html = !strcmp(fmt, "html"), xlsx = !strcmp(fmt, "xlsx");
	struct xlsx_out *x = NULL;
	struct summary s, s2;
	struct sum_build k;
	struct table t;
	const char *area;
	int st, rows = 1;

	memset(&s, 0, sizeof(s));
	memset(&s2, 0, sizeof(s2));
	/* one snapshot: the counts and the rows agree */
	if (db_begin(r) || summary_count(r, f, b, &s)) { st = 500; goto out; }
	summary_table_begin(r, &s, b, &t, html, &k);
	if (summary_lines(r, &t, b, f->city[0] ? f->city : scope_code(r), &area)) { st = 500; goto out; }
	if (!area) { st = 404; goto out; }
	if (xlsx) {
		if (!(x = table_xlsx_begin(r, &t, "汇总表"))) { st = 500; goto out; }
	} else if (html) {
		table_stream(&t, table_sink_html, NULL);
		summary_to_hdf(r, &s, b);
		table_to_hdf(r, &t, "T", 0);
		hset(r, "Sum.title", t.title);
		hset(r, "Sum.authority", t.lines[0].left);
		batch_to_hdf(r, b, "Batch");
		sum_filter_to_hdf(r, f);
		if ((st = page_stream_begin(r, "summary.cs", &rows)) || !rows) goto out;
	} else {
		table_stream(&t, table_sink_csv, NULL);
		resp_stream_begin(r, "text/csv; charset=UTF-8",
				  download_disposition(r, req_printf(r, "%s_%s_汇总表", b->title, area), "csv"));
		table_csv_head(r, &t);
	}
	if (summary_scan(r, f, b, &s2, summary_table_group, &k)) {
		if (!xlsx) cut_short(r, &t, html);     /* the XLSX is not sent yet: a plain 500 */
		st = 500;
		goto out;
	}
	summary_table_end(r, &k);
	st = table_flush(&t);
	if (!st && xlsx) {
		st = table_xlsx_end(r, &t, x, req_printf(r, "%s_%s_汇总表", b->title, area));
		x = NULL;               /* closed, sent or removed */
	}
out:
	table_xlsx_drop(x);
	summary_free(&s);
	summary_free(&s2);
	return st;
}

static int
handle(struct req *r)
{
	struct sum_filter f;
	struct batch b;
	struct summary s;
	struct table t;
	const char *fmt = req_str(r, "format") ? req_str(r, "format") : "html", *area;
	int st;

	sum_filter_read(r, &f);
	if (!f.batch) return page_render(r, "summary.cs");
	if ((st = batch_open(r, f.batch, &b, NULL))) return st;
	if (!strcmp(fmt, "html") || !strcmp(fmt, "csv") || !strcmp(fmt, "xlsx")) return stream(r, &f, &b, fmt);
	if (summary_load(r, &f, &b, &s)) return 500;
	summary_table(r, &s, &b, &t, 0);
	if (summary_lines(r, &t, &b, f.city[0] ? f.city : scope_code(r), &area)) { st = 500; goto out; }
	if (!area) { st = 404; goto out; }
	{
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
