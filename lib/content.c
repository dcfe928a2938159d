/*
 * content.c - the text of a submitted version (canonical content): one
 * "key=value" line per field, served-enterprise cell and attachment,
 * sorted, values with \n, \r and \\ escaped.  Parsing it needs nothing but
 * the text (tests/fuzz/fuzz_content.c runs it on anything).
 */
#include <string.h>
#include "content.h"

int
content_lines(const char *text)
{
	int n = 0;
	for (const char *p = text; p && *p; p++) n += *p == '\n';
	return n;
}

int
content_split(char *text, struct kv *out, int cap)
{
	int n = 0;
	for (char *p = text, *nl; p && *p && n < cap; p = nl + 1) {
		nl = strchr(p, '\n');
		if (!nl) break;                 /* an unterminated last line is not a line */
		*nl = '\0';
		char *eq = strchr(p, '=');
		if (!eq) continue;
		*eq = '\0';
		out[n].k = p;
		out[n].v = eq + 1;
		n++;
	}
	return n;
}

void
content_unescape_to(char *dst, const char *src)
{
	for (; *src; src++) {
		if (*src == '\\' && src[1]) {
			src++;
			*dst++ = *src == 'n' ? '\n' : *src == 'r' ? '\r' : *src;
		} else
			*dst++ = *src;
	}
	*dst = '\0';
}
