/*
 * kpi - 绩效评价目标表 (附件4) over the filtered set of the 汇总表: per
 * indicator the count, mean, minimum and maximum of 期初值 and 目标值, and
 * every platform's own table (附件4's five columns).  One table each
 * (lib/table.c): format=html | csv (UTF-8 BOM, the aggregate) | xlsx (the
 * aggregate) | print | pdf (both).  Reviewers of every level, scoped like
 * the 汇总表.  GET.
 */
#include <stdio.h>
#include <string.h>
#include "summary.h"
#include "doc.h"

static const struct input inputs[] = {
	SUM_FILTER_INPUTS,
	{ NULL }
};

struct stat1 { long long n, sum, min, max; };
struct plat { const char *org, *city, *v[14][2]; };

static void
add(struct stat1 *s, long long v)
{
	if (!s->n || v < s->min) s->min = v;
	if (!s->n || v > s->max) s->max = v;
	s->n++;
	s->sum += v;
}

static const char *
plat_value(struct req *r, void *ctx, int i, int target)
{
	(void)r;
	const char *v = ((struct plat *)ctx)->v[i][target];
	return v ? v : "";
}

/* the aggregate: two header rows as 附件4's columns grouped under 期初值 and 目标值 */
static void
aggregate(struct req *r, struct table *t, struct stat1 (*ag)[2], int nplat, int year)
{
	static const char *const four[] = { "填报数", "平均", "最小", "最大" };

	table_init(r, t, platform_kpi_cols, KPIC_N);
	t->docno = "附4";
	t->title = req_printf(r, "%d年绩效评价目标表（汇总，%d个服务平台）", year, nplat);
	t->landscape = 1;
	table_head_rows(t, 2);
	for (int c = 0; c < 4; c++) table_head_cell(t, 0, c, 2, 1, platform_kpi_cols[c].head);
	table_head_cell(t, 0, 4, 1, 4, "期初值");
	table_head_cell(t, 0, 8, 1, 4, "目标值");
	for (int c = 0; c < 8; c++) table_head_cell(t, 1, 4 + c, 1, 1, four[c % 4]);
	platform_kpi_rows(r, t, 0, NULL, NULL);
	for (int k = 0; k < 14; k++) {
		table_text(t, k, KPIC_UNIT, platform_kpi_unit(k));
		for (int w = 0; w < 2; w++) {
			const struct stat1 *s = &ag[k][w];
			int c = 4 + 4 * w;
			table_num(t, k, c, s->n);
			if (!s->n) continue;
			table_num(t, k, c + 1, (s->sum * 2 + s->n) / (2 * s->n));     /* hundredths, rounded half up */
			table_num(t, k, c + 2, s->min);
			table_num(t, k, c + 3, s->max);
		}
	}
}

static void
plat_table(struct req *r, struct table *t, struct plat *p)
{
	table_init(r, t, platform_kpi_form_cols, 5);
	t->title = req_printf(r, "%s（%s）", p->org, p->city);
	platform_kpi_rows(r, t, 3, plat_value, p);
}

static int
handle(struct req *r)
{
	struct sum_filter f;
	struct batch b;
	struct stat1 ag[14][2];
	struct plat *pl;
	struct table agg, *pt;
	struct dbrows *d;
	const char *fmt = req_str(r, "format") ? req_str(r, "format") : "html";
	int st, np = -1;
	long long last = 0;

	sum_filter_read(r, &f);
	if (!f.batch) return 404;
	if ((st = batch_open(r, f.batch, &b, NULL))) return st;
	memset(ag, 0, sizeof(ag));
	d = db_query(r,
		"SELECT p.id, a.display_name, c.name, f.name, f.value"
		" FROM applications p JOIN accounts a ON a.id = p.account_id JOIN regions g ON g.code = p.region_code"
		" JOIN regions c ON c.code = g.city_code JOIN app_fields f ON f.application_id = p.id AND f.name LIKE 'kpi\\_%'"
		" WHERE p.batch_id = ? AND ? IN (g.code, g.city_code, g.province_code)"
		" AND ((? = '' AND p.state IN ('recommended', 'proposed', 'recognised'))"
		"      OR (? = 'all' AND p.state <> 'draft') OR p.state = ?)"
		" AND (? = '' OR g.city_code = ? OR g.code = ?) AND (? = 0 OR p.sub_industry = ?)"
		" ORDER BY c.sort, p.sub_industry, p.id",
		DI(f.batch), DS(scope_code(r)), DS(f.state), DS(f.state), DS(f.state),
		DS(f.city), DS(f.city), DS(f.city), DI(f.sub), DI(f.sub));
	if (!d) return 500;
	pl = req_alloc(r, sizeof(*pl) * (size_t)(d->nrows + 1));
	for (int i = 0; i < d->nrows; i++) {
		const char *name = dbv(d, i, 3), *val = dbv(d, i, 4);
		long long v;
		int k, target;
		if (dbi(d, i, 0) != last) {
			last = dbi(d, i, 0);
			np++;
			pl[np].org = req_strdup(r, dbv(d, i, 1));
			pl[np].city = req_strdup(r, dbv(d, i, 2));
		}
		/* our own field names: kpi_<1..14>_base | kpi_<1..14>_target */
		if (sscanf(name, "kpi_%d_", &k) != 1 || k < 1 || k > 14) continue;
		target = strstr(name, "_target") != NULL;
		pl[np].v[k - 1][target] = req_strdup(r, val);
		if (!*val || valid_decimal2(val, &v)) continue;
		add(&ag[k - 1][target], v);
	}
	aggregate(r, &agg, ag, np + 1, b.year);
	const char *fname = req_printf(r, "%s_绩效评价目标表", b.title);
	if (!strcmp(fmt, "csv")) return table_send_csv(r, &agg, fname);
	if (!strcmp(fmt, "xlsx")) return table_send_xlsx(r, &agg, "绩效评价目标表", fname);
	pt = req_alloc(r, sizeof(*pt) * (size_t)(np + 2));
	for (int i = 0; i <= np; i++) plat_table(r, &pt[i], &pl[i]);
	if (!strcmp(fmt, "html")) {
		table_to_hdf(r, &agg, "T", 0);
		for (int i = 0; i <= np; i++) table_to_hdf(r, &pt[i], req_printf(r, "Plat.%d.t", i), 0);
		hseti(r, "Kpi.platforms", np + 1);
		batch_to_hdf(r, &b, "Batch");
		sum_filter_to_hdf(r, &f);
		st = page_render(r, "kpi.cs");
	} else {
		struct doc dc;
		doc_init(r, &dc, req_printf(r, "绩效评价目标表 - %s", b.title));
		dc.landscape = 1;
		doc_table(&dc, &agg);
		for (int i = 0; i <= np; i++) {
			if (i == 0) doc_page(&dc, 0);
			doc_table(&dc, &pt[i]);
			doc_add(&dc, D_SPACE, NULL, NULL)->mm = 5;
		}
		dc.margin = req_printf(r, "绩效评价目标表 · %s", b.title);
		dc.back_href = req_printf(r, "/cgi-bin/kpi.cgi?%s", sum_filter_query(r, &f));
		dc.back_label = "返回绩效评价目标表";
		dc.self = dc.back_href;
		st = doc_answer(r, &dc, fmt, fname, 0);
	}
	return st;
}

const struct page PAGE = { "kpi", M_GET, ROLE_REVIEWER, PAGE_THREADS, inputs, handle };
