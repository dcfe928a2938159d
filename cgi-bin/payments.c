/*
 * payments - 资金拨付: the money decisions of the session's region (any programme: whoever decided
 * wrote the row, lib/money.h) with what was decided, paid and is left, and 财政's record of the
 * money that leaves (001 二（五）13, 003 五（四）).
 * GET              the decisions in scope: search (名称或统一社会信用代码), show (unpaid/paid/double),
 *                  sort (left/decided/name), pages; a receiver with decisions under more than one
 *                  programme is flagged (no double-dipping: 就高不重复 is for the 市/自治区 to rule on).
 * GET ?format=     csv | xlsx | print | pdf: the 资金安排与拨付汇总表 of the listed decisions (every page).
 * GET ?id=N        one decision: its explanation (inputs, steps, clause), its payments with vouchers.
 * GET ?file=N      a payment's voucher (付款凭证 / 追回 document).
 * POST op=pay      拨付: date, amount, bank reference, voucher; never more than is left.
 * POST op=clawback 追回: reason, amount, date, optional document; never more than was paid.
 * 财政 records; 旗县区/盟市/自治区 reviewers read the same pages.  A POST is one transaction on the
 * decision row, locked and guarded by its version (a stale or repeated form changes nothing), audited.
 */
#include <string.h>
#include "money.h"
#include "doc.h"
#include <magic.h>

static const struct input inputs[] = {
	LIST_SEARCH("收款单位名称或统一社会信用代码"),
	{ "show", "范围", VT_KEY, 0, 0, 16 },
	LIST_SORT_PAGE,
	{ "id", "编号", VT_INT, 0, 1, (1LL << 53) }, { "file", "凭证", VT_INT, 0, 1, (1LL << 53) },
	{ "op", "操作", VT_KEY, 0, 0, 16 }, { "version", "", VT_INT, 0, 1, 1000000000 },
	{ "format", "格式", VT_KEY, 0, 0, 8 },
	/* 拨付 */
	{ "pay_day", "拨付日期", VT_DATE }, { "pay_amount", "拨付金额（万元）", VT_MONEY },
	{ "bank_ref", "银行流水号（交易参考号）", VT_LINE, 0, 0, 100 }, { "voucher", "付款凭证", VT_FILE },
	/* 追回 */
	{ "claw_day", "追回日期", VT_DATE }, { "claw_amount", "追回金额（万元）", VT_MONEY },
	{ "reason", "追回原因", VT_TEXT, 0, 0, 1000 }, { "claw_doc", "追回文书", VT_FILE },
	{ NULL }
};

#define PER 20

/* 资金安排与拨付汇总表: the listed decisions (all of them, as filtered) with what was decided, paid and is left,
 * by the one table writer (CSV, XLSX, the browser print, PDF) */
static int
export(struct req *r, struct dbrows *d, const char *fmt, const char *back)
{
	static const struct tcol cols[] = {
		{ "序号", NULL, TC_INT, TC_SEQ, 3 }, { "收款单位", NULL, TC_TEXT, 0, 14 },
		{ "统一社会信用代码", NULL, TC_TEXT, 0, 11 }, { "所在地区", NULL, TC_TEXT, 0, 6 },
		{ "项目与批次", NULL, TC_TEXT, 0, 16 }, { "资金类别", NULL, TC_TEXT, 0, 7 },
		{ "决定日期", NULL, TC_DATE, 0, 6 },
		{ "决定金额", "决定金额（万元）", TC_WAN, TC_SUM, 7 }, { "已拨付", "已拨付（万元）", TC_WAN, TC_SUM, 7 },
		{ "未拨付", "未拨付（万元）", TC_WAN, TC_SUM, 7 },
	};
	struct dbrows *g = db_query(r, "SELECT name FROM regions WHERE code = ?", DS(scope_code(r)));
	const char *area = g && g->nrows ? dbv(g, 0, 0) : "";
	struct table t;

	table_init(r, &t, cols, (int)(sizeof(cols) / sizeof(cols[0])));
	t.title = "资金安排与拨付汇总表";
	t.landscape = 1;
	t.empty = "没有符合条件的资金决定。";
	table_line(&t, req_printf(r, "地区：%s", area), "单位：万元");
	for (int i = 0; i < d->nrows; i++) {
		const struct programme *p = programme_of(dbv(d, i, 4));
		int k = table_row(&t);
		table_num(&t, k, 0, i + 1);
		table_text(&t, k, 1, dbv(d, i, 1));
		table_text(&t, k, 2, dbv(d, i, 2));
		table_text(&t, k, 3, dbv(d, i, 10));
		table_text(&t, k, 4, req_printf(r, "%s · %s", p ? p->name : dbv(d, i, 4), dbv(d, i, 3)));
		table_text(&t, k, 5, money_kind_label(dbv(d, i, 5)));
		table_text(&t, k, 6, dbv(d, i, 9));
		for (int c = 0; c < 3; c++) table_num(&t, k, 7 + c, dbi(d, i, 6 + c));
	}
	if (d->nrows) table_total(&t, "合计");
	table_note(&t, "注：决定金额为各项目认定、决策时按其资金规则计算的金额（元，向下取整）；已拨付为拨付减追回；未拨付为决定金额减已拨付。");
	table_sign(&t, "填表人：");
	table_sign(&t, "联系电话：");
	struct table_out o = { req_printf(r, "%s_资金安排与拨付汇总表", area), "资金汇总", req_printf(r, "资金安排与拨付汇总表 · %s", area),
			       back, "返回资金拨付" };
	return table_answer(r, &t, fmt, &o);
}

static int
list(struct req *r)
{
	static const char *const shows[] = { "", "unpaid", "paid", "double", NULL }, *const sorts[] = { "left", "decided", "name", "date", NULL };
	static const char *const names[] = { "id", "name", "credit_code", "batch", "programme", "kind", "decided", "paid", "left",
					      "on", "county", "programmes", NULL };
	const char *q = req_str(r, "q") ? req_str(r, "q") : "", *show = list_choice(r, "show", shows), *sort = list_choice(r, "sort", sorts);
	const char *base = req_printf(r, "/cgi-bin/payments.cgi?q=%s&show=%s&", url_arg(r, q), show);
	const char *fmt = req_str(r, "format") ? req_str(r, "format") : "html";
	int whole = strcmp(fmt, "html") != 0;           /* an export: every row, no pages */
	struct pager pg;
	struct dbrows *d, *n;
	char m[32];

	/* one row per decision in scope, with 已拨付 (拨付 − 追回) and how many programmes decided money for the receiver */
	d = db_query(r,
		"SELECT SQL_CALC_FOUND_ROWS x.id, x.name, x.credit_code, b.title, b.programme, x.kind, x.amount_yuan, t.paid,"
		" x.amount_yuan - t.paid, DATE_FORMAT(x.decided_on, '%Y-%m-%d'), g.name,"
		" (SELECT COUNT(DISTINCT q.programme) FROM money_decisions o JOIN batches q ON q.id = o.batch_id"
		"  WHERE o.credit_code = x.credit_code AND o.state = 'decided') AS np"
		" FROM money_decisions x JOIN batches b ON b.id = x.batch_id JOIN regions g ON g.code = x.region_code"
		" JOIN (SELECT z.id, COALESCE(SUM(CASE y.kind WHEN 'pay' THEN y.amount_yuan ELSE -y.amount_yuan END), 0) AS paid"
		"       FROM money_decisions z LEFT JOIN payments y ON y.decision_id = z.id GROUP BY z.id) t ON t.id = x.id"
		" WHERE x.state = 'decided' AND ? IN (g.code, g.city_code, g.province_code)"
		" AND (? = '' OR x.name LIKE CONCAT('%', ?, '%') OR x.credit_code = UPPER(?))"
		" AND (? = '' OR (? = 'unpaid' AND x.amount_yuan > t.paid) OR (? = 'paid' AND x.amount_yuan <= t.paid)"
		"      OR (? = 'double' AND x.credit_code IN (SELECT o.credit_code FROM money_decisions o JOIN batches q ON q.id = o.batch_id"
		"          WHERE o.state = 'decided' GROUP BY o.credit_code HAVING COUNT(DISTINCT q.programme) > 1)))"
		" ORDER BY CASE WHEN ? = 'left' THEN x.amount_yuan - t.paid END DESC, CASE WHEN ? = 'decided' THEN x.amount_yuan END DESC,"
		"          CASE WHEN ? = 'name' THEN CONVERT(x.name USING gbk) END, x.decided_on DESC, x.id DESC"
		" LIMIT ? OFFSET ?",
		DS(scope_code(r)), DS(q), DS(like_escape(r, q)), DS(q), DS(show), DS(show), DS(show), DS(show),
		DS(sort), DS(sort), DS(sort), DI(whole ? 1000000 : PER), DI(whole ? 0 : (req_int(r, "page", 1) - 1) * PER));
	if (!d) return 500;
	if (whole) return export(r, d, fmt, req_printf(r, "%ssort=%s", base, sort));
	n = db_query(r, "SELECT FOUND_ROWS()");
	pager_set(r, &pg, req_int(r, "page", 1), n && n->nrows ? dbi(n, 0, 0) : 0, PER, req_printf(r, "%ssort=%s&", base, sort));
	db_to_hdf(r, d, "Decisions", names);
	for (int i = 0; i < d->nrows; i++) {
		const struct programme *p = programme_of(dbv(d, i, 4));
		const char *k = req_printf(r, "Decisions.%d", i);
		hset(r, req_printf(r, "%s.programme", k), p ? p->name : dbv(d, i, 4));
		hset(r, req_printf(r, "%s.kind", k), money_kind_label(dbv(d, i, 5)));
		hset(r, req_printf(r, "%s.decided", k), money_fmt(dbi(d, i, 6), m, sizeof(m)));
		hset(r, req_printf(r, "%s.paid", k), money_fmt(dbi(d, i, 7), m, sizeof(m)));
		hset(r, req_printf(r, "%s.left", k), money_fmt(dbi(d, i, 8), m, sizeof(m)));
		hseti(r, req_printf(r, "%s.open", k), dbi(d, i, 8) > 0);
	}
	if (money_todo_to_hdf(r) || money_double_to_hdf(r)) return 500;
	hset(r, "Filter.sort", sort);
	hset(r, "Filter.show", show);
	hset(r, "Filter.base", base);
	return page_render(r, "payments.cs");
}

/* the decision in scope, FOR UPDATE inside a transaction: id, version, amount, 拨付, 追回, name */
static struct dbrows *
decision(struct req *r, long long id)
{
	if (r->in_tx)
		return db_query(r,
			"SELECT x.id, x.version, x.amount_yuan,"
			" (SELECT COALESCE(SUM(amount_yuan), 0) FROM payments WHERE decision_id = x.id AND kind = 'pay'),"
			" (SELECT COALESCE(SUM(amount_yuan), 0) FROM payments WHERE decision_id = x.id AND kind = 'clawback'), x.name"
			" FROM money_decisions x JOIN regions g ON g.code = x.region_code"
			" WHERE x.id = ? AND x.state = 'decided' AND ? IN (g.code, g.city_code, g.province_code) FOR UPDATE",
			DI(id), DS(scope_code(r)));
	return db_query(r,
		"SELECT x.id, x.version, x.amount_yuan,"
		" (SELECT COALESCE(SUM(amount_yuan), 0) FROM payments WHERE decision_id = x.id AND kind = 'pay'),"
		" (SELECT COALESCE(SUM(amount_yuan), 0) FROM payments WHERE decision_id = x.id AND kind = 'clawback'), x.name"
		" FROM money_decisions x JOIN regions g ON g.code = x.region_code"
		" WHERE x.id = ? AND x.state = 'decided' AND ? IN (g.code, g.city_code, g.province_code)",
		DI(id), DS(scope_code(r)));
}

static int
detail(struct req *r, long long id, int status)
{
	static const char *const pn[] = { "id", "kind", "amount", "day", "bank_ref", "reason", "file", "filename", "who", "at", NULL };
	struct dbrows *d = db_query(r,
		"SELECT x.id, x.name, x.credit_code, b.title, b.programme, x.kind, x.ruleset, x.ruleset_version, x.amount_yuan,"
		" x.explanation, DATE_FORMAT(x.decided_on, '%Y-%m-%d'), g.name, c.name, x.version, COALESCE(x.application_id, 0),"
		" (SELECT COALESCE(SUM(amount_yuan), 0) FROM payments WHERE decision_id = x.id AND kind = 'pay'),"
		" (SELECT COALESCE(SUM(amount_yuan), 0) FROM payments WHERE decision_id = x.id AND kind = 'clawback'),"
		" COALESCE(a.display_name, '')"
		" FROM money_decisions x JOIN batches b ON b.id = x.batch_id JOIN regions g ON g.code = x.region_code"
		" JOIN regions c ON c.code = g.city_code LEFT JOIN accounts a ON a.id = x.decided_by"
		" WHERE x.id = ? AND x.state = 'decided' AND ? IN (g.code, g.city_code, g.province_code)",
		DI(id), DS(scope_code(r)));
	const struct programme *p;
	char m[32];
	long long amount, net;

	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	p = programme_of(dbv(d, 0, 4));
	amount = dbi(d, 0, 8);
	net = dbi(d, 0, 15) - dbi(d, 0, 16);
	hset(r, "Dec.id", dbv(d, 0, 0));
	hset(r, "Dec.name", dbv(d, 0, 1));
	hset(r, "Dec.credit_code", dbv(d, 0, 2));
	hset(r, "Dec.batch", dbv(d, 0, 3));
	hset(r, "Dec.programme", p ? p->name : dbv(d, 0, 4));
	hset(r, "Dec.kind", money_kind_label(dbv(d, 0, 5)));
	hset(r, "Dec.ruleset", req_printf(r, "%s 第%s版", dbv(d, 0, 6), dbv(d, 0, 7)));
	hset(r, "Dec.ruleset_key", dbv(d, 0, 6));
	hset(r, "Dec.explanation", dbv(d, 0, 9));
	hset(r, "Dec.on", dbv(d, 0, 10));
	hset(r, "Dec.region", req_printf(r, "%s %s", dbv(d, 0, 12), dbv(d, 0, 11)));
	hset(r, "Dec.version", dbv(d, 0, 13));
	hset(r, "Dec.app", dbv(d, 0, 14));
	hset(r, "Dec.overview", p ? p->overview : "");
	hset(r, "Dec.decided_by", dbv(d, 0, 17));
	hset(r, "Dec.decided", money_fmt(amount, m, sizeof(m)));
	hset(r, "Dec.pays", money_fmt(dbi(d, 0, 15), m, sizeof(m)));
	hset(r, "Dec.clawed", money_fmt(dbi(d, 0, 16), m, sizeof(m)));
	hset(r, "Dec.paid", money_fmt(net, m, sizeof(m)));
	hset(r, "Dec.left", money_fmt(amount - net, m, sizeof(m)));
	hseti(r, "Dec.open", amount - net > 0);
	hseti(r, "Dec.can_claw", net > 0);
	hseti(r, "Dec.finance", r->s.role == ROLE_FINANCE);
	const char *code = req_strdup(r, dbv(d, 0, 2));
	/* the payments, oldest first */
	if (!(d = db_query(r,
		"SELECT y.id, y.kind, y.amount_yuan, DATE_FORMAT(y.day, '%Y-%m-%d'), y.bank_ref, COALESCE(y.reason, ''),"
		" f.payment_id IS NOT NULL, COALESCE(f.filename, ''), a.display_name, DATE_FORMAT(y.created_at, '%Y-%m-%d %H:%i')"
		" FROM payments y JOIN accounts a ON a.id = y.account_id LEFT JOIN payment_files f ON f.payment_id = y.id"
		" WHERE y.decision_id = ? ORDER BY y.day, y.id", DI(id))))
		return 500;
	db_to_hdf(r, d, "Pay", pn);
	for (int i = 0; i < d->nrows; i++) {
		hset(r, req_printf(r, "Pay.%d.kind", i), !strcmp(dbv(d, i, 1), "pay") ? "拨付" : "追回");
		hset(r, req_printf(r, "Pay.%d.amount", i), money_fmt(dbi(d, i, 2), m, sizeof(m)));
	}
	/* every decision for the same receiver, in any programme (一企一档): no double-dipping */
	if (money_of_code_to_hdf(r, code, "Others")) return 500;
	hset(r, "Page.Title", "资金拨付");
	return page_render_status(r, status, "payments.cs");
}

/* a voucher: PDF, JPG or PNG by its content; NULL when it fits, else the message */
static const char *
voucher_refusal(struct req *r, const struct upload *u, const char **mime)
{
	const char *e = upload_refusal(r, u->len);
	magic_t mg;
	const char *t;

	if (e) return e;
	if (!(mg = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR)) || magic_load(mg, NULL) != 0) {
		if (mg) magic_close(mg);
		LOG(r, "libmagic unavailable");
		return "系统暂时无法识别文件类型，请稍后再试";
	}
	t = magic_buffer(mg, u->data, u->len);
	*mime = req_strdup(r, t ? t : "");
	magic_close(mg);
	if (strcmp(*mime, "application/pdf") && strcmp(*mime, "image/jpeg") && strcmp(*mime, "image/png"))
		return "只接受PDF、JPG、PNG文件（按文件内容判断，与扩展名无关）";
	return NULL;
}

/* 拨付 or 追回: checked beside the fields, then one transaction on the locked decision row */
static int
record(struct req *r, long long id, int pay)
{
	const char *fd = pay ? "pay_day" : "claw_day", *fa = pay ? "pay_amount" : "claw_amount", *ff = pay ? "voucher" : "claw_doc";
	const struct upload *u = req_upload(r, ff);
	const char *mime = NULL, *e;
	struct dbrows *d;
	long long amount = req_val(r, fa)->i, decided, paid, clawed, fid = 0;
	char m[32], m2[32], sha[65];

	if (!req_str(r, fd) && !req_val(r, fd)->err) req_field_error(r, fd, pay ? "请填写拨付日期" : "请填写追回日期");
	else if (req_str(r, fd)) {
		d = db_query(r, "SELECT ? > CURDATE()", DS(req_str(r, fd)));
		if (!d) return 500;
		if (dbi(d, 0, 0)) req_field_error(r, fd, pay ? "拨付日期不能晚于今天" : "追回日期不能晚于今天");
	}
	if (!req_str(r, fa) && !req_val(r, fa)->err) req_field_error(r, fa, pay ? "请填写拨付金额" : "请填写追回金额");
	else if (req_str(r, fa) && amount <= 0) req_field_error(r, fa, "金额须大于0");
	if (pay && !req_str(r, "bank_ref") && !req_val(r, "bank_ref")->err) req_field_error(r, "bank_ref", "请填写银行流水号");
	if (!pay && !req_str(r, "reason") && !req_val(r, "reason")->err)
		req_field_error(r, "reason", "请填写追回原因（如骗取、套取补助资金，实施方案 二（五）13）");
	if (pay && !u) req_field_error(r, "voucher", "请上传付款凭证（PDF、JPG或PNG）");
	else if (u && (e = voucher_refusal(r, u, &mime))) req_field_error(r, ff, e);
	if (db_begin(r)) return 500;
	if (!(d = decision(r, id))) return 500;
	if (d->nrows != 1) { dbrows_free(d); db_rollback(r); return 404; }
	decided = dbi(d, 0, 2);
	paid = dbi(d, 0, 3);
	clawed = dbi(d, 0, 4);
	const char *name = req_strdup(r, dbv(d, 0, 5));
	if (dbi(d, 0, 1) != req_int(r, "version", 0)) {
		db_rollback(r);
		return page_flash_redirect(r, req_printf(r, "/cgi-bin/payments.cgi?id=%lld", id),
					   "该资金决定已有新的拨付或追回记录（或页面已过期），本次未记录。请核对后重新填写。");
	}
	/* 拨付 within what is left; 追回 within what was paid (the locked row's figures) */
	if (pay && req_str(r, fa) && amount > decided - paid + clawed)
		req_field_error(r, fa, req_printf(r, "拨付金额 %s 万元超过未拨付金额 %s 万元（决定金额 %s 万元，已拨付 %s 万元）",
			req_strdup(r, money_fmt(amount, m, sizeof(m))), money_fmt(decided - paid + clawed, m2, sizeof(m2)),
			req_strdup(r, money_fmt(decided, m, sizeof(m))), money_fmt(paid - clawed, m2, sizeof(m2))));
	if (!pay && req_str(r, fa) && amount > paid - clawed)
		req_field_error(r, fa, req_printf(r, "追回金额 %s 万元超过已拨付金额 %s 万元",
			req_strdup(r, money_fmt(amount, m, sizeof(m))), money_fmt(paid - clawed, m2, sizeof(m2))));
	if (req_errors(r)) { db_rollback(r); return detail(r, id, 422); }
	if (db_exec(r, "INSERT INTO payments (decision_id, kind, amount_yuan, day, bank_ref, reason, account_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
		    DI(id), DS(pay ? "pay" : "clawback"), DI(amount), DS(req_str(r, fd)),
		    DS(pay ? req_str(r, "bank_ref") : ""), pay ? DNULL : DS(req_str(r, "reason")), DI(r->s.account_id)) != 1)
		return 500;
	fid = db_last_id(r);
	if (u) {
		sha256_hex(u->data, u->len, sha);
		if (db_exec(r, "INSERT INTO payment_files (payment_id, filename, mime, size, sha256, data) VALUES (?, ?, ?, ?, ?, ?)",
			    DI(fid), DS(display_filename(r, u->client_name)), DS(mime), DI((long long)u->len), DS(sha),
			    DBLOB(u->data, u->len)) != 1)
			return 500;
	}
	if (db_exec(r, "UPDATE money_decisions SET version = version + 1 WHERE id = ? AND version = ?",
		    DI(id), DI(req_int(r, "version", 0))) != 1 ||
	    audit(r, pay ? "payment.pay" : "payment.clawback", "decision", id,
		  req_printf(r, "已拨付 %s 万元", money_fmt(paid - clawed, m, sizeof(m))),
		  pay ? req_printf(r, "%s 拨付 %s 万元，日期 %s，银行流水号 %s，凭证 %s", name, money_fmt(amount, m2, sizeof(m2)),
				   req_str(r, fd), req_str(r, "bank_ref"), sha)
		      : req_printf(r, "%s 追回 %s 万元，日期 %s，原因：%s%s%s", name, money_fmt(amount, m2, sizeof(m2)),
				   req_str(r, fd), req_str(r, "reason"), u ? "，文书 " : "", u ? sha : "")) ||
	    db_commit(r))
		return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/payments.cgi?id=%lld", id),
				   req_printf(r, "已记录%s %s 万元。", pay ? "拨付" : "追回", money_fmt(amount, m, sizeof(m))));
}

static int
voucher(struct req *r, long long pid)
{
	struct dbrows *d = db_query(r,
		"SELECT f.filename, f.mime, f.data FROM payment_files f JOIN payments y ON y.id = f.payment_id"
		" JOIN money_decisions x ON x.id = y.decision_id JOIN regions g ON g.code = x.region_code"
		" WHERE f.payment_id = ? AND ? IN (g.code, g.city_code, g.province_code)", DI(pid), DS(scope_code(r)));
	char *ascii;
	int st;

	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	ascii = req_strdup(r, dbv(d, 0, 0));
	for (char *p = ascii; *p; p++)
		if ((unsigned char)*p >= 0x80 || *p == '"' || *p == '\\' || *p == ';') *p = '_';
	st = page_send_bytes(r, req_strdup(r, dbv(d, 0, 1)),
			     req_printf(r, "attachment; filename=\"%s\"; filename*=UTF-8''%s", ascii, rfc5987(r, dbv(d, 0, 0))),
			     d->cell[2], d->len[2]);
	return st;
}

static int
handle(struct req *r)
{
	long long id = req_int(r, "id", 0);
	const char *op = req_str(r, "op");

	if (r->method != M_POST) {
		if (req_val(r, "id")->err || req_val(r, "file")->err) return 404;
		if (req_int(r, "file", 0)) return voucher(r, req_int(r, "file", 0));
		return id ? detail(r, id, 200) : list(r);
	}
	/* only 财政 records money; reviewers read */
	if (r->s.role != ROLE_FINANCE) return 403;
	if (!id || !op) return 400;
	if (!strcmp(op, "pay")) return record(r, id, 1);
	if (!strcmp(op, "clawback")) return record(r, id, 0);
	return 400;
}

const struct page PAGE = { "payments", M_GET | M_POST, ROLE_FINANCE | ROLE_REVIEWER, PAGE_UPLOAD | PAGE_THREADS, inputs, handle };
