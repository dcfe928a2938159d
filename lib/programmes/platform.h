/*
 * platform.h - what other modules use of the 服务平台 programme (内蒙古,
 * seed 003): the subsidy rule of 附件3 and the 附件4 table.
 */
#ifndef DT_PROG_PLATFORM_H
#define DT_PROG_PLATFORM_H
#include "programme.h"
#include "table.h"

/* the subsidy rule of 附件3: min(pct% of cost, cap), floored to the 元 */
long long subsidy_cap_yuan(const struct batch *b, long long cost_yuan);
/* 1 when a platform's total subsidy is within the batch's cap (附件3注: 200万元) */
int subsidy_total_ok(const struct batch *b, long long total_yuan);
const char *subsidy_basis(struct req *r, const struct batch *b, long long cost_yuan);
/* KPI.N.{g1,g2,g3,unit,base,target,span1,span2}: the rows of 附件4 */
void platform_kpi_to_hdf(struct req *r);
/* flagged, never refused: shared served enterprises, another sub-industry, a contract of another year (ent 0: all) */
int platform_flags(struct req *r, const struct app_info *a, long long ent, struct problem **out);

/* the 汇总表's columns (附件3), in this order; 盟市 and 审核状态 are data only, not on the paper */
enum { SUMC_SEQ, SUMC_ORG, SUMC_IND, SUMC_NAME, SUMC_COST, SUMC_SUBSIDY, SUMC_CITY, SUMC_STATE, SUMC_CHECK,
       SUMC_PAID, SUMC_LEFT, SUMC_ALL };   /* 已拨付 and 未拨付: only in a 汇总表 where money was decided */
#define SUMC_N SUMC_PAID
extern const struct tcol platform_summary_cols[SUMC_ALL];
/* the 绩效评价目标表's aggregate over many platforms (kpi.cgi): the indicator, then count, mean, min, max of both values */
enum { KPIC_G1, KPIC_G2, KPIC_G3, KPIC_UNIT, KPIC_N = 12 };
extern const struct tcol platform_kpi_cols[KPIC_N];
/* the 附件4 table of one platform (the 申请报告, kpi.cgi's tables): 一级/二级/三级指标, 期初值, 目标值 */
extern const struct tcol platform_kpi_form_cols[5];
/* the 14 indicators as rows of t (一级/二级 merged as printed); with first_col 3 (a platform_kpi_form_cols
 * table) val(r, ctx, indicator, 0 期初值 | 1 目标值) fills 期初值 and 目标值 with their units */
void platform_kpi_rows(struct req *r, struct table *t, int first_col, const char *(*val)(struct req *, void *, int, int), void *ctx);
const char *platform_kpi_unit(int i);

#endif
