/*
 * summary.h - the 汇总表 of 附件3 and its arithmetic.  One loader fills one
 * struct summary; the screen, the CSV, the XLSX and the print view all
 * render that same struct, so they cannot disagree.  Amounts are integer 元
 * throughout (万元 with 4 decimals is exact); rounding happens only for
 * display with fewer decimals (money_round_fmt).
 */
#ifndef DT_SUMMARY_H
#define DT_SUMMARY_H
#include "programmes/platform.h"
#include "table.h"

struct sum_filter {
	long long batch;
	char city[8];        /* a 盟市 or 旗县区 code, "" = all in scope */
	int sub;             /* 附件1 序号, 0 = all */
	char state[24];      /* "" = recommended and after; "all" = every submitted; or one state */
};

struct sum_row {
	int group;
	const char *name;    /* 试点企业名称 ("" when the platform lists none) */
	const char *credit_code;
	long long cost, subsidy, cap;
	int over_cap;        /* 奖补资金额 above min(20%, 20万) */
	/* the same enterprise in other platforms' lists of the batch (附件3注: 20万 per 试点企业 in total) */
	int shared;          /* how many other platforms list it */
	long long shared_total;   /* what all of them ask for it */
	int kept;            /* the 自治区's decision: 1 kept by this platform, -1 by another, 0 not yet */
};

struct sum_group {
	long long app_id;
	const char *org, *industry, *city, *state;
	int first, n;        /* its rows: rows[first .. first + n) */
	long long cost, subsidy;
	int few;             /* fewer served enterprises than the batch's minimum */
	int over_total;      /* subtotal above the platform cap */
	int decided;         /* money was decided for it (money_decisions, at 认定) */
	long long decision, paid;   /* the amount decided; 拨付 less 追回 so far */
};

struct summary {
	struct sum_row *rows;
	int nrows, caprows;
	struct sum_group *groups;
	int ngroups, capgroups;
	long long cost, subsidy;
	int flagged;         /* groups or rows that break a rule */
	int shared;          /* rows whose enterprise another platform of the batch also lists */
	int decisions;       /* groups with a decision: the table then has 已拨付 and 未拨付 */
	int count_groups, count_rows;   /* read, whether kept or streamed */
};

/* one platform's group of a 汇总表 being read, with its rows (rows[0 .. g->n)), rule flags and matches set;
 * 0 to go on */
typedef int (*sum_each)(struct req *r, const struct sum_group *g, const struct sum_row *rows, void *ctx);

/* pure arithmetic, unit-tested: rows must come grouped by app_id */
int summary_add(struct summary *s, long long app_id, const char *name, long long cost, long long subsidy);
void summary_flags(struct summary *s, const struct batch *b);
void summary_free(struct summary *s);

/* reads the filter from the page's inputs (batch, city, sub, state) */
void sum_filter_read(struct req *r, struct sum_filter *f);
/* the declared inputs sum_filter_read() reads, and format= (html, csv, xlsx, print, pdf) */
#define SUM_FILTER_INPUTS \
	{ "batch", "申报批次", VT_INT, 0, 1, (1LL << 53) }, { "city", "地区", VT_REGION }, \
	{ "sub", "细分行业", VT_INT, 0, 1, 100 }, { "state", "状态", VT_KEY, 0, 0, 24 }, \
	{ "format", "格式", VT_KEY, 0, 0, 8 }
/* loads the filtered, scoped 汇总表 */
int summary_load(struct req *r, const struct sum_filter *f, const struct batch *b, struct summary *s);
/* reads it a group at a time: each() sees a group, which is then forgotten (its strings released from the
 * arena); s keeps the counts and totals only.  Nothing else may run a statement until it returns */
int summary_scan(struct req *r, const struct sum_filter *f, const struct batch *b, struct summary *s, sum_each each, void *ctx);
/* the counts and totals alone (summary_scan keeping nothing) */
int summary_count(struct req *r, const struct sum_filter *f, const struct batch *b, struct summary *s);
void summary_to_hdf(struct req *r, const struct summary *s, const struct batch *b);
/* the filter form's lists and the query string of the current filter */
void sum_filter_to_hdf(struct req *r, const struct sum_filter *f);
const char *sum_filter_query(struct req *r, const struct sum_filter *f);

/* a CSV field: quoted; text that could start a formula (= + - @) is neutralised, a number (-12.5) is not */
void csv_field(STRING *s, const char *v, int last);
/* an attachment name: Chinese title with batch and date, RFC 5987 encoded */
const char *download_disposition(struct req *r, const char *base, const char *ext);
/*
 * Excel exports (lib/xlsx.c): a workbook on a private temporary file under
 * Export.TmpDir (NULL on failure); xlsx_finish closes it and reads it back
 * into the request arena (0 ok, else the status to answer: 507 when out of
 * space, 500); xlsx_send does that and answers with it as
 * the attachment <fname>.xlsx.  The temporary file is always removed.
 */
typedef struct lxw_workbook lxw_workbook;
lxw_workbook *xlsx_open(struct req *r, char **path);
int xlsx_finish(struct req *r, lxw_workbook *wb, const char *path, char **data, size_t *len);
int xlsx_send(struct req *r, lxw_workbook *wb, const char *path, const char *fname);

/* In the 认定 transaction (the stage's effect): the platform's money decision (money.h), its amount the
 * 奖补资金 subtotal this 汇总表 shows for it and its explanation the same figures, row by row; 0 ok */
int summary_decide(struct req *r, const struct app_info *a);

/* a 盟市's ranked recommendation (rec_lists level city) as a 汇总表: its platforms in rank order */
int summary_load_reclist(struct req *r, const struct batch *b, const char *city, struct summary *s);
/* the 汇总表 as a table (platform_summary_cols): screen extras (links, flags, explanations) when screen */
void summary_table(struct req *r, const struct summary *s, const struct batch *b, struct table *t, int screen);
/* ... built a group at a time: begin (the columns: s's counts decide 已拨付/未拨付), summary_table_group
 * as summary_scan's each() (it flushes a streamed table after the group), end (the total) */
struct sum_build { struct table *t; const struct batch *b; int screen, seq; long long paid, left; };
void summary_table_begin(struct req *r, const struct summary *s, const struct batch *b, struct table *t, int screen,
			 struct sum_build *k);
int summary_table_group(struct req *r, const struct sum_group *g, const struct sum_row *rows, void *k);
void summary_table_end(struct req *r, struct sum_build *k);
/* its lines as 附件3 prints them, for the region code's table: 附3, the title, the authority (盖章),
 * 填表日期 / 填表人 / 联系电话 of that region's own reviewer / 单位：万元, the note on the caps; the area's name
 * in *area (NULL: 404, the code is outside the user's scope) */
int summary_lines(struct req *r, struct table *t, const struct batch *b, const char *code, const char **area);

#endif
