/*
 * list.h - list pages, regions, QR codes (lib/list.c, lib/qr.c)
 */
#ifndef DT_LIST_H
#define DT_LIST_H
#include "base.h"

/* ---- lists (lib/list.c) ------------------------------------------------------------------------ */
struct pager { long long page, offset; int per; };
/* page (clamped to 1..pages) of total rows, per a page: the offset, and Pager.* in HDF; base ends with ? or & */
void pager_set(struct req *r, struct pager *p, long long page, long long total, int per, const char *base);
/* what a list page was asked for when it is one of the choices, else the first (the default) */
const char *list_choice(struct req *r, const char *name, const char *const *choices);
/* the inputs every list page shares: its search box in the page's words, the sort key and the page */
#define LIST_SEARCH(label) { "q", label, VT_SEARCH, 0, 0, 100 }
#define LIST_SORT_PAGE { "sort", "排序", VT_KEY, 0, 0, 16 }, { "page", "页码", VT_INT, 0, 1, 100000 }
int regions_to_hdf(struct req *r, const char *province);
int region_is_county_of(struct req *r, const char *code, const char *province);
char *like_escape(struct req *r, const char *s);
char *url_arg(struct req *r, const char *s);
char *rfc5987(struct req *r, const char *s);   /* filename*=UTF-8''<this> */
int scope_regions_to_hdf(struct req *r);

/* ---- QR codes (lib/qr.c) ---- */
char *qr_svg(struct req *r, const char *text);
const char *public_origin(struct req *r);

#endif
