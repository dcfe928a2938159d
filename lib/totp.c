/*
 * totp.c - time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1
 * of the 30-second step counter, dynamic truncation, six digits.  The secret
 * is 20 random bytes kept as base32 (RFC 4648, no padding), the form every
 * authenticator app reads from an otpauth:// QR code.  HMAC and randomness
 * come from OpenSSL's libcrypto; only the base32 text form is done here.
 */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <openssl/hmac.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include "dt.h"

static const char b32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int
totp_secret_new(char *out, size_t n)
{
	unsigned char key[TOTP_KEY_BYTES];
	unsigned int acc = 0, bits = 0;
	size_t o = 0;

	if (n < TOTP_SECRET_LEN + 1 || RAND_bytes(key, sizeof(key)) != 1) return -1;
	for (size_t i = 0; i < sizeof(key); i++) {
		acc = (acc << 8) | key[i];
		bits += 8;
		while (bits >= 5) {
			out[o++] = b32[(acc >> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	out[o] = '\0';          /* 160 bits = exactly 32 characters */
	return 0;
}

/* base32 text -> key bytes; spaces and lower case accepted.  -1 when invalid. */
int
totp_decode(const char *s, unsigned char *key, size_t cap)
{
	unsigned int acc = 0, bits = 0;
	size_t n = 0;

	for (; *s; s++) {
		const char *p;
		if (*s == ' ') continue;
		if (*s == '=') break;
		p = strchr(b32, toupper((unsigned char)*s));
		if (!p || !*p) return -1;
		acc = (acc << 5) | (unsigned int)(p - b32);
		bits += 5;
		if (bits >= 8) {
			if (n >= cap) return -1;
			key[n++] = (unsigned char)(acc >> (bits - 8));
			bits -= 8;
		}
	}
	return n ? (int)n : -1;
}

int
totp_code(const unsigned char *key, size_t keylen, long long step)
{
	unsigned char msg[8], md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0, off;
	unsigned long v;

	for (int i = 7; i >= 0; i--) { msg[i] = (unsigned char)(step & 0xff); step >>= 8; }
	if (!HMAC(EVP_sha1(), key, (int)keylen, msg, sizeof(msg), md, &mdlen) || mdlen < 20) return -1;
	off = md[mdlen - 1] & 0x0f;
	v = ((unsigned long)(md[off] & 0x7f) << 24) | ((unsigned long)md[off + 1] << 16) |
	    ((unsigned long)md[off + 2] << 8) | md[off + 3];
	return (int)(v % 1000000);
}

/*
 * The step whose code equals `code` within one step either side of `now`
 * (clock drift), and later than `last` (a code is good once); -1 otherwise.
 */
long long
totp_check(const char *secret, const char *code, long long now, long long last)
{
	unsigned char key[64];
	int klen, want = 0;
	long long t = now / TOTP_PERIOD;

	if (!secret || !code || strlen(code) != 6) return -1;
	for (const char *p = code; *p; p++) {
		if (*p < '0' || *p > '9') return -1;
		want = want * 10 + (*p - '0');
	}
	if ((klen = totp_decode(secret, key, sizeof(key))) < 0) return -1;
	for (long long s = t - 1; s <= t + 1; s++)
		if (s > last && totp_code(key, (size_t)klen, s) == want) return s;
	return -1;
}

/* otpauth:// URI for an authenticator app (Key Uri Format); TOTP_PERIOD is its default */
char *
totp_uri(struct req *r, const char *issuer, const char *account, const char *secret)
{
	char *is = url_arg(r, issuer), *ac = url_arg(r, account);
	/* SHA1, 6 digits and 30 s are the format's defaults: left out, the QR code stays small */
	return req_printf(r, "otpauth://totp/%s:%s?secret=%s&issuer=%s", is, ac, secret, is);
}
