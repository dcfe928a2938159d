/*
 * pdf.c - a document (doc.h) as PDF, laid out on the server with Cairo and
 * Pango in the Noto CJK fonts, so the paper is the same on every computer.
 * A4, portrait or landscape per page; every page has the verification
 * margin below the body (QR code, code, full verify URL) and "第 X 页 共 Y
 * 页": the body never reaches it.  Two passes: the first counts the pages,
 * the second draws.  Tables repeat their header rows on every page, keep a
 * short group together, and a merged cell split by a page break (序号,
 * 企业名称) is drawn again on the next page.  Text never leaves its box: what
 * cannot fit is cut with an ellipsis.
 *
 * Pango 1.50 resolves fonts in threads of its own: pages that render PDF
 * run with PAGE_THREADS (sandbox.c lets them start threads, never processes).
 */
#include <malloc.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <qrencode.h>
#include "doc.h"

#define MM (72.0 / 25.4)
#define SERIF "Noto Serif CJK SC"
#define SANS "Noto Sans CJK SC"
#define PAD (1.6 * MM)
#define MAX_PAGES 400

struct pdf {
	struct req *r;
	const struct doc *d;
	cairo_surface_t *s;
	cairo_t *cr;
	PangoContext *pc;
	PangoLayout *lay;
	int draw, page, pages, landscape, started, over;
	double w, h, left, right, top, bottom, y;
	STRING *out;
};

static PangoFontMap *fontmap;        /* one per process: the fonts are loaded once */

static cairo_status_t
sink(void *closure, const unsigned char *data, unsigned int len)
{
	STRING *s = closure;
	if (s && string_appendn(s, (const char *)data, (int)len)) return CAIRO_STATUS_WRITE_ERROR;
	return CAIRO_STATUS_SUCCESS;
}

/* the reusable layout set to a font, a width (pt; <= 0: no wrapping) and an alignment */
static PangoLayout *
lay(struct pdf *p, const char *family, double size, int bold, double width, PangoAlignment align, const char *text)
{
	PangoFontDescription *fd = pango_font_description_new();
	pango_font_description_set_family(fd, family);
	pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
	pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_layout_set_font_description(p->lay, fd);
	pango_font_description_free(fd);
	pango_layout_set_width(p->lay, width > 0 ? (int)(width * PANGO_SCALE) : -1);
	pango_layout_set_height(p->lay, -1);
	pango_layout_set_ellipsize(p->lay, PANGO_ELLIPSIZE_NONE);
	pango_layout_set_wrap(p->lay, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_alignment(p->lay, align);
	pango_layout_set_indent(p->lay, 0);
	pango_layout_set_spacing(p->lay, 0);
	pango_layout_set_line_spacing(p->lay, 0);
	pango_layout_set_text(p->lay, text ? text : "", -1);
	return p->lay;
}

static double
lay_h(PangoLayout *l)
{
	int w, h;
	pango_layout_get_size(l, &w, &h);
	return (double)h / PANGO_SCALE;
}

static void
show(struct pdf *p, double x, double y)
{
	if (!p->draw) return;
	cairo_move_to(p->cr, x, y);
	pango_cairo_show_layout(p->cr, p->lay);
}

static void
qr(struct pdf *p, const char *text, double x, double y, double size)
{
	QRcode *q = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	if (!q) return;
	double m = size / (q->width + 2);
	for (int j = 0; j < q->width; j++)
		for (int i = 0; i < q->width; i++)
			if (q->data[j * q->width + i] & 1) cairo_rectangle(p->cr, x + (i + 1) * m, y + (j + 1) * m, m, m);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	cairo_fill(p->cr);
	QRcode_free(q);
}

/* the margin below the body: QR, code and URL, page numbers */
static void
footer(struct pdf *p)
{
	const struct doc *d = p->d;
	double fy = p->h - 26 * MM, tx = p->left;

	if (!p->draw) return;
	cairo_set_line_width(p->cr, 0.4);
	cairo_set_source_rgb(p->cr, 0.45, 0.45, 0.45);
	cairo_move_to(p->cr, p->left, fy);
	cairo_line_to(p->cr, p->w - p->right, fy);
	cairo_stroke(p->cr);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	if (d->verify_url) {
		qr(p, d->verify_url, p->left, fy + 1.5 * MM, 17 * MM);
		tx += 19 * MM;
	}
	const char *right = req_printf(p->r, "第 %d 页 共 %d 页", p->page, p->pages);
	lay(p, SANS, 9, 0, 0, PANGO_ALIGN_LEFT, right);
	int rw, rh;
	pango_layout_get_size(p->lay, &rw, &rh);
	double rwidth = (double)rw / PANGO_SCALE;
	show(p, p->w - p->right - rwidth, fy + 3 * MM);
	const char *text = d->verify_url ? req_printf(p->r, "%s\n扫码或访问 %s 核验纸质稿与在线申报是否一致", d->margin, d->verify_url)
		: (d->margin ? d->margin : "");
	lay(p, SANS, 8, 0, p->w - p->right - rwidth - 6 * MM - tx, PANGO_ALIGN_LEFT, text);
	show(p, tx, fy + 3 * MM);
}

static void
page_start(struct pdf *p, int landscape)
{
	if (p->started) {
		footer(p);
		if (p->draw) cairo_show_page(p->cr);
	}
	p->started = 1;
	if (++p->page > MAX_PAGES) p->over = 1;
	p->landscape = landscape;
	p->w = landscape ? 841.89 : 595.28;
	p->h = landscape ? 595.28 : 841.89;
	p->left = 20 * MM;
	p->right = 18 * MM;
	p->top = 16 * MM;
	p->bottom = p->h - 30 * MM;          /* the margin's band begins at h - 26 mm */
	p->y = p->top;
	if (p->draw) cairo_pdf_surface_set_size(p->s, p->w, p->h);
}

static double body_w(const struct pdf *p) { return p->w - p->left - p->right; }

static void
need(struct pdf *p, double h)
{
	if (p->y + h > p->bottom && p->y > p->top + 0.1) page_start(p, p->landscape);
}

/* text over as many pages as it needs, line by line */
static void
flow(struct pdf *p, const char *family, double size, int bold, PangoAlignment align, int indent, double spacing,
     const char *text, double x, double width)
{
	PangoLayout *l = lay(p, family, size, bold, width, align, text);
	PangoLayoutIter *it;

	if (indent) pango_layout_set_indent(l, (int)(2 * size * PANGO_SCALE));
	if (spacing > 0) pango_layout_set_line_spacing(l, (float)spacing);
	it = pango_layout_get_iter(l);
	double base = -1;
	do {
		PangoRectangle lr;
		pango_layout_iter_get_line_extents(it, NULL, &lr);
		double ly = (double)lr.y / PANGO_SCALE, lh = (double)lr.height / PANGO_SCALE;
		if (base < 0) base = ly;
		if (p->y + (ly - base) + lh > p->bottom && ly > base) {
			/* the rest on the next page */
			p->y += ly - base;
			page_start(p, p->landscape);
			base = ly;
		}
		if (p->draw) {
			double bl = (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;
			cairo_move_to(p->cr, x + (double)lr.x / PANGO_SCALE, p->y + (bl - base));
			pango_cairo_show_layout_line(p->cr, pango_layout_iter_get_line_readonly(it));
		}
		if (!pango_layout_iter_next_line(it)) {
			p->y += ly - base + lh;
			break;
		}
	} while (1);
	pango_layout_iter_free(it);
}

/* ---- tables ---- */

struct geo {
	int vis[64], nv;
	double x[65];
	double size;
};

static double
span_w(const struct table *t, const struct geo *g, int c, int cols)
{
	double w = 0;
	(void)t;
	for (int i = 0; i < g->nv; i++)
		if (g->vis[i] >= c && g->vis[i] < c + cols) w += g->x[i + 1] - g->x[i];
	return w;
}

static double
col_x(const struct geo *g, int c)
{
	for (int i = 0; i < g->nv; i++)
		if (g->vis[i] >= c) return g->x[i];
	return g->x[g->nv];
}

static PangoAlignment
cell_align(const struct table *t, const struct tcell *x, int c)
{
	if (x->flags & TF_CENTER) return PANGO_ALIGN_CENTER;
	if (x->num) return PANGO_ALIGN_RIGHT;
	(void)t; (void)c;
	return PANGO_ALIGN_LEFT;
}

static const char *
cell_text(struct pdf *p, const struct tcell *x)
{
	return x->flags & TF_BAD ? req_printf(p->r, "%s ⚠", x->text) : x->text;
}

static double
cell_need(struct pdf *p, const struct table *t, const struct geo *g, const struct tcell *x, int c, int head)
{
	double w = span_w(t, g, c, x->cols) - 2 * PAD;
	lay(p, SERIF, g->size, head || (x->flags & (TF_BOLD | TF_PART)), w, cell_align(t, x, c), cell_text(p, x));
	return lay_h(p->lay) + 2 * PAD;
}

/* a cell's box and its text, vertically centred, cut to the box; head 1: a header cell, 2: bold */
static void
cell_draw(struct pdf *p, const struct table *t, const struct geo *g, const struct tcell *x, int c, double y, double h, int head)
{
	double x0 = col_x(g, c), w = span_w(t, g, c, x->cols);
	if (!p->draw || w <= 0) return;
	if (head == 1 || (x->flags & (TF_LEFT | TF_PART))) {
		double shade = head ? 0.92 : (x->flags & TF_PART) ? 0.88 : 0.96;
		cairo_set_source_rgb(p->cr, shade, shade, shade);
		cairo_rectangle(p->cr, x0, y, w, h);
		cairo_fill(p->cr);
	}
	cairo_set_source_rgb(p->cr, 0, 0, 0);
	cairo_set_line_width(p->cr, 0.6);
	cairo_rectangle(p->cr, x0, y, w, h);
	cairo_stroke(p->cr);
	PangoLayout *l = lay(p, SERIF, g->size, head || (x->flags & (TF_BOLD | TF_PART)), w - 2 * PAD,
			     head == 1 ? PANGO_ALIGN_CENTER : cell_align(t, x, c), cell_text(p, x));
	double th = lay_h(l);
	if (th > h - 2 * PAD + 0.5) {          /* beyond rounding: cut with an ellipsis */
		pango_layout_set_height(l, (int)((h - 2 * PAD) * PANGO_SCALE));
		pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
		th = lay_h(l);
	}
	if (x->flags & TF_BAD) cairo_set_source_rgb(p->cr, 0.7, 0.1, 0.1);
	show(p, x0 + PAD, y + (h - th) / 2);
	cairo_set_source_rgb(p->cr, 0, 0, 0);
}

/* the heights of a grid of rows: each row fits its single-row cells; a merged cell grows its last row */
static void
heights(struct pdf *p, const struct table *t, const struct geo *g, struct tcell *const *rows, int n, double *h, int head)
{
	double min = g->size * 1.4 + 2 * PAD;
	for (int y = 0; y < n; y++) {
		h[y] = min;
		for (int c = 0; c < t->ncols; c++) {
			const struct tcell *x = &rows[y][c];
			if ((x->flags & TF_COVERED) || x->rows > 1 || !span_w(t, g, c, x->cols)) continue;
			double need = cell_need(p, t, g, x, c, head);
			if (need > h[y]) h[y] = need;
		}
	}
	for (int y = 0; y < n; y++)
		for (int c = 0; c < t->ncols; c++) {
			const struct tcell *x = &rows[y][c];
			if ((x->flags & TF_COVERED) || x->rows <= 1 || !span_w(t, g, c, x->cols)) continue;
			int last = y + x->rows - 1 < n ? y + x->rows - 1 : n - 1;
			double sum = 0, need = cell_need(p, t, g, x, c, head);
			for (int k = y; k <= last; k++) sum += h[k];
			if (need > sum) h[last] += need - sum;
		}
	/* a row taller than a page is cut to the page (its text ellipsised) */
	for (int y = 0; y < n; y++)
		if (h[y] > (p->bottom - p->top) * 0.8) h[y] = (p->bottom - p->top) * 0.8;
}

static void
draw_head(struct pdf *p, const struct table *t, const struct geo *g, struct tcell *const *hr, int nh, const double *hh)
{
	double y = p->y;
	for (int k = 0; k < nh; k++) {
		for (int c = 0; c < t->ncols; c++) {
			const struct tcell *x = &hr[k][c];
			if (x->flags & TF_COVERED) continue;
			double hgt = 0;
			for (int j = k; j < k + x->rows && j < nh; j++) hgt += hh[j];
			cell_draw(p, t, g, x, c, y, hgt, 1);
		}
		y += hh[k];
	}
	p->y = y;
}

struct open_span { const struct tcell *x; int last; double top; };

static void
close_span(struct pdf *p, const struct table *t, const struct geo *g, struct open_span *s, int c, double bottom)
{
	if (!s->x) return;
	if (bottom > s->top) cell_draw(p, t, g, s->x, c, s->top, bottom - s->top, 0);
}

static void
table(struct pdf *p, const struct table *t)
{
	struct geo g;
	double total = 0;
	int nh = t->nohead ? 0 : t->nhead ? t->nhead : 1;
	struct tcell **hr = req_alloc(p->r, sizeof(*hr) * (size_t)(nh + 1)), *flat = NULL;
	struct tcell **br = req_alloc(p->r, sizeof(*br) * (size_t)(t->nrows + 1));
	double *hh = req_alloc(p->r, sizeof(double) * (size_t)(nh + 1)), *bh = malloc(sizeof(double) * (size_t)(t->nrows + 1));
	struct open_span *open = calloc((size_t)t->ncols, sizeof(*open));

	if (!bh || !open) abort();
	memset(&g, 0, sizeof(g));
	g.size = t->font > 0 ? t->font : 10;
	for (int c = 0; c < t->ncols && g.nv < 64; c++)
		if (table_on_paper(t, c)) { g.vis[g.nv++] = c; total += table_col_width(t, c); }
	g.x[0] = p->left;
	for (int i = 0; i < g.nv; i++)
		g.x[i + 1] = g.x[i] + body_w(p) * table_col_width(t, g.vis[i]) / total;
	if (t->nhead) for (int k = 0; k < nh; k++) hr[k] = &t->head[k * t->ncols];
	else if (nh) {
		flat = calloc((size_t)t->ncols, sizeof(*flat));
		if (!flat) abort();
		for (int c = 0; c < t->ncols; c++) { flat[c].text = t->col[c].head; flat[c].cols = flat[c].rows = 1; }
		hr[0] = flat;
	}
	for (int y = 0; y < t->nrows; y++) br[y] = t->rows[y].c;
	heights(p, t, &g, hr, nh, hh, 1);
	heights(p, t, &g, br, t->nrows, bh, 0);
	double head_h = 0;
	for (int k = 0; k < nh; k++) head_h += hh[k];
	need(p, head_h + (t->nrows ? bh[0] : 0));
	draw_head(p, t, &g, hr, nh, hh);
	for (int y = 0; y < t->nrows; y++) {
		const struct trow *row = &t->rows[y];
		double gh = 0;
		/* a group that fits in half a page starts on a page with room for all of it */
		if (row->group >= 0 && row->kind == TR_BODY && (y == 0 || t->rows[y - 1].group != row->group)) {
			for (int k = y; k < t->nrows && t->rows[k].group == row->group; k++) gh += bh[k];
			if (gh > (p->bottom - p->top) / 2) gh = 0;
		}
		if (p->over) break;
		if (p->y + (gh > bh[y] ? gh : bh[y]) > p->bottom) {
			for (int c = 0; c < t->ncols; c++) close_span(p, t, &g, &open[c], c, p->y);
			page_start(p, p->landscape);
			draw_head(p, t, &g, hr, nh, hh);
			/* what a merged cell says is said again on the new page */
			for (int c = 0; c < t->ncols; c++) if (open[c].x) open[c].top = p->y;
		}
		for (int c = 0; c < t->ncols; c++) {
			const struct tcell *x = &row->c[c];
			if (x->flags & TF_COVERED) continue;
			if (x->rows > 1) { open[c] = (struct open_span){ x, y + x->rows - 1, p->y }; continue; }
			cell_draw(p, t, &g, x, c, p->y, bh[y], row->kind == TR_TOTAL ? 2 : 0);     /* 2: bold */
		}
		p->y += bh[y];
		for (int c = 0; c < t->ncols; c++)
			if (open[c].x && open[c].last == y) { close_span(p, t, &g, &open[c], c, p->y); open[c].x = NULL; }
	}
	if (!t->nrows && t->empty) flow(p, SERIF, 11, 0, PANGO_ALIGN_CENTER, 0, 0, t->empty, p->left, body_w(p));
	free(open);
	free(bh);
	free(flat);
}

/* a table's own lines: number, title, header lines; and after it the notes and signatures */
static void
table_block(struct pdf *p, const struct table *t)
{
	if (t->docno) { flow(p, SANS, 12, 0, PANGO_ALIGN_LEFT, 0, 0, t->docno, p->left, body_w(p)); p->y += 2 * MM; }
	if (t->title) { flow(p, SERIF, 16, 1, PANGO_ALIGN_CENTER, 0, 0, t->title, p->left, body_w(p)); p->y += 3 * MM; }
	for (int i = 0; i < t->nlines; i++) {
		need(p, 11 * 1.6);
		double y0 = p->y;
		if (t->lines[i].right && *t->lines[i].right) {
			lay(p, SERIF, 11, 0, body_w(p), PANGO_ALIGN_RIGHT, t->lines[i].right);
			show(p, p->left, p->y);
		}
		flow(p, SERIF, 11, 0, PANGO_ALIGN_LEFT, 0, 0, t->lines[i].left ? t->lines[i].left : "", p->left, body_w(p) * 0.8);
		if (p->y < y0 + 11 * 1.5) p->y = y0 + 11 * 1.5;
		p->y += 1 * MM;
	}
	table(p, t);
	p->y += 3 * MM;
	for (int i = 0; i < t->nnotes; i++) { flow(p, SERIF, 10, 0, PANGO_ALIGN_LEFT, 0, 0, t->notes[i], p->left, body_w(p)); p->y += 2 * MM; }
	for (int i = 0; i < t->nsigns; i++) { flow(p, SERIF, 11, 0, PANGO_ALIGN_LEFT, 0, 0, t->signs[i], p->left, body_w(p)); p->y += 2 * MM; }
}

/* a line to fill: label, the value over a rule, and what follows it (（盖章）) */
static void
field(struct pdf *p, const struct dblk *b, double size, double x0, double width)
{
	int lw, lh, sw = 0, sh;
	double line_h = size * 1.9;

	need(p, line_h);
	lay(p, SERIF, size, 0, -1, PANGO_ALIGN_LEFT, b->a);
	pango_layout_get_size(p->lay, &lw, &lh);
	double lwid = (double)lw / PANGO_SCALE, labw = lwid > size * 7 ? lwid : size * 7;
	show(p, x0, p->y + line_h - lh / (double)PANGO_SCALE - 2);
	if (b->c) {
		lay(p, SERIF, size, 0, -1, PANGO_ALIGN_LEFT, b->c);
		pango_layout_get_size(p->lay, &sw, &sh);
		show(p, x0 + width - (double)sw / PANGO_SCALE, p->y + line_h - sh / (double)PANGO_SCALE - 2);
	}
	double vx = x0 + labw + size * 0.5, vw = width - labw - size * 0.5 - (double)sw / PANGO_SCALE - size * 0.5;
	lay(p, SERIF, size, 0, vw, PANGO_ALIGN_LEFT, b->b ? b->b : "");
	pango_layout_set_height(p->lay, -1);
	pango_layout_set_ellipsize(p->lay, PANGO_ELLIPSIZE_END);
	pango_layout_set_width(p->lay, (int)(vw * PANGO_SCALE));
	pango_layout_set_height(p->lay, (int)(size * 1.5 * PANGO_SCALE));
	show(p, vx + 2, p->y + line_h - lay_h(p->lay) - 2);
	if (p->draw) {
		cairo_set_line_width(p->cr, 0.6);
		cairo_move_to(p->cr, vx, p->y + line_h);
		cairo_line_to(p->cr, vx + vw, p->y + line_h);
		cairo_stroke(p->cr);
	}
	p->y += line_h + size * 0.6;
}

static void
blocks(struct pdf *p)
{
	const struct doc *d = p->d;
	page_start(p, d->landscape);
	for (int i = 0; i < d->n && !p->over; i++) {
		const struct dblk *b = &d->b[i];
		double bw = body_w(p);
		switch (b->k) {
		case D_PAGE:
			if (i == 0) { p->started = 0; p->page = 0; page_start(p, b->landscape); }
			else page_start(p, b->landscape);
			break;
		case D_DOCNO: flow(p, SANS, 12, 0, PANGO_ALIGN_LEFT, 0, 0, b->a, p->left, bw); p->y += 2 * MM; break;
		case D_TITLE:
			flow(p, SERIF, 22, 1, PANGO_ALIGN_CENTER, 0, 1.4, b->b ? req_printf(p->r, "%s\n%s", b->a, b->b) : b->a, p->left, bw);
			p->y += 6 * MM;
			break;
		case D_H1: need(p, 30); p->y += 2 * MM; flow(p, SERIF, 16, 1, PANGO_ALIGN_CENTER, 0, 0, b->a, p->left, bw); p->y += 4 * MM; break;
		case D_H2: need(p, 40); p->y += 2 * MM; flow(p, SERIF, 13, 1, PANGO_ALIGN_LEFT, 0, 0, b->a, p->left, bw); p->y += 1.5 * MM; break;
		case D_H3: need(p, 36); p->y += 1 * MM; flow(p, SERIF, 12, 1, PANGO_ALIGN_LEFT, 0, 0, b->a, p->left, bw); p->y += 1 * MM; break;
		case D_PARA: flow(p, SERIF, 12, 0, PANGO_ALIGN_LEFT, 1, 1.45, b->a, p->left, bw); p->y += 2 * MM; break;
		case D_TEXT: {
			need(p, 20);
			double y0 = p->y;
			if (b->b) { lay(p, SERIF, 12, 0, bw, PANGO_ALIGN_RIGHT, b->b); show(p, p->left, p->y); }
			flow(p, SERIF, 12, 0, PANGO_ALIGN_LEFT, 0, 1.3, b->a, p->left, b->b ? bw * 0.7 : bw);
			if (p->y < y0 + 18) p->y = y0 + 18;
			p->y += 1 * MM;
			break;
		}
		case D_FIELD: field(p, b, 14, p->left + 8 * MM, bw - 16 * MM); break;
		case D_SIGN: {
			struct dblk s = *b;
			s.c = NULL;
			if (!s.b) s.b = "";
			field(p, &s, 12, p->left + bw * 0.45, bw * 0.55);
			break;
		}
		case D_NOTE: flow(p, SERIF, 10, 0, PANGO_ALIGN_LEFT, 0, 1.3, b->a, p->left, bw); p->y += 2 * MM; break;
		case D_SPACE: if (p->y + b->mm * MM < p->bottom) p->y += b->mm * MM; break;
		case D_TABLE: table_block(p, b->t); break;
		}
	}
	footer(p);
	if (p->draw) cairo_show_page(p->cr);
}

static int
render(struct pdf *p, STRING *out)
{
	p->s = cairo_pdf_surface_create_for_stream(sink, out, 595.28, 841.89);
	if (cairo_surface_status(p->s) != CAIRO_STATUS_SUCCESS) { cairo_surface_destroy(p->s); return -1; }
	if (p->d->title) cairo_pdf_surface_set_metadata(p->s, CAIRO_PDF_METADATA_TITLE, p->d->title);
	cairo_pdf_surface_set_metadata(p->s, CAIRO_PDF_METADATA_CREATOR, "dtpilot");
	p->cr = cairo_create(p->s);
	p->pc = pango_font_map_create_context(fontmap);
	pango_cairo_update_context(p->cr, p->pc);
	p->lay = pango_layout_new(p->pc);
	p->page = 0;
	p->started = 0;
	blocks(p);
	g_object_unref(p->lay);
	g_object_unref(p->pc);
	cairo_destroy(p->cr);
	cairo_surface_finish(p->s);
	int bad = cairo_surface_status(p->s) != CAIRO_STATUS_SUCCESS;
	cairo_surface_destroy(p->s);
	return bad ? -1 : 0;
}

int
doc_pdf(struct req *r, const struct doc *d, char **data, size_t *len)
{
	struct pdf p;
	STRING out;

	if (!fontmap) {
		/* Pango's font look-up threads share the one heap: no arena per thread that a FastCGI
		 * process would keep growing into */
		mallopt(M_ARENA_MAX, 1);
		fontmap = pango_cairo_font_map_new();
		pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(fontmap), 72.0);
	}
	memset(&p, 0, sizeof(p));
	p.r = r;
	p.d = d;
	/* the first pass counts the pages; the second draws them */
	if (render(&p, NULL)) { LOG(r, "pdf: layout failed"); return 500; }
	if (p.over) { LOG(r, "pdf: %d pages, over %d", p.page, MAX_PAGES); return 413; }
	p.pages = p.page;
	p.draw = 1;
	string_init(&out);
	if (render(&p, &out)) { string_clear(&out); LOG(r, "pdf: cairo failed"); return 500; }
	*len = (size_t)out.len;
	*data = req_alloc(r, *len);
	memcpy(*data, out.buf, *len);
	string_clear(&out);
	malloc_trim(0);         /* a long-lived process gives the document's pages back (fonts stay loaded) */
	return 0;
}
