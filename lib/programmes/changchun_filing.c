/*
 * changchun_filing.c - 长春's stage 数字化改造备案 (实施细则 第四章（三）, seed 002): a 试点企业 in the
 * 试点企业库 files 附件3 长春市中小企业数字化改造项目备案入库申请表 for its project, every row and box as
 * printed -- 一、基本情况 (its figures of the data year and the two exclusion questions), 二、数字化改造需求
 * (each 多选 group, and the scenes of 附件2 with the 服务商 products that fit them), 三、数字化改造情况及预期成效
 * (投入, 云应用, 起止时间, 改造总花费, 目标等级, the 合作的服务商 table, 建设内容, 预期成效, 真实性声明);
 * the 县（市、区）工信主管部门 gives its 意见 (同意, or 退回 with the reason) and the 市 records it 备案入库.
 * The seed has the enterprise and its 服务商 fill parts 二 and 三 together: here the enterprise files them
 * (the 服务商's own editing comes with the project's 服务商, another stage's).
 */
#include <string.h>
#include "workflow.h"
#include "doc.h"
#include "changchun.h"

const struct section cc_filing_sections[] = {
	{ "f1", "一、基本情况" },
	{ "f2", "二、数字化改造需求" },
	{ "f3", "三、改造情况" },
	{ "f4", "合作的服务商信息" },
	{ "f5", "建设内容与预期成效" },
	{ "f6", "申报资料真实性声明" },
	{ "f7", "改造合同" },
	{ NULL, NULL }
};

#define S IN_SUBMIT
#define M (IN_MULTI)
#define CC_K_MAX_TEXT "10000"
#define EFFECT(k, what) \
	{ "f_eff_" k "_before", what "（改造前）", VT_LINE, S, 0, 200, "f5" }, \
	{ "f_eff_" k "_after", what "（改造后）", VT_LINE, S, 0, 200, "f5" }
#define PARTNER(n, req) \
	{ "f_p" #n "_name", "服务商" #n " 单位名称", VT_LINE, req, 0, 100, "f4" }, \
	{ "f_p" #n "_contract", "服务商" #n " 是否签合同", VT_KEY, req, 0, 8, "f4" }, \
	{ "f_p" #n "_amount", "服务商" #n " 合同金额（万元）", VT_MONEY, 0, 0, 0, "f4", "已签合同的填写" }, \
	{ "f_p" #n "_contact", "服务商" #n " 联系人", VT_LINE, req, 0, 50, "f4" }, \
	{ "f_p" #n "_phone", "服务商" #n " 联系电话", VT_PHONE, req, 0, 0, "f4" }

/* 附件3's rows in order; 企业名称 and 企业信用代码 are the registration's (shown, not typed) */
const struct input cc_filing_form[] = {
	{ "c_county", "所属县（市、区）", VT_REGION, S, 0, 0, "f1" },
	{ "f_reg_address", "注册地址", VT_LINE, S, 0, 200, "f1" },
	{ "f_contact", "联系人", VT_LINE, S, 0, 50, "f1" },
	{ "f_phone", "联系方式", VT_PHONE, S, 0, 0, "f1" },
	{ "f_profile", "企业基本情况", VT_TEXT, S, 0, 500, "f1", "企业主导产品及应用领域、现有数字化基础、企业荣誉资质等，500字以内" },
	CC_KIND_ROWS("f", "f1"),
	{ "f_quality", "优质中小企业情况", VT_KEY, S, 0, 16, "f1" },
	{ "f_level", "数字化水平自评测等级", VT_KEY, S, 0, 8, "f1" },
	{ "f_industry", "所属细分行业", VT_KEY, S, 0, 16, "f1" },
	{ "f_giant_funded", "已获得中央财政中小企业发展专项资金支持的专精特新“小巨人”企业", VT_KEY, S, 0, 8, "f1" },
	{ "f_pilot2022", "已纳入《工业和信息化部办公厅 财政部办公厅关于开展财政支持中小企业数字化转型试点工作的通知》（工信厅联企业〔2022〕22号）中改造试点的中小企业", VT_KEY, S, 0, 8, "f1" },
	CC_RESULT_ROWS("f", "f1"),
	{ "f_insured", "上年度12月企业参保人数（人）", VT_INT, S, 0, 10000000, "f1" },
	{ "f_rev_per_capita", "上年度人均营业收入（万元）", VT_MONEY, S, 0, 0, "f1" },
	{ "f_invested", "已有数字化转型投入（万元）", VT_MONEY, S, 0, 0, "f1" },
	/* 二、数字化改造需求: every group 多选 */
	{ "f_need_base", "数字化转型基础需求", VT_KEY, S | M, 0, 16, "f2" },
	{ "f_need_ops", "数字化转型经营管理需求", VT_KEY, S | M, 0, 16, "f2" },
	{ "f_need_other", "数字化转型其它需求", VT_KEY, M, 0, 16, "f2" },
	{ "f_sw_design", "软件需求 研发设计类", VT_KEY, M, 0, 16, "f2" },
	{ "f_sw_design_text", "研发设计类 其它", VT_LINE, 0, 0, 100, "f2" },
	{ "f_sw_prod", "软件需求 生产制造类", VT_KEY, M, 0, 16, "f2" },
	{ "f_sw_prod_text", "生产制造类 其它", VT_LINE, 0, 0, 100, "f2" },
	{ "f_sw_quality", "软件需求 质量管理类", VT_KEY, M, 0, 16, "f2" },
	{ "f_sw_quality_text", "质量管理类 其它", VT_LINE, 0, 0, 100, "f2" },
	{ "f_sw_ops", "软件需求 运营管理类", VT_KEY, M, 0, 16, "f2" },
	{ "f_sw_ops_text", "运营管理类 其它", VT_LINE, 0, 0, 100, "f2" },
	{ "f_sw_wh", "软件需求 仓储物流类", VT_KEY, M, 0, 16, "f2" },
	{ "f_sw_wh_text", "仓储物流类 其它", VT_LINE, 0, 0, 100, "f2" },
	{ "f_gov", "希望得到的政府支持及工作建议", VT_KEY, M, 0, 16, "f2" },
	{ "f_gov_text", "其他支持", VT_LINE, 0, 0, 100, "f2" },
	{ "f_scenes", "改造场景（附件2 场景清单，三级场景）", VT_KEY, S | M, 0, 16, "f2" },
	{ "f_products", "选用的产品及解决方案（附件2 供需适配库）", VT_KEY, M, 0, 16, "f2", "只列出所选场景的产品；保存所选场景后即可选择" },
	/* 三、数字化改造情况及预期成效 */
	{ "f_plan_year", "当年计划投入（万元）", VT_MONEY, S, 0, 0, "f3" },
	{ "f_plan_2y", "近两年计划投入（万元）", VT_MONEY, S, 0, 0, "f3" },
	{ "f_cloud", "云应用情况", VT_KEY, S, 0, 16, "f3" },
	{ "f_cloud_text", "云应用情况 其他", VT_LINE, 0, 0, 100, "f3" },
	{ "f_start", "改造项目开始日期", VT_DATE, S, 0, 0, "f3" },
	{ "f_end", "改造项目结束日期", VT_DATE, S, 0, 0, "f3" },
	{ "f_total", "改造总花费（万元）", VT_MONEY, S, 0, 0, "f3" },
	{ "f_target", "企业改造后目标数字化水平", VT_KEY, S, 0, 8, "f3" },
	PARTNER(1, S), PARTNER(2, 0), PARTNER(3, 0),
	{ "f_content", "项目建设内容", VT_TEXT, S, 0, 1500, "f5", "阐述试点项目建设方案，主要解决的问题，预计达到的效果等，字数1500以内" },
	EFFECT("innov", "创新方面成效"), EFFECT("market", "市场方面成效"), EFFECT("quality", "提质方面成效"),
	EFFECT("cost", "降本方面成效"), EFFECT("eff", "增效方面成效"), EFFECT("green", "绿色方面成效"),
	EFFECT("safety", "安全方面成效"),
	{ "f_pledge", "本公司声明，本公司所提交的所有申报资料是真实、完整、有效的，如存在提供虚假资料或凭证行为，无论项目最终是否获得资助，由此产生的法律责任及其他所有后果，本公司都将全部承担。", VT_BOOL, S, 0, 0, "f6" },
	{ "f_signer", "试点企业法定代表人", VT_LINE, S, 0, 50, "f6" },
	/* 第四章（三）1（2）: the signed 改造合同 (uploaded on the 附件材料 page) with its 需求 and 预算金额, linked to
	 * products of 二 (附件2), all of the one 服务商 it is signed with */
	{ "f_k_need", "合同明确的改造需求", VT_TEXT, S, 0, 1000, "f7", "与已签订的改造合同一致，1000字以内" },
	{ "f_k_budget", "合同预算金额（万元）", VT_MONEY, S, 0, 0, "f7", "与已签订的改造合同一致，须大于0、不超过" CC_K_MAX_TEXT "万元" },
	{ "f_k_products", "合同关联的产品及解决方案（附件2 供需适配库）", VT_KEY, S | M, 0, 16, "f7",
	  "从“二、数字化改造需求”已选用的产品中选择；一份合同与一家服务商签订，所选产品须属于同一服务商" },
	{ NULL }
};
#undef S
#undef M

#define YESNO(f) { f, { "yes", "是", "no", "不是" } }
#define HASCONTRACT(f) { f, { "yes", "是", "no", "否" } }
/* every box of 附件3, as printed (the software ones with the seed's own abbreviations and words) */
const struct choice cc_filing_choices[] = {
	CC_KIND_CHOICES("f"),
	YESNO("f_giant_funded"), YESNO("f_pilot2022"),
	{ "f_need_base", { "device", "设备系统", "business", "业务系统", "data", "数据资源", "security", "网络安全",
			   "platform", "平台和产业大脑" } },
	{ "f_need_ops", { "rnd", "研发设计", "production", "生产管控", "quality", "产品质量", "purchase", "采购供应",
			  "logistics", "仓储物流", "process", "业务流程", "operation", "运营管理", "marketing", "营销管理",
			  "service", "产品服务", "collab", "业务协同", "aftersales", "售后服务", "strategy", "经营战略",
			  "mechanism", "管理机制" } },
	{ "f_need_other", { "planning", "转型规划", "example", "转型参考范例", "credit", "数字信贷服务", "talent", "数字化人才",
			    "ecology", "数字化转型生态（协同转型、权益保障、法律援助等）", "other", "其他需求" } },
	{ "f_sw_design", { "cad", "CAD(计算机辅助设计)", "cae", "CAE(计算机辅助分析)", "capp", "CAPP(计算机辅助工艺设计)",
			   "cam", "CAM(计算机辅助制造)", "twin", "数字孪生", "other", "其它" } },
	{ "f_sw_prod", { "plc", "PLC(可编程逻辑控制器)", "scada", "SCADA(数据采集与监视控制系统)", "dcs", "DCS(分散控制系统)",
			 "apc", "APC(先进过程控制系统)", "sis", "SIS(产品全生命周期管理)", "eam", "EAM(企业资产管理系统)",
			 "ems", "EMS(能源管理系统)", "mes", "MES(制造执行系统)", "pcs", "PCS(生产控制系统)",
			 "ams", "AMS(仪表设备管理)", "other", "其它" } },
	{ "f_sw_quality", { "qms", "QMS(质量管理系统)", "lims", "LIMS(实验室管理系统)", "other", "其它" } },
	{ "f_sw_ops", { "erp", "ERP(企业资源管理)", "crm", "CRM(客户关系管理系统)", "srm", "SRM(供应商管理系统)",
			"scm", "SCM(供应链管理系统)", "oa", "OA(办公软件)", "bi", "BI(数据分析系统)",
			"fmis", "FMIS(财务管理信息系统)", "other", "其它" } },
	{ "f_sw_wh", { "bom", "BOM(物料清单)", "wms", "WMS(仓储管理系统)", "other", "其它" } },
	{ "f_gov", { "assess", "数字化水平评测诊断", "free", "公益培训", "topic", "专题培训", "visit", "组织标杆企业参访",
		     "provider", "对接优质转型服务商", "other", "其他支持" } },
	{ "f_cloud", { "public", "公有云", "private", "私有云", "hybrid", "混合云", "other", "其他",
		       "no_more", "已上云暂无进一步上云规划", "none", "未上云且暂无上云规划" } },
	{ "f_target", { "2", "二级", "3", "三级", "4", "四级" } },
	HASCONTRACT("f_p1_contract"), HASCONTRACT("f_p2_contract"), HASCONTRACT("f_p3_contract"),
	{ NULL }
};

/* a choice's "其它" box and the words that go with it */
static const char *const fl_other[][2] = {
	{ "f_sw_design", "f_sw_design_text" }, { "f_sw_prod", "f_sw_prod_text" }, { "f_sw_quality", "f_sw_quality_text" },
	{ "f_sw_ops", "f_sw_ops_text" }, { "f_sw_wh", "f_sw_wh_text" }, { "f_gov", "f_gov_text" }, { "f_cloud", "f_cloud_text" },
	{ NULL, NULL }
};

/* a 改造合同's 预算金额: more than 0, at most 1亿元 (an SME's transformation; a typing slip beyond it) */
#define CC_K_MAX_YUAN 100000000LL
#define CC_K_CLAUSE "实施细则 第四章（三）1（2）签订改造合同：明确改造需求及预算金额"

/* the stage's own document, in the words of the shared pages (the programme's is 附件1's) */
#define FL_DOC "数字化改造项目备案入库申请表"

static const char *
label_of(const char *field)
{
	for (const struct input *in = cc_filing_form; in->name; in++)
		if (!strcmp(in->name, field)) return in->label;
	return field;
}

/* ---- 附件2: the scenes of the 市 and the products of its approved 服务商 ---- */

/* the 三级 scenes (id, "code name") of the application's 市, in the list's order */
static struct dbrows *
scenes_of(struct req *r, const struct app_info *a)
{
	return db_query(r, "SELECT s.id, CONCAT(s.code, ' ', s.name), s.code FROM cc_scenes s JOIN regions g ON g.code = ?"
			   " WHERE s.city_code = g.city_code AND s.level = 3 ORDER BY s.sort_key", DS(a->region));
}

/* the products of the approved 服务商 of the 市 that serve one of the scenes in set (ids, comma-joined):
 * id, 名称, 服务商, 价格（万元）, 简述, the scenes' codes, the 服务商's account; only those of the set only
 * (ids) unless it is "*" */
static struct dbrows *
products_for(struct req *r, const struct app_info *a, const char *set, const char *only)
{
	return db_query(r, "SELECT p.id, p.name, o.display_name, " CC_WAN("p.price_yuan") ", p.summary,"
			   " GROUP_CONCAT(DISTINCT s.code ORDER BY s.sort_key SEPARATOR '、'), p.provider_id"
			   " FROM cc_products p JOIN providers v ON v.account_id = p.provider_id AND v.state = 'approved'"
			   " JOIN accounts o ON o.id = p.provider_id JOIN cc_product_scenes x ON x.product_id = p.id"
			   " JOIN cc_scenes s ON s.id = x.scene_id JOIN regions g ON g.code = ?"
			   " WHERE v.city_code = g.city_code AND FIND_IN_SET(s.id, ?) AND (? = '*' OR FIND_IN_SET(p.id, ?))"
			   " GROUP BY p.id ORDER BY MIN(s.sort_key), p.id",
			DS(a->region), DS(set), DS(only), DS(only));
}

/* a saved field of the application ("" when not saved) */
static const char *
saved(struct req *r, const struct app_info *a, const char *name)
{
	struct dbrows *d = db_query(r, "SELECT value FROM app_fields WHERE application_id = ? AND name = ?", DI(a->id), DS(name));
	return d && d->nrows ? dbv(d, 0, 0) : d ? "" : NULL;
}

/* what a 改造合同 may link: the products chosen in 二 that are still in the pool of the scenes chosen there
 * (products_for's columns); NULL on a fault */
static struct dbrows *
contract_pool(struct req *r, const struct app_info *a)
{
	const char *scenes = saved(r, a, "f_scenes"), *chosen = saved(r, a, "f_products");
	return scenes && chosen ? products_for(r, a, scenes, chosen) : NULL;
}

/* the products of set (ids, comma-joined) against the pool: NULL when each is in it and all are of one 服务商,
 * else the refusal ("" on a fault) */
static const char *
contract_refusal(struct req *r, const struct app_info *a, const char *set)
{
	struct dbrows *d = *set ? contract_pool(r, a) : NULL;
	char *copy = req_strdup(r, set), *save = NULL;
	const char *provider = NULL;
	if (*set && !d) return "";
	for (char *id = strtok_r(copy, ",", &save); id; id = strtok_r(NULL, ",", &save)) {
		int at = -1;
		for (int i = 0; i < d->nrows && at < 0; i++)
			if (!strcmp(dbv(d, i, 0), id)) at = i;
		if (at < 0)
			return "所选产品须是“二、数字化改造需求”中已选用、仍在附件2 供需适配库中的产品";
		if (provider && strcmp(provider, dbv(d, at, 6)))
			return "一份改造合同由试点企业与一家数字化转型服务商签订（" CC_K_CLAUSE "），所选产品须属于同一服务商";
		provider = dbv(d, at, 6);
	}
	return NULL;
}

/* Fields.N of a field already listed by the section page, NULL when not on it */
static const char *
field_node(struct req *r, const char *name)
{
	HDF *f = hdf_get_obj(r->hdf, "Fields");
	int k = 0;
	for (f = f ? hdf_obj_child(f) : NULL; f; f = hdf_obj_next(f), k++)
		if (!strcmp(hdf_get_value(f, "name", ""), name)) return req_printf(r, "Fields.%d", k);
	return NULL;
}

static int
options_to_hdf(struct req *r, const char *field, struct dbrows *d, int label_col)
{
	const char *q = field_node(r, field);
	if (!d) return 500;
	for (int i = 0; q && i < d->nrows; i++) {
		hset(r, req_printf(r, "%s.options.%d.key", q, i), dbv(d, i, 0));
		hset(r, req_printf(r, "%s.options.%d.label", q, i), label_col ? dbv(d, i, label_col)
			: req_printf(r, "%s（%s，%s万元，适用场景 %s）", dbv(d, i, 1), dbv(d, i, 2), dbv(d, i, 3), dbv(d, i, 5)));
		if (choice_chosen(r, field, dbv(d, i, 0), r->method == M_POST))
			hseti(r, req_printf(r, "%s.options.%d.on", q, i), 1);
	}
	return 0;
}

int
cc_filing_section_hdf(struct req *r, const struct app_info *a, const char *section)
{
	int year = batch_int(&a->b, "data_year");

	hset(r, "Prog.document", FL_DOC);
	if (!strcmp(section, "f1")) {
		section_fact(r, "企业名称", a->org);
		section_fact(r, "企业信用代码", hdf_get_value(r->hdf, "App.credit_code", ""));
		section_fact(r, "上年度", req_printf(r, "%d年（参保人数为%d年12月）", year, year));
	} else if (!strcmp(section, "f2")) {
		const char *chosen = r->method == M_POST ? "" : hdf_get_value(r->hdf, "Form.f_scenes", "");
		const struct val *x = req_val(r, "f_scenes");
		for (int k = 0; r->method == M_POST && x && k < x->nmulti; k++)
			chosen = req_printf(r, "%s%s%s", chosen, *chosen ? "," : "", x->multi[k]);
		if (options_to_hdf(r, "f_scenes", scenes_of(r, a), 1) ||
		    options_to_hdf(r, "f_products", products_for(r, a, chosen, "*"), 0))
			return 500;
	} else if (!strcmp(section, "f3"))
		section_fact(r, "当年", req_printf(r, "%d年", year + 1));
	else if (!strcmp(section, "f7")) {
		section_fact(r, "依据", "实施细则 第四章（三）1（2）：数字化转型服务商以咨询诊断报告为基础，与试点企业签订实施改造合同，明确改造需求及预算金额");
		section_fact(r, "合同文件", "已签订的改造合同在“附件材料”中上传");
		if (options_to_hdf(r, "f_k_products", contract_pool(r, a), 0)) return 500;
	}
	return 0;
}

/* a set of ids (f_scenes, f_products) holds only what this 市's list offers; each product serves a chosen scene */
void
cc_filing_section_validate(struct req *r, const struct app_info *a, const char *section)
{
	for (int i = 0; fl_other[i][0]; i++)
		if (choice_chosen(r, fl_other[i][0], "other", 1) && !req_str(r, fl_other[i][1]))
			req_field_error(r, fl_other[i][1], req_printf(r, "已勾选“%s”，请填写具体内容", !strcmp(fl_other[i][0], "f_gov") ? "其他支持"
								      : !strcmp(fl_other[i][0], "f_cloud") ? "其他" : "其它"));
	if (!strcmp(section, "f2")) {
		const char *fields[2] = { "f_scenes", "f_products" }, *scenes = "";
		for (int f = 0; f < 2; f++) {
			const struct val *x = req_val(r, fields[f]);
			struct dbrows *d = f ? products_for(r, a, scenes, "*") : scenes_of(r, a);
			for (int k = 0; d && x && k < x->nmulti; k++) {
				int ok = 0;
				for (int i = 0; i < d->nrows && !ok; i++) ok = !strcmp(dbv(d, i, 0), x->multi[k]);
				if (!ok && *x->multi[k]) {
					req_field_error(r, fields[f], f ? "所选产品须是所选场景的适配产品（附件2 供需适配库）"
									: "请从附件2 场景清单中选择");
					break;
				}
				if (!f) scenes = req_printf(r, "%s%s%s", scenes, *scenes ? "," : "", x->multi[k]);
			}
			dbrows_free(d);
		}
	}
	if (!strcmp(section, "f3") && req_str(r, "f_start") && req_str(r, "f_end") &&
	    strcmp(req_str(r, "f_end"), req_str(r, "f_start")) < 0)
		req_field_error(r, "f_end", "结束日期不能早于开始日期");
	if (!strcmp(section, "f7")) {
		const struct val *x = req_val(r, "f_k_products");
		const char *set = "", *e;
		for (int k = 0; x && k < x->nmulti; k++)
			if (*x->multi[k]) set = req_printf(r, "%s%s%s", set, *set ? "," : "", x->multi[k]);
		if ((e = contract_refusal(r, a, set)) && *e) req_field_error(r, "f_k_products", e);
		if (req_str(r, "f_k_budget") && (req_val(r, "f_k_budget")->i <= 0 || req_val(r, "f_k_budget")->i > CC_K_MAX_YUAN))
			req_field_error(r, "f_k_budget", "预算金额须大于0、不超过" CC_K_MAX_TEXT "万元");
	}
	if (!strcmp(section, "f4"))
		for (int n = 1; n <= 3; n++) {
			const char *c = req_str(r, req_printf(r, "f_p%d_contract", n));
			const char *amount = req_str(r, req_printf(r, "f_p%d_amount", n));
			if (c && !strcmp(c, "yes") && !amount)
				req_field_error(r, req_printf(r, "f_p%d_amount", n), "已签合同，请填写合同金额");
			if (c && !strcmp(c, "no") && amount)
				req_field_error(r, req_printf(r, "f_p%d_amount", n), "未签合同，不应填写合同金额");
		}
}

/* the 改造合同's fields left empty, naming the clause */
static const char *
contract_phrase(struct checklist *c, const struct input *in)
{
	return strcmp(in->section, "f7") ? "" : req_printf(c->r, "请填写改造合同的%s（%s）", in->label, CC_K_CLAUSE);
}

/* the 改造合同 as saved: its products still those of the pool (二 may have changed since), of one 服务商, its
 * 预算金额 within 改造总花费; -1 fault */
static int
contract_check(struct checklist *c)
{
	const char *e = contract_refusal(c->r, c->a, check_value(c, "f_k_products"));
	long long budget, total;

	if (e) {
		if (!*e) return -1;
		check_add(c, check_at(c, "f7", "f_k_products"), req_printf(c->r, "改造合同关联的产品：%s", e));
	}
	if (!valid_money(check_value(c, "f_k_budget"), &budget) && !valid_money(check_value(c, "f_total"), &total) &&
	    budget > total)
		check_add(c, check_at(c, "f7", "f_k_budget"),
			  req_printf(c->r, "改造合同预算金额（%s万元）超过改造总花费（%s万元）（%s）", check_value(c, "f_k_budget"),
				     check_value(c, "f_total"), CC_K_CLAUSE));
	return 0;
}

/* 第四章（三）: a project of the 试点企业库 whose transformation takes it to 二级 and above */
int
cc_filing_check(struct req *r, const struct app_info *a, struct problem **out)
{
	struct checklist c;

	if (check_begin(r, a, &c)) return -1;
	check_required(&c, contract_phrase);
	if (check_files(&c) || contract_check(&c)) return -1;
	for (int i = 0; fl_other[i][0]; i++)
		if (key_in_set(check_value(&c, fl_other[i][0]), "other") && !check_value(&c, fl_other[i][1])[0])
			check_add(&c, check_at(&c, !strcmp(fl_other[i][0], "f_cloud") ? "f3" : "f2", fl_other[i][1]),
				  req_printf(r, "已勾选“%s”的“其它/其他”，请填写具体内容", label_of(fl_other[i][0])));
	if (check_value(&c, "f_pledge")[0] && strcmp(check_value(&c, "f_pledge"), "1"))
		check_add(&c, check_at(&c, "f6", "f_pledge"), "请勾选申报资料真实性声明");
	{
		struct dbrows *d = db_query(r, "SELECT 1 FROM pilot_enterprises e JOIN accounts o ON o.credit_code = e.credit_code"
					       " WHERE o.id = ?", DI(a->account_id));
		if (!d) return -1;
		if (!d->nrows)
			check_add(&c, req_printf(r, "/cgi-bin/%s.cgi?id=%lld", a->p->overview, a->id),
				  "本企业尚未列入试点企业库：纳入改造范围的试点企业方可备案（实施细则 第四章（三））");
	}
	return check_end(&c, out);
}

/* the products of a set (ids) as one line: 名称（服务商，价格万元）；…; *provider: their 服务商 ("" none); NULL fault */
static const char *
products_line(struct req *r, const char *set, const char **provider)
{
	struct dbrows *q = db_query(r, "SELECT p.name, o.display_name, " CC_WAN("p.price_yuan") " FROM cc_products p"
				       " JOIN accounts o ON o.id = p.provider_id WHERE FIND_IN_SET(p.id, ?) ORDER BY p.id", DS(set));
	const char *line = "";
	if (!q) return NULL;
	*provider = q->nrows ? dbv(q, 0, 1) : "";
	for (int i = 0; i < q->nrows; i++)
		line = req_printf(r, "%s%s%s（%s，%s万元）", line, i ? "；" : "", dbv(q, i, 0), dbv(q, i, 1), dbv(q, i, 2));
	return line;
}

int
cc_contracts_to_hdf(struct req *r, long long app_id, long long account_id, const char *prefix)
{
	struct dbrows *d = db_query(r,
		"SELECT p.id, b.title, COALESCE(MAX(IF(f.name = 'f_k_need', f.value, NULL)), ''),"
		" COALESCE(MAX(IF(f.name = 'f_k_budget', f.value, NULL)), ''), COALESCE(MAX(IF(f.name = 'f_k_products', f.value, NULL)), ''),"
		" COALESCE((SELECT GROUP_CONCAT(CONCAT(t.id, '/', t.filename) ORDER BY t.id SEPARATOR '\n') FROM attachments t"
		"  WHERE t.application_id = p.id AND t.kind = 'contract'), '')"
		" FROM applications p JOIN batches b ON b.id = p.batch_id"
		" LEFT JOIN app_fields f ON f.application_id = p.id AND f.name IN ('f_k_need', 'f_k_budget', 'f_k_products')"
		" WHERE p.stage = 'filing' AND (p.id = ? OR p.account_id = ?) GROUP BY p.id ORDER BY p.id", DI(app_id), DI(account_id));
	int n = 0;
	if (!d) return -1;
	for (int i = 0; i < d->nrows; i++) {
		const char *k = req_printf(r, "%s.%d", prefix, n), *provider, *line, *files = dbv(d, i, 5);
		char *copy, *save = NULL;
		int m = 0;
		if (!*dbv(d, i, 2) && !*dbv(d, i, 3) && !*dbv(d, i, 4) && !*files) continue;
		if (!(line = products_line(r, dbv(d, i, 4), &provider))) return -1;
		n++;
		hset(r, req_printf(r, "%s.app", k), dbv(d, i, 0));
		hset(r, req_printf(r, "%s.batch", k), dbv(d, i, 1));
		hset(r, req_printf(r, "%s.need", k), dbv(d, i, 2));
		hset(r, req_printf(r, "%s.budget", k), dbv(d, i, 3));
		hset(r, req_printf(r, "%s.products", k), line);
		hset(r, req_printf(r, "%s.provider", k), provider);
		/* "id/filename" a line */
		copy = req_strdup(r, files);
		for (char *x = strtok_r(copy, "\n", &save); x; x = strtok_r(NULL, "\n", &save), m++) {
			char *slash = strchr(x, '/');
			if (!slash) continue;
			*slash = 0;
			hset(r, req_printf(r, "%s.files.%d.id", k, m), x);
			hset(r, req_printf(r, "%s.files.%d.name", k, m), slash + 1);
		}
	}
	return 0;
}

/* the chosen products, on the overview */
int
cc_filing_overview_hdf(struct req *r, const struct app_info *a)
{
	struct dbrows *f = db_query(r, "SELECT value FROM app_fields WHERE application_id = ? AND name = 'f_products'", DI(a->id));
	static const char *const names[] = { "id", "name", "provider", "price", "summary", "scenes", NULL };
	struct dbrows *d;

	(void)a;
	hset(r, "Prog.document", FL_DOC);
	if (!f) return 500;
	d = db_query(r, "SELECT p.id, p.name, o.display_name, " CC_WAN("p.price_yuan") ", p.summary,"
			" GROUP_CONCAT(s.code ORDER BY s.sort_key SEPARATOR '、') FROM cc_products p JOIN accounts o ON o.id = p.provider_id"
			" LEFT JOIN cc_product_scenes x ON x.product_id = p.id LEFT JOIN cc_scenes s ON s.id = x.scene_id"
			" WHERE FIND_IN_SET(p.id, ?) GROUP BY p.id ORDER BY p.id", DS(f->nrows ? dbv(f, 0, 0) : ""));
	if (!d) return 500;
	db_to_hdf(r, d, "Products", names);
	return cc_contracts_to_hdf(r, a->id, 0, "Contract") ? 500 : 0;
}

/* ---- 附件3 as printed ---- */

/* the printed value of a field: a choice as its boxes, with the words of its 其它 */
static const char *
pv(struct req *r, const struct app_info *a, const char *content, const char *f)
{
	const char *v = content_value(r, content, f), *boxes = choice_boxes(r, a->st, f, v);
	if (!boxes) return v;
	for (int i = 0; fl_other[i][0]; i++)
		if (!strcmp(fl_other[i][0], f) && key_in_set(v, "other"))
			boxes = req_printf(r, "%s（%s）", boxes, content_value(r, content, fl_other[i][1]));
	return boxes;
}

void
cc_row2(struct table *t, const char *l1, const char *v1, const char *l2, const char *v2)
{
	int y = table_row(t);
	table_text(t, y, 0, l1);
	table_cell(t, y, 0)->flags |= TF_LEFT;
	table_text(t, y, 1, v1);
	if (l2) {
		table_text(t, y, 2, l2);
		table_cell(t, y, 2)->flags |= TF_LEFT;
		table_text(t, y, 3, v2);
	} else
		table_span(t, y, 1, 1, 3);
}

void
cc_part(struct table *t, const char *title)
{
	int y = table_row(t);
	table_text(t, y, 0, title);
	table_cell(t, y, 0)->flags |= TF_PART;
	table_span(t, y, 0, 1, 4);
}

struct table *
cc_four_cols(struct req *r, struct doc *d)
{
	static const struct tcol cols[4] = {
		{ "", NULL, TC_TEXT, 0, 10 }, { "", NULL, TC_TEXT, 0, 14 }, { "", NULL, TC_TEXT, 0, 10 }, { "", NULL, TC_TEXT, 0, 14 },
	};
	struct table *t = doc_table_new(d);
	table_init(r, t, cols, 4);
	t->nohead = 1;
	return t;
}

/* an attachment of 长春's as printed: its number, its title and its first four-column table (the print's
 * toolbar goes back to the document, doc) */
struct table *
cc_sheet(struct req *r, struct doc *d, const char *doc, const char *docno, const char *title)
{
	d->title = doc;
	d->back_label = req_printf(r, "返回%s", doc);
	doc_add(d, D_DOCNO, docno, NULL);
	doc_add(d, D_TITLE, title, NULL);
	return cc_four_cols(r, d);
}

/* the seven 成效 rows (创新 .. 安全) x 改造前/改造后 under a head spanning them (附件3, 附件4): fields <prefix><key>_before|after */
void
cc_print_effects(struct req *r, struct table *t, const char *content, const char *prefix, const char *head)
{
	static const char *const effects[][2] = { { "innov", "创新方面成效" }, { "market", "市场方面成效" }, { "quality", "提质方面成效" },
		{ "cost", "降本方面成效" }, { "eff", "增效方面成效" }, { "green", "绿色方面成效" }, { "safety", "安全方面成效" } };
	int y0 = table_row(t), y;

	table_text(t, y0, 0, head);
	table_cell(t, y0, 0)->flags |= TF_LEFT;
	table_text(t, y0, 1, "改造阶段");
	table_text(t, y0, 2, "改造前");
	table_text(t, y0, 3, "改造后");
	for (size_t i = 0; i < sizeof(effects) / sizeof(effects[0]); i++) {
		y = table_row(t);
		table_text(t, y, 1, effects[i][1]);
		table_text(t, y, 2, content_value(r, content, req_printf(r, "%s%s_before", prefix, effects[i][0])));
		table_text(t, y, 3, content_value(r, content, req_printf(r, "%s%s_after", prefix, effects[i][0])));
	}
	table_span(t, y0, 0, 8, 1);
}

int
cc_filing_print_doc(struct req *r, const struct app_info *a, const char *content, struct doc *d)
{
	static const struct tcol pcols[7] = {
		{ "合作的服务商信息", NULL, TC_TEXT, 0, 8 }, { "序号", NULL, TC_TEXT, 0, 3 }, { "单位名称", NULL, TC_TEXT, 0, 11 },
		{ "是否签合同", NULL, TC_TEXT, 0, 6 }, { "合同金额", NULL, TC_TEXT, 0, 6 }, { "联系人", NULL, TC_TEXT, 0, 5 },
		{ "联系电话", NULL, TC_TEXT, 0, 9 },
	};
#define V(f) content_value(r, content, f)
#define P(f) pv(r, a, content, f)
	int year = batch_int(&a->b, "data_year"), y, y0;
	struct table *t;
	struct dbrows *q;

	t = cc_sheet(r, d, FL_DOC, "附件3", "长春市中小企业数字化改造项目备案入库申请表");
	cc_part(t, "一、基本情况（试点企业改造前填写）");
	cc_row2(t, "企业名称", hdf_get_value(r->hdf, "App.org", ""), "所属县（市、区）", hdf_get_value(r->hdf, "App.county", V("c_county")));
	cc_row2(t, "注册地址", V("f_reg_address"), "企业信用代码", hdf_get_value(r->hdf, "App.credit_code", ""));
	cc_row2(t, "联系人", V("f_contact"), "联系方式", V("f_phone"));
	cc_row2(t, "企业基本情况", V("f_profile"), NULL, NULL);
	cc_row2(t, "企业性质", P("f_type"), NULL, NULL);
	cc_row2(t, "企业规模", req_printf(r, "%s（中小企业规模类型自 https://baosong.miit.gov.cn/ScaleTest ）", P("f_scale")), NULL, NULL);
	y = table_row(t);
	table_text(t, y, 1, P("f_scale2"));
	table_span(t, y - 1, 0, 2, 1);
	table_span(t, y, 1, 1, 3);
	cc_row2(t, "优质中小企业情况", P("f_quality"), NULL, NULL);
	cc_row2(t, "数字化水平自评测等级", P("f_level"), NULL, NULL);
	cc_row2(t, "所属细分行业", P("f_industry"), NULL, NULL);
	cc_row2(t, label_of("f_giant_funded"), P("f_giant_funded"), label_of("f_pilot2022"), P("f_pilot2022"));
	cc_row2(t, req_printf(r, "%d年营业收入（万元）", year), V("f_revenue"), NULL, NULL);
	cc_row2(t, req_printf(r, "%d年利润（万元）", year), V("f_profit"), NULL, NULL);
	cc_row2(t, req_printf(r, "%d年12月企业参保人数（人）", year), V("f_insured"), NULL, NULL);
	cc_row2(t, req_printf(r, "%d年人均营业收入（万元）", year), V("f_rev_per_capita"), NULL, NULL);
	cc_row2(t, "已有数字化转型投入（万元）", V("f_invested"), NULL, NULL);
	cc_part(t, "二、数字化改造需求（试点企业与数字化服务商共同填写）");
	cc_row2(t, "数字化转型基础需求（多选）", P("f_need_base"), NULL, NULL);
	cc_row2(t, "数字化转型经营管理需求（多选）", P("f_need_ops"), NULL, NULL);
	cc_row2(t, "数字化转型其它需求（多选）", P("f_need_other"), NULL, NULL);
	cc_row2(t, "软件需求（多选）", req_printf(r, "研发设计类：%s\n生产制造类：%s\n质量管理类：%s\n运营管理类：%s\n仓储物流类：%s",
					    P("f_sw_design"), P("f_sw_prod"), P("f_sw_quality"), P("f_sw_ops"), P("f_sw_wh")), NULL, NULL);
	cc_row2(t, "希望得到的政府支持及工作建议（多选）", P("f_gov"), NULL, NULL);
	{
		/* the scenes of 附件2 chosen, and the products chosen for them */
		const char *sc = "", *pr = "";
		if (!(q = db_query(r, "SELECT CONCAT(code, ' ', name) FROM cc_scenes WHERE FIND_IN_SET(id, ?) ORDER BY sort_key",
				   DS(V("f_scenes")))))
			return 500;
		for (int i = 0; i < q->nrows; i++) sc = req_printf(r, "%s%s%s", sc, i ? "；" : "", dbv(q, i, 0));
		if (!(q = db_query(r, "SELECT p.name, o.display_name, " CC_WAN("p.price_yuan") " FROM cc_products p"
				      " JOIN accounts o ON o.id = p.provider_id WHERE FIND_IN_SET(p.id, ?) ORDER BY p.id", DS(V("f_products")))))
			return 500;
		for (int i = 0; i < q->nrows; i++)
			pr = req_printf(r, "%s%s%s（%s，%s万元）", pr, i ? "；" : "", dbv(q, i, 0), dbv(q, i, 1), dbv(q, i, 2));
		cc_row2(t, "改造场景（附件2）", sc, NULL, NULL);
		cc_row2(t, "适用产品及解决方案（附件2）", pr, NULL, NULL);
	}
	cc_part(t, "三、数字化改造情况及预期成效（试点企业与数字化服务商共同填写）");
	cc_row2(t, "数字化转型计划投入成本", req_printf(r, "%d 年计划投入 %s 万元，近两年计划投入 %s 万元。", year + 1, V("f_plan_year"),
						       V("f_plan_2y")), NULL, NULL);
	cc_row2(t, "云应用情况", P("f_cloud"), NULL, NULL);
	cc_row2(t, "改造项目起止时间", *V("f_start") ? req_printf(r, "%s 至 %s", cn_date(r, V("f_start")), cn_date(r, V("f_end"))) : "", NULL, NULL);
	cc_row2(t, "改造总花费（万元）", V("f_total"), NULL, NULL);
	cc_row2(t, "企业改造后目标数字化水平", P("f_target"), NULL, NULL);

	t = doc_table_new(d);
	table_init(r, t, pcols, 7);
	t->nohead = 1;
	y0 = table_row(t);
	for (int c = 0; c < 7; c++) table_text(t, y0, c, pcols[c].head);
	for (int n = 1; n <= 3; n++) {
		const char *k = req_printf(r, "f_p%d_", n);
		y = table_row(t);
		if (!*V(req_printf(r, "%sname", k))) continue;
		table_text(t, y, 1, req_printf(r, "%d", n));
		table_text(t, y, 2, V(req_printf(r, "%sname", k)));
		table_text(t, y, 3, P(req_printf(r, "%scontract", k)));
		table_text(t, y, 4, *V(req_printf(r, "%samount", k)) ? req_printf(r, "%s万元", V(req_printf(r, "%samount", k))) : "");
		table_text(t, y, 5, V(req_printf(r, "%scontact", k)));
		table_text(t, y, 6, V(req_printf(r, "%sphone", k)));
	}
	table_span(t, y0, 0, 4, 1);
	table_cell(t, y0, 0)->flags |= TF_LEFT;

	t = cc_four_cols(r, d);
	cc_row2(t, "项目建设内容", V("f_content"), NULL, NULL);
	cc_print_effects(r, t, content, "f_eff_", "数字化改造预期成效（尽量用若干定量指标，从降本、提质、增效、减存、绿色、安全等方面描述）");
	cc_row2(t, "申报资料真实性声明", req_printf(r, "%s %s\n试点企业法定代表人（签字/盖章）：%s\n试点企业（公章）：\n%s",
					       strcmp(V("f_pledge"), "1") ? "☐" : "☑", label_of("f_pledge"), V("f_signer"),
					       *hdf_get_value(r->hdf, "Print.submitted_at", "") ? hdf_get_value(r->hdf, "Print.submitted_at", "")
											       : "年　月　日"), NULL, NULL);
	/* the 县（市、区）'s opinion, once given */
	if (!(q = db_query(r, "SELECT e.opinion, DATE_FORMAT(e.at, '%Y-%m-%d'), e.action FROM app_events e WHERE e.application_id = ?"
			      " AND e.role = 'county' AND e.action IN ('agree', 'return') ORDER BY e.id DESC LIMIT 1", DI(a->id))))
		return 500;
	cc_row2(t, "县（市、区）工信主管部门意见",
	     q->nrows ? req_printf(r, "%s%s\n单位（公章）\n%s", !strcmp(dbv(q, 0, 2), "agree") ? "同意备案。" : "退回修改。",
				   dbv(q, 0, 0), cn_date(r, dbv(q, 0, 1)))
		      : "单位（公章）\n年　月　日", NULL, NULL);
	{
		/* after the form: the 改造合同 (第四章（三）1（2）) as filed with it, and the contract's files on record */
		const char *provider, *line = products_line(r, V("f_k_products"), &provider), *files = "";
		if (!line || !(q = db_query(r, "SELECT filename FROM attachments WHERE application_id = ? AND kind = 'contract' ORDER BY id",
					    DI(a->id))))
			return 500;
		for (int i = 0; i < q->nrows; i++) files = req_printf(r, "%s%s%s", files, i ? "；" : "", dbv(q, i, 0));
		t = cc_four_cols(r, d);
		cc_part(t, "附：改造合同（" CC_K_CLAUSE "）");
		cc_row2(t, "签约服务商", provider, "预算金额（万元）", V("f_k_budget"));
		cc_row2(t, "合同关联的产品及解决方案", line, NULL, NULL);
		cc_row2(t, "合同明确的改造需求", V("f_k_need"), NULL, NULL);
		cc_row2(t, "合同文件", files, NULL, NULL);
	}
	return 0;
#undef V
#undef P
}

/* the signed 改造合同 on the 附件材料 page, required by 校验 */
const struct file_kind cc_filing_files[] = {
	{ "contract", "已签订的改造合同", "已签订的改造合同", CC_K_CLAUSE },
	{ NULL }
};

/* 所属县（市、区）, the contact and the phone start from the registration */
const char *const cc_filing_prefill[][2] = { { "c_county", "region" }, { "f_contact", "contact" }, { "f_phone", "mobile" }, { NULL } };

/* the words of the states it shares with 申请入库 */
const char *const cc_filing_states[][2] = { { "submitted", "已提交，待县（市）区工信主管部门意见" }, { NULL } };

/* 县（市、区）工信主管部门意见, then the 市's 备案入库 */
const struct transition cc_filing_chain[] = {
	WF_APPLICANT_ROWS(ROLE_ENTERPRISE),
	{ "submitted", ROLE_COUNTY, "agree", "同意备案", "county_agreed", 0, "review", NULL, NULL, TELL_CITY, NULL },
	{ "submitted", ROLE_COUNTY, "return", "退回修改", "returned", WF_REASON, "review", NULL, wf_eff_return, TELL_NONE, NULL },
	{ "county_agreed", ROLE_CITY, "file", "备案入库", "filed", 0, "review", NULL, wf_eff_next_stage, TELL_COUNTY, NULL },
	{ "county_agreed", ROLE_CITY, "return", "退回修改", "returned", WF_REASON, "review", NULL, wf_eff_return, TELL_COUNTY, NULL },
	{ NULL }
};
