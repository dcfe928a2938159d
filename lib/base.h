/*
 * base.h - the bottom of the library (lib/base.c): logging, the HDF setters, the clocks
 */
#ifndef DT_BASE_H
#define DT_BASE_H

#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>
#include <ClearSilver.h>
#include <mysql.h>

struct req;
struct proc;

/* HDF setters that never fail silently (errors are logged) */
void hset(struct req *r, const char *name, const char *value);
void hsetf(struct req *r, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void hseti(struct req *r, const char *name, long long v);
/* prefix + kv[i][0] = kv[i][1] for each pair up to { NULL }; a NULL value sets nothing */
void hset_pairs(struct req *r, const char *prefix, const char *const kv[][2]);

/* ---- logging (lib/log.c) ----------------------------------------------------------- */
void log_at(struct req *r, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
#define LOG(r, ...) log_at((r), __FILE__, __LINE__, __VA_ARGS__)
#define FAULT(r, ...) (log_at((r), __FILE__, __LINE__, __VA_ARGS__), 500)

/* ---- timers (Debug.Timing) ---- */
double now_ms(void);       /* monotonic wall clock */
double cpu_ms(void);       /* this process's CPU time */

#endif
