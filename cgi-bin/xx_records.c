/*
 * xx_records - 新乡经开区 企业记录 (行动计划 第十五、十六、二十五条): what the
 * 考核工作小组办公室 records per enterprise and year, from which a round
 * proposes its rewards (免申即享): the level the 考核小组 assessed with the
 * enterprise's category and 改造批次, the yearly 营业收入 (also imported from
 * CSV: xx_import), the 第二十五条 cases with what was found, and what the
 * 新乡市 policy gives an enterprise for the same assessment (第十七条, applied
 * 就高不重复 by 第十八条).  Only the
 * enterprises registered in the 市 reviewer's own region.  Reviewers of a
 * programme listing this page in its menu (role city).
 * GET ?q= (name or credit code); POST op = level | revenue | exclusion | city.
 */
#include <string.h>
#include "workflow.h"
#include "valid.h"
#include "programmes/xinxiang.h"

static const struct input inputs[] = {
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "q", "企业名称或统一社会信用代码", VT_SEARCH, 0, 0, 100 },
	{ "l_code", "企业", VT_USCC },
	{ "l_year", "评定年度", VT_INT, 0, 2000, 2100 },
	{ "level", "评定等级", VT_INT, 0, 0, 4 },
	{ "category", "企业类别", VT_KEY, 0, 0, 16 },
	{ "batch_no", "改造批次", VT_INT, 0, 1, 3 },
	{ "l_note", "评定说明", VT_LINE, 0, 0, 500 },
	{ "r_code", "企业", VT_USCC },
	{ "r_year", "年度", VT_INT, 0, 2000, 2100 },
	{ "revenue", "营业收入（元）", VT_INT, 0, 0, 1000000000000000LL },
	{ "e_code", "企业", VT_USCC },
	{ "e_year", "年度", VT_INT, 0, 2000, 2100 },
	{ "kind", "情形", VT_KEY, 0, 0, 16 },
	{ "e_note", "核查情况", VT_TEXT, 0, 0, 1000 },
	{ "c_code", "企业", VT_USCC },
	{ "c_year", "评定年度", VT_INT, 0, 2000, 2100 },
	{ "c_amount", "按新乡市政策可获金额（元）", VT_INT, 0, 0, 1000000000000LL },
	{ "c_doc", "新乡市政策文件或资金文号", VT_LINE, 0, 0, 100 },
	{ NULL }
};

/* the enterprise of the reviewer's region with this credit code: its name, or NULL (field error set) */
static const char *
enterprise(struct req *r, const char *field, int *fault)
{
	const char *code = req_str(r, field), *name = NULL;
	struct dbrows *d;

	if (!code) {
		if (!hdf_get_value(r->hdf, req_printf(r, "Err.%s", field), NULL)) req_field_error(r, field, "请填写企业的统一社会信用代码");
		return NULL;
	}
	d = db_query(r, "SELECT a.display_name FROM accounts a JOIN regions g ON g.code = a.region_code"
			" WHERE a.credit_code = ? AND a.role = 'enterprise' AND ? IN (g.code, g.city_code, g.province_code)",
		     DS(code), DS(scope_code(r)));
	if (!d) { *fault = 1; return NULL; }
	if (d->nrows) name = req_strdup(r, dbv(d, 0, 0));
	else req_field_error(r, field, "该统一社会信用代码不是本区已注册的企业");
	return name;
}

static void
need(struct req *r, const char *field, const char *msg)
{
	if (!req_str(r, field) && !hdf_get_value(r->hdf, req_printf(r, "Err.%s", field), NULL)) req_field_error(r, field, msg);
}

/* a list of records into prefix.N (names), with the label of column col as prefix.N.<lname>; 0, or -1 fault */
static int
records(struct req *r, struct dbrows *d, const char *prefix, const char *const *names, int col, const char *lname,
	const char *(*label)(const char *))
{
	if (!d) return -1;
	db_to_hdf(r, d, prefix, names);
	for (int i = 0; label && i < d->nrows; i++)
		hset(r, req_printf(r, "%s.%d.%s", prefix, i, lname), label(dbv(d, i, col)));
	return 0;
}

static void
options(struct req *r, const char *prefix, const char *const t[][2])
{
	for (int i = 0; t[i][0]; i++) {
		hset(r, req_printf(r, "%s.%d.key", prefix, i), t[i][0]);
		hset(r, req_printf(r, "%s.%d.label", prefix, i), t[i][1]);
	}
}

static int
render(struct req *r, int status)
{
	static const char *const ln[] = { "code", "org", "year", "level", "category", "batch_no", "note", NULL };
	static const char *const vn[] = { "code", "org", "year", "revenue", NULL };
	static const char *const xn[] = { "code", "org", "year", "kind", "note", "on", NULL };
	static const char *const cn[] = { "code", "org", "year", "amount", "doc", NULL };
	const char *q = req_str(r, "q") ? req_printf(r, "%%%s%%", req_str(r, "q")) : "%", *scope = scope_code(r);

	/* the records of the region's enterprises (matching the search) */
	if (records(r, db_query(r, "SELECT l.credit_code, a.display_name, l.year, l.level, l.category, l.batch_no, l.note"
				   " FROM xx_levels l JOIN accounts a ON a.credit_code = l.credit_code AND a.role = 'enterprise'"
				   " JOIN regions g ON g.code = a.region_code WHERE ? IN (g.code, g.city_code, g.province_code)"
				   " AND (a.display_name LIKE ? OR l.credit_code LIKE ?) ORDER BY a.display_name, l.year LIMIT 500",
				DS(scope), DS(q), DS(q)), "Levels", ln, 4, "category_label", xx_category_label) ||
	    records(r, db_query(r, "SELECT v.credit_code, a.display_name, v.year, v.revenue_yuan"
				   " FROM xx_revenues v JOIN accounts a ON a.credit_code = v.credit_code AND a.role = 'enterprise'"
				   " JOIN regions g ON g.code = a.region_code WHERE ? IN (g.code, g.city_code, g.province_code)"
				   " AND (a.display_name LIKE ? OR v.credit_code LIKE ?) ORDER BY a.display_name, v.year LIMIT 500",
				DS(scope), DS(q), DS(q)), "Revenues", vn, 0, NULL, NULL) ||
	    records(r, db_query(r, "SELECT x.credit_code, a.display_name, x.year, x.kind, x.note, DATE_FORMAT(x.created_at, '%Y-%m-%d')"
				   " FROM xx_exclusions x JOIN accounts a ON a.credit_code = x.credit_code AND a.role = 'enterprise'"
				   " JOIN regions g ON g.code = a.region_code WHERE ? IN (g.code, g.city_code, g.province_code)"
				   " AND (a.display_name LIKE ? OR x.credit_code LIKE ?) ORDER BY a.display_name, x.year, x.id LIMIT 500",
				DS(scope), DS(q), DS(q)), "Exclusions", xn, 3, "kind_label", xx_exclusion_label) ||
	    records(r, db_query(r, "SELECT c.credit_code, a.display_name, c.year, c.amount_yuan, c.doc_no"
				   " FROM xx_city_policy c JOIN accounts a ON a.credit_code = c.credit_code AND a.role = 'enterprise'"
				   " JOIN regions g ON g.code = a.region_code WHERE ? IN (g.code, g.city_code, g.province_code)"
				   " AND (a.display_name LIKE ? OR c.credit_code LIKE ?) ORDER BY a.display_name, c.year LIMIT 500",
				DS(scope), DS(q), DS(q)), "CityPolicy", cn, 0, NULL, NULL))
		return 500;
	options(r, "Categories", xx_categories);
	options(r, "Kinds", xx_exclusions);
	return page_render_status(r, status, "xx_records.cs");
}

/* the end of a save: the row written (rows >= 1), audited, committed, and the page again with what was recorded */
static int
saved(struct req *r, long long rows, const char *action, const char *summary, const char *flash)
{
	if (rows < 1 || audit(r, action, "account", r->s.account_id, "", summary) || db_commit(r)) return 500;
	return page_flash_redirect(r, "/cgi-bin/xx_records.cgi", flash);
}

static int
save_level(struct req *r)
{
	int fault = 0;
	const char *org = enterprise(r, "l_code", &fault);

	if (fault) return 500;
	need(r, "l_year", "请填写评定年度");
	need(r, "level", "请选择评定等级");
	need(r, "batch_no", "请选择改造批次");
	if (!xx_category_label(req_str(r, "category"))) req_field_error(r, "category", "请从列出的企业类别中选择");
	if (req_errors(r)) return render(r, 422);
	if (db_begin(r)) return 500;
	return saved(r, db_exec(r, "INSERT INTO xx_levels (credit_code, year, level, category, batch_no, note, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?)"
		       " ON DUPLICATE KEY UPDATE level = VALUES(level), category = VALUES(category), batch_no = VALUES(batch_no),"
		       " note = VALUES(note), entered_by = VALUES(entered_by)",
		    DS(req_str(r, "l_code")), DI(req_int(r, "l_year", 0)), DI(req_int(r, "level", 0)), DS(req_str(r, "category")),
		    DI(req_int(r, "batch_no", 1)), DS(req_str(r, "l_note") ? req_str(r, "l_note") : ""), DI(r->s.account_id)),
		     "xinxiang.level",
		     req_printf(r, "%s %lld年 %lld级 %s 第%lld批", req_str(r, "l_code"), req_int(r, "l_year", 0), req_int(r, "level", 0),
				req_str(r, "category"), req_int(r, "batch_no", 1)),
		     req_printf(r, "已记录%s %lld年的评定等级。", org, req_int(r, "l_year", 0)));
}

static int
save_revenue(struct req *r)
{
	int fault = 0;
	const char *org = enterprise(r, "r_code", &fault);

	if (fault) return 500;
	need(r, "r_year", "请填写年度");
	need(r, "revenue", "请填写营业收入（元，整数）");
	if (req_errors(r)) return render(r, 422);
	if (db_begin(r)) return 500;
	return saved(r, db_exec(r, "INSERT INTO xx_revenues (credit_code, year, revenue_yuan, entered_by) VALUES (?, ?, ?, ?)"
		       " ON DUPLICATE KEY UPDATE revenue_yuan = VALUES(revenue_yuan), entered_by = VALUES(entered_by)",
		    DS(req_str(r, "r_code")), DI(req_int(r, "r_year", 0)), DI(req_int(r, "revenue", 0)), DI(r->s.account_id)),
		     "xinxiang.revenue", req_printf(r, "%s %lld年 %lld元", req_str(r, "r_code"), req_int(r, "r_year", 0), req_int(r, "revenue", 0)),
		     req_printf(r, "已记录%s %lld年的营业收入。", org, req_int(r, "r_year", 0)));
}

static int
save_exclusion(struct req *r)
{
	int fault = 0;
	const char *org = enterprise(r, "e_code", &fault);

	if (fault) return 500;
	need(r, "e_year", "请填写年度");
	if (!xx_exclusion_label(req_str(r, "kind"))) req_field_error(r, "kind", "请从列出的第二十五条情形中选择");
	need(r, "e_note", "请填写核查情况（来源、文号或事实）");
	if (req_errors(r)) return render(r, 422);
	if (db_begin(r)) return 500;
	return saved(r, db_exec(r, "INSERT INTO xx_exclusions (credit_code, year, kind, note, entered_by) VALUES (?, ?, ?, ?, ?)",
		    DS(req_str(r, "e_code")), DI(req_int(r, "e_year", 0)), DS(req_str(r, "kind")), DS(req_str(r, "e_note")),
		    DI(r->s.account_id)),
		     "xinxiang.exclusion", req_printf(r, "%s %lld年 %s", req_str(r, "e_code"), req_int(r, "e_year", 0), req_str(r, "kind")),
		     req_printf(r, "已记录%s %lld年的第二十五条情形，该年度不予支持。", org, req_int(r, "e_year", 0)));
}

/* 第十七条: what the 新乡市 policy gives for the assessment of that year; 0 removes nothing, it records none */
static int
save_city(struct req *r)
{
	int fault = 0;
	const char *org = enterprise(r, "c_code", &fault);

	if (fault) return 500;
	need(r, "c_year", "请填写评定年度");
	need(r, "c_amount", "请填写按新乡市政策可获的金额（元，整数）");
	need(r, "c_doc", "请填写新乡市政策文件或资金文号");
	if (req_errors(r)) return render(r, 422);
	if (db_begin(r)) return 500;
	return saved(r, db_exec(r, "INSERT INTO xx_city_policy (credit_code, year, amount_yuan, doc_no, entered_by) VALUES (?, ?, ?, ?, ?)"
		       " ON DUPLICATE KEY UPDATE amount_yuan = VALUES(amount_yuan), doc_no = VALUES(doc_no), entered_by = VALUES(entered_by)",
		    DS(req_str(r, "c_code")), DI(req_int(r, "c_year", 0)), DI(req_int(r, "c_amount", 0)), DS(req_str(r, "c_doc")),
		    DI(r->s.account_id)),
		     "xinxiang.city_policy",
		     req_printf(r, "%s %lld年 第十七条 %lld元 %s", req_str(r, "c_code"), req_int(r, "c_year", 0), req_int(r, "c_amount", 0),
				req_str(r, "c_doc")),
		     req_printf(r, "已记录%s %lld年评定等级按新乡市政策可获的金额，提出奖励时就高不重复。", org, req_int(r, "c_year", 0)));
}

static int
handle(struct req *r)
{
	const char *op = req_str(r, "op");

	if (r->method != M_POST) return render(r, 200);
	if (op && !strcmp(op, "level")) return save_level(r);
	if (op && !strcmp(op, "revenue")) return save_revenue(r);
	if (op && !strcmp(op, "exclusion")) return save_exclusion(r);
	if (op && !strcmp(op, "city")) return save_city(r);
	return 400;
}

const struct page PAGE = { "xx_records", M_GET | M_POST, ROLE_CITY, 0, inputs, handle };
