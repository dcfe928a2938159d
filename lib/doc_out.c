/*
 * doc_out.c - a document sent: the browser print (doc_print.cs and the CSS of
 * its margins), the PDF and Word files, and a table answered in the format asked
 * for.  Apart from doc.c (the blocks a programme's print_doc builds) so that only
 * the pages that answer with a document link Cairo, Pango and libzip: every page
 * links the programme registry, and with it every print_doc.  See doc.h.
 */
#include <string.h>
#include "doc.h"
#include "summary.h"

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
