/*
 * workflow.c - the review chain of the platform programme (申报指南 四、五),
 * as data.  See workflow.h.
 */
#include <string.h>
#include "workflow.h"

const struct transition workflow[] = {
	/* the platform */
	{ "platform", "draft", ROLE_PLATFORM, "submit", "提交", "submitted", WF_PAGE | WF_DL_APPL },
	{ "platform", "returned", ROLE_PLATFORM, "submit", "重新提交", "submitted", WF_PAGE | WF_DL_APPL },
	{ "platform", "submitted", ROLE_PLATFORM, "withdraw", "撤回", "draft", WF_PAGE },
	/* 旗县区工信局 初审 (四（一）) */
	{ "platform", "submitted", ROLE_COUNTY, "pass", "初审通过", "county_passed", WF_DL_COUNTY },
	{ "platform", "submitted", ROLE_COUNTY, "return", "退回修改", "returned", WF_REASON | WF_DL_COUNTY },
	{ "platform", "submitted", ROLE_COUNTY, "reject", "不予推荐", "county_rejected", WF_REASON | WF_DL_COUNTY },
	/* 盟市工信局 审核 (四（二）) */
	{ "platform", "county_passed", ROLE_CITY, "pass", "审核通过", "city_passed", WF_DL_CITY },
	{ "platform", "county_passed", ROLE_CITY, "return", "退回修改", "returned", WF_REASON | WF_DL_CITY },
	{ "platform", "county_passed", ROLE_CITY, "reject", "不予推荐", "city_rejected", WF_REASON | WF_DL_CITY },
	/* the 盟市 recommendation, submitted with its joint document (五（四）) */
	{ "platform", "city_passed", ROLE_CITY, "recommend", "盟市推荐", "recommended", WF_PAGE | WF_DL_CITY },
	/* 自治区工信厅: expert review decides the 拟认定 list; 公示; 认定 (四（三）) */
	{ "platform", "recommended", ROLE_PROVINCE, "propose", "列入拟认定名单", "proposed", 0 },
	{ "platform", "recommended", ROLE_PROVINCE, "decline", "不予认定", "not_recognised", WF_REASON },
	{ "platform", "proposed", ROLE_PROVINCE, "unpropose", "移出拟认定名单", "recommended", WF_REASON },
	{ "platform", "proposed", ROLE_PROVINCE, "recognise", "认定", "recognised", WF_PAGE },
	{ "platform", "proposed", ROLE_PROVINCE, "decline", "不予认定", "not_recognised", WF_REASON },
	/* the enterprise programme (洛阳): 县区 初审 and recommendation within the quota -> 市 (工信局 with 财政局) */
	{ "enterprise", "draft", ROLE_ENTERPRISE, "submit", "提交", "submitted", WF_PAGE | WF_DL_APPL },
	{ "enterprise", "returned", ROLE_ENTERPRISE, "submit", "重新提交", "submitted", WF_PAGE | WF_DL_APPL },
	{ "enterprise", "submitted", ROLE_ENTERPRISE, "withdraw", "撤回", "draft", WF_PAGE },
	{ "enterprise", "submitted", ROLE_COUNTY, "pass", "初审通过", "county_passed", WF_DL_COUNTY },
	{ "enterprise", "submitted", ROLE_COUNTY, "return", "退回修改", "returned", WF_REASON | WF_DL_COUNTY },
	{ "enterprise", "submitted", ROLE_COUNTY, "reject", "不予推荐", "county_rejected", WF_REASON | WF_DL_COUNTY },
	{ "enterprise", "county_passed", ROLE_COUNTY, "recommend", "县区推荐", "recommended", WF_PAGE | WF_DL_COUNTY },
	{ "enterprise", "recommended", ROLE_CITY, "select", "列入试点企业名单", "selected", WF_DL_CITY },
	{ "enterprise", "recommended", ROLE_CITY, "return", "退回修改", "returned", WF_REASON | WF_DL_CITY },
	{ "enterprise", "recommended", ROLE_CITY, "reject", "不予列入", "city_rejected", WF_REASON | WF_DL_CITY },
	{ NULL }
};

const struct transition *
wf_find(const char *programme, const char *from, int role, const char *action)
{
	for (const struct transition *t = workflow; t->programme; t++)
		if (!strcmp(t->programme, programme) && !strcmp(t->from, from) && t->role == role &&
		    !strcmp(t->action, action))
			return t;
	return NULL;
}

int
wf_actions_to_hdf(struct req *r, const struct app_info *a)
{
	int n = 0;
	for (const struct transition *t = workflow; t->programme; t++) {
		if (strcmp(t->programme, a->b.programme) || strcmp(t->from, a->state) || t->role != r->s.role ||
		    (t->flags & WF_PAGE))
			continue;
		hset(r, req_printf(r, "Review.Actions.%d.action", n), t->action);
		hset(r, req_printf(r, "Review.Actions.%d.label", n), t->label);
		hseti(r, req_printf(r, "Review.Actions.%d.reason", n), (t->flags & WF_REASON) != 0);
		hseti(r, req_printf(r, "Review.Actions.%d.danger", n), (t->flags & WF_REASON) != 0);
		n++;
	}
	return n;
}

static const char *
deadline_refusal(struct req *r, const struct app_info *a, unsigned flags)
{
	const char *col = (flags & WF_DL_COUNTY) ? a->b.county_deadline
			: (flags & WF_DL_CITY) ? a->b.city_deadline
			: (flags & WF_DL_APPL) ? a->b.applicant_deadline : NULL;
	const char *what = (flags & WF_DL_COUNTY) ? "旗县区初审" : (flags & WF_DL_CITY) ? "盟市审核推荐" : "申报";
	struct dbrows *d;
	int past;

	if (!col) return NULL;
	d = db_query(r, "SELECT CURDATE() > ?", DS(col));
	past = d && d->nrows && dbi(d, 0, 0);
	dbrows_free(d);
	return past ? req_printf(r, "%s已于%s截止（以服务器时间为准），不能再办理。如需延期请联系自治区工信厅。",
				 what, cn_date(r, col)) : NULL;
}

struct wf_result
wf_apply(struct req *r, const struct app_info *a, const char *action, const char *opinion, long long version)
{
	const struct transition *t = wf_find(a->b.programme, a->state, r->s.role, action);
	struct wf_result res = { 0, NULL };
	const char *e;
	long long n;

	if (!t) {
		/* the role may take this action in some state: then the application has moved on */
		for (const struct transition *x = workflow; x->programme; x++)
			if (x->role == r->s.role && !strcmp(x->action, action) && !strcmp(x->programme, a->b.programme)) {
				res.status = 409;
				res.msg = req_printf(r, "该申请当前状态为“%s”，已由他人处理或已不在本级办理，操作未执行。",
						     state_label(a->state));
				return res;
			}
		res.status = 403;
		res.msg = "您的角色不能执行此操作。";
		return res;
	}
	if ((e = deadline_refusal(r, a, t->flags))) { res.status = 422; res.msg = e; return res; }
	if ((t->flags & WF_REASON) && (!opinion || !*opinion)) {
		res.status = 422;
		res.msg = req_printf(r, "“%s”须填写意见（理由）。", t->label);
		return res;
	}
	if (db_begin(r)) { res.status = 500; return res; }
	n = db_exec(r,
		"UPDATE applications SET state = ?, version = version + 1,"
		" return_reason = CASE WHEN ? = 'returned' THEN ? ELSE return_reason END"
		" WHERE id = ? AND state = ? AND version = ?",
		DS(t->to), DS(t->to), DS(opinion ? opinion : ""), DI(a->id), DS(a->state), DI(version));
	if (n < 0) { res.status = 500; return res; }
	if (n == 0) {
		db_rollback(r);
		res.status = 409;
		res.msg = "该申请已被他人处理（或页面已过期），操作未执行。请刷新查看最新状态。";
		return res;
	}
	if (app_event(r, a->id, action, a->state, t->to, opinion, a->submitted_no) ||
	    audit(r, req_printf(r, "review.%s", action), "application", a->id, a->state,
		  req_printf(r, "%s -> %s %s", t->label, t->to, opinion ? opinion : "")) ||
	    notify(r, a->account_id, a->id, req_printf(r, "申请报告：%s", t->label),
		   req_printf(r, "您的申请报告（%s）已由%s（%s）办理：%s。%s%s", a->b.title, r->s.display,
			      role_label(r->s.role), t->label, opinion && *opinion ? "意见：" : "",
			      opinion ? opinion : "")) ||
	    db_commit(r)) {
		res.status = 500;
		return res;
	}
	res.msg = req_printf(r, "已办理：%s。", t->label);
	return res;
}

int
notify(struct req *r, long long account_id, long long app_id, const char *title, const char *body)
{
	const char *cmd = req_conf(r, "Mail.Command", NULL);
	long long mid;

	if (db_exec(r, "INSERT INTO messages (account_id, application_id, title, body) VALUES (?, ?, LEFT(?, 200), ?)",
		    DI(account_id), app_id ? DI(app_id) : DNULL, DS(title), DS(body)) != 1)
		return -1;
	mid = db_last_id(r);
	if (cmd && *cmd &&
	    db_exec(r, "INSERT INTO outbox (message_id, to_email, subject, body)"
		       " SELECT ?, email, LEFT(?, 200), ? FROM accounts WHERE id = ? AND email <> ''",
		    DI(mid), DS(title), DS(body), DI(account_id)) < 0)
		return -1;
	return 0;
}

int
unread_count(struct req *r)
{
	struct dbrows *d = db_query(r, "SELECT COUNT(*) FROM messages WHERE account_id = ? AND read_at IS NULL",
				    DI(r->s.account_id));
	int n = d && d->nrows ? (int)dbi(d, 0, 0) : 0;
	dbrows_free(d);
	return n;
}

/* The default rubric, drawn from the 实施方案 outline of 附件2 (100 points). */
int
rubric_ensure(struct req *r, long long batch_id)
{
	static const struct { const char *title; int max; } items[] = {
		{ "平台主要服务功能（实施方案 一）", 10 },
		{ "一揽子数字化转型服务情况（二、1）", 15 },
		{ "行业知识积累、技术开发能力与服务生态（二、2）", 15 },
		{ "典型案例的服务质量和效果（二、3）", 10 },
		{ "试点行业调研情况（三、1）", 10 },
		{ "问题梳理与系统解决方案（三、2）", 15 },
		{ "试点企业转型目标与改造内容（四、1）", 10 },
		{ "成本测算与奖补资金规模（四、2）", 10 },
		{ "绩效管理与绩效目标（四、3，附件4）", 5 },
	};
	struct dbrows *d = db_query(r, "SELECT COUNT(*) FROM rubric_items WHERE batch_id = ?", DI(batch_id));
	int have = d && d->nrows ? (int)dbi(d, 0, 0) : -1;
	dbrows_free(d);
	if (have < 0) return -1;
	for (size_t i = 0; !have && i < sizeof(items) / sizeof(items[0]); i++)
		if (db_exec(r, "INSERT IGNORE INTO rubric_items (batch_id, seq, title, max_points) VALUES (?, ?, ?, ?)",
			    DI(batch_id), DI((long long)i + 1), DS(items[i].title), DI(items[i].max)) < 0)
			return -1;
	return 0;
}
