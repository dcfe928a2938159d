/*
 * messages - 站内消息: decisions about the user's applications and other
 * notices.  Any signed-in user, their own messages only.  GET lists (newest
 * first, paged); POST op=read marks all as read.
 */
#include "workflow.h"

static const struct input inputs[] = {
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "page", "页码", VT_INT, 0, 1, 100000 },
	{ NULL }
};

static int
handle(struct req *r)
{
	struct pager pg;
	struct dbrows *d, *n;
	static const char *const names[] = { "id", "at", "title", "body", "app", "unread", NULL };

	if (r->method == M_POST) {
		if (db_exec(r, "UPDATE messages SET read_at = NOW() WHERE account_id = ? AND read_at IS NULL",
			    DI(r->s.account_id)) < 0)
			return 500;
		return page_redirect(r, "/cgi-bin/messages.cgi");
	}
	d = db_query(r,
		"SELECT SQL_CALC_FOUND_ROWS id, DATE_FORMAT(at, '%Y-%m-%d %H:%i'), title, body,"
		" COALESCE(application_id, 0), read_at IS NULL FROM messages WHERE account_id = ?"
		" ORDER BY id DESC LIMIT ? OFFSET ?", DI(r->s.account_id), DI(20), DI((req_int(r, "page", 1) - 1) * 20));
	if (!d) return 500;
	n = db_query(r, "SELECT FOUND_ROWS()");
	pager_set(r, &pg, req_int(r, "page", 1), n && n->nrows ? dbi(n, 0, 0) : 0, 20, "/cgi-bin/messages.cgi?");
	db_to_hdf(r, d, "Messages", names);
	return page_render(r, "messages.cs");
}

const struct page PAGE = { "messages", M_GET | M_POST, ROLE_ANY, 0, inputs, handle };
