/*
 * logout - 退出登录.  Any signed-in user; POST only (with the CSRF token).
 * Deletes the session on the server and clears the cookie.
 */
#include "dt.h"

static int
handle(struct req *r)
{
	if (db_begin(r)) return 500;
	if (audit(r, "logout", "account", r->s.account_id, "", "")) return 500;
	auth_logout(r);
	if (db_commit(r)) return 500;
	return page_redirect(r, "/cgi-bin/login.cgi");
}

static const struct input inputs[] = { { NULL } };
const struct page PAGE = { "logout", M_POST, ROLE_ANY, PAGE_ANY_STATE, inputs, handle };
