/*
 * dt.h - the dtpilot library: request lifecycle, database, validators,
 * sessions, audit.  Every page in cgi-bin/ includes this one header.
 *
 * Ownership: the library owns the process (lib/main.c), a page owns one
 * request.  Everything a request allocates hangs off its struct req and is
 * released by req_free(); nothing about a request lives in a global, so the
 * same page binaries can later run as persistent FastCGI programs.
 */
#ifndef DT_H
#define DT_H

#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>
#include <ClearSilver.h>
#include <mysql.h>

/* ---- roles ----------------------------------------------------------- */
enum role {
	ROLE_PLATFORM   = 1 << 0,  /* 服务平台 (applicant) */
	ROLE_ENTERPRISE = 1 << 1,  /* 中小企业 (applicant) */
	ROLE_COUNTY     = 1 << 2,  /* 旗县区 reviewer */
	ROLE_CITY       = 1 << 3,  /* 盟市 reviewer */
	ROLE_PROVINCE   = 1 << 4,  /* 自治区 administrator */
	ROLE_EXPERT     = 1 << 5,  /* 评审专家 */
};
#define ROLE_APPLICANT (ROLE_PLATFORM | ROLE_ENTERPRISE)
#define ROLE_REVIEWER  (ROLE_COUNTY | ROLE_CITY | ROLE_PROVINCE)
#define ROLE_ANY       (ROLE_APPLICANT | ROLE_REVIEWER | ROLE_EXPERT)

int role_from_key(const char *key);     /* "platform" -> ROLE_PLATFORM, 0 if unknown */
const char *role_key(int role);         /* ROLE_PLATFORM -> "platform" */
const char *role_label(int role);       /* ROLE_PLATFORM -> "服务平台" */

/* ---- declared inputs ----------------------------------------------------- */
enum vtype {
	VT_LINE,      /* one line of text, no control characters; max = characters */
	VT_TEXT,      /* multi-line text; max = characters */
	VT_INT,       /* integer within [min, max] */
	VT_MONEY,     /* 万元 with at most 4 decimals, kept as integer 元 in .i */
	VT_DATE,      /* YYYY-MM-DD, a real day */
	VT_USCC,      /* 统一社会信用代码 (GB 32100-2015) */
	VT_PHONE,     /* mobile or landline */
	VT_MOBILE,    /* mobile only */
	VT_EMAIL,
	VT_USERNAME,  /* [a-z0-9_-], 3..32, starts with a letter */
	VT_PASSWORD,  /* any UTF-8, 10..128 characters (strength checked by the page) */
	VT_REGION,    /* six-digit administrative division code */
	VT_KEY,       /* [a-z0-9_-]{1,max}: enum keys, sort keys */
	VT_BOOL,      /* checkbox: "1" */
	VT_TOKEN,     /* hex token of exactly max characters (CSRF) */
	VT_SEARCH,    /* one line of free text used for searching; max = characters */
	VT_FILE,      /* an uploaded file (multipart only) */
	VT_DECIMAL,   /* non-negative, at most 2 decimals; .i in hundredths; min/max in hundredths */
};

#define IN_REQ   1u   /* must be present and non-empty */
#define IN_MULTI 2u   /* may repeat (checkbox groups) */

struct input {
	const char *name;       /* form field name: [a-z0-9_] only */
	const char *label;      /* official Chinese field name, used in messages */
	enum vtype type;
	unsigned flags;
	long long min, max;
	const char *section;    /* form definitions: the section the field belongs to */
	const char *hint;       /* form definitions: help shown under the field */
};

/* A validated value; vals[] parallels page->inputs[]. */
struct val {
	const char *s;          /* normalised text (NULL when absent or invalid) */
	long long i;            /* VT_INT, VT_MONEY (元), VT_BOOL, VT_DATE (yyyymmdd) */
	const char *raw;        /* what the user sent, kept for re-display */
	const char *err;        /* Chinese message, NULL when valid */
	const char **multi;     /* IN_MULTI: all valid values */
	int nmulti;
};

/* ---- pages ---------------------------------------------------------------- */
enum { M_GET = 1, M_POST = 2, M_HEAD = 4 };
#define PAGE_PUBLIC   1u   /* no login needed */
#define PAGE_UPLOAD   2u   /* accepts multipart/form-data */
#define PAGE_NODB     4u   /* never touches the database */
#define PAGE_ANON_CSRF 8u  /* POST without a session: double-submit cookie */
#define PAGE_ANY_STATE 16u /* usable while a password change is pending */
#define PAGE_READONLY 32u  /* public and read-only: served from DB.Replica when configured; no session */

struct req;
struct page {
	const char *name;           /* "login": serves /cgi-bin/login.cgi */
	unsigned methods;           /* M_GET | M_POST */
	unsigned roles;             /* allowed roles; ignored with PAGE_PUBLIC */
	unsigned flags;
	const struct input *inputs; /* terminated by { NULL } */
	int (*handler)(struct req *);
	const struct input *form;   /* optional second table (a shared form definition) */
	/* optional: the form this request's record uses (its programme's stage), found once the session
	 * is known; fields sent are checked against it then.  NULL answers 404. */
	const struct input *(*form_for)(struct req *);
};

/* ---- the request ----------------------------------------------------------- */
struct upload {
	char *field;
	char *client_name;   /* display only: never a path */
	unsigned char *data;
	size_t len;
};

struct session {
	long long sid;
	long long account_id;
	int role;
	char username[64];
	char display[256];
	char region[8];      /* applicants: 所在旗县区; reviewers: scope code */
	char region_name[128];
	char csrf[65];
	int must_change;
	int idle_seconds;
	int life_seconds;     /* until Session.MaxLifetimeHours after sign-in, used or not */
	long long unread;     /* 站内消息 not yet read */
	char programmes[256]; /* the keys of the programmes whose batches cover the region, comma-separated */
};

struct app;

struct req {
	const struct page *page;
	struct app *app;
	CGI *cgi;
	HDF *hdf;                   /* cgi->hdf: request data + page data */
	char rid[17];               /* request id, in logs and on error pages */
	unsigned method;
	int https;
	char ip[64];
	char **envp;                /* FastCGI: this request's parameters (NULL: the process environment) */
	void *fin, *fout;           /* FastCGI: FCGX_Stream in and out (NULL: stdin, stdout) */

	char *query;                /* copy of QUERY_STRING, pre-validated */
	char *body;                 /* the whole request body, pre-validated */
	size_t body_len;
	const char *ctype;          /* normalised content type (points into ctype_buf) */
	char ctype_buf[160];
	char boundary[80];
	size_t body_pos;            /* ClearSilver's read position in body */
	struct mem *mem;            /* request arena, freed by req_free */
	struct upload *uploads;
	int nuploads;

	struct val *vals;
	const struct input *form;   /* the form from page->form_for, once known */
	void *ctx;                  /* what form_for found, for the handler (the application) */
	const struct input **ins;   /* inputs then form, parallel to vals */
	int nins;
	int nerr;

	struct session s;
	int authed;

	MYSQL *db;                  /* borrowed from app */
	int in_tx;
	int db_errno;               /* last server error (e.g. 1062 duplicate) */
	int db_lost;                /* the connection failed during this request: the answer is 503 */
	long long last_id;

	/* response, buffered whole */
	int status;
	/* Debug.Timing: where this request's time went (ms; lib/main.c reports it) */
	struct { double t0, cpu0, startup, connect, db, render; int nq; } tm;
	STRING hdrs;
	STRING out;
	const char *ctype_out;
	int done;
};

/* lib/main.c: the one main() every page binary shares */
int app_run(const struct page *page);

/* ---- request helpers (lib/req.c) -------------------------------------------- */
const char *req_str(struct req *r, const char *name);       /* validated or NULL */
long long req_int(struct req *r, const char *name, long long dflt);
const struct val *req_val(struct req *r, const char *name);
int req_has(struct req *r, const char *name);
void req_field_error(struct req *r, const char *name, const char *msg);
int req_errors(struct req *r);
const struct upload *req_upload(struct req *r, const char *field);
const char *req_conf(struct req *r, const char *key, const char *dflt);
/* a CGI variable of this request (HTTP_ORIGIN, HTTP_HOST, ...): NULL if absent */
const char *req_env(struct req *r, const char *name);
char *req_strdup(struct req *r, const char *s);
void *req_alloc(struct req *r, size_t n);
char *req_printf(struct req *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
long long req_conf_int(struct req *r, const char *key, long long dflt);

/* ---- responses (lib/resp.c) ---------------------------------------------------- */
int page_render(struct req *r, const char *tpl);            /* 200 */
int page_render_status(struct req *r, int status, const char *tpl);
int page_redirect(struct req *r, const char *path);         /* path built by the server */
int page_error(struct req *r, int status);                  /* 400/403/404/405/413/429/500/503 */
int page_flash_redirect(struct req *r, const char *path, const char *msg);
void page_header(struct req *r, const char *name, const char *value);
int page_send_bytes(struct req *r, const char *ctype, const char *filename,
		    const void *data, size_t len);
void resp_flush(struct req *r);
int safe_next(const char *p);        /* 1 when p is a relative /cgi-bin/x.cgi path */

/* HDF setters that never fail silently (errors are logged) */
void hset(struct req *r, const char *name, const char *value);
void hsetf(struct req *r, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void hseti(struct req *r, const char *name, long long v);

/* ---- logging (lib/log.c) ----------------------------------------------------------- */
void log_at(struct req *r, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
#define LOG(r, ...) log_at((r), __FILE__, __LINE__, __VA_ARGS__)
#define FAULT(r, ...) (log_at((r), __FILE__, __LINE__, __VA_ARGS__), 500)

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

struct dbrows {
	int nrows, ncols;
	char **cell;         /* nrows * ncols; NULL for SQL NULL */
	unsigned long *len;
};

struct dbrows *db_query_(struct req *r, const char *sql, const struct dbp *p);
long long db_exec_(struct req *r, const char *sql, const struct dbp *p);
#define db_query(r, sql, ...) db_query_((r), "" sql "", (const struct dbp[]){ __VA_ARGS__ __VA_OPT__(,) DB_END_ })
#define db_exec(r, sql, ...)  db_exec_((r), "" sql "", (const struct dbp[]){ __VA_ARGS__ __VA_OPT__(,) DB_END_ })

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
void db_close(struct app *a);
int db_stale(struct app *a);        /* FastCGI: did the server close the idle connection? */

/* ---- validators (lib/valid.c): NULL when valid, else a Chinese message ----------------- */
int utf8_valid(const char *s, size_t n);
long utf8_chars(const char *s);                  /* -1 if invalid UTF-8 */
const char *valid_line(const char *s, long minc, long maxc);
const char *valid_text(const char *s, long minc, long maxc);
const char *valid_int(const char *s, long long min, long long max, long long *out);
const char *valid_money(const char *s, long long *yuan);      /* 万元, <= 4 decimals */
const char *valid_date(const char *s, int *y, int *m, int *d);
const char *valid_uscc(const char *s, char out[19]);           /* normalises case */
const char *valid_mobile(const char *s);
const char *valid_landline(const char *s);
const char *valid_phone(const char *s);
const char *valid_email(const char *s);
const char *valid_username(const char *s);
const char *valid_password(const char *s);
const char *valid_region(const char *s);
const char *valid_key(const char *s, long maxlen);
const char *valid_token(const char *s, long len);
const char *valid_decimal2(const char *s, long long *hundredths);
/* the last day of n working days from start (weekends and holidays skipped); 0 ok */
int workdays_end(const char *start, int n, const char *const *holidays, int nh, char out[11]);
char *dec2_fmt(long long hundredths, char *buf, size_t n);   /* 1250 -> "12.5" */
/* SHA-256 of data as 64 lower-case hex characters (OpenSSL) */
void sha256_hex(const void *data, size_t len, char out[65]);
/* 元 -> "12.3456" (万元, 4 decimals); buf >= 32 bytes */
char *money_fmt(long long yuan, char *buf, size_t n);
char *money_trim(long long yuan, char *buf, size_t n);     /* "200", "12.5" */
/* 元 -> 万元 rounded half away from zero to `decimals` (0..4) */
char *money_round_fmt(long long yuan, int decimals, char *buf, size_t n);

/* ---- request pre-parsing (lib/preparse.c): before ClearSilver sees anything --------------- */
struct preparse_limits {
	size_t max_fields;        /* fields in a query string or urlencoded body */
	size_t max_parts;         /* multipart parts */
	size_t max_name;          /* field name length */
	size_t max_repeat;        /* times one name may repeat */
};
/* Each returns NULL when acceptable, else a short English reason for the log. */
const char *preparse_urlencoded(const char *s, size_t n, const struct preparse_limits *lim);
const char *preparse_ctype(const char *ctype, char *norm, size_t nlen,
			   char *boundary, size_t blen);
struct mpart {
	const char *name; size_t name_len;
	const char *filename; size_t filename_len;  /* NULL when not a file */
	int has_filename;
	const char *data; size_t data_len;
};
/* Parses a whole multipart body strictly; calls cb for each part. */
const char *preparse_multipart(const char *body, size_t n, const char *boundary,
			       const struct preparse_limits *lim,
			       int (*cb)(void *ctx, const struct mpart *p), void *ctx);
int field_name_ok(const char *s, size_t n);

/* ---- sessions, passwords, CSRF (lib/auth.c) ----------------------------------------------- */
int auth_hash_password(const char *pw, char *out, size_t outlen);   /* 0 ok */
int auth_verify_password(const char *hash, const char *pw);         /* 1 match */
int auth_random_hex(char *out, size_t nbytes);                      /* out: 2n+1 */
int auth_load_session(struct req *r);     /* from cookie; 1 when logged in */
int auth_login(struct req *r, long long account_id);                /* new token */
void auth_logout(struct req *r);
int auth_throttled(struct req *r, const char *username);            /* 1 = refuse */
void auth_record_attempt(struct req *r, const char *username, int ok);
int csrf_check(struct req *r);            /* 1 ok */
const char *auth_anon_csrf(struct req *r); /* token for forms used before login */
void auth_kill_other_sessions(struct req *r, long long account_id, long long keep_sid);
/* every password check of a signed-in user (password change, two-step set-up): counts against the
 * login throttle; AUTH_LOCKED when the limit is reached, and then the session has been ended */
enum { AUTH_OK, AUTH_WRONG, AUTH_LOCKED };
int auth_recheck(struct req *r, const char *password);
/* NULL when pw may be chosen: 12-128 characters, not a common password (common_passwords, also with
 * digits and punctuation stripped from both ends), not the login name, not one short pattern repeated */
const char *auth_password_policy(struct req *r, const char *pw, const char *username);
void cookie_set(struct req *r, const char *name, const char *value, long max_age);

/* ---- audit (lib/audit.c) ---------------------------------------------------------------------- */
int audit(struct req *r, const char *action, const char *object_type,
	  long long object_id, const char *before, const char *after);

/* ---- lists (lib/list.c) ------------------------------------------------------------------------ */
struct pager { long long page, offset; int per; };
/* reads the page's "page" input, sets Pager.* in HDF; base ends with ? or & */
void pager_set(struct req *r, struct pager *p, long long total, int per, const char *base);
int regions_to_hdf(struct req *r, const char *province);
int region_is_county_of(struct req *r, const char *code, const char *province);
char *like_escape(struct req *r, const char *s);
char *url_arg(struct req *r, const char *s);
char *rfc5987(struct req *r, const char *s);   /* filename*=UTF-8''<this> */
int scope_regions_to_hdf(struct req *r);

/* ---- the client behind a proxy (lib/proxy.c): Proxy.Trusted ---- */
int proxy_trusted(const char *list, const char *addr);
const char *proxy_client(const char *list, const char *remote, const char *xff, char *out, size_t n);
int proxy_https(const char *list, const char *remote, const char *https, const char *xfp);
void req_client(struct req *r);          /* sets r->ip and r->https */

/* ---- sandbox (lib/sandbox.c): seccomp after start-up; 0 ok ---- */
int sandbox_enter(struct req *r);

/* ---- QR codes (lib/qr.c) ---- */
char *qr_svg(struct req *r, const char *text);
const char *public_origin(struct req *r);

/* ---- timers (Debug.Timing) ---- */
double now_ms(void);       /* monotonic wall clock */
double cpu_ms(void);       /* this process's CPU time */

/* ---- two-factor login (lib/totp.c): RFC 6238, HMAC-SHA1, 30 s, 6 digits ---- */
#define TOTP_PERIOD     30
#define TOTP_KEY_BYTES  20
#define TOTP_SECRET_LEN 32      /* base32 of TOTP_KEY_BYTES */
int totp_secret_new(char *out, size_t n);
int totp_decode(const char *s, unsigned char *key, size_t cap);
int totp_code(const unsigned char *key, size_t keylen, long long step);
long long totp_check(const char *secret, const char *code, long long now, long long last);
char *totp_uri(struct req *r, const char *issuer, const char *account, const char *secret);
char *svg_data_uri(struct req *r, const char *svg);

/* ---- scope ------------------------------------------------------------------------------------- */
/* The region code that bounds what this session may see ("150000", a city or a county). */
const char *scope_code(struct req *r);

#endif
