/*
 * db.h - the database, SQL as string literals only (lib/db.c)
 */
#ifndef DT_DB_H
#define DT_DB_H
#include "base.h"

/* ---- database (lib/db.c) ---------------------------------------------------------------
 * SQL text reaches MariaDB only through these macros; the "" sql "" pasting
 * makes anything but a string literal a compile error, and scripts/check-sql
 * fails the build if any other file calls the connector's query functions.
 */
enum dbpt { DBP_END, DBP_INT, DBP_STR, DBP_NULL };
struct dbp {
	enum dbpt t;
	long long i;
	const char *s;
	size_t n;            /* (size_t)-1: strlen(s) */
};
#define DI(x)    ((struct dbp){ DBP_INT, (long long)(x), NULL, 0 })
#define DS(x)    ((struct dbp){ DBP_STR, 0, (x), (size_t)-1 })
#define DBLOB(x, len) ((struct dbp){ DBP_STR, 0, (const char *)(x), (len) })
#define DNULL    ((struct dbp){ DBP_NULL, 0, NULL, 0 })
#define DB_END_  ((struct dbp){ DBP_END, 0, NULL, 0 })

/* A result belongs to the request that asked for it and is freed with it;
 * dbrows_free releases one early (a query inside a long loop). */
struct dbrows {
	int nrows, ncols;
	char **cell;         /* nrows * ncols; NULL for SQL NULL */
	unsigned long *len;
	struct req *owner;
};

struct dbrows *db_query_(struct req *r, const char *sql, const struct dbp *p);
long long db_exec_(struct req *r, const char *sql, const struct dbp *p);
#define db_query(r, sql, ...) db_query_((r), "" sql "", (const struct dbp[]){ __VA_ARGS__ __VA_OPT__(,) DB_END_ })
#define db_exec(r, sql, ...)  db_exec_((r), "" sql "", (const struct dbp[]){ __VA_ARGS__ __VA_OPT__(,) DB_END_ })
/* the same with the parameters in an array ending in DB_END_, for a page that binds what a table declares */
#define db_queryv(r, sql, p)  db_query_((r), "" sql "", (p))
#define db_execv(r, sql, p)   db_exec_((r), "" sql "", (p))

/* rows one at a time, unbuffered (lib/db.c): each() sees a one-row view and runs no statement */
int db_each_(struct req *r, const char *sql, const struct dbp *p,
	     int (*each)(struct req *r, const struct dbrows *row, void *ctx), void *ctx);
#define db_each(r, sql, each, ctx, ...) db_each_((r), "" sql "", (const struct dbp[]){ __VA_ARGS__ __VA_OPT__(,) DB_END_ }, (each), (ctx))
const char *dbv(const struct dbrows *d, int row, int col);   /* "" for NULL */
const char *dbn(const struct dbrows *d, int row, int col);   /* NULL for NULL */
long long dbi(const struct dbrows *d, int row, int col);
void dbrows_free(struct dbrows *d);
/* put a result into HDF as prefix.N.colname, using the given column names */
void db_to_hdf(struct req *r, const struct dbrows *d, const char *prefix,
	       const char *const *names);
long long db_last_id(struct req *r);
int db_connect(struct req *r);       /* 0 ok; -1 unreachable (page answers 503) */
int db_begin(struct req *r);
int db_commit(struct req *r);
void db_rollback(struct req *r);
void db_close(struct proc *a);
int db_stale(struct proc *a);        /* FastCGI: did the server close the idle connection? */

#endif
