/*
 * table.c - the table every export renders: building it (rows, groups,
 * subtotals, the total), and the screen/print HDF, CSV and XLSX formats.
 * PDF and Word go through doc.c.  See table.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include "table.h"
#include "summary.h"

void
table_init(struct req *r, struct table *t, const struct tcol *cols, int ncols)
{
	memset(t, 0, sizeof(*t));
	t->r = r;
	t->col = cols;
	t->ncols = ncols;
	t->gfirst = -1;
}

static void
cells_init(struct tcell *c, int n)
{
	memset(c, 0, sizeof(*c) * (size_t)n);
	for (int i = 0; i < n; i++) { c[i].text = ""; c[i].cols = c[i].rows = 1; }
}

void
table_head_rows(struct table *t, int n)
{
	t->head = req_alloc(t->r, sizeof(*t->head) * (size_t)(n * t->ncols));
	cells_init(t->head, n * t->ncols);
	t->nhead = n;
}

void
table_head_cell(struct table *t, int row, int col, int rows, int cols, const char *text)
{
	struct tcell *c = &t->head[row * t->ncols + col];
	c->text = text;
	c->rows = (unsigned short)rows;
	c->cols = (unsigned short)cols;
	for (int y = row; y < row + rows; y++)
		for (int x = col; x < col + cols; x++)
			if (y != row || x != col) {
				t->head[y * t->ncols + x].flags |= TF_COVERED;
				t->head[y * t->ncols + x].text = text;
			}
}

void table_line(struct table *t, const char *l, const char *r) { if (t->nlines < 4) t->lines[t->nlines++] = (struct tline){ l, r }; }
void table_note(struct table *t, const char *s) { if (t->nnotes < 4) t->notes[t->nnotes++] = s; }
void table_sign(struct table *t, const char *s) { if (t->nsigns < 4) t->signs[t->nsigns++] = s; }

int
table_row(struct table *t)
{
	t->rows = req_grow(t->r, t->rows, t->nrows, &t->caprows, sizeof(*t->rows));
	struct trow *w = &t->rows[t->nrows];
	memset(w, 0, sizeof(*w));
	w->c = req_alloc(t->r, sizeof(*w->c) * (size_t)t->ncols);
	cells_init(w->c, t->ncols);
	w->group = t->gfirst >= 0 ? t->ngroups - 1 : -1;
	return t->nrows++;
}

struct tcell *
table_cell(struct table *t, int row, int col)
{
	return &t->rows[row].c[col];
}

void
table_text(struct table *t, int row, int col, const char *s)
{
	table_cell(t, row, col)->text = s ? s : "";
}

static const char *
fmt_num(struct req *r, enum tcol_type type, long long v)
{
	char b[40];
	switch (type) {
	case TC_WAN: return req_strdup(r, money_fmt(v, b, sizeof(b)));
	case TC_DEC2: return req_strdup(r, dec2_fmt(v, b, sizeof(b)));
	default: return req_printf(r, "%lld", v);
	}
}

void
table_num(struct table *t, int row, int col, long long v)
{
	struct tcell *c = table_cell(t, row, col);
	c->v = v;
	c->num = 1;
	c->text = fmt_num(t->r, t->col[col].type, v);
}

void
table_span(struct table *t, int row, int col, int rows, int cols)
{
	struct tcell *c = table_cell(t, row, col);
	c->rows = (unsigned short)rows;
	c->cols = (unsigned short)cols;
	for (int y = row; y < row + rows && y < t->nrows; y++)
		for (int x = col; x < col + cols; x++) {
			if (y == row && x == col) continue;
			struct tcell *o = &t->rows[y].c[x];
			o->flags |= TF_COVERED;
			/* the CSV repeats a value merged down on every row; across, the cells stay empty */
			o->text = x == col ? c->text : "";
		}
}

struct tx *
table_x(struct table *t, int row, int col)
{
	struct tcell *c = table_cell(t, row, col);
	if (!c->x) c->x = req_alloc(t->r, sizeof(*c->x));
	return c->x;
}

void
table_badge(struct table *t, int row, int col, const char *text, const char *cls, const char *href)
{
	struct tx *x = table_x(t, row, col);
	if (x->nbadge < 4) x->badge[x->nbadge++] = (struct tbadge){ text, cls, href };
}

void
table_group_begin(struct table *t)
{
	t->ngroups++;
	t->gfirst = t->nrows;
}

int
table_group_end(struct table *t, int label_col, const char *label)
{
	int first = t->gfirst, row;

	if (first < 0) return -1;
	row = table_row(t);
	t->rows[row].kind = TR_SUBTOTAL;
	t->rows[row].cls = "subtotal";
	table_text(t, row, label_col, label);
	table_cell(t, row, label_col)->flags |= TF_BOLD;
	for (int c = 0; c < t->ncols; c++) {
		if (!(t->col[c].flags & TC_SUM)) continue;
		long long s = 0;
		for (int y = first; y < row; y++) s += t->rows[y].c[c].v;
		table_num(t, row, c, s);
		table_cell(t, row, c)->flags |= TF_BOLD;
	}
	for (int c = 0; c < t->ncols; c++)
		if (t->col[c].flags & TC_GROUP) table_span(t, first, c, row - first + 1, 1);
	t->gfirst = -1;
	return row;
}

void
table_stream(struct table *t, int (*sink)(struct table *t, void *ctx), void *ctx)
{
	t->sink = sink;
	t->sink_ctx = ctx;
	t->sum_body = req_alloc(t->r, sizeof(long long) * (size_t)t->ncols);
	t->sum_sub = req_alloc(t->r, sizeof(long long) * (size_t)t->ncols);
}

int
table_flush(struct table *t)
{
	int rc;

	if (!t->sink) return 0;
	for (int y = 0; y < t->nrows; y++) {
		int sub = t->rows[y].kind == TR_SUBTOTAL;
		if (t->rows[y].kind == TR_TOTAL) continue;
		t->flushed_sub += sub;
		for (int c = 0; c < t->ncols; c++)
			if (t->col[c].flags & TC_SUM) (sub ? t->sum_sub : t->sum_body)[c] += t->rows[y].c[c].v;
	}
	rc = t->sink(t, t->sink_ctx);
	t->flushed += t->nrows;
	t->rows = NULL;
	t->nrows = t->caprows = 0;
	return rc;
}

int
table_total(struct table *t, const char *label)
{
	int first_sum = t->ncols, row, any_sub = t->flushed_sub > 0;

	for (int c = 0; c < t->ncols; c++)
		if (t->col[c].flags & TC_SUM) { first_sum = c; break; }
	for (int y = 0; y < t->nrows; y++) any_sub |= t->rows[y].kind == TR_SUBTOTAL;
	row = table_row(t);
	t->rows[row].kind = TR_TOTAL;
	t->rows[row].cls = "total";
	t->rows[row].group = -1;
	table_text(t, row, 0, label);
	table_cell(t, row, 0)->flags |= TF_BOLD | TF_CENTER;
	for (int c = 0; c < t->ncols; c++) {
		if (!(t->col[c].flags & TC_SUM)) continue;
		long long s = t->sink ? (any_sub ? t->sum_sub : t->sum_body)[c] : 0;
		for (int y = 0; y < row; y++)
			if (t->rows[y].kind == (any_sub ? TR_SUBTOTAL : TR_BODY)) s += t->rows[y].c[c].v;
		table_num(t, row, c, s);
		table_cell(t, row, c)->flags |= TF_BOLD;
	}
	if (first_sum > 1) table_span(t, row, 0, 1, first_sum);
	return row;
}

const char *
table_cell_text(const struct table *t, const struct tcell *c, int col)
{
	(void)t; (void)col;
	return c->text ? c->text : "";
}

/* ---- screen and browser print: HDF for the macro table() of macros.cs ---- */

/* how many columns on paper a span of cols from col covers */
static int
paper_cols(const struct table *t, int col, int cols, int paper)
{
	int n = 0;
	for (int x = col; x < col + cols && x < t->ncols; x++) n += paper ? table_on_paper(t, x) : table_on_screen(t, x);
	return n;
}

/* a node of the HDF (created if new) and values under it: a table of 40,000 rows sets millions, and
 * walking each full name from the root, formatted anew, was most of the page's work */
static HDF *
hnode(struct req *r, HDF *parent, const char *name)
{
	HDF *n = NULL;
	NEOERR *err;

	if (!parent) return NULL;
	if ((err = hdf_get_node(parent, name, &n))) { LOG(r, "hdf_get_node %s failed", name); nerr_ignore(&err); return NULL; }
	return n;
}

static HDF *
hchild(struct req *r, HDF *parent, int i)
{
	char b[16];
	snprintf(b, sizeof(b), "%d", i);
	return hnode(r, parent, b);
}

static void
hput(struct req *r, HDF *n, const char *name, const char *value)
{
	NEOERR *err;
	if (n && (err = hdf_set_value(n, name, value ? value : ""))) { LOG(r, "hdf_set_value %s failed", name); nerr_ignore(&err); }
}

static void
hputi(struct req *r, HDF *n, const char *name, int v)
{
	char b[16];
	snprintf(b, sizeof(b), "%d", v);
	hput(r, n, name, b);
}

static void
cells_to_hdf(struct req *r, const struct table *t, const struct tcell *cells, HDF *p, int paper)
{
	int k = 0;
	for (int c = 0; c < t->ncols; c++) {
		const struct tcell *x = &cells[c];
		if (x->flags & TF_COVERED) continue;
		int cols = paper_cols(t, c, x->cols, paper);
		if (!cols) continue;
		HDF *q = hchild(r, p, k++);
		hput(r, q, "text", x->text);
		if (cols > 1) hputi(r, q, "cols", cols);
		if (x->rows > 1) hputi(r, q, "rows", x->rows);
		{
			const char *cls = "";
			enum tcol_type ty = t->col[c].type;
			if (x->num || ((ty == TC_WAN || ty == TC_INT || ty == TC_DEC2) && !(x->flags & TF_CENTER) && x->cols == 1))
				cls = "num";
			if (ty == TC_NOTE) cls = "small";
			if (x->flags & TF_CENTER) cls = "center";
			if (x->flags & TF_LEFT) cls = "k";
			if (x->flags & TF_PART) cls = "part";
			if (x->flags & TF_BAD) cls = req_printf(r, "%s%sbad", cls, *cls ? " " : "");
			if (x->flags & TF_BOLD) cls = req_printf(r, "%s%sb", cls, *cls ? " " : "");
			if (*cls) hput(r, q, "cls", cls);
		}
		if (x->x && !paper) {
			if (x->x->href) hput(r, q, "href", x->x->href);
			if (x->x->id) hput(r, q, "id", x->x->id);
			if (x->x->detail) hput(r, q, "detail", x->x->detail);
			for (int b = 0; b < x->x->nbadge; b++) {
				HDF *g = hchild(r, hnode(r, q, "badges"), b);
				hput(r, g, "text", x->x->badge[b].text);
				hput(r, g, "cls", x->x->badge[b].cls ? x->x->badge[b].cls : "");
				if (x->x->badge[b].href) hput(r, g, "href", x->x->badge[b].href);
			}
		} else if (paper && (x->flags & TF_BAD))
			hput(r, q, "text", req_printf(r, "%s ⚠", x->text));
	}
}

void
table_rows_to_hdf(struct req *r, const struct table *t, const char *p, int paper)
{
	HDF *rows = t->nrows ? hnode(r, r->hdf, req_printf(r, "%s.rows", p)) : NULL;

	for (int y = 0; y < t->nrows && rows; y++) {
		HDF *q = hchild(r, rows, y);
		if (t->rows[y].cls) hput(r, q, "cls", t->rows[y].cls);
		if (t->rows[y].group >= 0 && t->rows[y].kind == TR_BODY && (y == 0 || t->rows[y - 1].group != t->rows[y].group))
			hput(r, q, "first", "1");      /* a group starts: print keeps it together */
		cells_to_hdf(r, t, t->rows[y].c, hnode(r, q, "c"), paper);
	}
}

/* a streamed table's rows on the screen: rendered through stream_rows.cs, then dropped from the HDF */
int
table_sink_html(struct table *t, void *ctx)
{
	int st;

	(void)ctx;
	table_rows_to_hdf(t->r, t, "T", 0);
	st = page_stream_render(t->r, "stream_rows.cs");
	hdf_remove_tree(t->r->hdf, "T.rows");
	return st;
}

void
table_to_hdf(struct req *r, const struct table *t, const char *prefix, int paper)
{
	const char *p = prefix;

	if (t->docno) hset(r, req_printf(r, "%s.docno", p), t->docno);
	if (t->title) hset(r, req_printf(r, "%s.title", p), t->title);
	for (int i = 0; i < t->nlines; i++) {
		hset(r, req_printf(r, "%s.lines.%d.left", p, i), t->lines[i].left ? t->lines[i].left : "");
		hset(r, req_printf(r, "%s.lines.%d.right", p, i), t->lines[i].right ? t->lines[i].right : "");
	}
	if (t->nohead)
		;
	else if (t->nhead)
		for (int y = 0; y < t->nhead; y++)
			cells_to_hdf(r, t, &t->head[y * t->ncols], hnode(r, r->hdf, req_printf(r, "%s.head.%d", p, y)), paper);
	else
		for (int c = 0, k = 0; c < t->ncols; c++) {
			if (paper ? !table_on_paper(t, c) : !table_on_screen(t, c)) continue;
			hset(r, req_printf(r, "%s.head.0.%d.text", p, k), t->col[c].head);
			if (t->col[c].type == TC_WAN || t->col[c].type == TC_INT || t->col[c].type == TC_DEC2)
				hset(r, req_printf(r, "%s.head.0.%d.cls", p, k), "num");
			k++;
		}
	table_rows_to_hdf(r, t, p, paper);
	hseti(r, req_printf(r, "%s.nrows", p), t->nrows);
	if (t->sink) hseti(r, req_printf(r, "%s.stream", p), 1);
	for (int i = 0; i < t->nnotes; i++) hset(r, req_printf(r, "%s.notes.%d", p, i), t->notes[i]);
	for (int i = 0; i < t->nsigns; i++) hset(r, req_printf(r, "%s.signs.%d", p, i), t->signs[i]);
	if (t->empty) hset(r, req_printf(r, "%s.empty", p), t->empty);
	if (t->landscape) hseti(r, req_printf(r, "%s.landscape", p), 1);
}

/* ---- CSV ---- */

static void
csv_head(STRING *o, const struct table *t)
{
	string_append(o, "\xEF\xBB\xBF");              /* BOM: Excel reads UTF-8 */
	for (int c = 0; c < t->ncols; c++) csv_field(o, t->col[c].csv_head ? t->col[c].csv_head : t->col[c].head, c == t->ncols - 1);
}

static void
csv_rows(STRING *o, const struct table *t)
{
	for (int y = 0; y < t->nrows; y++) {
		const struct tcell *cells = t->rows[y].c;
		const char *moved = NULL;    /* a label merged over the 序号 column goes to the next one */
		for (int c = 0; c < t->ncols; c++) {
			const char *v = cells[c].text;
			if ((t->col[c].flags & TC_SEQ) && !cells[c].num && cells[c].cols > 1) { moved = v; v = ""; }
			else if (moved) { v = moved; moved = NULL; }
			csv_field(o, v, c == t->ncols - 1);
		}
	}
}

int
table_send_csv(struct req *r, const struct table *t, const char *fname)
{
	STRING o;
	int st;

	string_init(&o);
	csv_head(&o, t);
	csv_rows(&o, t);
	st = page_send_bytes(r, "text/csv; charset=UTF-8", download_disposition(r, fname, "csv"), o.buf, (size_t)o.len);
	string_clear(&o);
	return st;
}

/* a streamed CSV: the header line now (after resp_stream_begin), each group's lines at its flush */
void
table_csv_head(struct req *r, const struct table *t)
{
	STRING o;

	string_init(&o);
	csv_head(&o, t);
	resp_stream(r, o.buf, (size_t)o.len);
	string_clear(&o);
}

int
table_sink_csv(struct table *t, void *ctx)
{
	STRING o;

	(void)ctx;
	string_init(&o);
	csv_rows(&o, t);
	if (o.len) resp_stream(t->r, o.buf, (size_t)o.len);
	string_clear(&o);
	return 0;
}

/* ---- XLSX ---- */

struct xfmt { lxw_format *title, *line, *head, *text, *center, *num[6], *bold, *boldnum[6], *bad[6], *note, *part, *label; };

static lxw_format *
xf(lxw_workbook *wb, int border, int bold, const char *numfmt)
{
	lxw_format *f = workbook_add_format(wb);
	if (border) format_set_border(f, LXW_BORDER_THIN);
	if (bold) format_set_bold(f);
	if (numfmt) format_set_num_format(f, numfmt);
	format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
	format_set_text_wrap(f);
	return f;
}

static const char *
numfmt(enum tcol_type ty)
{
	return ty == TC_WAN ? "0.0000" : ty == TC_DEC2 ? "0.00" : ty == TC_INT ? "0" : NULL;
}

static double
xnum(enum tcol_type ty, long long v)
{
	/* 万元 exact to the 元: the nearest double of yuan/10000, shown with 4 decimals */
	return ty == TC_WAN ? (double)v / 10000.0 : ty == TC_DEC2 ? (double)v / 100.0 : (double)v;
}

/*
 * The workbook is written in libxlsxwriter's constant-memory mode: a row goes
 * to disk as soon as a later row is written, so a table of 40,000 rows costs
 * no more memory than one of 40.  A cell merged down over later rows is
 * therefore written at once (its value, then formatted blanks in each row it
 * covers), and the merge itself is recorded when its last row is reached:
 * worksheet_merge_range stores the range before it writes, and its writes to
 * rows already on disk are refused, so the value stays.
 */
struct xmerge { int first, fc, last, lc; lxw_format *fm; };

struct xlsx_out {
	lxw_workbook *wb;
	lxw_worksheet *ws;
	char *path;
	struct xfmt f;
	int xcol[64], nx, row;
	struct xmerge pend[64];     /* merges down not yet at their last row: at most one per column */
	int npend;
};

/* a cell of a row at x->row: its value, or (rows > 1) its value and a merge down recorded later */
static void
xput(struct xlsx_out *x, const struct tcell *c, enum tcol_type ty, int xc, int xcols, lxw_format *fm)
{
	lxw_worksheet *ws = x->ws;
	lxw_row_t row = (lxw_row_t)x->row;

	if (c->rows > 1) {
		if (c->num) worksheet_write_number(ws, row, (lxw_col_t)xc, xnum(ty, c->v), fm);
		else worksheet_write_string(ws, row, (lxw_col_t)xc, c->text, fm);
		for (int k = xc + 1; k < xc + xcols; k++) worksheet_write_blank(ws, row, (lxw_col_t)k, fm);
		if (x->npend < 64) x->pend[x->npend++] = (struct xmerge){ x->row, xc, x->row + c->rows - 1, xc + xcols - 1, fm };
	} else if (xcols > 1) {
		/* merged across this row only: text in libxlsxwriter's merge; a number into its first cell */
		worksheet_merge_range(ws, row, (lxw_col_t)xc, row, (lxw_col_t)(xc + xcols - 1), c->num ? "" : c->text, fm);
		if (c->num) worksheet_write_number(ws, row, (lxw_col_t)xc, xnum(ty, c->v), fm);
	} else if (c->num)
		worksheet_write_number(ws, row, (lxw_col_t)xc, xnum(ty, c->v), fm);
	else
		/* every text cell as a string, never a formula */
		worksheet_write_string(ws, row, (lxw_col_t)xc, c->text, fm);
}

/* a new row: the blanks of the merges down that cover it */
static void
xrow_begin(struct xlsx_out *x)
{
	for (int i = 0; i < x->npend; i++)
		if (x->pend[i].first < x->row && x->row <= x->pend[i].last)
			for (int k = x->pend[i].fc; k <= x->pend[i].lc; k++)
				worksheet_write_blank(x->ws, (lxw_row_t)x->row, (lxw_col_t)k, x->pend[i].fm);
}

/* the row is written: the merges down that end in it are recorded */
static void
xrow_end(struct xlsx_out *x)
{
	for (int i = 0; i < x->npend;) {
		struct xmerge *m = &x->pend[i];
		if (m->last > x->row) { i++; continue; }
		worksheet_merge_range(x->ws, (lxw_row_t)m->first, (lxw_col_t)m->fc, (lxw_row_t)m->last, (lxw_col_t)m->lc, "", m->fm);
		*m = x->pend[--x->npend];
	}
	x->row++;
}

static lxw_format *
xfmt_of(struct xfmt *f, const struct tcell *c, enum tcol_type ty)
{
	if (c->num) return c->flags & TF_BAD ? f->bad[ty] : c->flags & TF_BOLD ? f->boldnum[ty] : f->num[ty];
	return c->flags & TF_PART ? f->part : c->flags & TF_LEFT ? f->label : c->flags & TF_CENTER ? f->center
		: c->flags & TF_BOLD ? f->bold : f->text;
}

/* the table's rows (all of them, or a streamed group) */
static void
xlsx_rows(const struct table *t, struct xlsx_out *x)
{
	for (int y = 0; y < t->nrows; y++) {
		const struct tcell *cells = t->rows[y].c;
		xrow_begin(x);
		for (int c = 0; c < t->ncols; c++) {
			const struct tcell *k = &cells[c];
			if (x->xcol[c] < 0 || (k->flags & TF_COVERED)) continue;
			xput(x, k, t->col[c].type, x->xcol[c], paper_cols(t, c, k->cols, 1), xfmt_of(&x->f, k, t->col[c].type));
		}
		xrow_end(x);
	}
}

/* the workbook, its formats and columns, the title, lines and header rows (repeated on every printed page) */
static int
xlsx_begin(struct req *r, const struct table *t, const char *sheet, struct xlsx_out *x)
{
	struct xfmt *f = &x->f;
	int nhead = t->nohead ? 0 : t->nhead ? t->nhead : 1;

	memset(x, 0, sizeof(*x));
	if (!(x->wb = xlsx_open(r, &x->path))) return 500;
	x->ws = workbook_add_worksheet(x->wb, sheet);
	f->title = xf(x->wb, 0, 1, NULL); format_set_font_size(f->title, 16); format_set_align(f->title, LXW_ALIGN_CENTER);
	f->line = xf(x->wb, 0, 0, NULL);
	f->head = xf(x->wb, 1, 1, NULL); format_set_align(f->head, LXW_ALIGN_CENTER); format_set_bg_color(f->head, 0xEEF2F7);
	f->text = xf(x->wb, 1, 0, NULL);
	f->center = xf(x->wb, 1, 1, NULL); format_set_align(f->center, LXW_ALIGN_CENTER);
	f->bold = xf(x->wb, 1, 1, NULL);
	f->note = xf(x->wb, 0, 0, NULL); format_set_align(f->note, LXW_ALIGN_VERTICAL_TOP);
	f->part = xf(x->wb, 1, 1, NULL); format_set_bg_color(f->part, 0xEEEEEE);
	f->label = xf(x->wb, 1, 0, NULL); format_set_bg_color(f->label, 0xF5F5F5);
	for (int ty = 0; ty < 6; ty++) {
		f->num[ty] = xf(x->wb, 1, 0, numfmt(ty));
		f->boldnum[ty] = xf(x->wb, 1, 1, numfmt(ty));
		f->bad[ty] = xf(x->wb, 1, 1, numfmt(ty));
		format_set_font_color(f->bad[ty], 0xB3261E);
	}
	/* the paper's columns */
	for (int c = 0; c < t->ncols && x->nx < 64; c++) x->xcol[c] = table_on_paper(t, c) ? x->nx++ : -1;
	for (int c = 0; c < t->ncols; c++)
		if (x->xcol[c] >= 0)
			worksheet_set_column(x->ws, (lxw_col_t)x->xcol[c], (lxw_col_t)x->xcol[c], t->col[c].width ? t->col[c].width * 1.6 : 12, NULL);
	if (t->docno) worksheet_set_header(x->ws, req_printf(r, "&L%s", t->docno));     /* 附3: in the page's header */
	if (t->title) {
		worksheet_merge_range(x->ws, (lxw_row_t)x->row, 0, (lxw_row_t)x->row, (lxw_col_t)(x->nx - 1), t->title, f->title);
		x->row++;
	}
	for (int i = 0; i < t->nlines; i++, x->row++) {
		const char *l = t->lines[i].left ? t->lines[i].left : "", *rt = t->lines[i].right;
		worksheet_merge_range(x->ws, (lxw_row_t)x->row, 0, (lxw_row_t)x->row, (lxw_col_t)(x->nx - 1),
				      rt && *rt ? req_printf(r, "%s    %s", l, rt) : l, f->line);
	}
	for (int y = 0; y < nhead; y++) {
		xrow_begin(x);
		for (int c = 0; c < t->ncols; c++) {
			if (x->xcol[c] < 0) continue;
			if (!t->nhead) { worksheet_write_string(x->ws, (lxw_row_t)x->row, (lxw_col_t)x->xcol[c], t->col[c].head, f->head); continue; }
			const struct tcell *h = &t->head[y * t->ncols + c];
			if (h->flags & TF_COVERED) continue;
			xput(x, &(struct tcell){ .text = h->text, .rows = h->rows, .cols = h->cols }, TC_TEXT, x->xcol[c],
			     paper_cols(t, c, h->cols, 1), f->head);
		}
		xrow_end(x);
	}
	if (nhead) worksheet_repeat_rows(x->ws, (lxw_row_t)(x->row - nhead), (lxw_row_t)(x->row - 1));
	worksheet_freeze_panes(x->ws, (lxw_row_t)x->row, 0);
	return 0;
}

/* what follows the rows (said when there are none, notes, signatures), the page set-up; the file sent */
static int
xlsx_end(struct req *r, const struct table *t, struct xlsx_out *x, const char *fname)
{
	lxw_worksheet *ws = x->ws;
	int nx = x->nx;

	if (!t->nrows && !t->flushed && t->empty) {
		worksheet_merge_range(ws, (lxw_row_t)x->row, 0, (lxw_row_t)x->row, (lxw_col_t)(nx - 1), t->empty, x->f.text);
		x->row++;
	}
	x->row++;
	for (int i = 0; i < t->nnotes; i++, x->row += 2)
		worksheet_merge_range(ws, (lxw_row_t)x->row, 0, (lxw_row_t)x->row + 1, (lxw_col_t)(nx - 1), t->notes[i], x->f.note);
	for (int i = 0; i < t->nsigns; i++, x->row++)
		worksheet_merge_range(ws, (lxw_row_t)x->row, 0, (lxw_row_t)x->row, (lxw_col_t)(nx - 1), t->signs[i], x->f.line);
	if (t->landscape) worksheet_set_landscape(ws);
	worksheet_set_paper(ws, 9);                  /* A4 */
	worksheet_fit_to_pages(ws, 1, 0);            /* one page wide */
	worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
	worksheet_set_footer(ws, "&C第 &P 页 共 &N 页");
	return xlsx_send(r, x->wb, x->path, fname);
}

int
table_send_xlsx(struct req *r, const struct table *t, const char *sheet, const char *fname)
{
	struct xlsx_out *x = req_alloc(r, sizeof(*x));
	int st;

	if ((st = xlsx_begin(r, t, sheet, x))) return st;
	xlsx_rows(t, x);
	return xlsx_end(r, t, x, fname);
}

/* a streamed table as a workbook: begun before the rows, each group written at its flush, sent at the end */
struct xlsx_out *
table_xlsx_begin(struct req *r, struct table *t, const char *sheet)
{
	struct xlsx_out *x = req_alloc(r, sizeof(*x));
	if (xlsx_begin(r, t, sheet, x)) return NULL;
	table_stream(t, table_sink_xlsx, x);
	return x;
}

int
table_sink_xlsx(struct table *t, void *ctx)
{
	xlsx_rows(t, ctx);
	return 0;
}

int
table_xlsx_end(struct req *r, struct table *t, struct xlsx_out *x, const char *fname)
{
	return xlsx_end(r, t, x, fname);
}

/* a streamed workbook given up (the rows could not be read): nothing sent, nothing left on disk */
void
table_xlsx_drop(struct xlsx_out *x)
{
	if (!x || !x->wb) return;
	lxw_workbook_free(x->wb);
	unlink(x->path);
	x->wb = NULL;
}
