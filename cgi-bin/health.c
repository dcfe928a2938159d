/*
 * health - liveness check for scripts and load balancers.
 * Public; GET/HEAD.  200 "ok" when the database answers, else 503.
 */
#include "dt.h"

static int
handle(struct req *r)
{
	struct dbrows *d = db_query(r, "SELECT 1");
	int ok = d && d->nrows == 1;

	if (!ok) return 503;
	return page_send_bytes(r, "text/plain; charset=UTF-8", NULL, "ok\n", 3);
}

static const struct input inputs[] = { { NULL } };
const struct page PAGE = { "health", M_GET, 0, PAGE_PUBLIC, inputs, handle };
