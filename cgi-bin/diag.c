/*
 * diag - 咨询诊断 (长春 实施细则 第四章（二）): the stage whose rows name this page (cc_life.c).
 * GET without id: the projects in this stage the session may see -- the enterprise its own, the
 *     服务商 those that chose it, a 县（市）区 / 市 those of its region once a 服务商 is chosen -- with
 *     the report's due day and whether it is overdue; search, sort, pages; overdue=1 only those;
 *     provider=N only that 服务商's, county=CODE only that 县（市）区's (the links of cc_dash.cgi).
 * GET ?id=N: the stage of one project: the 服务商, the 服务协议, the day the service was completed,
 *     the 咨询诊断报告 and its due day (report_days after it; overdue shown), the 自评测 level, the
 *     满意度评价表 and the rating, the timeline; the form of each step this session may take now.
 * POST (multipart) ?id=N action=choose (provider, upload) | complete (act_date) | report (upload,
 *     level_before) | rate (upload, rating) | diag_pass (act_date, meeting, opinion) | diag_return
 *     (act_date, meeting, opinion), version: the workflow row (wf_check, wf_step) and the record it
 *     writes in one transaction; the files are the application's attachments.
 */
#include <string.h>
#include "programmes/changchun.h"
#include "list.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, 0, 1, (1LL << 53) },
	{ "action", "操作", VT_KEY, 0, 0, 24 },
	{ "version", "", VT_INT, 0, 1, 1000000000 },
	{ "provider", "服务商", VT_INT, 0, 1, (1LL << 53) },
	{ "level_before", "改造前数字化水平（自评测）", VT_KEY, 0, 0, 8 },
	{ "rating", "对服务商的评价", VT_KEY, 0, 0, 16 },
	{ "act_date", "日期", VT_DATE },
	{ "meeting", "验收会议", VT_LINE, 0, 0, 200 },
	{ "opinion", "验收意见", VT_TEXT, 0, 0, 2000 },
	{ "upload", "文件", VT_FILE },
	{ "overdue", "只看逾期", VT_BOOL },
	{ "county", "所属县（市、区）", VT_REGION },
	LIST_SEARCH("企业名称"),
	LIST_SORT_PAGE,
	{ NULL }
};

/* the report's due day and how late it is, from a diagnoses row d */
#define DUE "DATE_ADD(d.completed_on, INTERVAL d.report_days DAY)"
#define OVERDUE_DAYS "CASE WHEN d.report_id IS NULL AND CURDATE() > DATE_ADD(d.completed_on, INTERVAL d.report_days DAY)" \
	" THEN DATEDIFF(CURDATE(), DATE_ADD(d.completed_on, INTERVAL d.report_days DAY)) ELSE 0 END"

static int
list(struct req *r)
{
	static const char *const sorts[] = { "due", "org", "state", NULL };
	static const char *const names[] = { "id", "org", "county", "provider", "state", "completed", "due", "overdue", "late",
					      "programme", NULL };
	const char *q = req_str(r, "q") ? req_str(r, "q") : "", *sort = list_choice(r, "sort", sorts), *base;
	long long only = req_int(r, "overdue", 0), pv = req_int(r, "provider", 0);
	const char *county = req_str(r, "county") ? req_str(r, "county") : "";
	struct pager pg;
	struct dbrows *d, *n;

	d = db_query(r,
		"SELECT SQL_CALC_FOUND_ROWS p.id, o.display_name, g.name, COALESCE(v.display_name, ''), p.state,"
		" COALESCE(DATE_FORMAT(d.completed_on, '%Y-%m-%d'), ''), COALESCE(DATE_FORMAT(" DUE ", '%Y-%m-%d'), ''),"
		" " OVERDUE_DAYS ", COALESCE(d.reported_on > " DUE ", 0), b.programme"
		" FROM applications p JOIN batches b ON b.id = p.batch_id JOIN accounts o ON o.id = p.account_id"
		" JOIN regions g ON g.code = p.region_code LEFT JOIN diagnoses d ON d.application_id = p.id"
		" LEFT JOIN accounts v ON v.id = d.provider_id"
		" WHERE p.stage = 'diagnosis' AND (p.account_id = ? OR (? = 'provider' AND d.provider_id = ?)"
		"  OR (? IN ('county', 'city', 'province') AND p.state <> 'draft' AND ? IN (g.code, g.city_code, g.province_code)))"
		" AND (? = '' OR o.display_name LIKE CONCAT('%', ?, '%')) AND (? = 0 OR " OVERDUE_DAYS " > 0)"
		" AND (? = 0 OR d.provider_id = ?) AND (? = '' OR g.code = ?)"
		" ORDER BY CASE WHEN ? = 'org' THEN CONVERT(o.display_name USING gbk) END,"
		"          CASE WHEN ? = 'state' THEN p.state END, " OVERDUE_DAYS " DESC, " DUE " IS NULL, " DUE ", p.id DESC"
		" LIMIT ? OFFSET ?",
		DI(r->s.account_id), DS(role_key(r->s.role)), DI(r->s.account_id), DS(role_key(r->s.role)), DS(scope_code(r)),
		DS(q), DS(like_escape(r, q)), DI(only), DI(pv), DI(pv), DS(county), DS(county), DS(sort), DS(sort), DI(25), DI((req_int(r, "page", 1) - 1) * 25));
	if (!d) return 500;
	n = db_query(r, "SELECT FOUND_ROWS()");
	base = req_printf(r, "/cgi-bin/diag.cgi?q=%s&overdue=%s&provider=%s&county=%s&", url_arg(r, q), only ? "1" : "",
			  pv ? req_printf(r, "%lld", pv) : "", url_arg(r, county));
	pager_set(r, &pg, req_int(r, "page", 1), n && n->nrows ? dbi(n, 0, 0) : 0, 25, req_printf(r, "%ssort=%s&", base, sort));
	db_to_hdf(r, d, "Diags", names);
	for (int i = 0; i < d->nrows; i++)
		hset(r, req_printf(r, "Diags.%d.state_label", i), programme_state_label(r, programme_of(dbv(d, i, 9)), dbv(d, i, 4)));
	hset(r, "Filter.sort", sort);
	hset(r, "Filter.base", base);
	hseti(r, "Filter.overdue", only);
	return page_render(r, "diags.cs");
}

/* the stage's record, the providers to choose from, the steps this session may take now */
static int
render(struct req *r, const struct app_info *a, int status)
{
	static const char *const dn[] = { "provider", "provider_code", "provider_contact", "provider_mobile", "agreement",
					   "agreement_name", "completed", "due", "days", "report", "report_name", "reported",
					   "level", "satisfaction", "satisfaction_name", "rating", "overdue", "late", "days_left", NULL };
	static const char *const pn[] = { "id", "name", "services", NULL };
	struct dbrows *d;

	app_show(r, a);
	if (project_stages_to_hdf(r, a)) return 500;
	events_to_hdf(r, a->p, a->id, "Events");
	d = db_query(r,
		"SELECT v.display_name, COALESCE(v.credit_code, ''), v.contact_person, v.mobile, d.agreement_id, ta.filename,"
		" COALESCE(DATE_FORMAT(d.completed_on, '%Y-%m-%d'), ''), COALESCE(DATE_FORMAT(" DUE ", '%Y-%m-%d'), ''),"
		" COALESCE(d.report_days, 0), COALESCE(d.report_id, 0), COALESCE(tr.filename, ''),"
		" COALESCE(DATE_FORMAT(d.reported_on, '%Y-%m-%d'), ''), COALESCE(d.level_before, ''),"
		" COALESCE(d.satisfaction_id, 0), COALESCE(ts.filename, ''), COALESCE(d.rating, ''), " OVERDUE_DAYS ","
		" COALESCE(d.reported_on > " DUE ", 0), COALESCE(DATEDIFF(" DUE ", CURDATE()), 0)"
		" FROM diagnoses d JOIN accounts v ON v.id = d.provider_id JOIN attachments ta ON ta.id = d.agreement_id"
		" LEFT JOIN attachments tr ON tr.id = d.report_id LEFT JOIN attachments ts ON ts.id = d.satisfaction_id"
		" WHERE d.application_id = ?", DI(a->id));
	if (!d) return 500;
	db_to_hdf(r, d, "Diag", dn);
	if (d->nrows) {
		const char *l = choice_label(a->st, "level_before", dbv(d, 0, 12)), *g = choice_label(a->st, "rating", dbv(d, 0, 15));
		hset(r, "Diag.0.level_label", l ? l : "");
		hset(r, "Diag.0.rating_label", g ? g : "");
	}
	hset(r, "App.return_reason_shown", !strcmp(a->state, "diag_returned") ? hdf_get_value(r->hdf, "App.return_reason", "") : "");
	if (!strcmp(a->state, "draft") && a->owner) {
		d = db_query(r,
			"SELECT a.id, a.display_name, v.services FROM providers v JOIN accounts a ON a.id = v.account_id"
			" JOIN regions g ON g.code = ? WHERE v.city_code = g.city_code AND v.state = 'approved' AND a.status = 'active'"
			" ORDER BY CONVERT(a.display_name USING gbk)", DS(a->region));
		if (!d) return 500;
		db_to_hdf(r, d, "Providers", pn);
	}
	/* the stages of the project whose sections this session fills with the enterprise (the 服务商's parts of 附件3) */
	for (const struct stage *st = a->p->stages; st->key; st++) {
		if (!st->party_sections || st->party_role != r->s.role) continue;
		d = db_query(r, "SELECT p.id, p.state IN ('draft', 'returned') FROM applications p WHERE p.project_id = ? AND p.stage = ?",
			     DI(a->project_id), DS(st->key));
		if (!d) return 500;
		if (d->nrows) {
			const char *first = st->party_sections + strspn(st->party_sections, " ");
			hset(r, "Party.app", dbv(d, 0, 0));
			hset(r, "Party.stage", st->title);
			hset(r, "Party.open", dbv(d, 0, 1));
			hset(r, "Party.href", req_printf(r, "/cgi-bin/%s.cgi?id=%s&section=%.*s", a->p->edit_page, dbv(d, 0, 0),
							 (int)strcspn(first, " "), first));
		}
	}
	cc_steps_to_hdf(r, a);
	return page_render_status(r, status, "diag.cs");
}

static int
refused(struct req *r, const struct app_info *a, const struct wf_result *res)
{
	if (res->status == 500) return 500;
	hset(r, "Refused", res->msg ? res->msg : "操作未执行。");
	return render(r, a, res->status ? res->status : 422);
}

static int
act(struct req *r, const struct app_info *a, const char *action)
{
	struct wf_args w = { .opinion = req_str(r, "opinion"), .act_date = req_str(r, "act_date"),
			     .meeting = req_str(r, "meeting"), .version = req_int(r, "version", 0) };
	struct wf_result res;
	const struct transition *t = wf_check(r, a, action, &w, &res);
	long long file = 0, provider = req_int(r, "provider", 0);
	const char *provider_name = NULL, *msg;
	int st;

	if (!t) return refused(r, a, &res);
	/* what each step records, checked before anything is written */
	if (!strcmp(action, "choose")) {
		struct dbrows *d = db_query(r,
			"SELECT a.display_name FROM providers v JOIN accounts a ON a.id = v.account_id JOIN regions g ON g.code = ?"
			" WHERE a.id = ? AND v.city_code = g.city_code AND v.state = 'approved' AND a.status = 'active'",
			DS(a->region), DI(provider));
		if (!d) return 500;
		if (d->nrows == 1) provider_name = req_strdup(r, dbv(d, 0, 0));
		else req_field_error(r, "provider", "请选择本市已审核通过的服务商（服务商名录）");
	}
	if (!strcmp(action, "report") && !choice_label(a->st, "level_before", req_str(r, "level_before")))
		req_field_error(r, "level_before", "请选择改造前数字化水平自评测等级（实施细则 第四章（二）1（3））");
	if (!strcmp(action, "rate") && !choice_label(a->st, "rating", req_str(r, "rating")))
		req_field_error(r, "rating", "请选择对服务商的评价：满意、基本满意或不满意");
	if (strcmp(action, "complete") && strcmp(action, "diag_pass") && strcmp(action, "diag_return") && !req_upload(r, "upload"))
		req_field_error(r, "upload", !strcmp(action, "choose") ? "请上传双方签署的咨询诊断服务协议"
					     : !strcmp(action, "report") ? "请上传咨询诊断报告" : "请上传加盖公章的企业满意度评价表");
	if (req_errors(r)) return render(r, a, 422);

	if (db_begin(r)) return 500;
	if (wf_step(r, a, t, &w, &res)) { db_rollback(r); return refused(r, a, &res); }
	if (!strcmp(action, "choose")) {
		if ((st = cc_store(r, a, "agreement", &file))) { db_rollback(r); return st == 422 ? render(r, a, 422) : st; }
		if (db_exec(r, "INSERT INTO project_parties (project_id, role, account_id, stage, chosen_by) VALUES (?, 'provider', ?, ?, ?)"
			       " ON DUPLICATE KEY UPDATE account_id = VALUES(account_id), stage = VALUES(stage), chosen_by = VALUES(chosen_by)",
			    DI(a->project_id), DI(provider), DS(a->stage), DI(r->s.account_id)) < 1 ||
		    db_exec(r, "INSERT INTO diagnoses (application_id, provider_id, agreement_id) VALUES (?, ?, ?)",
			    DI(a->id), DI(provider), DI(file)) != 1 ||
		    notify(r, provider, a->id, req_printf(r, "待办：%s选定贵单位开展咨询诊断", a->org),
			   req_printf(r, "%s已选定贵单位为咨询诊断服务商并上传了双方签署的服务协议。请在完成咨询诊断服务后登记完成日期，"
				      "并在完成后%d天内提交咨询诊断报告（实施细则 第四章（二）1（4））。", a->org,
				      batch_int(&a->b, "report_days"))))
			return 500;
		msg = req_printf(r, "已选定服务商：%s，服务协议已上传。", provider_name);
	} else if (!strcmp(action, "complete")) {
		if (db_exec(r, "UPDATE diagnoses SET completed_on = ?, report_days = ? WHERE application_id = ?",
			    DS(w.act_date), DI(batch_int(&a->b, "report_days")), DI(a->id)) != 1)
			return 500;
		msg = req_printf(r, "已登记完成咨询诊断服务，请在%d天内提交咨询诊断报告。", batch_int(&a->b, "report_days"));
	} else if (!strcmp(action, "report")) {
		if ((st = cc_store(r, a, "diag_report", &file))) { db_rollback(r); return st == 422 ? render(r, a, 422) : st; }
		if (db_exec(r, "UPDATE diagnoses SET report_id = ?, reported_on = CURDATE(), level_before = ? WHERE application_id = ?",
			    DI(file), DS(req_str(r, "level_before")), DI(a->id)) != 1)
			return 500;
		msg = "已提交咨询诊断报告。";
	} else if (!strcmp(action, "rate")) {
		if ((st = cc_store(r, a, "satisfaction", &file))) { db_rollback(r); return st == 422 ? render(r, a, 422) : st; }
		if (db_exec(r, "UPDATE diagnoses SET satisfaction_id = ?, rating = ? WHERE application_id = ?",
			    DI(file), DS(req_str(r, "rating")), DI(a->id)) != 1)
			return 500;
		msg = "已上传满意度评价表并评价服务商。";
	} else {
		/* 诊断验收: the 服务商 is told too (a return is its work) */
		if (cc_tell_party(r, a, "provider", "咨询诊断", t->label, w.opinion)) return 500;
		msg = req_printf(r, "已办理：%s。", t->label);
	}
	if (db_commit(r)) return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/diag.cgi?id=%lld", a->id), msg);
}

static int
handle(struct req *r)
{
	return cc_stage_page(r, list, render, act);
}

const struct page PAGE = { "diag", M_GET | M_POST, ROLE_ENTERPRISE | ROLE_COUNTY | ROLE_CITY | ROLE_PROVIDER, PAGE_UPLOAD,
			   inputs, handle };
