/* Unit tests of lib/preparse.c: the guards in front of ClearSilver. */
#include <stdlib.h>
#include "dt.h"
#include "t.h"

static const struct preparse_limits lim = { 1000, 200, 64, 300 };

static int nparts;
static char names[16][80];
static int
count_part(void *ctx, const struct mpart *p)
{
	(void)ctx;
	if (nparts < 16) snprintf(names[nparts], sizeof(names[0]), "%.*s", (int)p->name_len, p->name);
	nparts++;
	return 0;
}

static const char *
mp(const char *body, const char *b)
{
	nparts = 0;
	return preparse_multipart(body, strlen(body), b, &lim, count_part, NULL);
}

int
main(void)
{
	char norm[160], bnd[80];

	/* urlencoded */
	CHECK_OK(preparse_urlencoded("a=1&b=2", 7, &lim));
	CHECK_OK(preparse_urlencoded("", 0, &lim));
	CHECK_OK(preparse_urlencoded("q=%E5%8C%85%E5%A4%B4&x=", 23, &lim));
	CHECK_OK(preparse_urlencoded("a=1&&b=2", 8, &lim));
	CHECK_ERR(preparse_urlencoded("a.b=1", 5, &lim));                 /* dotted name */
	CHECK_ERR(preparse_urlencoded("Query=1", 7, &lim));               /* upper case */
	CHECK_ERR(preparse_urlencoded("=1", 2, &lim));                    /* empty name */
	CHECK_ERR(preparse_urlencoded("a=%zz", 5, &lim));                 /* bad escape */
	CHECK_ERR(preparse_urlencoded("a=%E5%8C", 8, &lim));              /* truncated UTF-8 */
	CHECK_ERR(preparse_urlencoded("a=%C0%AF", 8, &lim));              /* overlong */
	CHECK_ERR(preparse_urlencoded("a=%00", 5, &lim));                 /* NUL */
	CHECK_ERR(preparse_urlencoded("a=%4", 4, &lim));
	CHECK_ERR(preparse_urlencoded("a=\xff", 3, &lim));
	CHECK_ERR(preparse_urlencoded("doc%2eFileName=x", 16, &lim));     /* encoded dot */
	{
		/* 40,000 repeated keys: refused by the first count, in linear time */
		size_t n = 40000 * 4;
		char *s = malloc(n + 1);
		for (size_t i = 0; i < 40000; i++) memcpy(s + 4 * i, "a=1&", 4);
		s[n - 1] = '\0';
		CHECK_ERR(preparse_urlencoded(s, n - 1, &lim));
		/* 301 repeats of one key under the field cap: refused as repeats */
		for (size_t i = 0; i < 301; i++) memcpy(s + 4 * i, "a=1&", 4);
		CHECK_ERR(preparse_urlencoded(s, 301 * 4 - 1, &lim));
		CHECK_OK(preparse_urlencoded(s, 300 * 4 - 1, &lim));
		free(s);
	}

	/* content types */
	CHECK_OK(preparse_ctype("application/x-www-form-urlencoded", norm, sizeof(norm), bnd, sizeof(bnd)));
	CHECK(strcmp(norm, "application/x-www-form-urlencoded") == 0);
	CHECK_OK(preparse_ctype("application/x-www-form-urlencoded; charset=UTF-8", norm, sizeof(norm), bnd, sizeof(bnd)));
	CHECK(strcmp(norm, "application/x-www-form-urlencoded") == 0);
	CHECK_ERR(preparse_ctype("application/x-www-form-urlencoded; charset=GBK", norm, sizeof(norm), bnd, sizeof(bnd)));
	CHECK_OK(preparse_ctype("multipart/form-data; boundary=----abc123", norm, sizeof(norm), bnd, sizeof(bnd)));
	CHECK(strcmp(bnd, "----abc123") == 0);
	CHECK_OK(preparse_ctype("multipart/form-data; boundary=\"quoted\"", norm, sizeof(norm), bnd, sizeof(bnd)));
	CHECK(strcmp(bnd, "quoted") == 0);
	CHECK_ERR(preparse_ctype("multipart/form-data", norm, sizeof(norm), bnd, sizeof(bnd)));
	CHECK_ERR(preparse_ctype("multipart/form-data; boundary=a\"b", norm, sizeof(norm), bnd, sizeof(bnd)));
	CHECK_ERR(preparse_ctype("text/plain", norm, sizeof(norm), bnd, sizeof(bnd)));
	CHECK_ERR(preparse_ctype("application/json", norm, sizeof(norm), bnd, sizeof(bnd)));
	CHECK_ERR(preparse_ctype(NULL, norm, sizeof(norm), bnd, sizeof(bnd)));

	/* multipart */
	CHECK_OK(mp("--XB\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n"
		    "--XB\r\nContent-Disposition: form-data; name=\"f\"; filename=\"报告.pdf\"\r\n"
		    "Content-Type: application/pdf\r\n\r\n%PDF\n\n\nbinary\r\n--XB--\r\n", "XB"));
	CHECK(nparts == 2 && !strcmp(names[0], "a") && !strcmp(names[1], "f"));
	/* the _is_boundary over-read input: a line that is only "\n" */
	CHECK_OK(mp("--XB\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\n\r\n--XB--\r\n", "XB"));
	CHECK_ERR(mp("\n--XB\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--XB--\r\n", "XB"));
	CHECK_ERR(mp("--XB\r\nContent-Disposition: form-data; name=\"doc.FileName\"\r\n\r\nx\r\n--XB--\r\n", "XB"));
	CHECK_ERR(mp("--XB\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end", "XB"));
	CHECK_ERR(mp("--XB\r\nContent-Type: text/plain\r\n\r\nx\r\n--XB--\r\n", "XB"));
	CHECK_ERR(mp("--XB\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\xff\r\n--XB--\r\n", "XB"));
	CHECK_ERR(mp("--XB\r\nContent-Disposition: form-data; name=\"a\"; name=\"b\"\r\n\r\nx\r\n--XB--\r\n", "XB"));
	CHECK_ERR(mp("--XB\r\nContent-Disposition: form-data; name=\"a\"\r\nContent-Transfer-Encoding: base64\r\n\r\nx\r\n--XB--\r\n", "XB"));
	CHECK_ERR(mp("--XB--\r\n", "XB"));
	{
		/* 50,000 tiny parts: refused at the part cap */
		size_t per = strlen("--XB\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n");
		char *s = malloc(per * 50000 + 16), *p = s;
		for (int i = 0; i < 50000; i++) { memcpy(p, "--XB\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n", per); p += per; }
		strcpy(p, "--XB--\r\n");
		nparts = 0;
		CHECK_ERR(preparse_multipart(s, strlen(s), "XB", &lim, count_part, NULL));
		CHECK(nparts <= 200);
		free(s);
	}
	CHECK(field_name_ok("credit_code", 11));
	CHECK(!field_name_ok("a.b", 3));
	CHECK(!field_name_ok("", 0));
	return T_DONE();
}
