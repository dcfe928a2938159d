/*
 * experts - 专家评审: the 自治区 administrator assigns 评审专家 to recommended
 * applications (one or many at once), sees each expert's score, the average
 * and the ranking, and decides the 拟认定 list (through the workflow table).
 * An expert whose organisation (所在单位, account.cgi) is the platform or one
 * of its served enterprises -- the same 统一社会信用代码, or the same name -- is
 * excluded automatically (回避).
 * GET ?batch=N; POST op=assign (expert, apps...) | unassign (assignment).
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "batch", "申报批次", VT_INT, 0, 1, (1LL << 53) },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "expert", "评审专家", VT_INT, 0, 1, (1LL << 53) },
	{ "apps", "申请", VT_INT, IN_MULTI, 1, (1LL << 53) },
	{ "assignment", "分配", VT_INT, 0, 1, (1LL << 53) },
	{ NULL }
};

static long long
batch_id(struct req *r)
{
	long long bid = batch_of_page(r, NULL);
	return bid;
}

static int
render(struct req *r, const struct batch *b, int status)
{
	struct dbrows *d;
	char m[32];
	static const char *const en[] = { "id", "name", "org_name", "org_credit_code", NULL };
	static const char *const cols[] = { "id", "org", "city", "sub", "state", "version", "assigned", "scored", "", "objections", NULL };

	batch_to_hdf(r, b, "Batch");
	d = db_query(r,
		"SELECT p.id, a.display_name, c.name, s.name, p.state, p.version,"
		" (SELECT COUNT(*) FROM expert_assignments x WHERE x.application_id = p.id),"
		" (SELECT COUNT(*) FROM expert_assignments x WHERE x.application_id = p.id AND x.submitted_at IS NOT NULL),"
		" (SELECT ROUND(AVG(x.total)) FROM expert_assignments x WHERE x.application_id = p.id AND x.submitted_at IS NOT NULL),"
		" (SELECT COUNT(*) FROM objections o WHERE o.application_id = p.id AND o.resolved_at IS NULL)"
		" FROM applications p JOIN accounts a ON a.id = p.account_id JOIN regions g ON g.code = p.region_code"
		" JOIN regions c ON c.code = g.city_code JOIN sub_industries s ON s.seq = p.sub_industry"
		" WHERE p.batch_id = ? AND p.state IN ('recommended', 'proposed', 'recognised', 'not_recognised')"
		" ORDER BY (SELECT AVG(x.total) FROM expert_assignments x WHERE x.application_id = p.id AND x.submitted_at IS NOT NULL) DESC,"
		" p.id", DI(b->id));
	if (!d) return 500;
	db_to_hdf(r, d, "Apps", cols);
	for (int i = 0; i < d->nrows; i++) {
		const char *p = req_printf(r, "Apps.%d", i);
		hset(r, req_printf(r, "%s.state_label", p), state_label(dbv(d, i, 4)));
		if (dbn(d, i, 8)) hset(r, req_printf(r, "%s.avg", p), dec2_fmt(dbi(d, i, 8), m, sizeof(m)));
		hseti(r, req_printf(r, "%s.rank", p), dbn(d, i, 8) ? i + 1 : 0);
		/* each expert's score */
		struct dbrows *x = db_query(r,
			"SELECT x.id, e.display_name, x.declared_at IS NOT NULL, x.submitted_at IS NOT NULL, COALESCE(x.total, 0)"
			" FROM expert_assignments x JOIN accounts e ON e.id = x.expert_id WHERE x.application_id = ? ORDER BY x.id",
			DI(dbi(d, i, 0)));
		for (int k = 0; x && k < x->nrows; k++) {
			const char *q = req_printf(r, "%s.experts.%d", p, k);
			hset(r, req_printf(r, "%s.id", q), dbv(x, k, 0));
			hset(r, req_printf(r, "%s.name", q), dbv(x, k, 1));
			hset(r, req_printf(r, "%s.declared", q), dbv(x, k, 2));
			hset(r, req_printf(r, "%s.submitted", q), dbv(x, k, 3));
			hset(r, req_printf(r, "%s.total", q), dec2_fmt(dbi(x, k, 4), m, sizeof(m)));
		}
		dbrows_free(x);
	}
	d = db_query(r, "SELECT id, display_name, COALESCE(org_name, ''), COALESCE(org_credit_code, '') FROM accounts"
			" WHERE role = 'expert' AND status = 'active' ORDER BY username");
	db_to_hdf(r, d, "Experts", en);
	return page_render_status(r, status, "experts.cs");
}

static int
assign(struct req *r, const struct batch *b)
{
	const struct val *apps = req_val(r, "apps");
	long long expert = req_int(r, "expert", 0);
	int done = 0;
	const char *recused = "";
	struct dbrows *d;

	if (!expert) req_field_error(r, "expert", "请选择评审专家");
	if (!apps || !apps->nmulti) req_field_error(r, "apps", "请勾选要分配的申请");
	if (req_errors(r)) return render(r, b, 422);
	d = db_query(r, "SELECT COALESCE(org_credit_code, ''), COALESCE(org_name, '') FROM accounts"
			" WHERE id = ? AND role = 'expert' AND status = 'active'", DI(expert));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); req_field_error(r, "expert", "请选择评审专家"); return render(r, b, 422); }
	const char *code = req_strdup(r, dbv(d, 0, 0)), *org = req_strdup(r, dbv(d, 0, 1));
	if (db_begin(r)) return 500;
	/* the batch's rubric is fixed from the first assignment on (the default when none was saved) */
	if (rubric_ensure(r, b->id)) return 500;
	for (int i = 0; i < apps->nmulti; i++) {
		long long app;
		if (valid_int(apps->multi[i], 1, 1LL << 53, &app)) continue;
		/* 回避: the expert's organisation is the platform or one of its served enterprises */
		d = db_query(r,
			"SELECT a.display_name, (? <> '' AND (a.credit_code = ? OR EXISTS (SELECT 1 FROM app_enterprises e"
			"  WHERE e.application_id = p.id AND e.credit_code = ?)))"
			" OR (? <> '' AND (a.display_name = ? OR EXISTS (SELECT 1 FROM app_enterprises e"
			"  WHERE e.application_id = p.id AND e.name = ?)))"
			" FROM applications p JOIN accounts a ON a.id = p.account_id"
			" WHERE p.id = ? AND p.batch_id = ? AND p.state IN ('recommended', 'proposed')",
			DS(code), DS(code), DS(code), DS(org), DS(org), DS(org), DI(app), DI(b->id));
		if (!d) return 500;
		if (d->nrows == 1 && dbi(d, 0, 1)) {
			recused = req_printf(r, "%s%s“%s”", recused, *recused ? "、" : "", dbv(d, 0, 0));
		} else if (d->nrows == 1) {
			long long n = db_exec(r, "INSERT IGNORE INTO expert_assignments (application_id, expert_id, assigned_by, comments)"
						 " VALUES (?, ?, ?, '')", DI(app), DI(expert), DI(r->s.account_id));
			if (n < 0) { dbrows_free(d); return 500; }
			if (n == 1) {
				done++;
				if (audit(r, "expert.assign", "application", app, "", req_printf(r, "分配给评审专家（账户编号 %lld）", expert)) ||
				    notify(r, expert, 0, "新的评审任务",
					   req_printf(r, "自治区工信厅分配给您一项评审任务：%s。请先声明无利益冲突，再评分。", dbv(d, 0, 0)))) {
					dbrows_free(d);
					return 500;
				}
			}
		}
		dbrows_free(d);
	}
	if (db_commit(r)) return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/experts.cgi?batch=%lld", b->id),
				   *recused ? req_printf(r, "已分配 %d 项。以下申请因利益冲突自动回避，未分配给该专家：%s。", done, recused)
					    : req_printf(r, "已分配 %d 项。", done));
}

static int
handle(struct req *r)
{
	struct batch b;
	long long bid = batch_id(r);
	const char *op = req_str(r, "op");
	int st;

	if (!bid) return 404;
	if ((st = batch_open(r, bid, &b, NULL))) return st;
	if (r->method != M_POST) return render(r, &b, 200);
	if (op && !strcmp(op, "assign")) return assign(r, &b);
	if (op && !strcmp(op, "unassign")) {
		if (db_begin(r)) return 500;
		long long n = db_exec(r, "DELETE FROM expert_assignments WHERE id = ? AND submitted_at IS NULL",
				      DI(req_int(r, "assignment", 0)));
		if (n < 0) return 500;
		if (n == 0) { db_rollback(r); return page_flash_redirect(r, req_printf(r, "/cgi-bin/experts.cgi?batch=%lld", bid), "已评分的分配不能撤销。"); }
		if (audit(r, "expert.unassign", "assignment", req_int(r, "assignment", 0), "", "") || db_commit(r)) return 500;
		return page_flash_redirect(r, req_printf(r, "/cgi-bin/experts.cgi?batch=%lld", bid), "已撤销该分配。");
	}
	return 400;
}

const struct page PAGE = { "experts", M_GET | M_POST, ROLE_PROVINCE, 0, inputs, handle };
