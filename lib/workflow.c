/*
 * workflow.c - the one function that moves an application along its
 * stage's review chain (the rows are data in each programme's file), the
 * preconditions and effects the rows share, and the timeline.  See workflow.h.
 */
#include <string.h>
#include "workflow.h"

/* ---- preconditions: checked with the application's row locked ------------------- */

/* 提交: every 校验 problem solved (the page sends the user to the list) */
const char *
wf_pre_checked(struct req *r, const struct app_info *a, const struct wf_args *w)
{
	struct problem *ps;
	int n = check_run(r, a, &ps);
	(void)w;
	if (n < 0) return "";
	return n ? req_printf(r, "还有 %d 处问题，未提交。请按校验结果修改。", n) : NULL;
}

/* 拟认定: after expert review (四（三）): the batch's number of submitted scores, or an override with its reason */
const char *
wf_pre_experts(struct req *r, const struct app_info *a, const struct wf_args *w)
{
	struct dbrows *d = db_query(r, "SELECT COUNT(*) FROM expert_assignments WHERE application_id = ? AND submitted_at IS NOT NULL",
				    DI(a->id));
	long long n = d && d->nrows ? dbi(d, 0, 0) : -1;
	if (n < 0) return "";
	if (n >= batch_int(&a->b, "min_expert_scores")) return NULL;
	if (w->override && w->opinion && *w->opinion) return NULL;
	return req_printf(r, "该申请已有 %lld 份专家评分，本批次列入拟认定名单须至少 %d 份（组织专家评审，申报指南 四（三））。"
			     "如确需列入，请勾选“专家评分不足仍列入”并在审核意见中说明理由，理由将记入办理记录。",
			  n, batch_int(&a->b, "min_expert_scores"));
}

/* ---- effects: what else a step writes ---------------------------------------------- */

/* 提交: the immutable version with its verification code */
int
wf_eff_submit(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res)
{
	(void)w;
	if (version_freeze(r, a, a->st->form, &res->version_no, res->code)) return -1;
	return db_exec(r, "UPDATE applications SET submitted_no = ?, submitted_at = NOW(), return_reason = NULL WHERE id = ?",
		       DI(res->version_no), DI(a->id)) == 1 ? 0 : -1;
}

/* 撤回: the version stays, marked withdrawn */
int
wf_eff_withdraw(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res)
{
	(void)w; (void)res;
	return db_exec(r, "UPDATE app_versions SET withdrawn = 1 WHERE application_id = ? AND version_no = ?",
		       DI(a->id), DI(a->submitted_no)) == 1 ? 0 : -1;
}

/* 退回修改: the reason is shown on top of the application until it is resubmitted */
int
wf_eff_return(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res)
{
	(void)res;
	return db_exec(r, "UPDATE applications SET return_reason = ? WHERE id = ?", DS(w->opinion), DI(a->id)) < 0 ? -1 : 0;
}

int
wf_eff_pilot(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res)
{
	(void)res;
	if (db_exec(r, "INSERT INTO pilot_enterprises (credit_code, account_id, name, region_code, first_listed_on)"
		       " SELECT o.credit_code, o.id, o.display_name, p.region_code, l.published_on FROM applications p"
		       " JOIN accounts o ON o.id = p.account_id JOIN pilot_lists l ON l.id = ? WHERE p.id = ?"
		       " ON DUPLICATE KEY UPDATE name = VALUES(name), region_code = VALUES(region_code)",
		    DI(w->ref), DI(a->id)) < 0)
		return -1;
	return db_exec(r, "INSERT INTO pilot_entries (application_id, credit_code, list_id)"
			  " SELECT ?, credit_code, ? FROM accounts WHERE id = ?", DI(a->id), DI(w->ref), DI(a->account_id)) == 1 ? 0 : -1;
}

/* The programme's next stage after this one opens for the same project (batch, applicant, region), as a
 * draft with its sections, its creation in its timeline, the applicant told; none after the last stage. */
int
wf_eff_next_stage(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res)
{
	const struct stage *next = NULL;
	long long id, n;

	(void)w; (void)res;
	for (int i = 0; a->p->stages[i].key; i++)
		if (!strcmp(a->p->stages[i].key, a->st->key)) next = a->p->stages[i + 1].key ? &a->p->stages[i + 1] : NULL;
	if (!next) return 0;
	/* once: a stage taken to its end again (after a reopening) finds the next one open */
	n = db_exec(r, "INSERT INTO applications (project_id, stage, batch_id, account_id, region_code, sub_industry)"
		       " SELECT p.project_id, ?, p.batch_id, p.account_id, p.region_code, p.sub_industry FROM applications p"
		       " WHERE p.id = ? AND NOT EXISTS (SELECT 1 FROM applications x WHERE x.project_id = p.project_id AND x.stage = ?)",
		    DS(next->key), DI(a->id), DS(next->key));
	if (n <= 0) return n < 0 ? -1 : 0;
	id = db_last_id(r);
	for (int i = 0; next->sections && next->sections[i].key; i++)
		if (db_exec(r, "INSERT INTO app_sections (application_id, section) VALUES (?, ?)", DI(id), DS(next->sections[i].key)) != 1)
			return -1;
	return stage_prefill(r, next, id, a->account_id) ||
	       app_event(r, id, "create", "", "draft", req_printf(r, "%s已完成，进入%s阶段", a->st->title, next->title), 0) ||
	       notify(r, a->account_id, id, req_printf(r, "试点项目进入%s阶段", next->title),
		      req_printf(r, "您的试点项目（%s）%s阶段已完成（%s），%s阶段现已开启，请登录系统办理。", a->b.title,
				 a->st->title, programme_state_label(r, a->p, a->state), next->title)) ? -1 : 0;
}

const struct transition *
wf_find(const struct stage *st, const char *from, int role, const char *action)
{
	for (const struct transition *t = st ? st->workflow : NULL; t && t->from; t++)
		if (!strcmp(t->from, from) && t->role == role && !strcmp(t->action, action))
			return t;
	return NULL;
}

const char *
wf_label(const struct programme *p, const char *action)
{
	if (!strcmp(action, "create")) return "开始填报";
	for (int i = 0; p && p->stages[i].key; i++)
		for (const struct transition *t = p->stages[i].workflow; t->from; t++)
			if (!strcmp(t->action, action)) return t->label;
	return "办理";
}

int
wf_waiting(int role, const char *pairs[][2], int max)
{
	int n = 0;
	for (int k = 0; programmes[k]; k++)
		for (int g = 0; programmes[k]->stages[g].key; g++)
			for (const struct transition *t = programmes[k]->stages[g].workflow; t->from; t++) {
				int seen = 0;
				if (t->role != role) continue;
				for (int i = 0; i < n; i++)
					seen |= !strcmp(pairs[i][0], programmes[k]->key) && !strcmp(pairs[i][1], t->from);
				if (!seen && n < max) { pairs[n][0] = programmes[k]->key; pairs[n][1] = t->from; n++; }
			}
	for (int i = n; i < max; i++) { pairs[i][0] = n ? pairs[0][0] : ""; pairs[i][1] = n ? pairs[0][1] : ""; }
	return n;
}

/* the applications waiting for this session in any of the states (a JSON array), per (state, programme,
 * stage, batch), in one statement: a reviewer's through its region (the (region_code, state) index, from the
 * scope's regions and then each state: joined in that order, or the planner starts from a big batch's
 * (batch_id, state) rows), a 服务商's or 评测机构's through its projects */
static struct dbrows *
waiting_in(struct req *r, const char *states)
{
	if (r->s.role & ROLE_REVIEWER)
		return db_query(r,
			"SELECT STRAIGHT_JOIN p.state, b.programme, p.stage, p.batch_id, COUNT(*) FROM regions x"
			" JOIN JSON_TABLE(?, '$[*]' COLUMNS (s VARCHAR(32) PATH '$')) w"
			" JOIN applications p ON p.region_code = x.code AND p.state = w.s JOIN batches b ON b.id = p.batch_id"
			" WHERE ? IN (x.code, x.city_code, x.province_code) GROUP BY p.state, b.programme, p.stage, p.batch_id",
			DS(states), DS(scope_code(r)));
	return db_query(r,
		"SELECT p.state, b.programme, p.stage, p.batch_id, COUNT(*) FROM project_parties y"
		" JOIN applications p ON p.project_id = y.project_id JOIN batches b ON b.id = p.batch_id"
		" WHERE y.account_id = ? AND y.role = ? AND JSON_CONTAINS(?, JSON_QUOTE(p.state))"
		" GROUP BY p.state, b.programme, p.stage, p.batch_id",
		DI(r->s.account_id), DS(role_key(r->s.role)), DS(states));
}

int
wf_todo_to_hdf(struct req *r)
{
	const char *states = "";
	struct dbrows *in;
	int n = 0;

	/* the states this role acts in (state keys are plain words: no JSON escaping needed), counted at once */
	for (int k = 0; programmes[k]; k++)
		for (int g = 0; programmes[k]->stages[g].key; g++)
			for (const struct transition *t = programmes[k]->stages[g].workflow; t->from; t++) {
				const char *q = req_printf(r, "\"%s\"", t->from);
				if (t->role != r->s.role || (t->flags & WF_OPTIONAL) || strstr(states, q)) continue;
				states = req_printf(r, "%s%s%s", states, *states ? "," : "", q);
			}
	if (!*states) return 0;
	if (!(in = waiting_in(r, req_printf(r, "[%s]", states)))) return -1;
	for (int k = 0; programmes[k]; k++) {
		const struct programme *p = programmes[k];
		for (int g = 0; p->stages[g].key; g++)
			for (const struct transition *t = p->stages[g].workflow; t->from; t++) {
				const struct transition *u;
				const char *acts = "", *batches = "";
				long long count = 0;
				if (t->role != r->s.role || (t->flags & WF_OPTIONAL)) continue;
				/* the first row of its state for this role stands for the others */
				for (u = p->stages[g].workflow; u != t; u++)
					if (u->role == t->role && !(u->flags & WF_OPTIONAL) && !strcmp(u->from, t->from)) break;
				if (u != t) continue;
				for (u = t; u->from; u++)
					if (u->role == t->role && !(u->flags & WF_OPTIONAL) && !strcmp(u->from, t->from))
						acts = *acts ? req_printf(r, "%s、%s", acts, u->label) : u->label;
				for (int j = 0; j < in->nrows; j++)
					if (!strcmp(dbv(in, j, 0), t->from) && !strcmp(dbv(in, j, 1), p->key) &&
					    !strcmp(dbv(in, j, 2), p->stages[g].key)) {
						count += dbi(in, j, 4);
						batches = req_printf(r, "%s%s%s", batches, *batches ? "," : "", dbv(in, j, 3));
					}
				if (!count) continue;
				const char *q = req_printf(r, "Todo.%d", n++);
				hset(r, req_printf(r, "%s.label", q), programme_state_label(r, p, t->from));
				hset(r, req_printf(r, "%s.programme", q), p->name);
				hset(r, req_printf(r, "%s.stage", q), p->stages[g].title);
				hsetf(r, req_printf(r, "%s.count", q), "%lld", count);
				hset(r, req_printf(r, "%s.actions", q), acts);
				hset(r, req_printf(r, "%s.href", q), !strcmp(t->page, "review")
				     ? req_printf(r, "/cgi-bin/queue.cgi?state=%s", t->from) : req_printf(r, "/cgi-bin/%s.cgi", t->page));
				if (!t->deadline) continue;
				/* the nearest deadline of its kind still ahead, over the batches it waits in */
				struct dbrows *d = db_query(r,
					"SELECT DATE_FORMAT(MIN(day), '%Y-%m-%d'), DATEDIFF(MIN(day), CURDATE()) FROM batch_deadlines"
					" WHERE name = ? AND day >= CURDATE() AND FIND_IN_SET(batch_id, ?) > 0",
					DS(t->deadline), DS(batches));
				if (!d) return -1;
				if (d->nrows == 1 && *dbv(d, 0, 0)) {
					hset(r, req_printf(r, "%s.deadline", q), cn_date(r, dbv(d, 0, 0)));
					hset(r, req_printf(r, "%s.days_left", q), dbv(d, 0, 1));
				}
			}
	}
	return n;
}

int
wf_actions_to_hdf(struct req *r, const struct app_info *a)
{
	int n = 0;
	for (const struct transition *t = a->st->workflow; t->from; t++) {
		if (strcmp(t->from, a->state) || t->role != r->s.role || strcmp(t->page, "review"))
			continue;
		hset(r, req_printf(r, "Review.Actions.%d.action", n), t->action);
		hset(r, req_printf(r, "Review.Actions.%d.label", n), t->label);
		hseti(r, req_printf(r, "Review.Actions.%d.reason", n), (t->flags & WF_REASON) != 0);
		hseti(r, req_printf(r, "Review.Actions.%d.danger", n), (t->flags & WF_REASON) != 0);
		hseti(r, req_printf(r, "Review.Actions.%d.date", n), (t->flags & WF_DATE) != 0);
		hseti(r, req_printf(r, "Review.Actions.%d.meeting", n), (t->flags & WF_MEETING) != 0);
		if (t->flags & WF_DATE) hset(r, "Review.date", "1");
		if (t->flags & WF_MEETING) hset(r, "Review.meeting", "1");
		for (int i = 0; t->confirm && t->confirm[i] && i < WF_CONFIRMS; i++) {
			hseti(r, req_printf(r, "Review.Confirm.%d.bit", i), i + 1);
			hset(r, req_printf(r, "Review.Confirm.%d.label", i), t->confirm[i]);
			hset(r, req_printf(r, "Review.Confirm.%d.action", i), t->label);
		}
		if (t->pre == wf_pre_experts) {
			/* 拟认定: how many expert scores it has against what the batch asks */
			struct dbrows *d = db_query(r, "SELECT COUNT(*) FROM expert_assignments WHERE application_id = ?"
						       " AND submitted_at IS NOT NULL", DI(a->id));
			hseti(r, "Review.scores", d && d->nrows ? dbi(d, 0, 0) : 0);
			hseti(r, "Review.min_scores", batch_int(&a->b, "min_expert_scores"));
			dbrows_free(d);
		}
		n++;
	}
	return n;
}

/* after the row's deadline: the refusal, naming the deadline and who may extend it ("" on a fault) */
static const char *
deadline_refusal(struct req *r, const struct app_info *a, const struct transition *t)
{
	const char *day = t->deadline ? batch_deadline(&a->b, t->deadline) : NULL, *what = "申报";

	if (!day || !batch_deadline_past(&a->b, t->deadline)) return NULL;
	for (const struct deadline *d = a->p->deadlines; d && d->key; d++)
		if (!strcmp(d->key, t->deadline)) what = d->act;
	return req_printf(r, "%s已于%s截止（以服务器时间为准），不能再办理。如需延期请联系%s。", what, cn_date(r, day), a->p->authority);
}

static struct wf_result *
refuse(struct wf_result *res, int status, const char *msg)
{
	res->status = status;
	res->msg = msg;
	return res;
}

/* a row the applicant takes on its own application (submit, withdraw ...): a platform's or an enterprise's, or a role
 * the programme takes applications from (a 服务商 applying for an award); a 服务商 acting as a project's party is not */
static int
applicant_row(const struct app_info *a, const struct transition *t)
{
	return (t->role & (ROLE_APPLICANT | a->p->applicant_role)) != 0;
}

const struct transition *
wf_check(struct req *r, const struct app_info *a, const char *action, const struct wf_args *w, struct wf_result *res)
{
	const struct transition *t = action ? wf_find(a->st, a->state, r->s.role, action) : NULL;
	const char *e;

	memset(res, 0, sizeof(*res));
	if (!t) {
		/* the role may take this action in some state: then the application has moved on */
		for (const struct transition *x = a->st->workflow; action && x->from; x++)
			if (x->role == r->s.role && !strcmp(x->action, action) && !strcmp(x->page, r->page->name)) {
				refuse(res, 409, req_printf(r, "该申请当前状态为“%s”，已由他人处理或已不在本级办理，操作未执行。",
							    state_label(a->state)));
				return NULL;
			}
		refuse(res, 403, "您的角色不能在此执行该操作。");
		return NULL;
	}
	if (strcmp(t->page, r->page->name)) {
		refuse(res, 403, req_printf(r, "“%s”须在其专门的办理页面进行，不能在此执行。", t->label));
		return NULL;
	}
	/* the applicant acts on its own application, a reviewer within its region */
	if (applicant_row(a, t) ? !a->owner : !a->in_scope) {
		refuse(res, 403, "该申请不在您的办理范围内。");
		return NULL;
	}
	if ((e = deadline_refusal(r, a, t))) {
		refuse(res, *e ? 422 : 500, *e ? e : NULL);
		return NULL;
	}
	if ((t->flags & WF_REASON) && (!w->opinion || !*w->opinion)) {
		refuse(res, 422, req_printf(r, "“%s”须填写意见（理由）。", t->label))->field = "opinion";
		return NULL;
	}
	for (int i = 0; t->confirm && t->confirm[i] && i < WF_CONFIRMS; i++)
		if (!(w->confirmed & (1u << i))) {
			refuse(res, 422, req_printf(r, "“%s”须逐项确认审核内容，尚未确认：%s。", t->label, t->confirm[i]))->field =
				req_printf(r, "confirm_%d", i + 1);
			return NULL;
		}
	if ((t->flags & WF_MEETING) && (!w->meeting || !*w->meeting)) {
		refuse(res, 422, req_printf(r, "“%s”须填写作出决定的会议（如专家评审会、局长办公会）。", t->label))->field = "meeting";
		return NULL;
	}
	if (t->flags & WF_DATE) {
		struct dbrows *d = w->act_date ? db_query(r, "SELECT ? > CURDATE()", DS(w->act_date)) : NULL;
		int future = d && d->nrows ? (int)dbi(d, 0, 0) : -1;
		if (!w->act_date) { refuse(res, 422, req_printf(r, "“%s”须填写决定日期。", t->label))->field = "act_date"; return NULL; }
		if (future < 0) { refuse(res, 500, NULL); return NULL; }
		if (future) {
			refuse(res, 422, req_printf(r, "决定日期不能晚于今天（%s记录已作出的决定）。", t->label))->field = "act_date";
			return NULL;
		}
	}
	return t;
}

/* the reviewers of a level whose scope covers the application's region */
static int
tell_reviewers(struct req *r, const struct app_info *a, const struct transition *t)
{
	static const char *const roles[] = { [TELL_COUNTY] = "county", [TELL_CITY] = "city", [TELL_PROVINCE] = "province" };
	static const int role_of[] = { [TELL_COUNTY] = ROLE_COUNTY, [TELL_CITY] = ROLE_CITY, [TELL_PROVINCE] = ROLE_PROVINCE };
	struct dbrows *d;
	const char *title, *body, *due = NULL, *what = NULL;
	int rc = 0;

	if (t->tell == TELL_NONE) return 0;
	/* what the told level does next, and by when (its row's deadline in this batch) */
	for (const struct transition *u = a->st->workflow; u->from; u++)
		if (u->role == role_of[t->tell] && !(u->flags & WF_OPTIONAL) && !strcmp(u->from, t->to)) {
			what = u->label;
			if (u->deadline) due = batch_deadline(&a->b, u->deadline);
			break;
		}
	if (what) {
		title = req_printf(r, "待办：%s（%s）", a->org, t->label);
		body = req_printf(r, "%s的%s（%s）已%s，等待您办理（%s）。%s", a->org, a->p->document, a->b.title, t->label,
				  what, due ? req_printf(r, "本级截止日期：%s。", cn_date(r, due)) : "");
	} else {
		title = req_printf(r, "%s：%s", t->label, a->org);
		body = req_printf(r, "%s的%s（%s）已%s，目前无需您办理。", a->org, a->p->document, a->b.title, t->label);
	}
	d = db_query(r,
		"SELECT a.id FROM accounts a JOIN account_scopes s ON s.account_id = a.id JOIN regions g ON g.code = ?"
		" WHERE a.role = ? AND a.status = 'active' AND s.region_code IN (g.code, g.city_code, g.province_code)",
		DS(a->region), DS(roles[t->tell]));
	if (!d) return -1;
	for (int i = 0; i < d->nrows && !rc; i++)
		rc = notify(r, dbi(d, i, 0), a->id, title, body);
	return rc;
}

/* What the step records besides its opinion (the day, the meeting, the items confirmed): a row of
 * app_decisions, and the same words before the opinion in the timeline; 0 ok */
static int
record_decision(struct req *r, const struct app_info *a, const struct transition *t, const struct wf_args *w,
		const char **opinion)
{
	const char *items = "", *head = "";

	if (!(t->flags & (WF_DATE | WF_MEETING)) && !t->confirm) return 0;
	for (int i = 0; t->confirm && t->confirm[i] && i < WF_CONFIRMS; i++)
		items = req_printf(r, "%s%s%s", items, *items ? "、" : "", t->confirm[i]);
	if (*items) head = req_printf(r, "已逐项审核：%s", items);
	if (t->flags & WF_MEETING) head = req_printf(r, "%s%s会议：%s", head, *head ? "；" : "", w->meeting);
	if (t->flags & WF_DATE) head = req_printf(r, "%s%s决定日期：%s", head, *head ? "；" : "", cn_date(r, w->act_date));
	if (db_exec(r, "INSERT INTO app_decisions (application_id, action, label, act_date, meeting, confirmed, opinion, account_id)"
		       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
		    DI(a->id), DS(t->action), DS(t->label), (t->flags & WF_DATE) ? DS(w->act_date) : DNULL,
		    DS((t->flags & WF_MEETING) ? w->meeting : ""), DS(items), DS(*opinion), DI(r->s.account_id)) != 1)
		return -1;
	*opinion = **opinion ? req_printf(r, "%s；%s", head, *opinion) : head;
	return 0;
}

int
wf_step(struct req *r, const struct app_info *a, const struct transition *t, const struct wf_args *w,
	struct wf_result *res)
{
	const char *e, *opinion = w->opinion ? w->opinion : "";
	long long n;

	memset(res, 0, sizeof(*res));
	res->version_no = a->submitted_no;
	if (!r->in_tx) { refuse(res, 500, NULL); return -1; }
	n = db_exec(r, "UPDATE applications SET state = ?, version = version + 1 WHERE id = ? AND state = ? AND version = ?",
		    DS(t->to), DI(a->id), DS(t->from), DI(w->version ? w->version : a->version));
	if (n < 0) { refuse(res, 500, NULL); return -1; }
	if (n == 0) {
		refuse(res, 409, "该申请已被他人处理（或页面已过期），操作未执行。请刷新查看最新状态。");
		return -1;
	}
	if (t->pre && (e = t->pre(r, a, w))) {
		refuse(res, *e ? 422 : 500, *e ? e : NULL);
		return -1;
	}
	if (t->effect && t->effect(r, a, w, res)) { refuse(res, 500, NULL); return -1; }
	if (w->override && t->pre == wf_pre_experts)
		opinion = req_printf(r, "专家评分不足%d份仍列入，理由：%s", batch_int(&a->b, "min_expert_scores"), opinion);
	if (w->note && *w->note) opinion = *opinion ? req_printf(r, "%s；%s", w->note, opinion) : w->note;
	if (record_decision(r, a, t, w, &opinion)) { refuse(res, 500, NULL); return -1; }
	if (app_event(r, a->id, t->action, t->from, t->to, opinion, res->version_no) ||
	    audit(r, req_printf(r, "%s.%s", applicant_row(a, t) ? "application" : "review", t->action), "application", a->id, t->from,
		  req_printf(r, "%s（%s）%s", t->label, state_label(t->to), opinion)) ||
	    (!applicant_row(a, t) &&
	     notify(r, a->account_id, a->id, req_printf(r, "%s：%s", a->p->document, t->label),
		    req_printf(r, "您的%s（%s）已由%s（%s）办理：%s。%s%s", a->p->document, a->b.title,
			       r->s.display, role_label(r->s.role), t->label, *opinion ? "意见：" : "", opinion))) ||
	    tell_reviewers(r, a, t)) {
		refuse(res, 500, NULL);
		return -1;
	}
	res->msg = req_printf(r, "已办理：%s。", t->label);
	return 0;
}

int
wf_apply_each(struct req *r, const struct dbrows *ids, const char *action, const struct wf_args *w,
	      struct wf_result *res)
{
	struct app_info a;
	const struct transition *t;
	int st;

	memset(res, 0, sizeof(*res));
	if (!ids) { refuse(res, 500, NULL); return -1; }
	for (int i = 0; i < ids->nrows; i++) {
		/* loaded inside the transaction: the version the step guards is the current one */
		if ((st = app_open(r, dbi(ids, i, 0), &a))) { refuse(res, st == 404 ? 409 : st, "名单中有申请已不在本级范围内。"); return -1; }
		/* the same opinion, note, day, meeting and record for each, at the version loaded here */
		struct wf_args each = *w;
		each.version = 0;
		if (!(t = wf_check(r, &a, action, w, res)) || wf_step(r, &a, t, &each, res)) {
			if (res->msg) res->msg = req_printf(r, "%s：%s", a.org, res->msg);
			return -1;
		}
	}
	return 0;
}

struct wf_result
wf_apply(struct req *r, const struct app_info *a, const char *action, const struct wf_args *w)
{
	struct wf_result res;
	const struct transition *t = wf_check(r, a, action, w, &res);

	if (!t) return res;
	if (db_begin(r)) { refuse(&res, 500, NULL); return res; }
	if (wf_step(r, a, t, w, &res)) db_rollback(r);
	else if (db_commit(r)) refuse(&res, 500, NULL);
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
	return n;
}

/* The default rubric, drawn from the 实施方案 outline of 附件2 (100 points). */
static const struct { const char *title; int max; } rubric_items[] = {
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

int
rubric_ensure(struct req *r, long long batch_id)
{
	struct dbrows *d = db_query(r, "SELECT COUNT(*) FROM rubric_items WHERE batch_id = ?", DI(batch_id));
	int have = d && d->nrows ? (int)dbi(d, 0, 0) : -1;
	if (have < 0) return -1;
	for (size_t i = 0; !have && i < sizeof(rubric_items) / sizeof(rubric_items[0]); i++)
		if (db_exec(r, "INSERT IGNORE INTO rubric_items (batch_id, seq, title, max_points) VALUES (?, ?, ?, ?)",
			    DI(batch_id), DI((long long)i + 1), DS(rubric_items[i].title), DI(rubric_items[i].max)) < 0)
			return -1;
	return 0;
}

int
rubric_default_to_hdf(struct req *r, const char *prefix)
{
	size_t n = sizeof(rubric_items) / sizeof(rubric_items[0]);
	for (size_t i = 0; i < n; i++) {
		hseti(r, req_printf(r, "%s.%zu.seq", prefix, i), (long long)i + 1);
		hset(r, req_printf(r, "%s.%zu.title", prefix, i), rubric_items[i].title);
		hseti(r, req_printf(r, "%s.%zu.max", prefix, i), rubric_items[i].max);
	}
	return (int)n;
}

int
list_publish(struct req *r, const struct list_publish *lp, int *count)
{
	struct wf_result res;
	struct dbrows *ids, *d;
	const char *on = req_str(r, "published_on"), *doc = req_str(r, "doc_no");
	long long list;

	if (!doc) req_field_error(r, "doc_no", "请填写公布名单的文号");
	if (!on) req_field_error(r, "published_on", "请填写公布日期");
	else {
		if (!(d = db_query(r, "SELECT ? > CURDATE()", DS(on))) || !d->nrows) return 500;
		if (dbi(d, 0, 0)) req_field_error(r, "published_on", "公布日期不能晚于今天");
	}
	if (req_errors(r)) return 422;
	if (db_begin(r) || !(ids = lp->waiting(r, lp->batch_id))) return 500;
	if (!ids->nrows) {
		db_rollback(r);
		hset(r, "Refused", lp->nothing);
		return 409;
	}
	if ((lp->award ? db_exec(r, "INSERT INTO award_lists (batch_id, doc_no, published_on, published_by) VALUES (?, ?, ?, ?)",
				 DI(lp->batch_id), DS(doc), DS(on), DI(r->s.account_id))
		       : db_exec(r, "INSERT INTO pilot_lists (batch_id, doc_no, published_on, published_by) VALUES (?, ?, ?, ?)",
				 DI(lp->batch_id), DS(doc), DS(on), DI(r->s.account_id))) != 1)
		return 500;
	list = db_last_id(r);
	if (wf_apply_each(r, ids, lp->action, &(struct wf_args){ .note = req_printf(r, "文号：%s", doc), .ref = list }, &res)) {
		db_rollback(r);
		if (res.status != 500) hset(r, "Refused", res.msg);
		return res.status;
	}
	if (audit(r, lp->audit_action, "batch", lp->batch_id, "", req_printf(r, "%s %s %d项", doc, on, ids->nrows)) || db_commit(r))
		return 500;
	*count = ids->nrows;
	return 0;
}
