/*
 * enterprise.h - what other modules use of the 中小企业 programme (洛阳, seed
 * 000): its option labels and the batch's pilot industries.
 */
#ifndef DT_PROG_ENTERPRISE_H
#define DT_PROG_ENTERPRISE_H
#include "programme.h"
#include "table.h"
#include "workflow.h"

extern const struct input enterprise_form[];
const char *enterprise_choice_label(const char *field, const char *key);
const char *enterprise_industry(struct req *r, const struct batch *b, int n);

/* the 推荐汇总表 (通知 附件3): its 15 columns (the heads with the batch's data year), its lines */
#define ENT_SUMC_N 15
void enterprise_summary_table(struct req *r, const struct batch *b, struct table *t);
/* one enterprise's row from its application's fields (nf name/value pairs); returns the row */
int enterprise_summary_row(struct req *r, const struct batch *b, struct table *t, int seq, const char *org,
			   const char *const (*f)[2], int nf);

/* the 数字化改造补助 stage (luoyang_subsidy.c, 二（六）14) */
extern const struct section ly_subsidy_sections[];
extern const struct input ly_subsidy_form[];
extern const struct choice ly_subsidy_choices[];
extern const struct file_kind ly_subsidy_files[];
extern const struct transition ly_subsidy_rows[];   /* workflow.h */
int ly_subsidy_check(struct req *r, const struct app_info *a, struct problem **out);
int ly_subsidy_overview_hdf(struct req *r, const struct app_info *a);

#endif
