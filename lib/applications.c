/*
 * applications.c - an application as a session may see it (access decided in SQL from
 * the session, never from request parameters: what it may not see is 404),
 * its state's words, the lock an edit takes.
 * See filing.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "filing.h"

const char *
state_label(const char *s)
{
	static const struct { const char *k, *v; } t[] = {
		{ "draft", "草稿" }, { "submitted", "已提交，待旗县区初审" }, { "returned", "退回修改" },
		{ "county_passed", "旗县区初审通过，待盟市审核" }, { "county_rejected", "旗县区不予推荐" },
		{ "city_passed", "盟市审核通过" }, { "city_rejected", "盟市不予推荐" },
		{ "recommended", "已推荐" }, { "proposed", "拟认定" }, { "recognised", "已认定" },
		{ "not_recognised", "未予认定" }, { "selected", "已列入试点企业名单" },
		{ "county_agreed", "县（市）区同意，待市备案入库" }, { "filed", "已备案入库" },
	};
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		if (!strcmp(t[i].k, s)) return t[i].v;
	return s;
}

int
app_load(struct req *r, long long id, struct app_info *a)
{
	struct dbrows *d;
	int st;

	memset(a, 0, sizeof(*a));
	d = db_query(r,
		"SELECT p.id, p.batch_id, p.account_id, p.state, COALESCE(p.region_code, ''),"
		" COALESCE(p.sub_industry, 0), p.version, p.submitted_no, p.account_id = ?,"
		" (? IN ('county', 'city', 'province') AND ? IN (g.code, g.city_code, g.province_code)) OR pp.account_id IS NOT NULL,"
		" o.display_name, p.project_id, p.stage"
		" FROM applications p JOIN accounts o ON o.id = p.account_id LEFT JOIN regions g ON g.code = p.region_code"
		/* the 服务商 a project chose, the 评测机构 assigned to it: that project only */
		" LEFT JOIN project_parties pp ON pp.project_id = p.project_id AND pp.account_id = ? AND pp.role = ?"
		" WHERE p.id = ? AND (p.account_id = ? OR pp.account_id IS NOT NULL"
		/* a reviewer: once submitted; a later stage of a project (opened by the one before it) from its start */
		"  OR (? IN ('county', 'city', 'province')"
		"      AND (p.state <> 'draft' OR EXISTS (SELECT 1 FROM applications e WHERE e.project_id = p.project_id AND e.id < p.id))"
		"      AND ? IN (g.code, g.city_code, g.province_code))"
		"  OR (? = 'expert' AND EXISTS (SELECT 1 FROM expert_assignments x WHERE x.application_id = p.id"
		"      AND x.expert_id = ? AND x.declared_at IS NOT NULL)))",
		DI(r->s.account_id), DS(role_key(r->s.role)), DS(scope_code(r)), DI(r->s.account_id), DS(role_key(r->s.role)),
		DI(id), DI(r->s.account_id),
		DS(role_key(r->s.role)), DS(scope_code(r)), DS(role_key(r->s.role)), DI(r->s.account_id));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	a->id = dbi(d, 0, 0);
	a->batch_id = dbi(d, 0, 1);
	a->account_id = dbi(d, 0, 2);
	snprintf(a->state, sizeof(a->state), "%s", dbv(d, 0, 3));
	snprintf(a->region, sizeof(a->region), "%s", dbv(d, 0, 4));
	a->sub_industry = (int)dbi(d, 0, 5);
	a->version = dbi(d, 0, 6);
	a->submitted_no = (int)dbi(d, 0, 7);
	a->owner = (int)dbi(d, 0, 8);
	a->in_scope = (int)dbi(d, 0, 9);
	snprintf(a->org, sizeof(a->org), "%s", dbv(d, 0, 10));
	a->project_id = dbi(d, 0, 11);
	snprintf(a->stage, sizeof(a->stage), "%s", dbv(d, 0, 12));
	if ((st = batch_load(r, a->batch_id, &a->b))) return st;
	a->editable = a->owner && (!strcmp(a->state, "draft") || !strcmp(a->state, "returned")) &&
		      !a->b.past_deadline;
	return 0;
}

const char *
scale_label(const char *key)
{
	return !key ? NULL : !strcmp(key, "medium") ? "中型" : !strcmp(key, "small") ? "小型" : !strcmp(key, "micro") ? "微型" : NULL;
}

int
app_begin_edit(struct req *r, const struct app_info *a)
{
	struct dbrows *d;
	int ok;

	if (db_begin(r)) return 500;
	/* the application deadline closes the first stage only (app_open) */
	d = db_query(r, "SELECT state IN ('draft', 'returned') AND (? OR CURDATE() <= b.applicant_deadline) FROM applications p"
			" JOIN batches b ON b.id = p.batch_id WHERE p.id = ? AND p.account_id = ? FOR UPDATE",
		     DI(a->later_stage), DI(a->id), DI(r->s.account_id));
	if (!d || d->nrows != 1) { dbrows_free(d); return 500; }
	ok = (int)dbi(d, 0, 0);
	if (!ok) { db_rollback(r); return 409; }
	return 0;
}

int
app_begin_party_edit(struct req *r, const struct app_info *a, const char *role)
{
	struct dbrows *d;

	if (db_begin(r)) return 500;
	/* the row as this session saw it: its state (the applicant's to edit) and its version, locked */
	d = db_query(r, "SELECT 1 FROM applications p JOIN project_parties x ON x.project_id = p.project_id AND x.role = ?"
			" AND x.account_id = ? WHERE p.id = ? AND p.state = ? AND p.state IN ('draft', 'returned') AND p.version = ?"
			" FOR UPDATE", DS(role), DI(r->s.account_id), DI(a->id), DS(a->state), DI(a->version));
	if (!d) return 500;
	if (d->nrows != 1) { db_rollback(r); return 409; }
	return 0;
}

void
app_to_hdf(struct req *r, const struct app_info *a)
{
	hseti(r, "App.id", a->id);
	hset(r, "App.state", a->state);
	hset(r, "App.state_label", state_label(a->state));
	hseti(r, "App.version", a->version);
	hseti(r, "App.submitted_no", a->submitted_no);
	hseti(r, "App.owner", a->owner);
	hseti(r, "App.editable", a->editable);
	hseti(r, "App.later_stage", a->later_stage);
	batch_to_hdf(r, &a->b, "Batch");
	struct dbrows *d = db_query(r,
		"SELECT a.display_name, COALESCE(a.credit_code, ''), COALESCE(g.name, ''), COALESCE(c.name, ''),"
		" COALESCE(s.name, ''), COALESCE(s.category, ''), COALESCE(p.return_reason, ''),"
		" COALESCE(DATE_FORMAT(p.submitted_at, '%Y-%m-%d %H:%i'), '')"
		" FROM applications p JOIN accounts a ON a.id = p.account_id"
		" LEFT JOIN regions g ON g.code = p.region_code LEFT JOIN regions c ON c.code = g.city_code"
		" LEFT JOIN sub_industries s ON s.seq = p.sub_industry WHERE p.id = ?", DI(a->id));
	static const char *const names[] = { "org", "credit_code", "county", "city", "sub_industry",
					      "category", "return_reason", "submitted_at", NULL };
	if (d && d->nrows == 1)
		for (int c = 0; names[c]; c++) hset(r, req_printf(r, "App.%s", names[c]), dbv(d, 0, c));
}
