/*
 * resp.c - the buffered response: templates, errors, redirects, headers.
 *
 * Nothing is written until resp_flush(), so a fault at any point replaces
 * the half-built page with a clean error page.  Header values are built by
 * the server and checked: nothing with CR, LF or other controls is emitted.
 *
 * The one exception is a list too long to hold (the whole province's 汇总表):
 * page_stream_begin sends the headers and the page up to its rows, the
 * page sends its rows a group at a time (page_stream_render, resp_stream),
 * and resp_flush sends the rest.  Such a page does its checks and counts
 * first; once streaming, a fault can only be reported in the page.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcgiapp.h>
#include "dt.h"
#include "proc.h"

static int
header_ok(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7F) return 0;
	return 1;
}

void
page_header(struct req *r, const char *name, const char *value)
{
	if (!header_ok(name) || !header_ok(value) || strchr(name, ':')) {
		LOG(r, "refused a header with control characters");
		return;
	}
	string_appendf(&r->hdrs, "%s: %s\r\n", name, value);
}

void
cookie_set(struct req *r, const char *name, const char *value, long max_age)
{
	char buf[512];

	/* names and values are ours: [A-Za-z0-9_] and hex */
	for (const char *p = value; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'))) {
			LOG(r, "cookie value refused");
			return;
		}
	snprintf(buf, sizeof(buf), "%s=%s; Path=/; HttpOnly; SameSite=Lax%s", name, value,
		 r->https ? "; Secure" : "");
	if (max_age >= 0) {
		size_t l = strlen(buf);
		snprintf(buf + l, sizeof(buf) - l, "; Max-Age=%ld", max_age);
	}
	page_header(r, "Set-Cookie", buf);
}

/* A path the server built: /cgi-bin/x.cgi[?query], no scheme, no //, no \ */
int
safe_next(const char *p)
{
	if (!p || p[0] != '/' || p[1] == '/' || p[1] == '\\') return 0;
	if (strncmp(p, "/cgi-bin/", 9) != 0) return 0;
	for (const char *s = p; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      strchr("/_.-?=&%#", c)))
			return 0;
	}
	return strstr(p, "..") == NULL && strstr(p, "//") == NULL;
}

/* the Referer's path and query when it names this site (Site.Origin or the Host the
 * request came to) and is one of our pages; else NULL */
const char *
page_referer(struct req *r)
{
	const char *ref = req_env(r, "HTTP_REFERER"), *host = req_env(r, "HTTP_HOST");
	const char *origin = req_conf(r, "Site.Origin", ""), *p = NULL;
	size_t n;

	if (!ref) return NULL;
	if (*origin && !strncmp(ref, origin, (n = strlen(origin)))) p = ref + n;
	else if (host && *host) {
		if (!strncmp(ref, "http://", 7)) p = ref + 7;
		else if (!strncmp(ref, "https://", 8)) p = ref + 8;
		if (p && !strncmp(p, host, (n = strlen(host)))) p += n;
		else p = NULL;
	}
	return p && safe_next(p) ? req_strdup(r, p) : NULL;
}

/* this request's page with its query: /cgi-bin/<page>.cgi?<query> (NULL when not a safe path) */
const char *
page_self(struct req *r)
{
	const char *p = r->query && *r->query ? req_printf(r, "/cgi-bin/%s.cgi?%s", r->page->name, r->query)
					      : req_printf(r, "/cgi-bin/%s.cgi", r->page->name);
	return safe_next(p) ? p : NULL;
}

int
page_redirect(struct req *r, const char *path)
{
	if (!safe_next(path) && strcmp(path, "/") != 0) {
		LOG(r, "unsafe redirect target refused");
		path = "/cgi-bin/home.cgi";
	}
	r->status = 303;
	page_header(r, "Location", path);
	string_clear(&r->out);
	string_init(&r->out);
	r->done = 1;
	return 0;
}

/* A one-time message for the next page, kept in the session row. */
int
page_flash_redirect(struct req *r, const char *path, const char *msg)
{
	if (r->authed)
		db_exec(r, "UPDATE sessions SET flash=? WHERE id=?", DS(msg), DI(r->s.sid));
	return page_redirect(r, path);
}

static NEOERR *
render_cb(void *ctx, char *buf)
{
	return nerr_pass(string_append((STRING *)ctx, buf));
}

static void resp_write(struct req *r, const char *buf, size_t len);

/* the body of a streamed response (nothing for HEAD) */
void
resp_stream(struct req *r, const char *buf, size_t len)
{
	if (r->method != M_HEAD && len) resp_write(r, buf, len);
}

/*
 * Parsed templates, kept for the life of a FastCGI process: a page renders
 * the same template (and its header, footer and macros) on every request,
 * and parsing them from disk each time was a quarter of the page process's
 * CPU.  A parse tree does not depend on the request: ClearSilver reads HDF
 * only while rendering (and, while parsing, for include paths, which are
 * literals here), so each render binds the tree to the request's HDF.  The
 * escaping mode (Config.VarEscapeMode=html) is read at cs_init and is the
 * same for every request.
 */
#define TPL_CACHE 16
static struct { char name[64]; CSPARSE *cs; } tpl_cache[TPL_CACHE];

static NEOERR *
template_get(struct req *r, const char *tpl, CSPARSE **out, int *cached)
{
	NEOERR *err;
	/* a CGI keeps them too: a streamed list renders its rows' template once per group */
	int keep = strlen(tpl) < sizeof(tpl_cache[0].name);

	*cached = 0;
	if (keep)
		for (int i = 0; i < TPL_CACHE && tpl_cache[i].cs; i++)
			if (!strcmp(tpl_cache[i].name, tpl)) {
				*out = tpl_cache[i].cs;
				(*out)->hdf = r->hdf;
				*cached = 1;
				return STATUS_OK;
			}
	*out = NULL;
	err = cgi_cs_init(r->cgi, out);
	if (!err) err = cs_parse_file(*out, tpl);
	if (err) { cs_destroy(out); return nerr_pass(err); }
	for (int i = 0; keep && i < TPL_CACHE; i++)
		if (!tpl_cache[i].cs) {
			snprintf(tpl_cache[i].name, sizeof(tpl_cache[i].name), "%s", tpl);
			tpl_cache[i].cs = *out;
			*cached = 1;
			break;
		}
	return STATUS_OK;
}

/* a tree whose render failed is not trusted again */
static void
template_drop(CSPARSE **cs)
{
	for (int i = 0; i < TPL_CACHE; i++)
		if (tpl_cache[i].cs == *cs) {
			for (int k = i; k < TPL_CACHE - 1; k++) tpl_cache[k] = tpl_cache[k + 1];
			tpl_cache[TPL_CACHE - 1].cs = NULL;
			tpl_cache[TPL_CACHE - 1].name[0] = '\0';
			break;
		}
	cs_destroy(cs);
}

/* renders tpl with the request's HDF through cb; 0 or 500 (logged) */
static int
render(struct req *r, const char *tpl, void *ctx, CSOUTFUNC cb)
{
	CSPARSE *cs = NULL;
	NEOERR *err;
	int cached = 0;
	double t = now_ms();

	err = template_get(r, tpl, &cs, &cached);
	if (!err) err = cs_render(cs, ctx, cb);
	if (cs) {
		cs->hdf = NULL;         /* the request's HDF is freed with the request */
		if (err && cached) template_drop(&cs);
		else if (!cached) cs_destroy(&cs);
	}
	r->tm.render += now_ms() - t;
	if (err) {
		STRING s;
		string_init(&s);
		nerr_error_traceback(err, &s);
		LOG(r, "template %s: %s", tpl, s.buf ? s.buf : "");
		string_clear(&s);
		nerr_ignore(&err);
		return 500;
	}
	return 0;
}

int
page_render_status(struct req *r, int status, const char *tpl)
{
	STRING out;

	string_init(&out);
	hset(r, "Page.Template", tpl);
	if (render(r, tpl, &out, render_cb)) { string_clear(&out); return 500; }
	/* macro definitions leave blank lines before <!DOCTYPE>: drop them */
	{
		int k = 0;
		while (k < out.len && (out.buf[k] == '\n' || out.buf[k] == ' ' || out.buf[k] == '\r')) k++;
		if (k) { memmove(out.buf, out.buf + k, (size_t)(out.len - k) + 1); out.len -= k; }
	}
	string_clear(&r->out);
	r->out = out;
	r->status = status;
	r->ctype_out = "text/html; charset=UTF-8";
	r->done = 1;
	return 0;
}

/* where a streamed page's rows go: table() of macros.cs writes it when t.stream is set */
#define STREAM_MARK "<!--dt:rows-->"

static void resp_headers(struct req *r, int length);

int
page_stream_begin(struct req *r, const char *tpl, int *rows)
{
	int st;
	char *m;

	*rows = 0;
	if ((st = page_render(r, tpl))) return st;
	if (!(m = strstr(r->out.buf ? r->out.buf : "", STREAM_MARK))) return 0;     /* nothing to stream: the page as usual */
	resp_headers(r, 0);
	r->streamed = 1;
	resp_stream(r, r->out.buf, (size_t)(m - r->out.buf));
	r->out.len -= (int)(m - r->out.buf) + (int)strlen(STREAM_MARK);
	memmove(r->out.buf, m + strlen(STREAM_MARK), (size_t)r->out.len + 1);
	*rows = 1;
	return 0;
}

int
page_stream_render(struct req *r, const char *tpl)
{
	/* ClearSilver writes a piece at a time: gathered, then sent in one write */
	STRING out;
	int st;

	string_init(&out);
	if (!(st = render(r, tpl, &out, render_cb))) resp_stream(r, out.buf, (size_t)out.len);
	string_clear(&out);
	return st;
}

void
resp_stream_begin(struct req *r, const char *ctype, const char *disposition)
{
	r->ctype_out = ctype;
	if (disposition) page_header(r, "Content-Disposition", disposition);
	r->status = 200;
	r->done = 1;
	string_clear(&r->out);
	string_init(&r->out);
	resp_headers(r, 0);
	r->streamed = 1;
}

int page_render(struct req *r, const char *tpl) { return page_render_status(r, 200, tpl); }

static const char *
reason(int st)
{
	switch (st) {
	case 200: return "OK";
	case 303: return "See Other";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 413: return "Payload Too Large";
	case 414: return "URI Too Long";
	case 415: return "Unsupported Media Type";
	case 422: return "Unprocessable Entity";
	case 429: return "Too Many Requests";
	case 503: return "Service Unavailable";
	case 507: return "Insufficient Storage";
	default: return st >= 500 ? "Internal Server Error" : "Error";
	}
}

static const char *
error_text(int st)
{
	switch (st) {
	case 400: return "请求无效：提交的数据格式不正确或含有不允许的字段。请返回上一页重新填写。";
	case 403: return "无权执行此操作，或页面已过期。请刷新页面后重试。";
	case 404: return "找不到该页面或记录，或者它不在您的管辖范围内。";
	case 405: return "不支持该请求方式。";
	case 409: return "该记录已被他人修改或已处理，请刷新后查看最新状态。";
	case 413: return "提交的内容超过大小上限。";
	case 414: return "请求地址过长。";
	case 415: return "不支持的提交格式。";
	case 429: return "尝试次数过多，请15分钟后再试。";
	case 503: return "系统暂时无法连接数据库，请稍后再试。您填写的内容没有丢失：请稍后刷新并重新提交。";
	case 507: return "导出文件超出了服务器允许的临时空间，未能生成，也没有留下残缺的文件。请缩小导出范围（如按盟市、行业或状态筛选）后重试，或联系管理员。";
	default: return "系统内部错误，已记录。请稍后重试，或将下方的请求编号告知管理员。";
	}
}

/* the heading of an error page, in words (the number stays beside it for the help desk) */
static const char *
error_title(int st)
{
	switch (st) {
	case 400: return "请求无效";
	case 403: return "无权访问";
	case 404: return "找不到该页面";
	case 405: return "不支持的请求方式";
	case 409: return "已被他人处理";
	case 413: return "提交的内容过大";
	case 414: return "请求地址过长";
	case 415: return "不支持的提交格式";
	case 422: return "未能办理";
	case 429: return "尝试次数过多";
	case 503: return "系统暂时无法服务";
	case 507: return "导出文件过大";
	default: return "系统内部错误";
	}
}

void
page_error_title(struct req *r, int st)
{
	if (!hdf_get_value(r->hdf, "Error.Title", NULL)) hset(r, "Error.Title", error_title(st));
}

void page_common(struct req *r);

int
page_error(struct req *r, int st)
{
	string_clear(&r->out);
	string_init(&r->out);
	r->status = st;
	r->ctype_out = "text/html; charset=UTF-8";
	r->done = 1;
	/* the database is unreachable: browsers and monitors may come back in half a minute */
	if (st == 503) page_header(r, "Retry-After", "30");
	if (r->hdf && st != 500 && st != 503) {
		if (!hdf_get_value(r->hdf, "Site.Name", NULL)) page_common(r);
		hseti(r, "Error.Status", st);
		page_error_title(r, st);
		if (st == 409 && r->db_conflict)
			hset(r, "Error.Text", "与同时进行的其他操作发生冲突，本次操作没有生效，也没有保存任何部分。请返回上一页重新提交。");
		else if (st == 413)
			hset(r, "Error.Text", req_printf(r, "%s上传的每个文件最大 %lld MB，普通表单最大 %lld KB。请压缩或拆分文件后重新选择；"
							"您在页面上填写的其他内容已保留在本浏览器中。", error_text(st),
							req_conf_int(r, "Upload.MaxBytes", 20 * 1024 * 1024) >> 20,
							req_conf_int(r, "Limits.FormBytes", 64 * 1024) >> 10));
		else
			hset(r, "Error.Text", error_text(st));
		if (!hdf_get_value(r->hdf, "Error.Back", NULL) && page_referer(r)) hset(r, "Error.Back", page_referer(r));
		hset(r, "Error.RequestId", r->rid);
		if (page_render_status(r, st, "error.cs") == 0) return 0;
	}
	/* built-in page: no template, no database; the site's frame written out (names from the
	 * configuration are ours, but escaped all the same) */
	{
		const char *site = req_conf(r, "Site.Name", "数字化转型试点申报评审系统");
		const char *auth = req_conf(r, "Site.Authority", "内蒙古自治区工业和信息化厅");
		char *es = NULL, *ea = NULL;
		NEOERR *e1 = html_escape_alloc(site, (int)strlen(site), &es), *e2 = html_escape_alloc(auth, (int)strlen(auth), &ea);
		if (e1) { nerr_ignore(&e1); es = NULL; }
		if (e2) { nerr_ignore(&e2); ea = NULL; }
		string_appendf(&r->out,
			"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
			"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
			"<title>%s - %s</title><link rel=\"stylesheet\" href=\"/static/css/site.css\"></head>"
			"<body data-error=\"%d\"><header class=\"top\"><div class=\"bar\"><a class=\"brand\" href=\"/cgi-bin/home.cgi\">"
			"<span class=\"emblem\" aria-hidden=\"true\">数</span>%s</a></div></header>"
			"<main id=\"main\"><section class=\"error-page\"><h1>%s <small class=\"count\">（%d）</small></h1><p>%s</p>"
			"<p class=\"rid\">请求编号：%s</p><p><a href=\"/cgi-bin/home.cgi\">返回首页</a></p>"
			"</section></main><footer class=\"foot\"><p>%s · %s</p></footer></body></html>\n",
			error_title(st), es ? es : "", st, es ? es : "", error_title(st), st, error_text(st), r->rid,
			ea ? ea : "", es ? es : "");
		free(es);
		free(ea);
	}
	r->status = st;
	return 0;
}

int
page_send_bytes(struct req *r, const char *ctype, const char *disposition,
		const void *data, size_t len)
{
	string_clear(&r->out);
	string_init(&r->out);
	if (string_appendn(&r->out, data, (int)len) != STATUS_OK) return 500;
	r->ctype_out = ctype;
	if (disposition) page_header(r, "Content-Disposition", disposition);
	r->status = 200;
	r->done = 1;
	return 0;
}

/* HDF every template can rely on. */
void
page_common(struct req *r)
{
	hset(r, "Site.Name", req_conf(r, "Site.Name", "数字化转型试点申报评审系统"));
	hset(r, "Site.Short", req_conf(r, "Site.Short", "dtpilot"));
	hset(r, "Site.Authority", req_conf(r, "Site.Authority", "内蒙古自治区工业和信息化厅"));
	hset(r, "Page.Name", r->page->name);
	hset(r, "Request.Id", r->rid);
	/* file inputs are checked in the browser against the same limit (htdocs/js/app.js) */
	hsetf(r, "Upload.MaxBytes", "%lld", req_conf_int(r, "Upload.MaxBytes", 20971520));
	if (r->authed) {
		hseti(r, "User.Id", r->s.account_id);
		hset(r, "User.Name", r->s.display);
		hset(r, "User.Login", r->s.username);
		hset(r, "User.Role", role_key(r->s.role));
		hset(r, "User.RoleLabel", role_label(r->s.role));
		hset(r, "User.Region", r->s.region);
		hset(r, "User.RegionName", r->s.region_name);
		hset(r, "Csrf", r->s.csrf);
		hseti(r, "Session.IdleSeconds", r->s.idle_seconds);
		hseti(r, "Session.LifeSeconds", r->s.life_seconds);
		hseti(r, "Session.WarnSeconds", req_conf_int(r, "Session.WarnMinutes", 5) * 60);
		/* read with the session (auth_load_session): no statement of its own */
		hseti(r, "User.Unread", r->s.unread);
	}
}

/* Writes to the client: the FastCGI stream, or stdout. */
static void
resp_write(struct req *r, const char *buf, size_t len)
{
	if (r->fout) FCGX_PutStr(buf, (int)len, r->fout);
	else fwrite(buf, 1, len, stdout);
}

/* the headers; without a length when the body is streamed */
static void
resp_headers(struct req *r, int length)
{
	STRING h;
	int st = r->status ? r->status : 200;
	const char *csp =
		"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
		"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	string_init(&h);
	string_appendf(&h, "Status: %d %s\r\n", st, reason(st));
	string_appendf(&h, "Content-Type: %s\r\n", r->ctype_out ? r->ctype_out : "text/html; charset=UTF-8");
	if (length) string_appendf(&h, "Content-Length: %d\r\n", r->out.len);
	string_appendf(&h, "Content-Security-Policy: %s\r\n", csp);
	string_append(&h, "X-Content-Type-Options: nosniff\r\n"
			  "X-Frame-Options: DENY\r\n"
			  "Referrer-Policy: same-origin\r\n"
			  "Cache-Control: no-store\r\n");
	string_appendf(&h, "X-Request-Id: %s\r\n", r->rid);
	if (r->https) string_append(&h, "Strict-Transport-Security: max-age=31536000; includeSubDomains\r\n");
	if (r->hdrs.len) string_appendn(&h, r->hdrs.buf, r->hdrs.len);
	string_append(&h, "\r\n");
	resp_write(r, h.buf, (size_t)h.len);
	string_clear(&h);
}

void
resp_flush(struct req *r)
{
	if (!r->streamed) resp_headers(r, 1);
	if (r->method != M_HEAD && r->out.len) resp_write(r, r->out.buf, (size_t)r->out.len);
	if (!r->fout) fflush(stdout);
}
