/*
 * summary - 汇总表 (附件3) for the 自治区 (all), a 盟市 (its 推荐汇总表) or a
 * 旗县区 (its own), with filters: batch, 盟市/旗县区, sub-industry, state.
 * format=html (default) | csv (UTF-8 with BOM) | xlsx | print (A4
 * landscape): the same rows and totals in each.  Every 奖补资金额 opens to
 * show its inputs, rule, clause and result; rule breaks are flagged, never
 * corrected.  Reviewers of every level.  GET.
 */
#include <string.h>
#include "summary.h"

static const struct input inputs[] = {
	{ "batch", "申报批次", VT_INT, 0, 1, (1LL << 53) },
	{ "city", "地区", VT_REGION },
	{ "sub", "细分行业", VT_INT, 0, 1, 100 },
	{ "state", "状态", VT_KEY, 0, 0, 24 },
	{ "format", "格式", VT_KEY, 0, 0, 8 },
	{ NULL }
};

static int
csv(struct req *r, const struct summary *s, const char *fname)
{
	STRING o;
	char m[32];
	int st;

	string_init(&o);
	string_append(&o, "\xEF\xBB\xBF");              /* BOM: Excel reads UTF-8 */
	csv_field(&o, "序号", 0); csv_field(&o, "企业名称（服务平台）", 0); csv_field(&o, "对应行业", 0);
	csv_field(&o, "试点企业名称", 0); csv_field(&o, "实际改造成本（万元）", 0); csv_field(&o, "奖补资金额（万元）", 0);
	csv_field(&o, "盟市", 0); csv_field(&o, "审核状态", 0); csv_field(&o, "规则检查", 1);
	for (int i = 0; i < s->ngroups; i++) {
		const struct sum_group *g = &s->groups[i];
		char seq[16];
		snprintf(seq, sizeof(seq), "%d", i + 1);
		for (int k = 0; k < g->n; k++) {
			const struct sum_row *x = &s->rows[g->first + k];
			csv_field(&o, seq, 0); csv_field(&o, g->org, 0); csv_field(&o, g->industry, 0); csv_field(&o, x->name, 0);
			csv_field(&o, money_fmt(x->cost, m, sizeof(m)), 0); csv_field(&o, money_fmt(x->subsidy, m, sizeof(m)), 0);
			csv_field(&o, g->city, 0); csv_field(&o, state_label(g->state), 0);
			csv_field(&o, x->over_cap ? "奖补资金额超过上限" : "", 1);
		}
		csv_field(&o, seq, 0); csv_field(&o, g->org, 0); csv_field(&o, g->industry, 0); csv_field(&o, "小计", 0);
		csv_field(&o, money_fmt(g->cost, m, sizeof(m)), 0); csv_field(&o, money_fmt(g->subsidy, m, sizeof(m)), 0);
		csv_field(&o, g->city, 0); csv_field(&o, state_label(g->state), 0);
		csv_field(&o, g->over_total ? "合计超过每个服务平台上限" : g->few ? "服务企业数少于申报条件（六）" : "", 1);
	}
	csv_field(&o, "", 0); csv_field(&o, "合计", 0); csv_field(&o, "", 0); csv_field(&o, "", 0);
	csv_field(&o, money_fmt(s->cost, m, sizeof(m)), 0); csv_field(&o, money_fmt(s->subsidy, m, sizeof(m)), 0);
	csv_field(&o, "", 0); csv_field(&o, "", 0); csv_field(&o, "", 1);
	st = page_send_bytes(r, "text/csv; charset=UTF-8", download_disposition(r, fname, "csv"), o.buf, (size_t)o.len);
	string_clear(&o);
	return st;
}

static int
handle(struct req *r)
{
	struct sum_filter f;
	struct batch b;
	struct summary s;
	const char *fmt = req_str(r, "format") ? req_str(r, "format") : "html";
	const char *area, *title, *authority, *date;
	struct dbrows *d;
	int st;

	sum_filter_read(r, &f);
	if (!f.batch) return page_render(r, "summary.cs");
	if ((st = batch_open(r, f.batch, &b, NULL))) return st;
	d = db_query(r, "SELECT name, level FROM regions WHERE code = ? AND ? IN (code, city_code, province_code)",
		     DS(f.city[0] ? f.city : scope_code(r)), DS(scope_code(r)));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	area = req_strdup(r, dbv(d, 0, 0));
	authority = !strcmp(dbv(d, 0, 1), "province")
		? req_printf(r, "省级中小企业主管部门：%s（盖章）", req_conf(r, "Site.Authority", "内蒙古自治区工业和信息化厅"))
		: req_printf(r, "%s中小企业主管部门：%s工业和信息化局（盖章）", !strcmp(dbv(d, 0, 1), "city") ? "盟市" : "旗县区", area);
	dbrows_free(d);
	title = req_printf(r, "%d年%s试点企业数字化转型汇总表", b.year, area);
	const char *fname = req_printf(r, "%s_%s_汇总表", b.title, area);
	if (summary_load(r, &f, &b, &s)) return 500;
	d = db_query(r, "SELECT DATE_FORMAT(CURDATE(), '%Y-%m-%d'), a.contact_person, a.mobile FROM accounts a WHERE a.id = ?",
		     DI(r->s.account_id));
	date = cn_date(r, dbv(d, 0, 0));
	const char *filler = req_strdup(r, dbv(d, 0, 1)), *phone = req_strdup(r, dbv(d, 0, 2));
	dbrows_free(d);
	if (!strcmp(fmt, "csv")) { st = csv(r, &s, fname); summary_free(&s); return st; }
	if (!strcmp(fmt, "xlsx")) {
		char *data;
		size_t len;
		st = xlsx_summary(r, &s, &b, title, authority, date, filler, phone, &data, &len);
		summary_free(&s);
		if (st) return st < 500 ? 500 : st;     /* 507 when out of space */
		return page_send_bytes(r, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				       download_disposition(r, fname, "xlsx"), data, len);
	}
	summary_to_hdf(r, &s, &b);
	summary_free(&s);
	batch_to_hdf(r, &b, "Batch");
	sum_filter_to_hdf(r, &f);
	hset(r, "Sum.title", title);
	hset(r, "Sum.authority", authority);
	hset(r, "Sum.date", date);
	hset(r, "Sum.filler", filler);
	hset(r, "Sum.phone", phone);
	return page_render(r, !strcmp(fmt, "print") ? "summary_print.cs" : "summary.cs");
}

const struct page PAGE = { "summary", M_GET, ROLE_REVIEWER, 0, inputs, handle };
