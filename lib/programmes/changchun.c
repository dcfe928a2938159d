/*
 * changchun.c - 长春's city pilot (长春市中小企业数字化转型城市试点工作实施细则（试行）,
 * ../shared/seeds/002_f8d6ebe2e83360e2.txt), run by the 市工信局 over its
 * 县（市）区.  Stage 1, 申请 and 入库 (第四章（一）): the enterprise files 附件1
 * 长春市中小企业数字化转型试点企业申请表 (every field and choice as printed);
 * the 县（市）区 审核推荐 after checking 资格条件、申报材料、信用情况 (2（3）);
 * the 市 records its 专家评审 and its 集体决策 (day, meeting, result) and
 * publishes the 试点企业名单 (2（4）): each enterprise listed enters the
 * 试点企业库 (pilot_enterprises: one record per 统一社会信用代码, the 一企一档).
 */
#include <string.h>
#include "changchun.h"         /* the stages defined in files of their own (cc_life.c, changchun_filing.c) */
#include "doc.h"

static const struct section cc_sections[] = {
	{ "c1", "企业基本信息" },
	{ "c2", "企业情况与经营数据" },
	{ NULL, NULL }
};

#define S IN_SUBMIT
/* 附件1's rows in order; 企业名称 and 企业信用代码 are the registration's (shown, not typed) */
static const struct input cc_form[] = {
	{ "c_county", "所属县（市、区）", VT_REGION, S, 0, 0, "c1" },
	{ "c_reg_address", "注册地址", VT_LINE, S, 0, 200, "c1" },
	{ "c_contact", "企业联系人", VT_LINE, S, 0, 50, "c1" },
	{ "c_phone", "联系方式", VT_PHONE, S, 0, 0, "c1" },
	{ "c_profile", "企业基本情况", VT_TEXT, S, 0, 500, "c1", "500字以内" },
	CC_KIND_ROWS("c", "c2"),
	{ "c_level", "数字化水平自测等级", VT_KEY, S, 0, 8, "c2" },
	{ "c_quality", "优质中小企业情况", VT_KEY, S, 0, 16, "c2" },
	{ "c_industry", "所属细分行业", VT_KEY, S, 0, 16, "c2" },
	CC_RESULT_ROWS("c", "c2"),
	{ "c_rev_per_capita", "上年度人均营业收入（万元）", VT_MONEY, S, 0, 0, "c2" },
	{ "c_staff", "企业总人数", VT_INT, S, 0, 10000000, "c2" },
	{ "c_invested", "已有数字化转型投入（万元）", VT_MONEY, S, 0, 0, "c2" },
	{ NULL }
};

/* every choice of 附件1, as printed */
static const struct choice cc_choices[] = {
	CC_KIND_CHOICES("c"),
	{ NULL }
};

static int
cc_section_hdf(struct req *r, const struct app_info *a, const char *section)
{
	if (!strcmp(section, "c1")) {
		section_fact(r, "企业名称", a->org);
		section_fact(r, "企业信用代码", hdf_get_value(r->hdf, "App.credit_code", ""));
	} else
		section_fact(r, "上年度", req_printf(r, "%d年", batch_int(&a->b, "data_year")));
	return 0;
}

/* 第四章（一）1 申报条件: a 中小企业 of one of the four sub-industries; the rest is the form's */
static const char *
cc_phrase(struct checklist *c, const struct input *in)
{
	(void)c;
	if (!strcmp(in->name, "c_scale") || !strcmp(in->name, "c_industry")) return NULL;   /* below, with the clause */
	return "";
}

static int
cc_check(struct req *r, const struct app_info *a, struct problem **out)
{
	struct checklist c;

	if (check_begin(r, a, &c)) return -1;
	if (!check_value(&c, "c_scale")[0])
		check_add(&c, check_at(&c, "c2", "c_scale"), "请选择企业规模：申报企业须为中型、小型或微型企业（实施细则 第四章（一）1 申报条件：四大细分行业中小企业）");
	if (!check_value(&c, "c_industry")[0])
		check_add(&c, check_at(&c, "c2", "c_industry"), "请选择所属细分行业：申报企业须属于四个试点细分行业之一（实施细则 第四章（一）1 申报条件；第二章）");
	check_required(&c, cc_phrase);
	return check_end(&c, out);
}

/* 附件1 laid out as printed: two label/value pairs a row where the form has them (企业名称 | 所属县（市、区） ...),
 * each choice with all its options as ☑ or ☐, the lines where the enterprise stamps */
static int
cc_print_doc(struct req *r, const struct app_info *a, const char *content, struct doc *d)
{
	static const char *const layout[][2] = {
		{ "=org", "c_county" }, { "c_reg_address", "=credit_code" }, { "c_contact", "c_phone" }, { "c_profile", NULL },
		{ "c_type", NULL }, { "c_scale", NULL }, { "c_scale2", NULL }, { "c_level", NULL }, { "c_quality", NULL },
		{ "c_industry", NULL }, { "c_revenue", "c_profit" }, { "c_rev_per_capita", "c_staff" }, { "c_invested", NULL },
	};
	const char *org = hdf_get_value(r->hdf, "App.org", "");
	struct table *t;
	int scale_row = -1;

	t = doc_form_table(r, d, "附件1", "长春市中小企业数字化转型试点企业申请表");
	for (size_t i = 0; i < sizeof(layout) / sizeof(layout[0]); i++) {
		int y = table_row(t);
		for (int k = 0; k < 2 && layout[i][k]; k++) {
			const char *f = layout[i][k], *label, *v;
			const struct input *in = NULL;
			if (*f == '=') {
				label = !strcmp(f, "=org") ? "企业名称" : "企业信用代码";
				v = hdf_get_value(r->hdf, !strcmp(f, "=org") ? "App.org" : "App.credit_code", "");
			} else {
				for (in = a->st->form; in->name && strcmp(in->name, f); in++);
				label = in->label;
				v = content_value(r, content, f);
				if (in->type == VT_REGION) v = hdf_get_value(r->hdf, "App.county", v);
			}
			if (in && in->type == VT_KEY) {     /* every option, the chosen one ticked */
				const char *opts = choice_boxes(r, a->st, f, v);
				if (!opts) opts = "";
				v = in->hint ? req_printf(r, "%s（%s ）", opts, in->hint) : opts;
			}
			/* the second 企业规模 row continues the first, under its label */
			if (!strcmp(f, "c_scale2")) table_span(t, scale_row, 0, 2, 1);
			else {
				table_text(t, y, 2 * k, label);
				table_cell(t, y, 2 * k)->flags |= TF_LEFT;
			}
			if (!strcmp(f, "c_scale")) scale_row = y;
			table_text(t, y, 2 * k + 1, v);
		}
		if (!layout[i][1]) table_span(t, y, 1, 1, 3);
	}
	doc_add(d, D_SPACE, NULL, NULL)->mm = 10;
	doc_add(d, D_SIGN, "企业（盖章）：", org);
	doc_add(d, D_SIGN, "日期：", hdf_get_value(r->hdf, "Print.submitted_at", ""));
	return 0;
}

/* 所属县（市、区）, the contact and the phone start from the registration */
static const char *const cc_prefill[][2] = { { "c_county", "region" }, { "c_contact", "contact" }, { "c_phone", "mobile" }, { NULL } };

/* ---- the review chain (第四章（一）2): 县（市）区 审核推荐 -> 市 专家评审, 集体决策 -> 核定公布 ---- */

/* 公布: into the 试点企业库, and the project's next stage opens (咨询诊断) */
static int
cc_eff_listed(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res)
{
	return wf_eff_pilot(r, a, w, res) || wf_eff_next_stage(r, a, w, res) ? -1 : 0;
}

static const char *const county_checks[] = { "资格条件", "申报材料", "信用情况", NULL };

static const struct transition cc_chain[] = {
	WF_APPLICANT_ROWS(ROLE_ENTERPRISE),
	/* （3）初步审核: 资格条件、申报材料、信用情况, then 推荐至市工信主管部门 */
	{ "submitted", ROLE_COUNTY, "pass", "审核推荐", "recommended", 0, "review", NULL, NULL, TELL_CITY, "county", county_checks },
	{ "submitted", ROLE_COUNTY, "return", "退回修改", "returned", WF_REASON, "review", NULL, wf_eff_return, TELL_NONE, "county" },
	{ "submitted", ROLE_COUNTY, "reject", "不予推荐", "county_rejected", WF_REASON, "review", NULL, NULL, TELL_NONE, "county" },
	/* （4）核定公布: 复核, 专家评审, 集体决策, 公布 */
	{ "recommended", ROLE_CITY, "expert_pass", "专家评审通过", "expert_passed", WF_DATE | WF_MEETING, "review", NULL, NULL, TELL_NONE, "city" },
	{ "recommended", ROLE_CITY, "expert_fail", "专家评审未通过", "city_rejected", WF_REASON | WF_DATE | WF_MEETING, "review", NULL, NULL, TELL_COUNTY, "city" },
	{ "recommended", ROLE_CITY, "return", "退回修改", "returned", WF_REASON, "review", NULL, wf_eff_return, TELL_COUNTY, "city" },
	{ "expert_passed", ROLE_CITY, "select", "集体决策：列入试点企业名单", "selected", WF_DATE | WF_MEETING, "review", NULL, NULL, TELL_NONE, "city" },
	{ "expert_passed", ROLE_CITY, "exclude", "集体决策：不予列入", "city_rejected", WF_REASON | WF_DATE | WF_MEETING, "review", NULL, NULL, TELL_COUNTY, "city" },
	{ "selected", ROLE_CITY, "publish", "公布试点企业名单", "listed", 0, "pilot_list", NULL, cc_eff_listed, TELL_COUNTY, NULL },
	{ NULL }
};

static const struct stage cc_stages[] = {
	{ .key = "apply", .title = "申请入库", .form = cc_form, .sections = cc_sections, .choices = cc_choices,
	  .workflow = cc_chain,
	  .check = cc_check, .section_hdf = cc_section_hdf, .print_doc = cc_print_doc, .prefill = cc_prefill },
	CC_STAGE_DIAGNOSIS,     /* cc_life.c */
	CC_STAGE_FILING,        /* changchun_filing.c */
	CC_STAGE_EVALUATION,    /* cc_life.c */
	CC_STAGE_ACCEPT,        /* cc_accept.c */
	CC_STAGE_FUND,          /* cc_fund.c */
	{ NULL }
};

static const struct menu_item cc_menu[] = {
	{ "pilot_list", "公布试点企业名单", ROLE_CITY, NULL },
	{ "pilot", "试点企业库", ROLE_COUNTY | ROLE_CITY, NULL },
	{ "cc_dash", "工作看板", ROLE_COUNTY | ROLE_CITY, NULL },
	{ "cc_export", "成果清单", ROLE_COUNTY | ROLE_CITY, NULL },
	{ "providers", "服务商", ROLE_COUNTY | ROLE_CITY | ROLE_ENTERPRISE, NULL },
	{ "evaluators", "评测、审计机构", ROLE_CITY, NULL },
	{ "diag", "咨询诊断", ROLE_COUNTY | ROLE_CITY | ROLE_ENTERPRISE | ROLE_PROVIDER, NULL },
	{ "eval", "水平评测", ROLE_COUNTY | ROLE_CITY | ROLE_ENTERPRISE | ROLE_EVALUATOR, NULL },
	{ "accept", "项目验收", ROLE_COUNTY | ROLE_CITY | ROLE_ENTERPRISE | ROLE_EVALUATOR, NULL },
	{ "fund", "资金申报", ROLE_COUNTY | ROLE_CITY | ROLE_ENTERPRISE | ROLE_AUDITOR, NULL },
	/* 附件2 (changchun_filing.c's scenes and products) */
	{ "scenes", "场景清单", ROLE_CITY | ROLE_COUNTY | ROLE_ENTERPRISE | ROLE_PROVIDER, NULL },
	{ "products", "供需适配库", ROLE_CITY | ROLE_COUNTY | ROLE_ENTERPRISE | ROLE_PROVIDER, NULL },
	{ NULL }
};

static const struct param cc_params[] = {
	{ "data_year", { "data_year", "上年度（经营数据年度）", VT_INT, IN_REQ, 2000, 2100, NULL, "申请表“上年度营业收入”等所指的年度，例如 2024" },
	  NULL, "附件1 申请表：上年度营业收入、利润、人均营业收入（年度由市工信局在征集通知中明确）", .call = "“上年度”经营数据所指年度" },
	{ "target", { "target", "试点企业目标数（家）", VT_INT, IN_REQ, 1, 100000 }, "500",
	  "实施细则 第二章：到2025年，推动四个细分行业500家中小企业实现数字化转型升级", .call = "全市试点企业目标" },
	{ "report_days", { "report_days", "咨询诊断报告期限（完成诊断服务后天数）", VT_INT, IN_REQ, 1, 60 }, "14",
	  "实施细则 第四章（二）1（4）：在完成咨询诊断服务工作两周内，向试点企业出具咨询诊断报告" },
	{ "rectify_days", { "rectify_days", "验收整改期（天）", VT_INT, IN_REQ, 1, 31 }, "30",
	  "实施细则 第四章（五）1（4）：对未通过的企业，给予最长 1 个月的整改期（自验收意见之日起算，且不超过一个月）" },
#define CC_MAX(key, label) { key, { key, label "满分", VT_INT, IN_REQ, 1, 100 }, "25", \
	  "实施细则 第四章（四）1（2）：按《中小企业数字化水平评测指标》（2024版）数字化基础、数字化经营、数字化管理、数字化成效四个维度评定；" \
	  "各维度分值以该指标为准，默认各25分（合计100分）", 1 }
	CC_MAX("max_basis", "数字化基础"), CC_MAX("max_operation", "数字化经营"), CC_MAX("max_management", "数字化管理"),
	CC_MAX("max_results", "数字化成效"),
#define CC_BAND(key, label, dflt) { key, { key, label "最低总分", VT_INT, IN_REQ, 1, 100 }, dflt, \
	  "水平评测等级按总分认定：一级20-40、二级40-60、三级60-80、四级80及以上，20以下无等级（issue 14）；相邻两级共用的端点" \
	  "计入较高一级（各级含下限、不含上限）", 1 }
	/* 第四章（六）: the 资金申报通知's 补贴比例 and 上限 (the rule set changchun-2024's, set per batch) */
	{ "rate_pct", { "rate_pct", "改造项目补贴比例（%）", VT_INT, IN_REQ, 1, 100 }, .rule = 1, .call = "改造项目补贴比例（%）" },
	{ "cap_yuan", { "cap", "每家企业补贴上限（万元）", VT_MONEY, IN_REQ }, .rule = 1, .call = "每家企业改造项目补贴上限（万元）" },
	CC_BAND("band1", "一级", "20"), CC_BAND("band2", "二级", "40"), CC_BAND("band3", "三级", "60"), CC_BAND("band4", "四级", "80"),
	{ NULL }
};

static const char *const cc_states[][2] = {
	{ "submitted", "已提交，待县（市）区审核推荐" }, { "recommended", "县（市）区已推荐，待市专家评审" },
	{ "county_rejected", "县（市）区不予推荐" }, { "expert_passed", "专家评审通过，待市集体决策" },
	{ "selected", "集体决策列入，待公布名单" }, { "listed", "已公布，入试点企业库" },
	{ "city_rejected", "市不予列入" }, CC_DIAG_STATES, CC_EVAL_STATES, CC_ACCEPT_STATES, CC_FUND_STATES,
	/* 数字化改造备案 (changchun_filing.c) */
	{ "county_agreed", "县（市）区同意，待市备案入库" }, { "filed", "已备案入库" },
	{ NULL, NULL }
};

static const struct deadline cc_deadlines[] = {
	{ "county", "县（市）区审核推荐截止日期", "县（市）区审核推荐", "第四章（一）2（3）初步审核" },
	{ "city", "市专家评审、集体决策截止日期", "市专家评审和集体决策", "第四章（一）2（4）核定公布；公布名单不受此限" },
	{ NULL }
};

const struct programme changchun_programme = {
	.key = "changchun", .name = "长春市中小企业数字化转型城市试点",
	.applicant_role = ROLE_ENTERPRISE, .runner_role = ROLE_CITY,
	.applicant = "企业", .document = "试点企业申请表", .county_level = "县（市）区", .city_level = "市",
	.authority = "市工信局", .authority_full = "长春市工业和信息化局",
	.overview = "ent", .edit_page = "ent_edit", .print_page = "ent_print", .region_field = "c_county",
	.intro = "申报条件：符合《长春市中小企业数字化转型城市试点工作推进方案》明确的四大细分行业（汽车零部件配件制造、轨道交通高端装备制造、电子元器件制造、中成药生物药品制品制造）的中小企业。企业自主申报，经所在县（市）区工信主管部门审核推荐，市工信局专家评审、集体决策后公布试点企业名单，建立试点企业库。",
	.batch_noun = "试点企业征集批次", .region = "220100", .stages = cc_stages, .menu = cc_menu,
	.pages = " pilot_list cc_dash cc_export ",
	.params = cc_params, .deadlines = cc_deadlines, .states = cc_states, .ruleset = "changchun-2024",
};
