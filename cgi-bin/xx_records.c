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

/* the field's error, unless its input's check gave one */
static void
invalid(struct req *r, const char *field, const char *msg)
{
	if (!hdf_get_value(r->hdf, req_printf(r, "Err.%s", field), NULL)) req_field_error(r, field, msg);
}

/* the enterprise of the reviewer's region with this credit code: its name, or NULL (field error set) */
static const char *
enterprise(struct req *r, const char *field, int *fault)
{
	const char *code = req_str(r, field), *name = NULL;
	struct dbrows *d;

	if (!code) {
		invalid(r, field, "请填写企业的统一社会信用代码");
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

/* a column of a list shown by its label, as prefix.N.<name> */
struct collabel {
	int col;
	const char *name;
	const char *(*label)(const char *);
};

/* a list of records into prefix.N (names), with the labels of its labelled columns; 0, or -1 fault */
static int
records(struct req *r, struct dbrows *d, const char *prefix, const char *const *names, const struct collabel *labels)
{
	if (!d) return -1;
	db_to_hdf(r, d, prefix, names);
	for (const struct collabel *c = labels; c->label; c++)
		for (int i = 0; i < d->nrows; i++)
			hset(r, req_printf(r, "%s.%d.%s", prefix, i, c->name), c->label(dbv(d, i, c->col)));
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

static const char *const levels[][2] = { { "0", "无等级" }, { "1", "一级" }, { "2", "二级" }, { "3", "三级" }, { "4", "四级" }, { NULL } };
static const char *const batches[][2] = { { "1", "第一批" }, { "2", "第二批" }, { "3", "第三批" }, { NULL } };

static const char *
level_label(const char *key)
{
	for (int i = 0; levels[i][0]; i++)
		if (key && !strcmp(key, levels[i][0])) return levels[i][1];
	return NULL;
}

/* one field a record's form posts after the enterprise and the year */
struct field {
	const char *name;
	enum { F_INT, F_STR, F_NOTE } type;   /* F_NOTE: text that stays out of the audit summary */
	const char *missing;                  /* its error when empty (none: it may be), or not one that label names */
	const char *(*label)(const char *);
	const char *pre, *post;               /* around its value in the audit summary */
};

/* one kind of record: its form, its table and its list */
struct kind {
	const char *op, *code, *year, *year_missing;
	struct field f[4];                    /* in the order of sql's placeholders after the code and the year */
	int id;                               /* its statements (store, list) */
	const char *action;                   /* the audit entry's */
	const char *flash;                    /* what follows "已记录<企业> <年度>年" */
	const char *prefix;                   /* the list into prefix.N */
	const char *const *names;
	struct collabel labels[3];            /* its columns shown by their labels, up to the first without one */
};

#define LIST_WHERE " JOIN accounts a ON a.credit_code = t.credit_code AND a.role = 'enterprise'" \
	" JOIN regions g ON g.code = a.region_code WHERE ? IN (g.code, g.city_code, g.province_code)" \
	" AND (a.display_name LIKE ? OR t.credit_code LIKE ?)"

enum { K_LEVEL, K_REVENUE, K_EXCLUSION, K_CITY };

/* kind id's record stored, or (list) its records of the region matching the search; literal as every
 * statement is (scripts/check-sql).  A 第二十五条 case is added, never replaced: each finding stands. */
static long long
store(struct req *r, int id, const struct dbp *p)
{
	switch (id) {
	case K_LEVEL:
		return db_execv(r, "INSERT INTO xx_levels (credit_code, year, level, category, batch_no, note, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?)"
				" ON DUPLICATE KEY UPDATE level = VALUES(level), category = VALUES(category), batch_no = VALUES(batch_no),"
				" note = VALUES(note), entered_by = VALUES(entered_by)", p);
	case K_REVENUE:
		return db_execv(r, "INSERT INTO xx_revenues (credit_code, year, revenue_yuan, entered_by) VALUES (?, ?, ?, ?)"
				" ON DUPLICATE KEY UPDATE revenue_yuan = VALUES(revenue_yuan), entered_by = VALUES(entered_by)", p);
	case K_EXCLUSION:
		return db_execv(r, "INSERT INTO xx_exclusions (credit_code, year, kind, note, entered_by) VALUES (?, ?, ?, ?, ?)", p);
	default:
		return db_execv(r, "INSERT INTO xx_city_policy (credit_code, year, amount_yuan, doc_no, entered_by) VALUES (?, ?, ?, ?, ?)"
				" ON DUPLICATE KEY UPDATE amount_yuan = VALUES(amount_yuan), doc_no = VALUES(doc_no), entered_by = VALUES(entered_by)", p);
	}
}

static struct dbrows *
list(struct req *r, int id, const struct dbp *p)
{
	switch (id) {
	case K_LEVEL:
		return db_queryv(r, "SELECT t.credit_code, a.display_name, t.year, t.level, t.category, t.batch_no, t.note"
				 " FROM xx_levels t" LIST_WHERE " ORDER BY a.display_name, t.year LIMIT 500", p);
	case K_REVENUE:
		return db_queryv(r, "SELECT t.credit_code, a.display_name, t.year, t.revenue_yuan FROM xx_revenues t" LIST_WHERE
				 " ORDER BY a.display_name, t.year LIMIT 500", p);
	case K_EXCLUSION:
		return db_queryv(r, "SELECT t.credit_code, a.display_name, t.year, t.kind, t.note, DATE_FORMAT(t.created_at, '%Y-%m-%d')"
				 " FROM xx_exclusions t" LIST_WHERE " ORDER BY a.display_name, t.year, t.id LIMIT 500", p);
	default:
		return db_queryv(r, "SELECT t.credit_code, a.display_name, t.year, t.amount_yuan, t.doc_no FROM xx_city_policy t"
				 LIST_WHERE " ORDER BY a.display_name, t.year LIMIT 500", p);
	}
}

static const struct kind kinds[] = {
	{ "level", "l_code", "l_year", "请填写评定年度",
	  { { "level", F_INT, "请选择评定等级", level_label, "", "级" },
	    { "category", F_STR, "请从列出的企业类别中选择", xx_category_label, "", "" },
	    { "batch_no", F_INT, "请选择改造批次", NULL, "第", "批" },
	    { "l_note", F_NOTE } },
	  K_LEVEL, "xinxiang.level", "的评定等级。",
	  "Levels", (const char *const[]){ "code", "org", "year", "level", "category", "batch_no", "note", NULL },
	  { { 3, "level_label", level_label }, { 4, "category_label", xx_category_label } } },
	{ "revenue", "r_code", "r_year", "请填写年度",
	  { { "revenue", F_INT, "请填写营业收入（元，整数）", NULL, "", "元" } },
	  K_REVENUE, "xinxiang.revenue", "的营业收入。",
	  "Revenues", (const char *const[]){ "code", "org", "year", "revenue", NULL } },
	{ "exclusion", "e_code", "e_year", "请填写年度",
	  { { "kind", F_STR, "请从列出的第二十五条情形中选择", xx_exclusion_label, "", "" },
	    { "e_note", F_NOTE, "请填写核查情况（来源、文号或事实）" } },
	  K_EXCLUSION, "xinxiang.exclusion", "的第二十五条情形，该年度不予支持。",
	  "Exclusions", (const char *const[]){ "code", "org", "year", "kind", "note", "on", NULL },
	  { { 3, "kind_label", xx_exclusion_label } } },
	/* 第十七条: what the 新乡市 policy gives for the assessment of that year */
	{ "city", "c_code", "c_year", "请填写评定年度",
	  { { "c_amount", F_INT, "请填写按新乡市政策可获的金额（元，整数）", NULL, "第十七条 ", "元" },
	    { "c_doc", F_STR, "请填写新乡市政策文件或资金文号", NULL, "", "" } },
	  K_CITY, "xinxiang.city_policy", "评定等级按新乡市政策可获的金额，提出奖励时就高不重复。",
	  "CityPolicy", (const char *const[]){ "code", "org", "year", "amount", "doc", NULL } },
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

static int
render(struct req *r, int status)
{
	const char *q = req_str(r, "q") ? req_printf(r, "%%%s%%", req_str(r, "q")) : "%", *scope = scope_code(r);

	/* the records of the region's enterprises (matching the search) */
	for (size_t i = 0; i < NKINDS; i++) {
		const struct kind *k = &kinds[i];
		struct dbp p[] = { DS(scope), DS(q), DS(q), DB_END_ };

		if (records(r, list(r, k->id, p), k->prefix, k->names, k->labels)) return 500;
	}
	options(r, "Categories", xx_categories);
	options(r, "Kinds", xx_exclusions);
	options(r, "LevelOptions", levels);
	options(r, "Batches", batches);
	return page_render_status(r, status, "xx_records.cs");
}

/* a field's value as the audit summary and the statement take it */
static struct dbp
value(struct req *r, const struct field *f)
{
	if (f->type == F_INT) return DI(req_int(r, f->name, 0));
	return DS(req_str(r, f->name) ? req_str(r, f->name) : "");
}

/* a record of kind k: the enterprise of the reviewer's region, the year and every field checked; then stored
 * (a correction replaces the year's record where the table keeps one), audited, and the page again */
static int
save(struct req *r, const struct kind *k)
{
	int fault = 0, n = 0;
	const char *org = enterprise(r, k->code, &fault), *summary;
	struct dbp p[8];
	long long year = req_int(r, k->year, 0);

	if (fault) return 500;
	if (!req_str(r, k->year)) invalid(r, k->year, k->year_missing);
	for (const struct field *f = k->f; f->name; f++)
		if (f->label ? !f->label(req_str(r, f->name)) : f->missing && !req_str(r, f->name)) invalid(r, f->name, f->missing);
	if (req_errors(r)) return render(r, 422);

	summary = req_printf(r, "%s %lld年", req_str(r, k->code), year);
	p[n++] = DS(req_str(r, k->code));
	p[n++] = DI(year);
	for (const struct field *f = k->f; f->name; f++) {
		p[n++] = value(r, f);
		if (f->type == F_INT) summary = req_printf(r, "%s %s%lld%s", summary, f->pre, p[n - 1].i, f->post);
		else if (f->type == F_STR) summary = req_printf(r, "%s %s%s%s", summary, f->pre, p[n - 1].s, f->post);
	}
	p[n++] = DI(r->s.account_id);
	p[n] = DB_END_;
	if (db_begin(r)) return 500;
	if (store(r, k->id, p) < 1 || audit(r, k->action, "account", r->s.account_id, "", summary) || db_commit(r)) return 500;
	return page_flash_redirect(r, "/cgi-bin/xx_records.cgi", req_printf(r, "已记录%s %lld年%s", org, year, k->flash));
}

static int
handle(struct req *r)
{
	const char *op = req_str(r, "op");

	if (r->method != M_POST) return render(r, 200);
	for (size_t i = 0; op && i < NKINDS; i++)
		if (!strcmp(op, kinds[i].op)) return save(r, &kinds[i]);
	return 400;
}

const struct page PAGE = { "xx_records", M_GET | M_POST, ROLE_CITY, 0, inputs, handle };
