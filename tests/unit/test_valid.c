/* Unit tests of lib/valid.c: every validator, valid and invalid inputs. */
#include "dt.h"
#include "t.h"

int
main(void)
{
	char c[19], buf[32];
	long long v;
	int y, m, d;

	/* 统一社会信用代码 (GB 32100-2015) */
	CHECK_OK(valid_uscc("91350100M000100Y43", c));            /* published example */
	CHECK(strcmp(c, "91350100M000100Y43") == 0);
	CHECK_OK(valid_uscc("91150102MA0001000B", c));            /* demo platform1 */
	CHECK_OK(valid_uscc("91150102ma0001000b", c));            /* lower case is normalised */
	CHECK(strcmp(c, "91150102MA0001000B") == 0);
	CHECK_OK(valid_uscc("91150207MA0001021X", c));
	CHECK_ERR(valid_uscc("91150102MA0001000C", c));           /* wrong check character */
	CHECK_ERR(valid_uscc("91350100M000100Y4", c));            /* 17 characters */
	CHECK_ERR(valid_uscc("91350100M000100Y433", c));          /* 19 */
	CHECK_ERR(valid_uscc("91350100M000I00Y43", c));           /* I is not in the set */
	CHECK_ERR(valid_uscc("9135O100M000100Y43", c));           /* O in the region code */
	CHECK_ERR(valid_uscc("", c));
	CHECK_ERR(valid_uscc("统一社会信用代码测试一二三", c));

	/* phones */
	CHECK_OK(valid_mobile("13804710001"));
	CHECK_ERR(valid_mobile("12804710001"));
	CHECK_ERR(valid_mobile("1380471000"));
	CHECK_ERR(valid_mobile("138047100011"));
	CHECK_ERR(valid_mobile("1380471000a"));
	CHECK_OK(valid_landline("0471-4824952"));
	CHECK_OK(valid_landline("010-12345678"));
	CHECK_OK(valid_landline("0471-4824952-123"));
	CHECK_OK(valid_landline("04714824952"));
	CHECK_ERR(valid_landline("4824952"));
	CHECK_ERR(valid_landline("0471-48249"));
	CHECK_ERR(valid_landline("0471-4824952-"));
	CHECK_OK(valid_phone("0379-67088278"));
	CHECK_OK(valid_phone("13900000000"));
	CHECK_ERR(valid_phone("+8613900000000"));

	/* email */
	CHECK_OK(valid_email("a.b@example.gov.cn"));
	CHECK_ERR(valid_email("a@b"));
	CHECK_ERR(valid_email("a b@example.com"));
	CHECK_ERR(valid_email("a@@example.com"));
	CHECK_ERR(valid_email("@example.com"));
	CHECK_ERR(valid_email("a@example."));
	CHECK_ERR(valid_email("测试@example.com"));

	/* dates: real days only */
	CHECK_OK(valid_date("2026-04-30", &y, &m, &d));
	CHECK(y == 2026 && m == 4 && d == 30);
	CHECK_OK(valid_date("2024-02-29", NULL, NULL, NULL));
	CHECK_ERR(valid_date("2026-02-29", NULL, NULL, NULL));
	CHECK_ERR(valid_date("1900-02-29", NULL, NULL, NULL));
	CHECK_OK(valid_date("2000-02-29", NULL, NULL, NULL));
	CHECK_ERR(valid_date("2026-04-31", NULL, NULL, NULL));
	CHECK_ERR(valid_date("2026-13-01", NULL, NULL, NULL));
	CHECK_ERR(valid_date("2026-4-30", NULL, NULL, NULL));
	CHECK_ERR(valid_date("2026/04/30", NULL, NULL, NULL));

	/* money: 万元 with at most 4 decimals -> integer 元 */
	CHECK_OK(valid_money("12.3456", &v)); CHECK(v == 123456);
	CHECK_OK(valid_money("20", &v)); CHECK(v == 200000);
	CHECK_OK(valid_money("200", &v)); CHECK(v == 2000000);
	CHECK_OK(valid_money("0.0001", &v)); CHECK(v == 1);
	CHECK_OK(valid_money("0.5", &v)); CHECK(v == 5000);
	CHECK_OK(valid_money("0", &v)); CHECK(v == 0);
	CHECK_ERR(valid_money("0.00001", &v));
	CHECK_ERR(valid_money("-1", &v));
	CHECK_ERR(valid_money("1e3", &v));
	CHECK_ERR(valid_money("1.", &v));
	CHECK_ERR(valid_money(".5", &v));
	CHECK_ERR(valid_money("1,000", &v));
	CHECK_ERR(valid_money("", &v));
	CHECK_ERR(valid_money("99999999999999", &v));
	CHECK(strcmp(money_fmt(123456, buf, sizeof(buf)), "12.3456") == 0);
	CHECK(strcmp(money_fmt(200000, buf, sizeof(buf)), "20.0000") == 0);
	CHECK(strcmp(money_fmt(1, buf, sizeof(buf)), "0.0001") == 0);
	CHECK(strcmp(money_fmt(-5000, buf, sizeof(buf)), "-0.5000") == 0);
	CHECK(strcmp(money_trim(2000000, buf, sizeof(buf)), "200") == 0);
	CHECK(strcmp(money_trim(123450, buf, sizeof(buf)), "12.345") == 0);
	CHECK(strcmp(money_trim(1, buf, sizeof(buf)), "0.0001") == 0);
	CHECK(strcmp(money_trim(0, buf, sizeof(buf)), "0") == 0);

	/* integers with bounds */
	CHECK_OK(valid_int("42", 1, 100, &v)); CHECK(v == 42);
	CHECK_OK(valid_int("-5", -10, 10, &v)); CHECK(v == -5);
	CHECK_ERR(valid_int("101", 1, 100, &v));
	CHECK_ERR(valid_int("4x", 1, 100, &v));
	CHECK_ERR(valid_int("", 1, 100, &v));
	CHECK_ERR(valid_int("99999999999999999999", 0, 1LL << 60, &v));

	/* UTF-8 and lengths counted in characters, not bytes */
	CHECK(utf8_chars("企业基本情况") == 6);
	CHECK(utf8_chars("abc") == 3);
	CHECK(utf8_chars("\xe4\xbc") == -1);                      /* truncated */
	CHECK(utf8_chars("\xc0\xaf") == -1);                      /* overlong '/' */
	CHECK(utf8_chars("\xed\xa0\x80") == -1);                  /* surrogate */
	CHECK(utf8_chars("\xf4\x90\x80\x80") == -1);              /* > U+10FFFF */
	CHECK(utf8_chars("😀") == 1);
	CHECK_OK(valid_line("内蒙古草原云数字科技有限公司", 1, 14));
	CHECK_ERR(valid_line("内蒙古草原云数字科技有限公司", 1, 13));
	CHECK_ERR(valid_line("a\nb", 0, 10));
	CHECK_OK(valid_text("a\nb", 0, 10));
	CHECK_ERR(valid_text("a\x01" "b", 0, 10));
	CHECK_ERR(valid_line("", 1, 10));
	{
		/* 500 Chinese characters pass a 500-character limit (1500 bytes) */
		char big[1600] = "";
		for (int i = 0; i < 500; i++) strcat(big, "数");
		CHECK_OK(valid_text(big, 0, 500));
		strcat(big, "数");
		CHECK_ERR(valid_text(big, 0, 500));
	}

	/* usernames, passwords, regions, keys, tokens */
	CHECK_OK(valid_username("county-150102"));
	CHECK_ERR(valid_username("ab"));
	CHECK_ERR(valid_username("Admin"));
	CHECK_ERR(valid_username("1abc"));
	CHECK_ERR(valid_username("a b c"));
	CHECK_OK(valid_password("demo-password-2026"));
	CHECK_ERR(valid_password("short1"));
	CHECK_ERR(valid_password("elevenchars"));               /* 11 */
	CHECK_OK(valid_password("twelve chars"));              /* no composition rule (ASVS 2.1.9) */
	CHECK_OK(valid_password("onlyletterspassword"));
	CHECK_OK(valid_password("数字化转型试点申报评审系统"));   /* 13 characters, any script */
	CHECK_ERR(valid_password("数字化转型试点申报评审"));       /* 11 characters, 33 bytes */
	CHECK_ERR(valid_password("a   b   c   d   e"));         /* runs of spaces count once: 9 */
	CHECK_ERR(valid_password("aaaaaaaaaaaaaaa"));
	CHECK_ERR(valid_password("123123123123"));
	CHECK_ERR(valid_password("abcdabcdabcdabcd"));
	CHECK_OK(valid_password("abcdeabcdeabcde"));             /* a 5-byte unit: the list decides */
	CHECK_OK(valid_region("150102"));
	CHECK_ERR(valid_region("15010"));
	CHECK_ERR(valid_region("15010a"));
	CHECK_OK(valid_key("platform", 16));
	CHECK_ERR(valid_key("plat form", 16));
	CHECK_ERR(valid_key("", 16));
	CHECK_OK(valid_token("0123456789abcdef", 16));
	CHECK_ERR(valid_token("0123456789abcdeg", 16));
	CHECK_ERR(valid_token("0123", 16));
	{
		/* 公示 periods in working days */
		char end[11];
		const char *hol[] = { "2026-10-01", "2026-10-02", "2026-10-05" };
		CHECK(workdays_end("2026-11-20", 5, NULL, 0, end) == 0);      /* a Friday */
		CHECK(strcmp(end, "2026-11-26") == 0);                           /* Fri, Mon..Thu */
		CHECK(workdays_end("2026-11-21", 5, NULL, 0, end) == 0);      /* a Saturday: starts Monday */
		CHECK(strcmp(end, "2026-11-27") == 0);
		CHECK(workdays_end("2026-11-23", 5, NULL, 0, end) == 0);      /* Monday to Friday */
		CHECK(strcmp(end, "2026-11-27") == 0);
		CHECK(workdays_end("2026-09-30", 5, hol, 3, end) == 0);       /* across 国庆 holidays */
		CHECK(strcmp(end, "2026-10-09") == 0);                           /* 9/30, 10/6, 10/7, 10/8, 10/9 */
		CHECK(workdays_end("2026-11-20", 1, NULL, 0, end) == 0 && strcmp(end, "2026-11-20") == 0);
		CHECK(workdays_end("2026-02-30", 5, NULL, 0, end) != 0);
		CHECK(workdays_end("2026-11-20", 0, NULL, 0, end) != 0);
	}
	/* normalising what people type (issue 16): unambiguous forms made plain, the rest left to be refused */
	{
		char o[64];
#define NUM(in, pct, want) CHECK(strcmp(valid_number_normalise(in, pct, o, sizeof(o)), want) == 0)
		NUM("1,200", 0, "1200");
		NUM("1，200", 0, "1200");                 /* full-width comma */
		NUM("1,234,567.5", 0, "1234567.5");
		NUM("１５", 0, "15");                     /* full-width digits */
		NUM("１２．５", 0, "12.5");
		NUM(" 85 ", 0, "85");
		NUM("40%", 1, "40");
		NUM("40％", 1, "40");
		NUM("40%", 0, "40%");                     /* not where the unit is not %: refused later */
		NUM("1,2", 0, "1,2");                     /* ambiguous: left as typed */
		NUM("12,00", 0, "12,00");
		NUM("1200,", 0, "1200,");
		NUM(",120", 0, ",120");
		NUM("1,200,0", 0, "1,200,0");
		NUM("1.200,5", 0, "1.200,5");
		NUM("-1,200", 0, "-1200");
		CHECK_ERR(valid_decimal2(valid_number_normalise("1,2", 0, o, sizeof(o)), &v));
		CHECK_OK(valid_money(valid_number_normalise("1,200", 0, o, sizeof(o)), &v));
		CHECK(v == 12000000);
#define TEL(in, want) CHECK(strcmp(valid_phone_normalise(in, o, sizeof(o)), want) == 0)
		TEL("0471 6912345", "0471-6912345");
		TEL("(0471)6912345", "0471-6912345");
		TEL("0471－6912345", "0471-6912345");      /* full-width dash */
		TEL("０４７１-６９１２３４５", "0471-6912345");
		TEL("139 1234 5678", "13912345678");
		TEL("04716912345", "04716912345");
		TEL("0471 691 2345", "0471 691 2345");      /* three groups: left, refused with the example */
		TEL("电话0471", "电话0471");
		CHECK_OK(valid_phone(valid_phone_normalise("0471 6912345", o, sizeof(o))));
		CHECK_ERR(valid_phone(valid_phone_normalise("0471 691 2345", o, sizeof(o))));
	}
	return T_DONE();
}
