/*
 * valid.c - domain validators.  Each returns NULL when the value is valid,
 * or a Chinese message fit to show beside the field.  Bounded parsers only:
 * no atoi/sscanf on request data.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <limits.h>
#include <time.h>
#include <openssl/evp.h>
#include "dt.h"

int
utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < n) {
		unsigned c = s[i];
		size_t k;
		unsigned cp;

		if (c < 0x80) { i++; continue; }
		if (c >= 0xC2 && c <= 0xDF) { k = 1; cp = c & 0x1F; }
		else if (c >= 0xE0 && c <= 0xEF) { k = 2; cp = c & 0x0F; }
		else if (c >= 0xF0 && c <= 0xF4) { k = 3; cp = c & 0x07; }
		else return 0;
		if (n - i <= k) return 0;
		for (size_t j = 1; j <= k; j++) {
			if ((s[i + j] & 0xC0) != 0x80) return 0;
			cp = (cp << 6) | (s[i + j] & 0x3F);
		}
		/* overlongs, surrogates, beyond U+10FFFF */
		if ((k == 2 && cp < 0x800) || (k == 3 && cp < 0x10000) ||
		    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
			return 0;
		i += k + 1;
	}
	return 1;
}

long
utf8_chars(const char *s)
{
	size_t n = strlen(s);
	long c = 0;

	if (!utf8_valid(s, n)) return -1;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80) c++;
	return c;
}

static const char *
text_common(const char *s, long minc, long maxc, int multiline)
{
	long c;

	c = utf8_chars(s);
	if (c < 0) return "含有无效字符（不是有效的UTF-8文本）";
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '\n' || *p == '\r' || *p == '\t') {
			if (!multiline && *p != '\t') return "不能包含换行";
			continue;
		}
		if (*p < 0x20 || *p == 0x7F) return "含有不可见的控制字符";
	}
	if (c < minc) return minc == 1 ? "不能为空" : "内容过短";
	if (maxc > 0 && c > maxc) return "超过字数上限";
	return NULL;
}

const char *valid_line(const char *s, long minc, long maxc) { return text_common(s, minc, maxc, 0); }
const char *valid_text(const char *s, long minc, long maxc) { return text_common(s, minc, maxc, 1); }

const char *
valid_int(const char *s, long long min, long long max, long long *out)
{
	long long v = 0;
	int neg = 0;
	const char *p = s;

	if (*p == '-') { neg = 1; p++; }
	if (!*p) return "请填写整数，例如 12";
	for (; *p; p++) {
		if (*p < '0' || *p > '9') return "请填写整数，例如 12";
		if (v > (LLONG_MAX - (*p - '0')) / 10) return "数值超出范围";
		v = v * 10 + (*p - '0');
	}
	if (neg) v = -v;
	if (v < min || v > max) return "数值超出允许范围";
	if (out) *out = v;
	return NULL;
}

/* the words a non-negative fixed-point number is refused with */
struct fixed_words { const char *empty, *negative, *form, *bad, *big, *places; };
static const struct fixed_words money_words = {
	"请填写金额", "金额不能为负数", "金额格式不正确，例如 12.5 或 12.3456",
	"金额只能包含数字和小数点（单位：万元），例如 12.5", "金额过大", "金额最多保留4位小数（单位：万元）",
}, dec2_words = {
	"请填写数字，例如 85 或 92.5", "不能为负数", "请填写数字，例如 85 或 92.5",
	"请填写数字，例如 85 或 92.5", "数值过大", "最多保留2位小数",
};

/* a non-negative decimal with at most `places` decimals -> an integer of 10^-places units; the whole
 * part refused (w->big) once it passes wmax */
static const char *
valid_fixed(const char *s, int places, long long wmax, const struct fixed_words *w, long long *out)
{
	long long whole = 0, frac = 0, unit = 1;
	int nd = 0;
	const char *p = s;

	if (!*p) return w->empty;
	if (*p == '-') return w->negative;
	if (*p == '.') return w->form;
	for (; *p && *p != '.'; p++) {
		if (*p < '0' || *p > '9') return w->bad;
		if (whole > wmax) return w->big;
		whole = whole * 10 + (*p - '0');
	}
	if (*p == '.') {
		if (!*++p) return w->form;
		for (; *p; p++) {
			if (*p < '0' || *p > '9') return w->bad;
			if (++nd > places) return w->places;
			frac = frac * 10 + (*p - '0');
		}
	}
	for (; nd < places; nd++) frac *= 10;
	for (int i = 0; i < places; i++) unit *= 10;
	if (out) *out = whole * unit + frac;
	return NULL;
}

/* 万元 with up to 4 decimals -> integer 元 (1 万元 = 10000 元).  Non-negative. */
const char *
valid_money(const char *s, long long *yuan)
{
	return valid_fixed(s, 4, 99999999LL, &money_words, yuan);
}

char *
money_fmt(long long yuan, char *buf, size_t n)
{
	const char *sign = "";
	unsigned long long a;

	if (yuan < 0) { sign = "-"; a = (unsigned long long)(-(yuan + 1)) + 1; }
	else a = (unsigned long long)yuan;
	snprintf(buf, n, "%s%llu.%04llu", sign, a / 10000, a % 10000);
	return buf;
}

/* 元 -> 万元 without trailing zeros: 2000000 -> "200", 123450 -> "12.345" */
char *
money_trim(long long yuan, char *buf, size_t n)
{
	char *p;
	money_fmt(yuan, buf, n);
	p = buf + strlen(buf) - 1;
	while (*p == '0') *p-- = '\0';
	if (*p == '.') *p = '\0';
	return buf;
}

static int
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

const char *
valid_date(const char *s, int *py, int *pm, int *pd)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y, m, d;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return "日期格式应为 YYYY-MM-DD，例如 2026-04-30";
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return "日期格式应为 YYYY-MM-DD，例如 2026-04-30";
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1900 || y > 2100) return "年份超出范围";
	if (m < 1 || m > 12) return "月份不存在";
	if (d < 1 || d > mdays[m - 1] + (m == 2 && is_leap(y))) return "该日期不存在";
	if (py) *py = y;
	if (pm) *pm = m;
	if (pd) *pd = d;
	return NULL;
}

/*
 * 统一社会信用代码, GB 32100-2015: 18 characters from a 31-character set
 * (digits and capitals without I, O, Z, S, V); characters 3-8 are the
 * administrative division code; the last is a check character over the
 * first 17 with weights 3^i mod 31.
 */
const char *
valid_uscc(const char *s, char out[19])
{
	static const char set[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	static const int w[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
	char c[19];
	int sum = 0, chk;

	if (strlen(s) != 18) return "统一社会信用代码应为18位";
	for (int i = 0; i < 18; i++) {
		char ch = (char)toupper((unsigned char)s[i]);
		const char *p = strchr(set, ch);
		if (ch == '\0' || p == NULL) return "统一社会信用代码含有无效字符（不使用 I、O、Z、S、V）";
		c[i] = ch;
		if (i < 17) sum += (int)(p - set) * w[i];
	}
	c[18] = '\0';
	for (int i = 2; i < 8; i++)
		if (!isdigit((unsigned char)c[i])) return "统一社会信用代码第3至8位应为行政区划码";
	chk = (31 - sum % 31) % 31;
	if (c[17] != set[chk]) return "统一社会信用代码校验位不正确，请核对";
	if (out) memcpy(out, c, 19);
	return NULL;
}

const char *
valid_mobile(const char *s)
{
	if (strlen(s) != 11 || s[0] != '1' || s[1] < '3' || s[1] > '9')
		return "手机号码应为11位，以1开头，例如 13912345678";
	for (int i = 0; i < 11; i++)
		if (!isdigit((unsigned char)s[i])) return "手机号码应为11位数字，例如 13912345678";
	return NULL;
}

/* 区号-号码[-分机]: 0471-4824952, 010-12345678, 04714824952 */
const char *
valid_landline(const char *s)
{
	const char *p = s;
	int area = 0, num = 0, ext = 0;

	if (*p != '0') return "固定电话应以区号开头，例如 0471-4824952";
	while (isdigit((unsigned char)*p)) { p++; area++; }
	if (*p == '-') {
		if (area < 3 || area > 4) return "区号应为3至4位";
		p++;
		while (isdigit((unsigned char)*p)) { p++; num++; }
		if (num < 7 || num > 8) return "电话号码应为7至8位";
	} else {
		if (area < 10 || area > 12) return "固定电话格式不正确，例如 0471-4824952";
		num = area;
	}
	if (*p == '-') {
		p++;
		while (isdigit((unsigned char)*p)) { p++; ext++; }
		if (ext < 1 || ext > 6) return "分机号应为1至6位";
	}
	if (*p) return "固定电话格式不正确，例如 0471-4824952";
	return NULL;
}

const char *
valid_phone(const char *s)
{
	if (s[0] == '1') return valid_mobile(s);
	if (s[0] == '0') return valid_landline(s);
	return "请填写手机号码或带区号的固定电话";
}

const char *
valid_email(const char *s)
{
	size_t n = strlen(s);
	const char *at = strchr(s, '@');
	const char *dot;

	if (n < 6 || n > 254) return "电子邮箱格式不正确";
	if (!at || at == s || strchr(at + 1, '@')) return "电子邮箱格式不正确";
	for (const char *p = s; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c <= 0x20 || c >= 0x7F || strchr("()<>,;:\\\"[]", c))
			return "电子邮箱格式不正确";
	}
	dot = strrchr(at, '.');
	if (!dot || dot == at + 1 || dot[1] == '\0' || strlen(dot + 1) < 2)
		return "电子邮箱格式不正确";
	return NULL;
}

const char *
valid_username(const char *s)
{
	size_t n = strlen(s);

	if (n < 3 || n > 32) return "登录名应为3至32个字符";
	if (!islower((unsigned char)s[0])) return "登录名应以小写字母开头";
	for (const char *p = s; *p; p++)
		if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p) && *p != '_' && *p != '-')
			return "登录名只能包含小写字母、数字、下划线和连字符";
	return NULL;
}

/*
 * The password policy's checks that need no database (ASVS 2.1): 12 to 128
 * characters, a run of spaces counting as one; any characters at all (no
 * composition rule); not one piece of up to 4 bytes repeated ("aaaa...",
 * "123123123123").  auth_password_policy adds the common-password list.
 */
const char *
valid_password(const char *s)
{
	long c = utf8_chars(s), n = 0;
	size_t len = strlen(s);

	if (c < 0) return "密码含有无效字符";
	if (c > 128) return "密码最多128个字符";
	for (const char *p = s; *p; p++)
		if (((unsigned char)*p & 0xC0) != 0x80 && !(*p == ' ' && p > s && p[-1] == ' ')) n++;
	if (n < 12) return "密码至少12个字符（可以是一句容易记住的话，可含空格和汉字）";
	for (size_t unit = 1; unit <= 4 && unit < len; unit++) {
		size_t i = unit;
		while (i < len && s[i] == s[i - unit]) i++;
		if (i == len) return "密码不能是同一组字符的简单重复";
	}
	return NULL;
}

const char *
valid_region(const char *s)
{
	if (strlen(s) != 6) return "请选择行政区划";
	for (int i = 0; i < 6; i++)
		if (!isdigit((unsigned char)s[i])) return "请选择行政区划";
	return NULL;
}

const char *
valid_key(const char *s, long maxlen)
{
	size_t n = strlen(s);

	if (n == 0 || (long)n > maxlen) return "取值无效";
	for (const char *p = s; *p; p++)
		if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p) && *p != '_' && *p != '-')
			return "取值无效";
	return NULL;
}

const char *
valid_token(const char *s, long len)
{
	if ((long)strlen(s) != len) return "令牌无效";
	for (const char *p = s; *p; p++)
		if (!isxdigit((unsigned char)*p)) return "令牌无效";
	return NULL;
}

/* non-negative decimal with at most 2 decimals -> hundredths */
const char *
valid_decimal2(const char *s, long long *out)
{
	return valid_fixed(s, 2, 100000000LL, &dec2_words, out);
}

char *
dec2_fmt(long long h, char *buf, size_t n)
{
	if (h % 100 == 0) snprintf(buf, n, "%lld", h / 100);
	else if (h % 10 == 0) snprintf(buf, n, "%lld.%lld", h / 100, (h % 100) / 10);
	else snprintf(buf, n, "%lld.%02lld", h / 100, h % 100);
	return buf;
}

void
sha256_hex(const void *data, size_t len, char out[65])
{
	unsigned char md[32];
	unsigned int mdlen = 0;

	EVP_Digest(data, len, md, &mdlen, EVP_sha256(), NULL);
	for (int i = 0; i < 32; i++) snprintf(out + 2 * i, 3, "%02x", md[i]);
}

/*
 * The last day of a period of n working days starting on `start` (counted
 * from it if it is a working day): Saturdays, Sundays and the given
 * holidays (YYYY-MM-DD) are skipped.  0 on success.
 */
int
workdays_end(const char *start, int n, const char *const *holidays, int nh, char out[11])
{
	struct tm tm;
	time_t t;
	int y, m, d, left = n;

	if (valid_date(start, &y, &m, &d) || n < 1 || n > 366) return -1;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900; tm.tm_mon = m - 1; tm.tm_mday = d; tm.tm_hour = 12;
	t = timegm(&tm);
	for (int guard = 0; guard < 3660; guard++, t += 86400) {
		struct tm cur;
		char day[11];
		int holiday = 0;
		gmtime_r(&t, &cur);
		strftime(day, sizeof(day), "%Y-%m-%d", &cur);
		for (int i = 0; i < nh; i++) if (!strcmp(holidays[i], day)) holiday = 1;
		if (cur.tm_wday == 0 || cur.tm_wday == 6 || holiday) continue;
		if (--left == 0) { memcpy(out, day, 11); return 0; }
	}
	return -1;
}

char *
money_round_fmt(long long yuan, int decimals, char *buf, size_t n)
{
	static const long long unit[] = { 10000, 1000, 100, 10, 1 };
	long long u, q, a;
	int neg = yuan < 0;

	if (decimals < 0) decimals = 0;
	if (decimals > 4) decimals = 4;
	u = unit[decimals];
	a = neg ? -yuan : yuan;
	q = (a + u / 2) / u;                         /* half away from zero */
	if (decimals == 0)
		snprintf(buf, n, "%s%lld", neg && q ? "-" : "", q);
	else {
		long long p = 1;
		for (int i = 0; i < decimals; i++) p *= 10;
		snprintf(buf, n, "%s%lld.%0*lld", neg && q ? "-" : "", q / p, decimals, q % p);
	}
	return buf;
}

/* full-width forms (U+FF01..U+FF5E) of ASCII: EF BC 81..BF, EF BD 80..9E; the ideographic space */
static size_t
ascii_of(const unsigned char *p, char *c)
{
	if (p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x81 && p[2] <= 0xBF) { *c = (char)(p[2] - 0x81 + '!'); return 3; }
	if (p[0] == 0xEF && p[1] == 0xBD && p[2] >= 0x80 && p[2] <= 0x9E) { *c = (char)(p[2] - 0x80 + '`'); return 3; }
	if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) { *c = ' '; return 3; }
	*c = (char)p[0];
	return 1;
}

/* s in ASCII (full-width forms folded), ends trimmed; NULL if it does not fit or is not ASCII */
static char *
fold(const char *s, char *out, size_t n)
{
	size_t o = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		char c;
		p += ascii_of(p, &c);
		if ((unsigned char)c >= 0x80 || o + 1 >= n) return NULL;
		out[o++] = c;
	}
	while (o && out[o - 1] == ' ') o--;
	out[o] = '\0';
	{
		size_t k = 0;
		while (out[k] == ' ') k++;
		memmove(out, out + k, o - k + 1);
	}
	return out;
}

const char *
valid_number_normalise(const char *s, int percent, char *out, size_t n)
{
	char t[64];
	size_t len, dot, i, o = 0, start = 0;

	if (!s || !fold(s, t, sizeof(t))) return s;
	len = strlen(t);
	if (percent && len && t[len - 1] == '%') t[--len] = '\0';
	while (len && t[len - 1] == ' ') t[--len] = '\0';
	if (len + 1 > n) return s;
	if (t[0] == '-') start = 1;
	for (dot = start; dot < len && t[dot] != '.'; dot++) ;
	if (memchr(t, ',', len)) {
		/* separators only as 1,234,567: one to three digits, then groups of three, left of the point */
		size_t lead = 0;
		for (i = start; i < dot && t[i] != ','; i++) {
			if (t[i] < '0' || t[i] > '9') return s;
			lead++;
		}
		if (lead < 1 || lead > 3) return s;
		for (; i < dot; i += 4) {
			if (t[i] != ',' || i + 3 >= dot) return s;
			for (size_t k = 1; k <= 3; k++)
				if (t[i + k] < '0' || t[i + k] > '9') return s;
		}
		if (i != dot || memchr(t + dot, ',', len - dot)) return s;
	}
	for (i = 0; i < len; i++)
		if (t[i] != ',') out[o++] = t[i];
	out[o] = '\0';
	return out;
}

const char *
valid_phone_normalise(const char *s, char *out, size_t n)
{
	char t[64], d[64];
	size_t o = 0, groups = 0, first = 0;
	int in = 0;

	if (!s || !fold(s, t, sizeof(t))) return s;
	for (const char *p = t; *p; p++) {
		if (*p >= '0' && *p <= '9') {
			if (!in) { in = 1; groups++; }
			if (o + 1 >= sizeof(d)) return s;
			d[o++] = *p;
			if (groups == 1) first++;
		} else if (*p == ' ' || *p == '-' || *p == '(' || *p == ')') {
			in = 0;
			if (*p == '(' && p != t) return s;
		} else
			return s;
	}
	d[o] = '\0';
	if (o + 2 > n) return s;
	if (d[0] == '1' && o == 11) { memcpy(out, d, o + 1); return out; }         /* a mobile number, however grouped */
	if (d[0] == '0' && groups == 2 && first >= 3 && first <= 4) {                /* 区号 and 号码 */
		snprintf(out, n, "%.*s-%s", (int)first, d, d + first);
		return out;
	}
	if (d[0] == '0' && groups == 1) { memcpy(out, d, o + 1); return out; }
	return s;
}
