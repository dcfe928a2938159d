/*
 * org - one 申报单位's registration details.
 * 旗县区/盟市/自治区 reviewers; GET ?id=N.  A unit outside the reviewer's
 * region is answered 404, exactly like one that does not exist.
 */
#include "dt.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, 0, 1, (1LL << 53) },
	{ NULL }
};

static int
handle(struct req *r)
{
	long long id = req_int(r, "id", 0);
	struct dbrows *d;
	static const char *const names[] = { "id", "name", "credit_code", "role", "county", "city", "contact",
					      "mobile", "email", "created", "status", "username", NULL };

	if (!id) return 404;
	d = db_query(r,
		"SELECT a.id, a.display_name, a.credit_code, a.role, g.name, c.name, a.contact_person, a.mobile,"
		" a.email, DATE_FORMAT(a.created_at, '%Y-%m-%d %H:%i'), a.status, a.username"
		" FROM accounts a JOIN regions g ON g.code = a.region_code JOIN regions c ON c.code = g.city_code"
		" WHERE a.id = ? AND a.role IN ('platform', 'enterprise')"
		" AND ? IN (g.code, g.city_code, g.province_code)",
		DI(id), DS(scope_code(r)));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	db_to_hdf(r, d, "Org", names);
	return page_render(r, "org.cs");
}

const struct page PAGE = { "org", M_GET, ROLE_REVIEWER, 0, inputs, handle };
