/*
 * xx_reward - one 新乡经开区 reward (免申即享) and why: the enterprise, the
 * assessment and revenues it rests on, the amount with the rule set's inputs,
 * steps and clauses, its 公示 and its history.  The 考核工作小组办公室 records
 * its 考察核实 here (day and findings, 第二十二条) or removes it from the list
 * with the reason (an objection upheld in the 公示 included).  The enterprise
 * sees its own rewards only (without ?id: all of them).
 * GET [?id=N]; POST id, version, op = verify (act_date, opinion) | drop (opinion).
 */
#include <string.h>
#include "workflow.h"
#include "valid.h"
#include "programmes/xinxiang.h"

static const struct input inputs[] = {
	{ "id", "奖励", VT_INT, 0, 1, (1LL << 53) },
	{ "version", "", VT_INT, 0, 1, 1000000000 },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "act_date", "核实日期", VT_DATE },
	{ "opinion", "意见", VT_TEXT, 0, 0, 2000 },
	{ NULL }
};

/* the enterprise's own rewards, every round */
static int
mine(struct req *r)
{
	static const char *const n[] = { "id", "round", "year", "amount", "state", "why", "decided_on", NULL };
	struct dbrows *d = db_query(r,
		"SELECT p.id, b.title, l.year, x.amount_yuan, p.state, x.explanation,"
		" (SELECT DATE_FORMAT(m.decided_on, '%Y-%m-%d') FROM money_decisions m WHERE m.application_id = p.id AND m.state = 'decided')"
		" FROM applications p JOIN batches b ON b.id = p.batch_id JOIN xx_rewards x ON x.application_id = p.id"
		" JOIN xx_levels l ON l.id = x.level_id WHERE p.account_id = ? ORDER BY p.id DESC", DI(r->s.account_id));

	if (!d) return 500;
	db_to_hdf(r, d, "Mine", n);
	for (int i = 0; i < d->nrows; i++)
		hset(r, req_printf(r, "Mine.%d.state_label", i), programme_state_label(r, &xinxiang_programme, dbv(d, i, 4)));
	return page_render(r, "xx_reward.cs");
}

static int
render(struct req *r, const struct app_info *a, int status)
{
	static const char *const rn[] = { "code", "year", "level", "category", "batch_no", "base", "next", "paid", "amount",
					   "refused", "why", "decided_on", "decided_amount", NULL };
	static const char *const dn[] = { "label", "on", "meeting", "opinion", NULL };
	static const char *const pn[] = { "start", "end", "days", NULL };
	struct dbrows *d;
	int n = 0;

	app_show(r, a);
	batch_to_hdf(r, &a->b, "Batch");
	d = db_query(r,
		"SELECT o.credit_code, l.year, l.level, l.category, l.batch_no, x.revenue_base, x.revenue_next, x.paid_before,"
		" x.amount_yuan, x.refused, x.explanation, DATE_FORMAT(m.decided_on, '%Y-%m-%d'), m.amount_yuan"
		" FROM applications p JOIN accounts o ON o.id = p.account_id JOIN xx_rewards x ON x.application_id = p.id"
		" JOIN xx_levels l ON l.id = x.level_id LEFT JOIN money_decisions m ON m.application_id = p.id AND m.kind = 'reward'"
		" WHERE p.id = ?", DI(a->id));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	for (int k = 0; rn[k]; k++) hset(r, req_printf(r, "Reward.%s", rn[k]), dbv(d, 0, k));
	hset(r, "Reward.category_label", xx_category_label(dbv(d, 0, 3)));
	d = db_query(r, "SELECT label, COALESCE(DATE_FORMAT(act_date, '%Y-%m-%d'), ''), meeting, opinion FROM app_decisions"
			" WHERE application_id = ? ORDER BY id", DI(a->id));
	if (!d) return 500;
	db_to_hdf(r, d, "Decisions", dn);
	d = db_query(r, "SELECT DATE_FORMAT(u.start_date, '%Y-%m-%d'), DATE_FORMAT(u.end_date, '%Y-%m-%d'), u.working_days"
			" FROM publication_items i JOIN publications u ON u.id = i.publication_id WHERE i.application_id = ? ORDER BY u.id",
		     DI(a->id));
	if (!d) return 500;
	db_to_hdf(r, d, "Pubs", pn);
	events_to_hdf(r, a->p, a->id, "Events");
	/* what this session may do here */
	for (const struct transition *t = a->st->workflow; t->from; t++)
		if (!strcmp(t->from, a->state) && t->role == r->s.role && !strcmp(t->page, r->page->name) && a->in_scope) {
			hset(r, req_printf(r, "Actions.%d.op", n), t->action);
			hset(r, req_printf(r, "Actions.%d.label", n), t->label);
			hseti(r, req_printf(r, "Actions.%d.date", n), (t->flags & WF_DATE) != 0);
			n++;
		}
	if (!req_has(r, "act_date")) hset(r, "Form.act_date", "");
	return page_render_status(r, status, "xx_reward.cs");
}

static int
handle(struct req *r)
{
	struct app_info a;
	struct wf_result res;
	long long id = req_int(r, "id", 0);
	const char *op = req_str(r, "op");
	int st;

	if (!id) {
		if (r->method != M_GET) return 400;
		if (r->s.role == ROLE_ENTERPRISE) return mine(r);
		return page_redirect(r, "/cgi-bin/xx_round.cgi");
	}
	if ((st = app_open(r, id, &a))) return st;
	if (r->method != M_POST) return render(r, &a, 200);
	if (!op || (strcmp(op, "verify") && strcmp(op, "drop"))) return 400;
	res = wf_apply(r, &a, op, &(struct wf_args){ .opinion = req_str(r, "opinion"), .version = req_int(r, "version", 0),
						     .act_date = !strcmp(op, "verify") ? req_str(r, "act_date") : NULL });
	if (res.status == 500) return 500;
	if (res.status) {
		hset(r, "Refused", res.msg);
		hset(r, "Form.op", op);
		return render(r, &a, res.status);
	}
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/xx_reward.cgi?id=%lld", a.id),
				   !strcmp(op, "verify") ? "已记录考察核实，待公示。" : "已移出奖励建议名单。");
}

const struct page PAGE = { "xx_reward", M_GET | M_POST, ROLE_CITY | ROLE_ENTERPRISE, 0, inputs, handle };
