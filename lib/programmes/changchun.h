/*
 * changchun.h - 长春's stages after 申请入库, each in a file of its own (cc_life.c: 咨询诊断),
 * put in order by changchun.c's stages array.
 */
#ifndef DT_CHANGCHUN_H
#define DT_CHANGCHUN_H
#include "workflow.h"

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

#endif
