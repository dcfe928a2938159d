/*
 * app_ent - one row of the 服务企业清单 with its proofs (服务合同, 发票, 效果场景).
 * 服务平台 (its own application, while editable) and reviewers in scope
 * (read-only).  GET ?id=N[&ent=M]; POST (multipart) op=save | delete | delfile.
 * The 奖补资金额 defaults to the most the rules allow, min(20% of 实际改造成本,
 * 20万元); less may be asked, never more, and the platform's total stays
 * within 200万元 (附件3注; values from the batch).  The row and its files are
 * saved in one transaction: a refused file leaves nothing behind.
 */
#include <string.h>
#include "programmes/platform.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, IN_REQ, 1, (1LL << 53) },
	{ "ent", "服务企业", VT_INT, 0, 1, (1LL << 53) },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "version", "", VT_INT, 0, 1, 1000000000 },
	{ "file", "附件", VT_INT, 0, 1, (1LL << 53) },
	{ "name", "试点企业名称", VT_LINE, 0, 2, 100 },
	{ "credit_code", "统一社会信用代码", VT_USCC },
	{ "region", "所在旗县区", VT_REGION },
	{ "scale", "企业规模", VT_KEY, 0, 0, 8 },
	{ "ent_sub", "所属细分行业（附件1）", VT_INT, 0, 1, 100 },
	{ "contract_date", "服务合同签订日期", VT_DATE },
	{ "confirm_cost", "确认实际改造成本", VT_BOOL },
	{ "service_content", "服务内容", VT_TEXT, 0, 0, 500 },
	{ "contract", "服务合同金额（万元）", VT_MONEY },
	{ "cost", "实际改造成本（万元）", VT_MONEY },
	{ "subsidy", "奖补资金额（万元）", VT_MONEY },
	{ "f_contract", "服务合同", VT_FILE },
	{ "f_invoice", "发票", VT_FILE },
	{ "f_scene", "效果场景", VT_FILE },
	{ NULL }
};

static const struct { const char *field, *kind; } files[] = {
	{ "f_contract", "contract" }, { "f_invoice", "invoice" }, { "f_scene", "scene" },
};

static int
render(struct req *r, const struct app_info *a, long long ent, int status)
{
	char m[32];
	struct dbrows *d;

	app_show(r, a);
	if (regions_to_hdf(r, a->b.region)) return 500;
	hseti(r, "Ent.id", ent);
	{
		long long max = upload_max_bytes(r);
		/* the browser checks a chosen file against the same limit (htdocs/js/app.js) */
		hsetf(r, "Upload.MaxBytes", "%lld", max);
		hset(r, "Upload.Limit", upload_limit_text(r, max));
	}
	/* a refused save stores none of the files sent with it: each is named beside its field */
	for (size_t i = 0; status != 200 && i < sizeof(files) / sizeof(files[0]); i++) {
		const struct upload *u = req_upload(r, files[i].field);
		if (u) hset(r, req_printf(r, "Dropped.%s", files[i].field), display_filename(r, u->client_name));
	}
	d = db_query(r, "SELECT COALESCE(SUM(subsidy_yuan), 0) FROM app_enterprises WHERE application_id = ? AND id <> ?",
		     DI(a->id), DI(ent));
	if (!d) return 500;
	hset(r, "Ent.others_total", money_fmt(dbi(d, 0, 0), m, sizeof(m)));
	hset(r, "Ent.remaining", money_fmt(batch_yuan(&a->b, "cap_platform_yuan") - dbi(d, 0, 0), m, sizeof(m)));
	hset(r, "Ent.plausible", money_trim(batch_yuan(&a->b, "plausible_cost_yuan"), m, sizeof(m)));
	hsetf(r, "Ent.platform_sub", "%d", a->sub_industry);
	d = db_query(r, "SELECT seq, category, name FROM sub_industries ORDER BY seq");
	static const char *const sn[] = { "seq", "category", "name", NULL };
	if (!d) return 500;
	db_to_hdf(r, d, "SubInd", sn);
	if (ent) {
		struct problem *ps;
		int nf = platform_flags(r, a, ent, &ps);
		if (nf < 0) return 500;
		for (int i = 0; i < nf; i++) hset(r, req_printf(r, "Ent.flags.%d", i), ps[i].msg);
		d = db_query(r,
			"SELECT t.id, t.kind, t.filename, t.size, DATE_FORMAT(t.created_at, '%Y-%m-%d %H:%i'),"
			" (SELECT COUNT(DISTINCT o.application_id) FROM attachments o"
			"   WHERE o.sha256 = t.sha256 AND o.application_id <> t.application_id)"
			" FROM attachments t WHERE t.enterprise_id = ? AND t.application_id = ? ORDER BY t.kind, t.id",
			DI(ent), DI(a->id));
		static const char *const names[] = { "id", "kind", "filename", "size", "at", "reused", NULL };
		db_to_hdf(r, d, "EntFiles", names);
	}
	return page_render_status(r, status, "app_ent.cs");
}

static int
load_row(struct req *r, const struct app_info *a, long long ent)
{
	char m[32];
	struct dbrows *d = db_query(r,
		"SELECT name, credit_code, region_code, service_content, contract_yuan, cost_yuan, subsidy_yuan, version,"
		" COALESCE(scale, ''), COALESCE(sub_industry, ''), COALESCE(DATE_FORMAT(contract_date, '%Y-%m-%d'), ''), subsidy_auto"
		" FROM app_enterprises WHERE id = ? AND application_id = ?", DI(ent), DI(a->id));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	hset(r, "Form.name", dbv(d, 0, 0));
	hset(r, "Form.credit_code", dbv(d, 0, 1));
	hset(r, "Form.region", dbv(d, 0, 2));
	hset(r, "Form.service_content", dbv(d, 0, 3));
	hset(r, "Form.contract", money_fmt(dbi(d, 0, 4), m, sizeof(m)));
	hset(r, "Form.cost", money_fmt(dbi(d, 0, 5), m, sizeof(m)));
	/* an amount left to the rule stays so: the field is empty and follows the cost */
	hset(r, "Form.subsidy", dbi(d, 0, 11) ? "" : money_fmt(dbi(d, 0, 6), m, sizeof(m)));
	hset(r, "Ent.subsidy_now", money_fmt(dbi(d, 0, 6), m, sizeof(m)));
	hset(r, "Form.version", dbv(d, 0, 7));
	hset(r, "Form.scale", dbv(d, 0, 8));
	hset(r, "Form.ent_sub", dbv(d, 0, 9));
	hset(r, "Form.contract_date", dbv(d, 0, 10));
	hset(r, "Ent.basis", subsidy_basis(r, &a->b, dbi(d, 0, 5)));
	return 0;
}

static void
need(struct req *r, const char *field, const char *msg)
{
	const struct val *v = req_val(r, field);
	if (v && !v->err && !req_str(r, field)) req_field_error(r, field, msg);
}

static int
save(struct req *r, const struct app_info *a, long long ent)
{
	const struct batch *b = &a->b;
	long long cost, subsidy, cap, others, n;
	int st;
	char m[32], m2[32];
	struct dbrows *d;
	const char *what;

	need(r, "name", "请填写试点企业名称");
	need(r, "credit_code", "请填写统一社会信用代码");
	need(r, "region", "请选择所在旗县区");
	need(r, "service_content", "请填写服务内容");
	need(r, "contract", "请填写服务合同金额");
	need(r, "cost", "请填写实际改造成本");
	if (req_str(r, "region") && !region_is_county_of(r, req_str(r, "region"), b->region))
		req_field_error(r, "region", "请选择本自治区的旗县区");
	if (req_str(r, "scale") && !scale_label(req_str(r, "scale")))
		req_field_error(r, "scale", "请选择中型、小型或微型");
	cost = req_int(r, "cost", 0);
	/* 万元 typed as 元 ("1500000" = 150亿元)?  Above the batch's plausible amount the user confirms it */
	if (req_str(r, "cost") && cost > batch_yuan(b, "plausible_cost_yuan") && !req_int(r, "confirm_cost", 0)) {
		hset(r, "Ask.confirm_cost", "1");
		req_field_error(r, "cost", req_printf(r, "实际改造成本 %s 万元（即 %lld 元）超过 %s 万元，请核对单位为万元；确认无误请勾选下方的确认后再保存",
						      money_trim(cost, m, sizeof(m)), cost, money_trim(batch_yuan(b, "plausible_cost_yuan"), m2, sizeof(m2))));
	}
	cap = subsidy_cap_yuan(b, cost);
	int autos = !req_str(r, "subsidy");
	subsidy = autos ? cap : req_int(r, "subsidy", 0);   /* default: the most allowed, recomputed with the cost */
	if (req_str(r, "cost") && req_str(r, "subsidy") && subsidy > cap)
		req_field_error(r, "subsidy", req_printf(r, "奖补资金额不能超过 %s 万元。%s", money_fmt(cap, m, sizeof(m)),
							 subsidy_basis(r, b, cost)));
	if (req_errors(r)) return render(r, a, ent, 422);
	/* the row locked: a submission, or another row's save, waits for this one (the 200万 total stays true) */
	if ((st = app_begin_edit(r, a))) return st;
	d = db_query(r, "SELECT COALESCE(SUM(subsidy_yuan), 0) FROM app_enterprises WHERE application_id = ? AND id <> ?",
		     DI(a->id), DI(ent));
	if (!d) return 500;
	others = dbi(d, 0, 0);
	if (!subsidy_total_ok(b, others + subsidy)) {
		long long room = batch_yuan(b, "cap_platform_yuan") - others;
		req_field_error(r, "subsidy", req_printf(r,
			"奖补资金合计将达到 %s 万元，超过每个服务平台最高 %s 万元（附件3注）；本企业最多还可申请 %s 万元",
			money_fmt(others + subsidy, m, sizeof(m)), money_fmt(batch_yuan(b, "cap_platform_yuan"), m2, sizeof(m2)),
			money_fmt(room > 0 ? room : 0, (char[32]){ 0 }, 32)));
	}
	if (req_errors(r)) { db_rollback(r); return render(r, a, ent, 422); }
	if (!ent) {
		n = db_exec(r,
			"INSERT INTO app_enterprises (application_id, name, credit_code, region_code, scale, sub_industry,"
			" service_content, contract_yuan, contract_date, cost_yuan, subsidy_yuan, subsidy_auto)"
			" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
			DI(a->id), DS(req_str(r, "name")), DS(req_str(r, "credit_code")), DS(req_str(r, "region")),
			DS(req_str(r, "scale")), req_str(r, "ent_sub") ? DI(req_int(r, "ent_sub", 0)) : DNULL,
			DS(req_str(r, "service_content")), DI(req_int(r, "contract", 0)), DS(req_str(r, "contract_date")),
			DI(cost), DI(subsidy), DI(autos));
		if (n == 1) ent = db_last_id(r);
		what = "application.enterprise.add";
	} else {
		n = db_exec(r,
			"UPDATE app_enterprises SET name = ?, credit_code = ?, region_code = ?, scale = ?, sub_industry = ?,"
			" service_content = ?, contract_yuan = ?, contract_date = ?, cost_yuan = ?, subsidy_yuan = ?,"
			" subsidy_auto = ?, version = version + 1 WHERE id = ? AND application_id = ? AND version = ?",
			DS(req_str(r, "name")), DS(req_str(r, "credit_code")), DS(req_str(r, "region")),
			DS(req_str(r, "scale")), req_str(r, "ent_sub") ? DI(req_int(r, "ent_sub", 0)) : DNULL,
			DS(req_str(r, "service_content")), DI(req_int(r, "contract", 0)), DS(req_str(r, "contract_date")),
			DI(cost), DI(subsidy), DI(autos), DI(ent), DI(a->id), DI(req_int(r, "version", 0)));
		what = "application.enterprise.update";
		if (n == 0) {
			db_rollback(r);
			hset(r, "Conflict", "1");
			return render(r, a, ent, 409);
		}
	}
	if (n != 1) {
		db_rollback(r);
		if (r->db_errno != 1062) return 500;
		req_field_error(r, "credit_code", "该企业已在本平台的服务企业清单中（统一社会信用代码不能重复）");
		return render(r, a, req_int(r, "ent", 0), 422);
	}
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		const struct upload *u = req_upload(r, files[i].field);
		long long fid;
		const char *e;
		if (!u) continue;
		if ((e = attach_store(r, a->id, ent, files[i].kind, u, &fid))) {
			db_rollback(r);
			if (!*e) return 500;
			req_field_error(r, files[i].field, req_printf(r, "%s（%s）", e, display_filename(r, u->client_name)));
			return render(r, a, req_int(r, "ent", 0), 422);
		}
	}
	if (audit(r, what, "application", a->id, "",
		  req_printf(r, "%s %s 成本%s 奖补%s", req_str(r, "name"), req_str(r, "credit_code"),
			     money_fmt(cost, m, sizeof(m)), money_fmt(subsidy, m2, sizeof(m2)))) ||
	    db_commit(r))
		return 500;
	{
		/* what is flagged about it (another platform lists it too, ...) goes with the confirmation */
		struct problem *ps;
		int nf = platform_flags(r, a, ent, &ps);
		const char *more = "";
		for (int i = 0; i < nf; i++) more = req_printf(r, "%s 注意：%s。", more, ps[i].msg);
		return page_flash_redirect(r, req_printf(r, "/cgi-bin/app_ent.cgi?id=%lld&ent=%lld", a->id, ent),
					   req_printf(r, "已保存服务企业“%s”，奖补资金额 %s 万元%s。%s", req_str(r, "name"),
						      money_fmt(subsidy, m, sizeof(m)), autos ? "（按规则测算，随实际改造成本自动更新）" : "",
						      more));
	}
}

static int
handle(struct req *r)
{
	struct app_info a;
	long long ent = req_int(r, "ent", 0);
	const char *op = req_str(r, "op");
	int st;

	if ((st = app_open(r, req_int(r, "id", 0), &a))) return st;
	if (r->method != M_POST) {
		if (ent && (st = load_row(r, &a, ent))) return st;
		return render(r, &a, ent, 200);
	}
	if (!a.editable) return 409;
	if (!op || !strcmp(op, "save")) return save(r, &a, ent);
	if (!strcmp(op, "delete") && ent) {
		if ((st = app_begin_edit(r, &a))) return st;
		long long n = db_exec(r, "DELETE FROM app_enterprises WHERE id = ? AND application_id = ? AND version = ?",
				      DI(ent), DI(a.id), DI(req_int(r, "version", 0)));
		if (n < 0) return 500;
		if (n == 0) { db_rollback(r); return 409; }
		if (audit(r, "application.enterprise.delete", "application", a.id, "", req_printf(r, "删除服务企业（记录编号 %lld）", ent)) ||
		    db_commit(r))
			return 500;
		return page_flash_redirect(r, req_printf(r, "/cgi-bin/app.cgi?id=%lld#enterprises", a.id), "已删除该服务企业及其证明材料。");
	}
	if (!strcmp(op, "delfile") && ent && req_int(r, "file", 0)) {
		if ((st = app_begin_edit(r, &a))) return st;
		long long n = db_exec(r, "DELETE FROM attachments WHERE id = ? AND application_id = ? AND enterprise_id = ?",
				      DI(req_int(r, "file", 0)), DI(a.id), DI(ent));
		if (n < 0) return 500;
		if (n == 0) { db_rollback(r); return 404; }
		if (audit(r, "application.file.delete", "application", a.id, "",
			  req_printf(r, "删除证明材料（附件编号 %lld）", req_int(r, "file", 0))) || db_commit(r))
			return 500;
		return page_flash_redirect(r, req_printf(r, "/cgi-bin/app_ent.cgi?id=%lld&ent=%lld", a.id, ent), "已删除该文件。");
	}
	return 400;
}

const struct page PAGE = { "app_ent", M_GET | M_POST, ROLE_PLATFORM | ROLE_REVIEWER | ROLE_EXPERT, PAGE_UPLOAD, inputs, handle };
