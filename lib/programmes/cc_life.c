/*
 * cc_life.c - 长春's 咨询诊断 stage (实施细则 第四章（二）, ../shared/seeds/002_f8d6ebe2e83360e2.txt),
 * opened for a project when its enterprise is published into the 试点企业库.  Its steps are taken on
 * diag.cgi, each a row below: the enterprise chooses an approved 服务商 of its 市 and uploads the signed
 * 咨询诊断服务协议 (1（1）); the 服务商 records the day it completed the service (1（2）) and, within
 * report_days (two weeks, 1（4）) of it, uploads the 咨询诊断报告 with the 自评测 level before transformation
 * (1（3）); the enterprise uploads the stamped 满意度评价表 and rates its 服务商 (1（5）); the 市 records the
 * 专家组's 诊断验收 (1 工作流程: 专家组织评审并出具验收意见) with its day and meeting: passed (the next stage
 * opens) or returned to the 服务商 with the reason.
 */
#include <string.h>
#include "changchun.h"

const struct input cc_no_form[] = { { NULL } };
const struct section cc_no_sections[] = { { NULL, NULL } };

const struct choice cc_diag_choices[] = {
	{ "level_before", { "none", "无等级", "1", "一级", "2", "二级", "3", "三级", "4", "四级" } },
	{ "rating", { "satisfied", "满意", "basic", "基本满意", "unsatisfied", "不满意" } },
	{ NULL }
};

const struct transition cc_diag_rows[] = {
	{ "draft", ROLE_ENTERPRISE, "choose", "选定服务商并上传服务协议", "agreed", 0, "diag", NULL, NULL, TELL_NONE, NULL },
	{ "agreed", ROLE_PROVIDER, "complete", "完成咨询诊断服务", "served", WF_DATE, "diag", NULL, NULL, TELL_NONE, NULL },
	{ "served", ROLE_PROVIDER, "report", "提交咨询诊断报告", "reported", 0, "diag", NULL, NULL, TELL_NONE, NULL },
	{ "diag_returned", ROLE_PROVIDER, "report", "提交咨询诊断报告", "reported", 0, "diag", NULL, NULL, TELL_NONE, NULL },
	{ "reported", ROLE_ENTERPRISE, "rate", "上传满意度评价表并评价服务商", "rated", 0, "diag", NULL, NULL, TELL_CITY, NULL },
	{ "rated", ROLE_CITY, "diag_pass", "诊断验收通过", "diagnosed", WF_DATE | WF_MEETING, "diag", NULL, wf_eff_next_stage,
	  TELL_COUNTY, NULL },
	{ "rated", ROLE_CITY, "diag_return", "诊断验收退回", "diag_returned", WF_REASON | WF_DATE | WF_MEETING, "diag", NULL,
	  wf_eff_return, TELL_COUNTY, NULL },
	{ NULL }
};

/* the stage is worked on its own page: ent.cgi?id= of it leads there (the answer is the redirect) */
int
cc_diag_overview(struct req *r, const struct app_info *a)
{
	page_redirect(r, req_printf(r, "/cgi-bin/diag.cgi?id=%lld", a->id));
	return 303;
}
