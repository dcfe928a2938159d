/*
 * luoyang_subsidy.c - 洛阳's 数字化改造补助 (实施方案 二（六）14, ../shared/seeds/001_5764935a55c18113.txt),
 * the second stage of 洛阳's programme: it opens for an enterprise the 市 lists as a 试点企业.  After its
 * transformation the enterprise states the project, the level its 评测 reached and its spend in the
 * rule set's categories (软件, 云服务, 网关、路由等数据采集传输设备; other spend is listed and not
 * counted), uploads the 评测报告, contracts, invoices and 付款凭证, and submits; the 县区 checks it
 * item by item, the 市 (工信局 with 财政局) 核定 the 补助 on a recorded day and meeting, and that step
 * writes the money decision at the amount the batch's rule set (luoyang-2025) computes from the
 * submitted figures, with its explanation; 财政 pays it on 资金拨付.
 */
#include <stdio.h>
#include <string.h>
#include "enterprise.h"
#include "workflow.h"
#include "ruleset.h"
#include "money.h"

const struct section ly_subsidy_sections[] = {
	{ "s1", "改造与评测情况" },
	{ "s2", "改造支出" },
	{ NULL, NULL }
};

#define S IN_SUBMIT
const struct input ly_subsidy_form[] = {
	{ "s_project", "改造项目名称", VT_LINE, S, 0, 100, "s1" },
	{ "s_period", "改造起止时间", VT_LINE, S, 0, 50, "s1", "例如 2025年3月至2025年10月" },
	{ "s_content", "改造主要内容", VT_TEXT, S, 0, 500, "s1", "500字以内" },
	{ "s_level", "改造后数字化水平等级", VT_KEY, S, 0, 8, "s1", "以评测报告为准（二（六）14：根据改造后达成的数字化等级）" },
	{ "s_evaluator", "评测机构", VT_LINE, S, 0, 100, "s1" },
	{ "s_eval_date", "评测日期", VT_DATE, S, 0, 0, "s1" },
	{ "s_software", "软件支出（万元）", VT_MONEY, S, 0, 0, "s2", "与数字化改造相关的软件支出" },
	{ "s_cloud", "云服务支出（万元）", VT_MONEY, S, 0, 0, "s2" },
	{ "s_equipment", "数据采集传输设备支出（万元）", VT_MONEY, S, 0, 0, "s2", "网关、路由等必要的数据采集传输设备" },
	{ "s_other", "其他支出（万元）", VT_MONEY, S, 0, 0, "s2", "不属于以上三类的支出，列示但不纳入补助，没有填 0" },
	{ "s_note", "支出说明", VT_TEXT, 0, 0, 500, "s2", "合同、发票、付款凭证的对应关系等，500字以内" },
	{ NULL }
};
#undef S

const struct choice ly_subsidy_choices[] = {
	{ "s_level", { "0", "无等级", "1", "一级", "2", "二级", "3", "三级", "4", "四级" } },
	{ NULL }
};

const struct file_kind ly_subsidy_files[] = {
	{ "eval_report", "（1）改造后数字化水平评测报告", "改造后数字化水平评测报告", "二（六）14：根据改造后达成的数字化等级" },
	{ "contract", "（2）改造合同", "改造合同", "二（六）14：实际发生的支出" },
	{ "invoice", "（3）发票", "发票", "二（六）14：实际发生的支出" },
	{ "payment", "（4）付款凭证", "付款凭证", "二（六）14：实际发生的支出" },
	{ "other", "（5）其他佐证材料" },
	{ NULL }
};

/* the rule set's inputs from the saved figures: level, then the four kinds of spend in 元; -1 when one is
 * missing or not a number (校验 says which) */
static int
subsidy_inputs(struct checklist *c, long long in[5])
{
	static const char *const names[] = { "s_software", "s_cloud", "s_equipment", "s_other" };
	const char *lv = check_value(c, "s_level");

	if (!*lv || valid_int(lv, 0, 4, &in[0])) return -1;
	for (int i = 0; i < 4; i++)
		if (valid_money(check_value(c, names[i]), &in[i + 1])) return -1;
	return 0;
}

/* the amount the batch's rule set gives these inputs, with its explanation */
static long long
subsidy_compute(struct req *r, const struct app_info *a, const long long in[5], const char **why)
{
	struct rs_calc calc;

	rs_compute(batch_ruleset(&a->b, a->p->ruleset), &a->b, in, &calc);
	*why = rs_explain_text(r, &calc);
	return calc.amount;
}

/* 二（六）14: a level of at least min_level after transformation, and some spend it counts */
int
ly_subsidy_check(struct req *r, const struct app_info *a, struct problem **out)
{
	struct checklist c;
	long long in[5];

	if (check_begin(r, a, &c)) return -1;
	check_required(&c, NULL);
	if (!subsidy_inputs(&c, in)) {
		const struct ruleset *rs = batch_ruleset(&a->b, a->p->ruleset);
		long long min = ruleset_param_def(rs, "min_level")->value;
		if (in[0] < min)
			check_add(&c, check_at(&c, "s1", "s_level"),
				  req_printf(r, "改造后数字化水平须达到%s级及以上方可申请补助（%s）", min == 2 ? "二" : min == 3 ? "三" : "一",
					     ruleset_param_def(rs, "min_level")->clause));
		if (in[1] + in[2] + in[3] == 0)
			check_add(&c, check_at(&c, "s2", "s_software"),
				  "软件、云服务、数据采集传输设备支出合计为0，没有可补助的支出（二（六）14）");
	}
	if (check_files(&c)) return -1;
	return check_end(&c, out);
}

/* the reviewers and the enterprise see what the rule set gives the saved figures, and why */
int
ly_subsidy_overview_hdf(struct req *r, const struct app_info *a)
{
	struct checklist c;
	long long in[5];
	const char *why;
	long long amount;
	char m[32];

	if (check_begin(r, a, &c)) return 500;
	if (subsidy_inputs(&c, in)) return 0;
	amount = subsidy_compute(r, a, in, &why);
	hsetf(r, "Subsidy.amount", "%lld", amount);
	hset(r, "Subsidy.amount_wan", money_fmt(amount, m, sizeof(m)));
	hset(r, "Subsidy.why", why);
	return 0;
}

/* 核定补助: the decision at the amount the rule set gives the submitted figures, in this transaction */
static int
subsidy_grant(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res)
{
	const struct ruleset *rs = batch_ruleset(&a->b, a->p->ruleset);
	struct checklist c;
	struct dbrows *d;
	long long in[5], amount;
	const char *why;

	(void)w;
	if (check_begin(r, a, &c)) return -1;
	if (subsidy_inputs(&c, in)) {
		res->status = 422;
		res->msg = "补助申请的等级或支出不完整，不能核定。";
		return -1;
	}
	amount = subsidy_compute(r, a, in, &why);
	d = db_query(r, "SELECT COALESCE(credit_code, ''), display_name FROM accounts WHERE id = ?", DI(a->account_id));
	if (!d || d->nrows != 1) return -1;
	return money_decide(r, &(struct money_decision){ .batch_id = a->batch_id, .app_id = a->id, .credit_code = dbv(d, 0, 0),
		.name = dbv(d, 0, 1), .region = a->region, .kind = "subsidy", .ruleset = rs->key, .ruleset_version = rs->version,
		.amount = amount, .explanation = why });
}

static const char *const county_checks[] = { "改造后等级与评测报告一致", "支出与合同、发票、付款凭证一致", "信用情况", NULL };

/* the 县区 审核 and the 市 核定 (工信局 with 财政局, 二（五）); the application deadline is stage 1's */
const struct transition ly_subsidy_rows[] = {
	{ "draft", ROLE_ENTERPRISE, "submit", "提交", "submitted", 0, "app_submit", wf_pre_checked, wf_eff_submit, TELL_COUNTY, NULL },
	{ "returned", ROLE_ENTERPRISE, "submit", "重新提交", "submitted", 0, "app_submit", wf_pre_checked, wf_eff_submit, TELL_COUNTY, NULL },
	{ "submitted", ROLE_ENTERPRISE, "withdraw", "撤回", "draft", WF_OPTIONAL, "app_submit", NULL, wf_eff_withdraw, TELL_COUNTY, NULL },
	{ "submitted", ROLE_COUNTY, "pass", "审核通过", "county_checked", 0, "review", NULL, NULL, TELL_CITY, NULL, county_checks },
	{ "submitted", ROLE_COUNTY, "return", "退回修改", "returned", WF_REASON, "review", NULL, wf_eff_return, TELL_NONE, NULL },
	{ "submitted", ROLE_COUNTY, "reject", "不予补助", "county_refused", WF_REASON, "review", NULL, NULL, TELL_NONE, NULL },
	{ "county_checked", ROLE_CITY, "grant", "核定补助", "granted", WF_DATE | WF_MEETING, "review", NULL, subsidy_grant, TELL_COUNTY, NULL },
	{ "county_checked", ROLE_CITY, "return", "退回修改", "returned", WF_REASON, "review", NULL, wf_eff_return, TELL_COUNTY, NULL },
	{ "county_checked", ROLE_CITY, "reject", "不予补助", "city_refused", WF_REASON, "review", NULL, NULL, TELL_COUNTY, NULL },
	{ NULL }
};
