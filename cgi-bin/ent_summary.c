/*
 * ent_summary - 洛阳市中小企业数字化转型试点企业推荐汇总表 (附件3): all 15
 * columns, 拟实施数字化转型方向 joined as text, 是否优质中小企业 with its
 * category.  A 县区 sees its recommendation (in its order); the 市 sees every
 * 县区 (or one) and its final list (state=selected).  format=html | csv
 * (UTF-8 BOM) | xlsx | print.  县区/市 reviewers.  GET.
 */
#include <string.h>
#include <xlsxwriter.h>
#include "summary.h"
#include "programmes/enterprise.h"

static const struct input inputs[] = {
	{ "batch", "征集批次", VT_INT, 0, 1, (1LL << 53) },
	{ "county", "县区", VT_REGION },
	{ "state", "状态", VT_KEY, 0, 0, 16 },
	{ "format", "格式", VT_KEY, 0, 0, 8 },
	{ NULL }
};

#define NCOL 15

static const char *
field(struct dbrows *d, const char *name)
{
	for (int k = 0; d && k < d->nrows; k++)
		if (!strcmp(dbv(d, k, 0), name)) return dbv(d, k, 1);
	return "";
}

static const char *
money_or_blank(struct req *r, const char *v)
{
	long long y;
	char m[32];
	if (!*v || valid_money(v, &y)) return v;
	return req_strdup(r, money_fmt(y, m, sizeof(m)));
}

/* 拟实施数字化转型方向: the ticked boxes of 第三部分 (1)-(3), with their "其他" texts */
static const char *
directions(struct req *r, struct dbrows *d)
{
	static const struct { const char *prefix, *group; } groups[] = {
		{ "e_dc_", "上云用云" }, { "e_dsw_", "工业软件" }, { "e_dpf_", "工业互联网平台" } };
	STRING s;
	char *out;

	string_init(&s);
	for (size_t g = 0; g < sizeof(groups) / sizeof(groups[0]); g++) {
		int first = 1;
		for (int i = 0; enterprise_form[i].name; i++) {
			const struct input *in = &enterprise_form[i];
			const char *label = in->label;
			if (strncmp(in->name, groups[g].prefix, strlen(groups[g].prefix)) || in->type != VT_BOOL) continue;
			if (strcmp(field(d, in->name), "1")) continue;
			if (strstr(in->name, "_other")) label = field(d, req_printf(r, "%s_text", in->name));
			string_appendf(&s, "%s%s", first ? (s.len ? "；" : "") : "、", first ? req_printf(r, "%s：%s", groups[g].group, label) : label);
			first = 0;
		}
	}
	out = req_strdup(r, s.buf ? s.buf : "");
	string_clear(&s);
	return out;
}

static int
handle(struct req *r)
{
	long long bid = batch_of_page(r, NULL);
	const char *fmt = req_str(r, "format") ? req_str(r, "format") : "html";
	const char *state = req_str(r, "state") ? req_str(r, "state") : "";
	const char *county = r->s.role == ROLE_COUNTY ? scope_code(r) : (req_str(r, "county") ? req_str(r, "county") : "");
	struct batch b;
	struct dbrows *apps;
	int st, year;
	const char *title, *area;
	const char ***rows;

	if (!bid) return 404;
	if ((st = batch_open(r, bid, &b, NULL))) return st;
	if (strcmp(state, "selected") && strcmp(state, "all")) state = "";
	{
		year = batch_param(&b, "data_year") ? batch_int(&b, "data_year") : b.year;
		struct dbrows *d = db_query(r, "SELECT name FROM regions WHERE code = ? AND ? IN (code, city_code, province_code)",
			     DS(county[0] ? county : scope_code(r)), DS(scope_code(r)));
		if (!d || d->nrows != 1) { dbrows_free(d); return 404; }
		area = req_strdup(r, dbv(d, 0, 0));
		dbrows_free(d);
	}
	apps = db_query(r,
		"SELECT p.id, a.display_name, g.name, COALESCE(i.rank_no, 0) FROM applications p"
		" JOIN accounts a ON a.id = p.account_id JOIN regions g ON g.code = p.region_code"
		" LEFT JOIN rec_items i ON i.application_id = p.id AND i.list_id IN"
		"  (SELECT l.id FROM rec_lists l WHERE l.batch_id = p.batch_id AND l.level = 'county' AND l.region_code = p.region_code)"
		" WHERE p.batch_id = ? AND ? IN (g.code, g.city_code, g.province_code) AND (? = '' OR g.code = ?)"
		" AND ((? = '' AND p.state IN ('recommended', 'selected')) OR (? = 'all' AND p.state <> 'draft') OR p.state = ?)"
		" ORDER BY g.sort, COALESCE(i.rank_no, 9999), p.id",
		DI(bid), DS(scope_code(r)), DS(county), DS(county), DS(state), DS(state), DS(state));
	if (!apps) return 500;
	rows = req_alloc(r, sizeof(*rows) * (size_t)(apps->nrows + 1));
	for (int i = 0; i < apps->nrows; i++) {
		struct dbrows *f = db_query(r, "SELECT name, value FROM app_fields WHERE application_id = ?", DI(dbi(apps, i, 0)));
		const char **c = req_alloc(r, sizeof(char *) * NCOL);
		const char *scale = enterprise_choice_label("e_scale", field(f, "e_scale"));
		const char *q = field(f, "e_quality");
		long long k;
		c[0] = req_printf(r, "%d", i + 1);
		c[1] = dbv(apps, i, 1);
		c[2] = scale ? req_printf(r, "%.6s", scale) : "";                 /* 中型企业 -> 中型 */
		c[3] = !strcmp(field(f, "e_scale2"), "above") ? "规上" : !strcmp(field(f, "e_scale2"), "below") ? "规下" : "";
		c[4] = !valid_int(field(f, "e_industry"), 1, 4, &k) && enterprise_industry(r, &b, (int)k) ? enterprise_industry(r, &b, (int)k) : "";
		c[5] = money_or_blank(r, field(f, "e_revenue"));
		c[6] = field(f, "e_profit");
		c[7] = money_or_blank(r, field(f, "e_rev_per_capita"));
		c[8] = money_or_blank(r, field(f, "e_invested"));
		c[9] = enterprise_choice_label("e_level", field(f, "e_level")) ? enterprise_choice_label("e_level", field(f, "e_level")) : "";
		c[10] = directions(r, f);
		c[11] = enterprise_choice_label("e_budget", field(f, "e_budget")) ? enterprise_choice_label("e_budget", field(f, "e_budget")) : "";
		if (!strcmp(field(f, "e_budget"), "ge200")) c[11] = req_printf(r, "%s（%s万元）", c[11], money_or_blank(r, field(f, "e_budget_amount")));
		c[12] = field(f, "e_contact");
		c[13] = field(f, "e_contact_mobile");
		c[14] = !*q ? "" : !strcmp(q, "none") ? "否" : req_printf(r, "是（%s）", enterprise_choice_label("e_quality", q));
		for (int x = 0; x < NCOL; x++) c[x] = req_strdup(r, c[x]);
		rows[i] = c;
		dbrows_free(f);
	}
	int n = apps->nrows;
	dbrows_free(apps);
	const char *heads[NCOL] = { "序号", "企业名称", "企业划型（中型、小型、微型）", "企业规模（规上、规下）", "所属行业（规定的四个行业选其一）",
		req_printf(r, "%d年营收总额（万元）", year), req_printf(r, "%d年利润（万元）", year),
		req_printf(r, "%d年人均营业收入（万元）", year), "已有数字化转型投入", "数字化水平自评测等级", "拟实施数字化转型方向",
		"实施数字化转型拟投入预算", "联系人", "联系方式",
		"是否优质中小企业（如果是，请写明类别：创新型中小企业或专精特新中小企业或专精特新小巨人企业）" };
	title = "洛阳市中小企业数字化转型试点企业推荐汇总表";
	const char *fname = req_printf(r, "%s_%s_推荐汇总表", b.title, area);
	if (!strcmp(fmt, "csv")) {
		STRING o;
		string_init(&o);
		string_append(&o, "\xEF\xBB\xBF");
		for (int c = 0; c < NCOL; c++) csv_field(&o, heads[c], c == NCOL - 1);
		for (int i = 0; i < n; i++)
			for (int c = 0; c < NCOL; c++) csv_field(&o, rows[i][c], c == NCOL - 1);
		st = page_send_bytes(r, "text/csv; charset=UTF-8", download_disposition(r, fname, "csv"), o.buf, (size_t)o.len);
		string_clear(&o);
		return st;
	}
	if (!strcmp(fmt, "xlsx")) {
		char *path;
		lxw_workbook *wb = xlsx_open(r, &path);
		if (!wb) return 500;
		lxw_worksheet *ws = workbook_add_worksheet(wb, "推荐汇总表");
		lxw_format *ft = workbook_add_format(wb), *fh = workbook_add_format(wb), *fc = workbook_add_format(wb);
		format_set_bold(ft); format_set_font_size(ft, 14); format_set_align(ft, LXW_ALIGN_CENTER);
		format_set_bold(fh); format_set_border(fh, LXW_BORDER_THIN); format_set_text_wrap(fh); format_set_align(fh, LXW_ALIGN_VERTICAL_CENTER);
		format_set_border(fc, LXW_BORDER_THIN); format_set_text_wrap(fc);
		worksheet_merge_range(ws, 0, 0, 0, NCOL - 1, title, ft);
		worksheet_merge_range(ws, 1, 0, 1, NCOL - 1, req_printf(r, "县区工信部门：%s", area), NULL);
		for (int c = 0; c < NCOL; c++) worksheet_write_string(ws, 2, (lxw_col_t)c, heads[c], fh);
		worksheet_repeat_rows(ws, 2, 2);
		for (int i = 0; i < n; i++)
			for (int c = 0; c < NCOL; c++) worksheet_write_string(ws, (lxw_row_t)i + 3, (lxw_col_t)c, rows[i][c], fc);
		worksheet_set_column(ws, 1, 1, 28, NULL);
		worksheet_set_column(ws, 10, 10, 40, NULL);
		worksheet_set_column(ws, 14, 14, 24, NULL);
		worksheet_set_landscape(ws);
		worksheet_set_paper(ws, 9);
		worksheet_fit_to_pages(ws, 1, 0);
		return xlsx_send(r, wb, path, fname);
	}
	for (int c = 0; c < NCOL; c++) hset(r, req_printf(r, "Heads.%d", c), heads[c]);
	for (int i = 0; i < n; i++)
		for (int c = 0; c < NCOL; c++) hset(r, req_printf(r, "Rows.%d.%d", i, c), rows[i][c]);
	hseti(r, "Sum.count", n);
	hset(r, "Sum.area", area);
	hset(r, "Sum.state", state);
	hset(r, "Sum.county", county);
	hset(r, "Sum.query", req_printf(r, "batch=%lld&county=%s&state=%s", bid, r->s.role == ROLE_COUNTY ? "" : county, state));
	batch_to_hdf(r, &b, "Batch");
	if (r->s.role != ROLE_COUNTY) {
		struct dbrows *d = db_query(r, "SELECT code, name FROM regions WHERE level = 'county' AND city_code = ? ORDER BY sort", DS(b.region));
		static const char *const nm[] = { "code", "name", NULL };
		db_to_hdf(r, d, "Counties", nm);
		dbrows_free(d);
	}
	return page_render(r, !strcmp(fmt, "print") ? "ent_summary_print.cs" : "ent_summary.cs");
}

const struct page PAGE = { "ent_summary", M_GET, ROLE_COUNTY | ROLE_CITY, 0, inputs, handle };
