/*
 * list.c - helpers shared by list pages and forms: pagination, the region
 * tree for selects, and the scope condition parameters.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dt.h"

void
pager_set(struct req *r, struct pager *p, long long page, long long total, int per, const char *base)
{
	long long pages = total ? (total + per - 1) / per : 1;

	if (page < 1) page = 1;
	if (page > pages) page = pages;
	p->per = per;
	p->page = page;
	p->offset = (page - 1) * per;
	hseti(r, "Pager.Page", page);
	hseti(r, "Pager.Pages", pages);
	hseti(r, "Pager.Total", total);
	hset(r, "Pager.Base", base);
}

/* Regions.N.{code,name}, Regions.N.Counties.M.{code,name} for one province */
int
regions_to_hdf(struct req *r, const char *province)
{
	struct dbrows *d = db_query(r,
		"SELECT c.code, c.name, k.code, k.name FROM regions c"
		" JOIN regions k ON k.parent_code = c.code AND k.level = 'county'"
		" WHERE c.level = 'city' AND (? IS NULL OR c.province_code = ?) ORDER BY c.sort, k.sort",
		DS(province), DS(province));
	int ci = -1, ki = 0;
	const char *last = "";
	char key[96];

	if (!d) return -1;
	for (int i = 0; i < d->nrows; i++) {
		if (strcmp(dbv(d, i, 0), last) != 0) {
			ci++; ki = 0;
			last = dbv(d, i, 0);
			snprintf(key, sizeof(key), "Regions.%d.code", ci); hset(r, key, dbv(d, i, 0));
			snprintf(key, sizeof(key), "Regions.%d.name", ci); hset(r, key, dbv(d, i, 1));
		}
		snprintf(key, sizeof(key), "Regions.%d.Counties.%d.code", ci, ki); hset(r, key, dbv(d, i, 2));
		snprintf(key, sizeof(key), "Regions.%d.Counties.%d.name", ci, ki); hset(r, key, dbv(d, i, 3));
		ki++;
	}
	return 0;
}

/* 1 when county code lies in the province */
int
region_is_county_of(struct req *r, const char *code, const char *province)
{
	struct dbrows *d = db_query(r,
		"SELECT 1 FROM regions WHERE code = ? AND level = 'county' AND province_code = ?",
		DS(code), DS(province));
	int ok = d && d->nrows == 1;
	return ok;
}

const char *
list_choice(struct req *r, const char *name, const char *const *choices)
{
	const char *v = req_str(r, name);
	for (int i = 0; v && choices[i]; i++)
		if (!strcmp(v, choices[i])) return choices[i];
	return choices[0];
}

/* for LIKE '%...%': escape the pattern characters of user text */
char *
like_escape(struct req *r, const char *s)
{
	char *o = req_alloc(r, strlen(s) * 2), *p = o;
	for (; *s; s++) {
		if (*s == '%' || *s == '_' || *s == '\\') *p++ = '\\';
		*p++ = *s;
	}
	*p = '\0';
	return o;
}

/* query-string value, percent-encoded */
char *
url_arg(struct req *r, const char *s)
{
	char *esc = NULL, *o;
	NEOERR *err = cgi_url_escape(s ? s : "", &esc);
	if (err) { nerr_ignore(&err); return req_strdup(r, ""); }
	o = req_strdup(r, esc);
	free(esc);
	return o;
}

/*
 * A header parameter value in RFC 5987's ext-value form (after UTF-8''):
 * every byte but attr-char percent-encoded, a space as %20 -- not the '+'
 * of form encoding (url_arg), which a browser would keep in the file name.
 */
char *
rfc5987(struct req *r, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = s ? strlen(s) : 0, o = 0;
	char *out = req_alloc(r, 3 * n + 1);

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || strchr("!#$&+-.^_`|~", c))
			out[o++] = (char)c;
		else {
			out[o++] = '%';
			out[o++] = hex[c >> 4];
			out[o++] = hex[c & 15];
		}
	}
	out[o] = '\0';
	return out;
}

/* Scope.Regions.N.{code,name,level}: the cities/counties a reviewer may filter by */
int
scope_regions_to_hdf(struct req *r)
{
	struct dbrows *d = db_query(r,
		"SELECT code, name, level FROM regions WHERE ? IN (code, city_code, province_code)"
		" AND level <> 'province' AND code <> ? ORDER BY sort", DS(scope_code(r)), DS(scope_code(r)));
	static const char *const names[] = { "code", "name", "level", NULL };
	if (!d) return -1;
	db_to_hdf(r, d, "Scope.Regions", names);
	return 0;
}
