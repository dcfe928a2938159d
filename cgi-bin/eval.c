/*
 * eval - 水平评测 (长春 实施细则 第四章（四）): the stage whose rows name this page (cc_life.c).
 * GET without id: the projects in this stage the session may see -- the enterprise its own, the 评测机构
 *     those assigned to it, a 县（市）区 / 市 those of its region -- with the 评测机构, the total and level;
 *     search, sort, pages.
 * GET ?id=N: one project's 水平评测: the 评测机构, the four dimensions with their maxima (batch parameters),
 *     the total, the level and the rule that derives it (the batch's bands), the 现场 day, the 评测报告, the
 *     timeline; the form of the step this session may take now.
 * POST (multipart) ?id=N action=assign (evaluator; 回避: not the 服务商's organisation nor the enterprise) |
 *     score (s_basis, s_operation, s_management, s_results, act_date = 现场评测日期, upload = 评测报告) |
 *     eval_confirm | eval_return (opinion), version: the workflow row and its record in one transaction.
 */
#include <stdlib.h>
#include <string.h>
#include "programmes/changchun.h"
#include "list.h"

static const char *const dims[][2] = { { "s_basis", "max_basis" }, { "s_operation", "max_operation" },
				       { "s_management", "max_management" }, { "s_results", "max_results" } };

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, 0, 1, (1LL << 53) },
	{ "action", "操作", VT_KEY, 0, 0, 24 },
	{ "version", "", VT_INT, 0, 1, 1000000000 },
	{ "evaluator", "评测机构", VT_INT, 0, 1, (1LL << 53) },
	{ "s_basis", "数字化基础得分", VT_DECIMAL, 0, 0, 10000 },
	{ "s_operation", "数字化经营得分", VT_DECIMAL, 0, 0, 10000 },
	{ "s_management", "数字化管理得分", VT_DECIMAL, 0, 0, 10000 },
	{ "s_results", "数字化成效得分", VT_DECIMAL, 0, 0, 10000 },
	{ "act_date", "现场评测日期", VT_DATE },
	{ "opinion", "复核意见", VT_TEXT, 0, 0, 2000 },
	{ "upload", "评测报告", VT_FILE },
	LIST_SEARCH("企业名称"),
	LIST_SORT_PAGE,
	{ NULL }
};

static int
list(struct req *r)
{
	static const char *const sorts[] = { "org", "state", "total", NULL };
	static const char *const names[] = { "id", "org", "county", "evaluator", "state", "total", "level", "programme", NULL };
	const char *q = req_str(r, "q") ? req_str(r, "q") : "", *sort = list_choice(r, "sort", sorts), *base;
	struct pager pg;
	struct dbrows *d, *n;

	d = db_query(r,
		"SELECT SQL_CALC_FOUND_ROWS p.id, o.display_name, g.name, COALESCE(v.display_name, ''), p.state,"
		" COALESCE(CAST(e.total AS CHAR), ''), COALESCE(e.level, ''), b.programme"
		" FROM applications p JOIN batches b ON b.id = p.batch_id JOIN accounts o ON o.id = p.account_id"
		" JOIN regions g ON g.code = p.region_code LEFT JOIN evaluations e ON e.application_id = p.id"
		" LEFT JOIN accounts v ON v.id = e.evaluator_id"
		" WHERE p.stage = 'evaluation' AND (p.account_id = ? OR (? = 'evaluator' AND e.evaluator_id = ?)"
		"  OR (? IN ('county', 'city', 'province') AND ? IN (g.code, g.city_code, g.province_code)))"
		" AND (? = '' OR o.display_name LIKE CONCAT('%', ?, '%'))"
		" ORDER BY CASE WHEN ? = 'org' THEN CONVERT(o.display_name USING gbk) END,"
		"          CASE WHEN ? = 'total' THEN -e.total END, p.state, p.id DESC LIMIT ? OFFSET ?",
		DI(r->s.account_id), DS(role_key(r->s.role)), DI(r->s.account_id), DS(role_key(r->s.role)), DS(scope_code(r)),
		DS(q), DS(like_escape(r, q)), DS(sort), DS(sort), DI(25), DI((req_int(r, "page", 1) - 1) * 25));
	if (!d) return 500;
	n = db_query(r, "SELECT FOUND_ROWS()");
	base = req_printf(r, "/cgi-bin/eval.cgi?q=%s&", url_arg(r, q));
	pager_set(r, &pg, req_int(r, "page", 1), n && n->nrows ? dbi(n, 0, 0) : 0, 25, req_printf(r, "%ssort=%s&", base, sort));
	db_to_hdf(r, d, "Evals", names);
	for (int i = 0; i < d->nrows; i++) {
		const struct programme *p = programme_of(dbv(d, i, 7));
		const char *l = choice_label(programme_stage(p, "evaluation"), "level_before", dbv(d, i, 6));
		hset(r, req_printf(r, "Evals.%d.state_label", i), programme_state_label(r, p, dbv(d, i, 4)));
		hset(r, req_printf(r, "Evals.%d.level_label", i), l ? l : "");
	}
	hset(r, "Filter.sort", sort);
	hset(r, "Filter.base", base);
	return page_render(r, "evals.cs");
}

static int
render(struct req *r, const struct app_info *a, int status)
{
	static const char *const en[] = { "evaluator", "evaluator_code", "s_basis", "s_operation", "s_management", "s_results",
					   "total", "level", "visited", "report", "report_name", NULL };
	static const char *const vn[] = { "id", "name", "code", NULL };
	struct dbrows *d;

	app_show(r, a);
	if (project_stages_to_hdf(r, a)) return 500;
	events_to_hdf(r, a->p, a->id, "Events");
	d = db_query(r,
		"SELECT v.display_name, COALESCE(v.org_credit_code, v.credit_code, ''), COALESCE(CAST(e.s_basis AS CHAR), ''),"
		" COALESCE(CAST(e.s_operation AS CHAR), ''), COALESCE(CAST(e.s_management AS CHAR), ''),"
		" COALESCE(CAST(e.s_results AS CHAR), ''), COALESCE(CAST(e.total AS CHAR), ''), COALESCE(e.level, ''),"
		" COALESCE(DATE_FORMAT(e.visited_on, '%Y-%m-%d'), ''), COALESCE(e.report_id, 0), COALESCE(t.filename, '')"
		" FROM evaluations e JOIN accounts v ON v.id = e.evaluator_id LEFT JOIN attachments t ON t.id = e.report_id"
		" WHERE e.application_id = ?", DI(a->id));
	if (!d) return 500;
	db_to_hdf(r, d, "Eval", en);
	if (d->nrows) {
		const char *l = choice_label(a->st, "level_before", dbv(d, 0, 7));
		hset(r, "Eval.0.level_label", l ? l : "");
	}
	/* the rule: the maxima and the bands of this batch */
	for (int i = 0; i < 4; i++) hseti(r, req_printf(r, "Rule.%s", dims[i][1]), batch_int(&a->b, dims[i][1]));
	for (int i = 1; i <= 4; i++) hseti(r, req_printf(r, "Rule.band%d", i), batch_int(&a->b, req_printf(r, "band%d", i)));
	hset(r, "App.return_reason_shown", !strcmp(a->state, "eval_returned") ? hdf_get_value(r->hdf, "App.return_reason", "") : "");
	cc_steps_to_hdf(r, a);
	if (!strcmp(a->state, "draft") && r->s.role == ROLE_CITY) {
		d = db_query(r,
			"SELECT a.id, a.display_name, COALESCE(a.org_credit_code, '') FROM accounts a JOIN account_scopes s ON s.account_id = a.id"
			" JOIN regions g ON g.code = ? WHERE a.role = 'evaluator' AND a.status = 'active' AND s.region_code IN (g.city_code, g.province_code)"
			" ORDER BY CONVERT(a.display_name USING gbk)", DS(a->region));
		if (!d) return 500;
		db_to_hdf(r, d, "Evaluators", vn);
	}
	return page_render_status(r, status, "eval.cs");
}

static int
refused(struct req *r, const struct app_info *a, const struct wf_result *res)
{
	if (res->status == 500) return 500;
	hset(r, "Refused", res->msg ? res->msg : "操作未执行。");
	return render(r, a, res->status ? res->status : 422);
}

/* 回避: the evaluator may be neither the organisation of the project's 服务商 nor the enterprise (NULL: may; "" fault) */
static const char *
conflict(struct req *r, const struct app_info *a, long long evaluator)
{
	struct dbrows *d = db_query(r,
		"SELECT v.display_name, COALESCE(v.org_credit_code, v.credit_code, ''),"
		" (SELECT COALESCE(MAX(s.display_name), '') FROM project_parties x JOIN accounts s ON s.id = x.account_id"
		"   WHERE x.project_id = ? AND x.role = 'provider'"
		"   AND (s.credit_code = COALESCE(v.org_credit_code, v.credit_code) OR s.display_name = v.display_name)),"
		" (SELECT COUNT(*) FROM accounts o WHERE o.id = ? AND o.credit_code = COALESCE(v.org_credit_code, v.credit_code))"
		" FROM accounts v JOIN account_scopes sc ON sc.account_id = v.id JOIN regions g ON g.code = ?"
		" WHERE v.id = ? AND v.role = 'evaluator' AND v.status = 'active' AND sc.region_code IN (g.city_code, g.province_code)",
		DI(a->project_id), DI(a->account_id), DS(a->region), DI(evaluator));
	const char *e = NULL;
	if (!d) return "";
	if (d->nrows != 1) e = "请选择本市的评测机构";
	else if (*dbv(d, 0, 2))
		e = req_printf(r, "回避：该评测机构与本项目的服务商“%s”为同一单位，不能评测本项目，请另选评测机构", dbv(d, 0, 2));
	else if (dbi(d, 0, 3))
		e = "回避：该评测机构与试点企业为同一单位，不能评测本项目，请另选评测机构";
	return e;
}

static int
act(struct req *r, const struct app_info *a, const char *action)
{
	struct wf_args w = { .opinion = req_str(r, "opinion"), .act_date = req_str(r, "act_date"), .version = req_int(r, "version", 0) };
	struct wf_result res;
	const struct transition *t = wf_check(r, a, action, &w, &res);
	long long evaluator = req_int(r, "evaluator", 0), file = 0;
	double score[4], total = 0;
	const char *e, *msg;
	int st;

	if (!t) return refused(r, a, &res);
	if (!strcmp(action, "assign") && (e = conflict(r, a, evaluator))) {
		if (!*e) return 500;
		req_field_error(r, "evaluator", e);
	}
	if (!strcmp(action, "score")) {
		for (int i = 0; i < 4; i++) {
			const char *v = req_str(r, dims[i][0]);
			int max = batch_int(&a->b, dims[i][1]);
			score[i] = v ? strtod(v, NULL) : -1;
			if (!v) req_field_error(r, dims[i][0], "请填写该维度得分");
			else if (score[i] > max) req_field_error(r, dims[i][0], req_printf(r, "得分不能超过本批次该维度满分 %d 分", max));
			else total += score[i];
		}
		if (!req_upload(r, "upload")) req_field_error(r, "upload", "请上传中小企业数字化水平评测报告");
	}
	if (req_errors(r)) return render(r, a, 422);

	if (db_begin(r)) return 500;
	if (wf_step(r, a, t, &w, &res)) { db_rollback(r); return refused(r, a, &res); }
	if (!strcmp(action, "assign")) {
		if (db_exec(r, "INSERT INTO project_parties (project_id, role, account_id, stage, chosen_by) VALUES (?, 'evaluator', ?, ?, ?)"
			       " ON DUPLICATE KEY UPDATE account_id = VALUES(account_id), stage = VALUES(stage), chosen_by = VALUES(chosen_by)",
			    DI(a->project_id), DI(evaluator), DS(a->stage), DI(r->s.account_id)) < 1 ||
		    db_exec(r, "INSERT INTO evaluations (application_id, evaluator_id, assigned_by) VALUES (?, ?, ?)",
			    DI(a->id), DI(evaluator), DI(r->s.account_id)) != 1 ||
		    notify(r, evaluator, a->id, req_printf(r, "待办：%s的数字化水平评测", a->org),
			   req_printf(r, "%s已将%s的数字化水平评测分配给贵机构。请组织现场评测，按四个维度评分并上传评测报告"
				      "（实施细则 第四章（四））。", a->p->authority, a->org)))
			return 500;
		msg = "已分配评测机构。";
	} else if (!strcmp(action, "score")) {
		const char *level = cc_level_of(&a->b, total);
		if ((st = cc_store(r, a, "eval_report", &file))) { db_rollback(r); return st == 422 ? render(r, a, 422) : st; }
		if (db_exec(r, "UPDATE evaluations SET s_basis = ?, s_operation = ?, s_management = ?, s_results = ?, total = ?,"
			       " level = ?, visited_on = ?, report_id = ? WHERE application_id = ?",
			    DS(req_str(r, "s_basis")), DS(req_str(r, "s_operation")), DS(req_str(r, "s_management")),
			    DS(req_str(r, "s_results")), DS(req_printf(r, "%.2f", total)), DS(level), DS(w.act_date), DI(file),
			    DI(a->id)) != 1)
			return 500;
		msg = req_printf(r, "已提交评测结果：总分 %.2f，%s。", total, choice_label(a->st, "level_before", level));
	} else {
		/* 复核: the 评测机构 is told too (a return is its work) */
		if (cc_tell_party(r, a, "evaluator", "数字化水平评测", t->label, w.opinion)) return 500;
		msg = req_printf(r, "已办理：%s。", t->label);
	}
	if (db_commit(r)) return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/eval.cgi?id=%lld", a->id), msg);
}

static int
handle(struct req *r)
{
	return cc_stage_page(r, list, render, act);
}

const struct page PAGE = { "eval", M_GET | M_POST, ROLE_ENTERPRISE | ROLE_COUNTY | ROLE_CITY | ROLE_EVALUATOR, PAGE_UPLOAD,
			   inputs, handle };
