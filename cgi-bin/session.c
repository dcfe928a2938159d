/*
 * session - keeps a session alive from the idle warning ("继续使用").
 * Any signed-in user; POST only.  Loading the session already refreshed it;
 * the answer says how many seconds of idleness remain.
 */
#include <stdio.h>
#include "dt.h"

static int
handle(struct req *r)
{
	char buf[64];
	int n = snprintf(buf, sizeof(buf), "{\"idle_seconds\":%d}\n", r->s.idle_seconds);
	db_exec(r, "UPDATE sessions SET last_seen = NOW() WHERE id = ?", DI(r->s.sid));
	return page_send_bytes(r, "application/json; charset=UTF-8", NULL, buf, (size_t)n);
}

static const struct input inputs[] = { { NULL } };
const struct page PAGE = { "session", M_POST, ROLE_ANY, PAGE_ANY_STATE, inputs, handle };
