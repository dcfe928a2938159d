/*
 * workflow.h - the review chain as one table: state x role -> action ->
 * next state.  Every review page asks this table what may be done and
 * applies actions through wf_apply(), which checks the state and version in
 * the same UPDATE (two reviewers acting at once make one transition),
 * records the timeline entry and the audit entry, and tells the applicant.
 */
#ifndef DT_WORKFLOW_H
#define DT_WORKFLOW_H
#include "filing.h"

#define WF_REASON   1u   /* an opinion is required (退回修改, 不予推荐) */
#define WF_DL_APPL  2u   /* refused after the batch's applicant deadline */
#define WF_DL_COUNTY 4u  /* refused after the batch's 旗县区 deadline */
#define WF_DL_CITY  8u   /* refused after the batch's 盟市 deadline */
#define WF_PAGE     16u  /* applied by its own page (submission, recommendation, 认定), not review.cgi */

struct transition {
	const char *programme;
	const char *from;
	int role;
	const char *action;
	const char *label;    /* the button and the timeline's wording */
	const char *to;
	unsigned flags;
};

extern const struct transition workflow[];

const struct transition *wf_find(const char *programme, const char *from, int role, const char *action);
/* Review.Actions.N.{action,label,reason,danger} for this session on this application */
int wf_actions_to_hdf(struct req *r, const struct app_info *a);

struct wf_result { int status; const char *msg; };
/* Applies an action; status 0 on success, else 403 (not this role's), 409
 * (already handled, or a stale version), 422 (deadline, missing opinion). */
struct wf_result wf_apply(struct req *r, const struct app_info *a, const char *action, const char *opinion,
			  long long version);

/* 站内消息 (and the mail outbox when Mail.Command is configured), in the caller's transaction */
int notify(struct req *r, long long account_id, long long app_id, const char *title, const char *body);
int unread_count(struct req *r);
/* the batch's scoring rubric, created from the 实施方案 headings when it has none */
int rubric_ensure(struct req *r, long long batch_id);

#endif
