/*
 * score - 我的评审: a 评审专家's assignments.  Before seeing an application the
 * expert declares no conflict of interest; then scores it against the
 * batch's rubric (each criterion 0..its maximum, a running total), adds
 * comments and submits once.  Experts see only their own assignments.
 * GET [?a=N]; POST op=declare | submit.
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "a", "评审任务", VT_INT, 0, 1, (1LL << 53) },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "declare", "无利益冲突声明", VT_BOOL },
	{ "item", "评分项", VT_INT, IN_MULTI, 1, (1LL << 53) },
	{ "points", "得分", VT_DECIMAL, IN_MULTI, 0, 10000 },
	{ "comments", "评审意见", VT_TEXT, 0, 0, 2000 },
	{ NULL }
};

struct asg { long long id, app, batch; int declared, submitted; };

static int
load(struct req *r, long long id, struct asg *x)
{
	struct dbrows *d = db_query(r,
		"SELECT x.id, x.application_id, p.batch_id, x.declared_at IS NOT NULL, x.submitted_at IS NOT NULL"
		" FROM expert_assignments x JOIN applications p ON p.id = x.application_id"
		" WHERE x.id = ? AND x.expert_id = ?", DI(id), DI(r->s.account_id));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	x->id = dbi(d, 0, 0); x->app = dbi(d, 0, 1); x->batch = dbi(d, 0, 2);
	x->declared = (int)dbi(d, 0, 3); x->submitted = (int)dbi(d, 0, 4);
	return 0;
}

static int
render(struct req *r, const struct asg *x, int status)
{
	struct dbrows *d;
	char m[32];
	static const char *const ln[] = { "id", "org", "sub", "city", "declared", "submitted", "total", NULL };

	d = db_query(r,
		"SELECT x.id, a.display_name, s.name, c.name, x.declared_at IS NOT NULL, x.submitted_at IS NOT NULL,"
		" COALESCE(x.total, 0) FROM expert_assignments x JOIN applications p ON p.id = x.application_id"
		" JOIN accounts a ON a.id = p.account_id JOIN sub_industries s ON s.seq = p.sub_industry"
		" JOIN regions g ON g.code = p.region_code JOIN regions c ON c.code = g.city_code"
		" WHERE x.expert_id = ? ORDER BY x.submitted_at IS NOT NULL, x.id", DI(r->s.account_id));
	if (!d) return 500;
	db_to_hdf(r, d, "Tasks", ln);
	for (int i = 0; i < d->nrows; i++)
		hset(r, req_printf(r, "Tasks.%d.total", i), dec2_fmt(dbi(d, i, 6), m, sizeof(m)));
	if (x) {
		hsetf(r, "Task.id", "%lld", x->id);
		hsetf(r, "Task.app", "%lld", x->app);
		hseti(r, "Task.declared", x->declared);
		hseti(r, "Task.submitted", x->submitted);
		d = db_query(r, "SELECT a.display_name, s.name FROM applications p JOIN accounts a ON a.id = p.account_id"
				" JOIN sub_industries s ON s.seq = p.sub_industry WHERE p.id = ?", DI(x->app));
		hset(r, "Task.org", d && d->nrows ? dbv(d, 0, 0) : "");
		hset(r, "Task.sub", d && d->nrows ? dbv(d, 0, 1) : "");
		d = db_query(r, "SELECT i.id, i.seq, i.title, i.max_points, s.points FROM rubric_items i"
				" LEFT JOIN expert_scores s ON s.item_id = i.id AND s.assignment_id = ?"
				" WHERE i.batch_id = ? ORDER BY i.seq", DI(x->id), DI(x->batch));
		if (!d) return 500;
		/* a refused submission shows what the expert typed, item by item */
		const struct val *it = req_val(r, "item"), *pt = req_val(r, "points");
		static const char *const cols[] = { "id", "seq", "title", "max", NULL };
		db_to_hdf(r, d, "Rubric", cols);
		for (int i = 0; i < d->nrows; i++) {
			const char *p = req_printf(r, "Rubric.%d", i);
			if (dbn(d, i, 4)) hset(r, req_printf(r, "%s.points", p), dec2_fmt(dbi(d, i, 4), m, sizeof(m)));
			for (int k = 0; status != 200 && it && pt && k < it->nmulti && k < pt->nmulti; k++)
				if (!strcmp(it->multi[k], dbv(d, i, 0))) hset(r, req_printf(r, "%s.points", p), pt->multi[k]);
		}
		d = db_query(r, "SELECT comments, COALESCE(total, 0) FROM expert_assignments WHERE id = ?", DI(x->id));
		if (!req_has(r, "comments")) hset(r, "Form.comments", d && d->nrows ? dbv(d, 0, 0) : "");
		hset(r, "Task.total", d && d->nrows ? dec2_fmt(dbi(d, 0, 1), m, sizeof(m)) : "0");
	}
	return page_render_status(r, status, "score.cs");
}

static int
submit(struct req *r, struct asg *x)
{
	const struct val *it = req_val(r, "item"), *pt = req_val(r, "points");
	struct dbrows *d;
	long long total = 0;
	int n;

	if (!x->declared) return render(r, x, 409);
	d = db_query(r, "SELECT id, max_points, title FROM rubric_items WHERE batch_id = ? ORDER BY seq", DI(x->batch));
	if (!d) return 500;
	n = d->nrows;
	if (!it || !pt || pt->err || it->nmulti != n || pt->nmulti != n) {
		req_field_error(r, "points", "请为每一项评分，得分为不超过该项满分的数字（最多2位小数）");
		return render(r, x, 422);
	}
	/* one score per item of the rubric, whatever its length */
	long long *pts = req_alloc(r, sizeof(long long) * (size_t)(n + 1));
	for (int i = 0; i < n; i++) {
		long long id, p;
		if (valid_int(it->multi[i], 1, 1LL << 53, &id) || id != dbi(d, i, 0) ||
		    valid_decimal2(pt->multi[i], &p) || p > dbi(d, i, 1) * 100) {
			req_field_error(r, "points", req_printf(r, "第%d项“%s”的得分应在0至%lld分之间", i + 1, dbv(d, i, 2), dbi(d, i, 1)));
			dbrows_free(d);
			return render(r, x, 422);
		}
		pts[i] = p;
		total += p;
	}
	if (db_begin(r)) { dbrows_free(d); return 500; }
	if (db_exec(r, "UPDATE expert_assignments SET submitted_at = NOW(), total = ?, comments = ?, version = version + 1"
		       " WHERE id = ? AND expert_id = ? AND submitted_at IS NULL AND declared_at IS NOT NULL",
		    DI(total), DS(req_str(r, "comments") ? req_str(r, "comments") : ""), DI(x->id), DI(r->s.account_id)) != 1) {
		db_rollback(r);
		return page_flash_redirect(r, req_printf(r, "/cgi-bin/score.cgi?a=%lld", x->id), "评分已提交，不能再修改。");
	}
	for (int i = 0; i < n; i++)
		if (db_exec(r, "INSERT INTO expert_scores (assignment_id, item_id, points) VALUES (?, ?, ?)",
			    DI(x->id), DI(dbi(d, i, 0)), DI(pts[i])) != 1) {
			return 500;
		}
	if (audit(r, "expert.score", "application", x->app, "", req_printf(r, "评审任务 %lld，总分 %lld", x->id, total)) ||
	    db_commit(r))
		return 500;
	return page_flash_redirect(r, "/cgi-bin/score.cgi", "评分已提交。");
}

static int
handle(struct req *r)
{
	struct asg x;
	long long id = req_int(r, "a", 0);
	const char *op = req_str(r, "op");
	int st;

	if (!id) {
		if (r->method == M_POST) return 400;
		return render(r, NULL, 200);
	}
	if ((st = load(r, id, &x))) return st;
	if (r->method != M_POST) return render(r, &x, 200);
	if (op && !strcmp(op, "declare")) {
		if (!req_int(r, "declare", 0)) {
			req_field_error(r, "declare", "须勾选无利益冲突声明后才能查看申报材料");
			return render(r, &x, 422);
		}
		if (db_begin(r)) return 500;
		if (db_exec(r, "UPDATE expert_assignments SET declared_at = NOW() WHERE id = ? AND expert_id = ? AND declared_at IS NULL",
			    DI(x.id), DI(r->s.account_id)) < 0 ||
		    audit(r, "expert.declare", "application", x.app, "", "无利益冲突") || db_commit(r))
			return 500;
		return page_redirect(r, req_printf(r, "/cgi-bin/score.cgi?a=%lld", x.id));
	}
	if (op && !strcmp(op, "submit")) return submit(r, &x);
	return 400;
}

const struct page PAGE = { "score", M_GET | M_POST, ROLE_EXPERT, 0, inputs, handle };
