/*
 * summary.c - the 汇总表: loading, grouping, subtotals, rule flags, and the
 * small formatting helpers its exports share.  See summary.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "summary.h"
#include "money.h"
#include "ruleset.h"

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

/* the rule checks of one group and its rows: how many it breaks */
static int
group_flags(struct summary *s, const struct batch *b, struct sum_group *g)
{
	int n = 0;
	for (int i = g->first; i < g->first + g->n; i++) {
		s->rows[i].cap = subsidy_cap_yuan(b, s->rows[i].cost);
		s->rows[i].over_cap = s->rows[i].subsidy > s->rows[i].cap;
		n += s->rows[i].over_cap;
	}
	g->few = g->n < batch_int(b, "min_smes");
	g->over_total = !subsidy_total_ok(b, g->subsidy);
	return n + g->few + g->over_total;
}

void
summary_flags(struct summary *s, const struct batch *b)
{
	s->flagged = 0;
	for (int i = 0; i < s->ngroups; i++) s->flagged += group_flags(s, b, &s->groups[i]);
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

/*
 * Reading a 汇总表: rows of (application, platform, sub-industry, 盟市,
 * state, enterprise, cost, subsidy, credit code) in platform order, one
 * group at a time.  What a row is matched against (the enterprises several
 * platforms of the batch list; the money decided) is read first: while the
 * rows stream, the connection runs nothing else.
 */
struct scan {
	struct summary *s;
	const struct batch *b;
	struct dbrows *shared;      /* credit code, platforms, their total, who keeps it; by code */
	struct dbrows *money;       /* application, amount decided, paid less clawed back; by application */
	sum_each each;              /* NULL: every group kept in s */
	void *ctx;
	struct mem *mark;           /* the open group's strings (each: released after it) */
	int open, rc;
};

/* the first row whose first column is key (or, key NULL, id); the rows sorted by it.  -1: none */
static int
lookup(const struct dbrows *d, const char *key, long long id)
{
	int lo = 0, hi = d ? d->nrows : 0;

	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (key ? strcmp(dbv(d, mid, 0), key) < 0 : dbi(d, mid, 0) < id) lo = mid + 1;
		else hi = mid;
	}
	if (!d || lo >= d->nrows || (key ? strcmp(dbv(d, lo, 0), key) != 0 : dbi(d, lo, 0) != id)) return -1;
	return lo;
}

static void
group_close(struct req *r, struct scan *x)
{
	struct summary *s = x->s;
	struct sum_group *g = &s->groups[s->ngroups - 1];

	x->open = 0;
	s->flagged += group_flags(s, x->b, g);
	for (int i = g->first; x->shared && i < g->first + g->n; i++) {
		struct sum_row *w = &s->rows[i];
		int k = w->credit_code ? lookup(x->shared, w->credit_code, 0) : -1;
		if (k < 0) continue;
		w->shared = (int)dbi(x->shared, k, 1) - 1;
		w->shared_total = dbi(x->shared, k, 2);
		w->kept = !dbn(x->shared, k, 3) ? 0 : dbi(x->shared, k, 3) == g->app_id ? 1 : -1;
		s->shared++;
	}
	for (int k = x->money ? lookup(x->money, NULL, g->app_id) : -1; k >= 0 && k < x->money->nrows && dbi(x->money, k, 0) == g->app_id; k++) {
		g->decided = 1;
		g->decision += dbi(x->money, k, 1);
		g->paid += dbi(x->money, k, 2);
		s->decisions++;
	}
	s->count_groups++;
	s->count_rows += g->n;
	if (x->each) {
		x->rc = x->each(r, g, &s->rows[g->first], x->ctx);
		s->ngroups = s->nrows = 0;      /* the caller has had them */
		req_release(r, x->mark);
	}
}

static int
scan_row(struct req *r, const struct dbrows *d, void *ctx)
{
	struct scan *x = ctx;
	struct summary *s = x->s;
	long long id = dbi(d, 0, 0);
	const char *name = dbn(d, 0, 5);

	if (x->open && s->groups[s->ngroups - 1].app_id != id) {
		group_close(r, x);
		if (x->rc) return x->rc;
	}
	if (!x->open && x->each) x->mark = req_mark(r);
	if (summary_add(s, id, name ? req_strdup(r, name) : NULL, dbi(d, 0, 6), dbi(d, 0, 7))) return -1;
	struct sum_group *g = &s->groups[s->ngroups - 1];
	if (!x->open) {
		x->open = 1;
		g->org = req_strdup(r, dbv(d, 0, 1));
		g->industry = req_strdup(r, dbv(d, 0, 2));
		g->city = req_strdup(r, dbv(d, 0, 3));
		g->state = req_strdup(r, dbv(d, 0, 4));
	}
	if (name) s->rows[s->nrows - 1].credit_code = req_strdup(r, dbv(d, 0, 8));
	return 0;
}

/* after the rows: the last group, and the outcome (0, -1, or what each() returned) */
static int
scan_end(struct req *r, struct scan *x, int rc)
{
	if (!rc && x->open) group_close(r, x);
	if (!rc) rc = x->rc;
	if (rc && x->open && x->each) req_release(r, x->mark);
	if (rc && !x->each) summary_free(x->s);
	return rc;
}

/* the tables and the filter of a 汇总表's rows (the filter's parameters: SCAN_PARAMS) */
#define SCAN_JOINS \
	" JOIN regions g ON g.code = p.region_code JOIN regions c ON c.code = g.city_code" \
	" LEFT JOIN app_enterprises e ON e.application_id = p.id"
#define SCAN_WHERE \
	" WHERE p.batch_id = ? AND ? IN (g.code, g.city_code, g.province_code)" \
	" AND ((? = '' AND p.state IN ('recommended', 'proposed', 'recognised'))" \
	"      OR (? = 'all' AND p.state <> 'draft') OR p.state = ?)" \
	" AND (? = '' OR g.city_code = ? OR g.code = ?) AND (? = 0 OR p.sub_industry = ?)"
#define SCAN_PARAMS(r, f) DI((f)->batch), DS(scope_code(r)), DS((f)->state), DS((f)->state), DS((f)->state), \
	DS((f)->city), DS((f)->city), DS((f)->city), DI((f)->sub), DI((f)->sub)

/* what a row is matched against, read before the rows (see struct scan); 0, or -1 */
static int
scan_begin(struct req *r, const struct sum_filter *f, struct scan *x)
{
	memset(x->s, 0, sizeof(*x->s));
	/* enterprises several platforms of the batch list: one grouped read, matched by code */
	x->shared = db_query(r,
		"SELECT e.credit_code, COUNT(DISTINCT e.application_id), SUM(e.subsidy_yuan),"
		" (SELECT c.application_id FROM enterprise_claims c WHERE c.batch_id = ? AND c.credit_code = e.credit_code)"
		" FROM app_enterprises e JOIN applications p ON p.id = e.application_id"
		" WHERE p.batch_id = ? AND p.state <> 'draft' GROUP BY e.credit_code HAVING COUNT(DISTINCT e.application_id) > 1"
		" ORDER BY e.credit_code", DI(f->batch), DI(f->batch));
	/* the money decided at 认定 and what 财政 has paid on it */
	x->money = db_query(r,
		"SELECT x.application_id, x.amount_yuan,"
		" COALESCE(SUM(CASE y.kind WHEN 'pay' THEN y.amount_yuan ELSE -y.amount_yuan END), 0)"
		" FROM money_decisions x LEFT JOIN payments y ON y.decision_id = x.id"
		" WHERE x.batch_id = ? AND x.state = 'decided' AND x.application_id IS NOT NULL GROUP BY x.id"
		" ORDER BY x.application_id, x.id", DI(f->batch));
	return x->shared && x->money ? 0 : -1;
}

int
summary_scan(struct req *r, const struct sum_filter *f, const struct batch *b, struct summary *s, sum_each each, void *ctx)
{
	struct scan x = { s, b, NULL, NULL, each, ctx, NULL, 0, 0 };

	if (scan_begin(r, f, &x)) return -1;
	return scan_end(r, &x, db_each(r,
		"SELECT p.id, a.display_name, COALESCE(i.name, ''), c.name, p.state, e.name, COALESCE(e.cost_yuan, 0),"
		" COALESCE(e.subsidy_yuan, 0), COALESCE(e.credit_code, '')"
		" FROM applications p JOIN accounts a ON a.id = p.account_id LEFT JOIN sub_industries i ON i.seq = p.sub_industry"
		SCAN_JOINS SCAN_WHERE " ORDER BY c.sort, p.sub_industry, p.id, e.id", scan_row, &x, SCAN_PARAMS(r, f)));
}

int
summary_load(struct req *r, const struct sum_filter *f, const struct batch *b, struct summary *s)
{
	return summary_scan(r, f, b, s, NULL, NULL);
}

static int
count_only(struct req *r, const struct sum_group *g, const struct sum_row *rows, void *ctx)
{
	(void)r; (void)g; (void)rows; (void)ctx;
	return 0;
}

/* the same rows, for their counts and totals: without the names or the table's order, it reads fewer tables and
 * sorts on the key (groups come by application; the platform name, sub-industry and 盟市 are left empty) */
int
summary_count(struct req *r, const struct sum_filter *f, const struct batch *b, struct summary *s)
{
	struct scan x = { s, b, NULL, NULL, count_only, NULL, NULL, 0, 0 };

	if (scan_begin(r, f, &x)) return -1;
	return scan_end(r, &x, db_each(r,
		"SELECT p.id, '', '', '', p.state, IF(e.id IS NULL, NULL, ''), COALESCE(e.cost_yuan, 0),"
		" COALESCE(e.subsidy_yuan, 0), COALESCE(e.credit_code, '') FROM applications p"
		SCAN_JOINS SCAN_WHERE " ORDER BY p.id, e.id", scan_row, &x, SCAN_PARAMS(r, f)));
}

int
summary_load_reclist(struct req *r, const struct batch *b, const char *city, struct summary *s)
{
	struct scan x = { s, b, NULL, NULL, NULL, NULL, NULL, 0, 0 };

	memset(s, 0, sizeof(*s));
	/* the 盟市's submitted list in its order: sub-industries, then ranks */
	return scan_end(r, &x, db_each(r,
		"SELECT p.id, a.display_name, sb.name, g.name, p.state, e.name, COALESCE(e.cost_yuan, 0), COALESCE(e.subsidy_yuan, 0),"
		" COALESCE(e.credit_code, '')"
		" FROM rec_lists c JOIN rec_items i ON i.list_id = c.id"
		" JOIN applications p ON p.id = i.application_id JOIN accounts a ON a.id = p.account_id"
		" JOIN regions g ON g.code = c.region_code"
		" JOIN sub_industries sb ON sb.seq = i.grp LEFT JOIN app_enterprises e ON e.application_id = p.id"
		" WHERE c.batch_id = ? AND c.level = 'city' AND c.region_code = ? ORDER BY i.grp, i.rank_no, e.id", scan_row, &x,
		DI(b->id), DS(city)));
}

/* how one 奖补资金额 is arrived at: its inputs, rule, cap and clause (the screen's explanation, the decision's) */
static const char *
row_detail(struct req *r, const struct batch *b, const struct sum_row *x)
{
	char m[32];
	return req_printf(r, "实际改造成本 %s 万元；规则：%s；上限 %s 万元；申请 %s 万元%s。",
		req_strdup(r, money_fmt(x->cost, m, sizeof(m))), subsidy_basis(r, b, x->cost),
		req_strdup(r, money_fmt(x->cap, m, sizeof(m))), req_strdup(r, money_fmt(x->subsidy, m, sizeof(m))),
		x->over_cap ? "，超过上限" : "");
}

void
summary_table_begin(struct req *r, const struct summary *s, const struct batch *b, struct table *t, int screen,
		    struct sum_build *k)
{
	table_init(r, t, platform_summary_cols, s->decisions ? SUMC_ALL : SUMC_N);
	t->landscape = 1;
	t->empty = "没有符合条件的服务平台。";
	*k = (struct sum_build){ .t = t, .b = b, .screen = screen };
}

int
summary_table_group(struct req *r, const struct sum_group *g, const struct sum_row *rows, void *ctx)
{
	struct sum_build *k = ctx;
	struct table *t = k->t;
	const struct batch *b = k->b;
	int screen = k->screen, y;
	char m[32];

	table_group_begin(t);
	for (int i = 0; i < (g->n ? g->n : 1); i++) {
		y = table_row(t);
		if (!g->n) { table_text(t, y, SUMC_NAME, "（无服务企业）"); continue; }
		const struct sum_row *x = &rows[i];
		table_text(t, y, SUMC_NAME, x->name);
		table_num(t, y, SUMC_COST, x->cost);
		table_num(t, y, SUMC_SUBSIDY, x->subsidy);
		if (x->over_cap) {
			table_cell(t, y, SUMC_SUBSIDY)->flags |= TF_BAD;
			table_text(t, y, SUMC_CHECK, "奖补资金额超过上限");
		}
		if (!screen) continue;
		table_x(t, y, SUMC_SUBSIDY)->detail = row_detail(r, b, x);
		if (x->shared) {
			table_badge(t, y, SUMC_NAME, req_printf(r, "另有 %d 个平台申报该企业，合计 %s 万元%s", x->shared,
				req_strdup(r, money_fmt(x->shared_total, m, sizeof(m))),
				x->shared_total > batch_yuan(b, "cap_enterprise_yuan") ? req_printf(r, "，超过每家%s万元",
					req_strdup(r, money_trim(batch_yuan(b, "cap_enterprise_yuan"), m, sizeof(m)))) : ""), "off", NULL);
			if (x->kept == 1) table_badge(t, y, SUMC_NAME, "已裁定归属本平台", "on", NULL);
			else if (x->kept == -1) table_badge(t, y, SUMC_NAME, "已裁定归属其他平台", "", NULL);
			else if (r->s.role == ROLE_PROVINCE)
				table_badge(t, y, SUMC_NAME, "裁定归属", "", req_printf(r, "/cgi-bin/claims.cgi?batch=%lld#c-%s", b->id, x->credit_code));
			else table_badge(t, y, SUMC_NAME, "待自治区裁定", "", NULL);
		}
	}
	/* the group's own cells, on its first row; the subtotal merges them over its rows */
	int top = t->nrows - (g->n ? g->n : 1);
	table_text(t, top, SUMC_SEQ, req_printf(r, "%d", ++k->seq));
	table_cell(t, top, SUMC_SEQ)->flags |= TF_CENTER;
	table_text(t, top, SUMC_ORG, g->org);
	table_text(t, top, SUMC_IND, g->industry);
	table_text(t, top, SUMC_CITY, g->city);
	table_text(t, top, SUMC_STATE, state_label(g->state));
	if (g->decided) {
		table_num(t, top, SUMC_PAID, g->paid);
		table_num(t, top, SUMC_LEFT, g->decision - g->paid);
		k->paid += g->paid;
		k->left += g->decision - g->paid;
	}
	if (screen) {
		table_x(t, top, SUMC_ORG)->href = req_printf(r, "/cgi-bin/app.cgi?id=%lld", g->app_id);
		if (!g->n) table_badge(t, top, SUMC_ORG, "无服务企业", "off", NULL);
		if (g->few) table_badge(t, top, SUMC_ORG, req_printf(r, "服务企业少于%d家（申报条件（六））", batch_int(b, "min_smes")), "off", NULL);
		if (g->over_total)
			table_badge(t, top, SUMC_ORG, req_printf(r, "奖补合计超过%s万元（附件3注）",
				req_strdup(r, money_trim(batch_yuan(b, "cap_platform_yuan"), m, sizeof(m)))), "off", NULL);
	}
	y = table_group_end(t, SUMC_NAME, "小计");
	if (g->over_total) {
		table_cell(t, y, SUMC_SUBSIDY)->flags |= TF_BAD;
		table_text(t, y, SUMC_CHECK, "合计超过每个服务平台上限");
	} else if (g->few)
		table_text(t, y, SUMC_CHECK, "服务企业数少于申报条件（六）");
	return table_flush(t);
}

void
summary_table_end(struct req *r, struct sum_build *k)
{
	struct table *t = k->t;
	int y = table_total(t, "合计");

	(void)r;
	if (t->ncols == SUMC_ALL) {
		table_num(t, y, SUMC_PAID, k->paid);
		table_num(t, y, SUMC_LEFT, k->left);
	}
	if (k->screen) {
		table_x(t, y, SUMC_COST)->id = "total-cost";
		table_x(t, y, SUMC_SUBSIDY)->id = "total-subsidy";
	}
	/* the total row's cells: plain (tr.total makes them bold) */
	table_cell(t, y, SUMC_COST)->flags &= (unsigned char)~TF_BOLD;
	table_cell(t, y, SUMC_SUBSIDY)->flags &= (unsigned char)~TF_BOLD;
}

void
summary_table(struct req *r, const struct summary *s, const struct batch *b, struct table *t, int screen)
{
	struct sum_build k;

	summary_table_begin(r, s, b, t, screen, &k);
	for (int i = 0; i < s->ngroups; i++) summary_table_group(r, &s->groups[i], &s->rows[s->groups[i].first], &k);
	summary_table_end(r, &k);
}

int
summary_decide(struct req *r, const struct app_info *a)
{
	struct sum_filter f = { .batch = a->batch_id, .sub = a->sub_industry, .state = "recognised" };
	const struct ruleset *rs = batch_ruleset(&a->b, a->p->ruleset);
	struct summary s;
	struct dbrows *d;
	const struct sum_group *g = NULL;
	const char *why = "";
	char m[32], cap[32];
	int rc = -1;

	snprintf(f.city, sizeof(f.city), "%s", a->region);
	if (!rs || summary_load(r, &f, &a->b, &s)) return -1;
	for (int i = 0; i < s.ngroups && !g; i++)
		if (s.groups[i].app_id == a->id) g = &s.groups[i];
	d = db_query(r, "SELECT COALESCE(credit_code, ''), display_name FROM accounts WHERE id = ?", DI(a->account_id));
	if (!g || !d || d->nrows != 1) goto out;
	for (int k = 0; k < g->n; k++) {
		const struct sum_row *x = &s.rows[g->first + k];
		why = req_printf(r, "%s%d. %s（%s）：%s\n", why, k + 1, x->name, x->credit_code ? x->credit_code : "", row_detail(r, &a->b, x));
	}
	why = req_printf(r, "%s奖补资金合计 %s 万元（汇总表小计%s；每个服务平台最高 %s 万元，附件3注）。", why,
			 req_strdup(r, money_fmt(g->subsidy, m, sizeof(m))), g->over_total ? "，超过每个服务平台上限" : "",
			 money_fmt(batch_yuan(&a->b, "cap_platform_yuan"), cap, sizeof(cap)));
	rc = money_decide(r, &(struct money_decision){ .batch_id = a->batch_id, .app_id = a->id, .credit_code = dbv(d, 0, 0),
		.name = dbv(d, 0, 1), .region = a->region, .kind = "subsidy", .ruleset = rs->key, .ruleset_version = rs->version,
		.amount = g->subsidy, .explanation = why });
out:
	dbrows_free(d);
	summary_free(&s);
	return rc;
}

int
summary_lines(struct req *r, struct table *t, const struct batch *b, const char *code, const char **area)
{
	struct dbrows *d = db_query(r,
		"SELECT g.name, g.level, DATE_FORMAT(CURDATE(), '%Y-%m-%d'),"
		" (SELECT CONCAT(a.contact_person, '\t', a.mobile) FROM account_scopes x JOIN accounts a ON a.id = x.account_id"
		"  WHERE x.region_code = g.code AND a.role IN ('province', 'city', 'county') AND a.status = 'active'"
		"  ORDER BY a.id = ? DESC, a.id LIMIT 1)"
		" FROM regions g WHERE g.code = ? AND ? IN (g.code, g.city_code, g.province_code)",
		DI(r->s.account_id), DS(code), DS(scope_code(r)));
	char cp[32], ce[32];

	*area = NULL;
	if (!d) return -1;
	if (d->nrows != 1) { dbrows_free(d); return 0; }
	*area = req_strdup(r, dbv(d, 0, 0));
	const char *level = dbv(d, 0, 1), *who = dbv(d, 0, 3), *tab = strchr(who, '\t');
	/* 填表人 and 联系电话: the reviewer of the table's own region (the user, when it is theirs) */
	const char *filler = tab ? req_printf(r, "%.*s", (int)(tab - who), who) : "", *phone = tab ? req_strdup(r, tab + 1) : "";
	t->docno = "附3";
	t->title = req_printf(r, "%d年%s试点企业数字化转型汇总表", b->year, *area);
	table_line(t, !strcmp(level, "province")
		? req_printf(r, "省级中小企业主管部门：%s（盖章）", req_conf(r, "Site.Authority", "内蒙古自治区工业和信息化厅"))
		: req_printf(r, "%s中小企业主管部门：%s工业和信息化局（盖章）", !strcmp(level, "city") ? "盟市" : "旗县区", *area), NULL);
	table_line(t, req_printf(r, "填表日期：%s　　填表人：%s　　联系电话：%s", cn_date(r, dbv(d, 0, 2)), filler, phone), "单位：万元");
	table_note(t, req_printf(r,
		"注：评估每个服务平台和每家企业数字化改造成本，需按照每个服务平台最高奖补不超过%s万元、不超过每家试点企业实际改造成本的%d%%且奖补资金最高不超过%s万元的标准进行测算。",
		req_strdup(r, money_trim(batch_yuan(b, "cap_platform_yuan"), cp, sizeof(cp))), batch_int(b, "cap_enterprise_pct"),
		money_trim(batch_yuan(b, "cap_enterprise_yuan"), ce, sizeof(ce))));
	return 0;
}

void
summary_to_hdf(struct req *r, const struct summary *s, const struct batch *b)
{
	(void)b;
	hseti(r, "Sum.ngroups", s->count_groups);
	hseti(r, "Sum.nrows", s->count_rows);
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
	return req_printf(r, "attachment; filename=\"dtpilot.%s\"; filename*=UTF-8''%s", ext, rfc5987(r, name));
}
