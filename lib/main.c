/*
 * main.c - the process and the request lifecycle shared by every page.
 *
 * Each page binary is cgi-bin/<page>.c defining `const struct page PAGE`;
 * this file supplies main().  A request goes:
 *   guards (method, sizes, content type, strict pre-parse)  -> 405/413/415/400
 *   ClearSilver fed through cgiwrap emulation from our own buffers
 *   declared inputs validated (unknown fields refused)       -> 400
 *   database connection                                      -> 503
 *   session, role, CSRF                                      -> login/403
 *   the page's handler
 *   the buffered response written whole.
 *
 * The same binary runs as plain CGI (one request, the process environment
 * and stdin/stdout) or, when started on a FastCGI listening socket (by
 * mod_fcgid or spawn-fcgi; or DTPILOT_FCGI_SOCKET=path), as a FastCGI loop
 * that keeps its configuration and MariaDB connection between requests
 * (reopened when MariaDB closed it).
 * Everything of a request lives in its struct req, built from nothing and
 * freed whole after each answer; the request's parameters and streams come
 * from libfcgi instead of the process.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <fcgiapp.h>
#include <mysql.h>
#include <mysqld_error.h>
#include "dt.h"
#include "proc.h"
#include "programme.h"

extern char **environ;
extern const struct page PAGE;

int req_validate(struct req *r);        /* req.c */
void req_free(struct req *r);           /* req.c */
void page_common(struct req *r);        /* resp.c */
int upload_part(void *ctx, const struct mpart *p);  /* req.c */
int proc_init(struct proc *a);                        /* app.c */
int proc_init_persistent(struct proc *a);             /* app.c */

/* ---- cgiwrap emulation: ClearSilver reads our buffers, not the process ---- */

static int
emu_read(void *d, char *buf, int len)
{
	struct req *r = d;
	size_t left = r->body_len - r->body_pos;
	size_t n = (size_t)len < left ? (size_t)len : left;

	if (len <= 0) return 0;
	memcpy(buf, r->body + r->body_pos, n);
	r->body_pos += n;
	return (int)n;
}

static int
emu_writef(void *d, const char *fmt, va_list ap)
{
	struct req *r = d;
	return string_appendvf(&r->out, fmt, ap) == STATUS_OK ? 0 : -1;
}

static int
emu_write(void *d, const char *buf, int len)
{
	struct req *r = d;
	return string_appendn(&r->out, buf, len) == STATUS_OK ? len : -1;
}

static char *
emu_getenv(void *d, const char *k)
{
	struct req *r = d;
	const char *v;
	char num[32];

	if (!strcmp(k, "CONTENT_TYPE")) v = r->ctype;
	else if (!strcmp(k, "CONTENT_LENGTH")) {
		if (!r->body_len) return NULL;
		snprintf(num, sizeof(num), "%zu", r->body_len);
		v = num;
	} else if (!strcmp(k, "QUERY_STRING")) v = r->query;
	else if (!strcmp(k, "HTTP_PROXY")) v = NULL;   /* httpoxy */
	else v = req_env(r, k);
	return v ? strdup(v) : NULL;
}

static int
emu_putenv(void *d, const char *k, const char *v)
{
	(void)d; (void)k; (void)v;
	return 0;     /* the request environment is read-only */
}

/* Presents only the HTTP_ request headers (without HTTP_PROXY). */
static int
emu_iterenv(void *d, int x, char **k, char **v)
{
	struct req *r = d;
	int seen = 0;

	*k = *v = NULL;
	for (char **e = r->envp ? r->envp : environ; *e; e++) {
		const char *eq = strchr(*e, '=');
		if (!eq || strncmp(*e, "HTTP_", 5) != 0 || !strncmp(*e, "HTTP_PROXY=", 11)) continue;
		if (seen++ < x) continue;
		*k = strndup(*e, (size_t)(eq - *e));
		*v = strdup(eq + 1);
		if (!*k || !*v) { free(*k); free(*v); *k = *v = NULL; return 1; }
		return 0;
	}
	return 0;
}

/* ---- guards --------------------------------------------------------------- */

static unsigned
method_bit(const char *m)
{
	if (!m) return 0;
	if (!strcmp(m, "GET")) return M_GET;
	if (!strcmp(m, "POST")) return M_POST;
	if (!strcmp(m, "HEAD")) return M_HEAD;
	return 0;
}

static const struct preparse_limits *
limits(void)
{
	static const struct preparse_limits lim = {
		.max_fields = 1000, .max_parts = 200, .max_name = 64, .max_repeat = 300,
	};
	return &lim;
}

/* Reads up to n body bytes from the client: the FastCGI stream or stdin. */
static ssize_t
body_read(struct req *r, char *buf, size_t n)
{
	ssize_t got;

	if (r->fin) return FCGX_GetStr(buf, n > (1u << 30) ? (1 << 30) : (int)n, r->fin);
	do got = read(STDIN_FILENO, buf, n); while (got < 0 && errno == EINTR);
	return got;
}

static int
read_all(struct req *r, size_t len)
{
	size_t got = 0;

	r->body = malloc(len + 1);
	if (!r->body) return -1;
	while (got < len) {
		ssize_t n = body_read(r, r->body + got, len - got);
		if (n <= 0) break;
		got += (size_t)n;
	}
	r->body[got] = '\0';
	r->body_len = got;
	return got == len ? 0 : -1;
}

static int
guard(struct req *r)
{
	const struct page *pg = r->page;
	const char *qs = req_env(r, "QUERY_STRING");
	const char *cl = req_env(r, "CONTENT_LENGTH");
	const char *why;
	long long len = 0;

	r->method = method_bit(req_env(r, "REQUEST_METHOD"));
	if (!r->method || !((pg->methods | ((pg->methods & M_GET) ? M_HEAD : 0)) & r->method)) {
		char allow[32];
		snprintf(allow, sizeof(allow), "%s%s%s", (pg->methods & M_GET) ? "GET, HEAD" : "",
			 (pg->methods & M_GET) && (pg->methods & M_POST) ? ", " : "",
			 (pg->methods & M_POST) ? "POST" : "");
		page_header(r, "Allow", allow);
		return 405;
	}
	if (qs && *qs) {
		if (strlen(qs) > 4096) { LOG(r, "query string too long"); return 414; }
		if ((why = preparse_urlencoded(qs, strlen(qs), limits()))) {
			LOG(r, "query string refused: %s", why);
			return 400;
		}
		r->query = strdup(qs);
	}
	if (cl && *cl && valid_int(cl, 0, (1LL << 40), &len)) {
		LOG(r, "bad CONTENT_LENGTH");
		return 400;
	}
	if (r->method != M_POST) return len ? 400 : 0;

	{
		char *norm = r->ctype_buf;
		const size_t normsz = sizeof(r->ctype_buf);
		char boundary[80];
		long long cap = (pg->flags & PAGE_UPLOAD)
			? req_conf_int(r, "Upload.MaxBytes", 20 * 1024 * 1024) + 256 * 1024
			: req_conf_int(r, "Limits.FormBytes", 64 * 1024);
		if (len > cap) { LOG(r, "body of %lld bytes over cap %lld", len, cap); return 413; }
		if (len == 0) { r->ctype = NULL; return 0; }
		if ((why = preparse_ctype(req_env(r, "CONTENT_TYPE"), norm, normsz,
					  boundary, sizeof(boundary)))) {
			LOG(r, "content type refused: %s", why);
			return 415;
		}
		if (!(pg->flags & PAGE_UPLOAD) && strncmp(norm, "multipart/", 10) == 0) {
			LOG(r, "multipart body to a page without uploads");
			return 415;
		}
		r->ctype = norm;
		if (read_all(r, (size_t)len) != 0) { LOG(r, "short body (client abort?)"); return 400; }
		if (strncmp(norm, "multipart/", 10) == 0) {
			why = preparse_multipart(r->body, r->body_len, boundary, limits(), NULL, NULL);
			snprintf(r->boundary, sizeof(r->boundary), "%s", boundary);
		} else
			why = preparse_urlencoded(r->body, r->body_len, limits());
		if (why) { LOG(r, "body refused: %s", why); return 400; }
	}
	return 0;
}

static void
configure_hdf(struct req *r)
{
	/* Escaping on by default; no timing footer, whitespace rewriting or debug. */
	hset(r, "Config.VarEscapeMode", "html");
	hset(r, "Config.TimeFooter", "0");
	hset(r, "Config.WhiteSpaceStrip", "0");
	hset(r, "Config.DebugEnabled", "0");
	hset(r, "Config.CompressionEnabled", "0");
	hset(r, "cgiout.charset", "UTF-8");
	hset(r, "hdf.loadpaths.0", r->proc->tpl_dir);
}

/*
 * A POST without a live session (it expired while the user typed) is an
 * ordinary step, not a refusal page: the answer is the login form saying
 * that what was typed is kept, and signing in returns to the page the form
 * was on, where htdocs/js/app.js refills the form and repeats the save.
 */
static int
expired(struct req *r)
{
	const char *back = page_referer(r);
	if (!back) back = page_self(r);
	page_common(r);
	hset(r, "Csrf", auth_anon_csrf(r));
	if (back) hset(r, "Login.Next", back);
	hset(r, "Login.Expired", "1");
	LOG(r, "POST without a live session: answered with the login form");
	return page_render_status(r, 403, "login.cs");
}

/*
 * A POST whose token is not this session's: the page was opened under an
 * earlier session (the user signed in again, perhaps in another tab).  The
 * answer says so with the site's frame; nothing is done, and going back to
 * the page refills the form and repeats the save with the new token.
 */
static int
stale_form(struct req *r)
{
	const char *back = page_referer(r);
	page_common(r);
	menu_to_hdf(r);
	hseti(r, "Error.Status", 403);
	hset(r, "Error.Title", "页面已过期");
	hset(r, "Error.Text", "这个页面是在您上一次登录时打开的（例如之后在另一个标签页重新登录过），所以这次保存没有执行。"
			      "您填写的内容已保留在本浏览器中：返回原页面后会自动恢复并重新保存。");
	hset(r, "Error.RequestId", r->rid);
	hset(r, "Error.Resave", "1");
	if (back) hset(r, "Error.Back", back);
	return page_render_status(r, 403, "error.cs");
}

static int
authorise(struct req *r)
{
	const struct page *pg = r->page;

	if (!(pg->flags & (PAGE_NODB | PAGE_READONLY))) auth_load_session(r);     /* a replica has no sessions */
	if (pg->flags & PAGE_PUBLIC) return 0;
	if (!r->authed) {
		/* a cookie of a session that has ended: the login page says it timed out */
		int ended = hdf_get_value(r->hdf, "Cookie.dtp_sid", NULL) != NULL;
		const char *self = page_self(r);
		if (r->method == M_POST) return expired(r);
		return page_redirect(r, req_printf(r, "/cgi-bin/login.cgi?next=%s%s",
						   url_arg(r, self && strlen(self) < 900 ? self : req_printf(r, "/cgi-bin/%s.cgi", pg->name)),
						   ended ? "&timeout=1" : ""));
	}
	if (!(pg->roles & r->s.role)) return 403;
	if (r->s.must_change && !(pg->flags & PAGE_ANY_STATE))
		return page_redirect(r, "/cgi-bin/password.cgi");
	return 0;
}

/*
 * A deadlock, or on a Galera cluster a certification conflict with a write on
 * another node (1213, at COMMIT or at a statement), rolled the transaction back.
 * If the handler had made nothing durable before it, the whole action runs once
 * more from the start (the inputs are still there, the response is not yet
 * built); a second conflict is answered 409 below, never a half action.
 */
static int
run_handler(struct req *r)
{
	int kept = r->db_kept, hl = r->hdrs.len, st = r->page->handler(r);

	if (st == 500 && r->db_conflict && r->db_kept == kept && !r->db_lost && !r->streamed) {
		LOG(r, "deadlock or certification conflict: the action runs once more");
		if (r->in_tx) db_rollback(r);
		string_clear(&r->out);
		string_init(&r->out);
		if (r->hdrs.buf && r->hdrs.len > hl) { r->hdrs.len = hl; r->hdrs.buf[hl] = '\0'; }
		r->done = 0;
		r->status = 0;
		r->db_errno = 0;
		r->db_conflict = 0;
		st = r->page->handler(r);
	}
	return st;
}

static int
handle(struct req *r)
{
	const struct page *pg = r->page;
	NEOERR *err;
	int st;

	if ((st = guard(r))) return st;
	cgiwrap_init_emu(r, emu_read, emu_writef, emu_write, emu_getenv, emu_putenv, emu_iterenv);
	err = cgi_init(&r->cgi, NULL);
	if (err != STATUS_OK) {
		STRING s; string_init(&s); nerr_error_string(err, &s);
		LOG(r, "cgi_init: %s", s.buf ? s.buf : "");
		string_clear(&s); nerr_ignore(&err);
		return 500;
	}
	r->hdf = r->cgi->hdf;
	configure_hdf(r);
	/*
	 * Multipart bodies go to our own strict parser and never to cgi_parse:
	 * in 0.10.5 cgi_parse runs rfc2388.c (with its _is_boundary over-read)
	 * even after a registered parse callback has handled the body.
	 */
	if (r->ctype && !strncmp(r->ctype, "multipart/", 10)) {
		const char *why = preparse_multipart(r->body, r->body_len, r->boundary, limits(), upload_part, r);
		if (why) { LOG(r, "multipart: %s", why); return 400; }
		err = STATUS_OK;
	} else
		err = cgi_parse(r->cgi);
	if (err != STATUS_OK) {
		STRING s; string_init(&s); nerr_error_string(err, &s);
		LOG(r, "cgi_parse: %s", s.buf ? s.buf : "");
		string_clear(&s); nerr_ignore(&err);
		return 400;
	}
	if ((st = req_validate(r))) return st;
	if (!(pg->flags & PAGE_NODB) && db_connect(r) != 0) return 503;
	/* from here on: no exec, no fork, no new sockets */
	if (sandbox_enter(r) != 0) return 500;
	if ((st = authorise(r)) || r->done) return st;
	if (r->method == M_POST && !csrf_ok(r)) return r->authed ? stale_form(r) : 403;
	if (pg->form_for) {
		/* the record's own form (its programme's stage): the fields sent are checked against it now */
		if (!(r->form = pg->form_for(r))) return r->db_lost ? 503 : 404;
		if ((st = req_validate(r))) return st;
	}
	page_common(r);
	if (r->authed) menu_to_hdf(r);
	return run_handler(r);
}

/*
 * A refused body is discarded unread (no parsing) before the answer goes
 * out: a CGI that exits with its input unread makes the server cut the
 * response.  The server's LimitRequestBody bounds what is drained.
 */
static void
drain_body(struct req *r)
{
	const char *cl = req_env(r, "CONTENT_LENGTH");
	long long len = 0, left;
	char buf[65536];

	if (r->body || !cl || valid_int(cl, 1, 1LL << 40, &len)) return;
	for (left = len; left > 0 && left <= (64LL << 20);) {
		ssize_t n = body_read(r, buf, left < (long long)sizeof(buf) ? (size_t)left : sizeof(buf));
		if (n <= 0) break;
		left -= n;
	}
}

/* CPU the process used before main(): exec, the dynamic loader, constructors */
static double startup_cpu = -1;

/*
 * Debug.Timing = 1 (off in production): where the request's time went, as a
 * Server-Timing header and one log line -- start-up CPU before main() (the
 * first request of a process only), connecting to MariaDB, the statements
 * (wall time, count), template rendering, and the whole request (wall, CPU).
 * make bench switches it on and tabulates the log lines.
 */
static void
report_timing(struct req *r)
{
	double wall = now_ms() - r->tm.t0, cpu = cpu_ms() - r->tm.cpu0;
	char v[256];

	snprintf(v, sizeof(v), "startup;dur=%.3f, connect;dur=%.3f, db;dur=%.3f;desc=\"%d statements\", "
		 "render;dur=%.3f, total;dur=%.3f, cpu;dur=%.3f", r->tm.startup, r->tm.connect, r->tm.db, r->tm.nq,
		 r->tm.render, wall, cpu);
	page_header(r, "Server-Timing", v);
	LOG(r, "timing page=%s status=%d startup=%.3f connect=%.3f db=%.3f statements=%d render=%.3f total=%.3f cpu=%.3f",
	    r->page->name, r->status ? r->status : 200, r->tm.startup, r->tm.connect, r->tm.db, r->tm.nq,
	    r->tm.render, wall, cpu);
}

/* One request, start to finish.  envp/fin/fout are NULL for plain CGI. */
static void
serve(struct proc *a, const struct page *page, char **envp, void *fin, void *fout)
{
	struct req r;
	unsigned char rb[8];
	int st;

	memset(&r, 0, sizeof(r));
	r.page = page;
	r.proc = a;
	r.envp = envp;
	r.fin = fin;
	r.fout = fout;
	string_init(&r.out);
	string_init(&r.hdrs);
	r.tm.t0 = now_ms();
	r.tm.cpu0 = cpu_ms();
	if (startup_cpu >= 0) { r.tm.startup = startup_cpu; startup_cpu = 0; }
	if (getrandom(rb, sizeof(rb), 0) != (ssize_t)sizeof(rb)) memset(rb, 0, sizeof(rb));
	for (int i = 0; i < 8; i++) snprintf(r.rid + 2 * i, 3, "%02x", rb[i]);
	req_client(&r);     /* address and https, through a trusted proxy's headers (proxy.c) */
	if (!a) {
		r.proc = NULL;
		st = 500;
	} else {
		/* FastCGI: a connection the server closed while we were idle is reopened */
		if (a->persistent && a->db && db_stale(a)) db_close(a);
		st = handle(&r);
	}
	if (r.in_tx) db_rollback(&r);
	if (r.streamed) {
		/* the headers and most of the page are out: the page itself said what went wrong */
		if (st) LOG(&r, "streamed page ended with %d (last database error %d)", st, r.db_errno);
	} else if (r.db_lost && st != 503) {
		/* whatever the page made of the missing rows, the answer is 503 (fail closed) */
		LOG(&r, "database lost during the request (error %d): answered 503 instead of %d", r.db_errno, st);
		string_clear(&r.hdrs);
		string_init(&r.hdrs);
		r.done = 0;
		st = 503;
	} else if (st == 500 && r.db_conflict) {
		/*
		 * A deadlock, or on a Galera cluster a certification conflict with a write on
		 * another node (1213 at COMMIT), rolled the whole transaction back: nothing of
		 * the action happened.  The user is told so and may send it again (409).
		 */
		LOG(&r, "deadlock or certification conflict: answered 409, nothing done");
		st = 409;
	} else if (st >= 500)
		LOG(&r, "answered %d (last database error %d)", st, r.db_errno);
	if (st && !r.done) page_error(&r, st);
	drain_body(&r);
	if (a && hdf_get_int_value(a->conf, "Debug.Timing", 0)) report_timing(&r);
	resp_flush(&r);
	req_free(&r);
	/* FastCGI: a connection that failed this request is dropped; the next one reconnects */
	if (a && a->persistent && a->db && st >= 500 && mysql_ping(a->db) != 0) db_close(a);
}

int
proc_run(const struct page *page)
{
	struct proc a;

	signal(SIGPIPE, SIG_IGN);
	if (proc_init(&a) != 0) {
		serve(NULL, page, NULL, NULL, NULL);
		return 0;
	}
	serve(&a, page, NULL, NULL, NULL);
	proc_fini(&a);
	return 0;
}

/*
 * Per-request CPU limit for a long-lived process: RLIMIT_CPU counts the
 * whole process, so the soft limit is moved to "used so far + the budget"
 * before each request (the hard limit is left alone).  SIGXCPU ends the
 * process; the FastCGI manager starts another.
 */
static void
cpu_budget(struct proc *a)
{
	long long cpu = hdf_get_int_value(a->conf, "Limits.CpuSeconds", 20);
	struct rusage ru;
	struct rlimit rl;

	if (cpu <= 0 || getrusage(RUSAGE_SELF, &ru) != 0 || getrlimit(RLIMIT_CPU, &rl) != 0) return;
	rl.rlim_cur = (rlim_t)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + 1 + cpu);
	if (rl.rlim_max != RLIM_INFINITY && rl.rlim_cur > rl.rlim_max) rl.rlim_cur = rl.rlim_max;
	setrlimit(RLIMIT_CPU, &rl);
}

/* The FastCGI loop: configuration and DB connection kept, requests isolated. */
/*
 * DTPILOT_FCGI_CHILDREN=n (as spawn-fcgi -F): n processes accept on the one
 * listening socket; this parent only restarts any that ends (SIGXCPU, a
 * crash).  Returns 0 in a child, which goes on to serve.
 */
static int
supervise(int n)
{
	int running = 0;

	for (;;) {
		while (running < n) {
			pid_t p = fork();
			if (p == 0) return 0;
			if (p < 0) { sleep(1); break; }
			running++;
		}
		if (wait(NULL) > 0) running--;
		else if (errno == ECHILD) running = 0;
	}
}

static int
fcgi_run(const struct page *page, const char *path, int children)
{
	FCGX_Request q;
	struct proc a;
	int sock = 0, ready = 0;

	signal(SIGPIPE, SIG_IGN);
	if (FCGX_Init() != 0) return 1;
	/* libfcgi's SIGTERM handler only sets a flag checked after the next request: stop now */
	signal(SIGTERM, SIG_DFL);
	signal(SIGUSR1, SIG_DFL);
	if (path && (sock = FCGX_OpenSocket(path, 1024)) < 0) {
		fprintf(stderr, "dtpilot: cannot listen on %s\n", path);
		return 1;
	}
	if (children > 1 && supervise(children) != 0) return 0;     /* the supervisor ends here */
	if (FCGX_InitRequest(&q, sock, 0) != 0) return 1;
	while (FCGX_Accept_r(&q) >= 0) {
		if (!ready) {
			/* nginx passes DTPILOT_CONF as a request parameter, not in the environment */
			const char *conf = FCGX_GetParam("DTPILOT_CONF", q.envp);
			if (!getenv("DTPILOT_CONF") && conf) setenv("DTPILOT_CONF", conf, 1);
			ready = proc_init_persistent(&a) == 0;
		}
		if (ready) cpu_budget(&a);
		serve(ready ? &a : NULL, page, q.envp, q.in, q.out);
		FCGX_Finish_r(&q);
	}
	if (ready) proc_fini(&a);
	return 0;
}

#ifdef __SANITIZE_ADDRESS__
/*
 * An ASan build (make security): LeakSanitizer stops the world with a
 * ptrace'd clone at exit, which the seccomp sandbox refuses; leaks are
 * valgrind's part of the run.  Errors abort, so a report is a failed request.
 */
const char *__asan_default_options(void);
const char *
__asan_default_options(void)
{
	return "detect_leaks=0:abort_on_error=0:exitcode=86";
}
#endif

int
main(void)
{
	startup_cpu = cpu_ms();
	const char *path = getenv("DTPILOT_FCGI_SOCKET");

	const char *kids = getenv("DTPILOT_FCGI_CHILDREN");
	long long n = 1;

	if (kids && valid_int(kids, 1, 64, &n)) n = 1;
	if ((path && *path) || !FCGX_IsCGI())
		return fcgi_run(&PAGE, path && *path ? path : NULL, (int)n);
	return proc_run(&PAGE);
}
