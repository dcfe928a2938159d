/*
 * publicity - 公示与认定 (申报指南 四（三）).  The 自治区 administrator publishes
 * the 拟认定 list with a start date; the period is counted in working days
 * (default 5; weekends and the batch's holidays excluded).  Objections (异议)
 * are recorded with the objector's real name or unit and resolved with an
 * outcome; an application under an unresolved objection cannot be 认定.
 * After the period the administrator confirms 认定 (or declines it through
 * the review page).  GET ?batch=N; POST op = holidays | publish | objection |
 * resolve | recognise.
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "batch", "申报批次", VT_INT, 0, 1, (1LL << 53) },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "start_date", "公示开始日期", VT_DATE },
	{ "working_days", "公示期（工作日）", VT_INT, 0, 1, 30 },
	{ "holidays", "节假日", VT_TEXT, 0, 0, 2000 },
	{ "app", "申请", VT_INT, 0, 1, (1LL << 53) },
	{ "version", "", VT_INT, 0, 1, 1000000000 },
	{ "objector", "异议人（真实姓名或单位）", VT_LINE, 0, 2, 100 },
	{ "contact", "联系方式", VT_LINE, 0, 0, 100 },
	{ "content", "异议内容", VT_TEXT, 0, 0, 2000 },
	{ "received_on", "收到日期", VT_DATE },
	{ "objection", "异议", VT_INT, 0, 1, (1LL << 53) },
	{ "outcome", "处理结果", VT_TEXT, 0, 0, 2000 },
	{ "upheld", "异议成立", VT_BOOL },
	{ NULL }
};

static int
render(struct req *r, const struct batch *b, int status)
{
	struct dbrows *d;
	static const char *const an[] = { "id", "org", "city", "sub", "state", "version", "open_objections", "pub",
					   "pub_over", "upheld", NULL };
	static const char *const pn[] = { "id", "start", "end", "days", "over", "running", "count", NULL };
	static const char *const on[] = { "id", "app", "org", "objector", "contact", "content", "received_on", "resolved",
					   "outcome", "upheld", NULL };

	batch_to_hdf(r, b, "Batch");
	d = db_query(r, "SELECT u.id, DATE_FORMAT(u.start_date, '%Y-%m-%d'), DATE_FORMAT(u.end_date, '%Y-%m-%d'), u.working_days,"
			" CURDATE() > u.end_date, CURDATE() BETWEEN u.start_date AND u.end_date,"
			" (SELECT COUNT(*) FROM publication_items i WHERE i.publication_id = u.id)"
			" FROM publications u WHERE u.batch_id = ? ORDER BY u.id", DI(b->id));
	if (!d) return 500;
	db_to_hdf(r, d, "Pubs", pn);
	for (int i = 0; i < d->nrows; i++) {
		hset(r, req_printf(r, "Pubs.%d.start", i), cn_date(r, dbv(d, i, 1)));
		hset(r, req_printf(r, "Pubs.%d.end", i), cn_date(r, dbv(d, i, 2)));
	}
	d = db_query(r, "SELECT DATE_FORMAT(day, '%Y-%m-%d') FROM batch_holidays WHERE batch_id = ? ORDER BY day", DI(b->id));
	if (!d) return 500;
	{
		STRING s;
		string_init(&s);
		for (int i = 0; i < d->nrows; i++) { string_append(&s, dbv(d, i, 0)); string_append(&s, "\n"); }
		if (!req_has(r, "holidays")) hset(r, "Form.holidays", s.buf ? s.buf : "");
		string_clear(&s);
	}
	d = db_query(r,
		"SELECT p.id, a.display_name, c.name, s.name, p.state, p.version,"
		" (SELECT COUNT(*) FROM objections o WHERE o.application_id = p.id AND o.resolved_at IS NULL),"
		/* its own 公示: published since it was proposed; over? */
		" (SELECT MAX(u.id) FROM publication_items i JOIN publications u ON u.id = i.publication_id"
		"   WHERE i.application_id = p.id AND u.published_at >= COALESCE((SELECT MAX(e.at) FROM app_events e"
		"   WHERE e.application_id = p.id AND e.action = 'propose'), u.published_at)),"
		" (SELECT COUNT(*) FROM publication_items i JOIN publications u ON u.id = i.publication_id"
		"   WHERE i.application_id = p.id AND CURDATE() > u.end_date AND u.published_at >= COALESCE((SELECT MAX(e.at)"
		"   FROM app_events e WHERE e.application_id = p.id AND e.action = 'propose'), u.published_at)),"
		" (SELECT COUNT(*) FROM objections o WHERE o.application_id = p.id AND o.upheld = 1)"
		" FROM applications p JOIN accounts a ON a.id = p.account_id JOIN regions g ON g.code = p.region_code"
		" JOIN regions c ON c.code = g.city_code JOIN sub_industries s ON s.seq = p.sub_industry"
		" WHERE p.batch_id = ? AND p.state IN ('proposed', 'recognised', 'not_recognised') ORDER BY c.sort, p.sub_industry, p.id",
		DI(b->id));
	if (!d) return 500;
	db_to_hdf(r, d, "Apps", an);
	{
		int pending = 0;
		for (int i = 0; i < d->nrows; i++) {
			hset(r, req_printf(r, "Apps.%d.state_label", i), state_label(dbv(d, i, 4)));
			pending += !strcmp(dbv(d, i, 4), "proposed") && !dbn(d, i, 7);
		}
		hseti(r, "Pending", pending);
	}
	d = db_query(r,
		"SELECT o.id, o.application_id, a.display_name, o.objector, o.contact, o.content,"
		" DATE_FORMAT(o.received_on, '%Y-%m-%d'), o.resolved_at IS NOT NULL, COALESCE(o.outcome, ''), COALESCE(o.upheld, 0)"
		" FROM objections o JOIN applications p ON p.id = o.application_id JOIN accounts a ON a.id = p.account_id"
		" WHERE p.batch_id = ? ORDER BY o.id", DI(b->id));
	if (!d) return 500;
	db_to_hdf(r, d, "Objections", on);
	return page_render_status(r, status, "publicity.cs");
}

static int
back(struct req *r, const struct batch *b, const char *msg)
{
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/publicity.cgi?batch=%lld", b->id), msg);
}

static int
publish(struct req *r, const struct batch *b)
{
	struct dbrows *d;
	char end[11];
	int st;
	long long days = req_int(r, "working_days", 5);

	if ((st = publicity_period(r, b->id, "start_date", (int)days, end))) return st == 422 ? render(r, b, 422) : st;
	if (db_begin(r)) return 500;
	/* the 拟认定 applications not yet in a 公示 since they were proposed (locked: one publication takes them) */
	d = db_query(r, "SELECT p.id, p.account_id FROM applications p WHERE p.batch_id = ? AND p.state = 'proposed'"
			" AND NOT EXISTS (SELECT 1 FROM publication_items i JOIN publications u ON u.id = i.publication_id"
			"   WHERE i.application_id = p.id AND u.published_at >="
			"   (SELECT MAX(e.at) FROM app_events e WHERE e.application_id = p.id AND e.action = 'propose'))"
			" ORDER BY p.id FOR UPDATE", DI(b->id));
	if (!d) return 500;
	if (!d->nrows) { dbrows_free(d); db_rollback(r); return back(r, b, "拟认定名单中没有待公示的申请，不能公示。"); }
	if (db_exec(r, "INSERT INTO publications (batch_id, start_date, end_date, working_days, published_at, published_by)"
		       " VALUES (?, ?, ?, ?, NOW(), ?)", DI(b->id), DS(req_str(r, "start_date")), DS(end), DI(days),
		    DI(r->s.account_id)) != 1) {
		return 500;
	}
	long long pub = db_last_id(r);
	for (int i = 0; i < d->nrows; i++)
		if (db_exec(r, "INSERT INTO publication_items (publication_id, application_id) VALUES (?, ?)",
			    DI(pub), DI(dbi(d, i, 0))) != 1) {
			return 500;
		}
	for (int i = 0; d && i < d->nrows; i++)
		if (notify(r, dbi(d, i, 1), dbi(d, i, 0), "拟认定名单公示",
			   req_printf(r, "您的申请已列入拟认定名单，公示期为%s至%s（%lld个工作日）。", cn_date(r, req_str(r, "start_date")),
				      cn_date(r, end), days))) {
			return 500;
		}
	if (audit(r, "publicity.publish", "batch", b->id, "", req_printf(r, "%s 至 %s，%lld个工作日", req_str(r, "start_date"), end, days)) ||
	    db_commit(r))
		return 500;
	return back(r, b, req_printf(r, "已发布公示：%s至%s（%lld个工作日）。", cn_date(r, req_str(r, "start_date")), cn_date(r, end), days));
}

/* 认定, through the workflow: its own 公示 over, no objection open or upheld */
static int
recognise(struct req *r, const struct batch *b)
{
	struct app_info a;
	struct wf_result res;
	int st;

	if ((st = app_open(r, req_int(r, "app", 0), &a))) return st;
	if (a.batch_id != b->id) return 404;
	res = wf_apply(r, &a, "recognise", &(struct wf_args){ .version = req_int(r, "version", 0),
			.note = "经公示无异议，认定为数字化转型试点平台" });
	if (res.status == 500) return 500;
	return back(r, b, res.status ? res.msg : "已认定。");
}

/* the batch's holidays, one date a line: they do not count in the 公示's working days */
static int
holidays(struct req *r, const struct batch *b)
{
	char *s = req_strdup(r, req_str(r, "holidays") ? req_str(r, "holidays") : ""), *save = NULL;

	if (db_begin(r)) return 500;
	if (db_exec(r, "DELETE FROM batch_holidays WHERE batch_id = ?", DI(b->id)) < 0) return 500;
	for (char *t = strtok_r(s, " \r\n,，", &save); t; t = strtok_r(NULL, " \r\n,，", &save)) {
		if (valid_date(t, NULL, NULL, NULL)) {
			db_rollback(r);
			req_field_error(r, "holidays", req_printf(r, "“%s”不是有效日期，请每行一个，格式 YYYY-MM-DD", t));
			return render(r, b, 422);
		}
		if (db_exec(r, "INSERT IGNORE INTO batch_holidays (batch_id, day) VALUES (?, ?)", DI(b->id), DS(t)) < 0) return 500;
	}
	if (audit(r, "publicity.holidays", "batch", b->id, "", req_str(r, "holidays") ? req_str(r, "holidays") : "") ||
	    db_commit(r))
		return 500;
	return back(r, b, "节假日已保存。");
}

/* an objection received during the 公示, against an application on the proposed list */
static int
objection(struct req *r, const struct batch *b)
{
	struct dbrows *d;

	if (!req_str(r, "objector")) req_field_error(r, "objector", "请填写异议人的真实姓名或单位");
	if (!req_str(r, "content")) req_field_error(r, "content", "请填写异议内容");
	if (!req_str(r, "received_on")) req_field_error(r, "received_on", "请填写收到日期");
	if (req_errors(r)) return render(r, b, 422);
	d = db_query(r, "SELECT 1 FROM applications WHERE id = ? AND batch_id = ? AND state = 'proposed'",
		     DI(req_int(r, "app", 0)), DI(b->id));
	if (!d || d->nrows != 1) return back(r, b, "只能对拟认定名单中的申请登记异议。");
	if (db_begin(r)) return 500;
	if (db_exec(r, "INSERT INTO objections (application_id, objector, contact, content, received_on, recorded_by)"
		       " VALUES (?, ?, ?, ?, ?, ?)", DI(req_int(r, "app", 0)), DS(req_str(r, "objector")),
		    DS(req_str(r, "contact") ? req_str(r, "contact") : ""), DS(req_str(r, "content")),
		    DS(req_str(r, "received_on")), DI(r->s.account_id)) != 1 ||
	    audit(r, "objection.record", "application", req_int(r, "app", 0), "", req_str(r, "objector")) || db_commit(r))
		return 500;
	return back(r, b, "异议已登记。处理完毕前该申请不能认定。");
}

/* what the handling of an objection found (成立 or not) */
static int
resolve(struct req *r, const struct batch *b)
{
	long long n;

	if (!req_str(r, "outcome")) {
		req_field_error(r, "outcome", "请填写处理结果");
		return render(r, b, 422);
	}
	if (db_begin(r)) return 500;
	n = db_exec(r, "UPDATE objections o JOIN applications p ON p.id = o.application_id"
		       " SET o.resolved_at = NOW(), o.outcome = ?, o.upheld = ?"
		       " WHERE o.id = ? AND p.batch_id = ? AND o.resolved_at IS NULL",
		    DS(req_str(r, "outcome")), DI(req_int(r, "upheld", 0)), DI(req_int(r, "objection", 0)), DI(b->id));
	if (n < 0) return 500;
	if (n == 0) {
		db_rollback(r);
		return back(r, b, "该异议已处理。");
	}
	if (audit(r, "objection.resolve", "objection", req_int(r, "objection", 0), "",
		  req_printf(r, "%s %s", req_int(r, "upheld", 0) ? "成立" : "不成立", req_str(r, "outcome"))) || db_commit(r))
		return 500;
	return back(r, b, "异议处理结果已记录。");
}

static int
handle(struct req *r)
{
	return page_batch_run(r, render, (const struct batch_op[]){
		{ "publish", publish }, { "recognise", recognise }, { "holidays", holidays },
		{ "objection", objection }, { "resolve", resolve }, { NULL } });
}

const struct page PAGE = { "publicity", M_GET | M_POST, ROLE_PROVINCE, 0, inputs, handle };
