/* libFuzzer harness: every validator on arbitrary text. */
#include <stdlib.h>
#include <string.h>
#include "dt.h"

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	char *s = malloc(n + 1), c[19], buf[64];
	long long v;
	int y, m, d;
	if (!s) return 0;
	memcpy(s, data, n);
	s[n] = '\0';
	(void)utf8_valid(s, n);
	(void)utf8_chars(s);
	(void)valid_line(s, 1, 100);
	(void)valid_text(s, 0, 500);
	if (!valid_int(s, -1000000, 1000000, &v)) (void)v;
	if (!valid_money(s, &v)) (void)money_fmt(v, buf, sizeof(buf));
	if (!valid_decimal2(s, &v)) (void)dec2_fmt(v, buf, sizeof(buf));
	(void)valid_date(s, &y, &m, &d);
	(void)valid_uscc(s, c);
	(void)valid_mobile(s);
	(void)valid_landline(s);
	(void)valid_phone(s);
	(void)valid_email(s);
	(void)valid_username(s);
	(void)valid_password(s);
	(void)valid_region(s);
	(void)valid_key(s, 32);
	(void)valid_token(s, 64);
	(void)field_name_ok(s, n);
	if (!valid_date(s, NULL, NULL, NULL)) {
		char end[11];
		(void)workdays_end(s, 5, NULL, 0, end);
	}
	free(s);
	return 0;
}
