/*
 * app_files - 附件材料 of an application: the kinds of document its stage uploads
 * (struct file_kind: 内蒙古's 法人证书或营业执照副本, 信用报告 and 其他佐证材料, 洛阳's
 * 补助 vouchers ...), the required ones checked by 校验.  The applicant (own, while
 * editable) and reviewers in scope (read-only); 404 for a stage without such a page.
 * GET ?id=N; POST (multipart) op=upload (kind + file) | delete (file).
 */
#include <string.h>
#include "programme.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, IN_REQ, 1, (1LL << 53) },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "kind", "材料类别", VT_KEY, 0, 0, 16 },
	{ "file", "附件", VT_INT, 0, 1, (1LL << 53) },
	{ "upload", "文件", VT_FILE },
	{ NULL }
};

/* the stage's kind of this key; NULL when it has none */
static const struct file_kind *
kind_of(const struct app_info *a, const char *key)
{
	for (const struct file_kind *k = a->st->files; key && k && k->key; k++)
		if (!strcmp(k->key, key)) return k;
	return NULL;
}

static int
render(struct req *r, const struct app_info *a, int status)
{
	app_show(r, a);
	file_kinds_to_hdf(r, a->st);
	attach_list_to_hdf(r, a->id, "Files");
	{
		long long max = upload_max_bytes(r);
		/* the browser checks a chosen file against the same limit (htdocs/js/app.js) */
		hsetf(r, "Upload.MaxBytes", "%lld", max);
		hset(r, "Upload.Limit", upload_limit_text(r, max));
	}
	return page_render_status(r, status, "app_files.cs");
}

static int
handle(struct req *r)
{
	struct app_info a;
	const char *op = req_str(r, "op"), *e;
	const struct file_kind *kind;
	const struct upload *u;
	long long fid;
	int st;

	if ((st = app_open(r, req_int(r, "id", 0), &a))) return st;
	if (party_only(r, &a)) return 403;
	if (!a.st->files) return 404;
	if (r->method != M_POST) return render(r, &a, 200);
	if (!a.editable) return 409;
	if (op && !strcmp(op, "delete")) {
		/* only the applicant's own kinds: a third party's document on the application (the 评测工作方案, the
		 * 专项审计报告) is not the applicant's to delete */
		struct dbrows *k = db_query(r, "SELECT kind FROM attachments WHERE id = ? AND application_id = ? AND enterprise_id IS NULL",
					    DI(req_int(r, "file", 0)), DI(a.id));
		if (!k) return 500;
		if (k->nrows != 1 || !kind_of(&a, dbv(k, 0, 0))) return 404;
		if ((st = app_begin_edit(r, &a))) return st;
		long long n = db_exec(r, "DELETE FROM attachments WHERE id = ? AND application_id = ? AND enterprise_id IS NULL",
				      DI(req_int(r, "file", 0)), DI(a.id));
		if (n < 0) return 500;
		if (n == 0) { db_rollback(r); return 404; }
		if (audit(r, "application.file.delete", "application", a.id, "",
			  req_printf(r, "删除附件（附件编号 %lld）", req_int(r, "file", 0))) || db_commit(r))
			return 500;
		return page_flash_redirect(r, req_printf(r, "/cgi-bin/app_files.cgi?id=%lld", a.id), "已删除该文件。");
	}
	if (!(kind = kind_of(&a, req_str(r, "kind"))))
		req_field_error(r, "kind", "请选择材料类别");
	if (!(u = req_upload(r, "upload")))
		req_field_error(r, "upload", "请选择要上传的文件");
	if (req_errors(r)) return render(r, &a, 422);
	if ((st = app_begin_edit(r, &a))) return st;
	if ((e = attach_store(r, a.id, 0, kind->key, u, &fid))) {
		db_rollback(r);
		if (!*e) return 500;
		req_field_error(r, "upload", req_printf(r, "%s（%s）", e, display_filename(r, u->client_name)));
		return render(r, &a, 422);
	}
	if (audit(r, "application.file.upload", "application", a.id, "",
		  req_printf(r, "%s：%s（%zu 字节）", kind->label, display_filename(r, u->client_name), u->len)) || db_commit(r))
		return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/app_files.cgi?id=%lld", a.id),
				   req_printf(r, "已上传“%s”。", display_filename(r, u->client_name)));
}

const struct page PAGE = { "app_files", M_GET | M_POST, ROLE_APPLICANT | ROLE_PROVIDER | ROLE_REVIEWER | ROLE_EXPERT, PAGE_UPLOAD, inputs, handle };
