/*
 * doc.h - a printed document as data: the blocks of the attachment's pages
 * (its number, titles, paragraphs, the cover's lines to fill, tables, the
 * lines where people sign and stamp, page breaks with the page's
 * orientation) and the verification margin every page carries (the code,
 * the full verify URL, "第 X 页 共 Y 页").  One document renders three ways:
 *   doc_to_hdf   the browser print (templates/doc_print.cs)
 *   doc_pdf      PDF on the server: Cairo + Pango, Noto CJK (lib/pdf.c)
 *   doc_docx     Word (WordprocessingML in a zip written by libzip, lib/docx.c)
 * so the three cannot disagree.  Tables are struct table (table.h).
 */
#ifndef DT_DOC_H
#define DT_DOC_H
#include "table.h"

enum dkind {
	D_DOCNO,     /* 附件2 (top left) */
	D_TITLE,     /* the document's title, centred, large (a: text; b: a second line) */
	D_H1,        /* a centred heading: 承 诺 书 */
	D_H2,        /* 一、平台主要服务功能介绍 */
	D_H3,        /* 1.为某一细分领域提供…… */
	D_PARA,      /* body text, first line indented two characters; line breaks kept */
	D_TEXT,      /* a line of text, no indent (a), with right-aligned text (b) */
	D_FIELD,     /* a cover line: label (a), the filled value on a line (b), after it (c: （盖章）) */
	D_SIGN,      /* a signature line in the right half: label (a), value (b) or a blank line to sign */
	D_NOTE,      /* small print: 注：…… */
	D_TABLE,     /* t */
	D_SPACE,     /* vertical space, mm */
	D_PAGE,      /* a new page; landscape for it and what follows until the next */
};

struct dblk {
	enum dkind k;
	const char *a, *b, *c;
	const struct table *t;
	double mm;
	int landscape;
};

struct doc {
	struct req *r;
	struct dblk *b;
	int n, cap;
	const char *title;          /* <title>, PDF metadata, the file name's base */
	int landscape;              /* the first page */
	/* the margin of every page */
	const char *code;           /* the verification code (16 characters), NULL for a draft or a table */
	const char *code_pretty;    /* XXXX-XXXX-XXXX-XXXX */
	const char *verify_url;     /* Site.Origin + /cgi-bin/verify.cgi?code= */
	const char *margin;         /* the left margin text: "验证码 … · 第 1 版 · 提交于 …" or "草稿（未提交）" */
	/* the browser print's toolbar */
	const char *back_href, *back_label;
	const char *self;           /* this page with its query, without format= (for the PDF and Word links) */
	int docx;                   /* offered as Word too */
	const char *warn;           /* 草稿，尚未提交… */
};

void doc_init(struct req *r, struct doc *d, const char *title);
struct dblk *doc_add(struct doc *d, enum dkind k, const char *a, const char *b);
void doc_page(struct doc *d, int landscape);
void doc_table(struct doc *d, const struct table *t);
/* a table of the document's own, at this point (the request's): table_init it, then fill it */
struct table *doc_table_new(struct doc *d);
/* a form as its attachment prints it (附件1, 附件6): the 附件 number, the title, and a table of four columns without a
 * header for its label/value pairs, two a row */
struct table *doc_form_table(struct req *r, struct doc *d, const char *docno, const char *title);
/* the verification margin from Print.* (print_content) and Site.Origin */
void doc_margin_from_print(struct req *r, struct doc *d);
/* a table with its title lines, notes and signature lines as a document of its own */
void doc_of_table(struct req *r, struct doc *d, const struct table *t);

/* Doc.* for templates/doc_print.cs: Doc.pages.N.{landscape, blocks.M.{k, a, b, c, t.*}} */
void doc_to_hdf(struct req *r, const struct doc *d);
/* CSS for the page margins of this document (the code and URL beside "第 X 页 共 Y 页") */
int doc_send_css(struct req *r, const struct doc *d);
/* the formats, sent as attachments named <fname>_<date>.pdf / .docx; 0 ok or a status */
int doc_send_pdf(struct req *r, const struct doc *d, const char *fname);
int doc_send_docx(struct req *r, const struct doc *d, const char *fname);
/* into the request arena (tests and tools) */
int doc_pdf(struct req *r, const struct doc *d, char **data, size_t *len);
int doc_docx(struct req *r, const struct doc *d, char **data, size_t *len);

/* a page's answer in the format it was asked for: html (the template), css, pdf, docx;
 * 0 ok, else a status (404 for a format the page does not offer) */
int doc_answer(struct req *r, const struct doc *d, const char *format, const char *fname, int docx_ok);

/* one table in the format asked for: csv, xlsx, or a document of its own (print, css, pdf; docx when
 * offered), with the print's toolbar going back to back (the page without format=) */
struct table_out {
	const char *fname;          /* the file name's base: 批次_地区_汇总表 */
	const char *sheet;          /* the Excel sheet's name */
	const char *margin;         /* what the margin of every page says beside the page numbers */
	const char *back, *back_label;
	int docx;
};
int table_answer(struct req *r, const struct table *t, const char *format, const struct table_out *o);

#endif
