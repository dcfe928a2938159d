/*
 * ent - 申报书: one 中小企业's application to its city's enterprise programme.
 * 中小企业 (its own) and 县区/市 reviewers in scope.
 * GET           without id: the enterprise's application for its city's
 *               open batch (or the offer to start one); with id: the
 *               application, its four parts, the 校验 (eligibility refusals
 *               cite 征集条件), the consistency flags, versions, decisions.
 * POST op=create starts the application (one per enterprise per batch).
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, 0, 1, (1LL << 53) },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "check", "校验", VT_BOOL },
	{ NULL }
};

/* the open enterprise batch of the city the account is in */
static long long
open_batch(struct req *r)
{
	struct dbrows *d = db_query(r,
		"SELECT b.id FROM batches b JOIN regions g ON g.city_code = b.region_code JOIN accounts a ON a.region_code = g.code"
		" WHERE a.id = ? AND b.programme = 'enterprise' AND CURDATE() BETWEEN b.open_date AND b.applicant_deadline"
		" ORDER BY b.open_date DESC, b.id DESC LIMIT 1", DI(r->s.account_id));
	long long id = d && d->nrows ? dbi(d, 0, 0) : 0;
	dbrows_free(d);
	return id;
}

static int
create(struct req *r)
{
	long long bid = open_batch(r), id;

	if (!bid) return page_flash_redirect(r, "/cgi-bin/ent.cgi", "您所在的市当前没有开放的试点企业征集批次。");
	if (db_begin(r)) return 500;
	if (db_exec(r, "INSERT INTO applications (batch_id, account_id, region_code) SELECT ?, id, region_code"
		       " FROM accounts WHERE id = ?", DI(bid), DI(r->s.account_id)) != 1) {
		db_rollback(r);
		if (r->db_errno == 1062) return page_redirect(r, "/cgi-bin/ent.cgi");
		return 500;
	}
	id = db_last_id(r);
	for (int i = 0; enterprise_sections[i].key; i++)
		if (db_exec(r, "INSERT INTO app_sections (application_id, section) VALUES (?, ?)",
			    DI(id), DS(enterprise_sections[i].key)) != 1)
			return 500;
	if (db_exec(r, "INSERT INTO app_fields (application_id, name, value)"
		       " SELECT ?, 'e_county', region_code FROM accounts WHERE id = ? UNION ALL"
		       " SELECT ?, 'e_contact', contact_person FROM accounts WHERE id = ? UNION ALL"
		       " SELECT ?, 'e_contact_mobile', mobile FROM accounts WHERE id = ?",
		    DI(id), DI(r->s.account_id), DI(id), DI(r->s.account_id), DI(id), DI(r->s.account_id)) != 3 ||
	    app_event(r, id, "create", "", "draft", "", 0) ||
	    audit(r, "application.create", "application", id, "", "enterprise") || db_commit(r))
		return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/ent.cgi?id=%lld", id),
				   "已开始填写申报书。四个部分可分别保存为草稿，完成后点“校验”，无问题即可提交。");
}

static int
show(struct req *r, long long id)
{
	struct app_info a;
	struct problem *ps;
	const char *flag;
	int st, n;

	if ((st = app_load(r, id, &a))) return st;
	if (strcmp(a.b.programme, "enterprise")) return page_redirect(r, req_printf(r, "/cgi-bin/app.cgi?id=%lld", id));
	app_to_hdf(r, &a);
	section_versions_to_hdf(r, a.id);
	section_list_to_hdf(r, enterprise_sections);
	events_to_hdf(r, a.b.programme, a.id, "Events");
	{
		struct dbrows *d = db_query(r,
			"SELECT version_no, code, DATE_FORMAT(submitted_at, '%Y-%m-%d %H:%i'), withdrawn"
			" FROM app_versions WHERE application_id = ? ORDER BY version_no DESC", DI(a.id));
		static const char *const names[] = { "no", "code", "at", "withdrawn", NULL };
		db_to_hdf(r, d, "Versions", names);
		dbrows_free(d);
	}
	if (!a.owner) hseti(r, "Review.count", wf_actions_to_hdf(r, &a));
	n = enterprise_check(r, &a, &ps);
	if (n < 0) return 500;
	hseti(r, "Check.count", n);
	hseti(r, "Check.shown", req_int(r, "check", 0) || !a.owner);
	for (int i = 0; i < n; i++) {
		hset(r, req_printf(r, "Check.items.%d.href", i), ps[i].anchor);
		hset(r, req_printf(r, "Check.items.%d.msg", i), ps[i].msg);
	}
	if (enterprise_flags(r, &a, &flag)) hset(r, "Flags.figures", flag);
	return page_render(r, "ent.cs");
}

static int
handle(struct req *r)
{
	long long id = req_int(r, "id", 0);
	struct dbrows *d;

	if (r->method == M_POST) {
		const char *op = req_str(r, "op");
		if (r->s.role != ROLE_ENTERPRISE || !op || strcmp(op, "create")) return 403;
		return create(r);
	}
	if (id) return show(r, id);
	if (r->s.role != ROLE_ENTERPRISE) return 404;
	d = db_query(r, "SELECT p.id FROM applications p JOIN batches b ON b.id = p.batch_id"
			" WHERE p.account_id = ? AND b.programme = 'enterprise' ORDER BY b.open_date DESC LIMIT 1",
		     DI(r->s.account_id));
	if (!d) return 500;
	id = d->nrows ? dbi(d, 0, 0) : 0;
	dbrows_free(d);
	if (id) return show(r, id);
	{
		long long bid = open_batch(r);
		struct batch b;
		if (bid && batch_load(r, bid, &b) == 0) batch_to_hdf(r, &b, "Open");
	}
	return page_render(r, "ent_start.cs");
}

const struct page PAGE = { "ent", M_GET | M_POST, ROLE_ENTERPRISE | ROLE_REVIEWER, 0, inputs, handle };
