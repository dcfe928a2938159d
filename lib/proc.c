/*
 * app.c - process start-up: configuration and resource limits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <time.h>
#include "dt.h"
#include "proc.h"

static void
set_limits(struct proc *a)
{
	struct rlimit rl;
	long long cpu = hdf_get_int_value(a->conf, "Limits.CpuSeconds", 20);
	long long as = hdf_get_int_value(a->conf, "Limits.AddressSpaceMB", 512);
	long long fs = hdf_get_int_value(a->conf, "Limits.FileSizeMB", 128);
	long long fs_kb = hdf_get_int_value(a->conf, "Limits.FileSizeKB", 0);     /* finer, when set */

#ifdef __SANITIZE_ADDRESS__
	as = 0;         /* an ASan build (make security) reserves terabytes of shadow address space */
#endif

	if (cpu > 0 && !a->persistent) {     /* FastCGI: a budget per request (main.c) */
		rl.rlim_cur = (rlim_t)cpu;
		rl.rlim_max = (rlim_t)cpu + 2;
		setrlimit(RLIMIT_CPU, &rl);
	}
	if (as > 0) {
		rl.rlim_cur = rl.rlim_max = (rlim_t)as << 20;
		setrlimit(RLIMIT_AS, &rl);
	}
	if (fs > 0 || fs_kb > 0) {  /* temporary files (exports) stay bounded; writes past it fail */
		rl.rlim_cur = rl.rlim_max = fs_kb > 0 ? (rlim_t)fs_kb << 10 : (rlim_t)fs << 20;
		setrlimit(RLIMIT_FSIZE, &rl);
		signal(SIGXFSZ, SIG_IGN);       /* EFBIG instead of a killed process and a file left behind */
	}
}

static int
init(struct proc *a, int persistent)
{
	const char *path = getenv("DTPILOT_CONF");
	NEOERR *err;

	memset(a, 0, sizeof(*a));
	a->persistent = persistent;
	if ((err = nerr_init()) || (err = hdf_init(&a->conf))) { nerr_ignore(&err); return -1; }
	if (!path || !*path) {
		fprintf(stderr, "dtpilot: DTPILOT_CONF is not set\n");
		hdf_destroy(&a->conf);      /* a FastCGI process tries again at the next request */
		return -1;
	}
	if ((err = hdf_read_file(a->conf, path))) {
		STRING s;
		string_init(&s);
		nerr_error_string(err, &s);
		fprintf(stderr, "dtpilot: cannot read %s: %s\n", path, s.buf ? s.buf : "");
		string_clear(&s);
		nerr_ignore(&err);
		hdf_destroy(&a->conf);
		return -1;
	}
	a->tpl_dir = hdf_get_value(a->conf, "TemplateDir", "templates");
	set_limits(a);
	return 0;
}

int
proc_init(struct proc *a)
{
	return init(a, 0);
}

/* For a FastCGI process: the same, with a per-request CPU budget instead of a per-process one. */
int
proc_init_persistent(struct proc *a)
{
	return init(a, 1);
}

void
proc_fini(struct proc *a)
{
	db_close(a);
	if (a->conf) hdf_destroy(&a->conf);
}

void
proc_tool_req(struct proc *a, struct req *r, const char *name)
{
	static const struct page tool = { .name = "tool" };
	(void)name;
	memset(r, 0, sizeof(*r));
	r->proc = a;
	r->page = &tool;
	snprintf(r->rid, sizeof(r->rid), "tool");
	string_init(&r->out);
	string_init(&r->hdrs);
}
