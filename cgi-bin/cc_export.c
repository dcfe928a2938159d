/*
 * cc_export - the results of one stage of 长春's programme (the batch of the page, batch_of_page), as a list
 * and through the one table writer as CSV, XLSX, print and PDF: the 备案 list (数字化改造备案), the 评测
 * results (水平评测: 评测机构, the four scores, total, level, the 现场 day) and, generic over the stage, any
 * other stage of the programme (咨询诊断, 申请入库, the 验收 stage when it exists): every project of the stage
 * with the columns every stage has (企业, 信用代码, 县（市、区）, 状态, 服务商, 提交 and 最近办理 days) and
 * the stage's own columns of xcols[] below (a row of SQL over the application p; a stage without rows there
 * gets the common ones).  The 县（市）区 sees its region, the 市 all (scope in SQL).
 * GET [batch=N]: the stages to choose from.
 * GET stage=KEY [state=S[,S..]] [county=CODE] [provider=N] [level=L[,L..]] [q=企业名称]
 *     [format=html|csv|xlsx|print|pdf]: the list (every row: an export is whole), the filters the
 *     dashboard's counts link with (level: the project's confirmed 水平评测 level).
 */
#include <string.h>
#include "programmes/changchun.h"
#include "doc.h"

static const struct input inputs[] = {
	{ "batch", "批次", VT_INT, 0, 1, (1LL << 53) },
	{ "stage", "阶段", VT_KEY, 0, 0, 24 },
	{ "state", "状态", VT_LINE, 0, 0, 200 },
	{ "county", "所属县（市、区）", VT_REGION },
	{ "provider", "服务商", VT_INT, 0, 1, (1LL << 53) },
	{ "level", "等级", VT_LINE, 0, 0, 40 },
	{ "q", "企业名称", VT_LINE, 0, 0, 100 },
	{ "format", "格式", VT_KEY, 0, 0, 8 },
	{ NULL }
};

/* a stage's own column: its head and type; its value either a field of the stage's form (app_fields, by
 * name: a stage whose form holds its results, as 验收's 附件4 will, gets its columns by naming them here) or
 * one of the stage records' columns every row of the list carries (W_*); the choice of the stage whose label
 * shows instead of the key (NULL: none) */
enum { W_LEVEL_BEFORE, W_COMPLETED, W_REPORTED, W_RATING, W_EVALUATOR, W_BASIS, W_OPERATION, W_MANAGEMENT, W_RESULTS,
       W_TOTAL, W_LEVEL, W_VISITED, W_PROJECT_LEVEL_BEFORE, W_K_PROVIDER, W_K_PRODUCTS, NWIDE };
struct xcol { const char *stage; struct tcol col; const char *field; int wide; const char *choice; };
#define F(name) name, -1
#define W(k) NULL, k
static const struct xcol xcols[] = {
	{ "diagnosis", { "改造前等级（自评测）", NULL, TC_TEXT, 0, 6 }, W(W_LEVEL_BEFORE), "level_before" },
	{ "diagnosis", { "完成诊断服务日期", NULL, TC_DATE, 0, 7 }, W(W_COMPLETED), NULL },
	{ "diagnosis", { "报告提交日期", NULL, TC_DATE, 0, 7 }, W(W_REPORTED), NULL },
	{ "diagnosis", { "企业评价", NULL, TC_TEXT, 0, 6 }, W(W_RATING), "rating" },
	{ "filing", { "改造项目开始日期", NULL, TC_DATE, 0, 7 }, F("f_start"), NULL },
	{ "filing", { "改造项目结束日期", NULL, TC_DATE, 0, 7 }, F("f_end"), NULL },
	{ "filing", { "改造总花费（万元）", NULL, TC_TEXT, 0, 6 }, F("f_total"), NULL },
	{ "filing", { "目标等级", NULL, TC_TEXT, 0, 5 }, F("f_target"), "f_target" },
	{ "filing", { "合作服务商", NULL, TC_TEXT, 0, 12 }, F("f_p1_name"), NULL },
	{ "filing", { "改造合同预算（万元）", NULL, TC_TEXT, 0, 6 }, F("f_k_budget"), NULL },
	{ "filing", { "改造合同签约服务商", NULL, TC_TEXT, 0, 12 }, W(W_K_PROVIDER), NULL },
	{ "filing", { "改造合同关联产品", NULL, TC_TEXT, 0, 16 }, W(W_K_PRODUCTS), NULL },
	{ "evaluation", { "评测机构", NULL, TC_TEXT, 0, 12 }, W(W_EVALUATOR), NULL },
	{ "evaluation", { "数字化基础", NULL, TC_DEC2, 0, 5 }, W(W_BASIS), NULL },
	{ "evaluation", { "数字化经营", NULL, TC_DEC2, 0, 5 }, W(W_OPERATION), NULL },
	{ "evaluation", { "数字化管理", NULL, TC_DEC2, 0, 5 }, W(W_MANAGEMENT), NULL },
	{ "evaluation", { "数字化成效", NULL, TC_DEC2, 0, 5 }, W(W_RESULTS), NULL },
	{ "evaluation", { "总分", NULL, TC_DEC2, 0, 5 }, W(W_TOTAL), NULL },
	{ "evaluation", { "评测等级", NULL, TC_TEXT, 0, 5 }, W(W_LEVEL), "level_before" },
	{ "evaluation", { "改造前等级（自评测）", NULL, TC_TEXT, 0, 6 }, W(W_PROJECT_LEVEL_BEFORE), "level_before" },
	{ "evaluation", { "现场评测日期", NULL, TC_DATE, 0, 7 }, W(W_VISITED), NULL },
	/* 资金申报 (cc_fund.c): what the 资金申报书 applies for; the audit and the 补贴 are on fund.cgi's 汇总表 */
	{ "fund", { "项目名称", NULL, TC_TEXT, 0, 12 }, F("u_project"), NULL },
	{ "fund", { "改造合同金额合计（万元）", NULL, TC_TEXT, 0, 7 }, F("u_contract"), NULL },
	{ "fund", { "已付款金额合计（万元）", NULL, TC_TEXT, 0, 7 }, F("u_paid"), NULL },
	{ "fund", { "申请审计核定的改造投入（万元）", NULL, TC_TEXT, 0, 7 }, F("u_applied"), NULL },
	{ NULL }
};
#undef F
#undef W

/* the columns every stage has */
enum { C_ORG, C_CODE, C_COUNTY, C_STATE, C_PROVIDER, C_SUBMITTED, C_LAST, NCOMMON };
static const struct tcol common[NCOMMON] = {
	{ "企业名称", NULL, TC_TEXT, 0, 14 }, { "统一社会信用代码", NULL, TC_TEXT, 0, 11 }, { "所属县（市、区）", NULL, TC_TEXT, 0, 7 },
	{ "状态", NULL, TC_TEXT, 0, 12 }, { "服务商", NULL, TC_TEXT, 0, 12 }, { "提交日期", NULL, TC_DATE, 0, 7 },
	{ "最近办理日期", NULL, TC_DATE, 0, 7 },
};

/* a form field's value of one application in f (application_id, name, value), "" when not there */
static const char *
field_of(const struct dbrows *f, const char *app, const char *name)
{
	for (int i = 0; i < f->nrows; i++)
		if (!strcmp(dbv(f, i, 0), app) && !strcmp(dbv(f, i, 1), name)) return dbv(f, i, 2);
	return "";
}

static int
choose(struct req *r, const struct programme *p, const struct batch *b)
{
	int n = 0;
	for (const struct stage *st = p->stages; st->key; st++, n++) {
		hset(r, req_printf(r, "Stages.%d.key", n), st->key);
		hset(r, req_printf(r, "Stages.%d.title", n), st->title);
	}
	batch_to_hdf(r, b, "Batch");
	return page_render(r, "cc_export.cs");
}

static int
handle(struct req *r)
{
	const struct programme *p;
	const struct stage *st;
	struct batch b;
	struct table t;
	struct tcol *cols;
	const struct xcol *xs[24];
	const char *fmt = req_str(r, "format") ? req_str(r, "format") : "html", *title, *fname, *names = "";
	const char *state = req_str(r, "state") ? req_str(r, "state") : "", *county = req_str(r, "county") ? req_str(r, "county") : "";
	const char *level = req_str(r, "level") ? req_str(r, "level") : "", *q = req_str(r, "q") ? req_str(r, "q") : "";
	long long bid = batch_of_page(r, &p), pv = req_int(r, "provider", 0);
	int nx = 0, ncols, st_;
	struct dbrows *d, *f;

	if (req_errors(r) || !bid) return 404;
	if ((st_ = batch_open(r, bid, &b, NULL))) return st_;
	if (!req_str(r, "stage")) return choose(r, p, &b);
	if (!(st = programme_stage(p, req_str(r, "stage")))) return 404;
	for (const struct xcol *x = xcols; x->stage && nx < 24; x++)
		if (!strcmp(x->stage, st->key)) {
			xs[nx++] = x;
			if (x->field) names = req_printf(r, "%s%s%s", names, *names ? "," : "", x->field);
		}
	ncols = NCOMMON + nx;
	cols = req_alloc(r, sizeof(*cols) * (size_t)ncols);
	memcpy(cols, common, sizeof(common));
	for (int i = 0; i < nx; i++) cols[NCOMMON + i] = xs[i]->col;
	/* the common columns (1 .. NCOMMON), then the stage records' (W_*) */
	d = db_query(r,
		"SELECT p.id, o.display_name, COALESCE(o.credit_code, ''), g.name, p.state, COALESCE(v.display_name, ''),"
		" COALESCE(DATE_FORMAT(p.submitted_at, '%Y-%m-%d'), ''),"
		" COALESCE((SELECT DATE_FORMAT(MAX(ev.at), '%Y-%m-%d') FROM app_events ev WHERE ev.application_id = p.id), ''),"
		" d.level_before, d.completed_on, d.reported_on, d.rating, ea.display_name, e.s_basis, e.s_operation, e.s_management,"
		" e.s_results, e.total, e.level, e.visited_on,"
		" (SELECT pd.level_before FROM diagnoses pd JOIN applications q ON q.id = pd.application_id WHERE q.project_id = p.project_id),"
		/* the 改造合同's products (数字化改造备案: f_k_products), their 服务商 */
		" (SELECT GROUP_CONCAT(DISTINCT ko.display_name) FROM app_fields kf JOIN cc_products kp ON FIND_IN_SET(kp.id, kf.value)"
		"   JOIN accounts ko ON ko.id = kp.provider_id WHERE kf.application_id = p.id AND kf.name = 'f_k_products'),"
		" (SELECT GROUP_CONCAT(kp.name ORDER BY kp.id SEPARATOR '；') FROM app_fields kf JOIN cc_products kp ON FIND_IN_SET(kp.id, kf.value)"
		"   WHERE kf.application_id = p.id AND kf.name = 'f_k_products')"
		" FROM applications p JOIN accounts o ON o.id = p.account_id JOIN regions g ON g.code = p.region_code"
		" LEFT JOIN project_parties x ON x.project_id = p.project_id AND x.role = 'provider'"
		" LEFT JOIN accounts v ON v.id = x.account_id LEFT JOIN diagnoses d ON d.application_id = p.id"
		" LEFT JOIN evaluations e ON e.application_id = p.id LEFT JOIN accounts ea ON ea.id = e.evaluator_id"
		" WHERE p.batch_id = ? AND p.stage = ? AND ? IN (g.code, g.city_code, g.province_code)"
		" AND (? = '' OR FIND_IN_SET(p.state, ?)) AND (? = '' OR g.code = ?) AND (? = 0 OR x.account_id = ?)"
		" AND (? = '' OR FIND_IN_SET((SELECT le.level FROM evaluations le JOIN applications q ON q.id = le.application_id"
		"   WHERE q.project_id = p.project_id AND q.state = 'evaluated'), ?))"
		" AND (? = '' OR o.display_name LIKE CONCAT('%', ?, '%'))"
		" ORDER BY g.sort, CONVERT(o.display_name USING gbk), p.id",
		DI(b.id), DS(st->key), DS(scope_code(r)), DS(state), DS(state), DS(county), DS(county), DI(pv), DI(pv),
		DS(level), DS(level), DS(q), DS(like_escape(r, q)));
	/* the fields of the stage's form (name, value) of these applications */
	f = db_query(r, "SELECT f.application_id, f.name, f.value FROM app_fields f JOIN applications p ON p.id = f.application_id"
			" JOIN regions g ON g.code = p.region_code WHERE p.batch_id = ? AND p.stage = ?"
			" AND ? IN (g.code, g.city_code, g.province_code) AND FIND_IN_SET(f.name, ?) ORDER BY f.application_id",
		     DI(b.id), DS(st->key), DS(scope_code(r)), DS(names));
	if (!f) return 500;
	if (!d) return 500;
	title = req_printf(r, "%s清单", st->title);
	table_init(r, &t, cols, ncols);
	t.title = title;
	t.landscape = 1;
	t.empty = "没有符合条件的项目。";
	table_line(&t, req_printf(r, "%s · %s", b.title, r->s.region_name), req_printf(r, "共 %d 项", d->nrows));
	for (int i = 0; i < d->nrows; i++) {
		int y = table_row(&t);
		for (int c = 0; c < ncols; c++) {
			const struct xcol *x = c >= NCOMMON ? xs[c - NCOMMON] : NULL;
			const char *v = !x ? dbv(d, i, c + 1) : x->field ? field_of(f, dbv(d, i, 0), x->field) : dbv(d, i, 1 + NCOMMON + x->wide);
			long long n;
			if (c == C_STATE) v = programme_state_label(r, p, v);
			if (x && x->choice && *v) {
				const char *l = choice_label(st, x->choice, v);
				if (l) v = l;
			}
			if (cols[c].type == TC_DEC2 && *v && !valid_decimal2(v, &n)) table_num(&t, y, c, n);
			else table_text(&t, y, c, v);
		}
		table_x(&t, y, C_ORG)->href = req_printf(r, "/cgi-bin/%s.cgi?id=%s", p->overview, dbv(d, i, 0));
	}
	fname = req_printf(r, "%s_%s", b.title, title);
	if (!strcmp(fmt, "csv")) return table_send_csv(r, &t, fname);
	if (!strcmp(fmt, "xlsx")) return table_send_xlsx(r, &t, st->title, fname);
	if (!strcmp(fmt, "html")) {
		table_to_hdf(r, &t, "T", 0);
		batch_to_hdf(r, &b, "Batch");
		hset(r, "Export.stage", st->key);
		hset(r, "Export.title", title);
		hset(r, "Export.query", req_printf(r, "batch=%lld&stage=%s&state=%s&county=%s&provider=%s&level=%s&q=%s", b.id,
						   st->key, url_arg(r, state), url_arg(r, county), pv ? req_printf(r, "%lld", pv) : "",
						   url_arg(r, level), url_arg(r, q)));
		hseti(r, "Export.count", d->nrows);
		return page_render(r, "cc_export.cs");
	}
	{
		struct doc dc;
		doc_init(r, &dc, req_printf(r, "%s - %s", title, b.title));
		dc.landscape = 1;
		doc_table(&dc, &t);
		dc.margin = req_printf(r, "%s · %s", title, b.title);
		dc.back_href = req_printf(r, "/cgi-bin/cc_export.cgi?batch=%lld&stage=%s", b.id, st->key);
		dc.back_label = "返回清单";
		dc.self = dc.back_href;
		return doc_answer(r, &dc, fmt, fname, 0);
	}
}

const struct page PAGE = { "cc_export", M_GET, ROLE_COUNTY | ROLE_CITY, PAGE_THREADS, inputs, handle };
