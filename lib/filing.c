/*
 * filing.c - the machinery every programme's application shares.
 * See filing.h.  Access is decided in SQL from the session, never from
 * request parameters: what a session may not see is answered 404.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <magic.h>
#include "filing.h"

static void
batch_from_row(struct dbrows *d, int i, struct batch *b)
{
	memset(b, 0, sizeof(*b));
	b->id = dbi(d, i, 0);
	snprintf(b->programme, sizeof(b->programme), "%s", dbv(d, i, 1));
	b->year = (int)dbi(d, i, 2);
	snprintf(b->title, sizeof(b->title), "%s", dbv(d, i, 3));
	snprintf(b->region, sizeof(b->region), "%s", dbv(d, i, 4));
	snprintf(b->open_date, sizeof(b->open_date), "%s", dbv(d, i, 5));
	snprintf(b->applicant_deadline, sizeof(b->applicant_deadline), "%s", dbv(d, i, 6));
	b->open = (int)dbi(d, i, 7);
	b->past_deadline = (int)dbi(d, i, 8);
}

int
batch_load(struct req *r, long long id, struct batch *b)
{
	struct dbrows *d = db_query(r,
		"SELECT id, programme, year, title, region_code, open_date, applicant_deadline,"
		" CURDATE() BETWEEN open_date AND applicant_deadline, CURDATE() > applicant_deadline FROM batches WHERE id = ?",
		DI(id));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	batch_from_row(d, 0, b);
	dbrows_free(d);
	/* its parameters and its deadlines (the application deadline is one of them, by name) */
	d = db_query(r, "SELECT 'p', name, value, 0 FROM batch_params WHERE batch_id = ? UNION ALL"
			" SELECT 'd', name, DATE_FORMAT(day, '%Y-%m-%d'), CURDATE() > day FROM batch_deadlines WHERE batch_id = ?",
		     DI(id), DI(id));
	if (!d) return 500;
	for (int i = 0; i < d->nrows; i++)
		if (dbv(d, i, 0)[0] == 'p') batch_param_set(b, dbv(d, i, 1), dbv(d, i, 2));
		else if (b->ndeadlines < BATCH_MAX_DEADLINES) {
			snprintf(b->deadlines[b->ndeadlines].name, sizeof(b->deadlines[0].name), "%s", dbv(d, i, 1));
			snprintf(b->deadlines[b->ndeadlines].day, sizeof(b->deadlines[0].day), "%s", dbv(d, i, 2));
			b->deadlines[b->ndeadlines++].past = (int)dbi(d, i, 3);
		}
	dbrows_free(d);
	return 0;
}

const char *
batch_param(const struct batch *b, const char *name)
{
	for (int i = 0; i < b->nparams; i++)
		if (!strcmp(b->params[i].name, name)) return b->params[i].value;
	return NULL;
}

int
batch_int(const struct batch *b, const char *name)
{
	const char *v = batch_param(b, name);
	return v ? (int)strtol(v, NULL, 10) : 0;
}

long long
batch_yuan(const struct batch *b, const char *name)
{
	const char *v = batch_param(b, name);
	return v ? strtoll(v, NULL, 10) : 0;
}

void
batch_param_set(struct batch *b, const char *name, const char *value)
{
	int i = 0;
	while (i < b->nparams && strcmp(b->params[i].name, name)) i++;
	if (i == b->nparams) {
		if (b->nparams == BATCH_MAX_PARAMS) return;
		b->nparams++;
		snprintf(b->params[i].name, sizeof(b->params[i].name), "%s", name);
	}
	snprintf(b->params[i].value, sizeof(b->params[i].value), "%s", value);
}

const char *
batch_deadline(const struct batch *b, const char *name)
{
	if (!strcmp(name, "applicant")) return b->applicant_deadline;
	for (int i = 0; i < b->ndeadlines; i++)
		if (!strcmp(b->deadlines[i].name, name)) return b->deadlines[i].day;
	return NULL;
}

int
batch_deadline_past(const struct batch *b, const char *name)
{
	if (!strcmp(name, "applicant")) return b->past_deadline;
	for (int i = 0; i < b->ndeadlines; i++)
		if (!strcmp(b->deadlines[i].name, name)) return b->deadlines[i].past;
	return 0;
}

const char *
cn_date(struct req *r, const char *iso)
{
	/* 2026-04-30 -> 2026年4月30日 */
	if (strlen(iso) != 10) return iso;
	return req_printf(r, "%.4s年%d月%d日", iso, (iso[5] - '0') * 10 + (iso[6] - '0'),
			  (iso[8] - '0') * 10 + (iso[9] - '0'));
}

void
batch_to_hdf(struct req *r, const struct batch *b, const char *p)
{
	hsetf(r, req_printf(r, "%s.id", p), "%lld", b->id);
	hset(r, req_printf(r, "%s.title", p), b->title);
	hseti(r, req_printf(r, "%s.year", p), b->year);
	hset(r, req_printf(r, "%s.programme", p), b->programme);
	hset(r, req_printf(r, "%s.open_date", p), cn_date(r, b->open_date));
	hset(r, req_printf(r, "%s.applicant_deadline", p), cn_date(r, b->applicant_deadline));
	hseti(r, req_printf(r, "%s.open", p), b->open);
	hseti(r, req_printf(r, "%s.past_deadline", p), b->past_deadline);
	/* the named deadlines as <name>_deadline, the parameters by name (money in 万元 beside by programme.c) */
	for (int i = 0; i < b->ndeadlines; i++)
		hset(r, req_printf(r, "%s.%s_deadline", p, b->deadlines[i].name), cn_date(r, b->deadlines[i].day));
	for (int i = 0; i < b->nparams; i++) {
		const char *n = b->params[i].name;
		size_t len = strlen(n);
		hset(r, req_printf(r, "%s.%s", p, n), b->params[i].value);
		/* an amount in 元 (cap_platform_yuan) is also shown in 万元 (cap_platform) */
		if (len > 5 && !strcmp(n + len - 5, "_yuan")) {
			char m[32];
			hset(r, req_printf(r, "%s.%.*s", p, (int)(len - 5), n), money_trim(strtoll(b->params[i].value, NULL, 10), m, sizeof(m)));
		}
	}
}

const char *
state_label(const char *s)
{
	static const struct { const char *k, *v; } t[] = {
		{ "draft", "草稿" }, { "submitted", "已提交，待旗县区初审" }, { "returned", "退回修改" },
		{ "county_passed", "旗县区初审通过，待盟市审核" }, { "county_rejected", "旗县区不予推荐" },
		{ "city_passed", "盟市审核通过" }, { "city_rejected", "盟市不予推荐" },
		{ "recommended", "已推荐" }, { "proposed", "拟认定" }, { "recognised", "已认定" },
		{ "not_recognised", "未予认定" }, { "selected", "已列入试点企业名单" },
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
		" ? IN ('county', 'city', 'province') AND ? IN (g.code, g.city_code, g.province_code), o.display_name,"
		" p.project_id, p.stage"
		" FROM applications p JOIN accounts o ON o.id = p.account_id LEFT JOIN regions g ON g.code = p.region_code"
		" WHERE p.id = ? AND (p.account_id = ?"
		"  OR (? IN ('county', 'city', 'province') AND p.state <> 'draft'"
		"      AND ? IN (g.code, g.city_code, g.province_code))"
		"  OR (? = 'expert' AND EXISTS (SELECT 1 FROM expert_assignments x WHERE x.application_id = p.id"
		"      AND x.expert_id = ? AND x.declared_at IS NOT NULL)))",
		DI(r->s.account_id), DS(role_key(r->s.role)), DS(scope_code(r)), DI(id), DI(r->s.account_id),
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
	dbrows_free(d);
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
	d = db_query(r, "SELECT state IN ('draft', 'returned') AND CURDATE() <= b.applicant_deadline FROM applications p"
			" JOIN batches b ON b.id = p.batch_id WHERE p.id = ? AND p.account_id = ? FOR UPDATE",
		     DI(a->id), DI(r->s.account_id));
	if (!d || d->nrows != 1) { dbrows_free(d); return 500; }
	ok = (int)dbi(d, 0, 0);
	dbrows_free(d);
	if (!ok) { db_rollback(r); return 409; }
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
	dbrows_free(d);
}

int
fields_to_hdf(struct req *r, long long app_id, const char *prefix)
{
	struct dbrows *d = db_query(r, "SELECT name, value FROM app_fields WHERE application_id = ?", DI(app_id));
	if (!d) return -1;
	for (int i = 0; i < d->nrows; i++)
		hset(r, req_printf(r, "%s.%s", prefix, dbv(d, i, 0)), dbv(d, i, 1));
	dbrows_free(d);
	return 0;
}

void
section_versions_to_hdf(struct req *r, long long app_id)
{
	struct dbrows *d = db_query(r,
		"SELECT section, version, COALESCE(DATE_FORMAT(saved_at, '%Y-%m-%d %H:%i'), '')"
		" FROM app_sections WHERE application_id = ?", DI(app_id));
	for (int i = 0; d && i < d->nrows; i++) {
		hset(r, req_printf(r, "Sections.%s.version", dbv(d, i, 0)), dbv(d, i, 1));
		hset(r, req_printf(r, "Sections.%s.saved_at", dbv(d, i, 0)), dbv(d, i, 2));
	}
	dbrows_free(d);
}

int
section_save(struct req *r, long long app_id, const struct input *form, const char *section, long long ver,
	     const char *fixed, const char *fixed_value)
{
	long long n = db_exec(r,
		"UPDATE app_sections SET version = version + 1, saved_at = NOW()"
		" WHERE application_id = ? AND section = ? AND version = ?", DI(app_id), DS(section), DI(ver));
	if (n < 0) return 500;
	if (n == 0) return 409;
	for (int i = 0; form[i].name; i++) {
		const char *v;
		if (!form[i].section || strcmp(form[i].section, section)) continue;
		v = req_str(r, form[i].name);
		if (form[i].type == VT_USCC || form[i].type == VT_DECIMAL || form[i].type == VT_MONEY) {
			const struct val *x = req_val(r, form[i].name);
			v = x && x->s ? x->s : "";
		}
		if (fixed && !strcmp(form[i].name, fixed)) v = fixed_value;
		if (db_exec(r,
			"INSERT INTO app_fields (application_id, name, value) VALUES (?, ?, ?)"
			" ON DUPLICATE KEY UPDATE value = VALUES(value)",
			DI(app_id), DS(form[i].name), DS(v ? v : "")) < 0)
			return 500;
	}
	return 0;
}

/* ---- attachments ------------------------------------------------------------------ */

char *
display_filename(struct req *r, const char *s)
{
	const char *base = s;
	char *o, *p;
	long chars = 0;

	for (const char *q = s; *q; q++)
		if (*q == '/' || *q == '\\') base = q + 1;
	o = p = req_alloc(r, strlen(base));
	for (const unsigned char *q = (const unsigned char *)base; *q; q++) {
		if (*q < 0x20 || *q == 0x7F || *q == '"') continue;
		if ((*q & 0xC0) != 0x80 && ++chars > 120) break;
		*p++ = (char)*q;
	}
	*p = '\0';
	/* a cut may leave a partial character: drop it */
	while (p > o && !utf8_valid(o, (size_t)(p - o))) *--p = '\0';
	if (!*o) return req_strdup(r, "附件");
	return o;
}

const char *
attach_store(struct req *r, long long app_id, long long ent_id, const char *kind, const struct upload *u,
	     long long *id)
{
	long long max = req_conf_int(r, "Upload.MaxBytes", 20 * 1024 * 1024);
	magic_t m;
	const char *mime;
	char mimebuf[64], sha[65];

	if (u->len == 0) return "文件为空，请重新选择";
	if ((long long)u->len > max)
		return req_printf(r, "文件超过%lldMB的上限", max / (1024 * 1024));
	m = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR);
	if (!m || magic_load(m, NULL) != 0) {
		LOG(r, "libmagic unavailable");
		if (m) magic_close(m);
		return "系统暂时无法识别文件类型，请稍后再试";
	}
	mime = magic_buffer(m, u->data, u->len);
	snprintf(mimebuf, sizeof(mimebuf), "%s", mime ? mime : "");
	magic_close(m);
	if (strcmp(mimebuf, "application/pdf") && strcmp(mimebuf, "image/jpeg") && strcmp(mimebuf, "image/png"))
		return "只接受PDF、JPG、PNG文件（按文件内容判断，与扩展名无关）";
	sha256_hex(u->data, u->len, sha);
	if (db_exec(r,
		"INSERT INTO attachments (application_id, enterprise_id, kind, filename, mime, size, sha256, uploaded_by)"
		" VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
		DI(app_id), ent_id ? DI(ent_id) : DNULL, DS(kind), DS(display_filename(r, u->client_name)),
		DS(mimebuf), DI((long long)u->len), DS(sha), DI(r->s.account_id)) != 1)
		return "";
	*id = db_last_id(r);
	if (db_exec(r, "INSERT INTO attachment_blobs (attachment_id, data) VALUES (?, ?)",
		    DI(*id), DBLOB(u->data, u->len)) != 1)
		return "";
	return NULL;
}

void
attach_list_to_hdf(struct req *r, long long app_id, const char *prefix)
{
	/* with a flag when the same file is proof in another platform's application */
	struct dbrows *d = db_query(r,
		"SELECT t.id, t.kind, COALESCE(t.enterprise_id, 0), t.filename, t.mime, t.size, t.sha256,"
		" DATE_FORMAT(t.created_at, '%Y-%m-%d %H:%i'),"
		" (SELECT COUNT(DISTINCT o.application_id) FROM attachments o"
		"   WHERE o.sha256 = t.sha256 AND o.application_id <> t.application_id)"
		" FROM attachments t WHERE t.application_id = ? ORDER BY t.kind, t.id", DI(app_id));
	static const char *const names[] = { "id", "kind", "ent", "filename", "mime", "size", "sha256", "at",
					      "reused", NULL };
	if (!d) return;
	db_to_hdf(r, d, prefix, names);
	for (int i = 0; i < d->nrows; i++) {
		long long sz = dbi(d, i, 5);
		hset(r, req_printf(r, "%s.%d.size_h", prefix, i),
		     sz >= 1048576 ? req_printf(r, "%.1f MB", (double)sz / 1048576.0)
				   : req_printf(r, "%lld KB", (sz + 1023) / 1024));
	}
	dbrows_free(d);
}

/* ---- versions ------------------------------------------------------------------------ */

static void
put_line(STRING *s, const char *key, const char *v)
{
	string_append(s, key);
	string_append_char(s, '=');
	for (; v && *v; v++) {
		if (*v == '\\') string_append(s, "\\\\");
		else if (*v == '\n') string_append(s, "\\n");
		else if (*v == '\r') string_append(s, "\\r");
		else string_append_char(s, *v);
	}
	string_append_char(s, '\n');
}

static int
cmp_lines(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The canonical content of an application: one "key=value" line per field,
 * served-enterprise cell and attachment (by SHA-256), sorted bytewise.  Its
 * SHA-256 is the version's fingerprint and the source of its verification
 * code, so the printed copy can be checked against what was filed.
 */
char *
canonical_content(struct req *r, const struct app_info *a, const struct input *form)
{
	STRING s, out;
	struct dbrows *d;
	char m[32];
	char **lines;
	int n = 0, cap;

	string_init(&s);
	d = db_query(r, "SELECT a.display_name, COALESCE(a.credit_code, ''), COALESCE(CONCAT(i.seq, ' ', i.name), '')"
			" FROM applications p JOIN accounts a ON a.id = p.account_id"
			" LEFT JOIN sub_industries i ON i.seq = p.sub_industry WHERE p.id = ?", DI(a->id));
	if (!d || d->nrows != 1) { dbrows_free(d); string_clear(&s); return NULL; }
	put_line(&s, "applicant", dbv(d, 0, 0));
	put_line(&s, "applicant.credit_code", dbv(d, 0, 1));
	put_line(&s, "batch", req_printf(r, "%lld %s", a->b.id, a->b.title));
	put_line(&s, "sub_industry", dbv(d, 0, 2));
	dbrows_free(d);
	d = db_query(r, "SELECT name, value FROM app_fields WHERE application_id = ?", DI(a->id));
	if (!d) { string_clear(&s); return NULL; }
	for (int i = 0; form[i].name; i++) {
		const char *v = "";
		for (int k = 0; k < d->nrows; k++)
			if (!strcmp(dbv(d, k, 0), form[i].name)) v = dbv(d, k, 1);
		put_line(&s, req_printf(r, "field.%s", form[i].name), v);
	}
	dbrows_free(d);
	d = db_query(r, "SELECT e.credit_code, e.name, COALESCE(CONCAT(c.name, g.name), e.region_code),"
			" e.service_content, e.contract_yuan, e.cost_yuan, e.subsidy_yuan, COALESCE(e.scale, ''),"
			" COALESCE(CONCAT(e.sub_industry, ' ', s.name), ''), COALESCE(DATE_FORMAT(e.contract_date, '%Y-%m-%d'), '')"
			" FROM app_enterprises e LEFT JOIN regions g ON g.code = e.region_code"
			" LEFT JOIN regions c ON c.code = g.city_code LEFT JOIN sub_industries s ON s.seq = e.sub_industry"
			" WHERE e.application_id = ?", DI(a->id));
	if (!d) { string_clear(&s); return NULL; }
	for (int i = 0; i < d->nrows; i++) {
		const char *c = dbv(d, i, 0);
		/* 申报条件（六）: scale, sub-industry and contract date (lines a version before them does not have) */
		if (dbv(d, i, 7)[0]) put_line(&s, req_printf(r, "ent.%s.scale", c), scale_label(dbv(d, i, 7)));
		if (dbv(d, i, 8)[0]) put_line(&s, req_printf(r, "ent.%s.sub_industry", c), dbv(d, i, 8));
		if (dbv(d, i, 9)[0]) put_line(&s, req_printf(r, "ent.%s.contract_date", c), dbv(d, i, 9));
		put_line(&s, req_printf(r, "ent.%s.name", c), dbv(d, i, 1));
		put_line(&s, req_printf(r, "ent.%s.region", c), dbv(d, i, 2));
		put_line(&s, req_printf(r, "ent.%s.service", c), dbv(d, i, 3));
		put_line(&s, req_printf(r, "ent.%s.contract", c), money_fmt(dbi(d, i, 4), m, sizeof(m)));
		put_line(&s, req_printf(r, "ent.%s.cost", c), money_fmt(dbi(d, i, 5), m, sizeof(m)));
		put_line(&s, req_printf(r, "ent.%s.subsidy", c), money_fmt(dbi(d, i, 6), m, sizeof(m)));
	}
	dbrows_free(d);
	d = db_query(r, "SELECT t.kind, COALESCE(e.credit_code, ''), t.sha256, t.filename FROM attachments t"
			" LEFT JOIN app_enterprises e ON e.id = t.enterprise_id WHERE t.application_id = ?", DI(a->id));
	if (!d) { string_clear(&s); return NULL; }
	for (int i = 0; i < d->nrows; i++)
		put_line(&s, dbv(d, i, 1)[0] ? req_printf(r, "file.%s.%s.%s", dbv(d, i, 1), dbv(d, i, 0), dbv(d, i, 2))
					     : req_printf(r, "file.%s.%s", dbv(d, i, 0), dbv(d, i, 2)),
			 dbv(d, i, 3));
	dbrows_free(d);

	/* sort the lines */
	cap = 64;
	lines = malloc(sizeof(char *) * (size_t)cap);
	for (char *p = s.buf, *nl; p && *p; p = nl + 1) {
		nl = strchr(p, '\n');
		*nl = '\0';
		if (n == cap) lines = realloc(lines, sizeof(char *) * (size_t)(cap *= 2));
		lines[n++] = p;
	}
	qsort(lines, (size_t)n, sizeof(char *), cmp_lines);
	string_init(&out);
	string_append(&out, "dtpilot-application 1\n");
	for (int i = 0; i < n; i++) { string_append(&out, lines[i]); string_append_char(&out, '\n'); }
	free(lines);
	string_clear(&s);
	{
		char *res = req_strdup(r, out.buf ? out.buf : "");
		string_clear(&out);
		return res;
	}
}

/*
 * What a print view shows: version ?v= (default: the latest submitted one,
 * or the draft while the application is a draft or returned) with Print.*
 * (version, verification code, submission time, withdrawn), or the current
 * draft marked Print.draft.  0 with *content set, or 404/500.
 */
int
print_content(struct req *r, const struct app_info *a, const struct input *form, const char **content)
{
	long long v = req_int(r, "v", (!strcmp(a->state, "draft") || !strcmp(a->state, "returned")) ? 0 : a->submitted_no);

	if (v > 0) {
		struct dbrows *d = db_query(r,
			"SELECT content, code, DATE_FORMAT(submitted_at, '%Y-%m-%d %H:%i'), withdrawn"
			" FROM app_versions WHERE application_id = ? AND version_no = ?", DI(a->id), DI(v));
		if (!d) return 500;
		if (d->nrows != 1) { dbrows_free(d); return 404; }
		*content = req_strdup(r, dbv(d, 0, 0));
		hseti(r, "Print.version", v);
		hset(r, "Print.code", dbv(d, 0, 1));
		hset(r, "Print.code_pretty", req_printf(r, "%.4s-%.4s-%.4s-%.4s", dbv(d, 0, 1), dbv(d, 0, 1) + 4,
						       dbv(d, 0, 1) + 8, dbv(d, 0, 1) + 12));
		hset(r, "Print.submitted_at", dbv(d, 0, 2));
		hset(r, "Print.withdrawn", dbv(d, 0, 3));
		dbrows_free(d);
		return 0;
	}
	if (!(*content = canonical_content(r, a, form))) return 500;
	hset(r, "Print.draft", "1");
	return 0;
}

/* 16 characters of Crockford base32 from the first 10 bytes of the SHA-256 */
void
code_from_sha(const char *hex, char code[17])
{
	static const char al[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	unsigned char b[10];
	unsigned long long acc = 0;
	int bits = 0, o = 0;

	for (int i = 0; i < 10; i++) {
		int hi = hex[2 * i] <= '9' ? hex[2 * i] - '0' : hex[2 * i] - 'a' + 10;
		int lo = hex[2 * i + 1] <= '9' ? hex[2 * i + 1] - '0' : hex[2 * i + 1] - 'a' + 10;
		b[i] = (unsigned char)(hi * 16 + lo);
	}
	for (int i = 0; i < 10; i++) {
		acc = (acc << 8) | b[i];
		bits += 8;
		while (bits >= 5) { code[o++] = al[(acc >> (bits - 5)) & 31]; bits -= 5; }
	}
	code[o] = '\0';
}

int
version_freeze(struct req *r, const struct app_info *a, const struct input *form, int *version_no, char code[17])
{
	char *content = canonical_content(r, a, form);
	char sha[65];

	char *salted, ssha[65];

	if (!content) return 500;
	sha256_hex(content, strlen(content), sha);
	*version_no = a->submitted_no + 1;
	/* unique per application version: an unchanged resubmission is another version with its own code */
	salted = req_printf(r, "%s:%lld:%d", sha, a->id, *version_no);
	sha256_hex(salted, strlen(salted), ssha);
	code_from_sha(ssha, code);
	if (db_exec(r,
		"INSERT INTO app_versions (application_id, version_no, content, content_sha256, code, submitted_at,"
		" submitted_by) VALUES (?, ?, ?, ?, ?, NOW(), ?)",
		DI(a->id), DI(*version_no), DS(content), DS(sha), DS(code), DI(r->s.account_id)) != 1)
		return 500;
	return 0;
}

const char *
content_unescape(struct req *r, const char *v)
{
	char *o = req_alloc(r, strlen(v)), *p = o;
	for (; *v; v++) {
		if (*v == '\\' && v[1]) {
			v++;
			*p++ = *v == 'n' ? '\n' : *v == 'r' ? '\r' : *v;
		} else
			*p++ = *v;
	}
	*p = '\0';
	return o;
}

struct kv { char *k, *v; };

static int
parse_kv(struct req *r, const char *text, struct kv **out)
{
	char *s = req_strdup(r, text ? text : "");
	int n = 0, cap = 64;
	struct kv *a = req_alloc(r, sizeof(*a) * (size_t)cap);

	for (char *p = s, *nl; *p; p = nl + 1) {
		nl = strchr(p, '\n');
		if (!nl) break;
		*nl = '\0';
		char *eq = strchr(p, '=');
		if (!eq) continue;
		*eq = '\0';
		if (n == cap) {
			struct kv *b = req_alloc(r, sizeof(*a) * (size_t)(cap * 2));
			memcpy(b, a, sizeof(*a) * (size_t)cap);
			a = b; cap *= 2;
		}
		a[n].k = p;
		a[n].v = eq + 1;
		n++;
	}
	*out = a;
	return n;
}

static const char *
diff_label(struct req *r, const char *key, const struct input *form)
{
	if (!strncmp(key, "field.", 6)) {
		for (int i = 0; form[i].name; i++)
			if (!strcmp(form[i].name, key + 6)) return form[i].label;
	} else if (!strncmp(key, "ent.", 4)) {
		static const struct { const char *k, *v; } cols[] = {
			{ "name", "试点企业名称" }, { "region", "所在旗县区" }, { "service", "服务内容" },
			{ "contract", "服务合同金额（万元）" }, { "cost", "实际改造成本（万元）" }, { "subsidy", "奖补资金额（万元）" },
			{ "scale", "企业规模" }, { "sub_industry", "所属细分行业" }, { "contract_date", "服务合同签订日期" } };
		const char *dot = strrchr(key, '.');
		for (size_t i = 0; dot && i < sizeof(cols) / sizeof(cols[0]); i++)
			if (!strcmp(dot + 1, cols[i].k))
				return req_printf(r, "服务企业 %.18s：%s", key + 4, cols[i].v);
	} else if (!strncmp(key, "file.", 5))
		return "附件";
	else if (!strcmp(key, "sub_industry"))
		return "申报细分行业";
	return key;
}

int
content_diff(struct req *r, const char *a, const char *b, const struct input *form, const char *prefix)
{
	struct kv *x, *y;
	int nx = parse_kv(r, a, &x), ny = parse_kv(r, b, &y), i = 0, j = 0, n = 0;

	/* both are sorted by key: merge */
	while (i < nx || j < ny) {
		int c = i >= nx ? 1 : j >= ny ? -1 : strcmp(x[i].k, y[j].k);
		const char *key, *ov, *nv;
		if (c == 0) {
			key = x[i].k; ov = x[i].v; nv = y[j].v; i++; j++;
			if (!strcmp(ov, nv)) continue;
		} else if (c < 0) {
			key = x[i].k; ov = x[i].v; nv = NULL; i++;
		} else {
			key = y[j].k; ov = NULL; nv = y[j].v; j++;
		}
		hset(r, req_printf(r, "%s.%d.key", prefix, n), key);
		hset(r, req_printf(r, "%s.%d.label", prefix, n), diff_label(r, key, form));
		hset(r, req_printf(r, "%s.%d.old", prefix, n), ov ? content_unescape(r, ov) : "");
		hset(r, req_printf(r, "%s.%d.new", prefix, n), nv ? content_unescape(r, nv) : "");
		hseti(r, req_printf(r, "%s.%d.added", prefix, n), ov == NULL);
		hseti(r, req_printf(r, "%s.%d.removed", prefix, n), nv == NULL);
		n++;
	}
	return n;
}

long long
batch_default(struct req *r, const char *programme)
{
	long long id = req_int(r, "batch", 0);
	const char *where = r->authed && scope_code(r)[0] ? scope_code(r) : req_conf(r, "Site.ProvinceCode", "150000");
	struct dbrows *d;
	static const char *const names[] = { "id", "title", NULL };

	/* the batches over the user's region (a province's, or its city's for the enterprise programme) */
	d = db_query(r, "SELECT b.id, b.title FROM batches b JOIN regions s ON s.code = ?"
			" WHERE b.programme = ? AND b.region_code IN (s.code, s.city_code, s.province_code)"
			" ORDER BY b.open_date DESC, b.id DESC", DS(where), DS(programme));
	db_to_hdf(r, d, "BatchList", names);
	if (id) {
		/* ?batch= names one of these or none: another region's or programme's batch is not there (404) */
		int found = 0;
		for (int i = 0; d && i < d->nrows && !found; i++) found = dbi(d, i, 0) == id;
		dbrows_free(d);
		return found ? id : 0;
	}
	dbrows_free(d);
	d = db_query(r, "SELECT b.id FROM batches b JOIN regions s ON s.code = ?"
			" WHERE b.programme = ? AND b.region_code IN (s.code, s.city_code, s.province_code)"
			" AND b.open_date <= CURDATE() ORDER BY b.open_date DESC, b.id DESC LIMIT 1", DS(where), DS(programme));
	id = d && d->nrows ? dbi(d, 0, 0) : 0;
	dbrows_free(d);
	return id;
}
