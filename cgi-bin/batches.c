/*
 * batches - 申报批次: the batches of the programmes this user runs over its
 * region (the 自治区's platform programme, a 市's enterprise call, ...), each
 * with its named deadlines; and a link to start a batch of each of them.  GET.
 */
#include <string.h>
#include "programme.h"

static int
handle(struct req *r)
{
	const struct programme *runs[8];
	int nrun = programmes_run_by(r->s.role, scope_code(r), runs, 8), k = 0;
	static const char *const names[] = { "id", "year", "title", "programme", "open_date", "applicant_deadline",
					      "status", "apps", "submitted", NULL };

	for (int i = 0; i < nrun; i++) {
		hset(r, req_printf(r, "Runs.%d.key", i), runs[i]->key);
		hset(r, req_printf(r, "Runs.%d.name", i), runs[i]->name);
		hset(r, req_printf(r, "Runs.%d.noun", i), runs[i]->batch_noun);
	}
	if (nrun) hset(r, "Page.Noun", runs[0]->batch_noun);
	for (int i = 0; i < nrun; i++) {
		struct dbrows *d = db_query(r,
			"SELECT b.id, b.year, b.title, b.programme, DATE_FORMAT(b.open_date, '%Y-%m-%d'),"
			" DATE_FORMAT(b.applicant_deadline, '%Y-%m-%d'),"
			" CASE WHEN CURDATE() < b.open_date THEN 'future' WHEN CURDATE() <= b.applicant_deadline THEN 'open'"
			"  ELSE 'closed' END,"
			" (SELECT COUNT(*) FROM applications p WHERE p.batch_id = b.id),"
			" (SELECT COUNT(*) FROM applications p WHERE p.batch_id = b.id AND p.state <> 'draft')"
			" FROM batches b WHERE b.region_code = ? AND b.programme = ? ORDER BY b.open_date DESC, b.id DESC",
			DS(scope_code(r)), DS(runs[i]->key));
		if (!d) return 500;
		for (int j = 0; j < d->nrows; j++, k++) {
			const char *p = req_printf(r, "Batches.%d", k);
			for (int c = 0; names[c]; c++) hset(r, req_printf(r, "%s.%s", p, names[c]), dbv(d, j, c));
			hset(r, req_printf(r, "%s.programme_name", p), runs[i]->name);
			/* its named deadlines, in the programme's order, with their labels */
			struct dbrows *x = db_query(r, "SELECT name, DATE_FORMAT(day, '%Y-%m-%d') FROM batch_deadlines WHERE batch_id = ?",
						    DI(dbi(d, j, 0)));
			if (!x) { dbrows_free(d); return 500; }
			for (int n = 0, m = 0; runs[i]->deadlines && runs[i]->deadlines[n].key; n++)
				for (int y = 0; y < x->nrows; y++)
					if (!strcmp(dbv(x, y, 0), runs[i]->deadlines[n].key)) {
						hset(r, req_printf(r, "%s.deadlines.%d.label", p, m), runs[i]->deadlines[n].label);
						hset(r, req_printf(r, "%s.deadlines.%d.day", p, m++), dbv(x, y, 1));
					}
			dbrows_free(x);
		}
		dbrows_free(d);
	}
	return page_render(r, "batches.cs");
}

static const struct input inputs[] = { { NULL } };
const struct page PAGE = { "batches", M_GET, ROLE_PROVINCE | ROLE_CITY, 0, inputs, handle };
