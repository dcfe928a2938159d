/*
 * xlsx.c - an Excel workbook (libxlsxwriter) on a private temporary file,
 * read back into the request arena and sent; table.c lays tables out in it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <xlsxwriter.h>
#include "summary.h"

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
	/* rows go to disk as they are finished (table.c writes in row order and records merges down at their end) */
	lxw_workbook_options o = { .constant_memory = LXW_TRUE, .tmpdir = (char *)req_conf(r, "Export.TmpDir", "/tmp") };
	if (!(wb = workbook_new_opt(*path, &o))) unlink(*path);
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
