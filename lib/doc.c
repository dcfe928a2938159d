/*
 * doc.c - the printed document as blocks, and its browser print: HDF for
 * templates/doc_print.cs and the CSS of its page margins.  See doc.h.
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

/* a CSS string: "..." with \ " and line ends escaped */
static const char *
css_string(struct req *r, const char *s)
{
	STRING o;
	char *out;
	string_init(&o);
	string_append_char(&o, '"');
	for (; s && *s; s++) {
		if (*s == '"' || *s == '\\') string_appendf(&o, "\\%c", *s);
		else if (*s == '\n') string_append(&o, "\\A ");
		else if ((unsigned char)*s < 0x20) string_append(&o, " ");
		else string_append_char(&o, *s);
	}
	string_append_char(&o, '"');
	out = req_strdup(r, o.buf);
	string_clear(&o);
	return out;
}

int
doc_send_css(struct req *r, const struct doc *d)
{
	/* the page counters are print.css's; this adds what differs per document, in the margin of every page,
	 * and each table's column widths as on the PDF (the pages' CSP allows no inline style) */
	const char *css = req_printf(r,
		"@page { @bottom-left { content: %s; } }\n"
		"@page landscape { @bottom-left { content: %s; } }\n",
		css_string(r, d->verify_url ? req_printf(r, "%s\n核验：%s", d->margin, d->verify_url) : d->margin),
		css_string(r, d->verify_url ? req_printf(r, "%s · 核验：%s", d->margin, d->verify_url) : d->margin));
	for (int i = 0; i < d->n; i++) {
		const struct table *t = d->b[i].t;
		double sum = 0;
		int k = 0;
		if (!t) continue;
		/* a wide table's smaller type, as on the PDF (its header row stays short enough to repeat on every page) */
		if (t->font > 0) css = req_printf(r, "%stable.t%d { font-size: %.1fpt; }\n", css, i, t->font);
		for (int c = 0; c < t->ncols; c++) if (table_on_paper(t, c)) sum += table_col_width(t, c);
		for (int c = 0; c < t->ncols; c++)
			if (table_on_paper(t, c))
				css = req_printf(r, "%stable.t%d > colgroup > col:nth-child(%d) { width: %.2f%%; }\n", css, i, ++k,
						 100.0 * table_col_width(t, c) / sum);
	}
	return page_send_bytes(r, "text/css; charset=UTF-8", NULL, css, strlen(css));
}

static int
send(struct req *r, const struct doc *d, const char *fname, const char *ext, const char *ctype,
     int (*render)(struct req *, const struct doc *, char **, size_t *))
{
	char *data;
	size_t len;
	int st = render(r, d, &data, &len);
	if (st) return st;
	return page_send_bytes(r, ctype, download_disposition(r, fname, ext), data, len);
}

int
doc_send_pdf(struct req *r, const struct doc *d, const char *fname)
{
	return send(r, d, fname, "pdf", "application/pdf", doc_pdf);
}

int
doc_send_docx(struct req *r, const struct doc *d, const char *fname)
{
	return send(r, d, fname, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc_docx);
}

int
doc_answer(struct req *r, const struct doc *d, const char *format, const char *fname, int docx_ok)
{
	if (!format || !strcmp(format, "html") || !strcmp(format, "print")) {
		doc_to_hdf(r, d);
		return page_render(r, "doc_print.cs");
	}
	if (!strcmp(format, "css")) return doc_send_css(r, d);
	if (!strcmp(format, "pdf")) return doc_send_pdf(r, d, fname);
	if (!strcmp(format, "docx") && docx_ok) return doc_send_docx(r, d, fname);
	return 404;
}

int
table_answer(struct req *r, const struct table *t, const char *format, const struct table_out *o)
{
	struct doc d;

	if (format && !strcmp(format, "csv")) return table_send_csv(r, t, o->fname);
	if (format && !strcmp(format, "xlsx")) return table_send_xlsx(r, t, o->sheet, o->fname);
	doc_init(r, &d, t->title);
	doc_of_table(r, &d, t);
	d.margin = o->margin;
	d.back_href = o->back;
	d.back_label = o->back_label;
	d.self = o->back;
	d.docx = o->docx;
	return doc_answer(r, &d, format, o->fname, o->docx);
}
