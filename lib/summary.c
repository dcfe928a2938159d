/*
 * summary.c - the 汇总表: loading, grouping, subtotals, rule flags, and the
 * small formatting helpers its exports share.  See summary.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "summary.h"

int
summary_add(struct summary *s, long long app_id, const char *name, long long cost, long long subsidy)
{
	struct sum_group *g;
	struct sum_row *r;

	if (!s->ngroups || s->groups[s->ngroups - 1].app_id != app_id) {
		if (s->ngroups == s->capgroups) {
			int cap = s->capgroups ? s->capgroups * 2 : 64;
			void *p = realloc(s->groups, sizeof(*s->groups) * (size_t)cap);
			if (!p) return -1;
			s->groups = p;
			s->capgroups = cap;
		}
		g = &s->groups[s->ngroups++];
		memset(g, 0, sizeof(*g));
		g->app_id = app_id;
		g->first = s->nrows;
	}
	g = &s->groups[s->ngroups - 1];
	if (!name) return 0;          /* a platform that lists no served enterprise */
	if (s->nrows == s->caprows) {
		int cap = s->caprows ? s->caprows * 2 : 256;
		void *p = realloc(s->rows, sizeof(*s->rows) * (size_t)cap);
		if (!p) return -1;
		s->rows = p;
		s->caprows = cap;
	}
	r = &s->rows[s->nrows++];
	memset(r, 0, sizeof(*r));
	r->group = s->ngroups - 1;
	r->name = name;
	r->cost = cost;
	r->subsidy = subsidy;
	g->n++;
	g->cost += cost;
	g->subsidy += subsidy;
	s->cost += cost;
	s->subsidy += subsidy;
	return 0;
}

void
summary_flags(struct summary *s, const struct batch *b)
{
	s->flagged = 0;
	for (int i = 0; i < s->nrows; i++) {
		s->rows[i].cap = subsidy_cap_yuan(b, s->rows[i].cost);
		s->rows[i].over_cap = s->rows[i].subsidy > s->rows[i].cap;
		s->flagged += s->rows[i].over_cap;
	}
	for (int i = 0; i < s->ngroups; i++) {
		s->groups[i].few = s->groups[i].n < batch_int(b, "min_smes");
		s->groups[i].over_total = !subsidy_total_ok(b, s->groups[i].subsidy);
		s->flagged += s->groups[i].few + s->groups[i].over_total;
	}
}

void
summary_free(struct summary *s)
{
	free(s->rows);
	free(s->groups);
	memset(s, 0, sizeof(*s));
}

void
sum_filter_read(struct req *r, struct sum_filter *f)
{
	static const char *const states[] = { "recommended", "proposed", "recognised", "all", NULL };
	const char *st = req_str(r, "state");

	memset(f, 0, sizeof(*f));
	f->batch = batch_of_page(r, NULL);
	snprintf(f->city, sizeof(f->city), "%s", req_str(r, "city") ? req_str(r, "city") : "");
	f->sub = (int)req_int(r, "sub", 0);
	for (int i = 0; st && states[i]; i++)
		if (!strcmp(st, states[i])) snprintf(f->state, sizeof(f->state), "%s", st);
}

int
summary_load(struct req *r, const struct sum_filter *f, const struct batch *b, struct summary *s)
{
	struct dbrows *d;

	memset(s, 0, sizeof(*s));
	d = db_query(r,
		"SELECT p.id, a.display_name, COALESCE(i.name, ''), c.name, p.state, e.name, COALESCE(e.cost_yuan, 0),"
		" COALESCE(e.subsidy_yuan, 0), COALESCE(e.credit_code, '')"
		" FROM applications p JOIN accounts a ON a.id = p.account_id JOIN regions g ON g.code = p.region_code"
		" JOIN regions c ON c.code = g.city_code LEFT JOIN sub_industries i ON i.seq = p.sub_industry"
		" LEFT JOIN app_enterprises e ON e.application_id = p.id"
		" WHERE p.batch_id = ? AND ? IN (g.code, g.city_code, g.province_code)"
		" AND ((? = '' AND p.state IN ('recommended', 'proposed', 'recognised'))"
		"      OR (? = 'all' AND p.state <> 'draft') OR p.state = ?)"
		" AND (? = '' OR g.city_code = ? OR g.code = ?) AND (? = 0 OR p.sub_industry = ?)"
		" ORDER BY c.sort, p.sub_industry, p.id, e.id",
		DI(f->batch), DS(scope_code(r)), DS(f->state), DS(f->state), DS(f->state),
		DS(f->city), DS(f->city), DS(f->city), DI(f->sub), DI(f->sub));
	if (!d) return -1;
	for (int i = 0; i < d->nrows; i++) {
		/* the strings live in the request arena: the rows outlive d */
		if (summary_add(s, dbi(d, i, 0), dbn(d, i, 5) ? req_strdup(r, dbv(d, i, 5)) : NULL,
				dbi(d, i, 6), dbi(d, i, 7)))
			goto err;
		struct sum_group *g = &s->groups[s->ngroups - 1];
		if (!g->org) {
			g->org = req_strdup(r, dbv(d, i, 1));
			g->industry = req_strdup(r, dbv(d, i, 2));
			g->city = req_strdup(r, dbv(d, i, 3));
			g->state = req_strdup(r, dbv(d, i, 4));
		}
		if (dbn(d, i, 5)) s->rows[s->nrows - 1].credit_code = req_strdup(r, dbv(d, i, 8));
	}
	dbrows_free(d);
	summary_flags(s, b);
	/* enterprises several platforms of the batch list: one grouped read, matched by code */
	d = db_query(r,
		"SELECT e.credit_code, COUNT(DISTINCT e.application_id), SUM(e.subsidy_yuan),"
		" (SELECT c.application_id FROM enterprise_claims c WHERE c.batch_id = ? AND c.credit_code = e.credit_code)"
		" FROM app_enterprises e JOIN applications p ON p.id = e.application_id"
		" WHERE p.batch_id = ? AND p.state <> 'draft' GROUP BY e.credit_code HAVING COUNT(DISTINCT e.application_id) > 1"
		" ORDER BY e.credit_code", DI(f->batch), DI(f->batch));
	if (!d) goto err;
	for (int i = 0; d->nrows && i < s->nrows; i++) {
		struct sum_row *x = &s->rows[i];
		int lo = 0, hi = d->nrows - 1;
		while (x->credit_code && lo <= hi) {
			int mid = (lo + hi) / 2, c = strcmp(dbv(d, mid, 0), x->credit_code);
			if (c < 0) lo = mid + 1;
			else if (c > 0) hi = mid - 1;
			else {
				x->shared = (int)dbi(d, mid, 1) - 1;
				x->shared_total = dbi(d, mid, 2);
				x->kept = !dbn(d, mid, 3) ? 0 : dbi(d, mid, 3) == s->groups[x->group].app_id ? 1 : -1;
				s->shared++;
				break;
			}
		}
	}
	dbrows_free(d);
	return 0;
err:
	dbrows_free(d);
	summary_free(s);
	return -1;
}

void
summary_to_hdf(struct req *r, const struct summary *s, const struct batch *b)
{
	char m[32];

	for (int i = 0; i < s->ngroups; i++) {
		const struct sum_group *g = &s->groups[i];
		const char *p = req_printf(r, "Sum.groups.%d", i);
		hseti(r, req_printf(r, "%s.seq", p), i + 1);
		hsetf(r, req_printf(r, "%s.app", p), "%lld", g->app_id);
		hset(r, req_printf(r, "%s.org", p), g->org);
		hset(r, req_printf(r, "%s.industry", p), g->industry);
		hset(r, req_printf(r, "%s.city", p), g->city);
		hset(r, req_printf(r, "%s.state", p), state_label(g->state));
		hseti(r, req_printf(r, "%s.n", p), g->n);
		hset(r, req_printf(r, "%s.cost", p), money_fmt(g->cost, m, sizeof(m)));
		hset(r, req_printf(r, "%s.subsidy", p), money_fmt(g->subsidy, m, sizeof(m)));
		hseti(r, req_printf(r, "%s.few", p), g->few);
		hseti(r, req_printf(r, "%s.over_total", p), g->over_total);
		for (int k = 0; k < g->n; k++) {
			const struct sum_row *row = &s->rows[g->first + k];
			const char *q = req_printf(r, "%s.rows.%d", p, k);
			hset(r, req_printf(r, "%s.name", q), row->name);
			hset(r, req_printf(r, "%s.cost", q), money_fmt(row->cost, m, sizeof(m)));
			hset(r, req_printf(r, "%s.subsidy", q), money_fmt(row->subsidy, m, sizeof(m)));
			hset(r, req_printf(r, "%s.cap", q), money_fmt(row->cap, m, sizeof(m)));
			hset(r, req_printf(r, "%s.basis", q), subsidy_basis(r, b, row->cost));
			hseti(r, req_printf(r, "%s.over", q), row->over_cap);
			if (row->shared) {
				hseti(r, req_printf(r, "%s.shared", q), row->shared);
				hset(r, req_printf(r, "%s.shared_total", q), money_fmt(row->shared_total, m, sizeof(m)));
				hseti(r, req_printf(r, "%s.shared_over", q), row->shared_total > batch_yuan(b, "cap_enterprise_yuan"));
				hseti(r, req_printf(r, "%s.kept", q), row->kept);
				hset(r, req_printf(r, "%s.credit_code", q), row->credit_code);
			}
		}
	}
	hseti(r, "Sum.ngroups", s->ngroups);
	hseti(r, "Sum.nrows", s->nrows);
	hset(r, "Sum.cost", money_fmt(s->cost, m, sizeof(m)));
	hset(r, "Sum.subsidy", money_fmt(s->subsidy, m, sizeof(m)));
	hseti(r, "Sum.flagged", s->flagged);
	hseti(r, "Sum.shared", s->shared);
}

void
sum_filter_to_hdf(struct req *r, const struct sum_filter *f)
{
	struct dbrows *d;
	static const char *const sn[] = { "seq", "name", NULL };

	hset(r, "Filter.city", f->city);
	hseti(r, "Filter.sub", f->sub);
	hset(r, "Filter.state", f->state);
	hset(r, "Filter.query", sum_filter_query(r, f));
	d = db_query(r, "SELECT seq, name FROM sub_industries ORDER BY seq");
	db_to_hdf(r, d, "SubInd", sn);
	dbrows_free(d);
	scope_regions_to_hdf(r);
}

const char *
sum_filter_query(struct req *r, const struct sum_filter *f)
{
	return req_printf(r, "batch=%lld&city=%s&sub=%s&state=%s", f->batch, f->city,
			  f->sub ? req_printf(r, "%d", f->sub) : "", f->state);
}

/* -12.5, 300, 0.0250: a plain decimal number, which a spreadsheet reads as a number and never evaluates */
static int
csv_number(const char *v)
{
	const char *p = v + (*v == '-');
	int digits = 0;

	while (*p >= '0' && *p <= '9') { p++; digits++; }
	if (*p == '.' && digits) {
		p++;
		if (!(*p >= '0' && *p <= '9')) return 0;
		while (*p >= '0' && *p <= '9') p++;
	}
	return digits && *p == '\0';
}

void
csv_field(STRING *s, const char *v, int last)
{
	string_append_char(s, '"');
	/* text with a leading = + - @ (or tab/CR) would make a spreadsheet evaluate the cell; numbers stay numbers */
	if (v && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r') &&
	    !csv_number(v))
		string_append_char(s, '\'');
	for (; v && *v; v++) {
		if (*v == '"') string_append_char(s, '"');
		string_append_char(s, *v);
	}
	string_append_char(s, '"');
	string_append(s, last ? "\r\n" : ",");
}

const char *
download_disposition(struct req *r, const char *base, const char *ext)
{
	struct dbrows *d = db_query(r, "SELECT DATE_FORMAT(CURDATE(), '%Y%m%d')");
	const char *name = req_printf(r, "%s_%s.%s", base, d && d->nrows ? dbv(d, 0, 0) : "", ext);
	dbrows_free(d);
	return req_printf(r, "attachment; filename=\"dtpilot.%s\"; filename*=UTF-8''%s", ext, rfc5987(r, name));
}
