/*
 * county_rec - 县区推荐 (洛阳 通知 三（二）1): the 县区's recommendation of the
 * enterprises it passed, ranked, against its quota of 附件2.  Recommending
 * fewer than the quota (原则上不得少于推荐数量) needs a confirmation and a
 * reason; the submission needs the 县区推荐文件 (文号 and PDF), before the 县区
 * deadline, and then is frozen.  县区 reviewers (their county).
 * GET ?batch=N; POST op = add | remove | up | down | submit.
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "batch", "征集批次", VT_INT, 0, 1, (1LL << 53) },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "app", "企业", VT_INT, 0, 1, (1LL << 53) },
	{ "doc_no", "县区推荐文件文号", VT_LINE, 0, 0, 100 },
	{ "doc", "县区推荐文件（PDF）", VT_FILE },
	{ "confirm_fewer", "确认少于推荐数量", VT_BOOL },
	{ "fewer_reason", "少报理由", VT_TEXT, 0, 0, 500 },
	{ "version", "", VT_INT, 0, 1, 1000000000 },
	{ NULL }
};

struct crec { long long id, version; int submitted, quota, has_quota; struct batch b; };

static int
load(struct req *r, struct crec *c)
{
	long long bid = batch_default(r, "enterprise");
	struct dbrows *d;
	int st;

	memset(c, 0, sizeof(*c));
	if (!bid) return 404;
	if ((st = batch_load(r, bid, &c->b))) return st;
	if (strcmp(c->b.programme, "enterprise")) return 404;
	d = db_query(r, "SELECT 1 FROM regions WHERE code = ? AND city_code = ?", DS(scope_code(r)), DS(c->b.region));
	st = d && d->nrows == 1 ? 0 : 404;
	dbrows_free(d);
	if (st) return st;
	if (db_exec(r, "INSERT IGNORE INTO county_recommendations (batch_id, county_code, fewer_reason) VALUES (?, ?, '')",
		    DI(bid), DS(scope_code(r))) < 0)
		return 500;
	d = db_query(r, "SELECT r.id, r.state = 'submitted', r.version, q.quota FROM county_recommendations r"
			" LEFT JOIN county_quotas q ON q.batch_id = r.batch_id AND q.county_code = r.county_code"
			" WHERE r.batch_id = ? AND r.county_code = ?", DI(bid), DS(scope_code(r)));
	if (!d || d->nrows != 1) { dbrows_free(d); return 500; }
	c->id = dbi(d, 0, 0);
	c->submitted = (int)dbi(d, 0, 1);
	c->version = dbi(d, 0, 2);
	c->has_quota = dbn(d, 0, 3) != NULL;
	c->quota = (int)dbi(d, 0, 3);
	dbrows_free(d);
	return 0;
}

static int
render(struct req *r, const struct crec *c, int status)
{
	struct dbrows *d;
	static const char *const in[] = { "app", "org", "rank", "state", NULL };
	static const char *const cn[] = { "app", "org", NULL };

	batch_to_hdf(r, &c->b, "Batch");
	hsetf(r, "Rec.version", "%lld", c->version);
	hseti(r, "Rec.submitted", c->submitted);
	hseti(r, "Rec.quota", c->quota);
	hseti(r, "Rec.has_quota", c->has_quota);
	d = db_query(r, "SELECT p.id, a.display_name, i.rank_no, p.state FROM county_rec_items i"
			" JOIN applications p ON p.id = i.application_id JOIN accounts a ON a.id = p.account_id"
			" WHERE i.rec_id = ? ORDER BY i.rank_no", DI(c->id));
	if (!d) return 500;
	db_to_hdf(r, d, "Items", in);
	hseti(r, "Rec.count", d->nrows);
	dbrows_free(d);
	d = db_query(r, "SELECT p.id, a.display_name FROM applications p JOIN accounts a ON a.id = p.account_id"
			" WHERE p.batch_id = ? AND p.region_code = ? AND p.state = 'county_passed'"
			" AND NOT EXISTS (SELECT 1 FROM county_rec_items i WHERE i.application_id = p.id) ORDER BY p.id",
		     DI(c->b.id), DS(scope_code(r)));
	if (!d) return 500;
	db_to_hdf(r, d, "Candidates", cn);
	dbrows_free(d);
	/* returned by the 市, passed again: recommended again from its place in the list */
	d = db_query(r, "SELECT p.id, a.display_name, p.version FROM county_rec_items i JOIN applications p ON p.id = i.application_id"
			" JOIN accounts a ON a.id = p.account_id WHERE i.rec_id = ? AND p.state = 'county_passed' ORDER BY i.rank_no",
		     DI(c->id));
	if (!d) return 500;
	static const char *const an[] = { "app", "org", "version", NULL };
	db_to_hdf(r, d, "Again", an);
	dbrows_free(d);
	d = db_query(r, "SELECT doc_no, fewer_reason, COALESCE(DATE_FORMAT(submitted_at, '%Y-%m-%d %H:%i'), '')"
			" FROM county_recommendations WHERE id = ?", DI(c->id));
	if (d && d->nrows) {
		hset(r, "Rec.doc_no", dbv(d, 0, 0));
		hset(r, "Rec.fewer_reason", dbv(d, 0, 1));
		hset(r, "Rec.submitted_at", dbv(d, 0, 2));
	}
	dbrows_free(d);
	return page_render_status(r, status, "county_rec.cs");
}

static int
refuse(struct req *r, const struct crec *c, const char *msg)
{
	hset(r, "Refused", msg);
	return render(r, c, 422);
}

static int
edit(struct req *r, struct crec *c, const char *op)
{
	long long app = req_int(r, "app", 0), n;
	struct dbrows *d;

	if (db_begin(r)) return 500;
	if (db_exec(r, "UPDATE county_recommendations SET version = version + 1 WHERE id = ? AND state = 'draft'", DI(c->id)) != 1) {
		db_rollback(r);
		return refuse(r, c, "推荐已提交，不能再修改。");
	}
	if (!strcmp(op, "add")) {
		d = db_query(r, "SELECT 1 FROM applications WHERE id = ? AND batch_id = ? AND region_code = ? AND state = 'county_passed'",
			     DI(app), DI(c->b.id), DS(scope_code(r)));
		int ok = d && d->nrows == 1;
		dbrows_free(d);
		if (!ok) { db_rollback(r); return refuse(r, c, "只能推荐本县区初审通过的企业。"); }
		n = db_exec(r, "INSERT INTO county_rec_items (rec_id, application_id, rank_no)"
			       " SELECT ?, ?, COALESCE(MAX(rank_no), 0) + 1 FROM county_rec_items WHERE rec_id = ?",
			    DI(c->id), DI(app), DI(c->id));
		if (n != 1) { db_rollback(r); return r->db_errno == 1062 ? refuse(r, c, "该企业已在推荐名单中。") : 500; }
	} else {
		d = db_query(r, "SELECT rank_no FROM county_rec_items WHERE rec_id = ? AND application_id = ?", DI(c->id), DI(app));
		if (!d || d->nrows != 1) { dbrows_free(d); db_rollback(r); return 404; }
		long long rank = dbi(d, 0, 0);
		dbrows_free(d);
		if (!strcmp(op, "remove")) {
			n = db_exec(r, "DELETE FROM county_rec_items WHERE rec_id = ? AND application_id = ?", DI(c->id), DI(app));
			if (n == 1) n = db_exec(r, "UPDATE county_rec_items SET rank_no = rank_no - 1 WHERE rec_id = ? AND rank_no > ?",
						DI(c->id), DI(rank));
		} else {
			long long other = !strcmp(op, "up") ? rank - 1 : rank + 1;
			n = db_exec(r, "UPDATE county_rec_items SET rank_no = CASE WHEN application_id = ? THEN ? ELSE ? END"
				       " WHERE rec_id = ? AND (application_id = ? OR rank_no = ?)"
				       " AND EXISTS (SELECT 1 FROM (SELECT 1 FROM county_rec_items WHERE rec_id = ? AND rank_no = ?) x)",
				    DI(app), DI(other), DI(rank), DI(c->id), DI(app), DI(other), DI(c->id), DI(other));
		}
		if (n < 0) return 500;
	}
	if (audit(r, req_printf(r, "county_rec.%s", op), "county_recommendation", c->id, "", req_printf(r, "application %lld", app)) ||
	    db_commit(r))
		return 500;
	return page_redirect(r, req_printf(r, "/cgi-bin/county_rec.cgi?batch=%lld", c->b.id));
}

static int
submit(struct req *r, struct crec *c)
{
	const struct upload *u = req_upload(r, "doc");
	struct dbrows *d;
	char sha[65];
	struct wf_result res;
	int count, st;

	d = db_query(r, "SELECT COUNT(*), CURDATE() > ? FROM county_rec_items WHERE rec_id = ?", DS(c->b.county_deadline), DI(c->id));
	if (!d) return 500;
	count = (int)dbi(d, 0, 0);
	int late = (int)dbi(d, 0, 1);
	dbrows_free(d);
	if (late)
		return refuse(r, c, req_printf(r, "县区推荐已于%s截止，不能再提交。", cn_date(r, c->b.county_deadline)));
	if (!count) return refuse(r, c, "推荐名单为空，不能提交。");
	if (!req_str(r, "doc_no")) req_field_error(r, "doc_no", "请填写县区推荐文件的文号");
	if (!u) req_field_error(r, "doc", "请上传县区推荐文件（PDF）");
	else if (u->len < 5 || memcmp(u->data, "%PDF-", 5) != 0) req_field_error(r, "doc", "县区推荐文件须为PDF文件");
	if (c->has_quota && count < c->quota) {
		if (!req_int(r, "confirm_fewer", 0))
			req_field_error(r, "confirm_fewer", req_printf(r, "推荐 %d 家，少于参考推荐数量 %d 家（原则上不得少于推荐数量）：请确认并说明理由", count, c->quota));
		if (!req_str(r, "fewer_reason")) req_field_error(r, "fewer_reason", "请填写少于推荐数量的理由");
	}
	if (req_errors(r)) return render(r, c, 422);
	sha256_hex(u->data, u->len, sha);
	if (db_begin(r)) return 500;
	if (db_exec(r, "UPDATE county_recommendations SET state = 'submitted', doc_no = ?, fewer_reason = ?, submitted_at = NOW(),"
		       " version = version + 1 WHERE id = ? AND state = 'draft' AND version = ?",
		    DS(req_str(r, "doc_no")), DS(req_str(r, "fewer_reason") ? req_str(r, "fewer_reason") : ""), DI(c->id),
		    DI(req_int(r, "version", 0))) != 1) {
		db_rollback(r);
		return refuse(r, c, "推荐已提交或已在别处修改，请刷新查看。");
	}
	if (db_exec(r, "INSERT INTO county_rec_documents (rec_id, filename, size, sha256, data) VALUES (?, ?, ?, ?, ?)",
		    DI(c->id), DS(display_filename(r, u->client_name)), DI((long long)u->len), DS(sha), DBLOB(u->data, u->len)) != 1)
		return 500;
	d = db_query(r, "SELECT application_id FROM county_rec_items WHERE rec_id = ?", DI(c->id));
	st = wf_apply_each(r, d, "recommend", &(struct wf_args){ .note = req_printf(r, "推荐文件 %s", req_str(r, "doc_no")) }, &res);
	dbrows_free(d);
	if (st) {
		db_rollback(r);
		return res.status == 500 ? 500 : refuse(r, c, req_printf(r, "推荐名单中有企业不能推荐，未提交：%s", res.msg));
	}
	if (audit(r, "county_rec.submit", "county_recommendation", c->id, "draft",
		  req_printf(r, "%d家（参考数量%d） 文号%s %s", count, c->quota, req_str(r, "doc_no"),
			     req_str(r, "fewer_reason") ? req_str(r, "fewer_reason") : "")) || db_commit(r))
		return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/county_rec.cgi?batch=%lld", c->b.id), "推荐名单已提交，现已冻结。");
}

/*
 * An enterprise the 市 returned (退回修改) comes back through 县区 初审; its
 * place in the submitted list is kept, and the 县区 recommends it again
 * (the same item, so the quota counts it once), through the workflow.
 */
static int
again(struct req *r, struct crec *c)
{
	struct app_info a;
	struct dbrows *d = db_query(r, "SELECT application_id FROM county_rec_items WHERE rec_id = ? AND application_id = ?",
				    DI(c->id), DI(req_int(r, "app", 0)));
	int st;

	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return refuse(r, c, "只能再次推荐本县区推荐名单中、经退回后重新初审通过的企业。"); }
	dbrows_free(d);
	if ((st = app_open(r, req_int(r, "app", 0), &a))) return st;
	struct wf_result res = wf_apply(r, &a, "recommend", &(struct wf_args){ .version = req_int(r, "version", 0),
					.note = "退回修改后重新初审通过，再次推荐" });
	if (res.status == 500) return 500;
	if (res.status) return refuse(r, c, res.msg);
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/county_rec.cgi?batch=%lld", c->b.id),
				   req_printf(r, "已再次推荐“%s”。", a.org));
}

static int
handle(struct req *r)
{
	struct crec c;
	const char *op = req_str(r, "op");
	int st;

	if ((st = load(r, &c))) return st;
	if (r->method != M_POST) return render(r, &c, 200);
	if (!op) return 400;
	if (!strcmp(op, "again")) return c.submitted ? again(r, &c) : refuse(r, &c, "推荐名单尚未提交，请直接提交名单。");
	if (c.submitted) return refuse(r, &c, "推荐已提交，不能再修改。");
	if (!strcmp(op, "submit")) return submit(r, &c);
	if (!strcmp(op, "add") || !strcmp(op, "remove") || !strcmp(op, "up") || !strcmp(op, "down")) return edit(r, &c, op);
	return 400;
}

const struct page PAGE = { "county_rec", M_GET | M_POST, ROLE_COUNTY, PAGE_UPLOAD, inputs, handle };
