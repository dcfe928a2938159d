/*
 * auth.c - roles, passwords (argon2id), sessions, login throttling, CSRF,
 * and the audit log.
 *
 * Sessions: a 256-bit random token in an HttpOnly SameSite=Lax cookie; the
 * database keeps only SHA2(token).  CSRF: a per-session token in every POST
 * form plus an Origin/Referer check; forms used before login (login,
 * register) use a double-submit cookie instead.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <argon2.h>
#include "dt.h"
#include "proc.h"

static const struct { int role; const char *key, *label; } roles[] = {
	{ ROLE_PLATFORM,   "platform",   "服务平台" },
	{ ROLE_ENTERPRISE, "enterprise", "中小企业" },
	{ ROLE_COUNTY,     "county",     "旗县区工信部门" },
	{ ROLE_CITY,       "city",       "盟市工信部门" },
	{ ROLE_PROVINCE,   "province",   "自治区工信厅（管理员）" },
	{ ROLE_EXPERT,     "expert",     "评审专家" },
	{ ROLE_PROVIDER,   "provider",   "数字化转型服务商" },
	{ ROLE_EVALUATOR,  "evaluator",  "第三方评测机构" },
	{ ROLE_FINANCE,    "finance",    "财政部门" },
	{ ROLE_AUDITOR,    "auditor",    "审计机构" },
};

int
role_from_key(const char *key)
{
	for (size_t i = 0; key && i < sizeof(roles) / sizeof(roles[0]); i++)
		if (!strcmp(roles[i].key, key)) return roles[i].role;
	return 0;
}

const char *
role_key(int role)
{
	for (size_t i = 0; i < sizeof(roles) / sizeof(roles[0]); i++)
		if (roles[i].role == role) return roles[i].key;
	return "";
}

const char *
role_label(int role)
{
	for (size_t i = 0; i < sizeof(roles) / sizeof(roles[0]); i++)
		if (roles[i].role == role) return roles[i].label;
	return "";
}

/* ---- passwords ------------------------------------------------------------ */
#define ARGON_T 2
#define ARGON_M 19456   /* KiB: 19 MiB */
#define ARGON_P 1

int
auth_hash_password(const char *pw, char *out, size_t outlen)
{
	unsigned char salt[16];

	if (getrandom(salt, sizeof(salt), 0) != (ssize_t)sizeof(salt)) return -1;
	return argon2id_hash_encoded(ARGON_T, ARGON_M, ARGON_P, pw, strlen(pw), salt, sizeof(salt),
				     32, out, outlen) == ARGON2_OK ? 0 : -1;
}

/*
 * An account that does not exist (hash NULL) is checked against this hash of
 * a random password, with the same parameters: a login for an unknown name
 * costs what one for a real account costs, so the time of the answer does not
 * tell which names exist.
 */
static const char dummy_hash[] =
	"$argon2id$v=19$m=19456,t=2,p=1$jc+ZiXJXUHUQ8QXEHOTRyQ$7SK0VwAHczdf4idLYy5mo1jUJIttccYTu24g+NAxjTY";

int
auth_verify_password(const char *hash, const char *pw)
{
	if (!hash) {
		(void)argon2id_verify(dummy_hash, pw, strlen(pw));
		return 0;
	}
	if (strncmp(hash, "$argon2id$", 10) != 0) return 0;
	return argon2id_verify(hash, pw, strlen(pw)) == ARGON2_OK;
}

int
auth_random_hex(char *out, size_t nbytes)
{
	unsigned char b[64];

	if (nbytes > sizeof(b) || getrandom(b, nbytes, 0) != (ssize_t)nbytes) return -1;
	for (size_t i = 0; i < nbytes; i++) snprintf(out + 2 * i, 3, "%02x", b[i]);
	return 0;
}

static int
hex64(const char *s)
{
	return s && valid_token(s, 64) == NULL;
}

static int
ct_equal(const char *a, const char *b)
{
	size_t n = strlen(a);
	unsigned char d = 0;

	if (n != strlen(b)) return 0;
	for (size_t i = 0; i < n; i++) d |= (unsigned char)(a[i] ^ b[i]);
	return d == 0;
}

/* 12 characters from an alphabet without look-alikes, with letters and digits */
int
auth_one_time_password(char out[13])
{
	static const char al[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	unsigned char b[12];

	do {
		if (getrandom(b, sizeof(b), 0) != (ssize_t)sizeof(b)) return -1;
		for (int i = 0; i < 12; i++) out[i] = al[b[i] % (sizeof(al) - 1)];
		out[12] = '\0';
	} while (valid_password(out) != NULL);
	return 0;
}

/* ---- sessions -------------------------------------------------------------- */
int
auth_load_session(struct req *r)
{
	const char *tok = hdf_get_value(r->hdf, "Cookie.dtp_sid", NULL);
	long long idle = req_conf_int(r, "Session.IdleMinutes", 120);
	long long life = req_conf_int(r, "Session.MaxLifetimeHours", 12);
	struct dbrows *d;

	r->authed = 0;
	if (!hex64(tok)) return 0;
	/*
	 * One statement for everything every page needs about its user: the
	 * session, the account and its region, the unread 站内消息 and which
	 * programmes run over the region (the menu offers only those).
	 */
	d = db_query(r,
		"SELECT s.id, a.id, a.role, a.username, a.display_name,"
		" COALESCE(sc.region_code, a.region_code, ''), COALESCE(rg.name, ''),"
		" s.csrf, a.must_change_password, s.flash, TIMESTAMPDIFF(SECOND, s.last_seen, NOW()),"
		" (SELECT COUNT(*) FROM messages m WHERE m.account_id = a.id AND m.read_at IS NULL),"
		" (SELECT COALESCE(GROUP_CONCAT(DISTINCT b.programme ORDER BY b.programme SEPARATOR ','), '')"
		"  FROM batches b WHERE b.region_code IN (rg.code, rg.city_code, rg.province_code)),"
		" TIMESTAMPDIFF(SECOND, NOW(), s.created_at + INTERVAL ? HOUR)"
		" FROM sessions s JOIN accounts a ON a.id = s.account_id"
		" LEFT JOIN account_scopes sc ON sc.account_id = a.id"
		" LEFT JOIN regions rg ON rg.code = COALESCE(sc.region_code, a.region_code)"
		" WHERE s.token_hash = SHA2(?, 256) AND a.status = 'active'"
		" AND s.last_seen > NOW() - INTERVAL ? MINUTE AND s.created_at > NOW() - INTERVAL ? HOUR",
		DI(life), DS(tok), DI(idle), DI(life));
	if (!d || d->nrows != 1) { dbrows_free(d); return 0; }
	r->s.sid = dbi(d, 0, 0);
	r->s.account_id = dbi(d, 0, 1);
	r->s.role = role_from_key(dbv(d, 0, 2));
	snprintf(r->s.username, sizeof(r->s.username), "%s", dbv(d, 0, 3));
	snprintf(r->s.display, sizeof(r->s.display), "%s", dbv(d, 0, 4));
	snprintf(r->s.region, sizeof(r->s.region), "%s", dbv(d, 0, 5));
	snprintf(r->s.region_name, sizeof(r->s.region_name), "%s", dbv(d, 0, 6));
	snprintf(r->s.csrf, sizeof(r->s.csrf), "%s", dbv(d, 0, 7));
	r->s.must_change = (int)dbi(d, 0, 8);
	r->s.idle_seconds = (int)(idle * 60);
	r->s.unread = dbi(d, 0, 11);
	snprintf(r->s.programmes, sizeof(r->s.programmes), "%s", dbv(d, 0, 12));
	r->s.life_seconds = (int)dbi(d, 0, 13);
	if (dbn(d, 0, 9)) hset(r, "Flash", dbv(d, 0, 9));
	/* touch at most every 30 s, and whenever a flash message was shown */
	if (dbn(d, 0, 9) || dbi(d, 0, 10) >= 30)
		db_exec(r, "UPDATE sessions SET last_seen = NOW(), flash = NULL WHERE id = ?", DI(r->s.sid));
	r->authed = r->s.role != 0;
	return r->authed;
}

int
auth_login(struct req *r, long long account_id)
{
	char tok[65], csrf[65];
	const char *old = hdf_get_value(r->hdf, "Cookie.dtp_sid", NULL);
	const char *ua = req_env(r, "HTTP_USER_AGENT") ? req_env(r, "HTTP_USER_AGENT") : "";

	if (auth_random_hex(tok, 32) || auth_random_hex(csrf, 32)) return -1;
	if (hex64(old)) db_exec(r, "DELETE FROM sessions WHERE token_hash = SHA2(?, 256)", DS(old));
	db_exec(r, "DELETE FROM sessions WHERE last_seen < NOW() - INTERVAL 2 DAY");
	db_exec(r, "DELETE FROM sessions WHERE created_at < NOW() - INTERVAL ? HOUR",
		DI(req_conf_int(r, "Session.MaxLifetimeHours", 12)));
	if (db_exec(r,
		"INSERT INTO sessions (token_hash, account_id, csrf, created_at, last_seen, ip, user_agent)"
		" VALUES (SHA2(?, 256), ?, ?, NOW(), NOW(), ?, LEFT(?, 255))",
		DS(tok), DI(account_id), DS(csrf), DS(r->ip), DS(ua)) != 1)
		return -1;
	r->s.sid = db_last_id(r);
	cookie_set(r, "dtp_sid", tok, -1);
	return 0;
}

void
auth_logout(struct req *r)
{
	if (r->authed) db_exec(r, "DELETE FROM sessions WHERE id = ?", DI(r->s.sid));
	cookie_set(r, "dtp_sid", "", 0);
	r->authed = 0;
}

void
auth_kill_other_sessions(struct req *r, long long account_id, long long keep_sid)
{
	db_exec(r, "DELETE FROM sessions WHERE account_id = ? AND id <> ?", DI(account_id), DI(keep_sid));
}

int
auth_throttled(struct req *r, const char *username)
{
	long long max = req_conf_int(r, "Login.MaxFailures", 10);
	long long win = req_conf_int(r, "Login.WindowMinutes", 15);
	struct dbrows *d = db_query(r,
		"SELECT (SELECT COUNT(*) FROM login_attempts WHERE username = ? AND ok = 0"
		"        AND at > NOW() - INTERVAL ? MINUTE),"
		"       (SELECT COUNT(*) FROM login_attempts WHERE ip = ? AND ok = 0"
		"        AND at > NOW() - INTERVAL ? MINUTE)",
		DS(username), DI(win), DS(r->ip), DI(win));
	int t = !d || d->nrows != 1 || dbi(d, 0, 0) >= max || dbi(d, 0, 1) >= max;
	return t;
}

void
auth_record_attempt(struct req *r, const char *username, int ok)
{
	db_exec(r, "INSERT INTO login_attempts (username, ip, at, ok) VALUES (LEFT(?, 64), ?, NOW(), ?)",
		DS(username), DS(r->ip), DI(ok));
}

/*
 * A signed-in user's password, asked again before a sensitive change.  A
 * wrong one counts as a failed login for the account and the address, so a
 * stolen session cannot guess it faster than the login page allows; at the
 * limit the session ends (audited) and the caller answers 429.
 */
int
auth_recheck(struct req *r, const char *password)
{
	struct dbrows *d;
	int ok;

	if (!auth_throttled(r, r->s.username)) {
		d = db_query(r, "SELECT password_hash FROM accounts WHERE id = ?", DI(r->s.account_id));
		ok = d && d->nrows == 1 && password && auth_verify_password(dbv(d, 0, 0), password);
		if (ok) return AUTH_OK;
		auth_record_attempt(r, r->s.username, 0);
		if (!auth_throttled(r, r->s.username)) return AUTH_WRONG;
	}
	db_rollback(r);
	audit(r, "session.locked", "account", r->s.account_id, "", "多次输错当前密码，会话已结束");
	auth_logout(r);
	if (r->hdf) hdf_remove_tree(r->hdf, "User");     /* the answer's header: signed out */
	return AUTH_LOCKED;
}

const char *
auth_password_policy(struct req *r, const char *pw, const char *username)
{
	const char *e = valid_password(pw);
	size_t n = strlen(pw), a = 0, b;
	char *low = req_strdup(r, pw), *base;
	struct dbrows *d;
	int common;

	if (e) return e;
	for (char *p = low; *p; p++) if (*p >= 'A' && *p <= 'Z') *p = (char)(*p + 32);
	if (username && strlen(username) >= 3 && strstr(low, username)) return "密码不能包含登录名";
	/* Password2026! -> password: digits, punctuation and spaces stripped from both ends */
	b = n;
	while (a < b && (unsigned char)low[a] < 0x80 && !((low[a] | 32) >= 'a' && (low[a] | 32) <= 'z')) a++;
	while (b > a && (unsigned char)low[b - 1] < 0x80 && !((low[b - 1] | 32) >= 'a' && (low[b - 1] | 32) <= 'z')) b--;
	base = req_printf(r, "%.*s", (int)(b - a), low + a);
	d = db_query(r, "SELECT COUNT(*) FROM common_passwords WHERE pw = ? OR pw = ?", DS(low), DS(base));
	if (!d || d->nrows != 1) { dbrows_free(d); return "暂时无法检查密码，请稍后重试"; }
	common = dbi(d, 0, 0) > 0;
	return common ? "该密码过于常见（常见密码加数字或符号也不行），请换一个更长、不易猜到的密码" : NULL;
}

/* ---- CSRF -------------------------------------------------------------------- */
static int
origin_ok(struct req *r)
{
	const char *origin = req_env(r, "HTTP_ORIGIN");
	const char *referer = req_env(r, "HTTP_REFERER");
	const char *expect = public_origin(r);    /* Site.Origin, else this request's own (qr.c) */
	size_t n = strlen(expect);

	if (origin) return strcmp(origin, expect) == 0;
	if (referer) return strncmp(referer, expect, n) == 0 && referer[n] == '/';
	return 1;   /* neither header: non-browser client; the token still decides */
}

const char *
auth_anon_csrf(struct req *r)
{
	const char *c = hdf_get_value(r->hdf, "Cookie.dtp_pre", NULL);
	char tok[65];

	if (hex64(c)) return c;
	if (auth_random_hex(tok, 32)) return "";
	cookie_set(r, "dtp_pre", tok, -1);
	hset(r, "Cookie.dtp_pre", tok);
	return hdf_get_value(r->hdf, "Cookie.dtp_pre", "");
}

int
csrf_ok(struct req *r)
{
	HDF *o = hdf_get_obj(r->hdf, "Query.csrf");
	const char *tok = o ? hdf_obj_value(o) : NULL;
	const char *expect;

	if (!o || hdf_obj_child(o) || !hex64(tok)) { LOG(r, "POST without a valid CSRF token"); return 0; }
	if (!origin_ok(r)) { LOG(r, "POST from a foreign origin"); return 0; }
	if (r->authed) expect = r->s.csrf;
	else if (r->page->flags & PAGE_ANON_CSRF) expect = hdf_get_value(r->hdf, "Cookie.dtp_pre", "");
	else return 0;
	if (!ct_equal(tok, expect)) { LOG(r, "CSRF token mismatch"); return 0; }
	return 1;
}

/* ---- audit ---------------------------------------------------------------------
 * Rows are append-only for the application's database user; a trigger fills
 * in the time, the previous entry's hash and this entry's hash (SHA-256 over
 * the previous hash and every field), so any edit breaks the chain.
 */
int
audit(struct req *r, const char *action, const char *object_type, long long object_id,
      const char *before, const char *after)
{
	long long n = db_exec(r,
		"INSERT INTO audit_log (account_id, username, role, action, object_type, object_id,"
		" before_summary, after_summary, ip, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
		r->authed ? DI(r->s.account_id) : DNULL, DS(r->authed ? r->s.username : ""),
		DS(r->authed ? role_key(r->s.role) : ""), DS(action), DS(object_type), DI(object_id),
		DS(before ? before : ""), DS(after ? after : ""), DS(r->ip), DS(r->rid));
	return n == 1 ? 0 : -1;
}

const char *
scope_code(struct req *r)
{
	return r->s.region;
}
