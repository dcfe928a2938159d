/*
 * preparse.h - request pre-parsing before ClearSilver sees anything (lib/preparse.c)
 */
#ifndef DT_PREPARSE_H
#define DT_PREPARSE_H
#include "base.h"

/* ---- request pre-parsing (lib/preparse.c): before ClearSilver sees anything --------------- */
struct preparse_limits {
	size_t max_fields;        /* fields in a query string or urlencoded body */
	size_t max_parts;         /* multipart parts */
	size_t max_name;          /* field name length */
	size_t max_repeat;        /* times one name may repeat */
};
/* Each returns NULL when acceptable, else a short English reason for the log. */
const char *preparse_urlencoded(const char *s, size_t n, const struct preparse_limits *lim);
const char *preparse_ctype(const char *ctype, char *norm, size_t nlen,
			   char *boundary, size_t blen);
struct mpart {
	const char *name; size_t name_len;
	const char *filename; size_t filename_len;  /* NULL when not a file */
	int has_filename;
	const char *data; size_t data_len;
};
/* Parses a whole multipart body strictly; calls cb for each part. */
const char *preparse_multipart(const char *body, size_t n, const char *boundary,
			       const struct preparse_limits *lim,
			       int (*cb)(void *ctx, const struct mpart *p), void *ctx);
int field_name_ok(const char *s, size_t n);

#endif
