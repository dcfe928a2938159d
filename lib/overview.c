/*
 * overview.c - an application's overview page, for every programme and
 * stage: its sections and when they were saved, its own parts (the served
 * enterprises, ...), 校验 with every problem and what is flagged, the
 * versions, the review actions of this level, the timeline.  The thin pages
 * (app.cgi, ent.cgi) differ only in who may open them.
 * GET  without id: the applicant's application in its programme's open batch
 *      (or the offer to start one); with id: the application; check=1 runs 校验.
 * POST op=create starts the application in the open batch (one per batch).
 */
#include <string.h>
#include "workflow.h"
#include "ruleset.h"

const struct input overview_inputs[] = {
	{ "id", "编号", VT_INT, 0, 1, (1LL << 53) },
	{ "check", "校验", VT_BOOL },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "batch", "批次", VT_INT, 0, 1, (1LL << 53) },
	{ NULL }
};

/* The open batches over the applicant's region of the programmes its role applies to, newest
 * first, those it has not applied to yet first: id and programme key per row (NULL fault). */
static struct dbrows *
open_calls(struct req *r)
{
	return db_query(r,
		"SELECT b.id, b.programme, EXISTS (SELECT 1 FROM applications x WHERE x.batch_id = b.id AND x.account_id = a.id)"
		" FROM batches b JOIN accounts a ON a.id = ? JOIN regions g ON g.code = a.region_code"
		" WHERE b.region_code IN (g.code, g.city_code, g.province_code)"
		" AND CURDATE() BETWEEN b.open_date AND b.applicant_deadline ORDER BY 3, b.open_date DESC, b.id DESC",
		DI(r->s.account_id));
}

/* an open batch, over the applicant's region, of a programme this role applies to (0: none);
 * want: that batch only (0: the first) */
static long long
open_call(struct req *r, long long want, const struct programme **pp)
{
	struct dbrows *d = open_calls(r);
	for (int i = 0; d && i < d->nrows; i++) {
		const struct programme *p = programme_of(dbv(d, i, 1));
		if (p && (p->applicant_role & r->s.role) && (!want || dbi(d, i, 0) == want)) {
			*pp = p;
			return dbi(d, i, 0);
		}
	}
	return 0;
}

long long
open_batch(struct req *r, const struct programme **pp)
{
	return open_call(r, 0, pp);
}

/* Calls.N: each open call the applicant has not answered, with what the call states (its
 * parameters marked .call) and how to start */
static int
calls_to_hdf(struct req *r)
{
	struct dbrows *d = open_calls(r);
	int n = 0;

	if (!d) return 500;
	for (int i = 0; i < d->nrows && !dbi(d, i, 2); i++) {
		const struct programme *p = programme_of(dbv(d, i, 1));
		const char *c = req_printf(r, "Calls.%d", n);
		struct batch b;
		int k = 0;
		if (!p || !(p->applicant_role & r->s.role) || batch_open(r, dbi(d, i, 0), &b, NULL)) continue;
		batch_to_hdf(r, &b, c);
		hset(r, req_printf(r, "%s.name", c), p->name);
		hset(r, req_printf(r, "%s.document", c), p->document);
		hset(r, req_printf(r, "%s.overview", c), p->overview);
		hset(r, req_printf(r, "%s.intro", c), p->intro ? p->intro : "");
		for (const struct param *m = p->params; m && m->key; m++) {
			char *v;
			if (!m->call) continue;
			v = req_strdup(r, param_text(r, m, batch_param(&b, m->key)));
			for (char *nl; (nl = strchr(v, '\n'));) { *nl = '\0'; v = req_printf(r, "%s、%s", v, nl + 1); }
			hset(r, req_printf(r, "%s.Params.%d.label", c, k), m->call);
			hset(r, req_printf(r, "%s.Params.%d.value", c, k), v);
			hset(r, req_printf(r, "%s.Params.%d.clause", c, k++), param_clause(r, m, batch_ruleset(&b, p->ruleset)));
		}
		n++;
	}
	return 0;
}

int
stage_prefill(struct req *r, const struct stage *st, long long app_id, long long account_id)
{
	for (int i = 0; st->prefill && st->prefill[i][0]; i++)
		if (db_exec(r, "INSERT INTO app_fields (application_id, name, value)"
			       " SELECT ?, ?, CASE ? WHEN 'region' THEN COALESCE(region_code, '') WHEN 'contact' THEN contact_person"
			       " WHEN 'mobile' THEN mobile WHEN 'name' THEN display_name WHEN 'credit_code' THEN COALESCE(credit_code, '')"
			       " END FROM accounts WHERE id = ?",
			    DI(app_id), DS(st->prefill[i][0]), DS(st->prefill[i][1]), DI(account_id)) != 1)
			return -1;
	return 0;
}

static int
create(struct req *r)
{
	const struct programme *p = NULL;
	long long want = req_int(r, "batch", 0), id, project;
	/* a batch named but not a number is no batch at all (not "the first open one") */
	long long bid = req_has(r, "batch") && !want ? 0 : open_call(r, want, &p);

	if (!bid) return page_flash_redirect(r, req_printf(r, "/cgi-bin/%s.cgi", r->page->name), "您所在地区当前没有开放的这一申报批次。");
	const struct stage *st = &p->stages[0];
	if (db_begin(r)) return 500;
	/* the project (this applicant in this batch) and its first stage; a project that exists
	 * already is 0 rows affected (its id unchanged), and its first stage a double click below */
	if (db_exec(r, "INSERT INTO projects (batch_id, account_id) VALUES (?, ?) ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)",
		    DI(bid), DI(r->s.account_id)) < 0)
		return 500;
	project = db_last_id(r);
	if (db_exec(r, "INSERT INTO applications (project_id, stage, batch_id, account_id, region_code)"
		       " SELECT ?, ?, ?, id, region_code FROM accounts WHERE id = ?",
		    DI(project), DS(st->key), DI(bid), DI(r->s.account_id)) != 1) {
		db_rollback(r);
		if (r->db_errno == 1062) return page_redirect(r, req_printf(r, "/cgi-bin/%s.cgi", p->overview));   /* double click */
		return 500;
	}
	id = db_last_id(r);
	for (int i = 0; st->sections[i].key; i++)
		if (db_exec(r, "INSERT INTO app_sections (application_id, section) VALUES (?, ?)",
			    DI(id), DS(st->sections[i].key)) != 1)
			return 500;
	if (stage_prefill(r, st, id, r->s.account_id) ||
	    app_event(r, id, "create", "", "draft", "", 0) ||
	    audit(r, "application.create", "application", id, "", req_printf(r, "%s（批次编号 %lld）", p->name, bid)) || db_commit(r))
		return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/%s.cgi?id=%lld", p->overview, id),
				   req_printf(r, "已开始填写%s。各部分可分别保存为草稿，全部完成后点“校验”，无问题即可提交。", p->document));
}

static int
problems_to_hdf(struct req *r, int n, const struct problem *ps, const char *prefix)
{
	for (int i = 0; i < n; i++) {
		hset(r, req_printf(r, "%s.%d.href", prefix, i), ps[i].anchor);
		hset(r, req_printf(r, "%s.%d.msg", prefix, i), ps[i].msg);
	}
	return n;
}

static int
show(struct req *r, long long id)
{
	struct app_info a;
	int st;

	if ((st = app_open(r, id, &a))) return st;
	if (party_only(r, &a)) return 403;
	/* each programme's applications have their own overview page */
	if (strcmp(a.p->overview, r->page->name)) return page_redirect(r, req_printf(r, "/cgi-bin/%s.cgi?id=%lld", a.p->overview, id));
	return overview_render(r, &a, 200);
}

int
project_stages_to_hdf(struct req *r, const struct app_info *a)
{
	struct dbrows *d = db_query(r, "SELECT stage, id, state FROM applications WHERE project_id = ?", DI(a->project_id));
	int n = 0;

	if (!d) return -1;
	for (int g = 0; a->p->stages[g].key; g++) {
		const char *k = req_printf(r, "Project.Stages.%d", g);
		hset(r, req_printf(r, "%s.title", k), a->p->stages[g].title);
		hseti(r, req_printf(r, "%s.this", k), !strcmp(a->p->stages[g].key, a->stage));
		for (int i = 0; i < d->nrows; i++)
			if (!strcmp(dbv(d, i, 0), a->p->stages[g].key)) {
				hset(r, req_printf(r, "%s.id", k), dbv(d, i, 1));
				hset(r, req_printf(r, "%s.state_label", k), stage_state_label(r, a->p, &a->p->stages[g], dbv(d, i, 2)));
				hset(r, "Project.current", a->p->stages[g].title);
				n++;
			}
	}
	hseti(r, "Project.opened", n);
	return 0;
}

int
overview_render(struct req *r, const struct app_info *ap, int status)
{
	struct app_info a = *ap;
	struct problem *ps;
	int st, n;

	app_show(r, &a);
	if (project_stages_to_hdf(r, &a)) return 500;
	section_versions_to_hdf(r, a.id);
	section_list_to_hdf(r, a.st->sections);
	attach_list_to_hdf(r, a.id, "Files");
	file_kinds_to_hdf(r, a.st);
	events_to_hdf(r, a.p, a.id, "Events");
	if (a.st->overview_hdf && (st = a.st->overview_hdf(r, &a))) return st;
	{
		struct dbrows *d = db_query(r,
			"SELECT version_no, code, DATE_FORMAT(submitted_at, '%Y-%m-%d %H:%i'), withdrawn"
			" FROM app_versions WHERE application_id = ? ORDER BY version_no DESC", DI(a.id));
		static const char *const names[] = { "no", "code", "at", "withdrawn", NULL };
		if (!d) return 500;
		db_to_hdf(r, d, "Versions", names);
	}
	if (!a.owner) {
		/* a reviewer: the actions of this level, and what changed since the version this reviewer
		 * last acted on (from the timeline: opening a page writes nothing) */
		struct dbrows *d = db_query(r, "SELECT COALESCE(MAX(version_no), 0) FROM app_events WHERE application_id = ?"
					       " AND account_id = ?", DI(a.id), DI(r->s.account_id));
		long long seen = d && d->nrows ? dbi(d, 0, 0) : 0;
		if (seen && seen < a.submitted_no) hseti(r, "Review.seen", seen);
		hseti(r, "Review.count", wf_actions_to_hdf(r, &a));
	}
	n = check_run(r, &a, &ps);
	if (n < 0) return 500;
	section_status_to_hdf(r, &a, ps, n);
	hseti(r, "Check.count", problems_to_hdf(r, n, ps, "Check.items"));
	hseti(r, "Check.ran", 1);
	hseti(r, "Check.shown", req_int(r, "check", 0) || !a.owner);
	/* flagged, not blocking: reviewers and the 自治区 decide */
	if (a.st->flags) {
		if ((n = a.st->flags(r, &a, 0, &ps)) < 0) return 500;
		problems_to_hdf(r, n, ps, "Check.notes");
	}
	return page_render_status(r, status, a.st->overview_template ? a.st->overview_template : "stage.cs");
}

int
overview_page(struct req *r)
{
	long long id = req_int(r, "id", 0);
	struct dbrows *d;
	int st;

	if (r->method == M_POST) {
		const char *op = req_str(r, "op");
		if (!role_applies(r->s.role) || !op || strcmp(op, "create")) return 403;
		return create(r);
	}
	if (id) return show(r, id);
	if (!role_applies(r->s.role)) return 404;
	/* the application in an open batch; else the calls not answered yet; else the latest */
	d = db_query(r, "SELECT p.id, CURDATE() BETWEEN b.open_date AND b.applicant_deadline, b.title, b.programme, p.state"
			" FROM applications p JOIN batches b ON b.id = p.batch_id WHERE p.account_id = ?"
			" ORDER BY 2 DESC, b.open_date DESC, p.id DESC", DI(r->s.account_id));
	if (!d) return 500;
	if (d->nrows && dbi(d, 0, 1)) return show(r, dbi(d, 0, 0));
	if ((st = calls_to_hdf(r))) return st;
	if (!hdf_get_obj(r->hdf, "Calls") && d->nrows) return show(r, dbi(d, 0, 0));
	for (int i = 0; i < d->nrows; i++) {
		const struct programme *p = programme_of(dbv(d, i, 3));
		if (!p) continue;
		hset(r, req_printf(r, "Mine.%d.href", i), req_printf(r, "/cgi-bin/%s.cgi?id=%s", p->overview, dbv(d, i, 0)));
		hset(r, req_printf(r, "Mine.%d.title", i), req_printf(r, "%s %s", dbv(d, i, 2), p->document));
		hset(r, req_printf(r, "Mine.%d.state", i), programme_state_label(r, p, dbv(d, i, 4)));
	}
	return page_render(r, "start.cs");
}
