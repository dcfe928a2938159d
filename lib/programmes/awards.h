/*
 * awards.h - the award calls (awards.c): 长春's 标杆及典型案例评选 (002 第四章（七）, 附件6) and 洛阳's awards
 * (001 二（六）15-18), their 市 selection page (awards.cgi) and their published lists (public.cgi).
 */
#ifndef DT_AWARDS_H
#define DT_AWARDS_H
#include "programme.h"

/* 附件6: the 县（市、区）工信主管部门审核意见 as printed, which the 县（市）区 confirms to recommend */
#define CC_AWARD_DECLARATION "该项目经审核，申报资料真实性、完整性、合规性、一致性审核符合申报要求。如存在不符合申报条件的情况，愿意承担相关责任。"

/* 奖励遴选 (市): GET ?batch=N; POST op=select (id, version, amount 万元, act_date, meeting, opinion) or
 * op=publish (doc_no, published_on) */
extern const struct input awards_inputs[];
int awards_page(struct req *r);
/* PublicAwards.N.{programme,batch,doc_no,on,org,county,type,amount}: every published award list; -1 fault */
int awards_public_to_hdf(struct req *r);
/* the award the batch's rule set gives an application for a proposed amount (元), with its explanation;
 * -1 with *err (Chinese; "" a fault) when its form lacks an input */
long long award_compute(struct req *r, const struct app_info *a, long long proposed, const char **why, const char **err);

#endif
