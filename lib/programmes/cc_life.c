/*
 * cc_life.c - 长春's 咨询诊断 stage (实施细则 第四章（二）, ../shared/seeds/002_f8d6ebe2e83360e2.txt),
 * opened for a project when its enterprise is published into the 试点企业库.  Its steps are taken on
 * diag.cgi, each a row below: the enterprise chooses an approved 服务商 of its 市 and uploads the signed
 * 咨询诊断服务协议 (1（1）); the 服务商 records the day it completed the service (1（2）) and, within
 * report_days (two weeks, 1（4）) of it, uploads the 咨询诊断报告 with the 自评测 level before transformation
 * (1（3）); the enterprise uploads the stamped 满意度评价表 and rates its 服务商 (1（5）); the 市 records the
 * 专家组's 诊断验收 (1 工作流程: 专家组织评审并出具验收意见) with its day and meeting: passed (the next stage
 * opens) or returned to the 服务商 with the reason.
 * And its 水平评测 stage (第四章（四）), worked on eval.cgi: the 市 assigns an approved 评测机构 (回避: not the
 * organisation of the project's 服务商, nor the enterprise); it records the four dimensions of the 2024 评测指标,
 * their total and the level the batch's bands give it, the day of its 现场 visit and the 评测报告; the 市 复核认定
 * (the next stage opens) or returns it to the 评测机构 with the reason.
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

const struct transition cc_eval_rows[] = {
	{ "draft", ROLE_CITY, "assign", "分配评测机构", "assigned", 0, "eval", NULL, NULL, TELL_NONE, NULL },
	{ "assigned", ROLE_EVALUATOR, "score", "提交水平评测结果", "scored", WF_DATE, "eval", NULL, NULL, TELL_CITY, NULL },
	{ "eval_returned", ROLE_EVALUATOR, "score", "提交水平评测结果", "scored", WF_DATE, "eval", NULL, NULL, TELL_CITY, NULL },
	{ "scored", ROLE_CITY, "eval_confirm", "复核认定评测结果", "evaluated", 0, "eval", NULL, wf_eff_next_stage, TELL_COUNTY, NULL },
	{ "scored", ROLE_CITY, "eval_return", "复核退回评测机构", "eval_returned", WF_REASON, "eval", NULL, wf_eff_return, TELL_NONE, NULL },
	{ NULL }
};

const char *
cc_level_of(const struct batch *b, double total)
{
	static const char *const keys[] = { "none", "1", "2", "3", "4" }, *const bands[] = { "", "band1", "band2", "band3", "band4" };
	int k = 0;
	for (int i = 1; i <= 4; i++)
		if (total >= batch_int(b, bands[i])) k = i;
	return keys[k];
}

/* the stage is worked on its own page: ent.cgi?id= of it leads there (the answer is the redirect) */
int
cc_diag_overview(struct req *r, const struct app_info *a)
{
	page_redirect(r, req_printf(r, "/cgi-bin/diag.cgi?id=%lld", a->id));
	return 303;
}

int
cc_eval_overview(struct req *r, const struct app_info *a)
{
	page_redirect(r, req_printf(r, "/cgi-bin/eval.cgi?id=%lld", a->id));
	return 303;
}

/* ---- what the pages of 长春's later stages share (diag.cgi, eval.cgi) ---- */

void
cc_steps_to_hdf(struct req *r, const struct app_info *a)
{
	int n = 0;
	for (const struct transition *t = a->st->workflow; t->from; t++) {
		if (strcmp(t->from, a->state) || t->role != r->s.role || strcmp(t->page, r->page->name)) continue;
		if ((r->s.role & ROLE_APPLICANT) ? !a->owner : !a->in_scope) continue;
		hset(r, req_printf(r, "Steps.%d.action", n), t->action);
		hset(r, req_printf(r, "Steps.%d.label", n), t->label);
		hseti(r, req_printf(r, "Steps.%d.reason", n), (t->flags & WF_REASON) != 0);
		hseti(r, req_printf(r, "Steps.%d.date", n), (t->flags & WF_DATE) != 0);
		hseti(r, req_printf(r, "Steps.%d.meeting", n++), (t->flags & WF_MEETING) != 0);
	}
	for (const struct choice *c = a->st->choices; c && c->field; c++)
		for (int i = 0; c->opts[i]; i += 2) {
			hset(r, req_printf(r, "Choices.%s.%d.key", c->field, i / 2), c->opts[i]);
			hset(r, req_printf(r, "Choices.%s.%d.label", c->field, i / 2), c->opts[i + 1]);
		}
	{
		long long max = upload_max_bytes(r);
		hsetf(r, "Upload.MaxBytes", "%lld", max);
		hset(r, "Upload.Limit", upload_limit_text(r, max));
	}
}

int
cc_store(struct req *r, const struct app_info *a, const char *kind, long long *id)
{
	const struct upload *u = req_upload(r, "upload");
	const char *e = attach_store(r, a->id, 0, kind, u, id);
	if (!e) return 0;
	if (!*e) return 500;
	req_field_error(r, "upload", req_printf(r, "%s（%s）", e, display_filename(r, u->client_name)));
	return 422;
}

/* the review step's other party (the 服务商, the 评测机构 of the project) told what was decided; 0 ok */
int
cc_tell_party(struct req *r, const struct app_info *a, const char *role, const char *what, const char *label, const char *opinion)
{
	struct dbrows *d = db_query(r, "SELECT account_id FROM project_parties WHERE project_id = ? AND role = ?",
				    DI(a->project_id), DS(role));
	int rc = !d || d->nrows != 1 ||
		 notify(r, dbi(d, 0, 0), a->id, req_printf(r, "%s：%s", label, a->org),
			req_printf(r, "%s的%s：%s。%s%s", a->org, what, label, opinion ? "意见：" : "", opinion ? opinion : ""));
	return rc ? -1 : 0;
}

int
cc_stage_page(struct req *r, int (*list)(struct req *r), int (*render)(struct req *r, const struct app_info *a, int status),
	      int (*act)(struct req *r, const struct app_info *a, const char *action))
{
	struct app_info a;
	int st, mine = 0;

	if (!req_int(r, "id", 0)) return r->method == M_POST ? 400 : list(r);
	if ((st = app_open(r, req_int(r, "id", 0), &a))) return st;
	/* only the stage whose rows are taken here */
	for (const struct transition *t = a.st->workflow; t->from; t++) mine |= !strcmp(t->page, r->page->name);
	if (!mine) return 404;
	if (r->method != M_POST) return render(r, &a, 200);
	if (!req_str(r, "action")) return 400;
	return act(r, &a, req_str(r, "action"));
}

int
cc_refused(struct req *r, const struct app_info *a, const struct wf_result *res,
	   int (*render)(struct req *r, const struct app_info *a, int status))
{
	if (res->status == 500) return 500;
	if (res->field && res->msg) req_field_error(r, res->field, res->msg);
	hset(r, "Refused", res->msg ? res->msg : "操作未执行。");
	return render(r, a, res->status ? res->status : 422);
}
