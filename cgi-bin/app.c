/*
 * app - 申请报告: one platform application, the page everything else links to.
 * 服务平台 (its own) and 旗县区/盟市/自治区 reviewers (submitted ones in scope).
 * GET            without id: the platform's application for the open batch
 *                (or the offer to start one); with id: the application.
 *                check=1 runs 校验 and lists every problem with its rule.
 * POST op=create starts the application for the open batch (one per batch).
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, 0, 1, (1LL << 53) },
	{ "check", "校验", VT_BOOL },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ NULL }
};

static int
create(struct req *r)
{
	struct batch b;
	struct dbrows *d;
	long long id;
	int st = batch_current(r, "platform", &b);

	if (st == 404) return page_flash_redirect(r, "/cgi-bin/app.cgi", "当前没有开放的申报批次。");
	if (st) return st;
	if (db_begin(r)) return 500;
	if (db_exec(r, "INSERT INTO applications (batch_id, account_id, region_code) SELECT ?, id, region_code"
		       " FROM accounts WHERE id = ?", DI(b.id), DI(r->s.account_id)) != 1) {
		db_rollback(r);
		if (r->db_errno == 1062) return page_redirect(r, "/cgi-bin/app.cgi");   /* double click */
		return 500;
	}
	id = db_last_id(r);
	for (int i = 0; platform_sections[i].key; i++)
		if (db_exec(r, "INSERT INTO app_sections (application_id, section) VALUES (?, ?)",
			    DI(id), DS(platform_sections[i].key)) != 1)
			return 500;
	/* start 基本信息 from the registration: contact, phone, county */
	d = db_query(r, "SELECT contact_person, mobile, COALESCE(region_code, '') FROM accounts WHERE id = ?",
		     DI(r->s.account_id));
	if (!d || d->nrows != 1) { dbrows_free(d); return 500; }
	if (db_exec(r, "INSERT INTO app_fields (application_id, name, value) VALUES (?, 'contact_person', ?),"
		       " (?, 'contact_phone', ?), (?, 'region', ?)",
		    DI(id), DS(dbv(d, 0, 0)), DI(id), DS(dbv(d, 0, 1)), DI(id), DS(dbv(d, 0, 2))) != 3) {
		dbrows_free(d);
		return 500;
	}
	dbrows_free(d);
	if (app_event(r, id, "create", "", "draft", "", 0) ||
	    audit(r, "application.create", "application", id, "", b.title) || db_commit(r))
		return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/app.cgi?id=%lld", id),
				   "已开始申报。各部分可分别保存为草稿，全部完成后点“校验”，无问题即可提交。");
}

static void
enterprises_to_hdf(struct req *r, const struct app_info *a)
{
	struct dbrows *d = db_query(r,
		"SELECT e.id, e.name, e.credit_code, COALESCE(CONCAT(c.name, ' ', g.name), ''), e.service_content,"
		" e.contract_yuan, e.cost_yuan, e.subsidy_yuan,"
		" (SELECT COUNT(*) FROM attachments t WHERE t.enterprise_id = e.id AND t.kind = 'contract'),"
		" (SELECT COUNT(*) FROM attachments t WHERE t.enterprise_id = e.id AND t.kind = 'invoice'),"
		" (SELECT COUNT(*) FROM attachments t WHERE t.enterprise_id = e.id AND t.kind = 'scene')"
		" FROM app_enterprises e LEFT JOIN regions g ON g.code = e.region_code"
		" LEFT JOIN regions c ON c.code = g.city_code WHERE e.application_id = ? ORDER BY e.id", DI(a->id));
	long long tc = 0, tk = 0, ts = 0;
	char m[32];

	if (!d) return;
	for (int i = 0; i < d->nrows; i++) {
		const char *p = req_printf(r, "Ents.%d", i);
		long long cap = subsidy_cap_yuan(&a->b, dbi(d, i, 6));
		hset(r, req_printf(r, "%s.id", p), dbv(d, i, 0));
		hseti(r, req_printf(r, "%s.seq", p), i + 1);
		hset(r, req_printf(r, "%s.name", p), dbv(d, i, 1));
		hset(r, req_printf(r, "%s.credit_code", p), dbv(d, i, 2));
		hset(r, req_printf(r, "%s.region", p), dbv(d, i, 3));
		hset(r, req_printf(r, "%s.service", p), dbv(d, i, 4));
		hset(r, req_printf(r, "%s.contract", p), money_fmt(dbi(d, i, 5), m, sizeof(m)));
		hset(r, req_printf(r, "%s.cost", p), money_fmt(dbi(d, i, 6), m, sizeof(m)));
		hset(r, req_printf(r, "%s.subsidy", p), money_fmt(dbi(d, i, 7), m, sizeof(m)));
		hset(r, req_printf(r, "%s.cap", p), money_fmt(cap, m, sizeof(m)));
		hset(r, req_printf(r, "%s.basis", p), subsidy_basis(r, &a->b, dbi(d, i, 6)));
		hseti(r, req_printf(r, "%s.below_cap", p), dbi(d, i, 7) < cap);
		hseti(r, req_printf(r, "%s.over_cap", p), dbi(d, i, 7) > cap);
		hset(r, req_printf(r, "%s.contracts", p), dbv(d, i, 8));
		hset(r, req_printf(r, "%s.invoices", p), dbv(d, i, 9));
		hset(r, req_printf(r, "%s.scenes", p), dbv(d, i, 10));
		tk += dbi(d, i, 5); tc += dbi(d, i, 6); ts += dbi(d, i, 7);
	}
	hseti(r, "EntTotal.count", d->nrows);
	hset(r, "EntTotal.contract", money_fmt(tk, m, sizeof(m)));
	hset(r, "EntTotal.cost", money_fmt(tc, m, sizeof(m)));
	hset(r, "EntTotal.subsidy", money_fmt(ts, m, sizeof(m)));
	hset(r, "EntTotal.remaining", money_fmt(a->b.cap_platform_yuan - ts, m, sizeof(m)));
	hseti(r, "EntTotal.over", ts > a->b.cap_platform_yuan);
	hseti(r, "EntTotal.enough", d->nrows >= a->b.min_smes);
	dbrows_free(d);
}

static int
show(struct req *r, long long id)
{
	struct app_info a;
	struct problem *ps;
	int st, n;

	if ((st = app_load(r, id, &a))) return st;
	if (strcmp(a.b.programme, "platform")) return page_redirect(r, req_printf(r, "/cgi-bin/ent.cgi?id=%lld", id));
	app_to_hdf(r, &a);
	section_versions_to_hdf(r, a.id);
	section_list_to_hdf(r, platform_sections);
	enterprises_to_hdf(r, &a);
	attach_list_to_hdf(r, a.id, "Files");
	events_to_hdf(r, a.b.programme, a.id, "Events");
	{
		struct dbrows *d = db_query(r,
			"SELECT version_no, code, DATE_FORMAT(submitted_at, '%Y-%m-%d %H:%i'), withdrawn"
			" FROM app_versions WHERE application_id = ? ORDER BY version_no DESC", DI(a.id));
		static const char *const names[] = { "no", "code", "at", "withdrawn", NULL };
		db_to_hdf(r, d, "Versions", names);
		dbrows_free(d);
	}
	if (!a.owner) {
		/* a reviewer: the actions of this level, and what changed since the version last opened */
		struct dbrows *d = db_query(r, "SELECT version_no FROM review_seen WHERE account_id = ? AND application_id = ?",
					    DI(r->s.account_id), DI(a.id));
		long long seen = d && d->nrows ? dbi(d, 0, 0) : 0;
		dbrows_free(d);
		if (seen && seen < a.submitted_no) hseti(r, "Review.seen", seen);
		if (a.submitted_no && db_exec(r,
			"INSERT INTO review_seen (account_id, application_id, version_no, seen_at) VALUES (?, ?, ?, NOW())"
			" ON DUPLICATE KEY UPDATE version_no = VALUES(version_no), seen_at = NOW()",
			DI(r->s.account_id), DI(a.id), DI(a.submitted_no)) < 0)
			return 500;
		hseti(r, "Review.count", wf_actions_to_hdf(r, &a));
	}
	if (req_int(r, "check", 0) || (a.owner && a.editable) || !a.owner) {
		n = platform_check(r, &a, &ps);
		if (n < 0) return 500;
		hseti(r, "Check.count", n);
		hseti(r, "Check.ran", 1);
		for (int i = 0; i < n; i++) {
			hset(r, req_printf(r, "Check.items.%d.href", i), ps[i].anchor);
			hset(r, req_printf(r, "Check.items.%d.msg", i), ps[i].msg);
		}
		hseti(r, "Check.shown", req_int(r, "check", 0) || !a.owner);
		/* flagged, not blocking: reviewers and the 自治区 decide */
		n = platform_flags(r, &a, 0, &ps);
		if (n < 0) return 500;
		for (int i = 0; i < n; i++) {
			hset(r, req_printf(r, "Check.notes.%d.href", i), ps[i].anchor);
			hset(r, req_printf(r, "Check.notes.%d.msg", i), ps[i].msg);
		}
	}
	return page_render(r, "app.cs");
}

static int
handle(struct req *r)
{
	long long id = req_int(r, "id", 0);
	struct batch b;
	struct dbrows *d;
	int st;

	if (r->method == M_POST) {
		const char *op = req_str(r, "op");
		if (r->s.role != ROLE_PLATFORM || !op || strcmp(op, "create")) return 403;
		return create(r);
	}
	if (id) return show(r, id);
	if (r->s.role != ROLE_PLATFORM) return 404;
	/* the platform's application for the open batch; with no batch open, its latest */
	memset(&b, 0, sizeof(b));
	st = batch_current(r, "platform", &b);
	if (st && st != 404) return st;
	d = st ? db_query(r, "SELECT p.id FROM applications p JOIN batches b ON b.id = p.batch_id"
			     " WHERE p.account_id = ? ORDER BY b.open_date DESC LIMIT 1", DI(r->s.account_id))
	       : db_query(r, "SELECT id FROM applications WHERE account_id = ? AND batch_id = ?",
			  DI(r->s.account_id), DI(b.id));
	if (!d) return 500;
	id = d->nrows ? dbi(d, 0, 0) : 0;
	dbrows_free(d);
	if (id) return show(r, id);
	if (!st) batch_to_hdf(r, &b, "Open");
	return page_render(r, "app_start.cs");
}

const struct page PAGE = { "app", M_GET | M_POST, ROLE_PLATFORM | ROLE_REVIEWER | ROLE_EXPERT, 0, inputs, handle };
