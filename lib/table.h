/*
 * table.h - one table writer for every export.  A table is data: its
 * title lines, its header rows (with the merges the attachment has), typed
 * columns (text, integer, 万元 from whole 元, date, two decimals, clause
 * notes), rows in groups with subtotals, a total, footnotes and signature
 * lines.  One function per format renders it: the screen and the browser
 * print (HDF for the one template macro table() in macros.cs), CSV (numbers
 * as numbers, formula-safe text), XLSX (libxlsxwriter: A4, repeated header
 * rows, merges) and, through doc.h, PDF and Word.  So the screen, the files
 * and the paper cannot disagree.
 *
 * What is not on the attachment's paper (the 盟市 and 审核状态 of a 汇总表, the
 * rule checks) is a TC_DATA column: on the screen and in the CSV, never
 * printed.  The grid and every string hang off the request.
 */
#ifndef DT_TABLE_H
#define DT_TABLE_H
#include "dt.h"

enum tcol_type {
	TC_TEXT,
	TC_INT,        /* a whole number */
	TC_WAN,        /* an amount kept in whole 元, shown in 万元 with 4 decimals (exact) */
	TC_DEC2,       /* hundredths, shown with up to 2 decimals (绩效指标) */
	TC_DATE,       /* YYYY-MM-DD */
	TC_NOTE,       /* a clause or rule note: small print */
};

/* column flags */
#define TC_GROUP 1u    /* the group's own value (序号, 企业名称（服务平台）): merged over the group's rows */
#define TC_DATA  2u    /* data only: screen and CSV, not on the attachment's paper (print, XLSX, PDF, Word) */
#define TC_SUM   4u    /* added up in the subtotal and the total */
#define TC_SEQ   8u    /* the group's number: stays a number in the CSV (labels go to the next column) */
#define TC_CSV   32u   /* in the CSV only (a rule check in words) */

struct tcol {
	const char *head;       /* as the attachment prints it: 实际改造成本 */
	const char *csv_head;   /* in the CSV when it says more (实际改造成本（万元）); NULL: head */
	enum tcol_type type;
	unsigned flags;
	double width;           /* relative width on paper (characters of 10.5 pt) */
};

/* cell flags */
#define TF_BOLD    1u
#define TF_BAD     2u      /* breaks a rule: flagged (red, ⚠), never corrected */
#define TF_CENTER  4u
#define TF_COVERED 8u      /* inside another cell's span; text is the spanning cell's */
#define TF_LEFT    16u     /* a label cell (form tables): shaded */
#define TF_PART    32u     /* a part heading spanning the row (申报表 第一部分) */

struct tbadge { const char *text, *cls, *href; };
/* what only the screen shows: a link, an id, an explanation that opens, badges */
struct tx { const char *href, *id, *detail; struct tbadge badge[4]; int nbadge; };

struct tcell {
	const char *text;       /* as shown (numbers formatted), "" when empty */
	long long v;            /* the number (元 for TC_WAN, hundredths for TC_DEC2) */
	struct tx *x;
	unsigned short cols, rows;   /* spans; 1 1 for a plain cell */
	unsigned char flags, num;    /* num: v holds a number */
};

/* row kinds */
enum trow_kind { TR_BODY, TR_SUBTOTAL, TR_TOTAL };

struct trow {
	struct tcell *c;        /* ncols cells */
	unsigned char kind;
	int group;              /* -1: none */
	const char *cls;        /* screen class */
};

struct tline { const char *left, *right; };

struct table {
	const char *docno;      /* 附3 (top left) */
	const char *title;      /* centred */
	struct tline lines[4];  /* under the title: 省级中小企业主管部门：（盖章） | 单位：万元 */
	int nlines;
	const struct tcol *col;
	int ncols;
	struct tcell *head;     /* nhead rows of ncols cells, with spans; none: one row of the columns' heads */
	int nhead;
	int nohead;             /* a form, not a list: no header row at all */
	struct trow *rows;
	int nrows, caprows;
	const char *notes[4];   /* 注：... */
	int nnotes;
	const char *signs[4];   /* 填表人：      联系电话： (under the table) */
	int nsigns;
	const char *empty;      /* said when there are no rows */
	int landscape;
	double font;            /* body size in pt on paper (0: 10) */
	/* groups */
	int ngroups, gfirst;
	struct req *r;
	/* streamed (table_stream): rows go to the sink at each table_flush and are
	 * forgotten; what the total needs of them is kept here */
	int (*sink)(struct table *t, void *ctx);
	void *sink_ctx;
	long long *sum_body, *sum_sub;      /* per column: the flushed body rows', subtotals' sums */
	int flushed, flushed_sub;           /* rows flushed; subtotals among them */
};

void table_init(struct req *r, struct table *t, const struct tcol *cols, int ncols);
/* a header grid of n rows (cells with spans set by table_head_cell); without it the columns' heads */
void table_head_rows(struct table *t, int n);
void table_head_cell(struct table *t, int row, int col, int rows, int cols, const char *text);
void table_line(struct table *t, const char *left, const char *right);
void table_note(struct table *t, const char *text);
void table_sign(struct table *t, const char *text);

/* a new row (returns its index); cells empty */
int table_row(struct table *t);
struct tcell *table_cell(struct table *t, int row, int col);
void table_text(struct table *t, int row, int col, const char *s);
void table_num(struct table *t, int row, int col, long long v);      /* by the column's type */
void table_span(struct table *t, int row, int col, int rows, int cols);
struct tx *table_x(struct table *t, int row, int col);
void table_badge(struct table *t, int row, int col, const char *text, const char *cls, const char *href);

/* groups: table_group_begin, rows, table_group_end(label) adds the subtotal row (label in column
 * label_col, the TC_SUM columns added up) and merges the TC_GROUP cells of its first row over them */
void table_group_begin(struct table *t);
int table_group_end(struct table *t, int label_col, const char *label);
/* the total: label over the columns before the first TC_SUM one, each TC_SUM column added up
 * over the subtotals (or the body rows when there are no groups) */
int table_total(struct table *t, const char *label);

/*
 * A list too long to hold: after table_stream, each table_flush (after a
 * group, and after the total) hands the rows built since the last one to
 * sink and forgets them; the caller frees their memory (req_release of a
 * scope that began before the group).  The total adds up every flushed row.
 * table_flush does nothing for a table that is not streamed.
 */
void table_stream(struct table *t, int (*sink)(struct table *t, void *ctx), void *ctx);
int table_flush(struct table *t);

/* the formats */
void table_to_hdf(struct req *r, const struct table *t, const char *prefix, int paper);
/* the rows only (prefix.rows.N), for a streamed table's groups */
void table_rows_to_hdf(struct req *r, const struct table *t, const char *prefix, int paper);
/* a streamed table's sinks: HTML rows through stream_rows.cs (HDF under T); CSV lines */
int table_sink_html(struct table *t, void *ctx);
void table_csv_head(struct req *r, const struct table *t);
int table_sink_csv(struct table *t, void *ctx);
int table_send_csv(struct req *r, const struct table *t, const char *fname);
int table_send_xlsx(struct req *r, const struct table *t, const char *sheet, const char *fname);
/* a streamed table as a workbook: table_xlsx_begin (NULL: 500) before the rows, its sink writes each group,
 * table_xlsx_end sends the file */
struct xlsx_out;
struct xlsx_out *table_xlsx_begin(struct req *r, struct table *t, const char *sheet);
int table_sink_xlsx(struct table *t, void *ctx);
int table_xlsx_end(struct req *r, struct table *t, struct xlsx_out *x, const char *fname);
void table_xlsx_drop(struct xlsx_out *x);       /* given up: nothing sent, the file removed */
/* is a column on paper? */
static inline int table_on_paper(const struct table *t, int c) { return !(t->col[c].flags & (TC_DATA | TC_CSV)); }
static inline int table_on_screen(const struct table *t, int c) { return !(t->col[c].flags & TC_CSV); }
/* a column's relative width on paper (PDF, the browser print) */
static inline double table_col_width(const struct table *t, int c) { return t->col[c].width > 0 ? t->col[c].width : 8; }
/* a cell's value as text in a format: numbers plain (-12.5, 3.0000) */
const char *table_cell_text(const struct table *t, const struct tcell *c, int col);

#endif
