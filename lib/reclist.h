/*
 * reclist.h - a ranked recommendation within limits, at any level: the
 * 盟市's list of platforms (内蒙古 五（二）-（四）: at most 5 sub-industries,
 * 3 ranked platforms each, a reason each, the 联合行文 with its 文号 and
 * date), the 县区's list of enterprises (洛阳 三（二）1: one ranked list
 * against its quota, fewer than the quota with a confirmation and a reason,
 * the 推荐文件), the 市's 试点企业名单 (洛阳 三（二）2: decided in rounds, each item 列入 as it is submitted), each
 * co-signed by the region's 财政 where it has an account.  A programme declares its list with a struct rec_spec; one
 * implementation (lib/reclist.c) serves the thin pages (recommend.cgi,
 * county_rec.cgi ...); one table family holds every list (rec_lists,
 * rec_items, rec_list_documents, rec_quotas).
 */
#ifndef DT_RECLIST_H
#define DT_RECLIST_H
#include "workflow.h"

struct rec_spec {
	int level;                  /* ROLE_CITY, ROLE_COUNTY: who recommends (rec_lists.level) */
	const char *page;           /* its page: "recommend", "county_rec" */
	const char *title;          /* 盟市推荐 / 县区推荐 */
	const char *candidates;     /* the state of applications it may list: "city_passed" */
	const char *deadline;       /* "city", "county": the batch's deadline it is submitted before */
	int reopen_role;            /* who may reopen a submitted list (0: nobody) */
	int grouped;                /* items grouped by the application's sub-industry, each with a reason */
	/* limits from the batch: groups in a list, items in a group (grouped lists; 0: none) */
	int (*max_groups)(const struct batch *b);
	int (*max_per_group)(const struct batch *b);
	const char *groups_clause, *per_group_clause;   /* cited when refused */
	int quota;                  /* the region's quota (rec_quotas): fewer needs a confirmation and a reason */
	const char *doc;            /* the document submitted with it: 盟市工信和财政部门联合行文 */
	const char *doc_short;      /* and its short name: 联合行文 */
	int doc_date;               /* its date is asked too */
	/* who co-signs the list before it is submitted (ROLE_FINANCE: the 联合行文 of 工信 and 财政), where the
	 * region has an active account of that role; it confirms the list as it stands (a change needs a new
	 * confirmation) on the same page.  0: nobody */
	int cosign;
	const char *cosign_clause;  /* where the seed makes the list joint: 申报指南 五（四） */
	/* the workflow action its submission takes on each item (NULL: "recommend", 推荐; "select": 列入试点企业名单) */
	const char *action;
	const char *list_word;      /* what the list is called (NULL: 推荐名单; 试点企业名单) */
	/* decided in rounds (the 市's 确定名单): the level reopens its own list to add to it (reopen_role = level), and a
	 * submission moves the items still waiting, those an earlier round moved staying as they are */
	int rounds;
	const char *template;
};

extern const struct input rec_inputs[];
int rec_page(struct req *r);
/* Cosign.N.{href,title,batch,count}: the draft lists of the session's region waiting for its confirmation */
int rec_cosign_todo_to_hdf(struct req *r);

/* the workflow's precondition of 推荐: an item of the actor's level's submitted list, with its document */
const char *wf_pre_listed(struct req *r, const struct app_info *a, const struct wf_args *w);
/* the spec of a programme's list at a level (NULL: none) */
const struct rec_spec *rec_spec_of(const struct programme *p, int level);

#endif
