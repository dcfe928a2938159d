/*
 * xlsx.c - the 汇总表 as an Excel workbook (libxlsxwriter), in 附件3's layout:
 * title, the header lines, one merged group per platform (序号, 企业名称（服务
 * 平台）, 对应行业, and its 盟市 and review state), one row per served
 * enterprise, a subtotal per platform and the total, all as values equal to
 * the screen (万元, 4 decimals), printed A4 landscape with the column titles
 * repeated on every page.  Written to a private temporary file, returned as
 * bytes in the request arena.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <xlsxwriter.h>
#include "summary.h"

static double
wan(long long yuan)
{
	/* exact to the 元: the nearest double of yuan/10000, shown with 4 decimals */
	return (double)yuan / 10000.0;
}

static int
read_back(struct req *r, const char *path, char **data, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct stat st;

	if (!f || fstat(fileno(f), &st) != 0) { if (f) fclose(f); return -1; }
	*data = req_alloc(r, (size_t)st.st_size);
	*len = fread(*data, 1, (size_t)st.st_size, f);
	fclose(f);
	return *len == (size_t)st.st_size ? 0 : -1;
}

static char *
tmp_path(struct req *r)
{
	char *p = req_printf(r, "%s/dtpilot-xlsx-XXXXXX", req_conf(r, "Export.TmpDir", "/tmp"));
	int fd = mkstemp(p);
	if (fd < 0) return NULL;
	close(fd);
	return p;
}

lxw_workbook *
xlsx_open(struct req *r, char **path)
{
	lxw_workbook *wb;

	if (!(*path = tmp_path(r))) { LOG(r, "xlsx: no temporary file"); return NULL; }
	if (!(wb = workbook_new(*path))) unlink(*path);
	return wb;
}

/*
 * 0, or the status to answer: 507 when the file could not be written for
 * lack of space (disk full, or RLIMIT_FSIZE: Limits.FileSizeMB), else 500.
 * The temporary file is removed either way.
 */
int
xlsx_finish(struct req *r, lxw_workbook *wb, const char *path, char **data, size_t *len)
{
	int rc;

	errno = 0;
	rc = workbook_close(wb);
	if (rc != LXW_NO_ERROR) {
		int e = errno;
		LOG(r, "xlsx: %s (%s)", lxw_strerror((lxw_error)rc), strerror(e));
		unlink(path);
		return e == EFBIG || e == ENOSPC || e == EDQUOT ? 507 : 500;
	}
	rc = read_back(r, path, data, len);
	unlink(path);
	return rc ? 500 : 0;
}

int
xlsx_send(struct req *r, lxw_workbook *wb, const char *path, const char *fname)
{
	char *data;
	size_t len;

	int st = xlsx_finish(r, wb, path, &data, &len);

	if (st) return st;
	return page_send_bytes(r, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			       download_disposition(r, fname, "xlsx"), data, len);
}

int
xlsx_summary(struct req *r, const struct summary *s, const struct batch *b, const char *title,
	     const char *authority, const char *date, const char *filler, const char *phone, char **data, size_t *len)
{
	char *path;
	lxw_workbook *wb = xlsx_open(r, &path);
	lxw_worksheet *ws;
	lxw_format *ftitle, *fhead, *ftext, *fnum, *fsub, *fsubnum, *fnote, *fflag;
	int row = 0;

	if (!wb) return -1;
	ws = workbook_add_worksheet(wb, "汇总表");
	ftitle = workbook_add_format(wb);
	format_set_bold(ftitle); format_set_font_size(ftitle, 16); format_set_align(ftitle, LXW_ALIGN_CENTER);
	fhead = workbook_add_format(wb);
	format_set_bold(fhead); format_set_border(fhead, LXW_BORDER_THIN); format_set_align(fhead, LXW_ALIGN_CENTER);
	format_set_align(fhead, LXW_ALIGN_VERTICAL_CENTER); format_set_text_wrap(fhead); format_set_bg_color(fhead, 0xEEF2F7);
	ftext = workbook_add_format(wb);
	format_set_border(ftext, LXW_BORDER_THIN); format_set_align(ftext, LXW_ALIGN_VERTICAL_CENTER); format_set_text_wrap(ftext);
	fnum = workbook_add_format(wb);
	format_set_border(fnum, LXW_BORDER_THIN); format_set_num_format(fnum, "0.0000");
	fsub = workbook_add_format(wb);
	format_set_border(fsub, LXW_BORDER_THIN); format_set_bold(fsub);
	fsubnum = workbook_add_format(wb);
	format_set_border(fsubnum, LXW_BORDER_THIN); format_set_bold(fsubnum); format_set_num_format(fsubnum, "0.0000");
	fnote = workbook_add_format(wb);
	format_set_text_wrap(fnote); format_set_align(fnote, LXW_ALIGN_VERTICAL_TOP);
	fflag = workbook_add_format(wb);
	format_set_border(fflag, LXW_BORDER_THIN); format_set_num_format(fflag, "0.0000"); format_set_font_color(fflag, 0xB3261E);
	format_set_bold(fflag);

	worksheet_set_column(ws, 0, 0, 6, NULL);
	worksheet_set_column(ws, 1, 1, 30, NULL);
	worksheet_set_column(ws, 2, 2, 22, NULL);
	worksheet_set_column(ws, 3, 3, 30, NULL);
	worksheet_set_column(ws, 4, 5, 14, NULL);
	worksheet_set_column(ws, 6, 7, 16, NULL);
	worksheet_merge_range(ws, row, 0, row, 7, title, ftitle); row++;
	worksheet_merge_range(ws, row, 0, row, 7, authority, NULL); row++;
	worksheet_merge_range(ws, row, 0, row, 7,
			      req_printf(r, "填表日期：%s    填表人：%s    联系电话：%s    单位：万元", date, filler, phone), NULL);
	row++;
	{
		static const char *const heads[] = { "序号", "企业名称（服务平台）", "对应行业", "试点企业名称", "实际改造成本",
						      "奖补资金额", "盟市", "审核状态" };
		for (int c = 0; c < 8; c++) worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)c, heads[c], fhead);
	}
	worksheet_repeat_rows(ws, (lxw_row_t)row, (lxw_row_t)row);
	worksheet_freeze_panes(ws, (lxw_row_t)row + 1, 0);
	row++;
	for (int i = 0; i < s->ngroups; i++) {
		const struct sum_group *g = &s->groups[i];
		int n = g->n ? g->n : 1, top = row;
		for (int k = 0; k < n; k++, row++) {
			if (g->n) {
				const struct sum_row *x = &s->rows[g->first + k];
				worksheet_write_string(ws, (lxw_row_t)row, 3, x->name, ftext);
				worksheet_write_number(ws, (lxw_row_t)row, 4, wan(x->cost), fnum);
				worksheet_write_number(ws, (lxw_row_t)row, 5, wan(x->subsidy), x->over_cap ? fflag : fnum);
			} else {
				worksheet_write_string(ws, (lxw_row_t)row, 3, "（无服务企业）", ftext);
				worksheet_write_blank(ws, (lxw_row_t)row, 4, ftext);
				worksheet_write_blank(ws, (lxw_row_t)row, 5, ftext);
			}
		}
		/* the subtotal row belongs to the platform's merged group too */
		worksheet_write_string(ws, (lxw_row_t)row, 3, "小计", fsub);
		worksheet_write_number(ws, (lxw_row_t)row, 4, wan(g->cost), fsubnum);
		worksheet_write_number(ws, (lxw_row_t)row, 5, wan(g->subsidy), g->over_total ? fflag : fsubnum);
		{
			char seq[16];
			snprintf(seq, sizeof(seq), "%d", i + 1);
			const char *vals[] = { seq, g->org, g->industry, NULL, NULL, NULL, g->city, state_label(g->state) };
			for (int c = 0; c < 8; c++) {
				if (!vals[c]) continue;
				if (row > top) worksheet_merge_range(ws, (lxw_row_t)top, (lxw_col_t)c, (lxw_row_t)row, (lxw_col_t)c, vals[c], ftext);
				else worksheet_write_string(ws, (lxw_row_t)top, (lxw_col_t)c, vals[c], ftext);
			}
		}
		row++;
	}
	worksheet_merge_range(ws, (lxw_row_t)row, 0, (lxw_row_t)row, 3, "合计", fsub);
	worksheet_write_number(ws, (lxw_row_t)row, 4, wan(s->cost), fsubnum);
	worksheet_write_number(ws, (lxw_row_t)row, 5, wan(s->subsidy), fsubnum);
	worksheet_write_blank(ws, (lxw_row_t)row, 6, fsub);
	worksheet_write_blank(ws, (lxw_row_t)row, 7, fsub);
	row += 2;
	{
		char cp[32], ce[32];
		worksheet_merge_range(ws, (lxw_row_t)row, 0, (lxw_row_t)row + 1, 7, req_printf(r,
			"注：评估每个服务平台和每家企业数字化改造成本，需按照每个服务平台最高奖补不超过%s万元、不超过每家试点企业实际改造成本的%d%%且奖补资金最高不超过%s万元的标准进行测算。",
			money_trim(batch_yuan(b, "cap_platform_yuan"), cp, sizeof(cp)), batch_int(b, "cap_enterprise_pct"), money_trim(batch_yuan(b, "cap_enterprise_yuan"), ce, sizeof(ce))),
			fnote);
	}
	worksheet_set_landscape(ws);
	worksheet_set_paper(ws, 9);                  /* A4 */
	worksheet_fit_to_pages(ws, 1, 0);            /* one page wide */
	worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
	return xlsx_finish(r, wb, path, data, len);
}
