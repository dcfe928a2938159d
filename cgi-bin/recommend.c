/*
 * recommend - 盟市推荐: the city's recommendation for a batch.  From the
 * applications it passed, the 盟市 chooses at most 5 sub-industries of 附件1
 * (五（二）) and at most 3 platforms per sub-industry (五（三）), ranked, each
 * with a reason.  It is submitted once, with the 盟市工信和财政部门联合行文
 * (文号, 日期, PDF), before the 盟市 deadline (五（四）), and then frozen; the
 * 自治区 administrator may reopen it (audited).  Limits come from the batch.
 * 盟市 reviewers (their city) and the administrator (any city, ?city=).
 * GET ?batch=N; POST op = add | remove | up | down | submit | reopen.
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "batch", "申报批次", VT_INT, 0, 1, (1LL << 53) },
	{ "city", "盟市", VT_REGION },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "app", "服务平台", VT_INT, 0, 1, (1LL << 53) },
	{ "item", "推荐项", VT_INT, 0, 1, (1LL << 53) },
	{ "reason", "推荐理由", VT_TEXT, 0, 0, 500 },
	{ "doc_no", "联合行文文号", VT_LINE, 0, 0, 100 },
	{ "doc_date", "行文日期", VT_DATE },
	{ "doc", "联合行文（PDF）", VT_FILE },
	{ "version", "", VT_INT, 0, 1, 1000000000 },
	{ NULL }
};

struct rec { long long id; int submitted; long long version; char city[8]; struct batch b; };

static int
load(struct req *r, struct rec *rc)
{
	long long bid = batch_default(r, "platform");
	struct dbrows *d;
	int st;

	memset(rc, 0, sizeof(*rc));
	if (r->s.role == ROLE_CITY) snprintf(rc->city, sizeof(rc->city), "%s", scope_code(r));
	else if (req_str(r, "city")) snprintf(rc->city, sizeof(rc->city), "%s", req_str(r, "city"));
	else return 404;
	d = db_query(r, "SELECT 1 FROM regions WHERE code = ? AND level = 'city' AND ? IN (code, province_code)",
		     DS(rc->city), DS(scope_code(r)));
	st = d && d->nrows == 1 ? 0 : 404;
	dbrows_free(d);
	if (st) return st;
	if (!bid) return 404;
	if ((st = batch_load(r, bid, &rc->b))) return st;
	if (db_exec(r, "INSERT IGNORE INTO city_recommendations (batch_id, city_code) VALUES (?, ?)",
		    DI(bid), DS(rc->city)) < 0)
		return 500;
	d = db_query(r, "SELECT id, state = 'submitted', version FROM city_recommendations WHERE batch_id = ? AND city_code = ?",
		     DI(bid), DS(rc->city));
	if (!d || d->nrows != 1) { dbrows_free(d); return 500; }
	rc->id = dbi(d, 0, 0);
	rc->submitted = (int)dbi(d, 0, 1);
	rc->version = dbi(d, 0, 2);
	dbrows_free(d);
	return 0;
}

static int
render(struct req *r, const struct rec *rc, int status)
{
	struct dbrows *d;
	static const char *const items[] = { "id", "app", "org", "sub", "sub_name", "rank", "reason", "ents", "subsidy", NULL };
	static const char *const cands[] = { "app", "org", "sub", "sub_name", "county", NULL };
	char m[32];

	batch_to_hdf(r, &rc->b, "Batch");
	hsetf(r, "Rec.id", "%lld", rc->id);
	hseti(r, "Rec.submitted", rc->submitted);
	hsetf(r, "Rec.version", "%lld", rc->version);
	hset(r, "Rec.city", rc->city);
	d = db_query(r, "SELECT c.name, r.doc_no, COALESCE(DATE_FORMAT(r.doc_date, '%Y-%m-%d'), ''),"
			" COALESCE(DATE_FORMAT(r.submitted_at, '%Y-%m-%d %H:%i'), ''), COALESCE(f.filename, ''),"
			" CURDATE() > b.city_deadline"
			" FROM city_recommendations r JOIN regions c ON c.code = r.city_code JOIN batches b ON b.id = r.batch_id"
			" LEFT JOIN rec_documents f ON f.rec_id = r.id WHERE r.id = ?", DI(rc->id));
	if (!d || d->nrows != 1) { dbrows_free(d); return 500; }
	hset(r, "Rec.city_name", dbv(d, 0, 0));
	hset(r, "Rec.doc_no", dbv(d, 0, 1));
	hset(r, "Rec.doc_date", dbv(d, 0, 2));
	hset(r, "Rec.submitted_at", dbv(d, 0, 3));
	hset(r, "Rec.doc_file", dbv(d, 0, 4));
	hset(r, "Rec.past_deadline", dbv(d, 0, 5));
	dbrows_free(d);
	d = db_query(r,
		"SELECT i.id, p.id, a.display_name, i.sub_industry, s.name, i.rank_no, i.reason,"
		" (SELECT COUNT(*) FROM app_enterprises e WHERE e.application_id = p.id),"
		" (SELECT COALESCE(SUM(e.subsidy_yuan), 0) FROM app_enterprises e WHERE e.application_id = p.id)"
		" FROM recommendation_items i JOIN applications p ON p.id = i.application_id"
		" JOIN accounts a ON a.id = p.account_id JOIN sub_industries s ON s.seq = i.sub_industry"
		" WHERE i.rec_id = ? ORDER BY i.sub_industry, i.rank_no", DI(rc->id));
	if (!d) return 500;
	db_to_hdf(r, d, "Items", items);
	{
		int subs = 0;
		for (int i = 0; i < d->nrows; i++) {
			int first = i == 0 || dbi(d, i - 1, 3) != dbi(d, i, 3);
			int cnt = 0;
			for (int k = 0; k < d->nrows; k++) if (dbi(d, k, 3) == dbi(d, i, 3)) cnt++;
			subs += first;
			hseti(r, req_printf(r, "Items.%d.first", i), first);
			hseti(r, req_printf(r, "Items.%d.in_sub", i), cnt);
			hset(r, req_printf(r, "Items.%d.subsidy", i), money_fmt(dbi(d, i, 8), m, sizeof(m)));
		}
		hseti(r, "Quota.subs", subs);
		hseti(r, "Quota.subs_left", rc->b.max_subind_per_city - subs);
	}
	dbrows_free(d);
	d = db_query(r,
		"SELECT p.id, a.display_name, p.sub_industry, s.name, g.name FROM applications p"
		" JOIN accounts a ON a.id = p.account_id JOIN regions g ON g.code = p.region_code"
		" JOIN sub_industries s ON s.seq = p.sub_industry"
		" WHERE p.batch_id = ? AND g.city_code = ? AND p.state = 'city_passed'"
		" AND NOT EXISTS (SELECT 1 FROM recommendation_items i WHERE i.application_id = p.id)"
		" ORDER BY p.sub_industry, a.display_name", DI(rc->b.id), DS(rc->city));
	if (!d) return 500;
	db_to_hdf(r, d, "Candidates", cands);
	dbrows_free(d);
	return page_render_status(r, status, "recommend.cs");
}

static int
refuse(struct req *r, const struct rec *rc, const char *msg)
{
	hset(r, "Refused", msg);
	return render(r, rc, 422);
}

static int
add(struct req *r, struct rec *rc)
{
	struct dbrows *d;
	long long app = req_int(r, "app", 0);
	int sub, subs, in_sub;
	const char *reason = req_str(r, "reason");

	if (!reason || !*reason) { req_field_error(r, "reason", "请填写推荐理由"); return render(r, rc, 422); }
	d = db_query(r, "SELECT p.sub_industry FROM applications p JOIN regions g ON g.code = p.region_code"
			" WHERE p.id = ? AND p.batch_id = ? AND g.city_code = ? AND p.state = 'city_passed'",
		     DI(app), DI(rc->b.id), DS(rc->city));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return refuse(r, rc, "只能推荐本盟市审核通过的服务平台。"); }
	sub = (int)dbi(d, 0, 0);
	dbrows_free(d);
	if (db_begin(r)) return 500;
	/* lock the recommendation row: concurrent additions count one after the other */
	if (db_exec(r, "UPDATE city_recommendations SET version = version + 1 WHERE id = ? AND state = 'draft'",
		    DI(rc->id)) != 1) {
		db_rollback(r);
		return refuse(r, rc, "推荐已提交，不能再修改。");
	}
	d = db_query(r, "SELECT COUNT(DISTINCT sub_industry), SUM(sub_industry = ?) FROM recommendation_items WHERE rec_id = ?",
		     DI(sub), DI(rc->id));
	if (!d) return 500;
	subs = (int)dbi(d, 0, 0);
	in_sub = (int)dbi(d, 0, 1);
	dbrows_free(d);
	if (in_sub == 0 && subs >= rc->b.max_subind_per_city) {
		db_rollback(r);
		return refuse(r, rc, req_printf(r, "已选择 %d 个细分行业，不能再增加：各盟市选择不超过%d个细分行业（申报指南 五、相关要求（二））。",
						subs, rc->b.max_subind_per_city));
	}
	if (in_sub >= rc->b.max_platforms_per_subind) {
		db_rollback(r);
		return refuse(r, rc, req_printf(r, "该细分行业已推荐 %d 个平台，不能再增加：每个细分行业推荐不超过%d个平台（申报指南 五、相关要求（三））。",
						in_sub, rc->b.max_platforms_per_subind));
	}
	if (db_exec(r, "INSERT INTO recommendation_items (rec_id, application_id, sub_industry, rank_no, reason)"
		       " VALUES (?, ?, ?, ?, ?)", DI(rc->id), DI(app), DI(sub), DI(in_sub + 1), DS(reason)) != 1) {
		db_rollback(r);
		if (r->db_errno == 1062) return refuse(r, rc, "该服务平台已在推荐名单中。");
		return 500;
	}
	if (audit(r, "recommend.add", "recommendation", rc->id, "", req_printf(r, "application %lld 行业%d 第%d位", app, sub, in_sub + 1)) ||
	    db_commit(r))
		return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/recommend.cgi?batch=%lld", rc->b.id), "已加入推荐名单。");
}

static int
edit_item(struct req *r, struct rec *rc, const char *op)
{
	long long item = req_int(r, "item", 0);
	struct dbrows *d;
	long long n;

	if (db_begin(r)) return 500;
	if (db_exec(r, "UPDATE city_recommendations SET version = version + 1 WHERE id = ? AND state = 'draft'",
		    DI(rc->id)) != 1) {
		db_rollback(r);
		return refuse(r, rc, "推荐已提交，不能再修改。");
	}
	d = db_query(r, "SELECT sub_industry, rank_no FROM recommendation_items WHERE id = ? AND rec_id = ?", DI(item), DI(rc->id));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); db_rollback(r); return 404; }
	long long sub = dbi(d, 0, 0), rank = dbi(d, 0, 1);
	dbrows_free(d);
	if (!strcmp(op, "remove")) {
		n = db_exec(r, "DELETE FROM recommendation_items WHERE id = ?", DI(item));
		if (n == 1) n = db_exec(r, "UPDATE recommendation_items SET rank_no = rank_no - 1"
					   " WHERE rec_id = ? AND sub_industry = ? AND rank_no > ?", DI(rc->id), DI(sub), DI(rank));
	} else {
		long long other = !strcmp(op, "up") ? rank - 1 : rank + 1;
		/* swap with the neighbour in the same sub-industry, if there is one */
		n = db_exec(r, "UPDATE recommendation_items SET rank_no = CASE WHEN id = ? THEN ? ELSE ? END"
			       " WHERE rec_id = ? AND sub_industry = ? AND (id = ? OR rank_no = ?)"
			       " AND EXISTS (SELECT 1 FROM (SELECT id FROM recommendation_items WHERE rec_id = ?"
			       "   AND sub_industry = ? AND rank_no = ?) x)",
			    DI(item), DI(other), DI(rank), DI(rc->id), DI(sub), DI(item), DI(other), DI(rc->id), DI(sub), DI(other));
	}
	if (n < 0) return 500;
	if (audit(r, req_printf(r, "recommend.%s", op), "recommendation", rc->id, "", req_printf(r, "item %lld", item)) ||
	    db_commit(r))
		return 500;
	return page_redirect(r, req_printf(r, "/cgi-bin/recommend.cgi?batch=%lld", rc->b.id));
}

static int
submit(struct req *r, struct rec *rc)
{
	const struct upload *u = req_upload(r, "doc");
	struct dbrows *d;
	char sha[65];
	const char *mime;
	struct wf_result res;
	int st;

	if (!req_str(r, "doc_no")) req_field_error(r, "doc_no", "请填写联合行文的文号");
	if (!req_str(r, "doc_date")) req_field_error(r, "doc_date", "请填写行文日期");
	if (!u) req_field_error(r, "doc", "请上传盟市工信和财政部门联合行文（PDF）");
	else {
		/* reuse the upload checks by content; only PDF for the joint document */
		if (u->len < 5 || memcmp(u->data, "%PDF-", 5) != 0)
			req_field_error(r, "doc", "联合行文须为PDF文件");
		else if ((long long)u->len > req_conf_int(r, "Upload.MaxBytes", 20971520))
			req_field_error(r, "doc", "文件超过大小上限");
	}
	if (req_errors(r)) return render(r, rc, 422);
	d = db_query(r, "SELECT CURDATE() > ?", DS(rc->b.city_deadline));
	if (d && d->nrows && dbi(d, 0, 0)) {
		dbrows_free(d);
		return refuse(r, rc, req_printf(r, "盟市推荐已于%s截止（申报指南：盟市工信和财政部门须联合行文按期上报），不能再提交。如需延期请联系自治区工信厅。",
						cn_date(r, rc->b.city_deadline)));
	}
	dbrows_free(d);
	mime = "application/pdf";
	sha256_hex(u->data, u->len, sha);
	if (db_begin(r)) return 500;
	if (db_exec(r, "UPDATE city_recommendations SET state = 'submitted', doc_no = ?, doc_date = ?, submitted_at = NOW(),"
		       " submitted_by = ?, version = version + 1 WHERE id = ? AND state = 'draft' AND version = ?",
		    DS(req_str(r, "doc_no")), DS(req_str(r, "doc_date")), DI(r->s.account_id), DI(rc->id),
		    DI(req_int(r, "version", 0))) != 1) {
		db_rollback(r);
		return refuse(r, rc, "推荐已提交或已在别处修改，请刷新查看。");
	}
	d = db_query(r, "SELECT COUNT(*) FROM recommendation_items WHERE rec_id = ?", DI(rc->id));
	if (!d || !dbi(d, 0, 0)) { dbrows_free(d); db_rollback(r); return refuse(r, rc, "推荐名单为空，不能提交。"); }
	dbrows_free(d);
	if (db_exec(r, "DELETE FROM rec_documents WHERE rec_id = ?", DI(rc->id)) < 0 ||
	    db_exec(r, "INSERT INTO rec_documents (rec_id, filename, mime, size, sha256, data) VALUES (?, ?, ?, ?, ?, ?)",
		    DI(rc->id), DS(display_filename(r, u->client_name)), DS(mime), DI((long long)u->len), DS(sha),
		    DBLOB(u->data, u->len)) != 1)
		return 500;
	/* every recommended application moves on, each through the workflow's one path */
	d = db_query(r, "SELECT application_id FROM recommendation_items WHERE rec_id = ?", DI(rc->id));
	st = wf_apply_each(r, d, "recommend", &(struct wf_args){ .note = req_printf(r, "联合行文 %s", req_str(r, "doc_no")) }, &res);
	dbrows_free(d);
	if (st) {
		db_rollback(r);
		return res.status == 500 ? 500 : refuse(r, rc, req_printf(r, "推荐名单中有申请不能推荐，未提交：%s", res.msg));
	}
	if (audit(r, "recommend.submit", "recommendation", rc->id, "draft",
		  req_printf(r, "文号%s 日期%s 文件%s", req_str(r, "doc_no"), req_str(r, "doc_date"), sha)) ||
	    db_commit(r))
		return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/recommend.cgi?batch=%lld", rc->b.id),
				   "推荐名单已提交自治区工信厅，现已冻结。");
}

static int
reopen(struct req *r, struct rec *rc)
{
	if (db_begin(r)) return 500;
	if (db_exec(r, "UPDATE city_recommendations SET state = 'draft', version = version + 1 WHERE id = ? AND state = 'submitted'",
		    DI(rc->id)) != 1) {
		db_rollback(r);
		return refuse(r, rc, "该推荐未提交，无需重新开放。");
	}
	/* the applications it recommended and nobody has acted on since go back to 审核通过 */
	struct wf_result res;
	struct dbrows *d = db_query(r, "SELECT i.application_id FROM recommendation_items i JOIN applications p ON p.id = i.application_id"
				       " WHERE i.rec_id = ? AND p.state = 'recommended'", DI(rc->id));
	int st = wf_apply_each(r, d, "reopen", &(struct wf_args){ .note = "盟市推荐名单已重新开放，可修改后重新提交" }, &res);
	dbrows_free(d);
	if (st) { db_rollback(r); return res.status == 500 ? 500 : refuse(r, rc, res.msg); }
	if (audit(r, "recommend.reopen", "recommendation", rc->id, "submitted", "draft") || db_commit(r))
		return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/recommend.cgi?batch=%lld&city=%s", rc->b.id, rc->city),
				   "已重新开放该盟市的推荐，盟市可修改后重新提交。");
}

static int
handle(struct req *r)
{
	struct rec rc;
	const char *op = req_str(r, "op");
	int st;

	if ((st = load(r, &rc))) return st;
	if (r->method != M_POST) return render(r, &rc, 200);
	if (!op) return 400;
	if (!strcmp(op, "reopen")) return r->s.role == ROLE_PROVINCE ? reopen(r, &rc) : 403;
	if (r->s.role != ROLE_CITY) return 403;
	if (rc.submitted) return refuse(r, &rc, "推荐已提交，不能再修改。如需修改请联系自治区工信厅重新开放。");
	if (!strcmp(op, "add")) return add(r, &rc);
	if (!strcmp(op, "remove") || !strcmp(op, "up") || !strcmp(op, "down")) return edit_item(r, &rc, op);
	if (!strcmp(op, "submit")) return submit(r, &rc);
	return 400;
}

const struct page PAGE = { "recommend", M_GET | M_POST, ROLE_CITY | ROLE_PROVINCE, PAGE_UPLOAD, inputs, handle };
