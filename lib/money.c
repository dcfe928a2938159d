/*
 * money.c - money decisions, what was paid on them, and the money of one
 * receiver across programmes.  See money.h.
 */
#include <stdio.h>
#include <string.h>
#include "money.h"

int
money_decide(struct req *r, const struct money_decision *m)
{
	char a[32];

	if (!r->in_tx) return -1;
	if (db_exec(r,
		"INSERT INTO money_decisions (batch_id, application_id, credit_code, name, region_code, kind, ruleset,"
		" ruleset_version, amount_yuan, explanation, state, decided_on, decided_by)"
		" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'decided', CURDATE(), ?)",
		DI(m->batch_id), m->app_id ? DI(m->app_id) : DNULL, DS(m->credit_code), DS(m->name), DS(m->region),
		DS(m->kind), DS(m->ruleset), DI(m->ruleset_version), DI(m->amount), DS(m->explanation),
		DI(r->s.account_id)) != 1)
		return -1;
	return audit(r, "money.decide", "decision", db_last_id(r), "",
		     req_printf(r, "%s %s（%s）%s 万元，规则 %s 第%d版", money_kind_label(m->kind), m->name, m->credit_code,
				money_fmt(m->amount, a, sizeof(a)), m->ruleset, m->ruleset_version));
}

const char *
money_kind_label(const char *kind)
{
	return !strcmp(kind, "subsidy") ? "补助" : !strcmp(kind, "reward") ? "奖励" : !strcmp(kind, "award") ? "奖补" : "资金";
}

int
money_todo_to_hdf(struct req *r)
{
	static const char *const names[] = { "id", "name", "credit_code", "batch", "on", "decided", "left", NULL };
	char m[32];
	/* the decisions of the region with money left to pay, the oldest decision first */
	struct dbrows *d = db_query(r,
		"SELECT x.id, x.name, x.credit_code, b.title, DATE_FORMAT(x.decided_on, '%Y-%m-%d'), x.amount_yuan,"
		" x.amount_yuan - COALESCE(SUM(CASE y.kind WHEN 'pay' THEN y.amount_yuan ELSE -y.amount_yuan END), 0) AS left_yuan"
		" FROM money_decisions x JOIN regions g ON g.code = x.region_code JOIN batches b ON b.id = x.batch_id"
		" LEFT JOIN payments y ON y.decision_id = x.id"
		" WHERE x.state = 'decided' AND ? IN (g.code, g.city_code, g.province_code)"
		" GROUP BY x.id HAVING left_yuan > 0 ORDER BY x.decided_on, x.id", DS(scope_code(r)));
	long long left = 0;

	if (!d) return -1;
	for (int i = 0; i < d->nrows; i++) left += dbi(d, i, 6);
	hseti(r, "Money.Todo.count", d->nrows);
	hset(r, "Money.Todo.left", money_fmt(left, m, sizeof(m)));
	if (d->nrows > 10) d->nrows = 10;     /* the home page lists the oldest ten; the page has them all */
	db_to_hdf(r, d, "Money.Todo.Items", names);
	for (int i = 0; i < d->nrows; i++) {
		hset(r, req_printf(r, "Money.Todo.Items.%d.decided", i), money_fmt(dbi(d, i, 5), m, sizeof(m)));
		hset(r, req_printf(r, "Money.Todo.Items.%d.left", i), money_fmt(dbi(d, i, 6), m, sizeof(m)));
	}
	return 0;
}

int
money_double_to_hdf(struct req *r)
{
	struct dbrows *d = db_query(r,
		"SELECT COUNT(DISTINCT x.credit_code) FROM money_decisions x JOIN regions g ON g.code = x.region_code"
		" WHERE x.state = 'decided' AND ? IN (g.code, g.city_code, g.province_code) AND x.credit_code IN"
		"  (SELECT o.credit_code FROM money_decisions o JOIN batches q ON q.id = o.batch_id WHERE o.state = 'decided'"
		"   GROUP BY o.credit_code HAVING COUNT(DISTINCT q.programme) > 1)", DS(scope_code(r)));
	if (!d) return -1;
	hseti(r, "Money.Double.count", d->nrows ? dbi(d, 0, 0) : 0);
	return 0;
}

int
money_of_code_to_hdf(struct req *r, const char *code, const char *prefix)
{
	char m[32];
	long long t[4] = { 0 };
	static const char *const tn[] = { "decided", "paid", "clawed", "left" };
	struct dbrows *d = db_query(r,
		"SELECT x.id, b.programme, b.title, x.kind, x.ruleset, x.ruleset_version, x.amount_yuan,"
		" COALESCE(SUM(CASE WHEN y.kind = 'pay' THEN y.amount_yuan END), 0),"
		" COALESCE(SUM(CASE WHEN y.kind = 'clawback' THEN y.amount_yuan END), 0),"
		" DATE_FORMAT(x.decided_on, '%Y-%m-%d'), x.state"
		" FROM money_decisions x JOIN batches b ON b.id = x.batch_id LEFT JOIN payments y ON y.decision_id = x.id"
		" WHERE x.credit_code = ? GROUP BY x.id ORDER BY x.decided_on, x.id", DS(code));
	const char *seen = " ";
	int programmes = 0;

	if (!d) return -1;
	for (int i = 0; i < d->nrows; i++) {
		const struct programme *p = programme_of(dbv(d, i, 1));
		const char *k = req_printf(r, "%s.%d", prefix, i), *key = req_printf(r, " %s ", dbv(d, i, 1));
		int live = !strcmp(dbv(d, i, 10), "decided");
		long long v[4] = { dbi(d, i, 6), dbi(d, i, 7), dbi(d, i, 8), 0 };
		v[3] = v[0] - v[1] + v[2];
		if (live && !strstr(seen, key)) { seen = req_printf(r, "%s%s", seen, key + 1); programmes++; }
		hset(r, req_printf(r, "%s.id", k), dbv(d, i, 0));
		hset(r, req_printf(r, "%s.programme", k), p ? p->name : dbv(d, i, 1));
		hset(r, req_printf(r, "%s.batch", k), dbv(d, i, 2));
		hset(r, req_printf(r, "%s.kind", k), money_kind_label(dbv(d, i, 3)));
		hset(r, req_printf(r, "%s.ruleset", k), req_printf(r, "%s 第%s版", dbv(d, i, 4), dbv(d, i, 5)));
		hset(r, req_printf(r, "%s.on", k), dbv(d, i, 9));
		hseti(r, req_printf(r, "%s.void", k), !live);
		for (int c = 0; c < 4; c++) {
			hset(r, req_printf(r, "%s.%s", k, tn[c]), money_fmt(v[c], m, sizeof(m)));
			if (live) t[c] += v[c];
		}
	}
	for (int c = 0; c < 4; c++) hset(r, req_printf(r, "%s_total.%s", prefix, tn[c]), money_fmt(t[c], m, sizeof(m)));
	hseti(r, req_printf(r, "%s_programmes", prefix), programmes);
	return 0;
}
