/*
 * doc.c - the printed document as blocks (what a programme's print_doc
 * builds) and their HDF for templates/doc_print.cs.  Sending it (print, CSS,
 * PDF, Word) is doc_out.c's.  See doc.h.
 */
#include <stdlib.h>
#include <string.h>
#include "doc.h"
#include "summary.h"

void
doc_init(struct req *r, struct doc *d, const char *title)
{
	memset(d, 0, sizeof(*d));
	d->r = r;
	d->title = title;
}

struct dblk *
doc_add(struct doc *d, enum dkind k, const char *a, const char *b)
{
	d->b = req_grow(d->r, d->b, d->n, &d->cap, sizeof(*d->b));
	struct dblk *x = &d->b[d->n++];
	memset(x, 0, sizeof(*x));
	x->k = k;
	x->a = a;
	x->b = b;
	return x;
}

void
doc_page(struct doc *d, int landscape)
{
	doc_add(d, D_PAGE, NULL, NULL)->landscape = landscape;
}

void
doc_table(struct doc *d, const struct table *t)
{
	doc_add(d, D_TABLE, NULL, NULL)->t = t;
}

struct table *
doc_table_new(struct doc *d)
{
	struct table *t = req_alloc(d->r, sizeof(*t));
	doc_add(d, D_TABLE, NULL, NULL)->t = t;
	return t;
}

struct table *
doc_form_table(struct req *r, struct doc *d, const char *docno, const char *title)
{
	static const struct tcol cols[4] = {
		{ "", NULL, TC_TEXT, 0, 9 }, { "", NULL, TC_TEXT, 0, 17 }, { "", NULL, TC_TEXT, 0, 9 }, { "", NULL, TC_TEXT, 0, 13 },
	};
	struct table *t;

	doc_add(d, D_DOCNO, docno, NULL);
	doc_add(d, D_TITLE, title, NULL);
	t = doc_table_new(d);
	table_init(r, t, cols, 4);
	t->nohead = 1;
	return t;
}

void
doc_margin_from_print(struct req *r, struct doc *d)
{
	const char *code = hdf_get_value(r->hdf, "Print.code", NULL);

	if (code && *code) {
		d->code = code;
		d->code_pretty = hdf_get_value(r->hdf, "Print.code_pretty", code);
		d->verify_url = req_printf(r, "%s/cgi-bin/verify.cgi?code=%s", public_origin(r), code);
		d->margin = req_printf(r, "验证码 %s · 第 %s 版 · 提交于 %s", d->code_pretty,
				       hdf_get_value(r->hdf, "Print.version", ""), hdf_get_value(r->hdf, "Print.submitted_at", ""));
	} else {
		d->margin = "草稿（未提交）：无验证码，不能作为报送材料";
		d->warn = "草稿，尚未提交：打印稿无验证码，不能作为报送材料。";
	}
	if (!strcmp(hdf_get_value(r->hdf, "Print.withdrawn", "0"), "1")) d->warn = "此版本已撤回。";
}

void
doc_of_table(struct req *r, struct doc *d, const struct table *t)
{
	(void)r;
	d->landscape = t->landscape;
	doc_table(d, t);
}

/* ---- the browser print ---- */

static int
paper_ncols(const struct table *t)
{
	int n = 0;
	for (int c = 0; c < t->ncols; c++) n += table_on_paper(t, c);
	return n;
}

void
doc_to_hdf(struct req *r, const struct doc *d)
{
	int page = 0, k = 0;

	hset(r, "Doc.title", d->title);
	if (d->code) {
		hset(r, "Doc.code", d->code);
		hset(r, "Doc.code_pretty", d->code_pretty);
		hset(r, "Doc.verify_url", d->verify_url);
	}
	hset(r, "Doc.margin", d->margin ? d->margin : "");
	if (d->back_href) { hset(r, "Doc.back_href", d->back_href); hset(r, "Doc.back_label", d->back_label); }
	if (d->self) hset(r, "Doc.self", d->self);
	if (d->warn) hset(r, "Doc.warn", d->warn);
	hseti(r, "Doc.docx", d->docx);
	hseti(r, "Doc.pages.0.landscape", d->landscape);
	for (int i = 0; i < d->n; i++) {
		const struct dblk *b = &d->b[i];
		if (b->k == D_PAGE) {
			if (k || page) page++;       /* a break before anything is the first page's orientation */
			k = 0;
			hseti(r, req_printf(r, "Doc.pages.%d.landscape", page), b->landscape);
			continue;
		}
		const char *p = req_printf(r, "Doc.pages.%d.blocks.%d", page, k++);
		static const char *const kinds[] = { "docno", "title", "h1", "h2", "h3", "para", "text", "field", "sign", "note",
						     "table", "space", "page" };
		hset(r, req_printf(r, "%s.k", p), kinds[b->k]);
		if (b->a) hset(r, req_printf(r, "%s.a", p), b->a);
		if (b->b) hset(r, req_printf(r, "%s.b", p), b->b);
		if (b->c) hset(r, req_printf(r, "%s.c", p), b->c);
		if (b->k == D_SPACE) hseti(r, req_printf(r, "%s.mm", p), (long long)b->mm);
		/* a run of signature lines is one block on paper: never split by a page break */
		if (b->k == D_SIGN && (i == 0 || d->b[i - 1].k != D_SIGN)) hseti(r, req_printf(r, "%s.open", p), 1);
		if (b->k == D_SIGN && (i + 1 == d->n || d->b[i + 1].k != D_SIGN)) hseti(r, req_printf(r, "%s.close", p), 1);
		if (b->t) {
			table_to_hdf(r, b->t, req_printf(r, "%s.t", p), 1);
			hset(r, req_printf(r, "%s.t.key", p), req_printf(r, "t%d", i));      /* its column widths: doc_send_css */
			hseti(r, req_printf(r, "%s.t.npaper", p), paper_ncols(b->t));
		}
	}
}
