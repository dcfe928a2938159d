/*
 * cc_dash - 长春's 工作看板 for a 县（市）区 (its region) and the 市 (all, and per 县（市）区): one batch of the
 * programme whose page it is (batch_of_page), every number read through SQL with the session's scope in the
 * WHERE, every table through the one table writer (so the screen, CSV and XLSX agree):
 *   projects per stage (the registry's stages, in order) and state (in the programme's words);
 *   per 县（市）区 (the 市 only): 入库, 咨询诊断, overdue 咨询诊断报告 (report_days after the service), 备案入库,
 *     评测认定, 验收通过;
 *   the level before transformation (the 服务商's 自评测, 咨询诊断) and after (水平评测, confirmed by the 市);
 *   per 服务商: projects, overdue reports, the enterprises' ratings, 验收 pass rate (the 验收 stage's projects
 *     passed over those decided; "—" when none is decided);
 *   progress against 实施细则 第二章's target (the batch parameter target) as target vs now.
 * Every count links to the list it counts (cc_export.cgi's list of a stage and state, diag.cgi's overdue).
 * GET [batch=N] [format=csv|xlsx&part=stages|counties|levels|providers|targets]
 */
#include <string.h>
#include "programmes/changchun.h"
#include "table.h"

static const struct input inputs[] = {
	{ "batch", "批次", VT_INT, 0, 1, (1LL << 53) },
	{ "format", "格式", VT_KEY, 0, 0, 8 },
	{ "part", "表", VT_KEY, 0, 0, 16 },
	{ NULL }
};

/* the report is overdue: no report and today past completed_on + report_days (diag.cgi's clock) */
#define OVERDUE "(d.report_id IS NULL AND CURDATE() > DATE_ADD(d.completed_on, INTERVAL d.report_days DAY))"
/* the applications of the batch in the session's scope */
#define SCOPED " JOIN regions g ON g.code = p.region_code WHERE p.batch_id = ? AND ? IN (g.code, g.city_code, g.province_code)"

static void
count_cell(struct table *t, int y, int c, long long n, const char *href)
{
	table_num(t, y, c, n);
	if (href && n) table_x(t, y, c)->href = href;
}

static const char *
list_href(struct req *r, const struct batch *b, const char *stage, const char *state, const char *more)
{
	return req_printf(r, "/cgi-bin/cc_export.cgi?batch=%lld&stage=%s&state=%s%s", b->id, stage, state, more ? more : "");
}

/* 1. per stage and state */
static int
stages_table(struct req *r, const struct programme *p, const struct batch *b, struct table *t)
{
	static const struct tcol cols[] = {
		{ "阶段", NULL, TC_TEXT, TC_GROUP, 10 }, { "状态", NULL, TC_TEXT, 0, 22 }, { "项目数", NULL, TC_INT, TC_SUM, 6 },
	};
	struct dbrows *d = db_query(r, "SELECT p.stage, p.state, COUNT(*) FROM applications p" SCOPED
				       " GROUP BY p.stage, p.state ORDER BY MIN(p.id)", DI(b->id), DS(scope_code(r)));
	if (!d) return -1;
	table_init(r, t, cols, 3);
	t->title = "各阶段项目数";
	t->empty = "本批次暂无项目。";
	for (const struct stage *st = p->stages; st->key; st++) {
		int any = 0;
		for (int i = 0; i < d->nrows; i++) {
			int y;
			if (strcmp(dbv(d, i, 0), st->key)) continue;
			if (!any++) table_group_begin(t);
			y = table_row(t);
			table_text(t, y, 0, st->title);
			table_text(t, y, 1, programme_state_label(r, p, dbv(d, i, 1)));
			count_cell(t, y, 2, dbi(d, i, 2), list_href(r, b, st->key, dbv(d, i, 1), NULL));
		}
		if (any) table_group_end(t, 1, "小计");
	}
	return 0;
}

/* 2. per 县（市）区: the 市 sees each of its own, a 县（市）区 its own row */
static int
counties_table(struct req *r, const struct batch *b, struct table *t)
{
	static const struct tcol cols[] = {
		{ "县（市）区", NULL, TC_TEXT, 0, 10 }, { "入库企业", NULL, TC_INT, TC_SUM, 6 }, { "咨询诊断", NULL, TC_INT, TC_SUM, 6 },
		{ "诊断报告逾期", NULL, TC_INT, TC_SUM, 7 }, { "备案入库", NULL, TC_INT, TC_SUM, 6 }, { "评测认定", NULL, TC_INT, TC_SUM, 6 },
		{ "验收通过", NULL, TC_INT, TC_SUM, 6 },
	};
	struct dbrows *d = db_query(r,
		"SELECT g.code, g.name, COALESCE(SUM(p.stage = 'apply' AND p.state = 'listed'), 0),"
		" COALESCE(SUM(p.stage = 'diagnosis'), 0), COALESCE(SUM(p.stage = 'diagnosis' AND " OVERDUE "), 0),"
		" COALESCE(SUM(p.stage = 'filing' AND p.state = 'filed'), 0), COALESCE(SUM(p.stage = 'evaluation' AND p.state = 'evaluated'), 0),"
		" COALESCE(SUM(p.stage = 'accept' AND p.state = 'passed'), 0)"
		" FROM regions g LEFT JOIN applications p ON p.region_code = g.code AND p.batch_id = ?"
		" LEFT JOIN diagnoses d ON d.application_id = p.id"
		" WHERE g.level = 'county' AND ? IN (g.code, g.city_code, g.province_code) AND ? IN (g.city_code, g.province_code)"
		" GROUP BY g.code, g.name, g.sort ORDER BY g.sort",
		DI(b->id), DS(scope_code(r)), DS(b->region));
	static const char *const what[][2] = { { "apply", "listed" }, { "diagnosis", "" }, { NULL, NULL }, { "filing", "filed" },
					       { "evaluation", "evaluated" }, { "accept", "passed" } };
	if (!d) return -1;
	table_init(r, t, cols, 7);
	t->title = "各县（市）区";
	for (int i = 0; i < d->nrows; i++) {
		int y = table_row(t);
		const char *more = req_printf(r, "&county=%s", dbv(d, i, 0));
		table_text(t, y, 0, dbv(d, i, 1));
		for (int c = 0; c < 6; c++)
			count_cell(t, y, c + 1, dbi(d, i, c + 2), what[c][0] ? list_href(r, b, what[c][0], what[c][1], more)
				   : req_printf(r, "/cgi-bin/diag.cgi?overdue=1&county=%s", dbv(d, i, 0)));
	}
	if (d->nrows > 1) table_total(t, "合计");
	return 0;
}

/* 3. levels: before (自评测, 咨询诊断报告) and after (水平评测, 复核认定) */
static int
levels_table(struct req *r, const struct programme *p, const struct batch *b, struct table *t)
{
	static const struct tcol cols[] = {
		{ "数字化水平等级", NULL, TC_TEXT, 0, 10 }, { "改造前（服务商自评测）", NULL, TC_INT, TC_SUM, 10 },
		{ "改造后（水平评测认定）", NULL, TC_INT, TC_SUM, 10 },
	};
	const struct stage *ds = programme_stage(p, "diagnosis");
	struct dbrows *d = db_query(r,
		"SELECT 0, d.level_before, COUNT(*) FROM diagnoses d JOIN applications p ON p.id = d.application_id" SCOPED
		" AND d.level_before IS NOT NULL GROUP BY d.level_before"
		" UNION ALL SELECT 1, e.level, COUNT(*) FROM evaluations e JOIN applications p ON p.id = e.application_id" SCOPED
		" AND p.state = 'evaluated' AND e.level IS NOT NULL GROUP BY e.level",
		DI(b->id), DS(scope_code(r)), DI(b->id), DS(scope_code(r)));
	if (!d || !ds) return -1;
	table_init(r, t, cols, 3);
	t->title = "数字化水平等级分布（家）";
	for (const struct choice *c = ds->choices; c->field; c++) {
		if (strcmp(c->field, "level_before")) continue;
		for (int k = 0; c->opts[k]; k += 2) {
			int y = table_row(t);
			long long n[2] = { 0, 0 };
			for (int i = 0; i < d->nrows; i++)
				if (!strcmp(dbv(d, i, 1), c->opts[k])) n[dbi(d, i, 0)] = dbi(d, i, 2);
			table_text(t, y, 0, c->opts[k + 1]);
			table_num(t, y, 1, n[0]);
			count_cell(t, y, 2, n[1], list_href(r, b, "evaluation", "evaluated", req_printf(r, "&level=%s", c->opts[k])));
		}
	}
	table_total(t, "合计");
	return 0;
}

/* 4. per 服务商 */
static int
providers_table(struct req *r, const struct batch *b, struct table *t)
{
	static const struct tcol cols[] = {
		{ "服务商", NULL, TC_TEXT, 0, 14 }, { "咨询诊断项目", NULL, TC_INT, TC_SUM, 6 }, { "诊断报告逾期", NULL, TC_INT, TC_SUM, 6 },
		{ "企业评价：满意", NULL, TC_INT, TC_SUM, 6 }, { "基本满意", NULL, TC_INT, TC_SUM, 6 }, { "不满意", NULL, TC_INT, TC_SUM, 6 },
		{ "验收通过", NULL, TC_INT, TC_SUM, 6 }, { "验收已办结", NULL, TC_INT, TC_SUM, 6 }, { "验收通过率", NULL, TC_TEXT, 0, 7 },
	};
	struct dbrows *d = db_query(r,
		"SELECT v.id, v.display_name, COUNT(*), COALESCE(SUM(" OVERDUE "), 0), COALESCE(SUM(d.rating = 'satisfied'), 0),"
		" COALESCE(SUM(d.rating = 'basic'), 0), COALESCE(SUM(d.rating = 'unsatisfied'), 0),"
		" COALESCE(SUM(x.state = 'passed'), 0), COUNT(x.id)"
		" FROM diagnoses d JOIN applications p ON p.id = d.application_id JOIN accounts v ON v.id = d.provider_id"
		" LEFT JOIN applications x ON x.project_id = p.project_id AND x.stage = 'accept' AND x.state IN ('passed', 'failed')"
		SCOPED " GROUP BY v.id, v.display_name ORDER BY CONVERT(v.display_name USING gbk)",
		DI(b->id), DS(scope_code(r)));
	if (!d) return -1;
	table_init(r, t, cols, 9);
	t->title = "各服务商";
	t->empty = "暂无企业选定服务商。";
	for (int i = 0; i < d->nrows; i++) {
		int y = table_row(t);
		const char *pv = dbv(d, i, 0);
		long long passed = dbi(d, i, 7), decided = dbi(d, i, 8);
		table_text(t, y, 0, dbv(d, i, 1));
		count_cell(t, y, 1, dbi(d, i, 2), req_printf(r, "/cgi-bin/diag.cgi?provider=%s", pv));
		count_cell(t, y, 2, dbi(d, i, 3), req_printf(r, "/cgi-bin/diag.cgi?provider=%s&overdue=1", pv));
		for (int c = 3; c < 6; c++) table_num(t, y, c, dbi(d, i, c + 1));
		count_cell(t, y, 6, passed, list_href(r, b, "accept", "passed", req_printf(r, "&provider=%s", pv)));
		count_cell(t, y, 7, decided, list_href(r, b, "accept", "passed,failed", req_printf(r, "&provider=%s", pv)));
		table_text(t, y, 8, decided ? req_printf(r, "%lld%%", (passed * 100) / decided) : "—");
	}
	return 0;
}

/* 5. 实施细则 第二章: target vs now (the batch's target; the steps a project takes toward it) */
static int
targets_table(struct req *r, const struct batch *b, struct table *t)
{
	static const struct tcol cols[] = {
		{ "进度", NULL, TC_TEXT, 0, 16 }, { "目标（家）", NULL, TC_INT, 0, 6 }, { "当前（家）", NULL, TC_INT, 0, 6 },
		{ "完成比例", NULL, TC_TEXT, 0, 6 },
	};
	static const char *const rows[][3] = {
		{ "入选试点企业库", "apply", "listed" }, { "咨询诊断验收通过", "diagnosis", "diagnosed" },
		{ "数字化改造备案入库", "filing", "filed" }, { "水平评测复核认定", "evaluation", "evaluated" },
		{ "其中评测二级及以上", "evaluation", "evaluated" }, { "项目验收通过（实现数字化转型升级）", "accept", "passed" },
	};
	long long target = batch_int(b, "target");
	struct dbrows *d = db_query(r,
		"SELECT COALESCE(SUM(p.stage = 'apply' AND p.state = 'listed'), 0), COALESCE(SUM(p.stage = 'diagnosis' AND p.state = 'diagnosed'), 0),"
		" COALESCE(SUM(p.stage = 'filing' AND p.state = 'filed'), 0), COALESCE(SUM(p.stage = 'evaluation' AND p.state = 'evaluated'), 0),"
		" COALESCE(SUM(p.stage = 'evaluation' AND p.state = 'evaluated' AND e.level IN ('2', '3', '4')), 0),"
		" COALESCE(SUM(p.stage = 'accept' AND p.state = 'passed'), 0)"
		" FROM applications p LEFT JOIN evaluations e ON e.application_id = p.id" SCOPED, DI(b->id), DS(scope_code(r)));
	if (!d || d->nrows != 1) return -1;
	table_init(r, t, cols, 4);
	t->title = "工作目标进度（实施细则 第二章）";
	for (int i = 0; i < 6; i++) {
		int y = table_row(t);
		long long n = dbi(d, 0, i);
		table_text(t, y, 0, rows[i][0]);
		table_num(t, y, 1, target);
		count_cell(t, y, 2, n, list_href(r, b, rows[i][1], rows[i][2], i == 4 ? "&level=2,3,4" : NULL));
		table_text(t, y, 3, target > 0 ? req_printf(r, "%lld.%lld%%", n * 100 / target, (n * 1000 / target) % 10) : "—");
	}
	table_note(t, req_printf(r, "目标：到2025年推动四个细分行业%lld家中小企业实现数字化转型升级（实施细则 第二章；本批次参数“试点企业目标数”）。", target));
	table_note(t, "第二章的其他目标（市级及以上数字化转型标杆企业26个、数字化车间及智能工厂26个、典型案例15个、典型做法及模式10个、“链式”转型模式5个）不在本系统登记。");
	return 0;
}

static int
handle(struct req *r)
{
	static const char *const parts[] = { "stages", "counties", "levels", "providers", "targets", NULL };
	static const char *const sheets[] = { "各阶段项目数", "各县（市）区", "等级分布", "各服务商", "目标进度" };
	const struct programme *p;
	struct batch b;
	struct table t[5];
	const char *fmt = req_str(r, "format"), *part = req_str(r, "part");
	long long bid = batch_of_page(r, &p);
	int st, county = r->s.role == ROLE_COUNTY;

	if (!bid) return 404;
	if ((st = batch_open(r, bid, &b, NULL))) return st;
	if (stages_table(r, p, &b, &t[0]) || counties_table(r, &b, &t[1]) || levels_table(r, p, &b, &t[2]) ||
	    providers_table(r, &b, &t[3]) || targets_table(r, &b, &t[4]))
		return 500;
	if (fmt && strcmp(fmt, "html")) {
		int k = -1;
		for (int i = 0; part && parts[i]; i++)
			if (!strcmp(parts[i], part)) k = i;
		if (k < 0) return 404;
		const char *fname = req_printf(r, "%s_%s", b.title, sheets[k]);
		if (!strcmp(fmt, "csv")) return table_send_csv(r, &t[k], fname);
		if (!strcmp(fmt, "xlsx")) return table_send_xlsx(r, &t[k], sheets[k], fname);
		return 404;
	}
	for (int i = 0; i < 5; i++) {
		if (i == 1 && county) continue;
		table_to_hdf(r, &t[i], req_printf(r, "Dash.%s", parts[i]), 0);
	}
	batch_to_hdf(r, &b, "Batch");
	return page_render(r, "cc_dash.cs");
}

const struct page PAGE = { "cc_dash", M_GET, ROLE_COUNTY | ROLE_CITY, 0, inputs, handle };
