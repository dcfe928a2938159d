/*
 * fund - 资金申报 (长春 实施细则 第四章（六）申报资金补贴): the rows of the stage that name this page (cc_fund.c).  The
 * enterprise's 资金申报书 is the stage's form (ent.cgi, ent_edit.cgi, app_files.cgi, ent_print.cgi); here the rest of it.
 * GET without id: the projects in this stage the session may see -- the enterprise its own, the 审计机构 those
 *     assigned to it, a 县（市）区 / 市 those of its region -- with the applied and audited amounts and the 补贴;
 *     show=published only the published list; search, sort, pages.  &format=csv|xlsx|print|pdf: the 汇总表 of the
 *     listed projects (第四章（六）1（3）（4）: the 县（市）区's list, the published list).
 * GET ?id=N: one project's 资金申报: the standing (验收, level), the 审计机构 and its 专项审计报告 with the audited
 *     amounts, the 补贴 the rule set gives them (inputs, steps, clause) and the one decided, the timeline; the form of
 *     the step this session may take now.
 * POST action=fund_list without id (a 县（市）区): its whole list -- every project of its region audited and waiting --
 *     汇总上报 to the 市 at once (1（3）), each by its workflow row, in one transaction.
 * POST (multipart) ?id=N action=audit_assign (auditor; 回避: not the enterprise's nor its 服务商's organisation) |
 *     audit (contract_yuan, invoice_yuan, paid_yuan, audited_yuan: whole 元, the audited never above what was applied
 *     for; act_date = 审计报告日期, opinion, upload = 专项审计报告) | fund_list | fund_return (opinion) |
 *     fund_expert_pass | fund_expert_fail | fund_decide | fund_exclude (act_date, meeting, opinion) | fund_publish
 *     (act_date), version: the workflow row and its record in one transaction.
 */
#include <stdlib.h>
#include <string.h>
#include "programmes/changchun.h"
#include "money.h"
#include "list.h"
#include "doc.h"

#define YUAN_MAX 10000000000000LL   /* below 10^13 元 */

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, 0, 1, (1LL << 53) },
	{ "action", "操作", VT_KEY, 0, 0, 24 },
	{ "version", "", VT_INT, 0, 1, 1000000000 },
	{ "auditor", "审计机构", VT_INT, 0, 1, (1LL << 53) },
	{ "contract_yuan", "审计核实的合同金额（元）", VT_INT, 0, 0, YUAN_MAX },
	{ "invoice_yuan", "审计核实的发票金额（元）", VT_INT, 0, 0, YUAN_MAX },
	{ "paid_yuan", "审计核实的已付款金额（元）", VT_INT, 0, 0, YUAN_MAX },
	{ "audited_yuan", "审计核定的改造支出（元）", VT_INT, 0, 0, YUAN_MAX },
	{ "act_date", "日期", VT_DATE },
	{ "meeting", "会议", VT_LINE, 0, 0, 200 },
	{ "opinion", "意见", VT_TEXT, 0, 0, 2000 },
	{ "upload", "专项审计报告", VT_FILE },
	LIST_SEARCH("企业名称"),
	{ "show", "范围", VT_KEY, 0, 0, 16 },
	{ "format", "格式", VT_KEY, 0, 0, 8 },
	LIST_SORT_PAGE,
	{ NULL }
};

/* 资金补贴汇总表 (every listed project) by the one table writer */
static int
export(struct req *r, struct dbrows *d, const char *fmt, int published, const char *back)
{
	static const struct tcol cols[] = {
		{ "序号", NULL, TC_INT, TC_SEQ, 3 }, { "企业名称", NULL, TC_TEXT, 0, 16 }, { "所属县（市、区）", NULL, TC_TEXT, 0, 7 },
		{ "审计机构", NULL, TC_TEXT, 0, 12 }, { "申报改造投入", "申报改造投入（万元）", TC_WAN, TC_SUM, 8 },
		{ "审计核定改造支出", "审计核定改造支出（万元）", TC_WAN, TC_SUM, 8 }, { "补贴金额", "补贴金额（万元）", TC_WAN, TC_SUM, 8 },
		{ "状态", NULL, TC_TEXT, 0, 12 },
	};
	const char *title = published ? "长春市中小企业数字化转型城市试点改造项目补贴名单" : "长春市中小企业数字化转型城市试点改造项目资金申报汇总表";
	struct table t;

	table_init(r, &t, cols, (int)(sizeof(cols) / sizeof(cols[0])));
	t.title = title;
	t.landscape = 1;
	t.empty = "没有符合条件的项目。";
	{
		struct dbrows *g = db_query(r, "SELECT name FROM regions WHERE code = ?", DS(scope_code(r)));
		table_line(&t, req_printf(r, "地区：%s", g && g->nrows ? dbv(g, 0, 0) : ""), "单位：万元");
	}
	for (int i = 0; i < d->nrows; i++) {
		int k = table_row(&t);
		table_num(&t, k, 0, i + 1);
		table_text(&t, k, 1, dbv(d, i, 1));
		table_text(&t, k, 2, dbv(d, i, 2));
		table_text(&t, k, 3, dbv(d, i, 3));
		for (int c = 0; c < 3; c++) table_num(&t, k, 4 + c, dbi(d, i, 5 + c));
		table_text(&t, k, 7, hdf_get_value(r->hdf, req_printf(r, "Funds.%d.state_label", i), ""));
	}
	if (d->nrows) table_total(&t, "合计");
	table_note(&t, "注：审计核定改造支出为第三方审计机构专项审计报告核定的金额；补贴金额为市集体决策按资金规则（一定比例，每家企业上限）"
		       "核定的金额（元，向下取整）。实施细则 第四章（六）。");
	table_sign(&t, "填表单位（盖章）：");
	table_sign(&t, "日期：");
	struct table_out o = { title, "资金申报", title, back, "返回资金申报" };
	return table_answer(r, &t, fmt, &o);
}

static int
list(struct req *r)
{
	static const char *const sorts[] = { "org", "state", "amount", NULL }, *const shows[] = { "", "published", NULL };
	static const char *const names[] = { "id", "org", "county", "auditor", "state", "applied", "audited", "amount", "programme",
					     "amount_wan", NULL };
	const char *q = req_str(r, "q") ? req_str(r, "q") : "", *sort = list_choice(r, "sort", sorts), *show = list_choice(r, "show", shows);
	const char *fmt = req_str(r, "format") ? req_str(r, "format") : "html", *base;
	int whole = strcmp(fmt, "html") != 0, published = !strcmp(show, "published");
	struct pager pg;
	struct dbrows *d, *n;

	d = db_query(r,
		"SELECT SQL_CALC_FOUND_ROWS p.id, o.display_name, g.name, COALESCE(v.display_name, ''), p.state,"
		" COALESCE((SELECT FLOOR(CAST(f.value AS DECIMAL(20,4)) * 10000) FROM app_fields f WHERE f.application_id = p.id"
		"  AND f.name = 'u_applied' AND f.value REGEXP '^[0-9]+(\\\\.[0-9]{1,4})?$'), 0),"
		" COALESCE(u.audited_yuan, 0), COALESCE(m.amount_yuan, 0), b.programme,"
		" COALESCE(CAST(m.amount_yuan / 10000 AS DECIMAL(20,4)), '')"
		" FROM applications p JOIN batches b ON b.id = p.batch_id JOIN accounts o ON o.id = p.account_id"
		" JOIN regions g ON g.code = p.region_code"
		" LEFT JOIN cc_fund_audits u ON u.application_id = p.id LEFT JOIN accounts v ON v.id = u.auditor_id"
		" LEFT JOIN money_decisions m ON m.application_id = p.id AND m.kind = 'subsidy' AND m.state = 'decided'"
		" WHERE p.stage = 'fund' AND (p.account_id = ? OR (? = 'auditor' AND u.auditor_id = ?)"
		"  OR (? IN ('county', 'city', 'province') AND ? IN (g.code, g.city_code, g.province_code)))"
		" AND (? = '' OR o.display_name LIKE CONCAT('%', ?, '%')) AND (? = 0 OR p.state = 'fund_published')"
		" ORDER BY CASE WHEN ? = 'org' THEN CONVERT(o.display_name USING gbk) END,"
		"          CASE WHEN ? = 'amount' THEN -COALESCE(m.amount_yuan, 0) END, g.sort, p.state, p.id DESC"
		" LIMIT ? OFFSET ?",
		DI(r->s.account_id), DS(role_key(r->s.role)), DI(r->s.account_id), DS(role_key(r->s.role)), DS(scope_code(r)),
		DS(q), DS(like_escape(r, q)), DI(published), DS(sort), DS(sort),
		DI(whole ? 1000000 : 25), DI(whole ? 0 : (req_int(r, "page", 1) - 1) * 25));
	if (!d) return 500;
	db_to_hdf(r, d, "Funds", names);
	for (int i = 0; i < d->nrows; i++) {
		const struct programme *p = programme_of(dbv(d, i, 8));
		hset(r, req_printf(r, "Funds.%d.state_label", i), stage_state_label(r, p, programme_stage(p, "fund"), dbv(d, i, 4)));
	}
	base = req_printf(r, "/cgi-bin/fund.cgi?q=%s&show=%s&", url_arg(r, q), show);
	if (whole) return export(r, d, fmt, published, req_printf(r, "%ssort=%s", base, sort));
	n = db_query(r, "SELECT FOUND_ROWS()");
	pager_set(r, &pg, req_int(r, "page", 1), n && n->nrows ? dbi(n, 0, 0) : 0, 25, req_printf(r, "%ssort=%s&", base, sort));
	if (r->s.role == ROLE_COUNTY) {
		struct dbrows *w = db_query(r, "SELECT COUNT(*) FROM applications p JOIN regions g ON g.code = p.region_code"
					       " WHERE p.stage = 'fund' AND p.state = 'audited' AND ? IN (g.code, g.city_code)", DS(scope_code(r)));
		if (!w || w->nrows != 1) return 500;
		hset(r, "Fund.waiting", dbv(w, 0, 0));
	}
	hset(r, "Filter.show", show);
	hset(r, "Filter.sort", sort);
	hset(r, "Filter.base", base);
	return page_render(r, "funds.cs");
}

static int
render(struct req *r, const struct app_info *a, int status)
{
	static const char *const vn[] = { "id", "name", "code", NULL };
	struct dbrows *d;

	app_show(r, a);
	if (project_stages_to_hdf(r, a) || cc_fund_to_hdf(r, a)) return 500;
	events_to_hdf(r, a->p, a->id, "Events");
	/* what the 审计机构 audits: the 申报书's figures and the 合同、发票、付款凭证 uploaded with it */
	attach_list_to_hdf(r, a->id, "Files");
	file_kinds_to_hdf(r, a->st);
	d = db_query(r, "SELECT name, value FROM app_fields WHERE application_id = ? AND name IN ('u_project', 'u_contract', 'u_invoice',"
			" 'u_paid', 'u_applied')", DI(a->id));
	if (!d) return 500;
	for (int i = 0; i < d->nrows; i++) hset(r, req_printf(r, "Applied.%s", dbv(d, i, 0)), dbv(d, i, 1));
	hset(r, "App.return_reason_shown", !strcmp(a->state, "returned") ? hdf_get_value(r->hdf, "App.return_reason", "") : "");
	cc_steps_to_hdf(r, a);
	/* what the rule set gives the audited amount: shown to the 市 before its 集体决策 (and to all after the audit) */
	if (hdf_get_value(r->hdf, "Audit.0.audited", "")[0] && !hdf_get_value(r->hdf, "Fund.amount", NULL)) {
		const char *why, *err;
		long long v = cc_fund_compute(r, a, &why, &err);
		char m[32];
		if (v < 0 && !err) return 500;
		if (v >= 0) {
			hsetf(r, "Fund.preview", "%lld", v);
			hset(r, "Fund.preview_wan", money_fmt(v, m, sizeof(m)));
			hset(r, "Fund.preview_why", why);
		}
	}
	if (!strcmp(a->state, "fund_applied") && r->s.role == ROLE_CITY) {
		d = db_query(r,
			"SELECT a.id, a.display_name, COALESCE(a.org_credit_code, '') FROM accounts a JOIN account_scopes s ON s.account_id = a.id"
			" JOIN regions g ON g.code = ? WHERE a.role = 'auditor' AND a.status = 'active' AND s.region_code IN (g.city_code, g.province_code)"
			" ORDER BY CONVERT(a.display_name USING gbk)", DS(a->region));
		if (!d) return 500;
		db_to_hdf(r, d, "Auditors", vn);
	}
	return page_render_status(r, status, "fund.cs");
}

/* 回避: the 审计机构 may be neither the enterprise's organisation nor its 服务商's (NULL: may; "" fault) */
static const char *
conflict(struct req *r, const struct app_info *a, long long auditor)
{
	struct dbrows *d = db_query(r,
		"SELECT v.display_name,"
		" (SELECT COALESCE(MAX(s.display_name), '') FROM project_parties x JOIN accounts s ON s.id = x.account_id"
		"   WHERE x.project_id = ? AND x.role = 'provider'"
		"   AND (s.credit_code = COALESCE(v.org_credit_code, v.credit_code) OR s.display_name = v.display_name)),"
		" (SELECT COUNT(*) FROM accounts o WHERE o.id = ? AND (o.credit_code = COALESCE(v.org_credit_code, v.credit_code)"
		"   OR o.display_name = v.display_name))"
		" FROM accounts v JOIN account_scopes sc ON sc.account_id = v.id JOIN regions g ON g.code = ?"
		" WHERE v.id = ? AND v.role = 'auditor' AND v.status = 'active' AND sc.region_code IN (g.city_code, g.province_code)",
		DI(a->project_id), DI(a->account_id), DS(a->region), DI(auditor));
	if (!d) return "";
	if (d->nrows != 1) return "请选择本市的审计机构";
	if (*dbv(d, 0, 1))
		return req_printf(r, "回避：该审计机构与本项目的服务商“%s”为同一单位，不能审计本项目，请另选审计机构", dbv(d, 0, 1));
	if (dbi(d, 0, 2)) return "回避：该审计机构与试点企业为同一单位，不能审计本项目，请另选审计机构";
	return NULL;
}

/* the 审计机构's figures: whole 元 each, the audited never above what was applied for nor above what it verified */
static void
validate_audit(struct req *r, const struct app_info *a)
{
	static const char *const f[] = { "contract_yuan", "invoice_yuan", "paid_yuan", "audited_yuan" };
	long long applied = atoll(hdf_get_value(r->hdf, "Fund.applied", "0")), audited = req_int(r, "audited_yuan", -1);
	char m[32];

	(void)a;
	for (int i = 0; i < 4; i++)
		if (!req_str(r, f[i]) && !req_val(r, f[i])->err)
			req_field_error(r, f[i], "请填写金额（元，整数）");
	for (int i = 0; i < 3; i++)
		if (audited >= 0 && req_str(r, f[i]) && !req_val(r, f[i])->err && audited > req_int(r, f[i], 0))
			req_field_error(r, "audited_yuan", req_printf(r, "审计核定的改造支出不能超过%s", inputs[4 + i].label));
	if (audited > applied)
		req_field_error(r, "audited_yuan", req_printf(r, "审计核定的改造支出不能超过企业申报的改造投入 %lld 元（%s万元）",
							      applied, money_fmt(applied, m, sizeof(m))));
	if (!req_upload(r, "upload")) req_field_error(r, "upload", "请上传专项审计报告（实施细则 第四章（六）1（2））");
}

static int
act(struct req *r, const struct app_info *a, const char *action)
{
	struct wf_args w = { .opinion = req_str(r, "opinion"), .act_date = req_str(r, "act_date"), .meeting = req_str(r, "meeting"),
			     .version = req_int(r, "version", 0) };
	struct wf_result res;
	const struct transition *t;
	long long auditor = req_int(r, "auditor", 0), file = 0;
	const char *e, *msg;
	int st;

	if (cc_fund_to_hdf(r, a)) return 500;
	if (!(t = wf_check(r, a, action, &w, &res))) return cc_refused(r, a, &res, render);
	if (!strcmp(action, "audit_assign") && (e = conflict(r, a, auditor))) {
		if (!*e) return 500;
		req_field_error(r, "auditor", e);
	}
	if (!strcmp(action, "audit")) validate_audit(r, a);
	if (req_errors(r)) return render(r, a, 422);

	if (db_begin(r)) return 500;
	if (!strcmp(action, "audit")) {
		/* the record first: the row's precondition asks for it */
		if ((st = cc_store(r, a, "audit_report", &file))) { db_rollback(r); return st == 422 ? render(r, a, 422) : st; }
		if (db_exec(r, "UPDATE cc_fund_audits SET contract_yuan = ?, invoice_yuan = ?, paid_yuan = ?, audited_yuan = ?,"
			       " applied_yuan = ?, audited_on = ?, report_id = ?, opinion = ? WHERE application_id = ? AND auditor_id = ?",
			    DI(req_int(r, "contract_yuan", 0)), DI(req_int(r, "invoice_yuan", 0)), DI(req_int(r, "paid_yuan", 0)),
			    DI(req_int(r, "audited_yuan", 0)), DI(atoll(hdf_get_value(r->hdf, "Fund.applied", "0"))), DS(w.act_date),
			    DI(file), DS(w.opinion ? w.opinion : ""), DI(a->id), DI(r->s.account_id)) != 1) {
			db_rollback(r);
			return 500;
		}
	}
	if (wf_step(r, a, t, &w, &res)) { db_rollback(r); return cc_refused(r, a, &res, render); }
	if (!strcmp(action, "audit_assign")) {
		if (db_exec(r, "INSERT INTO project_parties (project_id, role, account_id, stage, chosen_by) VALUES (?, 'auditor', ?, ?, ?)"
			       " ON DUPLICATE KEY UPDATE account_id = VALUES(account_id), stage = VALUES(stage), chosen_by = VALUES(chosen_by)",
			    DI(a->project_id), DI(auditor), DS(a->stage), DI(r->s.account_id)) < 0 ||   /* 0: the same again */
		    db_exec(r, "INSERT INTO cc_fund_audits (application_id, auditor_id, assigned_by, assigned_on) VALUES (?, ?, ?, CURDATE())"
			       " ON DUPLICATE KEY UPDATE auditor_id = VALUES(auditor_id), assigned_by = VALUES(assigned_by),"
			       " assigned_on = VALUES(assigned_on), contract_yuan = NULL, invoice_yuan = NULL, paid_yuan = NULL,"
			       " audited_yuan = NULL, applied_yuan = NULL, audited_on = NULL, report_id = NULL, opinion = NULL",
			    DI(a->id), DI(auditor), DI(r->s.account_id)) < 1 ||
		    notify(r, auditor, a->id, req_printf(r, "待办：%s的改造项目专项审计", a->org),
			   req_printf(r, "%s已将%s的改造项目资金申报分配给贵机构。请对合同、发票、付款凭证等财务资料进行审计，上传专项审计报告"
				      "并填写审计核定的改造支出（实施细则 第四章（六）1（2））。", a->p->authority, a->org)))
			return 500;
		msg = "已分配审计机构。";
	} else if (!strcmp(action, "audit")) {
		char m[32];
		msg = req_printf(r, "已提交专项审计报告：审计核定的改造支出 %s 万元，待县（市）区审核汇总。",
				 money_fmt(req_int(r, "audited_yuan", 0), m, sizeof(m)));
	} else {
		if (strcmp(action, "fund_list") && cc_tell_party(r, a, "auditor", "改造项目资金申报", t->label, w.opinion)) return 500;
		msg = req_printf(r, "已办理：%s。", t->label);
	}
	if (db_commit(r)) return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/fund.cgi?id=%lld", a->id), msg);
}

/* 1（3）县区名单汇总: the 县（市）区's audited projects to the 市 as one list */
static int
list_all(struct req *r)
{
	struct wf_args w = { 0 };
	struct wf_result res;
	struct dbrows *ids;

	if (r->s.role != ROLE_COUNTY) return 403;
	if (db_begin(r)) return 500;
	ids = db_query(r, "SELECT p.id FROM applications p JOIN regions g ON g.code = p.region_code WHERE p.stage = 'fund'"
			  " AND p.state = 'audited' AND ? IN (g.code, g.city_code) ORDER BY p.id FOR UPDATE", DS(scope_code(r)));
	if (!ids) { db_rollback(r); return 500; }
	if (!ids->nrows) {
		db_rollback(r);
		return page_flash_redirect(r, "/cgi-bin/fund.cgi", "没有已审计、待汇总上报的项目。");
	}
	if (wf_apply_each(r, ids, "fund_list", &w, &res)) {
		db_rollback(r);
		if (res.status == 500) return 500;
		return page_flash_redirect(r, "/cgi-bin/fund.cgi", res.msg ? res.msg : "汇总上报未执行。");
	}
	if (db_commit(r)) return 500;
	return page_flash_redirect(r, "/cgi-bin/fund.cgi",
				   req_printf(r, "已将 %d 个通过评测验收及审计的项目汇总上报市工信局。", ids->nrows));
}

static int
handle(struct req *r)
{
	if (r->method == M_POST && !req_int(r, "id", 0) && req_str(r, "action") && !strcmp(req_str(r, "action"), "fund_list"))
		return list_all(r);
	return cc_stage_page(r, list, render, act);
}

const struct page PAGE = { "fund", M_GET | M_POST, ROLE_ENTERPRISE | ROLE_COUNTY | ROLE_CITY | ROLE_AUDITOR, PAGE_UPLOAD,
			   inputs, handle };
