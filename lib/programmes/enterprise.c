/*
 * enterprise.c - the 中小企业 programme (洛阳市中小企业数字化转型试点企业申报书,
 * ../shared/seeds/000_ad6dd36160944a7e.txt): the 申报表's four parts as a form
 * definition, its option lists, the 征集条件 (eligibility) and the
 * consistency flags.  Industries and the data year come from the batch.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "reclist.h"
#include "doc.h"
#include "enterprise.h"

static const struct section enterprise_sections[] = {
	{ "e1", "第一部分：企业基本情况" },
	{ "e2", "第二部分：企业数字化转型现状" },
	{ "e3", "第三部分：企业数字化转型意向" },
	{ "e4", "第四部分：数字化改造承诺" },
	{ NULL, NULL }
};

#define S IN_SUBMIT
#define B(n, l, sec) { n, l, VT_BOOL, 0, 0, 0, sec }
#define OTHER(n, sec) { n, "其他", VT_BOOL, 0, 0, 0, sec }, { n "_text", "其他（请填写）", VT_LINE, 0, 0, 100, sec }
#define SOFTWARE(p, sec) \
	B(p "cad", "CAD", sec), B(p "cae", "CAE", sec), B(p "capp", "CAPP", sec), B(p "cam", "CAM", sec), \
	B(p "dt", "DT", sec), B(p "plm", "PLM", sec), B(p "pdm", "PDM", sec), OTHER(p "rd_other", sec), \
	B(p "mes", "MES", sec), B(p "aps", "APS", sec), B(p "mom", "MOM", sec), OTHER(p "mf_other", sec), \
	B(p "qms", "QMS", sec), B(p "lims", "LIMS", sec), OTHER(p "q_other", sec), \
	B(p "erp", "ERP", sec), B(p "crm", "CRM", sec), B(p "srm", "SRM", sec), B(p "scm", "SCM", sec), \
	B(p "oa", "OA", sec), B(p "bi", "BI", sec), B(p "fmis", "FMIS", sec), OTHER(p "op_other", sec), \
	B(p "wcs", "WCS", sec), B(p "wms", "WMS", sec), OTHER(p "wh_other", sec)
#define PLATFORMS(p, sec) \
	B(p "ent", "企业级", sec), B(p "chain", "产业链级", sec), B(p "link", "特定环节", sec), B(p "shared", "共享制造", sec), \
	B(p "ecom", "电子商务平台", sec), B(p "park", "厂区（园区）平台", sec), OTHER(p "other", sec)
#define CLOUD(p, sec) \
	B(p "device", "设备上云", sec), B(p "business", "业务系统上云", sec), B(p "resource", "资源上云（数据、视频等）", sec), \
	B(p "tool", "工具软件上云（数据库、操作系统等）", sec), OTHER(p "other", sec)

const struct input enterprise_form[] = {
	/* 第一部分：企业基本情况 */
	{ "e_county", "所属县区", VT_REGION, S, 0, 0, "e1" },
	{ "e_reg_address", "企业注册地址", VT_LINE, S, 0, 200, "e1" },
	{ "e_mail_address", "企业通讯地址", VT_LINE, S, 0, 200, "e1" },
	{ "e_legal_rep", "法定代表人", VT_LINE, S, 0, 50, "e1" },
	{ "e_legal_phone", "联系方式", VT_PHONE, S, 0, 0, "e1" },
	{ "e_contact", "联系人", VT_LINE, S, 0, 50, "e1" },
	{ "e_contact_mobile", "联系方式（手机号）", VT_MOBILE, S, 0, 0, "e1" },
	{ "e_profile", "企业基本情况（500字以内）", VT_TEXT, S, 0, 500, "e1" },
	{ "e_type", "企业类型", VT_KEY, S, 0, 16, "e1" },
	{ "e_scale", "企业规模", VT_KEY, S, 0, 16, "e1", "中小企业规模类型自测网址：https://baosong.miit.gov.cn/ScaleTest" },
	{ "e_scale2", "企业规模（规模以上/以下）", VT_KEY, S, 0, 16, "e1" },
	{ "e_quality", "优质中小企业情况", VT_KEY, S, 0, 16, "e1" },
	{ "e_products", "主要产品", VT_LINE, S, 0, 200, "e1" },
	{ "e_industry", "所属行业", VT_KEY, S, 0, 4, "e1" },
	{ "e_industry_detail", "具体为", VT_LINE, S, 0, 100, "e1" },
	{ "e_chain", "企业本地服务的“链主”/龙头企业", VT_KEY, S, 0, 8, "e1" },
	{ "e_chain_name", "本地“链主”/龙头企业名称", VT_LINE, 0, 0, 100, "e1" },
	{ "e_honours", "市级以上数字化转型、智能制造荣誉", VT_TEXT, 0, 0, 500, "e1" },
	{ "e_invested", "已有数字化转型投入（万元）", VT_MONEY, S, 0, 0, "e1" },
	{ "e_revenue", "营业收入（万元）", VT_MONEY, S, 0, 0, "e1" },
	{ "e_profit", "利润（万元）", VT_DECIMAL, S, -1000000000000LL, 1000000000000LL, "e1", "亏损请填负数，例如 -12.5" },
	{ "e_rev_per_capita", "人均营业收入（万元）", VT_MONEY, S, 0, 0, "e1" },
	{ "e_rnd", "研发投入（万元）", VT_MONEY, S, 0, 0, "e1" },
	{ "e_ip_count", "知识产权数量（个）", VT_INT, S, 0, 1000000, "e1" },
	{ "e_staff", "员工总数（人）", VT_INT, S, 0, 10000000, "e1" },
	{ "e_listing", "上市/融资计划", VT_KEY, S, 0, 16, "e1" },
	/* 二、征集条件 */
	{ "e_cond2", "（二）申报企业具有较强的数字化改造意愿和需求，且近一年内有改造计划。", VT_BOOL, S, 0, 0, "e1" },
	{ "e_cond3", "（三）申报企业承诺投入必要资源开展数字化改造，积极配合各级工信部门工作，接受业务指导，参加学习培训、宣传推广、分享交流等活动。", VT_BOOL, S, 0, 0, "e1" },
	{ "e_cond4", "（四）近一年，企业未被列入“经营异常名录”“严重违法失信名单”“失信被执行人”“重大税收违法失信主体”，未发生重大安全（含网络安全、数据安全）、质量、环境污染等事故。", VT_BOOL, S, 0, 0, "e1" },
	{ "e_giant_funded", "是否为已获得中央财政中小企业发展专项资金支持的专精特新“小巨人”企业（重点“小巨人”企业）", VT_KEY, S, 0, 4, "e1" },
	{ "e_pilot2022", "是否已纳入工信厅联企业〔2022〕22号文件中的改造试点", VT_KEY, S, 0, 4, "e1" },
	/* 第二部分：企业数字化转型现状 */
	{ "e_level", "数字化水平自评测等级", VT_KEY, S, 0, 8, "e2", "自测网址：https://zjtx.miit.gov.cn/zxqySy/main" },
	B("e_proj_robot", "关键环节机器换人", "e2"), B("e_proj_line", "成套自动化（智能化）生产线", "e2"),
	B("e_proj_workshop", "车间级数字化改造", "e2"), B("e_proj_factory", "工厂级数字化改造", "e2"),
	B("e_proj_iip", "特点环节/企业级/产业链级工业互联网平台", "e2"), OTHER("e_proj_other", "e2"),
	B("e_cloud_none", "无", "e2"), B("e_cloud_public", "公有云", "e2"), B("e_cloud_private", "私有云", "e2"),
	B("e_cloud_hybrid", "混合云", "e2"),
	CLOUD("e_ct_", "e2"),
	SOFTWARE("e_sw_", "e2"),
	PLATFORMS("e_pf_", "e2"),
	/* 第三部分：企业数字化转型意向 */
	{ "e_plan", "改造计划", VT_KEY, S, 0, 8, "e3" },
	{ "e_budget", "实施数字化转型拟投入预算", VT_KEY, S, 0, 8, "e3" },
	{ "e_budget_amount", "200万及以上：具体金额（万元）", VT_MONEY, 0, 0, 0, "e3" },
	CLOUD("e_dc_", "e3"),
	SOFTWARE("e_dsw_", "e3"),
	PLATFORMS("e_dpf_", "e3"),
	B("e_sp_fast", "服务快速响应，提供本地化服务", "e3"), B("e_sp_lead", "整体牵头数字化改造，解决数据孤岛问题", "e3"),
	B("e_sp_train", "开展企业数字化管理及精益生产培训", "e3"), OTHER("e_sp_other", "e3"),
	B("e_gov_train", "开展企业数字化转型宣贯培训工作", "e3"), B("e_gov_norm", "规范服务商服务质量和服务价格", "e3"),
	B("e_gov_subsidy", "加大对企业数字化改造的补贴政策", "e3"), OTHER("e_gov_other", "e3"),
	/* 第四部分：数字化改造承诺 */
	{ "e_pledge", "我公司对《洛阳市中小企业数字化转型试点企业申报表》填报信息的真实性负责，公司近一年未发生重大安全（含网络安全、数据安全）、质量、环境污染等事故，并郑重承诺愿意参加洛阳市中小企业数字化转型城市试点工作，积极配合各级工信部门开展数字化改造。", VT_BOOL, S, 0, 0, "e4" },
	{ "e_signer", "企业负责人（签字）", VT_LINE, S, 0, 50, "e4" },
	{ "e_pledge_date", "日期", VT_DATE, S, 0, 0, "e4" },
	{ NULL }
};

/* headings printed before a field, as on the 申报表 */
static const struct { const char *before, *text; } headings[] = {
	{ "e_cond2", "征集条件（须逐条确认；（一）见“企业规模”，（五）见下方两项）" },
	{ "e_proj_robot", "已建成数字化项目类型（可多选）" },
	{ "e_cloud_none", "企业上云（可多选）：已应用云服务" },
	{ "e_ct_device", "上云类型" },
	{ "e_sw_cad", "已部署工业软件（可多选）：研发设计类" }, { "e_sw_mes", "生产制造类" }, { "e_sw_qms", "质量管理类" },
	{ "e_sw_erp", "运营管理类" }, { "e_sw_wcs", "仓储物流类" },
	{ "e_pf_ent", "已部署工业互联网平台（可多选）" },
	{ "e_dc_device", "拟实施数字化转型方向（可多选）：（1）上云用云" },
	{ "e_dsw_cad", "（2）工业软件：研发设计类" }, { "e_dsw_mes", "生产制造类" }, { "e_dsw_qms", "质量管理类" },
	{ "e_dsw_erp", "运营管理类" }, { "e_dsw_wcs", "仓储物流类" },
	{ "e_dpf_ent", "（3）工业互联网平台" },
	{ "e_sp_fast", "希望得到服务商支持" },
	{ "e_gov_train", "希望得到政府的支持" },
	{ NULL, NULL }
};

/* single-choice fields: key, label pairs */
static const struct { const char *field; const char *const opts[14]; } choices[] = {
	{ "e_type", { "state", "国有", "private", "民营", "foreign", "外资", "mixed", "混合所有制", "other", "其他" } },
	{ "e_scale", { "medium", "中型企业", "small", "小型企业", "micro", "微型企业" } },
	{ "e_scale2", { "above", "规模以上企业", "below", "规模以下企业" } },
	{ "e_quality", { "innovative", "创新型中小企业", "specialized", "专精特新中小企业", "giant", "专精特新“小巨人”企业", "none", "无" } },
	{ "e_chain", { "no", "无", "yes", "有（请填写本地“链主”/龙头企业）" } },
	{ "e_listing", { "listed", "已上市", "funded", "已获融资", "plan", "计划上市", "none", "无融资计划" } },
	{ "e_giant_funded", { "no", "否", "yes", "是" } },
	{ "e_pilot2022", { "no", "否", "yes", "是" } },
	{ "e_level", { "none", "无等级", "1", "一级", "2", "二级", "3", "三级", "4", "四级" } },
	{ "e_plan", { "3m", "三个月内", "6m", "近半年", "1y", "近一年", "2y", "近两年" } },
	{ "e_budget", { "lt10", "10万以下", "10_50", "10万-50万（不含）", "50_100", "50万-100万（不含）", "100_200", "100万-200万（不含）", "ge200", "200万及以上" } },
};

const char *
enterprise_choice_label(const char *field, const char *key)
{
	for (size_t i = 0; i < sizeof(choices) / sizeof(choices[0]); i++)
		if (!strcmp(choices[i].field, field))
			for (int k = 0; choices[i].opts[k]; k += 2)
				if (key && !strcmp(choices[i].opts[k], key)) return choices[i].opts[k + 1];
	return NULL;
}

/* the batch's pilot industries, "a|b|c|d" -> the n-th (1-based) */
const char *
enterprise_industry(struct req *r, const struct batch *b, int n)
{
	const char *v = batch_param(b, "industries"), *e;
	for (int i = 1; v && n >= 1; i++) {
		e = strchr(v, '|');
		if (i == n) return e ? req_printf(r, "%.*s", (int)(e - v), v) : req_strdup(r, v);
		v = e ? e + 1 : NULL;
	}
	return NULL;
}

/* the year the 生产经营情况 figures are for: the batch's, or the year before the batch */
static int
data_year(const struct batch *b)
{
	return batch_param(b, "data_year") ? (int)batch_int(b, "data_year") : b->year - 1;
}

static int
ent_section_hdf(struct req *r, const struct app_info *a, const char *section)
{
	int k = 0;

	if (!strcmp(section, "e1")) {
		section_fact(r, "企业名称", a->org);
		section_fact(r, "企业信用代码", hdf_get_value(r->hdf, "App.credit_code", ""));
		section_fact(r, "生产经营情况年度", req_printf(r, "%d年（截至%d年底）", data_year(&a->b), data_year(&a->b)));
	}
	for (int i = 0; enterprise_form[i].name; i++) {
		const struct input *in = &enterprise_form[i];
		const char *q;
		if (strcmp(in->section, section)) continue;
		q = req_printf(r, "Fields.%d", k++);
		for (int h = 0; headings[h].before; h++)
			if (!strcmp(headings[h].before, in->name)) hset(r, req_printf(r, "%s.heading", q), headings[h].text);
		if (strstr(in->name, "_other_text")) hset(r, req_printf(r, "%s.type", q), "othertext");
		if (in->type == VT_BOOL) hset(r, req_printf(r, "%s.inline", q), "1");
		if (!strcmp(in->name, "e_revenue"))
			hset(r, req_printf(r, "%s.year_heading", q),
			     req_printf(r, "生产经营情况（%d年）", data_year(&a->b)));
		if (in->type != VT_KEY) continue;
		if (!strcmp(in->name, "e_industry")) {
			for (int n = 1; n <= 4; n++) {
				const char *ind = enterprise_industry(r, &a->b, n);
				if (!ind) break;
				hseti(r, req_printf(r, "%s.options.%d.key", q, n - 1), n);
				hset(r, req_printf(r, "%s.options.%d.label", q, n - 1), ind);
			}
			continue;
		}
		for (size_t c = 0; c < sizeof(choices) / sizeof(choices[0]); c++)
			if (!strcmp(choices[c].field, in->name))
				for (int o = 0; choices[c].opts[o]; o += 2) {
					hset(r, req_printf(r, "%s.options.%d.key", q, o / 2), choices[c].opts[o]);
					hset(r, req_printf(r, "%s.options.%d.label", q, o / 2), choices[c].opts[o + 1]);
				}
	}
	return 0;
}

static void
ent_section_validate(struct req *r, const struct app_info *a, const char *section)
{
	for (int i = 0; enterprise_form[i].name; i++) {
		const struct input *in = &enterprise_form[i];
		const char *v;
		if (strcmp(in->section, section)) continue;
		v = req_str(r, in->name);
		/* every "其他" ticked needs its text */
		if (in->type == VT_BOOL && strstr(in->name, "_other") && v) {
			const char *t = req_str(r, req_printf(r, "%s_text", in->name));
			if (!t || !*t) req_field_error(r, req_printf(r, "%s_text", in->name), "勾选“其他”时请填写具体内容");
		}
		if (in->type == VT_KEY && v) {
			if (!strcmp(in->name, "e_industry")) {
				long long k;
				if (valid_int(v, 1, 4, &k) || !enterprise_industry(r, &a->b, (int)k))
					req_field_error(r, in->name, "请选择规定的四个行业之一");
			} else if (!enterprise_choice_label(in->name, v))
				req_field_error(r, in->name, "请从列出的选项中选择");
		}
	}
	if (!strcmp(section, "e1")) {
		const char *c = req_str(r, "e_county");
		if (c) {
			struct dbrows *d = db_query(r, "SELECT 1 FROM regions WHERE code = ? AND level = 'county' AND city_code = ?",
						    DS(c), DS(a->b.region));
			if (!d || d->nrows != 1) req_field_error(r, "e_county", "请选择本市的县区");
		}
		if (req_str(r, "e_chain") && !strcmp(req_str(r, "e_chain"), "yes") && !req_str(r, "e_chain_name"))
			req_field_error(r, "e_chain_name", "选择“有”时请填写本地“链主”/龙头企业名称");
	}
	if (!strcmp(section, "e3") && req_str(r, "e_budget") && !strcmp(req_str(r, "e_budget"), "ge200")) {
		if (!req_str(r, "e_budget_amount")) req_field_error(r, "e_budget_amount", "选择“200万及以上”时请填写具体金额");
		else if (req_int(r, "e_budget_amount", 0) < 2000000) req_field_error(r, "e_budget_amount", "金额应不少于200万元（即200万元及以上）");
	}
}

/* the 申报表's own words for what is missing */
static const char *
ent_phrase(struct checklist *c, const struct input *in)
{
	if (!strcmp(in->name, "e_scale")) return NULL;            /* 征集条件（一）, below */
	if (in->type == VT_BOOL && !strncmp(in->name, "e_cond", 6))
		return req_printf(c->r, "须确认征集条件%.9s", in->label);
	if (!strcmp(in->name, "e_pledge")) return "须接受第四部分的数字化改造承诺";
	return "";                                                /* "其他" texts are required by the save itself */
}

static int
enterprise_check(struct req *r, const struct app_info *a, struct problem **out)
{
	struct checklist c;

	if (check_begin(r, a, &c)) return -1;
	/* 征集条件（一）: a 中型, 小型 or 微型 enterprise */
	if (!check_value(&c, "e_scale")[0])
		check_add(&c, check_at(&c, "e1", "e_scale"), "须为符合《统计上大中小微型企业划分办法（2017）》的中型、小型或微型企业（征集条件（一））");
	/* 征集条件（五）: refused outright */
	if (!strcmp(check_value(&c, "e_giant_funded"), "yes"))
		check_add(&c, check_at(&c, "e1", "e_giant_funded"), "已获得中央财政中小企业发展专项资金支持的专精特新“小巨人”企业不可申报（征集条件（五））");
	if (!strcmp(check_value(&c, "e_pilot2022"), "yes"))
		check_add(&c, check_at(&c, "e1", "e_pilot2022"), "已纳入工信厅联企业〔2022〕22号改造试点的中小企业不可申报（征集条件（五））");
	check_required(&c, ent_phrase);
	if (!strcmp(check_value(&c, "e_chain"), "yes") && !check_value(&c, "e_chain_name")[0])
		check_add(&c, check_at(&c, "e1", "e_chain_name"), "请填写本地“链主”/龙头企业名称");
	if (!strcmp(check_value(&c, "e_budget"), "ge200") && !check_value(&c, "e_budget_amount")[0])
		check_add(&c, check_at(&c, "e3", "e_budget_amount"), "选择“200万及以上”时请填写拟投入预算的具体金额");
	return check_end(&c, out);
}

/* Consistency of the figures, flagged (never refused): 人均营业收入 against
 * 营业收入 / 员工总数, within rounding (0.01万元 per person or 1%). */
static int
enterprise_flags(struct req *r, const struct app_info *a, const char **msg)
{
	struct dbrows *d = db_query(r, "SELECT name, value FROM app_fields WHERE application_id = ?"
				       " AND name IN ('e_revenue', 'e_rev_per_capita', 'e_staff')", DI(a->id));
	long long rev, per, staff;
	char m1[32], m2[32];
	int flagged = 0;

	*msg = NULL;
	if (!d) return 0;
	if (!valid_money(fields_value(d, "e_revenue"), &rev) && !valid_money(fields_value(d, "e_rev_per_capita"), &per) &&
	    !valid_int(fields_value(d, "e_staff"), 1, 10000000, &staff)) {
		long long expect = (rev + staff / 2) / staff;              /* 元 per person, rounded */
		long long diff = expect > per ? expect - per : per - expect;
		if (diff > 100 && diff * 100 > expect) {                   /* beyond 0.01万元 and 1% */
			flagged = 1;
			*msg = req_printf(r, "人均营业收入填报 %s 万元，与营业收入 ÷ 员工总数 = %s 万元不一致，请核对",
					  money_round_fmt(per, 2, m1, sizeof(m1)), money_round_fmt(expect, 2, m2, sizeof(m2)));
		}
	}
	return flagged;
}

/* ---- the 推荐汇总表 (通知 附件3): 15 columns ---- */

static const struct tcol summary_cols[ENT_SUMC_N] = {
	{ "序号", NULL, TC_TEXT, 0, 3 }, { "企业名称", NULL, TC_TEXT, 0, 12 },
	{ "企业划型（中型、小型、微型）", NULL, TC_TEXT, 0, 5 }, { "企业规模（规上、规下）", NULL, TC_TEXT, 0, 5 },
	{ "所属行业（规定的四个行业选其一）", NULL, TC_TEXT, 0, 8 },
	{ "%d年营收总额（万元）", NULL, TC_WAN, 0, 7 }, { "%d年利润（万元）", NULL, TC_TEXT, 0, 6 },
	{ "%d年人均营业收入（万元）", NULL, TC_WAN, 0, 7 }, { "已有数字化转型投入", NULL, TC_WAN, 0, 7 },
	{ "数字化水平自评测等级", NULL, TC_TEXT, 0, 5 }, { "拟实施数字化转型方向", NULL, TC_TEXT, 0, 16 },
	{ "实施数字化转型拟投入预算", NULL, TC_TEXT, 0, 8 }, { "联系人", NULL, TC_TEXT, 0, 5 }, { "联系方式", NULL, TC_TEXT, 0, 8 },
	{ "是否优质中小企业（如果是，请写明类别：创新型中小企业或专精特新中小企业或专精特新小巨人企业）", NULL, TC_TEXT, 0, 12 },
};

void
enterprise_summary_table(struct req *r, const struct batch *b, struct table *t)
{
	struct tcol *cols = req_alloc(r, sizeof(summary_cols));
	int year = data_year(b);

	memcpy(cols, summary_cols, sizeof(summary_cols));
	/* the 生产经营 figures carry the batch's data year, as the attachment's heads do */
	for (int c = 0; c < ENT_SUMC_N; c++)
		if (strstr(cols[c].head, "%d")) cols[c].head = req_printf(r, "%d%s", year, strstr(cols[c].head, "年"));
	table_init(r, t, cols, ENT_SUMC_N);
	t->docno = "附件3";
	t->title = "洛阳市中小企业数字化转型试点企业推荐汇总表";
	t->landscape = 1;
	t->font = 7.5;
	t->empty = "没有符合条件的企业。";
}

static const char *
fv(const char *const (*f)[2], int nf, const char *name)
{
	for (int i = 0; i < nf; i++)
		if (!strcmp(f[i][0], name)) return f[i][1];
	return "";
}

/* 拟实施数字化转型方向: the ticked boxes of 第三部分 (1)-(3), with their "其他" texts */
static const char *
directions(struct req *r, const char *const (*f)[2], int nf)
{
	static const struct { const char *prefix, *group; } groups[] = {
		{ "e_dc_", "上云用云" }, { "e_dsw_", "工业软件" }, { "e_dpf_", "工业互联网平台" } };
	STRING s;
	char *out;

	string_init(&s);
	for (size_t g = 0; g < sizeof(groups) / sizeof(groups[0]); g++) {
		int first = 1;
		for (int i = 0; enterprise_form[i].name; i++) {
			const struct input *in = &enterprise_form[i];
			const char *label = in->label;
			if (strncmp(in->name, groups[g].prefix, strlen(groups[g].prefix)) || in->type != VT_BOOL) continue;
			if (strcmp(fv(f, nf, in->name), "1")) continue;
			if (strstr(in->name, "_other")) label = fv(f, nf, req_printf(r, "%s_text", in->name));
			string_appendf(&s, "%s%s", first ? (s.len ? "；" : "") : "、", first ? req_printf(r, "%s：%s", groups[g].group, label) : label);
			first = 0;
		}
	}
	out = req_strdup(r, s.buf ? s.buf : "");
	string_clear(&s);
	return out;
}

static void
money_cell(struct table *t, int y, int c, const char *v)
{
	long long yuan;
	if (*v && !valid_money(v, &yuan)) table_num(t, y, c, yuan);
	else table_text(t, y, c, v);
}

int
enterprise_summary_row(struct req *r, const struct batch *b, struct table *t, int seq, const char *org,
		       const char *const (*f)[2], int nf)
{
	const char *scale = enterprise_choice_label("e_scale", fv(f, nf, "e_scale")), *q = fv(f, nf, "e_quality");
	const char *level = enterprise_choice_label("e_level", fv(f, nf, "e_level"));
	const char *budget = enterprise_choice_label("e_budget", fv(f, nf, "e_budget"));
	long long k;
	int y = table_row(t);

	table_text(t, y, 0, req_printf(r, "%d", seq));
	table_cell(t, y, 0)->flags |= TF_CENTER;
	table_text(t, y, 1, org);
	table_text(t, y, 2, scale ? req_printf(r, "%.6s", scale) : "");                 /* 中型企业 -> 中型 */
	table_text(t, y, 3, !strcmp(fv(f, nf, "e_scale2"), "above") ? "规上" : !strcmp(fv(f, nf, "e_scale2"), "below") ? "规下" : "");
	table_text(t, y, 4, !valid_int(fv(f, nf, "e_industry"), 1, 4, &k) && enterprise_industry(r, b, (int)k) ? enterprise_industry(r, b, (int)k) : "");
	money_cell(t, y, 5, fv(f, nf, "e_revenue"));
	table_text(t, y, 6, fv(f, nf, "e_profit"));
	money_cell(t, y, 7, fv(f, nf, "e_rev_per_capita"));
	money_cell(t, y, 8, fv(f, nf, "e_invested"));
	table_text(t, y, 9, level ? level : "");
	table_text(t, y, 10, directions(r, f, nf));
	if (budget && !strcmp(fv(f, nf, "e_budget"), "ge200")) {
		long long yuan;
		char m[32];
		const char *amt = fv(f, nf, "e_budget_amount");
		budget = req_printf(r, "%s（%s万元）", budget, !valid_money(amt, &yuan) ? req_strdup(r, money_fmt(yuan, m, sizeof(m))) : amt);
	}
	table_text(t, y, 11, budget ? budget : "");
	table_text(t, y, 12, fv(f, nf, "e_contact"));
	table_text(t, y, 13, fv(f, nf, "e_contact_mobile"));
	table_text(t, y, 14, !*q ? "" : !strcmp(q, "none") ? "否" : req_printf(r, "是（%s）", enterprise_choice_label("e_quality", q)));
	return y;
}

/* ---- the overview, the creation, the print view ---- */

static int
ent_overview_hdf(struct req *r, const struct app_info *a)
{
	const char *flag;
	if (enterprise_flags(r, a, &flag)) hset(r, "Flags.figures", flag);
	return 0;
}


/* ---- the printed 申报书: the cover and the 申报表 exactly as 附件1 prints it ---- */

struct pr { struct req *r; const char *content; const struct app_info *a; struct table *t; };

static const char *V(struct pr *x, const char *name) { return content_value(x->r, x->content, name); }
static const char *box(int on) { return on ? "☑ " : "☐ "; }

/* a single choice with every option, the chosen one ticked: ☐国有    ☑民营 ... */
static const char *
choice_line(struct pr *x, const char *field, const char *sep)
{
	const char *v = V(x, field), *out = "";
	for (size_t i = 0; i < sizeof(choices) / sizeof(choices[0]); i++)
		if (!strcmp(choices[i].field, field))
			for (int k = 0; choices[i].opts[k]; k += 2) {
				const char *label = choices[i].opts[k + 1];
				if (!strcmp(field, "e_chain") && !strcmp(choices[i].opts[k], "yes"))
					label = req_printf(x->r, "有，%s", *V(x, "e_chain_name") ? V(x, "e_chain_name") : "____________");
				out = req_printf(x->r, "%s%s%s%s", out, k ? sep : "", box(!strcmp(v, choices[i].opts[k])), label);
			}
	return out;
}

/* ticked boxes of a group, in form order: names are the fields after prefix; "其他" shows its text */
static const char *
boxes(struct pr *x, const char *prefix, const char *const *names, const char *sep)
{
	const char *out = "";
	for (int i = 0; names[i]; i++) {
		const char *f = req_printf(x->r, "%s%s", prefix, names[i]), *label = NULL;
		for (int k = 0; enterprise_form[k].name; k++)
			if (!strcmp(enterprise_form[k].name, f)) label = enterprise_form[k].label;
		if (!label) continue;
		if (strstr(f, "other")) {
			const char *t = V(x, req_printf(x->r, "%s_text", f));
			label = req_printf(x->r, "其他%s", *t ? req_printf(x->r, "：%s", t) : "________");
		}
		out = req_printf(x->r, "%s%s%s%s", out, i ? sep : "", box(!strcmp(V(x, f), "1")), label);
	}
	return out;
}

/* a row of the 申报表: label | value over the other three columns (or label | v | label | v) */
static int
row2(struct pr *x, const char *label, const char *value)
{
	int y = table_row(x->t);
	table_text(x->t, y, 0, label);
	table_cell(x->t, y, 0)->flags |= TF_LEFT;
	table_text(x->t, y, 1, value);
	table_span(x->t, y, 1, 1, 3);
	return y;
}

static void
row4(struct pr *x, const char *l1, const char *v1, const char *l2, const char *v2)
{
	int y = table_row(x->t);
	table_text(x->t, y, 0, l1);
	table_text(x->t, y, 1, v1);
	table_text(x->t, y, 2, l2);
	table_text(x->t, y, 3, v2);
	table_cell(x->t, y, 0)->flags |= TF_LEFT;
	table_cell(x->t, y, 2)->flags |= TF_LEFT;
}

static void
part(struct pr *x, const char *title)
{
	int y = table_row(x->t);
	table_text(x->t, y, 0, title);
	table_cell(x->t, y, 0)->flags |= TF_PART;
	table_span(x->t, y, 0, 1, 4);
}

/* a label over several rows (企业规模, 生产经营情况 ...) */
static void
merge_label(struct pr *x, int first, const char *label)
{
	table_text(x->t, first, 0, label);
	table_span(x->t, first, 0, x->t->nrows - first, 1);
}

static const struct tcol form_cols[4] = {
	{ "", NULL, TC_TEXT, 0, 9 }, { "", NULL, TC_TEXT, 0, 17 }, { "", NULL, TC_TEXT, 0, 8 }, { "", NULL, TC_TEXT, 0, 13 },
};

static const char *const sw_groups[][10] = {
	{ "研发设计类：", "cad", "cae", "capp", "cam", "dt", "plm", "pdm", "rd_other" },
	{ "生产制造类：", "mes", "aps", "mom", "mf_other" },
	{ "质量管理类：", "qms", "lims", "q_other" },
	{ "运营管理类：", "erp", "crm", "srm", "scm", "oa", "bi", "fmis", "op_other" },
	{ "仓储物流类：", "wcs", "wms", "wh_other" },
};
static const char *const cloud_kinds[] = { "device", "business", "resource", "tool", "other", NULL };
static const char *const platforms_[] = { "ent", "chain", "link", "shared", "ecom", "park", "other", NULL };

static const char *
software(struct pr *x, const char *prefix)
{
	const char *out = "";
	for (size_t g = 0; g < sizeof(sw_groups) / sizeof(sw_groups[0]); g++)
		out = req_printf(x->r, "%s%s%s%s", out, g ? "\n" : "", sw_groups[g][0], boxes(x, prefix, sw_groups[g] + 1, " "));
	return out;
}

static int
ent_print_doc(struct req *r, const struct app_info *a, const char *content, struct doc *d)
{
	struct pr x = { r, content, a, NULL };
	int year = data_year(&a->b), y;
	long long k;
	const char *org = hdf_get_value(r->hdf, "App.org", ""), *industry = "", *ind_lines = "";

	for (int o = 1; o <= 4; o++) {
		const char *ind = enterprise_industry(r, &a->b, o);
		int on = !valid_int(V(&x, "e_industry"), 1, 4, &k) && k == o;
		if (!ind) break;
		if (on) industry = ind;
		ind_lines = req_printf(r, "%s%s%s%s：具体为%s", ind_lines, o > 1 ? "\n" : "", box(on), ind,
				       on && *V(&x, "e_industry_detail") ? V(&x, "e_industry_detail") : "____________");
	}
	d->title = req_printf(r, "洛阳市中小企业数字化转型试点企业申报书 - %s", org);
	/* the cover */
	doc_add(d, D_SPACE, NULL, NULL)->mm = 10;
	doc_add(d, D_TITLE, "洛阳市中小企业数字化转型试点企业", "申 报 书");
	doc_add(d, D_SPACE, NULL, NULL)->mm = 30;
	doc_add(d, D_FIELD, "申报企业（盖章）", org);
	doc_add(d, D_FIELD, "所属行业", industry);
	doc_add(d, D_FIELD, "申报日期", cn_date(r, V(&x, "e_pledge_date")));
	/* the 申报表 */
	doc_page(d, 0);
	doc_add(d, D_H1, "洛阳市中小企业数字化转型试点企业申报表", NULL);
	x.t = doc_table_new(d);
	table_init(r, x.t, form_cols, 4);
	x.t->nohead = 1;
	x.t->font = 9.5;
	part(&x, "第一部分：企业基本情况");
	row4(&x, "企业名称", org, "所属县区", hdf_get_value(r->hdf, "App.county", ""));
	row2(&x, "企业注册地址", V(&x, "e_reg_address"));
	row2(&x, "企业通讯地址", V(&x, "e_mail_address"));
	row2(&x, "企业信用代码", hdf_get_value(r->hdf, "App.credit_code", ""));
	row4(&x, "法定代表人", V(&x, "e_legal_rep"), "联系方式", V(&x, "e_legal_phone"));
	row4(&x, "联  系  人", V(&x, "e_contact"), "联系方式\n（手机号）", V(&x, "e_contact_mobile"));
	row2(&x, "企业基本情况", V(&x, "e_profile"));
	row2(&x, "企业类型", choice_line(&x, "e_type", "    "));
	y = row2(&x, "企业规模", req_printf(r, "%s （中小企业规模类型自测网址： https://baosong.miit.gov.cn/ScaleTest）", choice_line(&x, "e_scale", " ")));
	row2(&x, "", choice_line(&x, "e_scale2", "        "));
	merge_label(&x, y, "企业规模");
	row2(&x, "优质中小\n企业情况", choice_line(&x, "e_quality", " "));
	row2(&x, "主要产品", V(&x, "e_products"));
	row2(&x, "所属行业", ind_lines);
	row2(&x, "企业本地服务的“链主”/龙头企业", req_printf(r, "%s\n(请填写本地“链主”/龙头企业）", choice_line(&x, "e_chain", "\n")));
	row2(&x, "市级以上数字化转型、智能制造荣誉", V(&x, "e_honours"));
	row2(&x, "已有数字化转型投入", req_printf(r, "%s（万元）", V(&x, "e_invested")));
	y = row2(&x, "生产经营情况", req_printf(r, "%d年营业收入（万元）：%s", year, V(&x, "e_revenue")));
	row2(&x, "", req_printf(r, "%d年利润（万元）：%s", year, V(&x, "e_profit")));
	row2(&x, "", req_printf(r, "%d年人均营业收入（万元）：%s", year, V(&x, "e_rev_per_capita")));
	row2(&x, "", req_printf(r, "%d年研发投入（万元）：%s", year, V(&x, "e_rnd")));
	row2(&x, "", req_printf(r, "截至%d年底知识产权数量（个）：%s", year, V(&x, "e_ip_count")));
	row2(&x, "", req_printf(r, "截至%d年底员工总数（人）：%s", year, V(&x, "e_staff")));
	merge_label(&x, y, "生产经营情况");
	row2(&x, "上市/融资计划", choice_line(&x, "e_listing", "   "));
	part(&x, "第二部分：企业数字化转型现状");
	row2(&x, "数字化水平\n自评测等级", req_printf(r, "%s\n（自测网址：https://zjtx.miit.gov.cn/zxqySy/main）", choice_line(&x, "e_level", "  ")));
	{
		static const char *const proj[] = { "robot", "line", "workshop", "factory", "iip", "other", NULL };
		static const char *const used[] = { "none", "public", "private", "hybrid", NULL };
		row2(&x, "已建成数字化项目类型（可多选）", boxes(&x, "e_proj_", proj, "\n"));
		y = row2(&x, "企业上云\n（可多选）", req_printf(r, "已应用云服务：\n%s", boxes(&x, "e_cloud_", used, "  ")));
		row2(&x, "", req_printf(r, "上云类型：\n%s", boxes(&x, "e_ct_", cloud_kinds, " ")));
		merge_label(&x, y, "企业上云\n（可多选）");
		y = row2(&x, "已部署工业软件/工业互联网平台\n（可多选）", req_printf(r, "工业软件：\n%s", software(&x, "e_sw_")));
		row2(&x, "", req_printf(r, "工业互联网平台：\n%s", boxes(&x, "e_pf_", platforms_, " ")));
		merge_label(&x, y, "已部署工业软件/工业互联网平台\n（可多选）");
	}
	part(&x, "第三部分：企业数字化转型意向");
	row2(&x, "改造计划", choice_line(&x, "e_plan", "    "));
	{
		const char *budget = choice_line(&x, "e_budget", " ");
		if (!strcmp(V(&x, "e_budget"), "ge200") && *V(&x, "e_budget_amount"))
			budget = req_printf(r, "%s：%s万元", budget, V(&x, "e_budget_amount"));
		row2(&x, "实施数字化\n转型拟投入\n预   算", budget);
	}
	y = row2(&x, "拟实施数字化转型方向\n（可多选）", req_printf(r, "（1）上云用云\n%s", boxes(&x, "e_dc_", cloud_kinds, "  ")));
	row2(&x, "", req_printf(r, "（2）工业软件：\n%s", software(&x, "e_dsw_")));
	row2(&x, "", req_printf(r, "（3）工业互联网平台：\n%s", boxes(&x, "e_dpf_", platforms_, "  ")));
	merge_label(&x, y, "拟实施数字化转型方向\n（可多选）");
	{
		static const char *const sp[] = { "fast", "lead", "train", "other", NULL };
		static const char *const gov[] = { "train", "norm", "subsidy", "other", NULL };
		row2(&x, "希望得到\n服务商支持", boxes(&x, "e_sp_", sp, "\n"));
		row2(&x, "希望得到\n政府的支持", boxes(&x, "e_gov_", gov, "\n"));
	}
	part(&x, "第四部分：数字化改造承诺");
	y = table_row(x.t);
	for (int i = 0; enterprise_form[i].name; i++)
		if (!strcmp(enterprise_form[i].name, "e_pledge")) table_text(x.t, y, 0, req_printf(r, "　　%s", enterprise_form[i].label));
	table_span(x.t, y, 0, 1, 4);
	doc_add(d, D_SPACE, NULL, NULL)->mm = 8;
	doc_add(d, D_SIGN, "企业负责人（签字）：", NULL);     /* signed by hand */
	doc_add(d, D_SIGN, "企业盖章（企业公章）：", NULL);
	doc_add(d, D_SIGN, "日期：", cn_date(r, V(&x, "e_pledge_date")));
	/* what only this system asks: the 征集条件 confirmed online, kept apart from the official table */
	doc_page(d, 0);
	doc_add(d, D_H1, "在线申报记录", NULL);
	doc_add(d, D_NOTE, "以下为申报时在线确认的征集条件，供核对，不属于申报书格式。", NULL);
	for (int i = 0; enterprise_form[i].name; i++) {
		const struct input *in = &enterprise_form[i];
		if (!strncmp(in->name, "e_cond", 6))
			doc_add(d, D_TEXT, req_printf(r, "%s%s", box(!strcmp(V(&x, in->name), "1")), in->label), NULL);
		else if (!strcmp(in->name, "e_giant_funded") || !strcmp(in->name, "e_pilot2022"))
			doc_add(d, D_TEXT, req_printf(r, "%s：%s", in->label, enterprise_choice_label(in->name, V(&x, in->name)) ?
						      enterprise_choice_label(in->name, V(&x, in->name)) : ""), NULL);
	}
	return 0;
}

/* ---- the review chain (洛阳 通知 三): 县区 初审 and recommendation within the quota -> 市 (工信局 with 财政局) ---- */

static const struct transition enterprise_chain[] = {
	WF_APPLICANT_ROWS(ROLE_ENTERPRISE),
	WF_REVIEW_ROWS("submitted", ROLE_COUNTY, "初审通过", "county_passed", "不予推荐", "county_rejected", TELL_NONE, "county"),
	{ "county_passed", ROLE_COUNTY, "recommend", "县区推荐", "recommended", 0, "county_rec", wf_pre_listed, NULL, TELL_CITY, "county" },
	/* 三（二）2: by the 市's list (recommend.cgi), confirmed by the 市财政局 where it has an account */
	{ "recommended", ROLE_CITY, "select", "列入试点企业名单", "selected", 0, "recommend", wf_pre_listed, wf_eff_next_stage, TELL_NONE, "city" },
	{ "recommended", ROLE_CITY, "return", "退回修改", "returned", WF_REASON, "review", NULL, wf_eff_return, TELL_COUNTY, "city" },
	{ "recommended", ROLE_CITY, "reject", "不予列入", "city_rejected", WF_REASON, "review", NULL, NULL, TELL_COUNTY, "city" },
	{ NULL }
};

/* 所属县区 and the contact start from the registration */
static const char *const ent_prefill[][2] = { { "e_county", "region" }, { "e_contact", "contact" }, { "e_contact_mobile", "mobile" }, { NULL } };

static const struct stage enterprise_stages[] = {
	{ .key = "apply", .title = "申报", .form = enterprise_form, .sections = enterprise_sections, .workflow = enterprise_chain,
	  .check = enterprise_check, .section_hdf = ent_section_hdf, .section_validate = ent_section_validate,
	  .overview_hdf = ent_overview_hdf, .prefill = ent_prefill, .print_doc = ent_print_doc },
	/* 二（六）14: the 补助 for the transformation, once listed (luoyang_subsidy.c) */
	{ .key = "subsidy", .title = "数字化改造补助", .form = ly_subsidy_form, .sections = ly_subsidy_sections,
	  .choices = ly_subsidy_choices, .workflow = ly_subsidy_rows, .check = ly_subsidy_check,
	  .overview_hdf = ly_subsidy_overview_hdf, .files = ly_subsidy_files,
	  .files_hint = "补助按实际发生的支出核定：合同、发票、付款凭证须与所填支出对应。" },
	{ NULL }
};

static const struct menu_item enterprise_menu[] = {
	{ "county_rec", "县区推荐（企业）", ROLE_COUNTY, NULL },
	{ "recommend", "确定试点企业名单", ROLE_CITY | ROLE_FINANCE, NULL },
	{ "ent_summary", "企业推荐汇总表", ROLE_COUNTY | ROLE_CITY, NULL },
	{ NULL }
};

/* 县区推荐 (三（二）1): one ranked list against the 县区's quota of 附件2, the 推荐文件, confirmed by the 县区's 财政部门
 * where it has an account (工信 and 财政 recommend together) */
static const struct rec_spec county_list = {
	.level = ROLE_COUNTY, .page = "county_rec", .title = "县区推荐", .candidates = "county_passed", .deadline = "county",
	.quota = 1, .doc = "县区推荐文件", .doc_short = "县区推荐文件", .template = "county_rec.cs",
	.cosign = ROLE_FINANCE,
	.cosign_clause = "征集通知 三（二）1：各县区工信部门、财政部门对属地企业提交的申报资料进行初审……汇总后正式行文推荐上报",
};
/* 市确定名单 (三（二）2): the 市 lists the recommended enterprises it decides on, the 市财政局 confirms the list as it
 * stands (where it has an account), the 市 submits it with the 名单文件 and every item still waiting is listed; it may
 * reopen its own list to add to it (the enterprises already listed stay), which needs a new confirmation */
static const struct rec_spec city_list = {
	.level = ROLE_CITY, .page = "recommend", .title = "市确定试点企业", .candidates = "recommended", .deadline = "city",
	.reopen_role = ROLE_CITY, .doc = "试点企业名单文件（市工信局、市财政局）", .doc_short = "名单文件", .doc_date = 1,
	.template = "city_list.cs", .action = "select", .list_word = "试点企业名单", .rounds = 1,
	.cosign = ROLE_FINANCE,
	.cosign_clause = "征集通知 三（二）2：市工信局、财政局组织专家对各县区推荐的企业进行综合审核，确定列入洛阳市第一批中小企业数字化转型试点企业名单",
};
static const struct rec_spec *const enterprise_lists[] = { &county_list, &city_list, NULL };

/* "a\nb\nc\nd" -> "a|b|c|d": exactly the four pilot industries of the call (通知 一) */
static const char *
industries_store(struct req *r, const char *text, const char **err)
{
	char *t = req_strdup(r, text ? text : ""), *save = NULL;
	const char *out = "";
	int n = 0;
	for (char *l = strtok_r(t, "\r\n", &save); l; l = strtok_r(NULL, "\r\n", &save)) {
		while (*l == ' ') l++;
		if (!*l) continue;
		if (strchr(l, '|')) break;
		out = n ? req_printf(r, "%s|%s", out, l) : req_strdup(r, l);
		n++;
	}
	if (n == 4) return out;
	*err = "请填写4个试点行业，每行一个（不含“|”）";
	return NULL;
}

static const char *
industries_show(struct req *r, const char *stored)
{
	char *s = req_strdup(r, stored);
	for (char *p = s; *p; p++) if (*p == '|') *p = '\n';
	return s;
}

static const struct param enterprise_params[] = {
	{ "data_year", { "data_year", "生产经营数据年度", VT_INT, IN_REQ, 2000, 2100, NULL, "申报书“生产经营情况”所填数据的年度，例如 2024" },
	  NULL, "申报表 第一部分：生产经营情况（年度由市工信局确定）", .call = "生产经营情况所填年度" },
	{ "industries", { "industries", "试点行业（每行一个，共4个）", VT_TEXT, IN_REQ, 0, 400 }, NULL,
	  "通知 一：轴承及通用零部件等四个试点行业", 0, industries_store, industries_show, .call = "试点行业" },
	{ NULL }
};

static const char *const enterprise_states[][2] = {
	{ "county_passed", "县区初审通过，待县区推荐" }, { "recommended", "县区已推荐，待市审核" },
	{ "city_rejected", "市不予列入" }, { "selected", "已列入试点企业名单" },
	{ "county_checked", "县区审核通过，待市核定补助" }, { "county_refused", "县区不予补助" },
	{ "granted", "已核定补助" }, { "city_refused", "市不予补助" }, { NULL, NULL }
};

static const struct deadline enterprise_deadlines[] = {
	{ "county", "县区初审推荐截止日期", "县区初审推荐", "" },
	{ "city", "市审核截止日期", "市审核", "" },
	{ NULL }
};

const struct programme enterprise_programme = {
	.key = "enterprise", .name = "中小企业数字化转型试点企业（市级征集）",
	.applicant_role = ROLE_ENTERPRISE, .runner_role = ROLE_CITY,
	.applicant = "企业", .document = "申报书", .county_level = "县区", .city_level = "市",
	.authority = "市工信局", .authority_full = "洛阳市工业和信息化局",
	.overview = "ent", .edit_page = "ent_edit", .print_page = "ent_print", .region_field = "e_county",
	.intro = "征集条件：符合《统计上大中小微型企业划分办法（2017）》的中小微企业，有较强的数字化改造意愿和需求且近一年内有改造计划。已获得中央财政专项资金支持的专精特新“小巨人”企业和已纳入2022年改造试点的企业不可申报。",
	.batch_noun = "征集批次", .docx = 1,
	.contact = "市工信局企业培育科 65590189；市财政局企业科 63630058（征集通知 联系方式）",
	.guide_title = "洛阳市第一批中小企业数字化转型试点企业征集通知（含申报书、推荐数量表、汇总表、县区联系电话）",
	.guide_href = "/static/guide/enterprise.txt",
	.delivery = "打印申报书（本系统“打印”生成，每页带验证码），在封面“申报企业（盖章）”处加盖企业公章，纸质版报送所在县区工信部门；"
		    "县区审核推荐后，纸质版一式两份报送市工信局企业培育科，电子版（word版和PDF版）同步发送至 qyk@lysgxj.com（征集通知 四）。",
	.stages = enterprise_stages, .menu = enterprise_menu, .recommend = enterprise_lists,
	.pages = " county_rec ent_summary recommend ",
	.params = enterprise_params, .deadlines = enterprise_deadlines, .states = enterprise_states,
	.ruleset = "luoyang-2025",
};
