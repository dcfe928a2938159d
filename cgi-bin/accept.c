/*
 * accept - 项目验收 (长春 实施细则 第四章（五）): the rows of the stage that name this page (cc_accept.c).  The
 * enterprise's 附件4 is the stage's form (ent.cgi, ent_edit.cgi, ent_print.cgi); here the rest of it.
 * GET without id: the projects in this stage the session may see -- the enterprise its own, the 评测机构 those
 *     it evaluated, a 县（市）区 / 市 those of its region -- with the 评测机构, the 验收 day, the 整改期 and the days
 *     left; overdue=1 only the 整改期 passed without a new application (what the 市 closes); search, sort, pages.
 * GET ?id=N: one project's 验收: the level confirmed in 水平评测, the 评测工作方案, each round's 附件5 (书面 and
 *     现场, 验收意见, 整改要求 and 整改期, 县（市）区意见), the timeline; the form of the step this session may
 *     take now.  &format=print|pdf: 附件5 as printed (the latest round).
 * POST (multipart) ?id=N action=accept_pass | accept_fail (paper_on, site_on, act_date = 验收日期, leader, members,
 *     opinion = 审核意见 / 整改要求, upload = 评测工作方案 until one is on file) | county_pass | county_rectify | county_fail (opinion, act_date)
 *     | opinion_return (opinion = the reason: the 评测机构 issues that round's 验收意见 again) | close, version: the
 *     workflow row and its record in one transaction.
 */
#include <stdlib.h>
#include <string.h>
#include "programmes/changchun.h"
#include "doc.h"
#include "list.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, 0, 1, (1LL << 53) },
	{ "action", "验收结论", VT_KEY, 0, 0, 24 },
	{ "version", "", VT_INT, 0, 1, 1000000000 },
	{ "paper_on", "书面材料审核日期", VT_DATE },
	{ "site_on", "现场核查日期", VT_DATE },
	{ "act_date", "日期", VT_DATE },
	{ "leader", "专家组负责人", VT_LINE, 0, 0, 50 },
	{ "members", "专家组组员", VT_LINE, 0, 0, 300 },
	{ "opinion", "意见", VT_TEXT, 0, 0, 2000 },
	{ "upload", "评测工作方案", VT_FILE },
	{ "overdue", "", VT_INT, 0, 0, 1 },
	{ "format", "", VT_KEY, 0, 0, 8 },
	LIST_SEARCH("企业名称"),
	LIST_SORT_PAGE,
	{ NULL }
};

static int
list(struct req *r)
{
	static const char *const sorts[] = { "org", "state", "due", NULL };
	static const char *const names[] = { "id", "org", "county", "evaluator", "state", "accepted_on", "rectify_until", "days_left",
					     "programme", NULL };
	const char *q = req_str(r, "q") ? req_str(r, "q") : "", *sort = list_choice(r, "sort", sorts), *base;
	int overdue = (int)req_int(r, "overdue", 0);
	struct pager pg;
	struct dbrows *d, *n;

	d = db_query(r,
		"SELECT SQL_CALC_FOUND_ROWS p.id, o.display_name, g.name, COALESCE(v.display_name, ''), p.state,"
		" COALESCE(c.accepted_on, ''), IF(p.state = 'returned', COALESCE(c.rectify_until, ''), ''),"
		" IF(p.state = 'returned', COALESCE(DATEDIFF(c.rectify_until, CURDATE()), ''), ''), b.programme"
		" FROM applications p JOIN batches b ON b.id = p.batch_id JOIN accounts o ON o.id = p.account_id"
		" JOIN regions g ON g.code = p.region_code"
		" LEFT JOIN project_parties x ON x.project_id = p.project_id AND x.role = 'evaluator'"
		" LEFT JOIN accounts v ON v.id = x.account_id"
		" LEFT JOIN cc_acceptances c ON c.application_id = p.id AND c.round = (SELECT MAX(round) FROM cc_acceptances"
		"  WHERE application_id = p.id)"
		" WHERE p.stage = 'accept' AND (p.account_id = ? OR (? = 'evaluator' AND x.account_id = ?)"
		"  OR (? IN ('county', 'city', 'province') AND ? IN (g.code, g.city_code, g.province_code)))"
		" AND (? = '' OR o.display_name LIKE CONCAT('%', ?, '%'))"
		" AND (? = 0 OR (p.state = 'returned' AND c.rectify_until < CURDATE()))"
		" ORDER BY CASE WHEN ? = 'org' THEN CONVERT(o.display_name USING gbk) END,"
		"          CASE WHEN ? = 'due' THEN IF(p.state = 'returned', c.rectify_until, '9999-12-31') END, p.state, p.id DESC"
		" LIMIT ? OFFSET ?",
		DI(r->s.account_id), DS(role_key(r->s.role)), DI(r->s.account_id), DS(role_key(r->s.role)), DS(scope_code(r)),
		DS(q), DS(like_escape(r, q)), DI(overdue), DS(sort), DS(sort), DI(25), DI((req_int(r, "page", 1) - 1) * 25));
	if (!d) return 500;
	n = db_query(r, "SELECT FOUND_ROWS()");
	base = req_printf(r, "/cgi-bin/accept.cgi?q=%s&overdue=%d&", url_arg(r, q), overdue);
	pager_set(r, &pg, req_int(r, "page", 1), n && n->nrows ? dbi(n, 0, 0) : 0, 25, req_printf(r, "%ssort=%s&", base, sort));
	db_to_hdf(r, d, "Accepts", names);
	for (int i = 0; i < d->nrows; i++) {
		const struct programme *p = programme_of(dbv(d, i, 8));
		hset(r, req_printf(r, "Accepts.%d.state_label", i), stage_state_label(r, p, programme_stage(p, "accept"), dbv(d, i, 4)));
	}
	hseti(r, "Filter.overdue", overdue);
	hset(r, "Filter.sort", sort);
	hset(r, "Filter.base", base);
	return page_render(r, "accepts.cs");
}

/* 附件5 as printed, from the latest round (blank lines to sign before it is given) */
static int
print5(struct req *r, const struct app_info *a)
{
	static const struct tcol cols[4] = {
		{ "", NULL, TC_TEXT, 0, 12 }, { "", NULL, TC_TEXT, 0, 14 }, { "", NULL, TC_TEXT, 0, 10 }, { "", NULL, TC_TEXT, 0, 12 },
	};
	struct doc d;
	struct table *t;
	struct dbrows *q = db_query(r,
		"SELECT COALESCE(MAX(IF(f.name = 'a_project', f.value, NULL)), ''), COALESCE(MAX(IF(f.name = 'a_manager', f.value, NULL)), ''),"
		" COALESCE(MAX(IF(f.name = 'a_phone', f.value, NULL)), '') FROM app_fields f WHERE f.application_id = ?", DI(a->id));
	struct dbrows *c = db_query(r,
		"SELECT c.result, c.opinion, c.leader, c.members, c.accepted_on, COALESCE(c.county_opinion, ''), COALESCE(c.county_on, ''),"
		" c.round, COALESCE(c.rectify_until, '') FROM cc_acceptances c WHERE c.application_id = ? ORDER BY c.round DESC LIMIT 1", DI(a->id));
	const char *ev = "负责人签字：\n单位公章\n组员签字：\n年　月　日", *co = "单位公章\n年　月　日";

	if (!q || !c || q->nrows != 1) return 500;
	if (c->nrows) {
		const char *res = !strcmp(dbv(c, 0, 0), "pass") ? "验收结论：通过验收。" :
				  *dbv(c, 0, 8) ? req_printf(r, "验收结论：未通过验收，限期整改（整改期至 %s）。", cn_date(r, dbv(c, 0, 8)))
						: "验收结论：未通过验收。";
		ev = req_printf(r, "%s%s\n%s\n负责人签字：%s　单位公章\n组员签字：%s\n%s", c->nrows && dbi(c, 0, 7) > 1 ? "（整改后再次验收）" : "",
				res, dbv(c, 0, 1), dbv(c, 0, 2), dbv(c, 0, 3), cn_date(r, dbv(c, 0, 4)));
		if (*dbv(c, 0, 6)) co = req_printf(r, "%s\n单位公章\n%s", dbv(c, 0, 5), cn_date(r, dbv(c, 0, 6)));
	}
	doc_init(r, &d, "企业数字化改造项目验收意见");
	d.back_href = req_printf(r, "/cgi-bin/accept.cgi?id=%lld", a->id);
	d.back_label = "返回项目验收";
	d.self = req_printf(r, "/cgi-bin/accept.cgi?id=%lld", a->id);
	doc_add(&d, D_DOCNO, "附件5", NULL);
	doc_add(&d, D_TITLE, "第三方评测机构出具的企业数字化改造项目验收意见", NULL);
	t = doc_table_new(&d);
	table_init(r, t, cols, 4);
	t->nohead = 1;
	cc_row2(t, "项目单位名称", a->org, "所属县（市、区）", hdf_get_value(r->hdf, "App.county", ""));
	cc_row2(t, "项目名称", dbv(q, 0, 0), NULL, NULL);
	cc_row2(t, "项目负责人", dbv(q, 0, 1), "联系方式", dbv(q, 0, 2));
	cc_row2(t, "第三方评测机构审核意见", ev, NULL, NULL);
	cc_row2(t, "所属县（市、区）工信主管部门", co, NULL, NULL);
	return doc_answer(r, &d, req_str(r, "format"), req_printf(r, "验收意见_%s", a->org), 0);
}

static int
render(struct req *r, const struct app_info *a, int status)
{
	app_show(r, a);
	if (req_str(r, "format") && r->method != M_POST) return print5(r, a);
	if (project_stages_to_hdf(r, a) || cc_accept_to_hdf(r, a)) return 500;
	events_to_hdf(r, a->p, a->id, "Events");
	hset(r, "App.return_reason_shown", !strcmp(a->state, "returned") ? hdf_get_value(r->hdf, "App.return_reason", "") : "");
	cc_steps_to_hdf(r, a);
	return page_render_status(r, status, "accept.cs");
}

/* the 评测机构's 验收意见: what it records, checked before anything is written */
static void
validate_opinion(struct req *r, const struct app_info *a, const char *action)
{
	const char *paper = req_str(r, "paper_on"), *site = req_str(r, "site_on"), *day = req_str(r, "act_date");

	if (!paper) req_field_error(r, "paper_on", "请填写书面材料审核日期（实施细则 第四章（五）1（2））");
	if (!site) req_field_error(r, "site_on", "请填写现场核查日期（实施细则 第四章（五）1（2））");
	if (paper && day && strcmp(paper, day) > 0) req_field_error(r, "paper_on", "书面材料审核日期不能晚于验收意见日期");
	if (site && day && strcmp(site, day) > 0) req_field_error(r, "site_on", "现场核查日期不能晚于验收意见日期");
	if (!req_str(r, "leader")) req_field_error(r, "leader", "请填写专家组负责人");
	if (!req_str(r, "members")) req_field_error(r, "members", "请填写专家组组员");
	if (!strcmp(action, "accept_pass")) {
		const char *e = cc_accept_level_refusal(r, a);
		if (e && *e) req_field_error(r, "action", e);
	}
	if (!atoll(hdf_get_value(r->hdf, "Accept.plan", "0")) && !req_upload(r, "upload")) req_field_error(r, "upload", "请上传评测工作方案（实施细则 第四章（四）：评测机构制定评测工作方案）");
}

static int
act(struct req *r, const struct app_info *a, const char *action)
{
	struct wf_args w = { .opinion = req_str(r, "opinion"), .act_date = req_str(r, "act_date"), .version = req_int(r, "version", 0) };
	struct wf_result res;
	const struct transition *t;
	int opinion = !strcmp(action, "accept_pass") || !strcmp(action, "accept_fail"), st;
	long long file = 0;
	const char *msg;

	if (cc_accept_to_hdf(r, a)) return 500;
	if (opinion) validate_opinion(r, a, action);
	if (!(t = wf_check(r, a, action, &w, &res))) {
		/* the workflow's own refusal of a field (the opinion missing) beside it, with the others */
		if (res.status == 422 && res.field && req_errors(r)) {
			req_field_error(r, res.field, res.msg);
			return render(r, a, 422);
		}
		return cc_refused(r, a, &res, render);
	}
	if (req_errors(r)) return render(r, a, 422);

	if (db_begin(r)) return 500;
	if (wf_step(r, a, t, &w, &res)) { db_rollback(r); return cc_refused(r, a, &res, render); }
	if (opinion) {
		int fail = !strcmp(action, "accept_fail"), round = !strcmp(a->state, "resubmitted") ? 2 : 1;
		if (req_upload(r, "upload") && (st = cc_store(r, a, "eval_plan", &file))) {
			db_rollback(r);
			return st == 422 ? render(r, a, 422) : st;
		}
		/* the 整改期: rectify_days from the 验收 day, never beyond one month (第四章（五）1（4）) */
		if (db_exec(r, "INSERT INTO cc_acceptances (application_id, round, evaluator_id, paper_on, site_on, accepted_on, leader,"
			       " members, result, opinion, rectify_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
			       " IF(? AND ? = 1, LEAST(? + INTERVAL ? DAY, ? + INTERVAL 1 MONTH), NULL))",
			    DI(a->id), DI(round), DI(r->s.account_id), DS(req_str(r, "paper_on")), DS(req_str(r, "site_on")), DS(w.act_date),
			    DS(req_str(r, "leader")), DS(req_str(r, "members")), DS(fail ? "fail" : "pass"), DS(w.opinion ? w.opinion : ""),
			    DI(fail), DI(round), DS(w.act_date), DI(batch_int(&a->b, "rectify_days")), DS(w.act_date)) != 1)
			return 500;
		msg = req_printf(r, "已出具验收意见：%s，待县（市）区工信主管部门出具意见。", fail ? "未通过验收" : "通过验收");
	} else if (!strncmp(action, "county_", 7)) {
		if (db_exec(r, "UPDATE cc_acceptances SET county_opinion = ?, county_on = ?, county_by = ? WHERE application_id = ?"
			       " AND round = (SELECT m FROM (SELECT MAX(round) m FROM cc_acceptances WHERE application_id = ?) x)",
			    DS(w.opinion), DS(w.act_date), DI(r->s.account_id), DI(a->id), DI(a->id)) != 1 ||
		    cc_tell_party(r, a, "evaluator", "改造项目验收", t->label, w.opinion))
			return 500;
		msg = req_printf(r, "已办理：%s。", t->label);
	} else if (!strcmp(action, "opinion_return")) {
		msg = "已退回评测机构，待其修改后重新出具验收意见。";      /* the 评测机构 told by the row's effect */
	} else {
		if (cc_tell_party(r, a, "evaluator", "改造项目验收", t->label, NULL)) return 500;
		msg = req_printf(r, "已办理：%s。", t->label);
	}
	if (db_commit(r)) return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/accept.cgi?id=%lld", a->id), msg);
}

static int
handle(struct req *r)
{
	return cc_stage_page(r, list, render, act);
}

const struct page PAGE = { "accept", M_GET | M_POST, ROLE_ENTERPRISE | ROLE_COUNTY | ROLE_CITY | ROLE_EVALUATOR, PAGE_UPLOAD | PAGE_THREADS,
			   inputs, handle };
