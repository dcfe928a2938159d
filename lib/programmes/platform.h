/*
 * platform.h - what other modules use of the 服务平台 programme (内蒙古,
 * seed 003): the subsidy rule of 附件3 and the 附件4 table.
 */
#ifndef DT_PROG_PLATFORM_H
#define DT_PROG_PLATFORM_H
#include "programme.h"

/* the subsidy rule of 附件3: min(pct% of cost, cap), floored to the 元 */
long long subsidy_cap_yuan(const struct batch *b, long long cost_yuan);
/* 1 when a platform's total subsidy is within the batch's cap (附件3注: 200万元) */
int subsidy_total_ok(const struct batch *b, long long total_yuan);
const char *subsidy_basis(struct req *r, const struct batch *b, long long cost_yuan);
/* KPI.N.{g1,g2,g3,unit,base,target,span1,span2}: the rows of 附件4 */
void platform_kpi_to_hdf(struct req *r);
/* flagged, never refused: shared served enterprises, another sub-industry, a contract of another year (ent 0: all) */
int platform_flags(struct req *r, const struct app_info *a, long long ent, struct problem **out);

#endif
