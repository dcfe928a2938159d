/*
 * versions.c - submitted versions: the canonical content, its fingerprint and
 * verification code, the printed text, field-by-field differences.
 * See filing.h.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "filing.h"
#include "content.h"

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
	d = db_query(r, "SELECT name, value FROM app_fields WHERE application_id = ?", DI(a->id));
	if (!d) { string_clear(&s); return NULL; }
	for (int i = 0; form[i].name; i++) {
		const char *v = "";
		for (int k = 0; k < d->nrows; k++)
			if (!strcmp(dbv(d, k, 0), form[i].name)) v = dbv(d, k, 1);
		put_line(&s, req_printf(r, "field.%s", form[i].name), v);
	}
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
	d = db_query(r, "SELECT t.kind, COALESCE(e.credit_code, ''), t.sha256, t.filename FROM attachments t"
			" LEFT JOIN app_enterprises e ON e.id = t.enterprise_id WHERE t.application_id = ?", DI(a->id));
	if (!d) { string_clear(&s); return NULL; }
	for (int i = 0; i < d->nrows; i++)
		put_line(&s, dbv(d, i, 1)[0] ? req_printf(r, "file.%s.%s.%s", dbv(d, i, 1), dbv(d, i, 0), dbv(d, i, 2))
					     : req_printf(r, "file.%s.%s", dbv(d, i, 0), dbv(d, i, 2)),
			 dbv(d, i, 3));

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
 * What a print view shows: version want (< 0: the latest submitted one,
 * or the draft while the application is a draft or returned) with Print.*
 * (version, verification code, submission time, withdrawn), or the current
 * draft marked Print.draft.  0 with *content set, or 404/500.
 */
int
print_content(struct req *r, const struct app_info *a, const struct input *form, long long want, const char **content)
{
	long long v = want >= 0 ? want : (!strcmp(a->state, "draft") || !strcmp(a->state, "returned")) ? 0 : a->submitted_no;

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
	char *o = req_alloc(r, strlen(v));
	content_unescape_to(o, v);
	return o;
}

static int
parse_kv(struct req *r, const char *text, struct kv **out)
{
	char *s = req_strdup(r, text ? text : "");
	int cap = content_lines(s);
	*out = req_alloc(r, sizeof(**out) * (size_t)(cap + 1));
	return content_split(s, *out, cap);
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

/* ---- which words changed: a field's two values as runs, each same or changed ---------- */

struct tok { const char *s; int n; };

/* a run of ASCII letters and digits is one token, any other character (a 汉字, a mark) is one */
static int
tokens(struct req *r, const char *s, struct tok **out)
{
	int n = 0, cap = 16;
	struct tok *t = req_alloc(r, sizeof(*t) * (size_t)cap);
	while (*s) {
		const unsigned char *p = (const unsigned char *)s;
		int len = 1;
		if (isalnum(*p)) while (isalnum(p[len])) len++;
		else if (*p >= 0xF0) len = 4;
		else if (*p >= 0xE0) len = 3;
		else if (*p >= 0xC0) len = 2;
		for (int k = 1; k < len; k++) if (!p[k]) { len = k; break; }
		if (n == cap) {
			struct tok *m = req_alloc(r, sizeof(*t) * (size_t)(cap *= 2));
			memcpy(m, t, sizeof(*t) * (size_t)n);
			t = m;
		}
		t[n].s = s; t[n].n = len; n++;
		s += len;
	}
	*out = t;
	return n;
}

static int
tok_eq(const struct tok *a, const struct tok *b)
{
	return a->n == b->n && !memcmp(a->s, b->s, (size_t)a->n);
}

/* parts.K.{t,ch}: consecutive tokens of one side joined while their mark (changed or not) is the same */
static void
parts_to_hdf(struct req *r, const char *key, const struct tok *t, const char *mark, int n)
{
	int k = 0;
	for (int i = 0; i < n;) {
		int j = i;
		STRING s;
		string_init(&s);
		while (j < n && mark[j] == mark[i]) { string_appendn(&s, t[j].s, t[j].n); j++; }
		hset(r, req_printf(r, "%s.%d.t", key, k), s.buf ? s.buf : "");
		hseti(r, req_printf(r, "%s.%d.ch", key, k), mark[i]);
		string_clear(&s);
		k++;
		i = j;
	}
}

/* Marks the tokens of each side that the other lacks: the common beginning and end are kept, and
 * the middle compared by longest common subsequence when it is small enough (else marked whole). */
static void
word_diff(struct req *r, const char *key, const char *a, const char *b)
{
	struct tok *x, *y;
	int nx = tokens(r, a, &x), ny = tokens(r, b, &y), pre = 0, suf = 0;
	char *mx = req_alloc(r, (size_t)nx + 1), *my = req_alloc(r, (size_t)ny + 1);

	while (pre < nx && pre < ny && tok_eq(&x[pre], &y[pre])) pre++;
	while (suf < nx - pre && suf < ny - pre && tok_eq(&x[nx - 1 - suf], &y[ny - 1 - suf])) suf++;
	memset(mx, 0, (size_t)nx + 1);
	memset(my, 0, (size_t)ny + 1);
	{
		int m = nx - pre - suf, n = ny - pre - suf;
		if ((long)(m + 1) * (n + 1) <= 1000000 && m > 0 && n > 0) {
			/* L[i][j]: the LCS of x[pre+i..] and y[pre+j..] (the middles) */
			unsigned short *L = req_alloc(r, sizeof(*L) * (size_t)(m + 1) * (size_t)(n + 1));
			for (int i = m; i >= 0; i--)
				for (int j = n; j >= 0; j--)
					L[i * (n + 1) + j] = (i == m || j == n) ? 0
						: tok_eq(&x[pre + i], &y[pre + j]) ? (unsigned short)(L[(i + 1) * (n + 1) + j + 1] + 1)
						: L[(i + 1) * (n + 1) + j] >= L[i * (n + 1) + j + 1] ? L[(i + 1) * (n + 1) + j] : L[i * (n + 1) + j + 1];
			for (int i = 0, j = 0; i < m || j < n;) {
				if (i < m && j < n && tok_eq(&x[pre + i], &y[pre + j])) { i++; j++; }
				else if (j == n || (i < m && L[(i + 1) * (n + 1) + j] >= L[i * (n + 1) + j + 1])) mx[pre + i++] = 1;
				else my[pre + j++] = 1;
			}
		} else {
			for (int i = pre; i < nx - suf; i++) mx[i] = 1;
			for (int j = pre; j < ny - suf; j++) my[j] = 1;
		}
	}
	parts_to_hdf(r, req_printf(r, "%s.oldparts", key), x, mx, nx);
	parts_to_hdf(r, req_printf(r, "%s.newparts", key), y, my, ny);
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
		if (ov && nv) word_diff(r, req_printf(r, "%s.%d", prefix, n), content_unescape(r, ov), content_unescape(r, nv));
		n++;
	}
	return n;
}

const char *
content_value(struct req *r, const char *content, const char *field)
{
	const char *key = req_printf(r, "\nfield.%s=", field);
	const char *p = strstr(content, key), *e;
	if (!p) return "";
	p += strlen(key);
	e = strchr(p, '\n');
	return content_unescape(r, e ? req_printf(r, "%.*s", (int)(e - p), p) : p);
}
