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
/* its states in the programme's words */
#define CC_DIAG_STATES \
	{ "agreed", "已签订服务协议，待服务商完成咨询诊断" }, { "served", "诊断服务已完成，待服务商提交诊断报告" }, \
	{ "reported", "诊断报告已提交，待企业评价" }, { "rated", "企业已评价，待市诊断验收" }, \
	{ "diag_returned", "诊断验收退回，待服务商修改报告" }, { "diagnosed", "诊断验收通过" }

#endif
