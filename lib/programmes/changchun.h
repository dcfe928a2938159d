/*
 * changchun.h - the parts of 长春's programme (changchun.c) defined in files of their own: a stage's
 * pieces, exported, and the stage's row of changchun.c's stages[] built from them (a constant initializer).
 */
#ifndef DT_CHANGCHUN_H
#define DT_CHANGCHUN_H
#include "workflow.h"

/* 数字化改造备案 (changchun_filing.c): 附件3 长春市中小企业数字化改造项目备案入库申请表 */
extern const struct input cc_filing_form[];
extern const struct section cc_filing_sections[];
extern const struct choice cc_filing_choices[];
extern const struct transition cc_filing_chain[];
extern const char *const cc_filing_prefill[][2];
extern const char *const cc_filing_states[][2];
int cc_filing_check(struct req *r, const struct app_info *a, struct problem **out);
int cc_filing_section_hdf(struct req *r, const struct app_info *a, const char *section);
void cc_filing_section_validate(struct req *r, const struct app_info *a, const char *section);
int cc_filing_overview_hdf(struct req *r, const struct app_info *a);
int cc_filing_print_doc(struct req *r, const struct app_info *a, const char *content, struct doc *d);
/* SQL: an amount kept in whole 元 (a column), as 万元 without trailing zeros (125000 -> 12.5) */
#define CC_WAN(col) "IF(" col " = 0, '0', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(" col " / 10000 AS DECIMAL(20,4)))))"

#define CC_STAGE_FILING \
	{ .key = "filing", .title = "数字化改造备案", .overview_template = "cc_filing.cs", \
	  .form = cc_filing_form, .sections = cc_filing_sections, .choices = cc_filing_choices, .workflow = cc_filing_chain, \
	  .check = cc_filing_check, .section_hdf = cc_filing_section_hdf, .section_validate = cc_filing_section_validate, \
	  .overview_hdf = cc_filing_overview_hdf, .print_doc = cc_filing_print_doc, .prefill = cc_filing_prefill, \
	  .states = cc_filing_states }

#endif
