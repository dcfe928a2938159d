/*
 * app_submit - 提交 or 撤回 an application.  服务平台, its own; POST only.
 * op=submit: only with no 校验 problems and before the batch's deadline
 *   (server time); freezes an immutable version (canonical content, its
 *   SHA-256 and verification code) and puts the application in the 旗县区
 *   queue.  Guarded by the application's version: a double click submits once.
 * op=withdraw: back to draft before any reviewer has acted.
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
submit(struct req *r, struct app_info *a)
{
	const struct programme *p = programme_of(a->b.programme);
	struct problem *ps;
	int n, vno;
	char code[17];
	const char *back = req_printf(r, "/cgi-bin/%s.cgi?id=%lld", p->overview, a->id);

	if (a->b.past_deadline)
		return page_flash_redirect(r, back, req_printf(r, "申报已于%s截止（以服务器时间为准），不能再提交。",
							       cn_date(r, a->b.applicant_deadline)));
	if (!wf_find(a->b.programme, a->state, r->s.role, "submit"))
		return page_flash_redirect(r, back, "该申请报告已经提交，无需重复提交。");
	if (db_begin(r)) return 500;
	/* lock the application first: checks and freeze see one consistent state */
	long long k = db_exec(r, "UPDATE applications SET state = 'submitted', version = version + 1,"
				 " submitted_no = submitted_no + 1, submitted_at = NOW(), return_reason = NULL"
				 " WHERE id = ? AND version = ? AND state IN ('draft', 'returned')",
			      DI(a->id), DI(req_int(r, "version", 0)));
	if (k < 0) return 500;
	if (k == 0) {
		db_rollback(r);
		return page_flash_redirect(r, back, "该申请报告已经提交或已在别处改变，请查看当前状态。");
	}
	n = p->check(r, a, &ps);
	if (n < 0) return 500;
	if (n > 0) {
		db_rollback(r);
		return page_flash_redirect(r, req_printf(r, "%s&check=1#check", back),
					   req_printf(r, "还有 %d 处问题，未提交。请按校验结果修改。", n));
	}
	if (version_freeze(r, a, p->form, &vno, code) ||
	    app_event(r, a->id, "submit", a->state, "submitted", "", vno) ||
	    audit(r, "application.submit", "application", a->id, a->state,
		  req_printf(r, "第%d版 验证码%s", vno, code)) ||
	    db_commit(r))
		return 500;
	return page_flash_redirect(r, back, req_printf(r, "已提交第 %d 版，验证码 %s。已进入%s工信部门初审。", vno, code,
						       strcmp(a->b.programme, "enterprise") ? "旗县区" : "县区"));
}

static int
withdraw(struct req *r, struct app_info *a)
{
	const char *back = req_printf(r, "/cgi-bin/%s.cgi?id=%lld", programme_of(a->b.programme)->overview, a->id);
	long long k;

	if (!wf_find(a->b.programme, a->state, r->s.role, "withdraw"))
		return page_flash_redirect(r, back, "审核人员已受理，不能撤回。");
	if (db_begin(r)) return 500;
	k = db_exec(r, "UPDATE applications SET state = 'draft', version = version + 1"
		       " WHERE id = ? AND version = ? AND state = 'submitted'", DI(a->id), DI(req_int(r, "version", 0)));
	if (k < 0) return 500;
	if (k == 0) {
		db_rollback(r);
		return page_flash_redirect(r, back, "状态已改变（可能审核人员已受理），未撤回。");
	}
	if (db_exec(r, "UPDATE app_versions SET withdrawn = 1 WHERE application_id = ? AND version_no = ?",
		    DI(a->id), DI(a->submitted_no)) != 1 ||
	    app_event(r, a->id, "withdraw", "submitted", "draft", "", a->submitted_no) ||
	    audit(r, "application.withdraw", "application", a->id, "submitted", "draft") || db_commit(r))
		return 500;
	return page_flash_redirect(r, back, "已撤回，申请报告恢复为草稿，可修改后重新提交。");
}

static int
handle(struct req *r)
{
	struct app_info a;
	const char *op = req_str(r, "op");
	int st;

	if ((st = app_load(r, req_int(r, "id", 0), &a))) return st;
	if (!a.owner) return 403;
	if (op && !strcmp(op, "submit")) return submit(r, &a);
	if (op && !strcmp(op, "withdraw")) return withdraw(r, &a);
	return 400;
}

const struct page PAGE = { "app_submit", M_POST, ROLE_APPLICANT, 0, inputs, handle };
