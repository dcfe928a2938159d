/*
 * cc_fund.c - 长春's stage 资金申报 (实施细则 第四章（六）申报资金补贴, ../shared/seeds/002_f8d6ebe2e83360e2.txt), opened
 * for a project when its 项目验收 passes.  1 工作流程: 市工信主管部门下发资金申报通知 (the batch's 补贴比例 and 上限,
 * its rule set changchun-2024) - 企业自主申报 - 第三方审计机构专项审计 - 专家评审 - 市工信主管部门核定公布 - 专项资金拨付.
 * The enterprise files 《长春市中小企业数字化转型城市试点改造项目资金申报书》 (the seed prints no form: the fields
 * are what the chapter names -- the 改造项目 and its 改造投入 by 合同、发票、付款凭证, uploaded on the 附件材料 page),
 * only when its 验收 passed and the level confirmed in 水平评测 is 二级 or above (1（1）); on fund.cgi the 市 assigns a
 * 第三方审计机构 (回避: not the enterprise's nor its 服务商's organisation), which uploads its 《企业数字化改造项目专项
 * 审计报告》 and records the amounts it audited (1（2）: never above what was applied for); the 县（市）区 汇总s its
 * list for the 市 (1（3）); the 市 records its 专家评审 and 集体决策 (day, meeting, result), the 集体决策 deciding the
 * 补贴 by the rule set (money_decisions 'subsidy', its explanation), and publishes the list (1（4））; 财政 pays on
 * 资金拨付 (payments.cgi).
 */
#include <string.h>
#include "workflow.h"
#include "ruleset.h"
#include "money.h"
#include "doc.h"
#include "changchun.h"

#define FD_DOC "改造项目资金申报书"
#define FD_PLEDGE "本单位承诺所填报内容及提供的合同、发票、付款凭证等财务资料真实、合法、有效，如有不实，愿意承担相应责任；资金获批后按要求配合绩效评价等工作。"
#define FD_CLAUSE "实施细则 第四章（六）1（1）：对于改造后达到数字化水平二级及以上的试点企业，可提交资金补贴申请"

const struct section cc_fund_sections[] = {
	{ "u1", "申报单位基本信息" },
	{ "u2", "改造项目及投入" },
	{ "u3", "申报单位承诺" },
	{ NULL, NULL }
};

#define S IN_SUBMIT
/* 企业名称 and 企业信用代码 are the registration's (shown, not typed) */
const struct input cc_fund_form[] = {
	{ "c_county", "所属县（市、区）", VT_REGION, S, 0, 0, "u1" },
	{ "u_legal", "法定代表人", VT_LINE, S, 0, 50, "u1" },
	{ "u_manager", "项目负责人", VT_LINE, S, 0, 50, "u1" },
	{ "u_phone", "联系电话", VT_PHONE, S, 0, 0, "u1" },
	{ "u_bank", "开户银行", VT_LINE, S, 0, 100, "u1", "补贴资金拨付的收款账户" },
	{ "u_account", "银行账号", VT_LINE, S, 0, 40, "u1" },
	{ "u_project", "改造项目名称", VT_LINE, S, 0, 100, "u2" },
	{ "u_content", "改造内容及软硬件投入情况", VT_TEXT, S, 0, 1000, "u2",
	  "逐项列出数字化改造期间的软件、硬件及服务投入（第三章（六）：对数字化改造期间软硬件投入进行专项审计）。1000字以内" },
	{ "u_contract", "改造合同金额合计（万元）", VT_MONEY, S, 0, 0, "u2" },
	{ "u_invoice", "已取得发票金额合计（万元）", VT_MONEY, S, 0, 0, "u2" },
	{ "u_paid", "已付款金额合计（万元，以付款凭证为准）", VT_MONEY, S, 0, 0, "u2" },
	{ "u_applied", "申请审计核定的改造投入（万元）", VT_MONEY, S, 0, 0, "u2",
	  "不超过合同、发票、付款凭证三者中的最小金额；补贴按审计核定的金额计算" },
	{ "u_pledge", FD_PLEDGE, VT_BOOL, S, 0, 0, "u3" },
	{ "u_signer", "法定代表人（签章）", VT_LINE, S, 0, 50, "u3" },
	{ NULL }
};
#undef S

const struct choice cc_fund_choices[] = {
	{ "level", { "none", "无等级", "1", "一级", "2", "二级", "3", "三级", "4", "四级" } },
	{ NULL }
};

/* 1（2）: the 审计机构 audits 合同、发票、付款凭证 -- uploaded with the application */
const struct file_kind cc_fund_files[] = {
	{ "contract", "（1）数字化改造合同", "数字化改造合同", "第四章（六）1（2）：对试点企业数字化改造项目的合同、发票、付款凭证等财务资料进行审计" },
	{ "invoice", "（2）发票", "发票", "第四章（六）1（2）：合同、发票、付款凭证等财务资料" },
	{ "voucher", "（3）付款凭证", "付款凭证", "第四章（六）1（2）：合同、发票、付款凭证等财务资料" },
	{ "other", "（4）其他财务资料" },
	{ NULL }
};

int
cc_fund_section_hdf(struct req *r, const struct app_info *a, const char *section)
{
	hset(r, "Prog.document", FD_DOC);
	if (!strcmp(section, "u1")) {
		section_fact(r, "企业名称", a->org);
		section_fact(r, "企业信用代码", hdf_get_value(r->hdf, "App.credit_code", ""));
	}
	return 0;
}

/* the amount applied for is covered by each of 合同, 发票 and 付款凭证 (NULL, or what exceeds it) */
static const char *
over_evidence(const char *applied, const char *contract, const char *invoice, const char *paid)
{
	long long a, c;
	if (!applied || valid_money(applied, &a)) return NULL;
	if (contract && !valid_money(contract, &c) && a > c) return "申请审计核定的改造投入不能超过改造合同金额合计";
	if (invoice && !valid_money(invoice, &c) && a > c) return "申请审计核定的改造投入不能超过已取得发票金额合计";
	if (paid && !valid_money(paid, &c) && a > c) return "申请审计核定的改造投入不能超过已付款金额合计（付款凭证）";
	return NULL;
}

void
cc_fund_section_validate(struct req *r, const struct app_info *a, const char *section)
{
	const char *e;
	(void)a;
	if (strcmp(section, "u2")) return;
	if ((e = over_evidence(req_str(r, "u_applied"), req_str(r, "u_contract"), req_str(r, "u_invoice"), req_str(r, "u_paid"))))
		req_field_error(r, "u_applied", e);
}

/* the level confirmed in the project's 水平评测 ("" none) and whether its 项目验收 passed; -1 fault */
static int
fund_standing(struct req *r, const struct app_info *a, const char **level, int *passed)
{
	struct dbrows *d = db_query(r,
		"SELECT COALESCE((SELECT e.level FROM applications x JOIN evaluations e ON e.application_id = x.id"
		"  WHERE x.project_id = p.project_id AND x.stage = 'evaluation' AND x.state = 'evaluated'), ''),"
		" EXISTS (SELECT 1 FROM applications y WHERE y.project_id = p.project_id AND y.stage = 'accept' AND y.state = 'passed')"
		" FROM applications p WHERE p.id = ?", DI(a->id));
	if (!d || d->nrows != 1) return -1;
	*level = dbv(d, 0, 0);
	*passed = (int)dbi(d, 0, 1);
	return 0;
}

const char *
cc_fund_refusal(struct req *r, const struct app_info *a)
{
	const char *l, *label;
	int passed;
	if (fund_standing(r, a, &l, &passed)) return "";
	if (!passed) return "本项目的改造项目验收尚未通过，不能申请资金补贴（" FD_CLAUSE "；第四章（六）1（3）：汇总通过评测验收及审计的项目）。";
	if (!strcmp(l, "2") || !strcmp(l, "3") || !strcmp(l, "4")) return NULL;
	label = *l ? choice_label(a->st, "level", l) : "尚未认定";
	return req_printf(r, "水平评测认定的数字化水平为%s，未达到二级，不能申请资金补贴（%s）。", label ? label : l, FD_CLAUSE);
}

int
cc_fund_check(struct req *r, const struct app_info *a, struct problem **out)
{
	struct checklist c;
	const char *e;

	if (check_begin(r, a, &c)) return -1;
	if ((e = cc_fund_refusal(r, a))) {
		if (!*e) return -1;
		check_add(&c, req_printf(r, "/cgi-bin/fund.cgi?id=%lld", a->id), e);
	}
	check_required(&c, NULL);
	if (check_value(&c, "u_pledge")[0] && strcmp(check_value(&c, "u_pledge"), "1"))
		check_add(&c, check_at(&c, "u3", "u_pledge"), "请勾选申报单位承诺");
#define V(f) (check_value(&c, f)[0] ? check_value(&c, f) : NULL)
	if ((e = over_evidence(V("u_applied"), V("u_contract"), V("u_invoice"), V("u_paid"))))
		check_add(&c, check_at(&c, "u2", "u_applied"), req_printf(r, "%s（第四章（六）1（2）：按合同、发票、付款凭证审计）", e));
#undef V
	if (check_files(&c)) return -1;
	return check_end(&c, out);
}

/* ---- the record: the standing, the audit, the decided 补贴 ---- */

int
cc_fund_to_hdf(struct req *r, const struct app_info *a)
{
	static const char *const names[] = { "auditor", "assigned_on", "contract", "invoice", "paid", "audited", "applied",
					     "audited_on", "report", "report_name", "opinion", NULL };
	struct dbrows *d;
	const char *l, *label, *e;
	int passed;
	long long applied = 0;
	char m[32];

	if (fund_standing(r, a, &l, &passed)) return 500;
	label = *l ? choice_label(a->st, "level", l) : NULL;
	hset(r, "Fund.level", l);
	hset(r, "Fund.level_label", label ? label : "尚未认定");
	hseti(r, "Fund.accept_passed", passed);
	if (!(e = cc_fund_refusal(r, a))) e = "";
	hset(r, "Fund.refusal", e);
	d = db_query(r, "SELECT value FROM app_fields WHERE application_id = ? AND name = 'u_applied'", DI(a->id));
	if (!d) return 500;
	if (d->nrows && !valid_money(dbv(d, 0, 0), &applied)) hsetf(r, "Fund.applied", "%lld", applied);
	d = db_query(r,
		"SELECT v.display_name, DATE_FORMAT(f.assigned_on, '%Y-%m-%d'), COALESCE(f.contract_yuan, ''), COALESCE(f.invoice_yuan, ''),"
		" COALESCE(f.paid_yuan, ''), COALESCE(f.audited_yuan, ''), COALESCE(f.applied_yuan, ''),"
		" COALESCE(DATE_FORMAT(f.audited_on, '%Y-%m-%d'), ''), COALESCE(f.report_id, 0), COALESCE(t.filename, ''), COALESCE(f.opinion, '')"
		" FROM cc_fund_audits f JOIN accounts v ON v.id = f.auditor_id LEFT JOIN attachments t ON t.id = f.report_id"
		" WHERE f.application_id = ?", DI(a->id));
	if (!d) return 500;
	db_to_hdf(r, d, "Audit", names);
	d = db_query(r, "SELECT amount_yuan, explanation, ruleset, ruleset_version, DATE_FORMAT(decided_on, '%Y-%m-%d') FROM money_decisions"
			" WHERE application_id = ? AND kind = 'subsidy' AND state = 'decided'", DI(a->id));
	if (!d) return 500;
	if (d->nrows) {
		hset(r, "Fund.amount", dbv(d, 0, 0));
		hset(r, "Fund.amount_wan", money_fmt(dbi(d, 0, 0), m, sizeof(m)));
		hset(r, "Fund.why", dbv(d, 0, 1));
		hset(r, "Fund.ruleset", req_printf(r, "%s 第%s版", dbv(d, 0, 2), dbv(d, 0, 3)));
		hset(r, "Fund.decided_on", dbv(d, 0, 4));
	}
	return 0;
}

int
cc_fund_overview_hdf(struct req *r, const struct app_info *a)
{
	hset(r, "Prog.document", FD_DOC);
	return cc_fund_to_hdf(r, a);
}

/* the 补贴 the rule set gives the audited amount at the project's level: the amount (-1 fault, *err set when the
 * audit is missing), *why its explanation */
long long
cc_fund_compute(struct req *r, const struct app_info *a, const char **why, const char **err)
{
	const struct ruleset *rs = batch_ruleset(&a->b, a->p->ruleset);
	long long in[RS_MAX_IN] = { 0 };
	struct rs_calc calc;
	const char *l;
	int passed;
	struct dbrows *d;

	*err = NULL;
	if (!rs || fund_standing(r, a, &l, &passed)) return -1;
	d = db_query(r, "SELECT audited_yuan FROM cc_fund_audits WHERE application_id = ? AND audited_yuan IS NOT NULL", DI(a->id));
	if (!d) return -1;
	if (d->nrows != 1) { *err = "尚无审计机构核定的改造支出，不能核定补贴金额。"; return -1; }
	if (rs_input_parse(&rs->kind->inputs[0], (*l && strcmp(l, "none")) ? l : "0", &in[0])) in[0] = 0;
	in[1] = dbi(d, 0, 0);
	rs_compute(rs, &a->b, in, &calc);
	if (!(*why = rs_explain_text(r, &calc))) return -1;
	return calc.amount;
}

/* ---- the rows' conditions and effects ---- */

/* 1（1）: a complete 申报书, a passed 验收 and 二级 or above */
static const char *
pre_submit(struct req *r, const struct app_info *a, const struct wf_args *w)
{
	const char *e = cc_fund_refusal(r, a);
	return e ? e : wf_pre_checked(r, a, w);
}

/* 集体决策 核定: the 补贴 by the rule set, decided in this transaction */
static int
eff_decide(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res)
{
	const struct ruleset *rs = batch_ruleset(&a->b, a->p->ruleset);
	const char *why, *err;
	long long amount = cc_fund_compute(r, a, &why, &err);
	struct dbrows *d;

	if (amount < 0) {
		if (err) { res->status = 422; res->msg = err; }
		return -1;
	}
	d = db_query(r, "SELECT COALESCE(credit_code, ''), display_name FROM accounts WHERE id = ?", DI(a->account_id));
	if (!d || d->nrows != 1) return -1;
	why = req_printf(r, "%s\n集体决策：%s %s", why, w->act_date ? w->act_date : "", w->meeting ? w->meeting : "");
	return money_decide(r, &(struct money_decision){ .batch_id = a->batch_id, .app_id = a->id, .credit_code = dbv(d, 0, 0),
		.name = dbv(d, 0, 1), .region = a->region, .kind = "subsidy", .ruleset = rs->key, .ruleset_version = rs->version,
		.amount = amount, .explanation = why });
}

/* the 审计机构's report: the audited amount recorded by the page in this transaction */
static const char *
pre_audited(struct req *r, const struct app_info *a, const struct wf_args *w)
{
	struct dbrows *d = db_query(r, "SELECT COUNT(*) FROM cc_fund_audits WHERE application_id = ? AND audited_yuan IS NOT NULL"
				       " AND report_id IS NOT NULL", DI(a->id));
	(void)w;
	if (!d || !d->nrows) return "";
	return dbi(d, 0, 0) ? NULL : "请上传专项审计报告并填写审计核定的改造支出（第四章（六）1（2））。";
}

const struct transition cc_fund_rows[] = {
	{ "draft", ROLE_ENTERPRISE, "submit", "提交资金申报书", "fund_applied", 0, "app_submit", pre_submit, wf_eff_submit, TELL_CITY, NULL },
	{ "returned", ROLE_ENTERPRISE, "submit", "重新提交资金申报书", "fund_applied", 0, "app_submit", pre_submit, wf_eff_submit,
	  TELL_CITY, NULL },
	/* 1（2）: the 市 assigns the 第三方审计机构, which audits and reports */
	{ "fund_applied", ROLE_CITY, "audit_assign", "分配审计机构", "audit_assigned", 0, "fund", NULL, NULL, TELL_NONE, NULL },
	{ "audit_assigned", ROLE_AUDITOR, "audit", "提交专项审计报告", "audited", WF_DATE, "fund", pre_audited, NULL, TELL_COUNTY, NULL },
	/* 1（3）: the 县（市）区 汇总s what passed 评测验收 and 审计, for the 市 */
	{ "audited", ROLE_COUNTY, "fund_list", "审核汇总，报市工信局", "fund_listed", 0, "fund", NULL, NULL, TELL_CITY, NULL },
	{ "audited", ROLE_COUNTY, "fund_return", "退回企业修改", "returned", WF_REASON, "fund", NULL, wf_eff_return, TELL_NONE, NULL },
	/* 1（4）: 专家评审, 集体决策 (the 补贴 decided), 公布 */
	{ "fund_listed", ROLE_CITY, "fund_expert_pass", "专家评审通过", "fund_reviewed", WF_DATE | WF_MEETING, "fund", NULL, NULL,
	  TELL_NONE, NULL },
	{ "fund_listed", ROLE_CITY, "fund_expert_fail", "专家评审未通过", "fund_rejected", WF_REASON | WF_DATE | WF_MEETING, "fund", NULL,
	  NULL, TELL_COUNTY, NULL },
	{ "fund_reviewed", ROLE_CITY, "fund_decide", "集体决策：核定补贴金额", "fund_decided", WF_DATE | WF_MEETING, "fund", NULL,
	  eff_decide, TELL_NONE, NULL },
	{ "fund_reviewed", ROLE_CITY, "fund_exclude", "集体决策：不予补贴", "fund_rejected", WF_REASON | WF_DATE | WF_MEETING, "fund",
	  NULL, NULL, TELL_COUNTY, NULL },
	{ "fund_decided", ROLE_CITY, "fund_publish", "公布补贴名单", "fund_published", WF_DATE, "fund", NULL, NULL, TELL_COUNTY, NULL },
	{ NULL }
};

/* its words for the states it shares with 申请入库 */
const char *const cc_fund_states[][2] = {
	{ "draft", "待企业提交资金申报书" }, { "returned", "县（市）区退回，待企业修改后重新提交" }, { NULL }
};

/* 所属县（市、区）, 项目负责人 and 联系电话 from the registration */
const char *const cc_fund_prefill[][2] = { { "c_county", "region" }, { "u_manager", "contact" }, { "u_phone", "mobile" }, { NULL } };

/* ---- the 资金申报书 as printed ---- */

int
cc_fund_print_doc(struct req *r, const struct app_info *a, const char *content, struct doc *d)
{
#define V(f) content_value(r, content, f)
	(void)a;
	const char *when = hdf_get_value(r->hdf, "Print.submitted_at", "");
	struct table *t = cc_sheet(r, d, FD_DOC, "", "长春市中小企业数字化转型城市试点改造项目资金申报书");

	cc_part(t, "申报单位基本信息");
	cc_row2(t, "企业名称", hdf_get_value(r->hdf, "App.org", ""), "企业信用代码", hdf_get_value(r->hdf, "App.credit_code", ""));
	cc_row2(t, "所属县（市、区）", hdf_get_value(r->hdf, "App.county", V("c_county")), "法定代表人", V("u_legal"));
	cc_row2(t, "项目负责人", V("u_manager"), "联系电话", V("u_phone"));
	cc_row2(t, "开户银行", V("u_bank"), "银行账号", V("u_account"));
	cc_part(t, "改造项目及投入");
	cc_row2(t, "改造项目名称", V("u_project"), NULL, NULL);
	cc_row2(t, "改造内容及软硬件投入情况", V("u_content"), NULL, NULL);
	cc_row2(t, "改造合同金额合计（万元）", V("u_contract"), "已取得发票金额合计（万元）", V("u_invoice"));
	cc_row2(t, "已付款金额合计（万元）", V("u_paid"), "申请审计核定的改造投入（万元）", V("u_applied"));
	cc_row2(t, "申报单位承诺", req_printf(r, "%s %s\n法定代表人（签章）：%s\n单位公章\n%s", strcmp(V("u_pledge"), "1") ? "☐" : "☑",
					    FD_PLEDGE, V("u_signer"), *when ? when : "年　月　日"), NULL, NULL);
	cc_row2(t, "县（市、区）工信主管部门审核意见", "单位公章\n年　月　日", NULL, NULL);
	return 0;
#undef V
}
