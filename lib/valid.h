/*
 * valid.h - validators and formatting of values (lib/valid.c)
 */
#ifndef DT_VALID_H
#define DT_VALID_H
#include "base.h"

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
/* What people type for a number, made plain when it is unambiguous: full-width digits and signs
 * (１５ -> 15), spaces at the ends, thousands separators in their places (1,200 / 1，200 -> 1200),
 * and with percent a trailing % (40% -> 40, where the unit is already %).  Anything else is left as
 * typed, for the validator to refuse with an example.  Writes at most n bytes to out. */
const char *valid_number_normalise(const char *s, int percent, char *out, size_t n);
/* a telephone as people type it: full-width digits, spaces, brackets or a full-width dash between
 * the area code and the number (0471 6912345, (0471)6912345 -> 0471-6912345; 139 1234 5678 ->
 * 13912345678); anything else is left as typed */
const char *valid_phone_normalise(const char *s, char *out, size_t n);
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

#endif
