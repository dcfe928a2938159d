/* libFuzzer harness: Content-Type normalisation. */
#include <stdlib.h>
#include <string.h>
#include "dt.h"

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	char norm[160], boundary[80];
	char *s = malloc(n + 1);
	if (!s) return 0;
	memcpy(s, data, n);
	s[n] = '\0';
	(void)preparse_ctype(s, norm, sizeof(norm), boundary, sizeof(boundary));
	free(s);
	return 0;
}
