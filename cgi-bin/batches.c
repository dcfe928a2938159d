/*
 * batches - 申报批次: the batches of the programme this user runs: the platform
 * programme for the 自治区 administrator, a city's enterprise programme for its
 * 市 bureau.  GET.
 */
#include "programme.h"

static int
handle(struct req *r)
{
	struct dbrows *d = db_query(r,
		"SELECT b.id, b.year, b.title, b.programme, DATE_FORMAT(b.open_date, '%Y-%m-%d'),"
		" DATE_FORMAT(b.applicant_deadline, '%Y-%m-%d'), DATE_FORMAT(b.county_deadline, '%Y-%m-%d'),"
		" DATE_FORMAT(b.city_deadline, '%Y-%m-%d'),"
		" CASE WHEN CURDATE() < b.open_date THEN 'future' WHEN CURDATE() <= b.applicant_deadline THEN 'open'"
		"  ELSE 'closed' END,"
		" (SELECT COUNT(*) FROM applications p WHERE p.batch_id = b.id),"
		" (SELECT COUNT(*) FROM applications p WHERE p.batch_id = b.id AND p.state <> 'draft')"
		" FROM batches b WHERE b.region_code = ? AND b.programme = ? ORDER BY b.open_date DESC, b.id DESC",
		DS(scope_code(r)), DS(r->s.role == ROLE_CITY ? "enterprise" : "platform"));
	static const char *const names[] = { "id", "year", "title", "programme", "open_date", "applicant_deadline",
					      "county_deadline", "city_deadline", "status", "apps", "submitted", NULL };
	if (!d) return 500;
	db_to_hdf(r, d, "Batches", names);
	dbrows_free(d);
	return page_render(r, "batches.cs");
}

static const struct input inputs[] = { { NULL } };
const struct page PAGE = { "batches", M_GET, ROLE_PROVINCE | ROLE_CITY, 0, inputs, handle };
