/* libFuzzer harness: the multipart/form-data parser (which replaces rfc2388.c). */
#include <stdlib.h>
#include <string.h>
#include "dt.h"

static int
each(void *ctx, const struct mpart *p)
{
	/* touch every byte the parser hands out */
	size_t *sum = ctx;
	for (size_t i = 0; i < p->name_len; i++) *sum += (unsigned char)p->name[i];
	for (size_t i = 0; i < p->data_len; i++) *sum += (unsigned char)p->data[i];
	for (size_t i = 0; p->filename && i < p->filename_len; i++) *sum += (unsigned char)p->filename[i];
	return 0;
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	static const struct preparse_limits lim = { 1000, 200, 64, 300 };
	size_t sum = 0;
	/* an exact-size copy: any read past the end is caught by ASan */
	char *s = malloc(n ? n : 1);
	if (!s) return 0;
	memcpy(s, data, n);
	(void)preparse_multipart(s, n, "XB", &lim, each, &sum);
	free(s);
	return 0;
}
