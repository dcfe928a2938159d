/*
 * timeline.c - an application's timeline (办理记录): one entry per step of
 * the workflow and its creation, shown in the programme's words.  See
 * workflow.h.
 */
#include <string.h>
#include "workflow.h"

int
app_event(struct req *r, long long app_id, const char *action, const char *from, const char *to,
	  const char *opinion, int version_no)
{
	return db_exec(r,
		"INSERT INTO app_events (application_id, account_id, role, action, from_state, to_state, opinion,"
		" version_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
		DI(app_id), DI(r->s.account_id), DS(role_key(r->s.role)), DS(action), DS(from), DS(to),
		DS(opinion ? opinion : ""), DI(version_no)) == 1 ? 0 : -1;
}

void
events_to_hdf(struct req *r, const struct programme *p, long long app_id, const char *prefix)
{
	struct dbrows *d = db_query(r,
		"SELECT DATE_FORMAT(e.at, '%Y-%m-%d %H:%i'), a.display_name, e.role, e.action, e.from_state,"
		" e.to_state, e.opinion, e.version_no FROM app_events e JOIN accounts a ON a.id = e.account_id"
		" WHERE e.application_id = ? ORDER BY e.id", DI(app_id));
	static const char *const names[] = { "at", "who", "role", "action", "from", "to", "opinion", "version", NULL };
	if (!d) return;
	db_to_hdf(r, d, prefix, names);
	for (int i = 0; i < d->nrows; i++) {
		hset(r, req_printf(r, "%s.%d.action_label", prefix, i), wf_label(p, dbv(d, i, 3)));
		hset(r, req_printf(r, "%s.%d.role_label", prefix, i), programme_role_label(r, p, role_from_key(dbv(d, i, 2))));
		hset(r, req_printf(r, "%s.%d.to_label", prefix, i), programme_state_label(r, p, dbv(d, i, 5)));
	}
	dbrows_free(d);
}
