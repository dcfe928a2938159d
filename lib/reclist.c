/*
 * reclist.c - a ranked recommendation within limits, at any level (see
 * reclist.h).  GET ?batch=N[&city=C] shows the list; POST op = add | remove |
 * up | down | submit | reopen | again, and cosign (the co-signing role of the region).  The list is submitted once, with its
 * document, before its level's deadline, and is then frozen; each listed
 * application moves on through the workflow as the list is submitted.
 */
#include <string.h>
#include "reclist.h"

const struct input rec_inputs[] = {
	{ "batch", "申报批次", VT_INT, 0, 1, (1LL << 53) },
	{ "city", "地区", VT_REGION },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "app", "申请", VT_INT, 0, 1, (1LL << 53) },
	{ "item", "推荐项", VT_INT, 0, 1, (1LL << 53) },
	{ "reason", "推荐理由", VT_TEXT, 0, 0, 500 },
	{ "doc_no", "文号", VT_LINE, 0, 0, 100 },
	{ "doc_date", "行文日期", VT_DATE },
	{ "doc", "文件（PDF）", VT_FILE },
	{ "confirm_fewer", "确认少于推荐数量", VT_BOOL },
	{ "fewer_reason", "少报理由", VT_TEXT, 0, 0, 500 },
	{ "version", "", VT_INT, 0, 0, 1000000000 },
	{ NULL }
};

struct rec {
	const struct programme *p;
	const struct rec_spec *sp;
	struct batch b;
	char region[8], level[16];
	long long id, version;     /* 0 until the first item is added */
	int submitted, quota, has_quota;
	int cosigner;              /* the region has an account of the co-signing role: it must confirm */
	long long cosigned;        /* the version it confirmed (0: none) */
};

const struct rec_spec *
rec_spec_of(const struct programme *p, int level)
{
	for (const struct rec_spec *const *s = p ? p->recommend : NULL; s && *s; s++)
		if ((*s)->level == level) return *s;
	return NULL;
}

/* the list this page shows: its programme (of a batch over the user's region), region and row */
static int
load(struct req *r, struct rec *rc)
{
	struct dbrows *d;
	long long bid = 0;
	int st;

	memset(rc, 0, sizeof(*rc));
	for (int i = 0; programmes[i] && !bid; i++)
		for (const struct rec_spec *const *s = programmes[i]->recommend; s && *s && !bid; s++)
			if (!strcmp((*s)->page, r->page->name) && (bid = batch_default(r, programmes[i]->key, req_int(r, "batch", 0)))) {
				rc->p = programmes[i];
				rc->sp = *s;
			}
	if (!bid) return 404;
	if ((st = batch_open(r, bid, &rc->b, NULL))) return st;
	snprintf(rc->level, sizeof(rc->level), "%s", role_key(rc->sp->level));
	/* the recommending level sees its own list; who may reopen names one of its region */
	if (r->s.role == rc->sp->level || (rc->sp->cosign && r->s.role == rc->sp->cosign))
		snprintf(rc->region, sizeof(rc->region), "%s", scope_code(r));
	else if (r->s.role == rc->sp->reopen_role && req_str(r, "city")) snprintf(rc->region, sizeof(rc->region), "%s", req_str(r, "city"));
	else return r->s.role == rc->sp->reopen_role ? 404 : 403;
	d = db_query(r, "SELECT 1 FROM regions g JOIN regions b ON b.code = ? WHERE g.code = ? AND g.level = ?"
			" AND ? IN (g.code, g.city_code, g.province_code) AND b.code IN (g.code, g.city_code, g.province_code)",
		     DS(rc->b.region), DS(rc->region), DS(rc->level), DS(scope_code(r)));
	st = d && d->nrows == 1 ? 0 : d ? 404 : 500;
	if (st) return st;
	d = db_query(r, "SELECT l.id, l.state = 'submitted', l.version, q.quota, COALESCE(l.cosigned_version, 0),"
			" (SELECT COUNT(*) FROM accounts a JOIN account_scopes s ON s.account_id = a.id"
			"  WHERE a.role = ? AND a.status = 'active' AND s.region_code = g.code) FROM regions g"
			" LEFT JOIN rec_lists l ON l.batch_id = ? AND l.level = ? AND l.region_code = g.code"
			" LEFT JOIN rec_quotas q ON q.batch_id = ? AND q.region_code = g.code WHERE g.code = ?",
		     DS(rc->sp->cosign ? role_key(rc->sp->cosign) : ""), DI(bid), DS(rc->level), DI(bid), DS(rc->region));
	if (!d || d->nrows != 1) { dbrows_free(d); return 500; }
	rc->id = dbi(d, 0, 0);
	rc->submitted = (int)dbi(d, 0, 1);
	rc->version = dbi(d, 0, 2);
	rc->has_quota = rc->sp->quota && dbn(d, 0, 3) != NULL;
	rc->quota = (int)dbi(d, 0, 3);
	rc->cosigned = dbi(d, 0, 4);
	rc->cosigner = rc->sp->cosign && dbi(d, 0, 5) > 0;
	return 0;
}

static const char *
list_word(const struct rec_spec *sp)
{
	return sp->list_word ? sp->list_word : "推荐名单";
}

static const char *
action_of(const struct rec_spec *sp)
{
	return sp->action ? sp->action : "recommend";
}

static const char *
deadline_of(const struct rec *rc)
{
	return !strcmp(rc->sp->deadline, "county") ? batch_deadline(&rc->b, "county") : batch_deadline(&rc->b, "city");
}

static int
render(struct req *r, const struct rec *rc, int status)
{
	struct dbrows *d;
	static const char *const items[] = { "id", "app", "org", "sub", "sub_name", "rank", "reason", "ents", "subsidy", "state", NULL };
	static const char *const cands[] = { "app", "org", "sub", "sub_name", "county", "version", NULL };
	char m[32];

	batch_to_hdf(r, &rc->b, "Batch");
	programme_to_hdf(r, rc->p);
	hset(r, "Rec.title", rc->sp->title);
	hset(r, "Rec.doc", rc->sp->doc);
	hsetf(r, "Rec.id", "%lld", rc->id);
	hseti(r, "Rec.submitted", rc->submitted);
	hsetf(r, "Rec.version", "%lld", rc->version);
	hset(r, "Rec.city", rc->region);
	hseti(r, "Rec.quota", rc->quota);
	hseti(r, "Rec.has_quota", rc->has_quota);
	hseti(r, "Rec.cosign", rc->cosigner);
	hseti(r, "Rec.cosigned", rc->cosigner && rc->id && rc->cosigned == rc->version);
	hseti(r, "Rec.cosigner", rc->sp->cosign && r->s.role == rc->sp->cosign);
	if (rc->sp->cosign) {
		hset(r, "Rec.cosign_label", role_label(rc->sp->cosign));
		hset(r, "Rec.cosign_clause", rc->sp->cosign_clause);
		hset(r, "Rec.level_word", rc->sp->level == ROLE_COUNTY ? rc->p->county_level : rc->p->city_level);
	}
	hset(r, "Rec.list_word", list_word(rc->sp));
	hseti(r, "Rec.rounds", rc->sp->rounds);
	d = db_query(r, "SELECT g.name, COALESCE(l.doc_no, ''), COALESCE(DATE_FORMAT(l.doc_date, '%Y-%m-%d'), ''),"
			" COALESCE(DATE_FORMAT(l.submitted_at, '%Y-%m-%d %H:%i'), ''), COALESCE(f.filename, ''),"
			" CURDATE() > ?, COALESCE(l.fewer_reason, ''), COALESCE(DATE_FORMAT(l.cosigned_at, '%Y-%m-%d %H:%i'), ''),"
			" COALESCE(c.display_name, '')"
			" FROM regions g LEFT JOIN rec_lists l ON l.id = ? LEFT JOIN rec_list_documents f ON f.list_id = l.id"
			" LEFT JOIN accounts c ON c.id = l.cosigned_by WHERE g.code = ?", DS(deadline_of(rc)), DI(rc->id), DS(rc->region));
	if (!d || d->nrows != 1) { dbrows_free(d); return 500; }
	hset(r, "Rec.city_name", dbv(d, 0, 0));
	hset(r, "Rec.doc_no", dbv(d, 0, 1));
	hset(r, "Rec.doc_date", dbv(d, 0, 2));
	hset(r, "Rec.submitted_at", dbv(d, 0, 3));
	hset(r, "Rec.doc_file", dbv(d, 0, 4));
	hset(r, "Rec.past_deadline", dbv(d, 0, 5));
	hset(r, "Rec.fewer_reason", dbv(d, 0, 6));
	hset(r, "Rec.cosigned_at", dbv(d, 0, 7));
	hset(r, "Rec.cosigned_by", dbv(d, 0, 8));
	d = db_query(r,
		"SELECT i.id, p.id, a.display_name, i.grp, COALESCE(s.name, ''), i.rank_no, i.reason,"
		" (SELECT COUNT(*) FROM app_enterprises e WHERE e.application_id = p.id),"
		" (SELECT COALESCE(SUM(e.subsidy_yuan), 0) FROM app_enterprises e WHERE e.application_id = p.id), p.state"
		" FROM rec_items i JOIN applications p ON p.id = i.application_id"
		" JOIN accounts a ON a.id = p.account_id LEFT JOIN sub_industries s ON s.seq = i.grp"
		" WHERE i.list_id = ? ORDER BY i.grp, i.rank_no, i.id", DI(rc->id));
	if (!d) return 500;
	db_to_hdf(r, d, "Items", items);
	{
		int groups = 0;
		for (int i = 0; i < d->nrows; i++) {
			int first = i == 0 || dbi(d, i - 1, 3) != dbi(d, i, 3), cnt = 0;
			for (int k = 0; k < d->nrows; k++) cnt += dbi(d, k, 3) == dbi(d, i, 3);
			groups += first;
			hseti(r, req_printf(r, "Items.%d.first", i), first);
			hseti(r, req_printf(r, "Items.%d.in_sub", i), cnt);
			hset(r, req_printf(r, "Items.%d.subsidy", i), money_fmt(dbi(d, i, 8), m, sizeof(m)));
			hset(r, req_printf(r, "Items.%d.state_label", i), state_label(dbv(d, i, 9)));
		}
		hseti(r, "Rec.count", d->nrows);
		hseti(r, "Quota.subs", groups);
		if (rc->sp->max_groups) hseti(r, "Quota.subs_left", rc->sp->max_groups(&rc->b) - groups);
	}
	d = db_query(r,
		"SELECT p.id, a.display_name, COALESCE(p.sub_industry, 0), COALESCE(s.name, ''), g.name, p.version"
		" FROM applications p JOIN accounts a ON a.id = p.account_id JOIN regions g ON g.code = p.region_code"
		" LEFT JOIN sub_industries s ON s.seq = p.sub_industry"
		" WHERE p.batch_id = ? AND ? IN (g.code, g.city_code) AND p.state = ?"
		" AND NOT EXISTS (SELECT 1 FROM rec_items i WHERE i.application_id = p.id AND i.list_id = ?)"
		" ORDER BY p.sub_industry, a.display_name, p.id", DI(rc->b.id), DS(rc->region), DS(rc->sp->candidates), DI(rc->id));
	if (!d) return 500;
	db_to_hdf(r, d, "Candidates", cands);
	/* returned by the level above, passed again: recommended again from its place in the list */
	d = db_query(r, "SELECT p.id, a.display_name, p.version FROM rec_items i JOIN applications p ON p.id = i.application_id"
			" JOIN accounts a ON a.id = p.account_id WHERE i.list_id = ? AND p.state = ? ORDER BY i.grp, i.rank_no",
		     DI(rc->id), DS(rc->sp->candidates));
	if (!d) return 500;
	static const char *const an[] = { "app", "org", "version", NULL };
	db_to_hdf(r, d, "Again", an);
	return page_render_status(r, status, rc->sp->template);
}

static int
refuse(struct req *r, const struct rec *rc, const char *msg)
{
	hset(r, "Refused", msg);
	return render(r, rc, 422);
}

static const char *
back(struct req *r, const struct rec *rc)
{
	return r->s.role == rc->sp->level || r->s.role == rc->sp->cosign ? req_printf(r, "/cgi-bin/%s.cgi?batch=%lld", rc->sp->page, rc->b.id)
		: req_printf(r, "/cgi-bin/%s.cgi?batch=%lld&city=%s", rc->sp->page, rc->b.id, rc->region);
}

/* in a transaction: the list's row, made on first use, locked while it is a draft; 0, 409 frozen, 500 */
static int
lock_draft(struct req *r, struct rec *rc)
{
	if (!rc->id) {
		if (db_exec(r, "INSERT IGNORE INTO rec_lists (batch_id, level, region_code, fewer_reason) VALUES (?, ?, ?, '')",
			    DI(rc->b.id), DS(rc->level), DS(rc->region)) < 0)
			return 500;
		struct dbrows *d = db_query(r, "SELECT id FROM rec_lists WHERE batch_id = ? AND level = ? AND region_code = ?",
					    DI(rc->b.id), DS(rc->level), DS(rc->region));
		if (!d || d->nrows != 1) { dbrows_free(d); return 500; }
		rc->id = dbi(d, 0, 0);
	}
	/* concurrent additions count one after the other */
	long long n = db_exec(r, "UPDATE rec_lists SET version = version + 1 WHERE id = ? AND state = 'draft'", DI(rc->id));
	return n < 0 ? 500 : n == 1 ? 0 : 409;
}

static int
add(struct req *r, struct rec *rc)
{
	struct dbrows *d;
	long long app = req_int(r, "app", 0);
	int grp, groups, in_grp, st;
	const char *reason = req_str(r, "reason");

	if (rc->sp->grouped && (!reason || !*reason)) { req_field_error(r, "reason", "请填写推荐理由"); return render(r, rc, 422); }
	d = db_query(r, "SELECT COALESCE(p.sub_industry, 0) FROM applications p JOIN regions g ON g.code = p.region_code"
			" WHERE p.id = ? AND p.batch_id = ? AND ? IN (g.code, g.city_code) AND p.state = ?",
		     DI(app), DI(rc->b.id), DS(rc->region), DS(rc->sp->candidates));
	if (!d) return 500;
	if (d->nrows != 1) {
		return refuse(r, rc, req_printf(r, "只能推荐本%s%s的%s。", rc->sp->level == ROLE_CITY ? rc->p->city_level : rc->p->county_level,
						state_label(rc->sp->candidates), rc->p->applicant));
	}
	grp = rc->sp->grouped ? (int)dbi(d, 0, 0) : 0;
	if (db_begin(r)) return 500;
	if ((st = lock_draft(r, rc))) { db_rollback(r); return st == 409 ? refuse(r, rc, "推荐已提交，不能再修改。") : st; }
	d = db_query(r, "SELECT COUNT(DISTINCT grp), SUM(grp = ?), COALESCE(MAX(CASE WHEN grp = ? THEN rank_no END), 0)"
			" FROM rec_items WHERE list_id = ?", DI(grp), DI(grp), DI(rc->id));
	if (!d) return 500;
	groups = (int)dbi(d, 0, 0);
	in_grp = (int)dbi(d, 0, 1);
	int last = (int)dbi(d, 0, 2);
	if (rc->sp->max_groups && in_grp == 0 && groups >= rc->sp->max_groups(&rc->b)) {
		db_rollback(r);
		return refuse(r, rc, req_printf(r, "已选择 %d 个细分行业，不能再增加：各%s选择不超过%d个细分行业（%s）。",
						groups, rc->p->city_level, rc->sp->max_groups(&rc->b), rc->sp->groups_clause));
	}
	if (rc->sp->max_per_group && in_grp >= rc->sp->max_per_group(&rc->b)) {
		db_rollback(r);
		return refuse(r, rc, req_printf(r, "该细分行业已推荐 %d 个平台，不能再增加：每个细分行业推荐不超过%d个平台（%s）。",
						in_grp, rc->sp->max_per_group(&rc->b), rc->sp->per_group_clause));
	}
	if (db_exec(r, "INSERT INTO rec_items (list_id, application_id, grp, rank_no, reason) VALUES (?, ?, ?, ?, ?)",
		    DI(rc->id), DI(app), DI(grp), DI(last + 1), DS(reason ? reason : "")) != 1) {
		db_rollback(r);
		if (r->db_errno == 1062) return refuse(r, rc, req_printf(r, "该%s已在推荐名单中。", rc->p->applicant));
		return 500;
	}
	if (audit(r, req_printf(r, "%s.add", rc->sp->page), "recommendation", rc->id, "",
		  req_printf(r, "申报材料（编号 %lld）行业%d 第%d位", app, grp, last + 1)) || db_commit(r))
		return 500;
	return page_flash_redirect(r, back(r, rc), "已加入推荐名单。");
}

static int
edit_item(struct req *r, struct rec *rc, const char *op)
{
	struct dbrows *d;
	long long n, item;
	int st;

	if (db_begin(r)) return 500;
	if ((st = lock_draft(r, rc))) { db_rollback(r); return st == 409 ? refuse(r, rc, "推荐已提交，不能再修改。") : st; }
	/* the item by its own id, or by its application */
	d = db_query(r, "SELECT i.id, i.grp, i.rank_no, p.state = ? FROM rec_items i JOIN applications p ON p.id = i.application_id"
			" WHERE i.list_id = ? AND (i.id = ? OR i.application_id = ?)",
		     DS(rc->sp->candidates), DI(rc->id), DI(req_int(r, "item", 0)), DI(req_int(r, "app", 0)));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); db_rollback(r); return 404; }
	/* a list decided in rounds keeps what an earlier round decided */
	if (rc->sp->rounds && !dbi(d, 0, 3) && !strcmp(op, "remove")) {
		db_rollback(r);
		return refuse(r, rc, req_printf(r, "该%s已经确定，不能从%s中移出。", rc->p->applicant, list_word(rc->sp)));
	}
	item = dbi(d, 0, 0);
	long long grp = dbi(d, 0, 1), rank = dbi(d, 0, 2);
	if (!strcmp(op, "remove")) {
		n = db_exec(r, "DELETE FROM rec_items WHERE id = ?", DI(item));
		if (n == 1) n = db_exec(r, "UPDATE rec_items SET rank_no = rank_no - 1 WHERE list_id = ? AND grp = ? AND rank_no > ?",
					DI(rc->id), DI(grp), DI(rank));
	} else {
		long long other = !strcmp(op, "up") ? rank - 1 : rank + 1;
		/* swap with the neighbour in the same group, if there is one */
		n = db_exec(r, "UPDATE rec_items SET rank_no = CASE WHEN id = ? THEN ? ELSE ? END"
			       " WHERE list_id = ? AND grp = ? AND (id = ? OR rank_no = ?)"
			       " AND EXISTS (SELECT 1 FROM (SELECT id FROM rec_items WHERE list_id = ? AND grp = ? AND rank_no = ?) x)",
			    DI(item), DI(other), DI(rank), DI(rc->id), DI(grp), DI(item), DI(other), DI(rc->id), DI(grp), DI(other));
	}
	if (n < 0) return 500;
	if (audit(r, req_printf(r, "%s.%s", rc->sp->page, op), "recommendation", rc->id, "", req_printf(r, "推荐条目 %lld", item)) ||
	    db_commit(r))
		return 500;
	return page_redirect(r, back(r, rc));
}

static int
submit(struct req *r, struct rec *rc)
{
	const struct upload *u = req_upload(r, "doc");
	struct dbrows *d;
	struct wf_result res;
	char sha[65];
	int count, st;
	const char *too_big;

	d = db_query(r, "SELECT COUNT(*), CURDATE() > ? FROM rec_items WHERE list_id = ?", DS(deadline_of(rc)), DI(rc->id));
	if (!d) return 500;
	count = (int)dbi(d, 0, 0);
	int late = (int)dbi(d, 0, 1);
	if (late)
		return refuse(r, rc, req_printf(r, "%s已于%s截止，不能再提交。如需延期请联系%s。", rc->sp->title,
						cn_date(r, deadline_of(rc)), rc->p->authority));
	if (!count) return refuse(r, rc, req_printf(r, "%s为空，不能提交。", list_word(rc->sp)));
	if (rc->cosigner && rc->cosigned != rc->version)
		return refuse(r, rc, req_printf(r, "%s须经本级%s确认后才能提交（%s）；名单在确认后有改动的，须重新确认。",
						rc->sp->title, role_label(rc->sp->cosign), rc->sp->cosign_clause));
	if (rc->sp->rounds) {
		d = db_query(r, "SELECT COUNT(*) FROM rec_items i JOIN applications p ON p.id = i.application_id"
				" WHERE i.list_id = ? AND p.state = ?", DI(rc->id), DS(rc->sp->candidates));
		if (!d) return 500;
		if (!dbi(d, 0, 0))
			return refuse(r, rc, req_printf(r, "%s中没有待办理的%s（此前已确定的保持不变），无需提交。", list_word(rc->sp), rc->p->applicant));
	}
	if (!req_str(r, "doc_no")) req_field_error(r, "doc_no", req_printf(r, "请填写%s的文号", rc->sp->doc_short));
	if (rc->sp->doc_date && !req_str(r, "doc_date")) req_field_error(r, "doc_date", "请填写行文日期");
	if (!u) req_field_error(r, "doc", req_printf(r, "请上传%s（PDF）", rc->sp->doc));
	else if (u->len < 5 || memcmp(u->data, "%PDF-", 5) != 0) req_field_error(r, "doc", req_printf(r, "%s须为PDF文件", rc->sp->doc_short));
	else if ((too_big = upload_refusal(r, u->len))) req_field_error(r, "doc", too_big);
	if (rc->has_quota && count < rc->quota) {
		if (!req_int(r, "confirm_fewer", 0))
			req_field_error(r, "confirm_fewer", req_printf(r, "推荐 %d 家，少于参考推荐数量 %d 家（原则上不得少于推荐数量）：请确认并说明理由", count, rc->quota));
		if (!req_str(r, "fewer_reason")) req_field_error(r, "fewer_reason", "请填写少于推荐数量的理由");
	}
	if (req_errors(r)) return render(r, rc, 422);
	sha256_hex(u->data, u->len, sha);
	if (db_begin(r)) return 500;
	if (db_exec(r, "UPDATE rec_lists SET state = 'submitted', doc_no = ?, doc_date = ?, fewer_reason = ?, submitted_at = NOW(),"
		       " submitted_by = ?, version = version + 1 WHERE id = ? AND state = 'draft' AND version = ?",
		    DS(req_str(r, "doc_no")), DS(req_str(r, "doc_date")), DS(req_str(r, "fewer_reason") ? req_str(r, "fewer_reason") : ""),
		    DI(r->s.account_id), DI(rc->id), DI(req_int(r, "version", 0))) != 1) {
		db_rollback(r);
		return refuse(r, rc, "推荐已提交或已在别处修改，请刷新查看。");
	}
	if (db_exec(r, "DELETE FROM rec_list_documents WHERE list_id = ?", DI(rc->id)) < 0 ||
	    db_exec(r, "INSERT INTO rec_list_documents (list_id, filename, mime, size, sha256, data) VALUES (?, ?, 'application/pdf', ?, ?, ?)",
		    DI(rc->id), DS(display_filename(r, u->client_name)), DI((long long)u->len), DS(sha), DBLOB(u->data, u->len)) != 1)
		return 500;
	/* every listed application moves on, each through the workflow's one path (in rounds: those still waiting) */
	d = db_query(r, "SELECT i.application_id FROM rec_items i JOIN applications p ON p.id = i.application_id"
			" WHERE i.list_id = ? AND (? = 0 OR p.state = ?) ORDER BY i.grp, i.rank_no",
		     DI(rc->id), DI(rc->sp->rounds), DS(rc->sp->candidates));
	st = wf_apply_each(r, d, action_of(rc->sp), &(struct wf_args){ .note = req_printf(r, "%s %s", rc->sp->doc, req_str(r, "doc_no")) }, &res);
	if (st) {
		db_rollback(r);
		return res.status == 500 ? 500 : refuse(r, rc, req_printf(r, "%s中有申请不能办理，未提交：%s", list_word(rc->sp), res.msg));
	}
	if (audit(r, req_printf(r, "%s.submit", rc->sp->page), "recommendation", rc->id, "draft",
		  req_printf(r, "%d项 文号%s 日期%s 文件%s %s", count, req_str(r, "doc_no"), req_str(r, "doc_date") ? req_str(r, "doc_date") : "",
			     sha, req_str(r, "fewer_reason") ? req_str(r, "fewer_reason") : "")) ||
	    db_commit(r))
		return 500;
	return page_flash_redirect(r, back(r, rc), req_printf(r, "%s已提交，现已冻结。", list_word(rc->sp)));
}

/* the co-signing role confirms the draft list as it stands (the version it saw) */
static int
cosign(struct req *r, struct rec *rc)
{
	struct dbrows *d = db_query(r, "SELECT COUNT(*) FROM rec_items WHERE list_id = ?", DI(rc->id));
	long long n = d && d->nrows ? dbi(d, 0, 0) : -1;

	if (n < 0) return 500;
	if (!n) return refuse(r, rc, req_printf(r, "%s为空，无需确认。", list_word(rc->sp)));
	if (db_begin(r)) return 500;
	if (db_exec(r, "UPDATE rec_lists SET cosigned_version = version, cosigned_by = ?, cosigned_at = NOW()"
		       " WHERE id = ? AND state = 'draft' AND version = ?", DI(r->s.account_id), DI(rc->id),
		    DI(req_int(r, "version", 0))) != 1) {
		db_rollback(r);
		return refuse(r, rc, req_printf(r, "%s已修改或已提交，请核对最新名单后重新确认。", list_word(rc->sp)));
	}
	if (audit(r, req_printf(r, "%s.cosign", rc->sp->page), "recommendation", rc->id, "",
		  req_printf(r, "%s确认%s（名单第%lld版，%lld项）", role_label(rc->sp->cosign), rc->sp->title, rc->version, n)) ||
	    db_commit(r))
		return 500;
	return page_flash_redirect(r, back(r, rc), req_printf(r, "已确认%s（%s），%s工信部门可以提交。", rc->sp->title, list_word(rc->sp),
							     rc->sp->level == ROLE_CITY ? rc->p->city_level : rc->p->county_level));
}

static int
reopen(struct req *r, struct rec *rc)
{
	struct wf_result res;
	struct dbrows *d;
	int st;

	if (db_begin(r)) return 500;
	if (db_exec(r, "UPDATE rec_lists SET state = 'draft', version = version + 1 WHERE id = ? AND state = 'submitted'",
		    DI(rc->id)) != 1) {
		db_rollback(r);
		return refuse(r, rc, "该推荐未提交，无需重新开放。");
	}
	/* the applications it recommended and nobody has acted on since go back, through the workflow (a list decided
	 * in rounds keeps what it decided: it is reopened to add to it) */
	if (!rc->sp->rounds) {
		d = db_query(r, "SELECT i.application_id FROM rec_items i JOIN applications p ON p.id = i.application_id"
				" WHERE i.list_id = ? AND p.state = 'recommended'", DI(rc->id));
		st = wf_apply_each(r, d, "reopen", &(struct wf_args){ .note = "推荐名单已重新开放，可修改后重新提交" }, &res);
		if (st) { db_rollback(r); return res.status == 500 ? 500 : refuse(r, rc, res.msg); }
	}
	if (audit(r, req_printf(r, "%s.reopen", rc->sp->page), "recommendation", rc->id, "submitted", "draft") || db_commit(r))
		return 500;
	return page_flash_redirect(r, back(r, rc), rc->sp->rounds ? req_printf(r, "已重新开放%s，可增补后经%s确认再提交。", list_word(rc->sp),
		rc->sp->cosign ? role_label(rc->sp->cosign) : "") : "已重新开放该推荐名单，可修改后重新提交。");
}

/*
 * An application the level above returned (退回修改) comes back through
 * the first review; its place in the submitted list is kept and it is
 * recommended again (the same item: the limits count it once).
 */
static int
again(struct req *r, struct rec *rc)
{
	struct app_info a;
	struct dbrows *d = db_query(r, "SELECT 1 FROM rec_items WHERE list_id = ? AND application_id = ?",
				    DI(rc->id), DI(req_int(r, "app", 0)));
	int st;

	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return refuse(r, rc, "只能再次推荐本推荐名单中、经退回后重新审核通过的申请。"); }
	if ((st = app_open(r, req_int(r, "app", 0), &a))) return st;
	struct wf_result res = wf_apply(r, &a, action_of(rc->sp), &(struct wf_args){ .version = req_int(r, "version", 0),
					.note = "退回修改后重新审核通过，再次推荐" });
	if (res.status == 500) return 500;
	if (res.status) return refuse(r, rc, res.msg);
	return page_flash_redirect(r, back(r, rc), req_printf(r, "已再次推荐“%s”。", a.org));
}

int
rec_page(struct req *r)
{
	struct rec rc;
	const char *op = req_str(r, "op");
	int st;

	if ((st = load(r, &rc))) return st;
	if (r->method != M_POST) return render(r, &rc, 200);
	if (!op) return 400;
	if (!strcmp(op, "reopen")) return r->s.role == rc.sp->reopen_role ? reopen(r, &rc) : 403;
	if (rc.sp->cosign && r->s.role == rc.sp->cosign) {
		if (strcmp(op, "cosign")) return 403;
		return rc.submitted ? refuse(r, &rc, "推荐已提交，不能再确认。") : cosign(r, &rc);
	}
	if (r->s.role != rc.sp->level) return 403;
	if (!strcmp(op, "again")) return rc.submitted ? again(r, &rc) : refuse(r, &rc, "推荐名单尚未提交，请直接提交名单。");
	if (rc.submitted)
		return refuse(r, &rc, rc.sp->rounds ? req_printf(r, "%s已提交，不能再修改；如需增补，请先“重新开放名单”。", list_word(rc.sp))
				      : rc.sp->reopen_role ? "推荐已提交，不能再修改。如需修改请联系上级重新开放。" : "推荐已提交，不能再修改。");
	if (!strcmp(op, "add")) return add(r, &rc);
	if (!strcmp(op, "remove") || !strcmp(op, "up") || !strcmp(op, "down")) return edit_item(r, &rc, op);
	if (!strcmp(op, "submit")) return submit(r, &rc);
	return 400;
}

/* the workflow's precondition of 推荐: an item of the submitted list, with its document, of the actor's level */
const char *
wf_pre_listed(struct req *r, const struct app_info *a, const struct wf_args *w)
{
	struct dbrows *d = db_query(r,
		"SELECT COUNT(*) FROM rec_items i JOIN rec_lists l ON l.id = i.list_id JOIN rec_list_documents f ON f.list_id = l.id"
		" JOIN regions g ON g.code = ? WHERE i.application_id = ? AND l.state = 'submitted' AND l.batch_id = ?"
		" AND l.level = ? AND l.region_code IN (g.code, g.city_code)",
		DS(a->region), DI(a->id), DI(a->batch_id), DS(role_key(r->s.role)));
	long long n = d && d->nrows ? dbi(d, 0, 0) : -1;
	const struct rec_spec *sp = rec_spec_of(a->p, r->s.role);
	(void)w;
	if (n < 0) return "";
	if (n) return NULL;
	if (sp && sp->action) return req_printf(r, "只能通过%s的%s（含%s）办理。", sp->title, list_word(sp), sp->doc);
	return req_printf(r, "只能通过%s名单（含%s）推荐，并计入推荐限额。", sp ? sp->title : "推荐", sp ? sp->doc : "推荐文件");
}

int
rec_cosign_todo_to_hdf(struct req *r)
{
	static const char *const names[] = { "page", "batch_id", "title", "batch", "count", NULL };
	struct dbrows *d;
	int n = 0;

	/* every programme's co-signed lists: the drafts of this region with items, not confirmed as they stand */
	for (int i = 0; programmes[i]; i++)
		for (const struct rec_spec *const *s = programmes[i]->recommend; s && *s; s++) {
			if ((*s)->cosign != r->s.role) continue;
			d = db_query(r, "SELECT ?, l.batch_id, ?, b.title, (SELECT COUNT(*) FROM rec_items i WHERE i.list_id = l.id)"
					" FROM rec_lists l JOIN batches b ON b.id = l.batch_id WHERE b.programme = ? AND l.level = ?"
					" AND l.region_code = ? AND l.state = 'draft' AND COALESCE(l.cosigned_version, 0) <> l.version"
					" AND EXISTS (SELECT 1 FROM rec_items i WHERE i.list_id = l.id) ORDER BY l.batch_id",
				     DS((*s)->page), DS((*s)->title), DS(programmes[i]->key), DS(role_key((*s)->level)), DS(scope_code(r)));
			if (!d) return -1;
			for (int k = 0; k < d->nrows; k++) {
				const char *p = req_printf(r, "Cosign.%d", n++);
				for (int c = 0; names[c]; c++) hset(r, req_printf(r, "%s.%s", p, names[c]), dbv(d, k, c));
			}
			dbrows_free(d);
		}
	return n;
}
