/*
 * req.h - roles, declared inputs, pages, the request and its helpers (lib/req.c, lib/proxy.c, lib/sandbox.c)
 */
#ifndef DT_REQ_H
#define DT_REQ_H
#include "base.h"

/* ---- roles ----------------------------------------------------------- */
enum role {
	ROLE_PLATFORM   = 1 << 0,  /* 服务平台 (applicant) */
	ROLE_ENTERPRISE = 1 << 1,  /* 中小企业 (applicant) */
	ROLE_COUNTY     = 1 << 2,  /* 旗县区 reviewer */
	ROLE_CITY       = 1 << 3,  /* 盟市 reviewer */
	ROLE_PROVINCE   = 1 << 4,  /* 自治区 administrator */
	ROLE_EXPERT     = 1 << 5,  /* 评审专家 */
	ROLE_PROVIDER   = 1 << 6,  /* 数字化转型服务商: self-registers, approved by its 市 */
	ROLE_EVALUATOR  = 1 << 7,  /* 第三方评测机构: opened by the 市, sees what it is assigned */
	ROLE_FINANCE    = 1 << 8,  /* 财政局 of a region: sees its money, co-signs, records payments */
	ROLE_AUDITOR    = 1 << 9,  /* 审计机构: opened by the 市, audits what it is assigned */
};
#define ROLE_COUNT     10
#define ROLE_APPLICANT (ROLE_PLATFORM | ROLE_ENTERPRISE)
#define ROLE_REVIEWER  (ROLE_COUNTY | ROLE_CITY | ROLE_PROVINCE)
#define ROLE_ANY       (ROLE_APPLICANT | ROLE_REVIEWER | ROLE_EXPERT | ROLE_PROVIDER | ROLE_EVALUATOR | ROLE_FINANCE | ROLE_AUDITOR)

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
#define IN_PERCENT 8u /* a number whose unit is %: a typed "40%" is 40 (IN_SUBMIT, filing.h, is 4u) */

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
#define PAGE_THREADS  64u  /* renders PDF: Pango resolves fonts in threads, so threads (never processes) may start */

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

struct proc;

struct req {
	const struct page *page;
	struct proc *proc;
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
	struct cleanup *cleanups;   /* run by req_free, newest first (req_defer) */
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
	int db_kept;                /* writes made durable so far: commits and statements outside a transaction */
	int db_conflict;            /* a deadlock or certification conflict (1213) in this run of the handler */
	int db_poisoned;            /* ... that rolled back the open transaction: its statements now all fail */
	long long last_id;

	/* response, buffered whole, or streamed (page_stream_begin): headers
	 * and the page up to its rows are sent, out then holds the rest */
	int status;
	int streamed;
	/* Debug.Timing: where this request's time went (ms; lib/main.c reports it) */
	struct { double t0, cpu0, startup, connect, db, render; int nq; } tm;
	STRING hdrs;
	STRING out;
	const char *ctype_out;
	int done;
};

/* lib/main.c: the one main() every page binary shares */
int proc_run(const struct page *page);

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
/* a scope in the arena: req_release frees what was allocated since req_mark */
struct mem *req_mark(struct req *r);
void req_release(struct req *r, struct mem *mark);
/* an array of n elements of size bytes with room for one more: itself, or a copy twice as long (*cap) */
void *req_grow(struct req *r, void *a, int n, int *cap, size_t size);
/* fn(arg) when the request ends, newest first; req_undefer runs one now (a result freed early) */
void req_defer(struct req *r, void (*fn)(void *), void *arg);
void req_undefer(struct req *r, void *arg);
char *req_printf(struct req *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
long long req_conf_int(struct req *r, const char *key, long long dflt);

/* ---- the client behind a proxy (lib/proxy.c): Proxy.Trusted ---- */
int proxy_trusted(const char *list, const char *addr);
const char *proxy_client(const char *list, const char *remote, const char *xff, char *out, size_t n);
int proxy_https(const char *list, const char *remote, const char *https, const char *xfp);
void req_client(struct req *r);          /* sets r->ip and r->https */

/* ---- sandbox (lib/sandbox.c): seccomp after start-up; 0 ok ---- */
int sandbox_enter(struct req *r);

/* ---- scope ------------------------------------------------------------------------------------- */
/* The region code that bounds what this session may see ("150000", a city or a county). */
const char *scope_code(struct req *r);

#endif
