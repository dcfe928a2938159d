/*
 * base.c - the bottom of the library: logging, the HDF setters that never
 * fail silently, and the clocks.  Every other module may use these; they
 * use nothing of the library's.
 */
#include <stdio.h>
#include <stdarg.h>
#include <time.h>
#include "dt.h"

void
log_at(struct req *r, const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	char msg[1024], when[32] = "-";
	time_t now = time(NULL);
	struct tm tm;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	/* user data may appear in msg: keep the log line one line */
	for (char *p = msg; *p; p++)
		if ((unsigned char)*p < 0x20) *p = ' ';
	/* mod_cgid writes a CGI's stderr to the error log as it is: the line carries its own time */
	if (localtime_r(&now, &tm)) strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%S%z", &tm);
	fprintf(stderr, "%s dtpilot[%s] rid=%s %s:%d: %s\n", when,
		r && r->page ? r->page->name : "-", r ? r->rid : "-", file, line, msg);
}

void
hset(struct req *r, const char *name, const char *value)
{
	NEOERR *err;
	if (!r->hdf) return;
	err = hdf_set_value(r->hdf, name, value ? value : "");
	if (err) { LOG(r, "hdf_set_value %s failed", name); nerr_ignore(&err); }
}

void
hset_pairs(struct req *r, const char *prefix, const char *const kv[][2])
{
	char name[256];
	for (int i = 0; kv[i][0]; i++) {
		if (!kv[i][1]) continue;
		snprintf(name, sizeof(name), "%s%s", prefix, kv[i][0]);
		hset(r, name, kv[i][1]);
	}
}

void
hsetf(struct req *r, const char *name, const char *fmt, ...)
{
	va_list ap;
	char buf[2048];
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	hset(r, name, buf);
}

void
hseti(struct req *r, const char *name, long long v)
{
	char buf[32];
	snprintf(buf, sizeof(buf), "%lld", v);
	hset(r, name, buf);
}

double
now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

double
cpu_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}
