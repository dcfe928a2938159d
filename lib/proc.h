/*
 * app.h - process-wide state, owned by lib/main.c.  Only what may outlive a
 * request lives here: the configuration and the database connection.
 */
#ifndef DT_APP_H
#define DT_APP_H
#include "dt.h"

/* FastCGI: prepared statements kept per call site (lib/db.c) */
#define STMT_CACHE 64
struct stmt_slot { const char *sql; MYSQL_STMT *st; };

struct proc {
	HDF *conf;          /* the HDF file named by DTPILOT_CONF */
	MYSQL *db;          /* NULL until a request needs it */
	struct stmt_slot stmts[STMT_CACHE];     /* by the SQL literal's address; persistent mode only */
	const char *tpl_dir;
	int persistent;     /* FastCGI: one process serves many requests */
	int sandboxed;      /* the seccomp filter is in place */
};

int proc_init(struct proc *a);      /* reads DTPILOT_CONF, sets resource limits */
void proc_fini(struct proc *a);
/* a request context for command-line tools (scripts/dtpilot-admin) */
void proc_tool_req(struct proc *a, struct req *r, const char *name);

#endif
