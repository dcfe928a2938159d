/*
 * platform.c - the 服务平台 programme of the Inner Mongolia 申报指南
 * (../shared/seeds/003_3c48d16c89a8df11.txt): the 申请报告's sections and
 * fields (附件2), the 绩效评价目标表 (附件4), the checks that cite the guide,
 * and the subsidy rule of 附件3.  Rule values come from the batch.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "reclist.h"
#include "ruleset.h"
#include "doc.h"
#include "platform.h"
#include "../summary.h"

static const struct section platform_sections[] = {
	{ "basic", "基本信息" },
	{ "industry", "申报细分行业" },
	{ "conditions", "申报条件" },
	{ "pledge", "承诺书" },
	{ "plan", "实施方案" },
	{ "kpi", "绩效评价目标表" },
	{ NULL, NULL }
};

#define S IN_SUBMIT
#define PCT 10000   /* 100.00 in hundredths */
/* an indicator in % (its bound is 100.00) takes a typed "40%" as 40 */
#define KPI(n, max) \
	{ "kpi_" #n "_base", "期初值", VT_DECIMAL, ((max) == PCT ? IN_PERCENT : 0), 0, max, "kpi" }, \
	{ "kpi_" #n "_target", "目标值", VT_DECIMAL, S | ((max) == PCT ? IN_PERCENT : 0), 0, max, "kpi" }

static const struct input platform_form[] = {
	/* 基本信息 (附件2 封面) */
	{ "legal_rep", "法定代表人", VT_LINE, S, 0, 50, "basic" },
	{ "contact_person", "联系人", VT_LINE, S, 0, 50, "basic" },
	{ "contact_phone", "联系电话", VT_PHONE, S, 0, 0, "basic", "手机号码或带区号的固定电话，例如 0471-4824952" },
	{ "reg_address", "注册地址", VT_LINE, S, 0, 200, "basic", "与营业执照一致" },
	{ "region", "所在旗县区", VT_REGION, S, 0, 0, "basic", "平台应在我区注册（申报条件一）；决定初审的旗县区工信局" },
	{ "apply_date", "申请日期", VT_DATE, S, 0, 0, "basic" },
	/* 申报细分行业 (附件1) */
	{ "sub_industry", "申报细分行业", VT_INT, S, 1, 100, "industry", "每个服务平台每批只能申报一个细分行业（申报条件四）" },
	/* 申报条件 (二、一 to 五; 六 is computed) */
	{ "cond1", "（一）平台应在我区注册且具备独立法人资格，长期聚焦细分领域从事数字化工作的服务商。", VT_BOOL, S, 0, 0, "conditions" },
	{ "cond2", "（二）平台未列入经营异常名录和严重失信主体名单。", VT_BOOL, S, 0, 0, "conditions" },
	{ "cond3", "（三）近三年未发生较大安全（含网络安全、数据安全）、质量、环境污染等事故及偷税等违法违规行为。", VT_BOOL, S, 0, 0, "conditions" },
	{ "cond4", "（四）平台应聚焦某一细分行业，具有较好的行业知识积累、技术开发能力和行业服务生态，能提炼该细分行业共性应用场景，同时兼顾企业个性化需求，并能提出切实可行的系统解决方案。每个服务平台，每批只能申报一个细分行业。", VT_BOOL, S, 0, 0, "conditions" },
	{ "cond5", "（五）平台应具备为某一细分行业企业提供转型咨询、诊断评估、设备改造、软件应用等一揽子数字化转型服务的能力，并有若干已完成的细分行业数字化转型服务成功案例。", VT_BOOL, S, 0, 0, "conditions" },
	/* 承诺书 (附件2) */
	{ "pledge1", "1.本申请报告中所填写的内容真实、合法、有效。", VT_BOOL, S, 0, 0, "pledge" },
	{ "pledge2", "2.提供的申报资料和文件内容真实、可靠、事实存在。", VT_BOOL, S, 0, 0, "pledge" },
	{ "pledge3", "3.本申请报告中所涉本单位的知识产权、商业秘密明晰完整，归属本单位或技术来源正当合法，未剽窃他人成果，未侵犯他人的知识产权或商业秘密。", VT_BOOL, S, 0, 0, "pledge" },
	{ "pledge4", "4.近三年未发生较大安全（含网络安全、数据安全）、质量、环境污染等事故及偷税等违法违规行为。", VT_BOOL, S, 0, 0, "pledge" },
	{ "pledge5", "5.积极配合相关绩效评价。", VT_BOOL, S, 0, 0, "pledge" },
	{ "signatory", "法定代表人（签字）", VT_LINE, S, 0, 50, "pledge", "打印稿上由法定代表人本人签字" },
	{ "pledge_date", "承诺日期", VT_DATE, S, 0, 0, "pledge" },
	/* 实施方案（提纲） (附件2) */
	{ "plan_1", "一、平台主要服务功能介绍", VT_TEXT, S, 0, 3000, "plan" },
	{ "plan_2_1", "二、1.为某一细分领域提供转型咨询、诊断评估、设备改造、软件应用等一揽子数字化转型服务情况", VT_TEXT, S, 0, 3000, "plan" },
	{ "plan_2_2", "二、2.平台的行业知识积累、技术开发能力、行业服务生态等情况", VT_TEXT, S, 0, 3000, "plan" },
	{ "plan_2_3", "二、3.典型案例的服务质量和效果", VT_TEXT, S, 0, 3000, "plan" },
	{ "plan_3_1", "三、1、试点行业调研情况（调研团队、调研时间、调研情况以及主要结论）", VT_TEXT, S, 0, 3000, "plan" },
	{ "plan_3_2", "三、2、试点行业问题梳理情况（痛点、难点、堵点，共性问题，共性与个性应用场景，系统解决方案）", VT_TEXT, S, 0, 5000, "plan" },
	{ "plan_4_1", "四、1、试点企业情况及数字化转型目标（试点企业及时间安排、转型目标、改造具体内容及完成保障）", VT_TEXT, S, 0, 3000, "plan" },
	{ "plan_4_2", "四、2、试点企业数字化转型成本测算（实际改造成本评估及证明材料，奖补资金规模测算）", VT_TEXT, S, 0, 3000, "plan" },
	{ "plan_4_3", "四、3、试点企业数字化转型绩效管理（绩效运行监控、绩效评价、绩效结果应用）", VT_TEXT, S, 0, 3000, "plan" },
	/* 绩效评价目标表 (附件4): 14 indicators, 期初值 optional, 目标值 required */
	KPI(1, PCT), KPI(2, PCT), KPI(3, PCT), KPI(4, PCT), KPI(5, 100000000), KPI(6, 100000000), KPI(7, PCT),
	KPI(8, 400), KPI(9, PCT), KPI(10, PCT), KPI(11, PCT), KPI(12, PCT), KPI(13, 100000000), KPI(14, 10000),
	{ NULL }
};

/* 附件4's rows: 一级指标, 二级指标, 三级指标, unit */
static const struct { const char *g1, *g2, *g3, *unit; } kpis[14] = {
	{ "关键指标", "基础设施联网率", "设备设施数字化率", "%" },
	{ "关键指标", "基础设施联网率", "数字化设备设施联网率", "%" },
	{ "关键指标", "基础设施联网率", "设备设施上云率", "%" },
	{ "关键指标", "管理数字化水平", "核心经营管理环节数字化工具普及率", "%" },
	{ "关键指标", "拆单效率", "企业拆单效率", "单/人·天" },
	{ "关键指标", "订单交付", "订单交付平均时间", "天" },
	{ "关键指标", "订单准确率", "包装发货准确率", "%" },
	{ "总体成效", "企业数字化转型水平", "试点企业数字化水平的平均等级", "级（1-4）" },
	{ "总体成效", "共性应用场景满足率", "梳理出的共性应用场景的满足率", "%" },
	{ "总体成效", "个性应用场景满足率", "梳理出的个性应用场景的满足率", "%" },
	{ "服务质量", "企业满意度", "试点企业对数字化改造总体满意度", "%" },
	{ "服务质量", "培训覆盖率", "操作人员应知应会培训的覆盖率", "%" },
	{ "服务质量", "服务响应速度", "服务平台的服务响应速度", "小时" },
	{ "服务质量", "质保期限", "质保年限", "年" },
};

/* the 汇总表 (附件3): what the attachment prints, then what only the screen and the CSV carry */
const struct tcol platform_summary_cols[SUMC_ALL] = {
	[SUMC_SEQ] = { "序号", NULL, TC_TEXT, TC_GROUP | TC_SEQ, 3.5 },
	[SUMC_ORG] = { "企业名称（服务平台）", NULL, TC_TEXT, TC_GROUP, 16 },
	[SUMC_IND] = { "对应行业", NULL, TC_TEXT, TC_GROUP, 12 },
	[SUMC_NAME] = { "试点企业名称", NULL, TC_TEXT, 0, 18 },
	[SUMC_COST] = { "实际改造成本", "实际改造成本（万元）", TC_WAN, TC_SUM, 9 },
	[SUMC_SUBSIDY] = { "奖补资金额", "奖补资金额（万元）", TC_WAN, TC_SUM, 9 },
	[SUMC_CITY] = { "盟市", NULL, TC_TEXT, TC_GROUP | TC_DATA, 8 },
	[SUMC_STATE] = { "审核状态", NULL, TC_TEXT, TC_GROUP | TC_DATA, 10 },
	[SUMC_CHECK] = { "规则检查", NULL, TC_TEXT, TC_CSV, 10 },
	/* the platform's decision (money_decisions at 认定) and what 财政 has paid on it (payments) */
	[SUMC_PAID] = { "已拨付", "已拨付（万元）", TC_WAN, TC_GROUP, 9 },
	[SUMC_LEFT] = { "未拨付", "未拨付（万元）", TC_WAN, TC_GROUP, 9 },
};

const struct tcol platform_kpi_cols[KPIC_N] = {
	{ "一级指标", NULL, TC_TEXT, 0, 6 }, { "二级指标", NULL, TC_TEXT, 0, 9 }, { "三级指标", NULL, TC_TEXT, 0, 14 },
	{ "单位", NULL, TC_TEXT, 0, 5 },
	{ "填报数", "期初值 填报数", TC_INT, 0, 4 }, { "平均", "期初值 平均", TC_DEC2, 0, 5 },
	{ "最小", "期初值 最小", TC_DEC2, 0, 5 }, { "最大", "期初值 最大", TC_DEC2, 0, 5 },
	{ "填报数", "目标值 填报数", TC_INT, 0, 4 }, { "平均", "目标值 平均", TC_DEC2, 0, 5 },
	{ "最小", "目标值 最小", TC_DEC2, 0, 5 }, { "最大", "目标值 最大", TC_DEC2, 0, 5 },
};

const struct tcol platform_kpi_form_cols[5] = {
	{ "一级指标", NULL, TC_TEXT, 0, 5 }, { "二级指标", NULL, TC_TEXT, 0, 8 }, { "三级指标", NULL, TC_TEXT, 0, 14 },
	{ "期初值", NULL, TC_TEXT, 0, 6 }, { "目标值", NULL, TC_TEXT, 0, 6 },
};

/* a value of 附件4 with its unit: 85%, 12 单/人·天 ("" stays empty) */
static const char *
kpi_value(struct req *r, int i, const char *v)
{
	if (!v || !*v) return "";
	return req_printf(r, "%s%s%s", v, strcmp(kpis[i].unit, "%") ? " " : "", kpis[i].unit);
}

void
platform_kpi_rows(struct req *r, struct table *t, int first_col, const char *(*val)(struct req *, void *, int, int), void *ctx)
{
	int top = t->nrows;
	for (int i = 0; i < 14; i++) {
		int y = table_row(t);
		table_text(t, y, 0, kpis[i].g1);
		table_text(t, y, 1, kpis[i].g2);
		table_text(t, y, 2, kpis[i].g3);
		if (first_col == 3) {           /* 附件4 itself: 期初值, 目标值 with their units */
			table_text(t, y, 3, kpi_value(r, i, val(r, ctx, i, 0)));
			table_text(t, y, 4, kpi_value(r, i, val(r, ctx, i, 1)));
		}
	}
	/* 一级指标 and 二级指标 merged as 附件4 prints them */
	for (int i = 0; i < 14; i++) {
		int n1 = 0, n2 = 0;
		if (i == 0 || strcmp(kpis[i - 1].g1, kpis[i].g1))
			for (int k = i; k < 14 && !strcmp(kpis[k].g1, kpis[i].g1); k++) n1++;
		if (i == 0 || strcmp(kpis[i - 1].g2, kpis[i].g2))
			for (int k = i; k < 14 && !strcmp(kpis[k].g2, kpis[i].g2); k++) n2++;
		if (n1 > 1) table_span(t, top + i, 0, n1, 1);
		if (n2 > 1) table_span(t, top + i, 1, n2, 1);
	}
}

const char *platform_kpi_unit(int i) { return i >= 0 && i < 14 ? kpis[i].unit : ""; }

void
platform_kpi_to_hdf(struct req *r)
{
	for (int i = 0; i < 14; i++) {
		const char *p = req_printf(r, "KPI.%d", i);
		hset(r, req_printf(r, "%s.g1", p), kpis[i].g1);
		hset(r, req_printf(r, "%s.g2", p), kpis[i].g2);
		hset(r, req_printf(r, "%s.g3", p), kpis[i].g3);
		hset(r, req_printf(r, "%s.unit", p), kpis[i].unit);
		hset(r, req_printf(r, "%s.base", p), req_printf(r, "kpi_%d_base", i + 1));
		hset(r, req_printf(r, "%s.target", p), req_printf(r, "kpi_%d_target", i + 1));
		/* rowspans of the grouped first columns, as printed in 附件4 */
		int first1 = i == 0 || strcmp(kpis[i - 1].g1, kpis[i].g1);
		int first2 = i == 0 || strcmp(kpis[i - 1].g2, kpis[i].g2);
		int n1 = 0, n2 = 0;
		for (int k = i; first1 && k < 14 && !strcmp(kpis[k].g1, kpis[i].g1); k++) n1++;
		for (int k = i; first2 && k < 14 && !strcmp(kpis[k].g2, kpis[i].g2); k++) n2++;
		hseti(r, req_printf(r, "%s.span1", p), n1);
		hseti(r, req_printf(r, "%s.span2", p), n2);
	}
}

extern const struct programme platform_programme;

/* the batch's rule set (neimenggu-2025) for one enterprise, the platform's other enterprises left aside
 * (their total is checked against the platform cap on its own: subsidy_total_ok) */
long long
subsidy_cap_yuan(const struct batch *b, long long cost)
{
	const struct ruleset *rs = batch_ruleset(b, platform_programme.ruleset);
	long long in[RS_MAX_IN] = { cost, 0 };

	if (!rs) return 0;     /* batch_open/app_open refuse such a batch first */
	return rs_amount(rs, b, in);
}

int
subsidy_total_ok(const struct batch *b, long long total)
{
	return total <= batch_yuan(b, "cap_platform_yuan");
}

const char *
subsidy_basis(struct req *r, const struct batch *b, long long cost)
{
	char c[32], p[32], cap[32];
	long long pct = rs_pct(cost, batch_int(b, "cap_enterprise_pct"));

	money_fmt(cost, c, sizeof(c));
	money_fmt(pct, p, sizeof(p));
	money_fmt(batch_yuan(b, "cap_enterprise_yuan"), cap, sizeof(cap));
	if (pct < batch_yuan(b, "cap_enterprise_yuan"))
		return req_printf(r, "实际改造成本 %s × %d%% = %s 万元（不超过每家试点企业实际改造成本的%d%%，附件3注）",
				  c, batch_int(b, "cap_enterprise_pct"), p, batch_int(b, "cap_enterprise_pct"));
	return req_printf(r, "实际改造成本 %s × %d%% = %s 万元，超过每家试点企业最高 %s 万元，按 %s 万元（附件3注）",
			  c, batch_int(b, "cap_enterprise_pct"), p, cap, cap);
}

/* the 申报指南's own words for what is missing */
static const char *
platform_phrase(struct checklist *c, const struct input *in)
{
	if (!strcmp(in->section, "conditions"))
		/* the label starts with the clause number, e.g. （一） (9 bytes) */
		return req_printf(c->r, "须确认申报条件%.9s", in->label);
	if (!strcmp(in->section, "pledge") && in->type == VT_BOOL)
		return req_printf(c->r, "须接受承诺书第%c条", in->label[0]);
	if (!strcmp(in->section, "kpi"))     /* our own field name: kpi_<1..14>_target */
		return req_printf(c->r, "请填写“%s”的目标值（绩效评价目标表，申报材料（4））", kpis[atoi(in->name + 4) - 1].g3);
	return "";
}

static int
platform_check(struct req *r, const struct app_info *a, struct problem **out)
{
	struct checklist c;
	struct dbrows *d;
	const struct batch *b = &a->b;
	char m[32], m2[32];

	/* every field the submission needs */
	if (check_begin(r, a, &c)) return -1;
	check_required(&c, platform_phrase);
	/* 所在旗县区 in the province: 申报条件（一） */
	if (a->region[0] && !region_is_county_of(r, a->region, b->region))
		check_add(&c, req_printf(r, "/cgi-bin/app_edit.cgi?id=%lld&section=basic#f-region", a->id),
		    "所在旗县区须在本自治区范围内（申报条件（一））");
	/* 服务企业: count, proofs, caps */
	d = db_query(r,
		"SELECT e.id, e.name, e.cost_yuan, e.subsidy_yuan,"
		" (SELECT COUNT(*) FROM attachments t WHERE t.enterprise_id = e.id AND t.kind = 'contract'),"
		" (SELECT COUNT(*) FROM attachments t WHERE t.enterprise_id = e.id AND t.kind = 'invoice'),"
		" (SELECT COUNT(*) FROM attachments t WHERE t.enterprise_id = e.id AND t.kind = 'scene'),"
		" e.scale IS NULL, e.sub_industry IS NULL, e.contract_date IS NULL"
		" FROM app_enterprises e WHERE e.application_id = ? ORDER BY e.id", DI(a->id));
	if (!d) return -1;
	if (d->nrows < batch_int(b, "min_smes"))
		check_add(&c, req_printf(r, "/cgi-bin/app.cgi?id=%lld#enterprises", a->id),
		    req_printf(r, "服务企业少于%d家（申报条件（六）：本年度至少为某一细分领域的%d家中小企业提供数字化转型服务），目前%d家",
			       batch_int(b, "min_smes"), batch_int(b, "min_smes"), d->nrows));
	{
		long long total = 0;
		for (int i = 0; i < d->nrows; i++) {
			const char *anchor = req_printf(r, "/cgi-bin/app_ent.cgi?id=%lld&ent=%lld", a->id, dbi(d, i, 0));
			long long cap = subsidy_cap_yuan(b, dbi(d, i, 2));
			total += dbi(d, i, 3);
			if (!dbi(d, i, 4))
				check_add(&c, anchor, req_printf(r, "服务企业“%s”缺少服务合同（申报材料（5））", dbv(d, i, 1)));
			if (!dbi(d, i, 5))
				check_add(&c, anchor, req_printf(r, "服务企业“%s”缺少与服务合同相对应的发票（申报材料（5））", dbv(d, i, 1)));
			if (!dbi(d, i, 6))
				check_add(&c, anchor, req_printf(r, "服务企业“%s”缺少效果场景证明材料（申报材料（5））", dbv(d, i, 1)));
			if (dbi(d, i, 7))
				check_add(&c, anchor, req_printf(r, "请填写服务企业“%s”的企业规模（中型、小型或微型，申报条件（六））", dbv(d, i, 1)));
			if (dbi(d, i, 8))
				check_add(&c, anchor, req_printf(r, "请选择服务企业“%s”所属的细分行业（附件1）", dbv(d, i, 1)));
			if (dbi(d, i, 9))
				check_add(&c, anchor, req_printf(r, "请填写服务企业“%s”的服务合同签订日期（申报条件（六）：本年度）", dbv(d, i, 1)));
			if (dbi(d, i, 3) > cap)
				check_add(&c, anchor, req_printf(r, "服务企业“%s”的奖补资金额 %s 万元超过上限 %s 万元（附件3注）",
								   dbv(d, i, 1), money_fmt(dbi(d, i, 3), m, sizeof(m)),
								   money_fmt(cap, m2, sizeof(m2))));
		}
		if (!subsidy_total_ok(b, total))
			check_add(&c, req_printf(r, "/cgi-bin/app.cgi?id=%lld#enterprises", a->id),
			    req_printf(r, "奖补资金合计 %s 万元超过每个服务平台最高 %s 万元（附件3注）",
				       money_fmt(total, m, sizeof(m)), money_fmt(batch_yuan(b, "cap_platform_yuan"), m2, sizeof(m2))));
	}
	/* 申报材料 (2) and (3) */
	if (check_files(&c)) return -1;
	/* 申报条件（四）: one sub-industry per platform per batch is the schema's
	 * UNIQUE (batch_id, account_id) with a single sub_industry column */
	return check_end(&c, out);
}

/*
 * What is flagged about served enterprises, never refused (the 自治区 or the
 * reviewers decide): the same enterprise (统一社会信用代码) in another
 * platform's list of this batch -- a 试点企业 gets at most 20万 in total
 * (附件3注), the 自治区 decides which platform keeps it; a sub-industry
 * other than the platform's (申报条件（四）、（六）); a contract signed
 * outside the batch's year (申报条件（六）: 本年度).  ent 0: every row.
 */
int
platform_flags(struct req *r, const struct app_info *a, long long ent, struct problem **out)
{
	struct checklist c = { .r = r, .a = a };     /* flags read no fields */
	char m[32], m2[32];
	struct dbrows *d = db_query(r,
		"SELECT e.id, e.name, e.credit_code, COALESCE(e.sub_industry, 0), COALESCE(YEAR(e.contract_date), 0),"
		" COALESCE(s.name, ''),"
		" (SELECT COUNT(DISTINCT o.application_id) FROM app_enterprises o JOIN applications q ON q.id = o.application_id"
		"   WHERE o.credit_code = e.credit_code AND q.batch_id = ? AND q.id <> e.application_id AND q.state <> 'draft'),"
		" (SELECT COALESCE(SUM(o.subsidy_yuan), 0) FROM app_enterprises o JOIN applications q ON q.id = o.application_id"
		"   WHERE o.credit_code = e.credit_code AND q.batch_id = ? AND (q.state <> 'draft' OR q.id = e.application_id)),"
		" (SELECT GROUP_CONCAT(DISTINCT a.display_name ORDER BY a.display_name SEPARATOR '、') FROM app_enterprises o"
		"   JOIN applications q ON q.id = o.application_id JOIN accounts a ON a.id = q.account_id"
		"   WHERE o.credit_code = e.credit_code AND q.batch_id = ? AND q.id <> e.application_id AND q.state <> 'draft'),"
		" (SELECT c.application_id FROM enterprise_claims c WHERE c.batch_id = ? AND c.credit_code = e.credit_code)"
		" FROM app_enterprises e LEFT JOIN sub_industries s ON s.seq = e.sub_industry"
		" WHERE e.application_id = ? AND (? = 0 OR e.id = ?) ORDER BY e.id",
		DI(a->b.id), DI(a->b.id), DI(a->b.id), DI(a->b.id), DI(a->id), DI(ent), DI(ent));

	if (!d) return -1;
	for (int i = 0; i < d->nrows; i++) {
		const char *anchor = req_printf(r, "/cgi-bin/app_ent.cgi?id=%lld&ent=%lld", a->id, dbi(d, i, 0));
		if (dbi(d, i, 6) > 0) {
			const char *kept = !dbn(d, i, 9) ? "由自治区工信厅裁定归属"
					 : dbi(d, i, 9) == a->id ? "自治区工信厅已裁定归属本平台"
					 : "自治区工信厅已裁定归属其他平台";
			check_add(&c, anchor, req_printf(r,
				"服务企业“%s”（%s）也在%s的服务企业清单中，各平台合计申请奖补 %s 万元%s每家试点企业最高 %s 万元（附件3注），%s",
				dbv(d, i, 1), dbv(d, i, 2), dbv(d, i, 8), money_fmt(dbi(d, i, 7), m, sizeof(m)),
				dbi(d, i, 7) > batch_yuan(&a->b, "cap_enterprise_yuan") ? "，超过" : "，",
				money_fmt(batch_yuan(&a->b, "cap_enterprise_yuan"), m2, sizeof(m2)), kept));
		}
		if (dbi(d, i, 3) && a->sub_industry && dbi(d, i, 3) != a->sub_industry)
			check_add(&c, anchor, req_printf(r, "服务企业“%s”所属细分行业为“%s”，不是本平台申报的细分行业（申报条件（四）、（六））",
							   dbv(d, i, 1), dbv(d, i, 5)));
		if (dbi(d, i, 4) && dbi(d, i, 4) != a->b.year)
			check_add(&c, anchor, req_printf(r, "服务企业“%s”的服务合同签订于%lld年，不在本年度（%d年，申报条件（六））",
							   dbv(d, i, 1), dbi(d, i, 4), a->b.year));
	}
	return check_end(&c, out);
}

/* ---- the platform programme's hooks for the shared section page ---- */

static int
platform_section_hdf(struct req *r, const struct app_info *a, const char *section)
{
	if (!strcmp(section, "basic")) {
		if (regions_to_hdf(r, a->b.region)) return 500;
		/* 推荐单位: the 盟市 bureau, which recommends and stamps the 申请报告 (五（三）、（四）) */
		struct dbrows *d = db_query(r, "SELECT CONCAT(c.name, '工业和信息化局') FROM regions g JOIN regions c ON c.code = g.city_code"
					       " WHERE g.code = ?", DS(a->region));
		section_fact(r, "申请企业名称", req_printf(r, "%s（来自注册信息）", a->org));
		section_fact(r, "统一社会信用代码", hdf_get_value(r->hdf, "App.credit_code", ""));
		section_fact(r, "推荐单位", req_printf(r, "%s（所在盟市的工信部门，负责审核推荐并在申请报告上盖章，申报指南 五（三）、（四））",
						      d && d->nrows ? dbv(d, 0, 0) : "由所在旗县区所属盟市确定"));
	}
	if (!strcmp(section, "industry")) {
		struct dbrows *d = db_query(r, "SELECT seq, category, name FROM sub_industries ORDER BY seq");
		static const char *const names[] = { "seq", "category", "name", NULL };
		db_to_hdf(r, d, "SubInd", names);
	}
	if (!strcmp(section, "conditions")) {
		struct dbrows *d = db_query(r, "SELECT COUNT(*) FROM app_enterprises WHERE application_id = ?", DI(a->id));
		hseti(r, "Derived.smes", d && d->nrows ? dbi(d, 0, 0) : 0);
	}
	if (!strcmp(section, "kpi")) platform_kpi_to_hdf(r);
	return 0;
}

static int
platform_section_saved(struct req *r, const struct app_info *a, const char *section)
{
	if (!strcmp(section, "industry") && db_exec(r, "UPDATE applications SET sub_industry = ? WHERE id = ?",
						     req_str(r, "sub_industry") ? DI(req_int(r, "sub_industry", 0)) : DNULL,
						     DI(a->id)) < 0)
		return -1;
	return 0;
}

/* ---- the overview: the 服务企业清单 with each amount's computation ---- */

static int
platform_overview_hdf(struct req *r, const struct app_info *a)
{
	struct dbrows *d = db_query(r,
		"SELECT e.id, e.name, e.credit_code, COALESCE(CONCAT(c.name, ' ', g.name), ''), e.service_content,"
		" e.contract_yuan, e.cost_yuan, e.subsidy_yuan,"
		" (SELECT COUNT(*) FROM attachments t WHERE t.enterprise_id = e.id AND t.kind = 'contract'),"
		" (SELECT COUNT(*) FROM attachments t WHERE t.enterprise_id = e.id AND t.kind = 'invoice'),"
		" (SELECT COUNT(*) FROM attachments t WHERE t.enterprise_id = e.id AND t.kind = 'scene')"
		" FROM app_enterprises e LEFT JOIN regions g ON g.code = e.region_code"
		" LEFT JOIN regions c ON c.code = g.city_code WHERE e.application_id = ? ORDER BY e.id", DI(a->id));
	long long tc = 0, tk = 0, ts = 0;
	char m[32];

	if (!d) return 500;
	for (int i = 0; i < d->nrows; i++) {
		const char *p = req_printf(r, "Ents.%d", i);
		long long cap = subsidy_cap_yuan(&a->b, dbi(d, i, 6));
		hset(r, req_printf(r, "%s.id", p), dbv(d, i, 0));
		hseti(r, req_printf(r, "%s.seq", p), i + 1);
		hset(r, req_printf(r, "%s.name", p), dbv(d, i, 1));
		hset(r, req_printf(r, "%s.credit_code", p), dbv(d, i, 2));
		hset(r, req_printf(r, "%s.region", p), dbv(d, i, 3));
		hset(r, req_printf(r, "%s.service", p), dbv(d, i, 4));
		hset(r, req_printf(r, "%s.contract", p), money_fmt(dbi(d, i, 5), m, sizeof(m)));
		hset(r, req_printf(r, "%s.cost", p), money_fmt(dbi(d, i, 6), m, sizeof(m)));
		hset(r, req_printf(r, "%s.subsidy", p), money_fmt(dbi(d, i, 7), m, sizeof(m)));
		hset(r, req_printf(r, "%s.cap", p), money_fmt(cap, m, sizeof(m)));
		hset(r, req_printf(r, "%s.basis", p), subsidy_basis(r, &a->b, dbi(d, i, 6)));
		hseti(r, req_printf(r, "%s.below_cap", p), dbi(d, i, 7) < cap);
		hseti(r, req_printf(r, "%s.over_cap", p), dbi(d, i, 7) > cap);
		hset(r, req_printf(r, "%s.contracts", p), dbv(d, i, 8));
		hset(r, req_printf(r, "%s.invoices", p), dbv(d, i, 9));
		hset(r, req_printf(r, "%s.scenes", p), dbv(d, i, 10));
		tk += dbi(d, i, 5); tc += dbi(d, i, 6); ts += dbi(d, i, 7);
	}
	hseti(r, "EntTotal.count", d->nrows);
	hset(r, "EntTotal.contract", money_fmt(tk, m, sizeof(m)));
	hset(r, "EntTotal.cost", money_fmt(tc, m, sizeof(m)));
	hset(r, "EntTotal.subsidy", money_fmt(ts, m, sizeof(m)));
	hset(r, "EntTotal.remaining", money_fmt(batch_yuan(&a->b, "cap_platform_yuan") - ts, m, sizeof(m)));
	hseti(r, "EntTotal.over", ts > batch_yuan(&a->b, "cap_platform_yuan"));
	hseti(r, "EntTotal.enough", d->nrows >= batch_int(&a->b, "min_smes"));
	return 0;
}

/* ---- the printed 申请报告: 附件2 (cover, 承诺书, 实施方案), the 附件3 columns, 附件4 ---- */

/* canonical content -> HDF P.*: fields, enterprises (with totals), files */
static void
content_to_hdf(struct req *r, const char *content)
{
	char *s = req_strdup(r, content), *line, *save = NULL;
	char lastent[20] = "";
	int ne = -1, nf = 0;
	long long tc = 0, tk = 0, ts = 0, v;
	char m[32];

	for (line = strtok_r(s, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *eq = strchr(line, '=');
		if (!eq) continue;
		*eq = '\0';
		const char *val = content_unescape(r, eq + 1);
		if (!strncmp(line, "field.", 6))
			hset(r, req_printf(r, "P.f.%s", line + 6), val);
		else if (!strncmp(line, "ent.", 4) && strlen(line) > 23) {
			if (strncmp(line + 4, lastent, 18)) {
				snprintf(lastent, sizeof(lastent), "%.18s", line + 4);
				ne++;
				hset(r, req_printf(r, "P.ents.%d.credit_code", ne), lastent);
				hseti(r, req_printf(r, "P.ents.%d.seq", ne), ne + 1);
			}
			const char *col = line + 23;
			hset(r, req_printf(r, "P.ents.%d.%s", ne, col), val);
			if (!valid_money(val, &v)) {
				if (!strcmp(col, "contract")) tk += v;
				if (!strcmp(col, "cost")) tc += v;
				if (!strcmp(col, "subsidy")) ts += v;
			}
		} else if (!strncmp(line, "file.", 5)) {
			hset(r, req_printf(r, "P.files.%d.key", nf), line + 5);
			hset(r, req_printf(r, "P.files.%d.name", nf), val);
			nf++;
		} else
			hset(r, req_printf(r, "P.%s", line), val);
	}
	hset(r, "P.total.contract", money_fmt(tk, m, sizeof(m)));
	hset(r, "P.total.cost", money_fmt(tc, m, sizeof(m)));
	hset(r, "P.total.subsidy", money_fmt(ts, m, sizeof(m)));
	hseti(r, "P.total.count", ne + 1);
}

/* the form's blank date line when unset, else 2026 年 4 月 30 日 */
static const char *
print_date(struct req *r, const char *iso)
{
	if (!iso || strlen(iso) != 10) return "    年    月    日";
	return req_printf(r, "%.4s 年 %d 月 %d 日", iso, (iso[5] - '0') * 10 + (iso[6] - '0'),
			  (iso[8] - '0') * 10 + (iso[9] - '0'));
}

static int
print_fill(struct req *r, const char *content)
{
	content_to_hdf(r, content);
	{
		/* "12 饲料生产专用设备制造" -> the name, for the title's "XX行业" */
		const char *si = hdf_get_value(r->hdf, "P.sub_industry", "");
		const char *sp = strchr(si, ' ');
		hset(r, "P.sub_industry_name", sp ? sp + 1 : "XX");
	}
	hset(r, "P.apply_date_cn", print_date(r, hdf_get_value(r->hdf, "P.f.apply_date", NULL)));
	hset(r, "P.pledge_date_cn", print_date(r, hdf_get_value(r->hdf, "P.f.pledge_date", NULL)));
	{
		/* 推荐单位: the 盟市 bureau, which recommends and stamps the 申请报告 (申报指南 五（三）、（四）) */
		struct dbrows *d = db_query(r, "SELECT CONCAT(c.name, '工业和信息化局'), c.name, g.name FROM regions g"
					       " JOIN regions c ON c.code = g.city_code WHERE g.code = ?",
					    DS(hdf_get_value(r->hdf, "P.f.region", "")));
		if (!d) return 500;
		hset(r, "P.recommender", d->nrows ? dbv(d, 0, 0) : "");
		hset(r, "P.city", d->nrows ? dbv(d, 0, 1) : "XX市");
		hset(r, "P.county", d->nrows ? dbv(d, 0, 2) : "");
	}
	for (int i = 0; platform_form[i].name; i++)
		hset(r, req_printf(r, "Labels.%s", platform_form[i].name), platform_form[i].label);
	platform_kpi_to_hdf(r);
	return 0;
}

static const char *P(struct req *r, const char *key) { return hdf_get_value(r->hdf, key, ""); }

static const char *
kpi_field(struct req *r, void *ctx, int i, int target)
{
	(void)ctx;
	return P(r, req_printf(r, "P.f.kpi_%d_%s", i + 1, target ? "target" : "base"));
}

/* a 实施方案 heading as the outline prints it: "二、1.为某一……" -> "1.为某一……" */
static const char *
outline_heading(const char *label)
{
	const char *p = strstr(label, "、");
	return p && p[3] && strncmp(label, "一、", 6) ? p + 3 : label;
}

/*
 * The printed 申请报告, page by page as 003's attachments: 附件2's cover
 * (the lines to fill and stamp), 承诺书 (法定代表人 signs by hand: the line
 * stays blank), the 实施方案 under the outline's headings; the served
 * enterprises as 附3 (landscape); 附4 with 期初值 and 目标值; then, marked as
 * the system's own record, the 申报条件 affirmed online and the attachments.
 */
static int
platform_print_doc(struct req *r, const struct app_info *a, const char *content, struct doc *d)
{
	int st = print_fill(r, content), n = (int)hdf_get_int_value(r->hdf, "P.total.count", 0);
	const char *city = P(r, "P.city"), *sub = P(r, "P.sub_industry_name"), *org = P(r, "P.applicant");
	struct table *t;
	long long v;

	if (st) return st;
	d->title = req_printf(r, "%s%s行业中小企业数字化转型试点申请报告 - %s", city, sub, org);
	/* 附件2: the cover */
	doc_add(d, D_DOCNO, "附件2", NULL);
	doc_add(d, D_SPACE, NULL, NULL)->mm = 20;
	doc_add(d, D_TITLE, req_printf(r, "%s%s行业", city, sub), "中小企业数字化转型试点申请报告");
	doc_add(d, D_SPACE, NULL, NULL)->mm = 10;
	doc_add(d, D_FIELD, "申请企业名称：", org)->c = "（盖章）";
	doc_add(d, D_FIELD, "法定代表人：", P(r, "P.f.legal_rep"));
	doc_add(d, D_FIELD, "联 系 人：", P(r, "P.f.contact_person"));
	doc_add(d, D_FIELD, "联系电话：", P(r, "P.f.contact_phone"));
	doc_add(d, D_FIELD, "推荐单位：", P(r, "P.recommender"))->c = "（盖章）";
	doc_add(d, D_SPACE, NULL, NULL)->mm = 15;
	doc_add(d, D_FIELD, "申请日期", P(r, "P.apply_date_cn"));
	/* 承诺书 */
	doc_page(d, 0);
	doc_add(d, D_H1, "承 诺 书", NULL);
	doc_add(d, D_TEXT, "本企业承诺：", NULL);
	for (int i = 1; i <= 5; i++)
		if (!strcmp(P(r, req_printf(r, "P.f.pledge%d", i)), "1")) doc_add(d, D_TEXT, P(r, req_printf(r, "Labels.pledge%d", i)), NULL);
	doc_add(d, D_TEXT, "若发生与上述承诺相违背的事实，由本单位承担法律责任。", NULL);
	doc_add(d, D_SPACE, NULL, NULL)->mm = 20;
	doc_add(d, D_SIGN, "法定代表人（签字）：", NULL);       /* signed by hand on the paper */
	doc_add(d, D_SIGN, "单位（盖章）：", NULL);
	doc_add(d, D_SIGN, "日期：", P(r, "P.pledge_date_cn"));
	/* 实施方案, under the outline's headings */
	doc_page(d, 0);
	doc_add(d, D_H1, "企业数字化转型试点实施方案", NULL);
	static const char *const plan[][2] = {
		{ "plan_1", "一、平台主要服务功能介绍" }, { "plan_2_1", "二、服务中小企业数字化转型的总体情况" }, { "plan_2_2", NULL },
		{ "plan_2_3", NULL }, { "plan_3_1", "三、细分行业解决方案" }, { "plan_3_2", NULL }, { "plan_4_1", "四、服务企业情况" },
		{ "plan_4_2", NULL }, { "plan_4_3", NULL } };
	for (size_t i = 0; i < sizeof(plan) / sizeof(plan[0]); i++) {
		const char *label = P(r, req_printf(r, "Labels.%s", plan[i][0]));
		if (plan[i][1]) doc_add(d, D_H2, plan[i][1], NULL);
		if (strcmp(plan[i][0], "plan_1")) doc_add(d, D_H3, outline_heading(label), NULL);
		doc_add(d, D_PARA, P(r, req_printf(r, "P.f.%s", plan[i][0])), NULL);
	}
	/* the served enterprises as 附3, landscape */
	doc_page(d, 1);
	t = doc_table_new(d);
	table_init(r, t, platform_summary_cols, SUMC_N);
	t->docno = "附3";
	t->title = req_printf(r, "%d年%s%s行业试点企业数字化转型汇总表", a->b.year, city, sub);
	table_line(t, req_printf(r, "服务平台：%s", org), "单位：万元");
	for (int i = 0; i < n; i++) {
		int y = table_row(t);
		table_text(t, y, SUMC_NAME, P(r, req_printf(r, "P.ents.%d.name", i)));
		if (!valid_money(P(r, req_printf(r, "P.ents.%d.cost", i)), &v)) table_num(t, y, SUMC_COST, v);
		if (!valid_money(P(r, req_printf(r, "P.ents.%d.subsidy", i)), &v)) table_num(t, y, SUMC_SUBSIDY, v);
	}
	if (!n) table_text(t, table_row(t), SUMC_NAME, "（无服务企业）");
	table_text(t, 0, SUMC_SEQ, "1");
	table_cell(t, 0, SUMC_SEQ)->flags |= TF_CENTER;
	table_text(t, 0, SUMC_ORG, org);
	table_text(t, 0, SUMC_IND, sub);
	for (int c = SUMC_SEQ; c <= SUMC_IND; c++) table_span(t, 0, c, t->nrows, 1);
	table_total(t, req_printf(r, "合计（%d家）", n));
	table_note(t, req_printf(r, "注：评估每个服务平台和每家企业数字化改造成本，需按照每个服务平台最高奖补不超过%s万元、不超过每家试点企业实际改造成本的%s%%且奖补资金最高不超过%s万元的标准进行测算。",
				 P(r, "Batch.cap_platform"), P(r, "Batch.cap_enterprise_pct"), P(r, "Batch.cap_enterprise")));
	/* 附4 */
	doc_page(d, 0);
	t = doc_table_new(d);
	table_init(r, t, platform_kpi_form_cols, 5);
	t->docno = "附4";
	t->title = req_printf(r, "%d年%s%s行业数字化转型绩效评价目标表", a->b.year, city, sub);
	table_line(t, req_printf(r, "服务平台名称：%s（盖章）", org), NULL);
	platform_kpi_rows(r, t, 3, kpi_field, NULL);
	table_note(t, "注：若不存在期初值，则为空。中小企业数字化水平等级根据《工业和信息化部办公厅关于发布中小企业数字化水平评测指标（2022年版）的通知》（工信厅企业〔2022〕32号）开展，得出评测结果。");
	/* what the system recorded besides the attachments: the conditions affirmed, the files */
	doc_page(d, 0);
	doc_add(d, D_H1, "在线申报记录", NULL);
	doc_add(d, D_NOTE, "以下为申报时在线确认和上传的内容，供核对，不属于申报指南附件格式。", NULL);
	doc_add(d, D_H2, "申报细分行业", NULL);
	doc_add(d, D_TEXT, P(r, "P.sub_industry"), NULL);
	doc_add(d, D_H2, "申报条件", NULL);
	for (int i = 1; i <= 5; i++)
		doc_add(d, D_TEXT, req_printf(r, "%s %s", !strcmp(P(r, req_printf(r, "P.f.cond%d", i)), "1") ? "☑" : "☐",
					     P(r, req_printf(r, "Labels.cond%d", i))), NULL);
	doc_add(d, D_TEXT, req_printf(r, "%s （六）本年度平台已为 %d 家中小企业提供数字化转型服务（要求至少 %d 家）。",
				      n >= batch_int(&a->b, "min_smes") ? "☑" : "☐", n, batch_int(&a->b, "min_smes")), NULL);
	doc_add(d, D_H2, "附件材料清单", NULL);
	for (int i = 0; hdf_get_obj(r->hdf, req_printf(r, "P.files.%d", i)); i++)
		doc_add(d, D_TEXT, req_printf(r, "%d. %s", i + 1, P(r, req_printf(r, "P.files.%d.name", i))), NULL);
	return 0;
}

/* ---- the review chain (申报指南 四、五) ---- */

/* 认定: its own 公示 over (published after it was proposed), no open objection, none upheld (四（三）) */
static const char *
pre_publicity(struct req *r, const struct app_info *a, const struct wf_args *w)
{
	struct dbrows *d = db_query(r,
		"SELECT (SELECT COUNT(*) FROM publication_items i JOIN publications p ON p.id = i.publication_id"
		"   WHERE i.application_id = ? AND p.published_at >="
		"   COALESCE((SELECT MAX(e.at) FROM app_events e WHERE e.application_id = ? AND e.action = 'propose'), p.published_at)),"
		" (SELECT COUNT(*) FROM publication_items i JOIN publications p ON p.id = i.publication_id"
		"   WHERE i.application_id = ? AND CURDATE() > p.end_date AND p.published_at >="
		"   COALESCE((SELECT MAX(e.at) FROM app_events e WHERE e.application_id = ? AND e.action = 'propose'), p.published_at)),"
		" (SELECT COUNT(*) FROM objections WHERE application_id = ? AND resolved_at IS NULL),"
		" (SELECT COUNT(*) FROM objections WHERE application_id = ? AND upheld = 1)",
		DI(a->id), DI(a->id), DI(a->id), DI(a->id), DI(a->id), DI(a->id));
	const char *e = NULL;
	(void)w;
	if (!d || d->nrows != 1) e = "";
	else if (!dbi(d, 0, 0)) e = "该申请尚未列入公示，不能认定（经公示无异议的平台方予认定，申报指南 四（三））。";
	else if (!dbi(d, 0, 1)) e = "该申请的公示期尚未结束，不能认定。";
	else if (dbi(d, 0, 2)) e = "该申请有未处理完毕的异议，处理后才能认定。";
	else if (dbi(d, 0, 3)) e = "对该申请的异议经核实成立，不能认定，只能“不予认定”并说明理由（对公示无异议的平台方予认定，申报指南 四（三））。";
	return e;
}

/* 认定 decides the money: the platform's 奖补资金 as the 汇总表 computes it (summary_decide), for 财政 to pay */
static int
eff_recognise(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res)
{
	(void)w; (void)res;
	return summary_decide(r, a);
}

static const struct transition platform_chain[] = {
	/* the platform: its own page (app_submit.cgi) */
	WF_APPLICANT_ROWS(ROLE_PLATFORM),
	/* 旗县区工信局 初审 (四（一）) */
	WF_REVIEW_ROWS("submitted", ROLE_COUNTY, "初审通过", "county_passed", "不予推荐", "county_rejected", TELL_CITY, "county"),
	/* 盟市工信局 审核 (四（二）) */
	WF_REVIEW_ROWS("county_passed", ROLE_CITY, "审核通过", "city_passed", "不予推荐", "city_rejected", TELL_NONE, "city"),
	/* the 盟市 recommendation, submitted as a list with its joint document (五（二）-（四）): recommend.cgi */
	{ "city_passed", ROLE_CITY, "recommend", "盟市推荐", "recommended", 0, "recommend", wf_pre_listed, NULL, TELL_PROVINCE, "city" },
	{ "recommended", ROLE_PROVINCE, "reopen", "重新开放盟市推荐", "city_passed", WF_OPTIONAL, "recommend", NULL, NULL, TELL_CITY, NULL },
	/* 自治区工信厅: expert review decides the 拟认定 list; 公示; 认定 (四（三）) */
	{ "recommended", ROLE_PROVINCE, "propose", "列入拟认定名单", "proposed", 0, "review", wf_pre_experts, NULL, TELL_NONE, NULL },
	{ "recommended", ROLE_PROVINCE, "decline", "不予认定", "not_recognised", WF_REASON, "review", NULL, NULL, TELL_NONE, NULL },
	{ "proposed", ROLE_PROVINCE, "unpropose", "移出拟认定名单", "recommended", WF_REASON | WF_OPTIONAL, "review", NULL, NULL, TELL_NONE, NULL },
	{ "proposed", ROLE_PROVINCE, "recognise", "认定", "recognised", 0, "publicity", pre_publicity, eff_recognise, TELL_NONE, NULL },
	{ "proposed", ROLE_PROVINCE, "decline", "不予认定", "not_recognised", WF_REASON | WF_OPTIONAL, "review", NULL, NULL, TELL_NONE, NULL },
	{ NULL }
};

/* 基本信息 starts from the registration: contact, phone, county */
static const char *const platform_prefill[][2] = { { "contact_person", "contact" }, { "contact_phone", "mobile" }, { "region", "region" }, { NULL } };

/* 申报材料 (2), (3) and (6) of the 申报指南; the proofs of each served enterprise go with it (app_ent) */
static const struct file_kind platform_files[] = {
	{ "license", "（2）法人证书或营业执照副本", "法人证书或营业执照副本", "申报材料（2）" },
	{ "credit", "（3）“信用中国”信用信息报告", "“信用中国”信用信息报告", "申报材料（3）" },
	{ "other", "（6）其他相关佐证材料" },
	{ NULL }
};

static const struct stage platform_stages[] = {
	{ .key = "apply", .title = "申报", .form = platform_form, .sections = platform_sections, .workflow = platform_chain,
	  .overview_template = "app.cs", .edit_template = "app_edit.cs",
	  .check = platform_check, .flags = platform_flags, .section_hdf = platform_section_hdf,
	  .section_saved = platform_section_saved, .overview_hdf = platform_overview_hdf, .prefill = platform_prefill,
	  .print_doc = platform_print_doc, .files = platform_files,
	  .files_hint = "服务合同、发票、效果场景等证明材料在服务企业清单中按企业上传。" },
	{ NULL }
};

static const struct menu_item platform_menu[] = {
	{ "recommend", "盟市推荐", ROLE_CITY | ROLE_FINANCE, " rec_print " },
	{ "province", "各盟市推荐", ROLE_PROVINCE, " rec_print " },
	{ "experts", "专家评审", ROLE_PROVINCE, " rubric " },
	{ "publicity", "公示与认定", ROLE_PROVINCE, " claims " },
	{ "summary", "汇总表", ROLE_REVIEWER | ROLE_FINANCE, " kpi " },
	{ "stats", "统计", ROLE_REVIEWER, NULL },
	{ NULL }
};

static int max_subind(const struct batch *b) { return batch_int(b, "max_subind_per_city"); }
static int max_per_subind(const struct batch *b) { return batch_int(b, "max_platforms_per_subind"); }

/* 盟市推荐 (五（二）-（四）): ≤ 5 sub-industries, ≤ 3 ranked platforms each with a reason, the 联合行文 */
static const struct rec_spec city_list = {
	.level = ROLE_CITY, .page = "recommend", .title = "盟市推荐", .candidates = "city_passed", .deadline = "city",
	.reopen_role = ROLE_PROVINCE, .grouped = 1, .max_groups = max_subind, .max_per_group = max_per_subind,
	.groups_clause = "申报指南 五、相关要求（二）", .per_group_clause = "申报指南 五、相关要求（三）",
	.doc = "盟市工信和财政部门联合行文", .doc_short = "联合行文", .doc_date = 1, .template = "recommend.cs",
	.cosign = ROLE_FINANCE, .cosign_clause = "申报指南 五（四）：盟市工信和财政部门联合行文",
};
static const struct rec_spec *const platform_lists[] = { &city_list, NULL };

/* the rule parameters of a batch, with the guide's values (003: 二（六）, 五（二）（三）, 附件3注) */
static const struct param platform_params[] = {
	{ "min_smes", { "min_smes", "至少服务中小企业数（家）", VT_INT, IN_REQ, 1, 1000 }, "6",
	  "申报条件（六）：本年度平台应至少为某一细分领域的6家中小企业提供数字化转型服务", .call = "至少服务的中小企业（家）" },
	{ "max_subind_per_city", { "max_subind_per_city", "每个盟市细分行业数上限", VT_INT, IN_REQ, 1, 100 }, "5",
	  "五、相关要求（二）：各盟市选择不超过5个细分行业" },
	{ "max_platforms_per_subind", { "max_platforms_per_subind", "每个细分行业推荐平台数上限", VT_INT, IN_REQ, 1, 100 }, "3",
	  "五、相关要求（三）：每个细分行业推荐不超过3个平台" },
	/* 附件3注's three, from the batch's rule set (neimenggu-2025) with its defaults and clauses */
	{ "cap_platform_yuan", { "cap_platform", "每个服务平台奖补上限（万元）", VT_MONEY, IN_REQ },
	  .rule = 1, .call = "每个服务平台奖补上限（万元）" },
	{ "cap_enterprise_pct", { "cap_enterprise_pct", "每家试点企业奖补比例上限（%）", VT_INT, IN_REQ, 1, 100 },
	  .rule = 1, .call = "每家试点企业奖补上限（实际改造成本的%）" },
	{ "cap_enterprise_yuan", { "cap_enterprise", "每家试点企业奖补上限（万元）", VT_MONEY, IN_REQ },
	  .rule = 1, .call = "每家试点企业奖补上限（万元）" },
	{ "min_expert_scores", { "min_expert_scores", "列入拟认定名单所需专家评分（份）", VT_INT, IN_REQ, 1, 20 }, "3",
	  "四（三）：组织专家评审；份数由本系统设定", 1 },
	{ "plausible_cost_yuan", { "plausible_cost", "须确认的实际改造成本（万元）", VT_MONEY, IN_REQ }, "50000000",
	  "实际改造成本超过此金额时须申报单位确认（防止以元误填为万元）；由本系统设定", 1 },
	{ NULL }
};

static const struct deadline platform_deadlines[] = {
	{ "county", "旗县区初审截止日期", "旗县区初审", "" },
	{ "city", "盟市推荐上报截止日期", "盟市审核推荐", "申报指南：盟市工信和财政部门须联合行文于4月30日前上报" },
	{ NULL }
};

static void
platform_batch_validate(struct req *r)
{
	if (req_str(r, "cap_enterprise") && req_str(r, "cap_platform") && req_int(r, "cap_enterprise", 0) > req_int(r, "cap_platform", 0))
		req_field_error(r, "cap_enterprise", "每家试点企业的上限不能高于每个服务平台的上限");
}

const struct programme platform_programme = {
	.key = "platform", .name = "中小企业数字化转型试点（服务平台）",
	.applicant_role = ROLE_PLATFORM, .runner_role = ROLE_PROVINCE,
	.applicant = "服务平台", .document = "申请报告", .county_level = "旗县区", .city_level = "盟市",
	.authority = "自治区工信厅", .authority_full = "内蒙古自治区工业和信息化厅",
	.overview = "app", .edit_page = "app_edit", .print_page = "app_print", .region_field = "region",
	.intro = "申请报告分为基本信息、申报细分行业、申报条件、承诺书、实施方案、服务企业清单、绩效评价目标表和附件材料，可分别保存为草稿。每个服务平台每批只能申报一个细分行业。",
	.batch_noun = "申报批次",
	.contact = "自治区工业和信息化厅 牟立茁 0471-4824952（申报指南 联系方式）",
	.guide_title = "内蒙古自治区中小企业数字化转型试点申报指南（含附件1-4）", .guide_href = "/static/guide/platform.txt",
	.delivery = "打印申请报告（本系统“打印”生成，每页带验证码），由法定代表人在承诺书上签字、加盖单位公章，连同附件材料纸质版报送所在旗县区工信局；"
		    "线上与线下材料须保持一致（申报指南 五（一））。盟市工信部门审核后在申请报告上盖章（五（四））。",
	.stages = platform_stages, .menu = platform_menu, .recommend = platform_lists,
	.pages = " recommend rec_print province experts rubric publicity claims summary kpi stats ",
	.params = platform_params, .deadlines = platform_deadlines, .batch_validate = platform_batch_validate,
	.ruleset = "neimenggu-2025",
	.notice = &(const struct notice){
		.heading = "拟认定名单公示",
		.intro = "根据《内蒙古自治区中小企业数字化转型试点申报指南》，经盟市推荐、第三方机构评审，现将拟认定的数字化转型试点平台名单予以公示",
		.org = "服务平台名称", .region = "盟市", .sub_industry = 1,
		.objection = "公示期内，对名单如有异议，请以书面形式向自治区工业和信息化厅反映，注明真实姓名或单位及联系方式，"
			     "并提供必要的证明材料；匿名异议不予受理。",
		.contact = "自治区工业和信息化厅 牟立茁 0471-4824952",
	},
};
