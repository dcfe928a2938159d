/* libFuzzer harness: the canonical content's parser (lib/content.c), as the
 * print views and the version diff read a stored version. */
#include <stdlib.h>
#include <string.h>
#include "content.h"

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t n)
{
	char *s = malloc(n + 1);
	struct kv *kv;
	int cap, k;

	if (!s) return 0;
	memcpy(s, data, n);
	s[n] = '\0';
	cap = content_lines(s);
	kv = malloc(sizeof(*kv) * (size_t)(cap + 1));
	if (!kv) { free(s); return 0; }
	k = content_split(s, kv, cap);
	if (k < 0 || k > cap) abort();
	for (int i = 0; i < k; i++) {
		char *v = malloc(strlen(kv[i].v) + 1);
		if (!v) break;
		if (strchr(kv[i].k, '=') || strchr(kv[i].k, '\n') || strchr(kv[i].v, '\n')) abort();
		content_unescape_to(v, kv[i].v);
		if (strlen(v) > strlen(kv[i].v)) abort();     /* unescaping never grows a value */
		free(v);
	}
	free(kv);
	free(s);
	return 0;
}
