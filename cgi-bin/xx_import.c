/*
 * xx_import - 新乡经开区 营业收入 imported from CSV: the 考核工作小组办公室
 * uploads a file (UTF-8, a header row, then 统一社会信用代码,年度,营业收入（元）
 * per row), sees each row checked (the enterprise registered in its region,
 * the year, a whole amount; a repeated enterprise and year), and imports the
 * whole file in one transaction only when no row has an error.  An existing
 * year is corrected (the preview says from what).  Role city.
 * GET; POST op=preview (file csv, or the text csvtext) | import (csvtext).
 */
#include <stdlib.h>
#include <string.h>
#include "workflow.h"
#include "valid.h"

#define MAX_ROWS 2000

static const struct input inputs[] = {
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "csv", "CSV文件", VT_FILE },
	{ "csvtext", "CSV内容", VT_TEXT, 0, 0, 400000 },
	{ NULL }
};

struct row { int line; char code[19]; long long year, revenue; const char *org, *err, *before; };

/* one field of a CSV line, quotes removed ("" inside quotes is one "); *p moves past its comma */
static char *
field(struct req *r, const char **p)
{
	const char *s = *p;
	char *out = req_alloc(r, strlen(s) + 1), *o = out;

	while (*s == ' ' || *s == '\t') s++;
	if (*s == '"') {
		for (s++; *s && !(*s == '"' && s[1] != '"'); s++) {
			if (*s == '"') s++;
			*o++ = *s;
		}
		if (*s == '"') s++;
		while (*s && *s != ',') s++;
	} else
		while (*s && *s != ',') *o++ = *s++;
	while (o > out && (o[-1] == ' ' || o[-1] == '\t')) o--;
	*o = '\0';
	*p = *s == ',' ? s + 1 : s;
	return out;
}

static int
digits(const char *s)
{
	if (!*s || strlen(s) > 16) return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9') return 0;
	return 1;
}

/* the rows of the text, each checked; *n rows; -1 fault */
static int
parse(struct req *r, const char *text, struct row **out, int *n)
{
	struct row *rows = req_alloc(r, sizeof(struct row) * MAX_ROWS);
	char *buf = req_strdup(r, text), *line, *save = NULL;
	int lineno = 0, k = 0;

	if (!strncmp(buf, "\xEF\xBB\xBF", 3)) buf += 3;       /* a BOM (Excel's UTF-8 CSV) */
	for (line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		const char *p = line, *f[4];
		struct row *w;
		int nf = 0;
		size_t len = strlen(line);
		struct dbrows *d;

		lineno++;
		if (len && line[len - 1] == '\r') line[len - 1] = '\0';
		if (!*line) continue;
		if (lineno == 1 && strstr(line, "统一社会信用代码")) continue;   /* the header row */
		if (k == MAX_ROWS) { *n = -1; break; }
		while (*p && nf < 4) f[nf++] = field(r, &p);
		if (*p) nf++;
		w = &rows[k++];
		memset(w, 0, sizeof(*w));
		w->line = lineno;
		snprintf(w->code, sizeof(w->code), "%.18s", nf > 0 ? f[0] : "");
		if (nf != 3) { w->err = req_printf(r, "应为3列（统一社会信用代码,年度,营业收入（元）），实际%d列", nf); continue; }
		if ((w->err = valid_uscc(f[0], w->code))) { snprintf(w->code, sizeof(w->code), "%.18s", f[0]); continue; }
		if (!digits(f[1]) || (w->year = atoll(f[1])) < 2000 || w->year > 2100) { w->err = "年度须为2000至2100之间的整数"; continue; }
		if (!digits(f[2])) { w->err = req_printf(r, "营业收入须为不小于0的整数（单位元，不含逗号、小数点和“万元”），此行为“%s”", f[2]); continue; }
		w->revenue = atoll(f[2]);
		for (int j = 0; j < k - 1; j++)
			if (!strcmp(rows[j].code, w->code) && rows[j].year == w->year && !rows[j].err)
				w->err = req_printf(r, "与第%d行重复（同一企业同一年度）", rows[j].line);
		if (w->err) continue;
		d = db_query(r, "SELECT a.display_name, (SELECT v.revenue_yuan FROM xx_revenues v WHERE v.credit_code = a.credit_code"
				"   AND v.year = ?) FROM accounts a JOIN regions g ON g.code = a.region_code"
				" WHERE a.credit_code = ? AND a.role = 'enterprise' AND ? IN (g.code, g.city_code, g.province_code)",
			     DI(w->year), DS(w->code), DS(scope_code(r)));
		if (!d) return -1;
		if (!d->nrows) w->err = "该统一社会信用代码不是本区已注册的企业";
		else {
			w->org = req_strdup(r, dbv(d, 0, 0));
			if (*dbv(d, 0, 1)) w->before = req_strdup(r, dbv(d, 0, 1));
		}
		dbrows_free(d);
	}
	*out = rows;
	if (*n != -1) *n = k;
	return 0;
}

static int
preview(struct req *r, const char *text, int status)
{
	struct row *rows;
	int n = 0, bad = 0;

	if (parse(r, text, &rows, &n)) return 500;
	if (n < 0) { req_field_error(r, "csv", req_printf(r, "一次最多导入%d行，请分开导入", MAX_ROWS)); return page_render_status(r, 422, "xx_import.cs"); }
	if (n == 0) { req_field_error(r, "csv", "文件中没有数据行（第一行为表头：统一社会信用代码,年度,营业收入（元））"); return page_render_status(r, 422, "xx_import.cs"); }
	for (int i = 0; i < n; i++) {
		const char *q = req_printf(r, "Rows.%d", i);
		hseti(r, req_printf(r, "%s.line", q), rows[i].line);
		hset(r, req_printf(r, "%s.code", q), rows[i].code);
		if (rows[i].err) {
			hset(r, req_printf(r, "%s.err", q), req_printf(r, "第%d行：%s", rows[i].line, rows[i].err));
			bad++;
			continue;
		}
		hset(r, req_printf(r, "%s.org", q), rows[i].org);
		hseti(r, req_printf(r, "%s.year", q), rows[i].year);
		hseti(r, req_printf(r, "%s.revenue", q), rows[i].revenue);
		hset(r, req_printf(r, "%s.what", q), rows[i].before ? req_printf(r, "更正（原为%s元）", rows[i].before) : "新增");
	}
	hseti(r, "Import.rows", n);
	hseti(r, "Import.bad", bad);
	hset(r, "Form.csvtext", text);
	if (bad && status == 200) status = 422;
	return page_render_status(r, status, "xx_import.cs");
}

static int
import(struct req *r, const char *text)
{
	struct row *rows;
	int n = 0;

	if (parse(r, text, &rows, &n)) return 500;
	for (int i = 0; i < n; i++)
		if (rows[i].err) {
			hset(r, "Refused", "文件中有错误的行，未导入任何数据；请改正后重新上传。");
			return preview(r, text, 422);
		}
	if (n <= 0) return preview(r, text, 422);
	if (db_begin(r)) return 500;
	for (int i = 0; i < n; i++)
		if (db_exec(r, "INSERT INTO xx_revenues (credit_code, year, revenue_yuan, entered_by) VALUES (?, ?, ?, ?)"
			       " ON DUPLICATE KEY UPDATE revenue_yuan = VALUES(revenue_yuan), entered_by = VALUES(entered_by)",
			    DS(rows[i].code), DI(rows[i].year), DI(rows[i].revenue), DI(r->s.account_id)) < 0)
			return 500;
	if (audit(r, "xinxiang.import", "account", r->s.account_id, "", req_printf(r, "营业收入 %d行", n)) || db_commit(r))
		return 500;
	return page_flash_redirect(r, "/cgi-bin/xx_records.cgi", req_printf(r, "已导入营业收入%d行。", n));
}

static int
handle(struct req *r)
{
	const char *op = req_str(r, "op");
	const struct upload *u;

	if (r->method != M_POST) return page_render(r, "xx_import.cs");
	if (op && !strcmp(op, "import")) {
		if (!req_str(r, "csvtext")) return 400;
		return import(r, req_str(r, "csvtext"));
	}
	if (!op || strcmp(op, "preview")) return 400;
	if ((u = req_upload(r, "csv"))) {
		char *text = req_alloc(r, u->len + 1);
		memcpy(text, u->data, u->len);
		text[u->len] = '\0';
		if (strlen(text) != u->len || !utf8_valid(text, u->len)) {
			req_field_error(r, "csv", "文件须为UTF-8编码的CSV（在Excel中“另存为 CSV UTF-8”）");
			return page_render_status(r, 422, "xx_import.cs");
		}
		return preview(r, text, 200);
	}
	if (req_str(r, "csvtext")) return preview(r, req_str(r, "csvtext"), 200);
	req_field_error(r, "csv", "请选择要导入的CSV文件");
	return page_render_status(r, 422, "xx_import.cs");
}

const struct page PAGE = { "xx_import", M_GET | M_POST, ROLE_CITY, PAGE_UPLOAD, inputs, handle };
