/* Unit tests of lib/totp.c against the RFC 6238 appendix B vectors (SHA-1). */
#include "dt.h"
#include "t.h"

int
main(void)
{
	const unsigned char *k = (const unsigned char *)"12345678901234567890";
	const char *b = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";    /* base32 of the RFC key */
	unsigned char key[64];
	char s1[TOTP_SECRET_LEN + 1], s2[TOTP_SECRET_LEN + 1];

	/* RFC 6238 appendix B, last six digits of the eight shown there */
	CHECK(totp_code(k, 20, 59 / 30) == 287082);
	CHECK(totp_code(k, 20, 1111111109LL / 30) == 81804);
	CHECK(totp_code(k, 20, 1111111111LL / 30) == 50471);
	CHECK(totp_code(k, 20, 1234567890LL / 30) == 5924);
	CHECK(totp_code(k, 20, 2000000000LL / 30) == 279037);
	CHECK(totp_code(k, 20, 20000000000LL / 30) == 353130);

	/* base32 */
	CHECK(totp_decode(b, key, sizeof(key)) == 20 && !memcmp(key, k, 20));
	CHECK(totp_decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq", key, sizeof(key)) == 20 && !memcmp(key, k, 20));
	CHECK(totp_decode("GEZ1", key, sizeof(key)) < 0);          /* 1 is not base32 */
	CHECK(totp_decode("", key, sizeof(key)) < 0);
	CHECK(totp_decode(b, key, 10) < 0);                         /* too long for the buffer */

	/* check: the window is one step either side; a code is good once */
	CHECK(totp_check(b, "081804", 1111111109, 0) == 1111111109LL / 30);
	CHECK(totp_check(b, "081804", 1111111109 + 30, 0) == 1111111109LL / 30);   /* 30 s late */
	CHECK(totp_check(b, "081804", 1111111109 - 30, 0) == 1111111109LL / 30);   /* 30 s early */
	CHECK(totp_check(b, "081804", 1111111109 + 90, 0) < 0);                    /* too late */
	CHECK(totp_check(b, "081804", 1111111109, 1111111109LL / 30) < 0);         /* replayed */
	CHECK(totp_check(b, "081805", 1111111109, 0) < 0);
	CHECK(totp_check(b, "81804", 1111111109, 0) < 0);
	CHECK(totp_check(b, "08180a", 1111111109, 0) < 0);
	CHECK(totp_check(b, "0818041", 1111111109, 0) < 0);
	CHECK(totp_check(NULL, "081804", 1111111109, 0) < 0);

	/* new secrets: 32 base32 characters, 20 bytes, different each time */
	CHECK(totp_secret_new(s1, sizeof(s1)) == 0 && strlen(s1) == TOTP_SECRET_LEN);
	CHECK(totp_secret_new(s2, sizeof(s2)) == 0 && strcmp(s1, s2) != 0);
	CHECK(totp_decode(s1, key, sizeof(key)) == TOTP_KEY_BYTES);
	CHECK(totp_secret_new(s1, 10) < 0);
	return T_DONE();
}
