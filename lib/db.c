/*
 * db.c - the only file that talks to MariaDB Connector/C.
 *
 * Prepared statements only; SQL text arrives through the db_query/db_exec
 * macros in dt.h, which accept nothing but string literals.  Results are
 * fetched whole into a struct dbrows of strings (numbers and dates come
 * back as their text), which keeps pages simple and the HDF filling uniform.
 * No auto-reconnect: a lost connection fails the request (503/500) rather
 * than silently rolling back half an action.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <errno.h>
#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>
#include <openssl/ssl.h>
#include "dt.h"
#include "proc.h"

/*
 * Start-up cost.  mysql_init() initialises OpenSSL: it reads openssl.cnf,
 * loads every error string into hash tables, and the connector looks its
 * default port up in /etc/services -- most of a small CGI's instructions.
 * None of it is used on the local unix socket, so when DB.Socket is set
 * OpenSSL is initialised first without config and strings (its init steps
 * run once each, so the connector's later request is then a no-op) and the
 * default port is given.  Over TCP the normal initialisation stays, so a
 * system-wide OpenSSL policy still applies to a TLS connection.
 */
static void
lean_init(const char *sock)
{
	static int done;

	if (done) return;
	done = 1;
	if (!sock) return;
	OPENSSL_init_ssl(OPENSSL_INIT_NO_LOAD_CONFIG | OPENSSL_INIT_NO_LOAD_SSL_STRINGS |
			 OPENSSL_INIT_NO_LOAD_CRYPTO_STRINGS, NULL);
	if (!mysql_port) mysql_port = 3306;
}

/*
 * DB.<key>, or for a PAGE_READONLY page with a DB.Replica block, DB.Replica.<key>
 * (keys it leaves out come from DB): the public pages can read from a replica.
 */
static const char *
db_conf(struct proc *a, int replica, const char *key, const char *def)
{
	char k[64];
	const char *v;

	if (replica) {
		snprintf(k, sizeof(k), "DB.Replica.%s", key);
		if ((v = hdf_get_value(a->conf, k, NULL))) return v;
	}
	snprintf(k, sizeof(k), "DB.%s", key);
	return hdf_get_value(a->conf, k, def);
}

int
db_connect(struct req *r)
{
	struct proc *a = r->proc;
	unsigned int timeout, rtimeout;
	my_bool off = 0;
	unsigned int local_infile = 0;
	const char *sock, *host, *user, *pass, *name;
	int port;
	int replica = r->page && (r->page->flags & PAGE_READONLY) && hdf_get_obj(a->conf, "DB.Replica");

	if (a->db) { r->db = a->db; return 0; }
	lean_init(db_conf(a, replica, "Socket", NULL));
	double t = now_ms();
	a->db = mysql_init(NULL);
	if (!a->db) { LOG(r, "mysql_init failed"); return -1; }
	timeout = (unsigned int)hdf_get_int_value(a->conf, "DB.ConnectTimeout", 2);
	rtimeout = (unsigned int)hdf_get_int_value(a->conf, "DB.ReadTimeout", 30);
	mysql_optionsv(a->db, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_optionsv(a->db, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
	mysql_optionsv(a->db, MYSQL_OPT_READ_TIMEOUT, &rtimeout);
	mysql_optionsv(a->db, MYSQL_OPT_WRITE_TIMEOUT, &rtimeout);
	mysql_optionsv(a->db, MYSQL_OPT_RECONNECT, &off);
	mysql_optionsv(a->db, MYSQL_OPT_LOCAL_INFILE, &local_infile);
	mysql_optionsv(a->db, MYSQL_INIT_COMMAND,
		       "SET SESSION sql_mode='STRICT_TRANS_TABLES,STRICT_ALL_TABLES,"
		       "NO_ZERO_DATE,NO_ZERO_IN_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
		       "NO_ENGINE_SUBSTITUTION', time_zone='+08:00'");
	sock = db_conf(a, replica, "Socket", NULL);
	host = db_conf(a, replica, "Host", sock ? "localhost" : "127.0.0.1");
	port = atoi(db_conf(a, replica, "Port", "0"));
	user = db_conf(a, replica, "User", "dtpilot");
	pass = db_conf(a, replica, "Password", "");
	name = db_conf(a, replica, "Name", "dtpilot");
	if (!mysql_real_connect(a->db, host, user, pass, name, (unsigned)port, sock, 0)) {
		LOG(r, "database unreachable: %s", mysql_error(a->db));
		mysql_close(a->db);
		a->db = NULL;
		return -1;
	}
	r->db = a->db;
	r->tm.connect += now_ms() - t;
	return 0;
}

/*
 * True when an idle connection has been closed or killed by the server: an
 * idle client socket never has anything to read otherwise.  No round trip.
 */
int
db_stale(struct proc *a)
{
	struct pollfd p = { .fd = (int)mysql_get_socket(a->db), .events = POLLIN };

	if (p.fd < 0) return 1;
	return poll(&p, 1, 0) != 0;
}

/*
 * Prepared-statement cache (FastCGI only).  Every statement is a string
 * literal (the db_query/db_exec macros), so its address names its call site
 * for the life of the process; a long-lived process prepares each once per
 * connection and then only executes it -- one round trip and no parse in
 * MariaDB instead of three.  A plain CGI prepares and closes as before.
 * Statements belong to the connection: they are closed with it.
 */
/*
 * A statement that failed because the server went away (or is shutting
 * down, or killed the connection) makes the whole request fail closed: the
 * answer is 503 whatever the page concluded from the missing rows (an empty
 * read must never become "forbidden" or "not found").
 */
static void
db_fault(struct req *r, unsigned int err)
{
	r->db_errno = (int)err;
	/* the server rolled the whole transaction back (a deadlock, or on Galera a certification
	 * conflict, at any statement or at COMMIT); what follows must not run outside it, each
	 * statement autocommitted: every statement fails until the page rolls back (main.c retries) */
	if (err == ER_LOCK_DEADLOCK) { r->db_conflict = 1; r->db_poisoned = r->in_tx; }
	/* the server is gone or cannot act now: the answer is 503, nothing done.  On Galera a node
	 * outside the primary component answers 1047 (WSREP has not yet prepared node for application
	 * use), and a node killed while committing 1180 (error during COMMIT): the transaction is not
	 * committed, and the user's retry sees what is (make galera-test kills a node mid-submission) */
	if ((err >= 2000 && err < 3000) || err == 1053 /* ER_SERVER_SHUTDOWN */ ||
	    err == 1927 /* ER_CONNECTION_KILLED */ || err == 1040 /* ER_CON_COUNT_ERROR */ ||
	    err == 4031 /* ER_CLIENT_INTERACTION_TIMEOUT */ || err == 1047 /* ER_UNKNOWN_COM_ERROR */ ||
	    err == 1180 /* ER_ERROR_DURING_COMMIT */)
		r->db_lost = 1;
}

static struct stmt_slot *
stmt_slot(struct proc *a, const char *sql)
{
	size_t h = ((uintptr_t)sql >> 3) % STMT_CACHE;

	for (size_t i = 0; i < STMT_CACHE; i++) {
		struct stmt_slot *s = &a->stmts[(h + i) % STMT_CACHE];
		if (!s->sql || s->sql == sql) return s;
	}
	return NULL;        /* full: this statement is prepared and closed each time */
}

static void
stmt_done(struct req *r, MYSQL_STMT *st, int failed)
{
	struct proc *a = r->proc;

	if (a->persistent && !failed)
		for (size_t i = 0; i < STMT_CACHE; i++)
			if (a->stmts[i].st == st) { mysql_stmt_free_result(st); return; }
	for (size_t i = 0; i < STMT_CACHE; i++)        /* a failed statement is not reused */
		if (a->stmts[i].st == st) a->stmts[i].st = NULL, a->stmts[i].sql = NULL;
	mysql_stmt_close(st);
}

void
db_close(struct proc *a)
{
	for (size_t i = 0; i < STMT_CACHE; i++) {
		if (a->stmts[i].st) mysql_stmt_close(a->stmts[i].st);
		a->stmts[i].st = NULL;
		a->stmts[i].sql = NULL;
	}
	if (a->db) mysql_close(a->db);
	a->db = NULL;
}

static MYSQL_STMT *
prepare_bind(struct req *r, const char *sql, const struct dbp *p, MYSQL_BIND **outb)
{
	MYSQL_STMT *st;
	MYSQL_BIND *b = NULL;
	unsigned long *lens = NULL;
	struct stmt_slot *slot;
	size_t np = 0;

	*outb = NULL;
	if (r->db_poisoned) { r->db_errno = ER_LOCK_DEADLOCK; return NULL; }
	r->db_errno = 0;
	if (!r->db && db_connect(r) != 0) { db_fault(r, CR_CONNECTION_ERROR); return NULL; }
	while (p[np].t != DBP_END) np++;
	slot = r->proc->persistent ? stmt_slot(r->proc, sql) : NULL;
	if (slot && slot->st) st = slot->st;
	else {
		st = mysql_stmt_init(r->db);
		if (!st) { db_fault(r, mysql_errno(r->db)); LOG(r, "mysql_stmt_init: %s", mysql_error(r->db)); return NULL; }
		if (mysql_stmt_prepare(st, sql, (unsigned long)strlen(sql)) != 0) {
			db_fault(r, mysql_stmt_errno(st));
			LOG(r, "prepare failed (%s): %.120s", mysql_stmt_error(st), sql);
			mysql_stmt_close(st);
			return NULL;
		}
		if (slot) { slot->sql = sql; slot->st = st; }
	}
	if (mysql_stmt_param_count(st) != np) {
		LOG(r, "parameter count %lu != %zu: %.120s", mysql_stmt_param_count(st), np, sql);
		stmt_done(r, st, 1);
		return NULL;
	}
	if (np) {
		b = calloc(np, sizeof(*b));
		lens = calloc(np, sizeof(*lens));
		if (!b || !lens) { free(b); free(lens); stmt_done(r, st, 1); return NULL; }
		for (size_t i = 0; i < np; i++) {
			switch (p[i].t) {
			case DBP_INT:
				b[i].buffer_type = MYSQL_TYPE_LONGLONG;
				b[i].buffer = (void *)&p[i].i;
				break;
			case DBP_STR:
				if (!p[i].s) { b[i].buffer_type = MYSQL_TYPE_NULL; break; }
				b[i].buffer_type = MYSQL_TYPE_STRING;
				b[i].buffer = (void *)p[i].s;
				lens[i] = p[i].n == (size_t)-1 ? (unsigned long)strlen(p[i].s) : (unsigned long)p[i].n;
				b[i].buffer_length = lens[i];
				b[i].length = &lens[i];
				break;
			default:
				b[i].buffer_type = MYSQL_TYPE_NULL;
			}
		}
		if (mysql_stmt_bind_param(st, b) != 0) {
			LOG(r, "bind failed: %s", mysql_stmt_error(st));
			free(b); free(lens); stmt_done(r, st, 1);
			return NULL;
		}
	}
	if (mysql_stmt_execute(st) != 0) {
		db_fault(r, mysql_stmt_errno(st));
		if (r->db_errno != ER_DUP_ENTRY)
			LOG(r, "execute failed (%d %s): %.120s", r->db_errno, mysql_stmt_error(st), sql);
		free(b); free(lens);
		stmt_done(r, st, r->db_errno != ER_DUP_ENTRY);     /* a duplicate key leaves it usable */
		return NULL;
	}
	free(lens);
	*outb = b;
	return st;
}

static long long exec_(struct req *r, const char *sql, const struct dbp *p);
static struct dbrows *query_(struct req *r, const char *sql, const struct dbp *p);

/* the statements' wall time and count, for Debug.Timing */
long long
db_exec_(struct req *r, const char *sql, const struct dbp *p)
{
	double t = now_ms();
	long long n = exec_(r, sql, p);

	r->tm.db += now_ms() - t;
	r->tm.nq++;
	if (n >= 0 && !r->in_tx) r->db_kept++;
	return n;
}

struct dbrows *
db_query_(struct req *r, const char *sql, const struct dbp *p)
{
	double t = now_ms();
	struct dbrows *d = query_(r, sql, p);

	r->tm.db += now_ms() - t;
	r->tm.nq++;
	return d;
}

static long long
exec_(struct req *r, const char *sql, const struct dbp *p)
{
	MYSQL_BIND *b;
	MYSQL_STMT *st = prepare_bind(r, sql, p, &b);
	long long n;

	if (!st) return -1;
	n = (long long)mysql_stmt_affected_rows(st);
	r->last_id = (long long)mysql_stmt_insert_id(st);
	free(b);
	stmt_done(r, st, 0);
	return n;
}

static void owned(struct req *r, struct dbrows *d);

/* a statement's result bindings, every column as a string into a buffer of its own */
struct rbind {
	MYSQL_BIND *b;
	unsigned long *len;
	my_bool *null;
	int n;
};

/* n columns; column c's buffer holds f[c].max_length + 1 bytes (f NULL: 64, grown by the reader), and a NUL
 * after them; 0, or -1 (rbind_free frees what was made) */
static int
rbind_make(struct rbind *x, int n, const MYSQL_FIELD *f)
{
	x->n = n;
	x->b = calloc((size_t)n, sizeof(*x->b));
	x->len = calloc((size_t)n, sizeof(*x->len));
	x->null = calloc((size_t)n, sizeof(*x->null));
	if (!x->b || !x->len || !x->null) return -1;
	for (int c = 0; c < n; c++) {
		x->b[c].buffer_type = MYSQL_TYPE_STRING;
		x->b[c].buffer_length = f ? f[c].max_length + 1 : 64;
		x->b[c].length = &x->len[c];
		x->b[c].is_null = &x->null[c];
		if (!(x->b[c].buffer = malloc(x->b[c].buffer_length + 1))) return -1;
	}
	return 0;
}

static void
rbind_free(struct rbind *x)
{
	for (int c = 0; x->b && c < x->n; c++) free(x->b[c].buffer);
	free(x->b);
	free(x->len);
	free(x->null);
}

/* a fetch's return: 0 a row (or its end), 1 a fault (logged) */
static int
fetch_fault(struct req *r, MYSQL_STMT *st, int rc)
{
	if (rc == 0 || rc == MYSQL_NO_DATA || rc == MYSQL_DATA_TRUNCATED) return 0;
	db_fault(r, mysql_stmt_errno(st));
	LOG(r, "fetch: %s", mysql_stmt_error(st));
	return 1;
}

static struct dbrows *
query_(struct req *r, const char *sql, const struct dbp *p)
{
	MYSQL_BIND *pb;
	MYSQL_STMT *st = prepare_bind(r, sql, p, &pb);
	MYSQL_RES *meta;
	struct dbrows *d;
	struct rbind x = { 0 };
	my_bool one = 1;
	int nc, nr, row = 0;

	if (!st) return NULL;
	free(pb);
	d = calloc(1, sizeof(*d));
	if (!d) { stmt_done(r, st, 1); return NULL; }
	meta = mysql_stmt_result_metadata(st);
	if (!meta) { stmt_done(r, st, 0); owned(r, d); return d; }
	nc = (int)mysql_num_fields(meta);
	mysql_stmt_attr_set(st, STMT_ATTR_UPDATE_MAX_LENGTH, &one);
	if (mysql_stmt_store_result(st) != 0) {
		db_fault(r, mysql_stmt_errno(st));
		LOG(r, "store_result: %s", mysql_stmt_error(st));
		goto err;
	}
	nr = (int)mysql_stmt_num_rows(st);
	d->ncols = nc;
	d->cell = calloc((size_t)nr * (size_t)nc + 1, sizeof(char *));
	d->len = calloc((size_t)nr * (size_t)nc + 1, sizeof(unsigned long));
	if (!d->cell || !d->len || rbind_make(&x, nc, mysql_fetch_fields(meta))) goto err;
	if (mysql_stmt_bind_result(st, x.b) != 0) {
		LOG(r, "bind_result: %s", mysql_stmt_error(st));
		goto err;
	}
	for (;;) {
		int rc = mysql_stmt_fetch(st);
		if (rc == MYSQL_NO_DATA) break;
		if (fetch_fault(r, st, rc)) goto err;
		for (int c = 0; c < nc; c++) {
			size_t k = (size_t)row * (size_t)nc + (size_t)c;
			if (x.null[c]) continue;
			d->cell[k] = malloc(x.len[c] + 1);
			if (!d->cell[k]) goto err;
			memcpy(d->cell[k], x.b[c].buffer, x.len[c]);
			d->cell[k][x.len[c]] = '\0';
			d->len[k] = x.len[c];
		}
		d->nrows = ++row;
	}
	rbind_free(&x);
	mysql_free_result(meta);
	stmt_done(r, st, 0);
	owned(r, d);
	return d;
err:
	rbind_free(&x);
	mysql_free_result(meta);
	stmt_done(r, st, 1);
	dbrows_free(d);
	return NULL;
}

/*
 * Rows one at a time, unbuffered: the server sends them as they are read, and
 * only the current row is in memory (dbv/dbi on row 0 of the view read it).
 * While it runs the connection is busy: each() must not run a statement.
 * each() returns 0 to go on, anything else to stop (returned).  -1 on a
 * database fault.
 */
int
db_each_(struct req *r, const char *sql, const struct dbp *p,
	 int (*each)(struct req *r, const struct dbrows *row, void *ctx), void *ctx)
{
	double t = now_ms(), in_each = 0;
	MYSQL_BIND *pb;
	MYSQL_STMT *st = prepare_bind(r, sql, p, &pb);
	MYSQL_RES *meta;
	struct dbrows d = { .nrows = 1, .owner = r };
	struct rbind x = { 0 };
	int nc = 0, rc = -1;

	r->tm.nq++;
	if (!st) goto out;
	free(pb);
	if (!(meta = mysql_stmt_result_metadata(st))) { stmt_done(r, st, 0); rc = 0; goto out; }
	nc = (int)mysql_num_fields(meta);
	mysql_free_result(meta);
	d.ncols = nc;
	d.cell = calloc((size_t)nc, sizeof(char *));
	d.len = calloc((size_t)nc, sizeof(unsigned long));
	if (!d.cell || !d.len || rbind_make(&x, nc, NULL)) goto fail;     /* grown when a value is longer */
	if (mysql_stmt_bind_result(st, x.b) != 0) { LOG(r, "bind_result: %s", mysql_stmt_error(st)); goto fail; }
	for (;;) {
		int f = mysql_stmt_fetch(st);
		if (f == MYSQL_NO_DATA) break;
		if (fetch_fault(r, st, f)) goto fail;
		int grown = 0;
		for (int c = 0; c < nc; c++) {
			if (x.null[c]) { d.cell[c] = NULL; d.len[c] = 0; continue; }
			if (x.len[c] > x.b[c].buffer_length) {
				grown = 1;
				/* the rest of a long value: a bigger buffer, that column fetched again */
				char *b = realloc(x.b[c].buffer, x.len[c] + 1);
				if (!b) goto fail;
				x.b[c].buffer = b;
				x.b[c].buffer_length = x.len[c];
				if (mysql_stmt_fetch_column(st, &x.b[c], (unsigned)c, 0) != 0) {
					LOG(r, "fetch_column: %s", mysql_stmt_error(st));
					goto fail;
				}
			}
			d.cell[c] = x.b[c].buffer;
			d.cell[c][x.len[c]] = '\0';
			d.len[c] = x.len[c];
		}
		/* the library keeps its own copy of the bindings: give it the grown buffers */
		if (grown && mysql_stmt_bind_result(st, x.b) != 0) { LOG(r, "bind_result: %s", mysql_stmt_error(st)); goto fail; }
		double t1 = now_ms();
		int stop = each(r, &d, ctx);
		in_each += now_ms() - t1;
		if (stop) { rc = stop; break; }
	}
	if (rc == -1) rc = 0;
	else mysql_stmt_reset(st);      /* stopped: the rows not read are discarded */
	stmt_done(r, st, 0);
	goto out;
fail:
	stmt_done(r, st, 1);
	rc = -1;
out:
	rbind_free(&x);
	free(d.cell);
	free(d.len);
	r->tm.db += now_ms() - t - in_each;
	return rc;
}

const char *
dbn(const struct dbrows *d, int row, int col)
{
	if (!d || row < 0 || row >= d->nrows || col < 0 || col >= d->ncols) return NULL;
	return d->cell[(size_t)row * (size_t)d->ncols + (size_t)col];
}

const char *
dbv(const struct dbrows *d, int row, int col)
{
	const char *s = dbn(d, row, col);
	return s ? s : "";
}

long long
dbi(const struct dbrows *d, int row, int col)
{
	const char *s = dbn(d, row, col);
	long long v = 0;
	int neg = 0;

	if (!s) return 0;
	if (*s == '-') { neg = 1; s++; }
	for (; *s >= '0' && *s <= '9'; s++) v = v * 10 + (*s - '0');
	return neg ? -v : v;
}

static void
rows_release(void *p)
{
	struct dbrows *d = p;
	if (d->cell)
		for (size_t k = 0; k < (size_t)d->nrows * (size_t)d->ncols; k++) free(d->cell[k]);
	free(d->cell);
	free(d->len);
	free(d);
}

static void
owned(struct req *r, struct dbrows *d)
{
	d->owner = r;
	req_defer(r, rows_release, d);
}

void
dbrows_free(struct dbrows *d)
{
	if (!d) return;
	if (d->owner) req_undefer(d->owner, d);
	else rows_release(d);
}

void
db_to_hdf(struct req *r, const struct dbrows *d, const char *prefix, const char *const *names)
{
	char key[256];

	if (!d) return;
	for (int i = 0; i < d->nrows; i++)
		for (int c = 0; c < d->ncols && names[c]; c++) {
			if (!names[c][0]) continue;
			snprintf(key, sizeof(key), "%s.%d.%s", prefix, i, names[c]);
			hset(r, key, dbv(d, i, c));
		}
}

long long db_last_id(struct req *r) { return r->last_id; }

int
db_begin(struct req *r)
{
	if (!r->db && db_connect(r) != 0) { db_fault(r, CR_CONNECTION_ERROR); return -1; }
	r->db_poisoned = 0;
	if (mysql_real_query(r->db, "START TRANSACTION", 17) != 0) {
		db_fault(r, mysql_errno(r->db));
		LOG(r, "begin: %s", mysql_error(r->db));
		return -1;
	}
	r->in_tx = 1;
	return 0;
}

int
db_commit(struct req *r)
{
	if (!r->in_tx) return 0;
	r->in_tx = 0;
	if (r->db_poisoned) {           /* nothing of it is left to commit */
		r->db_poisoned = 0;
		r->db_errno = ER_LOCK_DEADLOCK;
		mysql_rollback(r->db);
		return -1;
	}
	if (mysql_commit(r->db) != 0) {
		db_fault(r, mysql_errno(r->db));
		LOG(r, "commit: %s", mysql_error(r->db));
		return -1;
	}
	r->db_kept++;
	return 0;
}

void
db_rollback(struct req *r)
{
	if (!r->in_tx) return;
	r->in_tx = 0;
	r->db_poisoned = 0;
	if (r->db && mysql_rollback(r->db) != 0) {
		db_fault(r, mysql_errno(r->db));
		LOG(r, "rollback: %s", mysql_error(r->db));
	}
}
