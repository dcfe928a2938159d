/*
 * app_submit - 提交 or 撤回 an application.  The applicant, its own; POST only.
 * op=submit: only with no 校验 problems and before the batch's deadline
 *   (server time); freezes an immutable version (canonical content, its
 *   SHA-256 and verification code) and puts the application in the county's
 *   queue.  Guarded by the application's version: a double click submits once.
 * op=withdraw: back to draft before any reviewer has acted.
 * Both are rows of the workflow table, applied through wf_step().
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, IN_REQ, 1, (1LL << 53) },
	{ "op", "操作", VT_KEY, IN_REQ, 0, 16 },
	{ "version", "", VT_INT, IN_REQ, 1, 1000000000 },
	{ NULL }
};

static int
handle(struct req *r)
{
	struct app_info a;
	struct wf_result res;
	const struct transition *t;
	const char *op = req_str(r, "op");
	struct wf_args w = { .version = req_int(r, "version", 0) };
	int st;

	if ((st = app_open(r, req_int(r, "id", 0), &a))) return st;
	if (!a.owner) return 403;
	if (!op || (strcmp(op, "submit") && strcmp(op, "withdraw"))) return 400;
	const struct programme *p = a.p;
	const char *back = req_printf(r, "/cgi-bin/%s.cgi?id=%lld", p->overview, a.id);
	if (!(t = wf_check(r, &a, op, &w, &res))) {
		if (res.status == 500) return 500;
		if (res.status == 409)
			return page_flash_redirect(r, back, !strcmp(op, "submit") ? req_printf(r, "该%s已经提交，无需重复提交。", p->document)
										 : "审核人员已受理，不能撤回。");
		return page_flash_redirect(r, back, res.msg);
	}
	if (db_begin(r)) return 500;
	if (wf_step(r, &a, t, &w, &res)) {
		db_rollback(r);
		if (res.status == 500) return 500;
		if (res.status == 409)
			return page_flash_redirect(r, back, req_printf(r, "该%s已经提交或已在别处改变，请查看当前状态。", p->document));
		/* 校验 problems: straight to the list */
		return page_flash_redirect(r, !strcmp(op, "submit") ? req_printf(r, "%s&check=1#check", back) : back, res.msg);
	}
	if (db_commit(r)) return 500;
	if (!strcmp(op, "withdraw"))
		return page_flash_redirect(r, back, req_printf(r, "已撤回，%s恢复为草稿，可修改后重新提交。", p->document));
	{
		/* what comes next, in the stage's words (a later stage's goes to its own office) */
		const char *next = programme_state_label(r, p, t->to);
		for (int i = 0; a.st->states && a.st->states[i][0]; i++)
			if (!strcmp(a.st->states[i][0], t->to)) next = a.st->states[i][1];
		return page_flash_redirect(r, back, req_printf(r, "已提交第 %d 版，验证码 %s。当前状态：%s。", res.version_no, res.code, next));
	}
}

const struct page PAGE = { "app_submit", M_POST, ROLE_APPLICANT | ROLE_PROVIDER, 0, inputs, handle };
