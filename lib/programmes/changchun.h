/*
 * changchun.h - the parts of 长春's programme (changchun.c) defined in files of their own (cc_life.c:
 * 咨询诊断 and 水平评测; changchun_filing.c: 数字化改造备案): a stage's pieces, exported, and the stage's row of
 * changchun.c's stages[] built from them (a constant initializer), put in order there.
 */
#ifndef DT_CHANGCHUN_H
#define DT_CHANGCHUN_H
#include "workflow.h"
struct table;

/* 附件1 (诊断申请) and 附件3 (改造备案) ask of the enterprise in the same words, with the same boxes:
 * p is the form's field prefix, sec the section the rows go in */
#define CC_KIND_ROWS(p, sec) \
	{ p "_type", "企业性质", VT_KEY, IN_SUBMIT, 0, 16, sec }, \
	{ p "_scale", "企业规模", VT_KEY, IN_SUBMIT, 0, 16, sec, "中小企业规模类型自 https://baosong.miit.gov.cn/ScaleTest" }, \
	{ p "_scale2", "企业规模（规模以上/规模以下）", VT_KEY, IN_SUBMIT, 0, 16, sec }
#define CC_RESULT_ROWS(p, sec) \
	{ p "_revenue", "上年度营业收入（万元）", VT_MONEY, IN_SUBMIT, 0, 0, sec }, \
	{ p "_profit", "上年度利润（万元）", VT_DECIMAL, IN_SUBMIT, -1000000000000LL, 1000000000000LL, sec, "亏损请填负数，例如 -12.5" }
#define CC_KIND_CHOICES(p) \
	{ p "_type", { "state", "国有", "private", "民营", "foreign", "外资", "mixed", "混合所有制", "other", "其他" } }, \
	{ p "_scale", { "medium", "中型企业", "small", "小型企业", "micro", "微型企业" } }, \
	{ p "_scale2", { "above", "规模以上企业", "below", "规模以下企业" } }, \
	{ p "_level", { "none", "无等级", "1", "一级", "2", "二级", "3", "三级", "4", "四级" } }, \
	{ p "_quality", { "giant", "专精特新“小巨人”企业", "specialized", "专精特新中小企业", "innovative", "创新型中小企业", \
			  "none", "无" } }, \
	/* 第二章: the four pilot sub-industries */ \
	{ p "_industry", { "auto", "汽车零部件配件制造业", "rail", "轨道交通高端装备制造业", "electronic", "电子元器件制造业", \
			   "medicine", "中成药生物药品制品制造业" } }

/* 咨询诊断 (实施细则 第四章（二）): the rows of diag.cgi, its choices (自评测 level, rating) */
extern const struct transition cc_diag_rows[];
extern const struct choice cc_diag_choices[];
extern const struct section cc_no_sections[];
extern const struct input cc_no_form[];
int cc_diag_overview(struct req *r, const struct app_info *a);
#define CC_STAGE_DIAGNOSIS \
	{ .key = "diagnosis", .title = "咨询诊断", .form = cc_no_form, .sections = cc_no_sections, \
	  .choices = cc_diag_choices, .workflow = cc_diag_rows, .overview_hdf = cc_diag_overview }
/* 水平评测 (第四章（四）): the rows of eval.cgi; the level (none, 1 .. 4) a total reaches by the batch's bands
 * (band1 .. band4: the lowest total of 一级 .. 四级, each band holding its lower end) */
extern const struct transition cc_eval_rows[];
const char *cc_level_of(const struct batch *b, double total);
#define CC_STAGE_EVALUATION \
	{ .key = "evaluation", .title = "水平评测", .form = cc_no_form, .sections = cc_no_sections, \
	  .choices = cc_diag_choices, .workflow = cc_eval_rows, .overview_hdf = cc_eval_overview }
int cc_eval_overview(struct req *r, const struct app_info *a);
#define CC_EVAL_STATES \
	{ "assigned", "已分配评测机构，待评测" }, { "scored", "评测机构已提交评测结果，待市复核认定" }, \
	{ "eval_returned", "市复核退回，待评测机构修改" }, { "evaluated", "评测结果已复核认定" }
/* its states in the programme's words */
#define CC_DIAG_STATES \
	{ "agreed", "已签订服务协议，待服务商完成咨询诊断" }, { "served", "诊断服务已完成，待服务商提交诊断报告" }, \
	{ "reported", "诊断报告已提交，待企业评价" }, { "rated", "企业已评价，待市诊断验收" }, \
	{ "diag_returned", "诊断验收退回，待服务商修改报告" }, { "diagnosed", "诊断验收通过" }

/* the pages of these stages: Steps.N.{action,label,reason,date,meeting} (the rows this session may take here
 * now), Choices.<field>.N.{key,label} (the stage's choices), Upload.{MaxBytes,Limit} */
void cc_steps_to_hdf(struct req *r, const struct app_info *a);
/* the uploaded file ("upload") of a step as the application's attachment: 0, 422 (its error beside the
 * field, the caller rolls back) or 500 */
int cc_store(struct req *r, const struct app_info *a, const char *kind, long long *id);
/* in the step's transaction: the project's party of this role ("provider", "evaluator") told the decision
 * label on what (咨询诊断 ...) with the opinion; 0 ok */
int cc_tell_party(struct req *r, const struct app_info *a, const char *role, const char *what, const char *label, const char *opinion);
/* a page of these stages: without id its list; with id the application (404 unless a stage whose rows this
 * page takes), shown on GET, the step of POST's action */
int cc_stage_page(struct req *r, int (*list)(struct req *r), int (*render)(struct req *r, const struct app_info *a, int status),
		  int (*act)(struct req *r, const struct app_info *a, const char *action));
/* a step the workflow refused: the page again with its message (Refused, and beside its field when it names one) */
int cc_refused(struct req *r, const struct app_info *a, const struct wf_result *res,
	       int (*render)(struct req *r, const struct app_info *a, int status));

/* 数字化改造备案 (changchun_filing.c): 附件3 长春市中小企业数字化改造项目备案入库申请表 */
extern const struct input cc_filing_form[];
extern const struct section cc_filing_sections[];
extern const struct choice cc_filing_choices[];
extern const struct transition cc_filing_chain[];
extern const char *const cc_filing_prefill[][2];
extern const char *const cc_filing_states[][2];
extern const struct file_kind cc_filing_files[];
int cc_filing_check(struct req *r, const struct app_info *a, struct problem **out);
int cc_filing_section_hdf(struct req *r, const struct app_info *a, const char *section);
void cc_filing_section_validate(struct req *r, const struct app_info *a, const char *section);
int cc_filing_overview_hdf(struct req *r, const struct app_info *a);
int cc_filing_print_doc(struct req *r, const struct app_info *a, const char *content, struct doc *d);
/* the 改造合同 (第四章（三）1（2）) of the 备案 application app_id, or of every 备案 of the account: prefix.N.{app,batch,
 * need,budget (万元),products (one line),provider,files.M.{id,name}}, only those with something recorded; -1 fault */
int cc_contracts_to_hdf(struct req *r, long long app_id, long long account_id, const char *prefix);
/* SQL: an amount kept in whole 元 (a column), as 万元 without trailing zeros (125000 -> 12.5) */
#define CC_WAN(col) "IF(" col " = 0, '0', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(" col " / 10000 AS DECIMAL(20,4)))))"

/* the printed forms' pieces (changchun_filing.c): a row of label | value (| label | value), a part's title over the
 * four columns, the four-column table of a document, the seven 成效 rows of fields <prefix><key>_before|after */
void cc_row2(struct table *t, const char *l1, const char *v1, const char *l2, const char *v2);
void cc_part(struct table *t, const char *title);
struct table *cc_four_cols(struct req *r, struct doc *d);
struct table *cc_sheet(struct req *r, struct doc *d, const char *doc, const char *docno, const char *title);
void cc_print_effects(struct req *r, struct table *t, const char *content, const char *prefix, const char *head);

/* 项目验收 (cc_accept.c, 第四章（五）): 附件4 验收申请表 as the stage's form; the 评测机构's 验收意见 (附件5), the
 * 县（市）区意见 and the 市's closing of a missed 整改 on accept.cgi */
extern const struct input cc_accept_form[];
extern const struct section cc_accept_sections[];
extern const struct choice cc_accept_choices[];
extern const struct transition cc_accept_rows[];
extern const char *const cc_accept_prefill[][2];
extern const char *const cc_accept_states[][2];
int cc_accept_check(struct req *r, const struct app_info *a, struct problem **out);
int cc_accept_section_hdf(struct req *r, const struct app_info *a, const char *section);
void cc_accept_section_validate(struct req *r, const struct app_info *a, const char *section);
int cc_accept_overview_hdf(struct req *r, const struct app_info *a);
int cc_accept_print_doc(struct req *r, const struct app_info *a, const char *content, struct doc *d);
/* the accept.cgi record of a project: Accept.N.{round,evaluator,paper_on,site_on,accepted_on,leader,members,result,
 * result_label,opinion,rectify_until,days_left,county_opinion,county_on}, Accept.plan{,_name} (评测工作方案),
 * Accept.level{,_label} (the level confirmed in 水平评测); 0 ok */
int cc_accept_to_hdf(struct req *r, const struct app_info *a);
/* the level confirmed in the project's 水平评测 is 二级 or above (第五章（三）): NULL, else the refusal ("" fault) */
const char *cc_accept_level_refusal(struct req *r, const struct app_info *a);
#define CC_STAGE_ACCEPT \
	{ .key = "accept", .title = "项目验收", .overview_template = "cc_accept.cs", \
	  .form = cc_accept_form, .sections = cc_accept_sections, .choices = cc_accept_choices, .workflow = cc_accept_rows, \
	  .check = cc_accept_check, .section_hdf = cc_accept_section_hdf, .section_validate = cc_accept_section_validate, \
	  .overview_hdf = cc_accept_overview_hdf, .print_doc = cc_accept_print_doc, .prefill = cc_accept_prefill, \
	  .states = cc_accept_states }
#define CC_ACCEPT_STATES \
	{ "applied", "已申请验收，待评测机构验收" }, { "resubmitted", "整改后再次申请验收，待评测机构验收" }, \
	{ "opined_pass", "评测机构验收意见：通过，待县（市）区意见" }, \
	{ "opined_pass2", "整改后评测机构验收意见：通过，待县（市）区意见" }, \
	{ "opined_fail", "评测机构验收意见：限期整改，待县（市）区意见" }, \
	{ "opined_fail2", "整改后验收仍未通过，待县（市）区意见" }, \
	{ "passed", "验收通过" }, { "failed", "验收未通过（已关闭）" }

/* 资金申报 (cc_fund.c, 第四章（六）): the 资金申报书 as the stage's form with 合同、发票、付款凭证 on its 附件材料 page;
 * the 审计机构's 专项审计, the 县（市）区's 汇总, the 市's 专家评审, 集体决策 (the 补贴 by changchun-2024) and 公布 on
 * fund.cgi */
extern const struct input cc_fund_form[];
extern const struct section cc_fund_sections[];
extern const struct choice cc_fund_choices[];
extern const struct file_kind cc_fund_files[];
extern const struct transition cc_fund_rows[];
extern const char *const cc_fund_prefill[][2];
extern const char *const cc_fund_states[][2];
int cc_fund_check(struct req *r, const struct app_info *a, struct problem **out);
int cc_fund_section_hdf(struct req *r, const struct app_info *a, const char *section);
void cc_fund_section_validate(struct req *r, const struct app_info *a, const char *section);
int cc_fund_overview_hdf(struct req *r, const struct app_info *a);
int cc_fund_print_doc(struct req *r, const struct app_info *a, const char *content, struct doc *d);
/* the fund.cgi record: Fund.{level,level_label,accept_passed,refusal,applied (元),amount,amount_wan,why,ruleset,decided_on},
 * Audit.0.{auditor,assigned_on,contract,invoice,paid,audited,applied,audited_on,report,report_name,opinion}; 0 ok */
int cc_fund_to_hdf(struct req *r, const struct app_info *a);
/* the enterprise may apply (验收 passed, 二级 or above: 第四章（六）1（1））: NULL, else the refusal ("" fault) */
const char *cc_fund_refusal(struct req *r, const struct app_info *a);
/* the 补贴 changchun-2024 gives the audited amount at the project's level (whole 元; -1: fault, or *err) and its explanation */
long long cc_fund_compute(struct req *r, const struct app_info *a, const char **why, const char **err);
#define CC_STAGE_FUND \
	{ .key = "fund", .title = "资金申报", .overview_template = "cc_fund.cs", \
	  .form = cc_fund_form, .sections = cc_fund_sections, .choices = cc_fund_choices, .workflow = cc_fund_rows, \
	  .check = cc_fund_check, .section_hdf = cc_fund_section_hdf, .section_validate = cc_fund_section_validate, \
	  .overview_hdf = cc_fund_overview_hdf, .print_doc = cc_fund_print_doc, .prefill = cc_fund_prefill, \
	  .states = cc_fund_states, .files = cc_fund_files, \
	  .files_hint = "专项审计以合同、发票、付款凭证等财务资料为准（实施细则 第四章（六）1（2））。" }
#define CC_FUND_STATES \
	{ "fund_applied", "已提交资金申报，待市分配审计机构" }, { "audit_assigned", "已分配审计机构，待专项审计" }, \
	{ "audited", "已出具专项审计报告，待县（市）区审核汇总" }, { "fund_listed", "县（市）区已汇总上报，待市专家评审" }, \
	{ "fund_reviewed", "专家评审通过，待市集体决策" }, { "fund_decided", "集体决策已核定补贴金额，待公布" }, \
	{ "fund_published", "已公布补贴名单，待财政拨付" }, { "fund_rejected", "不予补贴" }

#define CC_STAGE_FILING \
	{ .key = "filing", .title = "数字化改造备案", .overview_template = "cc_filing.cs", \
	  .form = cc_filing_form, .sections = cc_filing_sections, .choices = cc_filing_choices, .workflow = cc_filing_chain, \
	  .check = cc_filing_check, .section_hdf = cc_filing_section_hdf, .section_validate = cc_filing_section_validate, \
	  .overview_hdf = cc_filing_overview_hdf, .print_doc = cc_filing_print_doc, .prefill = cc_filing_prefill, \
	  .states = cc_filing_states, .party_sections = CC_FILING_PARTY, .party_role = ROLE_PROVIDER, \
	  .files = cc_filing_files, .files_hint = "改造合同的需求、预算金额和关联的产品在“改造合同”部分填写，须与上传的合同一致。" }
/* 附件3's parts 二 and 三 are "试点企业与数字化服务商共同填写": the 服务商 the project chose in 咨询诊断 edits
 * 二、数字化改造需求, 三、改造情况, 合作的服务商信息 and 建设内容与预期成效, and the 改造合同 it signs with the
 * enterprise (第四章（三）1（2）); 一、基本情况 and the 真实性声明 (signed by the enterprise's 法定代表人) are the
 * enterprise's alone, as is uploading the signed contract (the 附件材料 page) */
#define CC_FILING_PARTY " f2 f3 f4 f5 f7 "

#endif
