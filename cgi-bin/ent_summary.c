/*
 * ent_summary - 洛阳市中小企业数字化转型试点企业推荐汇总表 (附件3): all 15
 * columns, 拟实施数字化转型方向 joined as text, 是否优质中小企业 with its
 * category.  A 县区 sees its recommendation (in its order); the 市 sees every
 * 县区 (or one) and its final list (state=selected).  One query reads every
 * listed enterprise's fields; the columns are the programme's
 * (enterprise_summary_row).  format=html | csv (UTF-8 BOM) | xlsx | print |
 * pdf | docx (the call asks for Word and PDF, 通知 四).  县区/市 reviewers.  GET.
 */
#include <string.h>
#include "doc.h"
#include "summary.h"
#include "programmes/enterprise.h"

static const struct input inputs[] = {
	{ "batch", "征集批次", VT_INT, 0, 1, (1LL << 53) },
	{ "county", "县区", VT_REGION },
	{ "state", "状态", VT_KEY, 0, 0, 16 },
	{ "format", "格式", VT_KEY, 0, 0, 8 },
	{ NULL }
};

/* a 县区's own table: its reviewer's, and its 财政局's (who co-signs its list) */
static int
at_county(struct req *r)
{
	struct dbrows *d;

	if (r->s.role == ROLE_COUNTY) return 1;
	d = db_query(r, "SELECT level = 'county' FROM regions WHERE code = ?", DS(scope_code(r)));
	return d && d->nrows && dbi(d, 0, 0);
}

static int
handle(struct req *r)
{
	long long bid = batch_of_page(r, NULL);
	const char *fmt = req_str(r, "format") ? req_str(r, "format") : "html";
	const char *state = req_str(r, "state") ? req_str(r, "state") : "";
	int own = at_county(r);
	const char *county = own ? scope_code(r) : (req_str(r, "county") ? req_str(r, "county") : "");
	struct batch b;
	struct table t;
	struct dbrows *d;
	int st, n = 0;
	const char *area;
	const struct programme *p;

	if (!bid) return 404;
	if ((st = batch_open(r, bid, &b, &p))) return st;
	if (strcmp(state, "selected") && strcmp(state, "all")) state = "";
	d = db_query(r, "SELECT name FROM regions WHERE code = ? AND ? IN (code, city_code, province_code)",
		     DS(county[0] ? county : scope_code(r)), DS(scope_code(r)));
	if (!d || d->nrows != 1) { dbrows_free(d); return d ? 404 : 500; }
	area = req_strdup(r, dbv(d, 0, 0));
	/* every listed enterprise with all its fields (its application: the first stage), in the 县区's order: one statement */
	d = db_query(r,
		"SELECT p.id, a.display_name, f.name, f.value FROM applications p"
		" JOIN accounts a ON a.id = p.account_id JOIN regions g ON g.code = p.region_code"
		" LEFT JOIN rec_lists l ON l.batch_id = p.batch_id AND l.level = 'county' AND l.region_code = p.region_code"
		" LEFT JOIN rec_items i ON i.list_id = l.id AND i.application_id = p.id"
		" LEFT JOIN app_fields f ON f.application_id = p.id"
		" WHERE p.batch_id = ? AND p.stage = ? AND ? IN (g.code, g.city_code, g.province_code) AND (? = '' OR g.code = ?)"
		" AND ((? = '' AND p.state IN ('recommended', 'selected')) OR (? = 'all' AND p.state <> 'draft') OR p.state = ?)"
		" ORDER BY g.sort, COALESCE(i.rank_no, 9999), p.id",
		DI(bid), DS(p->stages[0].key), DS(scope_code(r)), DS(county), DS(county), DS(state), DS(state), DS(state));
	if (!d) return 500;
	enterprise_summary_table(r, &b, &t);
	table_line(&t, req_printf(r, "县区工信部门：%s", area), NULL);
	for (int i = 0; i < d->nrows;) {
		int j = i;
		while (j < d->nrows && dbi(d, j, 0) == dbi(d, i, 0)) j++;
		const char *(*f)[2] = req_alloc(r, sizeof(*f) * (size_t)(j - i));
		int nf = 0;
		for (int k = i; k < j; k++)
			if (dbn(d, k, 2)) { f[nf][0] = req_strdup(r, dbv(d, k, 2)); f[nf][1] = req_strdup(r, dbv(d, k, 3)); nf++; }
		enterprise_summary_row(r, &b, &t, ++n, req_strdup(r, dbv(d, i, 1)), (const char *const (*)[2])f, nf);
		i = j;
	}
	const char *q = req_printf(r, "batch=%lld&county=%s&state=%s", bid, own ? "" : county, state);
	if (!strcmp(fmt, "html")) {
		table_to_hdf(r, &t, "T", 0);
		hseti(r, "Sum.count", n);
		hset(r, "Sum.area", area);
		hset(r, "Sum.state", state);
		hset(r, "Sum.county", county);
		hset(r, "Sum.query", q);
		batch_to_hdf(r, &b, "Batch");
		if (!own) {
			struct dbrows *c = db_query(r, "SELECT code, name FROM regions WHERE level = 'county' AND city_code = ? ORDER BY sort", DS(b.region));
			static const char *const nm[] = { "code", "name", NULL };
			db_to_hdf(r, c, "Counties", nm);
		}
		st = page_render(r, "ent_summary.cs");
	} else {
		/* the call asks for the 汇总表 in Word and PDF too (通知 四) */
		struct table_out o = { req_printf(r, "%s_%s_推荐汇总表", b.title, area), "推荐汇总表",
				       req_printf(r, "%s · %s · 共 %d 家企业", t.title, area, n), req_printf(r, "/cgi-bin/ent_summary.cgi?%s", q),
				       "返回推荐汇总表", 1 };
		st = table_answer(r, &t, fmt, &o);
	}
	return st;
}

const struct page PAGE = { "ent_summary", M_GET, ROLE_COUNTY | ROLE_CITY | ROLE_FINANCE, PAGE_THREADS, inputs, handle };
