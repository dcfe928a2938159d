/*
 * workflow.h - the review chain as one table: state x role -> action ->
 * next state, with the page that owns each action and what it requires.
 *
 * This is the only way an application changes state.  A page asks
 * wf_check() whether this session may take an action here (role, scope or
 * ownership, the page, the current state, the level's deadline, a required
 * opinion), then, inside its own transaction, wf_step() takes the row with
 * its state and version (two reviewers acting at once make one transition),
 * checks the action's preconditions against the locked data (校验 before a
 * submission, the 公示 before 认定, the expert scores before 拟认定, the
 * submitted recommendation list before 推荐 ...), applies its effects (the
 * frozen version of a submission, the reason of a return) and writes the
 * timeline entry, the audit entry and the 站内消息.  wf_apply() does both
 * in a transaction of its own for a single decision.
 */
#ifndef DT_WORKFLOW_H
#define DT_WORKFLOW_H
#include "programme.h"

#define WF_REASON    1u   /* an opinion is required (退回修改, 不予推荐 ...) */
#define WF_DATE      2u   /* the day it was decided is recorded (not after today): a meeting's decision */
#define WF_MEETING   4u   /* the meeting that decided it is recorded (专家评审会, 局长办公会 ...) */
#define WF_CONFIRMS  4    /* at most this many items a row may ask to be confirmed */
#define WF_OPTIONAL  8u   /* offered, but nothing waits for it (撤回, 重新开放, 移出): not on the to-do list */

/* who else is told, besides the applicant (never told of its own action) */
enum wf_tell { TELL_NONE, TELL_COUNTY, TELL_CITY, TELL_PROVINCE };

struct wf_args {
	const char *opinion;  /* 意见; required with WF_REASON */
	long long version;    /* the application's version as the user saw it; 0: as loaded in this transaction */
	int override;         /* 拟认定 with fewer expert scores than the batch asks, the opinion giving the reason */
	const char *note;     /* recorded with the event (e.g. the 联合行文 文号) */
	const char *act_date; /* WF_DATE: YYYY-MM-DD */
	const char *meeting;  /* WF_MEETING */
	unsigned confirmed;   /* bit i: the row's confirm[i] was ticked */
	long long ref;        /* the record the step belongs to (a published list ...), for its effect */
};

struct wf_result {
	int status;           /* 0 done; 403 not this role's or page's; 409 moved on; 422 refused; 500 */
	const char *msg;      /* Chinese, for the user */
	const char *field;    /* a 422 about one field of the review form (opinion, meeting, act_date, confirm_N): the
	                       * page shows msg beside it; NULL: about the whole action */
	int version_no;       /* the version the event names (a submission's new one) */
	char code[17];        /* a submission's verification code */
};

/* one row of a stage's review chain (the rows live in the programme's file) */
struct transition {
	const char *from;
	int role;
	const char *action;
	const char *label;    /* the button and the timeline's wording */
	const char *to;
	unsigned flags;
	const char *page;     /* the only page that may apply it */
	/* checked inside the transaction, the row locked: NULL to go on, else the refusal ("" on a fault) */
	const char *(*pre)(struct req *r, const struct app_info *a, const struct wf_args *w);
	/* writes that belong to the step (a submission's frozen version, a return's reason); 0 ok */
	int (*effect)(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res);
	enum wf_tell tell;
	const char *deadline;   /* the batch's named deadline it is refused after ("applicant", "county" ...), or NULL */
	/* what the reviewer must confirm item by item to take it (资格条件、申报材料、信用情况), NULL-terminated;
	 * recorded with the step in app_decisions, as are WF_DATE and WF_MEETING */
	const char *const *confirm;
};

/* Rows every programme's first stage has: the applicant submits (its own
 * page, no 校验 problem, before the application deadline), resubmits after a
 * return, withdraws before anyone acts; a reviewer passes, returns (with the
 * reason) or refuses on review.cgi before its level's deadline. */
#define WF_APPLICANT_ROWS(role) \
	{ "draft", role, "submit", "提交", "submitted", 0, "app_submit", wf_pre_checked, wf_eff_submit, TELL_COUNTY, "applicant" }, \
	{ "returned", role, "submit", "重新提交", "submitted", 0, "app_submit", wf_pre_checked, wf_eff_submit, TELL_COUNTY, "applicant" }, \
	{ "submitted", role, "withdraw", "撤回", "draft", WF_OPTIONAL, "app_submit", NULL, wf_eff_withdraw, TELL_COUNTY, NULL }
#define WF_REVIEW_ROWS(from, role, pass, pass_to, reject, reject_to, tell, deadline) \
	{ from, role, "pass", pass, pass_to, 0, "review", NULL, NULL, tell, deadline }, \
	{ from, role, "return", "退回修改", "returned", WF_REASON, "review", NULL, wf_eff_return, TELL_NONE, deadline }, \
	{ from, role, "reject", reject, reject_to, WF_REASON, "review", NULL, NULL, TELL_NONE, deadline }

/* the row of this stage for a state, role and action, or NULL */
const struct transition *wf_find(const struct stage *st, const char *from, int role, const char *action);
/* the wording of an action in the timeline ("submit" -> 提交) */
const char *wf_label(const struct programme *p, const char *action);

/* the preconditions and effects every programme's rows may use */
const char *wf_pre_checked(struct req *r, const struct app_info *a, const struct wf_args *w);   /* no 校验 problem */
const char *wf_pre_experts(struct req *r, const struct app_info *a, const struct wf_args *w);   /* expert scores */
int wf_eff_submit(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res);
int wf_eff_withdraw(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res);
int wf_eff_return(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res);
/* 公布名单: the enterprise enters the 试点企业库 (one record per 统一社会信用代码), the entry naming the list w->ref */
int wf_eff_pilot(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res);
/* the last row of a stage: the programme's next stage opens for the project (a draft; none after the last) */
int wf_eff_next_stage(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res);
/* The (programme key, state) pairs in which this role has something to do,
 * on any page, over every programme of the registry; up to max of them,
 * padded with the first (for a fixed number of SQL parameters).  Returns
 * how many there are. */
int wf_waiting(int role, const char *pairs[][2], int max);
/* Todo.N.{label,count,actions,href,deadline,days_left,late}: what waits for this reviewer in its
 * region, one entry per programme and state with work for its role (the rows of the registry that
 * are not optional), with the earliest deadline of the level among the batches concerned; returns
 * how many entries have work (-1 fault) */
int wf_todo_to_hdf(struct req *r);
/* Review.Actions.N.{action,label,reason,danger,date,meeting}, Review.{date,meeting} and
 * Review.Confirm.N.{bit,label}: what review.cgi offers this session here and what it records */
int wf_actions_to_hdf(struct req *r, const struct app_info *a);

/* May this session take the action on this application, from this page?  No writes. */
const struct transition *wf_check(struct req *r, const struct app_info *a, const char *action,
				  const struct wf_args *w, struct wf_result *res);
/* In the caller's transaction: the step itself.  0 done; -1 with res set (the caller rolls back). */
int wf_step(struct req *r, const struct app_info *a, const struct transition *t, const struct wf_args *w,
	    struct wf_result *res);
/* In the caller's transaction: the action on every application of column 0
 * of ids (a list submitted or reopened as a whole); 0, or -1 with res set
 * for the first that cannot move (its name in res->msg). */
int wf_apply_each(struct req *r, const struct dbrows *ids, const char *action, const struct wf_args *w,
		  struct wf_result *res);
/* 公布名单 (a 市's published list: 试点企业名单, 奖励名单): the 文号 (doc_no) and day (published_on, not after today)
 * from the request, checked beside their fields; then in one transaction the list row (pilot_lists, or award_lists
 * when award) and the action on
 * every application waiting() gives (column 0), each step's w->ref the new list, and the audit entry.
 * 0 done (*count: how many); else the status to render with, Refused or the field errors set (500 a fault). */
struct list_publish {
	long long batch_id;
	struct dbrows *(*waiting)(struct req *r, long long batch_id);
	int award;                  /* 1: an award list (sql/0027), 0: a 试点企业名单 (sql/0017) */
	const char *action, *audit_action;
	const char *nothing;        /* Refused when none waits */
};
int list_publish(struct req *r, const struct list_publish *lp, int *count);
/* wf_check and wf_step in a transaction of their own */
struct wf_result wf_apply(struct req *r, const struct app_info *a, const char *action, const struct wf_args *w);

/* the timeline: one entry per step (and the application's creation) */
int app_event(struct req *r, long long app_id, const char *action, const char *from, const char *to,
	      const char *opinion, int version_no);
/* prefix.N.{at,who,role,role_label,action,action_label,from,to,to_label,opinion,version} */
void events_to_hdf(struct req *r, const struct programme *p, long long app_id, const char *prefix);

/* the audit log in words: an action key (login, review.pass, recommend.add ...) as users say it, an
 * object ("申报材料（编号 9）"), a stored summary with state and status keys in Chinese */
const char *audit_label(struct req *r, const char *action);
const char *audit_object(struct req *r, const char *type, long long id);
const char *audit_text(struct req *r, const char *summary);

/* 站内消息 (and the mail outbox when Mail.Command is configured), in the caller's transaction */
int notify(struct req *r, long long account_id, long long app_id, const char *title, const char *body);
int unread_count(struct req *r);
/* the batch's scoring rubric, created from the 实施方案 headings when it has none (POSTs only) */
int rubric_ensure(struct req *r, long long batch_id);
/* prefix.N.{seq,title,max}: the default rubric, shown before one is stored; returns the count */
int rubric_default_to_hdf(struct req *r, const char *prefix);

#endif
