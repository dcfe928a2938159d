/*
 * preparse.c - strict checks on the raw request before ClearSilver parses it.
 *
 * ClearSilver 0.10.5 reads any body whole, spends quadratic time on repeated
 * keys, turns dotted names into nested HDF nodes (and lets a plain field
 * overwrite upload metadata), drops urlencoded bodies whose type carries a
 * charset, and over-reads in rfc2388.c:_is_boundary.  So: the query string
 * and the body are checked here, in bounded time, and multipart bodies are
 * parsed here and never by rfc2388.c.  Every function is a fuzz target.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include "dt.h"

int
field_name_ok(const char *s, size_t n)
{
	if (n == 0 || n > 64) return 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '_')
			return 0;
	}
	return 1;
}

static int
hexval(unsigned char c)
{
	if (c >= '0' && c <= '9') return c - '0';
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	if (c >= 'A' && c <= 'F') return c - 'A' + 10;
	return -1;
}

/*
 * Checks one percent-encoded token in place of decoding it: every escape is
 * well formed and the decoded bytes are valid UTF-8 with no NUL.  Decodes
 * into a small window so that a long value costs linear time and no memory.
 */
static int
token_ok(const char *s, size_t n)
{
	unsigned char win[8];
	size_t w = 0;
	size_t i = 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c == '%') {
			int h, l;
			if (n - i < 3) return 0;
			h = hexval((unsigned char)s[i + 1]);
			l = hexval((unsigned char)s[i + 2]);
			if (h < 0 || l < 0) return 0;
			c = (unsigned char)(h * 16 + l);
			i += 3;
		} else {
			if (c == '+') c = ' ';
			i++;
		}
		if (c == 0) return 0;
		win[w++] = c;
		/* flush complete sequences */
		for (;;) {
			size_t need;
			if (w == 0) break;
			if (win[0] < 0x80) need = 1;
			else if (win[0] >= 0xC2 && win[0] <= 0xDF) need = 2;
			else if (win[0] >= 0xE0 && win[0] <= 0xEF) need = 3;
			else if (win[0] >= 0xF0 && win[0] <= 0xF4) need = 4;
			else return 0;
			if (w < need) {
				for (size_t j = 1; j < w; j++)
					if ((win[j] & 0xC0) != 0x80) return 0;
				break;
			}
			if (!utf8_valid((const char *)win, need)) return 0;
			memmove(win, win + need, w - need);
			w -= need;
		}
	}
	return w == 0;
}

const char *
preparse_urlencoded(const char *s, size_t n, const struct preparse_limits *lim)
{
	size_t fields = 0;
	size_t i = 0;
	/* names seen, as (offset, length) into s; bounded by max_fields */
	size_t off[512], len[512], cnt[512];
	size_t nnames = 0;

	if (n == 0) return NULL;
	/* cheap count first: a flood of keys is refused before any other work */
	for (size_t k = 0; k < n; k++)
		if (s[k] == '&') fields++;
	if (fields + 1 > lim->max_fields) return "too many fields";

	while (i < n) {
		size_t start = i, eq = (size_t)-1, end, nl;
		while (i < n && s[i] != '&') {
			if (s[i] == '=' && eq == (size_t)-1) eq = i;
			i++;
		}
		end = i;
		if (i < n) i++;            /* skip '&' */
		if (end == start) continue; /* "a=1&&b=2" */
		nl = (eq == (size_t)-1 ? end : eq) - start;
		if (!field_name_ok(s + start, nl)) return "bad field name";
		if (eq != (size_t)-1 && !token_ok(s + eq + 1, end - eq - 1))
			return "bad value encoding";
		size_t j;
		for (j = 0; j < nnames; j++)
			if (len[j] == nl && memcmp(s + off[j], s + start, nl) == 0) break;
		if (j == nnames) {
			if (nnames == sizeof(off) / sizeof(off[0])) return "too many distinct fields";
			off[nnames] = start; len[nnames] = nl; cnt[nnames] = 0; nnames++;
		}
		if (++cnt[j] > lim->max_repeat) return "field repeated too often";
	}
	return NULL;
}

static int
ieq_prefix(const char *s, const char *pfx)
{
	return strncasecmp(s, pfx, strlen(pfx)) == 0;
}

/* RFC 2046 bchars, without space (browsers never send one) */
static int
bchar(unsigned char c)
{
	return isalnum(c) || strchr("'()+_,-./:=?", c) != NULL;
}

/*
 * Normalises the request's Content-Type: urlencoded loses its parameters
 * (a "; charset=UTF-8" makes ClearSilver drop every field), multipart keeps
 * only its boundary.  Any charset other than UTF-8 is refused.
 */
const char *
preparse_ctype(const char *ct, char *norm, size_t nlen, char *boundary, size_t blen)
{
	const char *p;

	if (boundary && blen) boundary[0] = '\0';
	if (!ct) return "no content type";
	while (*ct == ' ' || *ct == '\t') ct++;
	if (ieq_prefix(ct, "application/x-www-form-urlencoded")) {
		p = ct + strlen("application/x-www-form-urlencoded");
		snprintf(norm, nlen, "application/x-www-form-urlencoded");
	} else if (ieq_prefix(ct, "multipart/form-data")) {
		p = ct + strlen("multipart/form-data");
	} else
		return "unsupported content type";

	if (*p && *p != ';' && *p != ' ') return "unsupported content type";
	while (*p) {
		const char *k, *v;
		size_t kl, vl;
		while (*p == ';' || *p == ' ' || *p == '\t') p++;
		if (!*p) break;
		k = p;
		while (*p && *p != '=' && *p != ';') p++;
		kl = (size_t)(p - k);
		while (kl && (k[kl - 1] == ' ' || k[kl - 1] == '\t')) kl--;
		if (*p != '=') return "bad content type parameter";
		p++;
		if (*p == '"') {
			v = ++p;
			while (*p && *p != '"') p++;
			if (*p != '"') return "bad content type parameter";
			vl = (size_t)(p - v);
			p++;
		} else {
			v = p;
			while (*p && *p != ';' && *p != ' ' && *p != '\t') p++;
			vl = (size_t)(p - v);
		}
		if (kl == 7 && strncasecmp(k, "charset", 7) == 0) {
			if (!(vl == 5 && strncasecmp(v, "utf-8", 5) == 0) &&
			    !(vl == 4 && strncasecmp(v, "utf8", 4) == 0))
				return "charset is not UTF-8";
		} else if (kl == 8 && strncasecmp(k, "boundary", 8) == 0) {
			if (vl < 1 || vl > 70 || vl + 1 > blen) return "bad boundary";
			for (size_t i = 0; i < vl; i++)
				if (!bchar((unsigned char)v[i])) return "bad boundary";
			memcpy(boundary, v, vl);
			boundary[vl] = '\0';
		} else
			return "unexpected content type parameter";
	}
	if (ieq_prefix(ct, "multipart/form-data")) {
		if (!boundary || !boundary[0]) return "multipart without boundary";
		snprintf(norm, nlen, "multipart/form-data; boundary=%s", boundary);
	}
	return NULL;
}

static const char *
find_mem(const char *h, size_t hn, const char *nd, size_t nn)
{
	return memmem(h, hn, nd, nn);
}

/* Extracts a quoted or plain parameter value from a Content-Disposition. */
static int
disp_param(const char *h, size_t n, const char *key, const char **v, size_t *vl)
{
	size_t kl = strlen(key);
	size_t i = 0;

	*v = NULL; *vl = 0;
	/* skip "form-data" */
	while (i < n && h[i] != ';') i++;
	while (i < n) {
		size_t ks;
		i++; /* ';' */
		while (i < n && (h[i] == ' ' || h[i] == '\t')) i++;
		ks = i;
		while (i < n && h[i] != '=' && h[i] != ';') i++;
		if (i >= n || h[i] != '=') return -1;
		int match = (i - ks == kl && strncasecmp(h + ks, key, kl) == 0);
		i++;
		const char *vs;
		size_t vn;
		if (i < n && h[i] == '"') {
			vs = h + ++i;
			while (i < n && h[i] != '"') i++;
			if (i >= n) return -1;
			vn = (size_t)(h + i - vs);
			i++;
		} else {
			vs = h + i;
			while (i < n && h[i] != ';' && h[i] != ' ') i++;
			vn = (size_t)(h + i - vs);
		}
		if (match) {
			if (*v) return -1;   /* the same parameter twice */
			*v = vs; *vl = vn;
		}
		while (i < n && (h[i] == ' ' || h[i] == '\t')) i++;
		if (i < n && h[i] != ';') return -1;
	}
	return 0;
}

const char *
preparse_multipart(const char *body, size_t n, const char *boundary,
		   const struct preparse_limits *lim,
		   int (*cb)(void *ctx, const struct mpart *p), void *ctx)
{
	char delim[80];
	size_t dl, parts = 0;
	const char *p = body, *end = body + n;
	size_t bl = strlen(boundary);

	if (bl == 0 || bl > 70) return "bad boundary";
	delim[0] = '\r'; delim[1] = '\n'; delim[2] = '-'; delim[3] = '-';
	memcpy(delim + 4, boundary, bl);
	dl = bl + 4;

	/* the body starts with the first delimiter (no preamble) */
	if (n < dl - 2 || memcmp(p, delim + 2, dl - 2) != 0) return "multipart: no opening boundary";
	p += dl - 2;
	for (;;) {
		struct mpart mp;
		int saw_disp = 0, nhdr = 0;

		if (end - p >= 2 && p[0] == '-' && p[1] == '-')
			return parts ? NULL : "multipart: no parts";   /* close delimiter; epilogue ignored */
		if (end - p < 2 || p[0] != '\r' || p[1] != '\n') return "multipart: bad delimiter line";
		p += 2;
		if (++parts > lim->max_parts) return "too many parts";
		memset(&mp, 0, sizeof(mp));
		/* headers */
		for (;;) {
			const char *eol = find_mem(p, (size_t)(end - p), "\r\n", 2);
			size_t hl;
			if (!eol) return "multipart: unterminated header";
			hl = (size_t)(eol - p);
			if (hl == 0) { p = eol + 2; break; }
			if (hl > 1024 || ++nhdr > 8) return "multipart: header too long";
			for (size_t i = 0; i < hl; i++)
				if ((unsigned char)p[i] < 0x20 && p[i] != '\t') return "multipart: control character in header";
			if (hl > 20 && strncasecmp(p, "content-disposition:", 20) == 0) {
				const char *h = p + 20;
				size_t n2 = hl - 20;
				while (n2 && (*h == ' ' || *h == '\t')) { h++; n2--; }
				if (n2 < 9 || strncasecmp(h, "form-data", 9) != 0) return "multipart: not form-data";
				if (saw_disp++) return "multipart: two dispositions";
				if (disp_param(h, n2, "name", &mp.name, &mp.name_len) < 0 || !mp.name)
					return "multipart: no field name";
				if (disp_param(h, n2, "filename", &mp.filename, &mp.filename_len) < 0)
					return "multipart: bad filename";
				mp.has_filename = mp.filename != NULL;
			} else if (hl > 26 && strncasecmp(p, "content-transfer-encoding:", 26) == 0) {
				const char *h = p + 26;
				size_t n2 = hl - 26;
				while (n2 && *h == ' ') { h++; n2--; }
				if (!((n2 == 6 && !strncasecmp(h, "binary", 6)) ||
				      (n2 == 4 && !strncasecmp(h, "7bit", 4)) ||
				      (n2 == 4 && !strncasecmp(h, "8bit", 4))))
					return "multipart: unsupported transfer encoding";
			}
			p = eol + 2;
		}
		if (!saw_disp) return "multipart: part without disposition";
		if (!field_name_ok(mp.name, mp.name_len)) return "bad field name";
		{
			const char *d = find_mem(p, (size_t)(end - p), delim, dl);
			if (!d) return "multipart: unterminated part";
			mp.data = p;
			mp.data_len = (size_t)(d - p);
			p = d + dl;
		}
		if (!mp.has_filename && !utf8_valid(mp.data, mp.data_len)) return "bad value encoding";
		if (!mp.has_filename && memchr(mp.data, 0, mp.data_len)) return "bad value encoding";
		if (mp.has_filename && !utf8_valid(mp.filename, mp.filename_len)) return "bad file name encoding";
		if (cb && cb(ctx, &mp) != 0) return "multipart: refused by handler";
	}
}
