/* libFuzzer harness: the query-string / urlencoded-body pre-parser. */
#include <stdlib.h>
#include <string.h>
#include "dt.h"

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	static const struct preparse_limits lim = { 1000, 200, 64, 300 };
	char *s = malloc(n + 1);
	if (!s) return 0;
	memcpy(s, data, n);
	s[n] = '\0';
	(void)preparse_urlencoded(s, n, &lim);
	free(s);
	return 0;
}
