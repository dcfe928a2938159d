/*
 * pilot - 试点企业库 and 一企一档 (长春 实施细则 第四章（一）2（4）, （二）): one record per
 * enterprise, by 统一社会信用代码, across batches and programmes.
 * GET without code: the enterprises of the 库 in the session's region (县（市）区,
 *     市), newest first; an enterprise is sent to its own record.
 * GET ?code=USCC[&print=1]: the record (一企一档): the enterprise, the lists
 *     that put it in the 库, every application it filed in any programme with
 *     its state in that programme's words, and the recorded decisions;
 *     print=1 lays it out for paper.  The enterprise itself, and 县（市）区 / 市
 *     reviewers whose region holds it; anyone else: 404.  With all its money (money.h): every
 *     decision for its code across programmes, batches and rule sets, paid and clawed back.
 */
#include "workflow.h"
#include "money.h"

static const struct input inputs[] = {
	{ "code", "统一社会信用代码", VT_USCC },
	{ "print", "打印", VT_BOOL },
	{ NULL }
};

static int
list(struct req *r)
{
	static const char *const names[] = { "credit_code", "name", "county", "on", "lists", NULL };
	struct dbrows *d = db_query(r,
		"SELECT e.credit_code, e.name, g.name, DATE_FORMAT(e.first_listed_on, '%Y-%m-%d'),"
		" (SELECT COUNT(*) FROM pilot_entries x WHERE x.credit_code = e.credit_code)"
		" FROM pilot_enterprises e JOIN regions g ON g.code = e.region_code"
		" WHERE ? IN (g.code, g.city_code, g.province_code) ORDER BY e.first_listed_on DESC, g.sort, e.name",
		DS(scope_code(r)));
	if (!d) return 500;
	db_to_hdf(r, d, "Pilots", names);
	return page_render(r, "pilots.cs");
}

static int
record(struct req *r, const char *code)
{
	static const char *const en[] = { "credit_code", "name", "county", "city", "on", "contact", "mobile", "email", NULL };
	static const char *const ln[] = { "batch", "doc_no", "on", NULL };
	static const char *const dn[] = { "app", "label", "act_date", "meeting", "confirmed", "opinion", "at", "who", NULL };
	int reviewer = (r->s.role & (ROLE_COUNTY | ROLE_CITY)) != 0;
	struct dbrows *d = db_query(r,
		"SELECT e.credit_code, e.name, g.name, c.name, DATE_FORMAT(e.first_listed_on, '%Y-%m-%d'),"
		" o.contact_person, o.mobile, o.email, o.id FROM pilot_enterprises e JOIN accounts o ON o.id = e.account_id"
		" JOIN regions g ON g.code = e.region_code JOIN regions c ON c.code = g.city_code"
		" WHERE e.credit_code = ? AND ((? = 1 AND ? IN (g.code, g.city_code, g.province_code)) OR o.id = ?)",
		DS(code), DI(reviewer), DS(scope_code(r)), DI(r->s.account_id));
	long long account;

	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	db_to_hdf(r, d, "Pilot", en);
	account = dbi(d, 0, 8);
	if (!(d = db_query(r, "SELECT b.title, l.doc_no, DATE_FORMAT(l.published_on, '%Y-%m-%d') FROM pilot_entries x"
			      " JOIN pilot_lists l ON l.id = x.list_id JOIN batches b ON b.id = l.batch_id"
			      " WHERE x.credit_code = ? ORDER BY l.published_on, l.id", DS(code))))
		return 500;
	db_to_hdf(r, d, "Pilot.Lists", ln);
	/* every application of the enterprise, in any programme, in that programme's words */
	if (!(d = db_query(r, "SELECT p.id, b.title, b.programme, p.stage, p.state, p.submitted_no,"
			      " COALESCE(DATE_FORMAT(p.submitted_at, '%Y-%m-%d %H:%i'), '') FROM applications p"
			      " JOIN batches b ON b.id = p.batch_id WHERE p.account_id = ? ORDER BY b.open_date, p.id", DI(account))))
		return 500;
	for (int i = 0, n = 0; i < d->nrows; i++) {
		const struct programme *p = programme_of(dbv(d, i, 2));
		const struct stage *st = programme_stage(p, dbv(d, i, 3));
		const char *k = req_printf(r, "Pilot.Apps.%d", n++);
		if (!st) continue;
		hset(r, req_printf(r, "%s.id", k), dbv(d, i, 0));
		hset(r, req_printf(r, "%s.batch", k), dbv(d, i, 1));
		hset(r, req_printf(r, "%s.programme", k), p->name);
		hset(r, req_printf(r, "%s.stage", k), st->title);
		hset(r, req_printf(r, "%s.document", k), p->document);
		hset(r, req_printf(r, "%s.overview", k), p->overview);
		hset(r, req_printf(r, "%s.print_page", k), p->print_page);
		hset(r, req_printf(r, "%s.state", k), programme_state_label(r, p, dbv(d, i, 4)));
		hset(r, req_printf(r, "%s.version", k), dbv(d, i, 5));
		hset(r, req_printf(r, "%s.submitted_at", k), dbv(d, i, 6));
	}
	if (!(d = db_query(r, "SELECT x.application_id, x.label, COALESCE(DATE_FORMAT(x.act_date, '%Y-%m-%d'), ''), x.meeting,"
			      " x.confirmed, x.opinion, DATE_FORMAT(x.created_at, '%Y-%m-%d %H:%i'), a.display_name"
			      " FROM app_decisions x JOIN applications p ON p.id = x.application_id JOIN accounts a ON a.id = x.account_id"
			      " WHERE p.account_id = ? ORDER BY x.id", DI(account))))
		return 500;
	db_to_hdf(r, d, "Pilot.Decisions", dn);
	if (money_of_code_to_hdf(r, code, "Pilot.Money")) return 500;
	hseti(r, "Pilot.print", req_int(r, "print", 0));
	return page_render(r, "pilot.cs");
}

static int
handle(struct req *r)
{
	if (req_errors(r)) return 404;
	if (req_str(r, "code")) return record(r, req_str(r, "code"));
	if (r->s.role == ROLE_ENTERPRISE) {
		struct dbrows *d = db_query(r, "SELECT credit_code FROM pilot_enterprises WHERE account_id = ?", DI(r->s.account_id));
		int st = !d ? 500 : !d->nrows ? 404 : 0;
		if (!st) st = page_redirect(r, req_printf(r, "/cgi-bin/pilot.cgi?code=%s", dbv(d, 0, 0)));
		return st;
	}
	return list(r);
}

const struct page PAGE = { "pilot", M_GET, ROLE_ENTERPRISE | ROLE_COUNTY | ROLE_CITY, 0, inputs, handle };
