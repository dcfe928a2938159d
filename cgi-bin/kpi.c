/*
 * kpi - 绩效评价目标表 (附件4) over the filtered set of the 汇总表: per
 * indicator the count, mean, minimum and maximum of 期初值 and 目标值, and
 * every platform's own table.  format=html | csv (UTF-8 BOM) | xlsx | print.
 * Reviewers of every level, scoped like the 汇总表.  GET.
 */
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>
#include "summary.h"

static const struct input inputs[] = {
	{ "batch", "申报批次", VT_INT, 0, 1, (1LL << 53) },
	{ "city", "地区", VT_REGION },
	{ "sub", "细分行业", VT_INT, 0, 1, 100 },
	{ "state", "状态", VT_KEY, 0, 0, 24 },
	{ "format", "格式", VT_KEY, 0, 0, 8 },
	{ NULL }
};

struct stat1 { long long n, sum, min, max; };
struct agg { struct stat1 base[14], target[14]; };

static void
add(struct stat1 *s, long long v)
{
	if (!s->n || v < s->min) s->min = v;
	if (!s->n || v > s->max) s->max = v;
	s->n++;
	s->sum += v;
}

/* a mean in hundredths, rounded half up, as text with 2 decimals */
static const char *
mean(struct req *r, const struct stat1 *s)
{
	char b[32];
	if (!s->n) return "";
	return req_strdup(r, dec2_fmt((s->sum * 2 + s->n) / (2 * s->n), b, sizeof(b)));
}

static const char *
d2(struct req *r, const struct stat1 *s, int which)
{
	char b[32];
	if (!s->n) return "";
	return req_strdup(r, dec2_fmt(which ? s->max : s->min, b, sizeof(b)));
}

static int
handle(struct req *r)
{
	struct sum_filter f;
	struct batch b;
	struct agg ag;
	struct dbrows *d;
	const char *fmt = req_str(r, "format") ? req_str(r, "format") : "html";
	int st, np = -1;
	long long last = 0;

	sum_filter_read(r, &f);
	if (!f.batch) return 404;
	if ((st = batch_open(r, f.batch, &b, NULL))) return st;
	memset(&ag, 0, sizeof(ag));
	platform_kpi_to_hdf(r);
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
	for (int i = 0; i < d->nrows; i++) {
		const char *name = dbv(d, i, 3), *val = dbv(d, i, 4);
		long long v;
		int k, is_target;
		if (dbi(d, i, 0) != last) {
			last = dbi(d, i, 0);
			np++;
			hsetf(r, req_printf(r, "Plat.%d.id", np), "%lld", last);
			hset(r, req_printf(r, "Plat.%d.org", np), dbv(d, i, 1));
			hset(r, req_printf(r, "Plat.%d.city", np), dbv(d, i, 2));
		}
		/* our own field names: kpi_<1..14>_base | kpi_<1..14>_target */
		if (sscanf(name, "kpi_%d_", &k) != 1 || k < 1 || k > 14) continue;
		is_target = strstr(name, "_target") != NULL;
		hset(r, req_printf(r, "Plat.%d.v.%d.%s", np, k - 1, is_target ? "target" : "base"), val);
		if (!*val || valid_decimal2(val, &v)) continue;
		add(is_target ? &ag.target[k - 1] : &ag.base[k - 1], v);
	}
	dbrows_free(d);
	for (int k = 0; k < 14; k++) {
		const char *p = req_printf(r, "Agg.%d", k);
		hsetf(r, req_printf(r, "%s.base_n", p), "%lld", ag.base[k].n);
		hset(r, req_printf(r, "%s.base_mean", p), mean(r, &ag.base[k]));
		hset(r, req_printf(r, "%s.base_min", p), d2(r, &ag.base[k], 0));
		hset(r, req_printf(r, "%s.base_max", p), d2(r, &ag.base[k], 1));
		hsetf(r, req_printf(r, "%s.target_n", p), "%lld", ag.target[k].n);
		hset(r, req_printf(r, "%s.target_mean", p), mean(r, &ag.target[k]));
		hset(r, req_printf(r, "%s.target_min", p), d2(r, &ag.target[k], 0));
		hset(r, req_printf(r, "%s.target_max", p), d2(r, &ag.target[k], 1));
	}
	hseti(r, "Kpi.platforms", np + 1);
	batch_to_hdf(r, &b, "Batch");
	sum_filter_to_hdf(r, &f);
	const char *fname = req_printf(r, "%s_绩效评价目标表", b.title);
	if (!strcmp(fmt, "csv") || !strcmp(fmt, "xlsx")) {
		HDF *kp = hdf_get_obj(r->hdf, "KPI"), *ap = hdf_get_obj(r->hdf, "Agg");
		static const char *const heads[] = { "一级指标", "二级指标", "三级指标", "单位", "期初值 填报数", "期初值 平均",
			"期初值 最小", "期初值 最大", "目标值 填报数", "目标值 平均", "目标值 最小", "目标值 最大" };
		static const char *const keys[] = { "base_n", "base_mean", "base_min", "base_max", "target_n", "target_mean",
						    "target_min", "target_max" };
		if (!strcmp(fmt, "csv")) {
			STRING o;
			string_init(&o);
			string_append(&o, "\xEF\xBB\xBF");
			for (int c = 0; c < 12; c++) csv_field(&o, heads[c], c == 11);
			for (int k = 0; k < 14; k++) {
				HDF *kr = hdf_get_obj(kp, req_printf(r, "%d", k)), *ar = hdf_get_obj(ap, req_printf(r, "%d", k));
				csv_field(&o, hdf_get_value(kr, "g1", ""), 0); csv_field(&o, hdf_get_value(kr, "g2", ""), 0);
				csv_field(&o, hdf_get_value(kr, "g3", ""), 0); csv_field(&o, hdf_get_value(kr, "unit", ""), 0);
				for (int c = 0; c < 8; c++) csv_field(&o, hdf_get_value(ar, keys[c], ""), c == 7);
			}
			st = page_send_bytes(r, "text/csv; charset=UTF-8", download_disposition(r, fname, "csv"), o.buf, (size_t)o.len);
			string_clear(&o);
			return st;
		}
		char *path;
		lxw_workbook *wb = xlsx_open(r, &path);
		if (!wb) return 500;
		lxw_worksheet *ws = workbook_add_worksheet(wb, "绩效评价目标表");
		lxw_format *fh = workbook_add_format(wb), *fb = workbook_add_format(wb), *fn = workbook_add_format(wb);
		format_set_bold(fh); format_set_border(fh, LXW_BORDER_THIN); format_set_text_wrap(fh);
		format_set_border(fb, LXW_BORDER_THIN);
		format_set_border(fn, LXW_BORDER_THIN); format_set_num_format(fn, "0.00");
		worksheet_merge_range(ws, 0, 0, 0, 11, req_printf(r, "%d年绩效评价目标表（汇总，%d个服务平台）", b.year, np + 1), fh);
		for (int c = 0; c < 12; c++) worksheet_write_string(ws, 1, (lxw_col_t)c, heads[c], fh);
		worksheet_repeat_rows(ws, 1, 1);
		for (int k = 0; k < 14; k++) {
			HDF *kr = hdf_get_obj(kp, req_printf(r, "%d", k)), *ar = hdf_get_obj(ap, req_printf(r, "%d", k));
			static const char *const g[] = { "g1", "g2", "g3", "unit" };
			for (int c = 0; c < 4; c++) worksheet_write_string(ws, (lxw_row_t)k + 2, (lxw_col_t)c, hdf_get_value(kr, g[c], ""), fb);
			for (int c = 0; c < 8; c++) {
				const char *v = hdf_get_value(ar, keys[c], "");
				long long x;
				if (*v && !valid_decimal2(v, &x)) worksheet_write_number(ws, (lxw_row_t)k + 2, (lxw_col_t)c + 4, (double)x / 100.0, fn);
				else worksheet_write_blank(ws, (lxw_row_t)k + 2, (lxw_col_t)c + 4, fb);
			}
		}
		worksheet_set_column(ws, 0, 2, 22, NULL);
		worksheet_set_landscape(ws);
		worksheet_set_paper(ws, 9);
		worksheet_fit_to_pages(ws, 1, 0);
		return xlsx_send(r, wb, path, fname);
	}
	return page_render(r, !strcmp(fmt, "print") ? "kpi_print.cs" : "kpi.cs");
}

const struct page PAGE = { "kpi", M_GET, ROLE_REVIEWER, 0, inputs, handle };
