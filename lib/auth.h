/*
 * auth.h - sessions, passwords, CSRF, the audit log, two-step codes (lib/auth.c, lib/totp.c)
 */
#ifndef DT_AUTH_H
#define DT_AUTH_H
#include "base.h"

/* ---- sessions, passwords, CSRF (lib/auth.c) ----------------------------------------------- */
int auth_hash_password(const char *pw, char *out, size_t outlen);   /* 0 ok */
/* a one-time initial password: 12 characters without look-alikes, letters and digits; 0 ok */
int auth_one_time_password(char out[13]);
int auth_verify_password(const char *hash, const char *pw);         /* 1 match */
int auth_random_hex(char *out, size_t nbytes);                      /* out: 2n+1 */
int auth_load_session(struct req *r);     /* from cookie; 1 when logged in */
int auth_login(struct req *r, long long account_id);                /* new token */
void auth_logout(struct req *r);
int auth_throttled(struct req *r, const char *username);            /* 1 = refuse */
void auth_record_attempt(struct req *r, const char *username, int ok);
int csrf_ok(struct req *r);               /* 1 when the POST carries its session's token from this site */
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

#endif
