/*
 * claims - 试点企业归属裁定: a served enterprise (统一社会信用代码) that two or
 * more platforms of one batch list.  附件3注 caps what one 试点企业 gets at
 * 20万 in total, so the 自治区 decides which platform keeps it, with the
 * reason; the decision is recorded (and may be changed, audited), shown in
 * the 汇总表 and to the reviewers, and never changes what was filed.
 * 自治区 administrator.  GET ?batch=N; POST op=decide code app reason.
 */
#include <string.h>
#include "programme.h"

static const struct input inputs[] = {
	{ "batch", "申报批次", VT_INT, 0, 1, (1LL << 53) },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "code", "统一社会信用代码", VT_USCC },
	{ "app", "归属平台", VT_INT, 0, 1, (1LL << 53) },
	{ "reason", "裁定理由", VT_TEXT, 0, 0, 1000 },
	{ NULL }
};

static int
render(struct req *r, const struct batch *b, int status)
{
	char m[32];
	/* every listing of every enterprise listed by more than one submitted application */
	struct dbrows *d = db_query(r,
		"SELECT e.credit_code, e.name, p.id, a.display_name, e.cost_yuan, e.subsidy_yuan, c.application_id,"
		" COALESCE(c.reason, ''), COALESCE(DATE_FORMAT(c.decided_at, '%Y-%m-%d %H:%i'), ''), p.state"
		" FROM app_enterprises e JOIN applications p ON p.id = e.application_id JOIN accounts a ON a.id = p.account_id"
		" LEFT JOIN enterprise_claims c ON c.batch_id = p.batch_id AND c.credit_code = e.credit_code"
		" WHERE p.batch_id = ? AND p.state <> 'draft' AND e.credit_code IN"
		"  (SELECT o.credit_code FROM app_enterprises o JOIN applications q ON q.id = o.application_id"
		"   WHERE q.batch_id = ? AND q.state <> 'draft' GROUP BY o.credit_code HAVING COUNT(DISTINCT o.application_id) > 1)"
		" ORDER BY e.credit_code, p.id", DI(b->id), DI(b->id));
	int k = -1, row = 0;
	long long total = 0;

	if (!d) return 500;
	batch_to_hdf(r, b, "Batch");
	for (int i = 0; i < d->nrows; i++) {
		if (i == 0 || strcmp(dbv(d, i, 0), dbv(d, i - 1, 0))) {
			k++;
			row = 0;
			total = 0;
			hset(r, req_printf(r, "Claims.%d.code", k), dbv(d, i, 0));
			hset(r, req_printf(r, "Claims.%d.name", k), dbv(d, i, 1));
			hset(r, req_printf(r, "Claims.%d.kept", k), dbv(d, i, 6));
			hset(r, req_printf(r, "Claims.%d.reason", k), dbv(d, i, 7));
			hset(r, req_printf(r, "Claims.%d.decided_at", k), dbv(d, i, 8));
		}
		const char *p = req_printf(r, "Claims.%d.apps.%d", k, row++);
		hset(r, req_printf(r, "%s.app", p), dbv(d, i, 2));
		hset(r, req_printf(r, "%s.org", p), dbv(d, i, 3));
		hset(r, req_printf(r, "%s.cost", p), money_fmt(dbi(d, i, 4), m, sizeof(m)));
		hset(r, req_printf(r, "%s.subsidy", p), money_fmt(dbi(d, i, 5), m, sizeof(m)));
		hset(r, req_printf(r, "%s.state", p), state_label(dbv(d, i, 9)));
		total += dbi(d, i, 5);
		hset(r, req_printf(r, "Claims.%d.total", k), money_fmt(total, m, sizeof(m)));
		hseti(r, req_printf(r, "Claims.%d.over", k), total > batch_yuan(b, "cap_enterprise_yuan"));
	}
	return page_render_status(r, status, "claims.cs");
}

static int
decide(struct req *r, const struct batch *b)
{
	const char *code = req_str(r, "code"), *reason = req_str(r, "reason");
	long long app = req_int(r, "app", 0);
	struct dbrows *d;

	if (!reason || !*reason) req_field_error(r, "reason", "请填写裁定理由");
	if (!app) req_field_error(r, "app", "请选择保留该企业的服务平台");
	if (!code) return 400;
	if (req_errors(r)) return render(r, b, 422);
	if (db_begin(r)) return 500;
	/* the platform chosen must list the enterprise in this batch */
	d = db_query(r, "SELECT a.display_name, (SELECT application_id FROM enterprise_claims WHERE batch_id = ? AND credit_code = ?)"
			" FROM app_enterprises e JOIN applications p ON p.id = e.application_id JOIN accounts a ON a.id = p.account_id"
			" WHERE e.credit_code = ? AND p.id = ? AND p.batch_id = ? AND p.state <> 'draft'",
		     DI(b->id), DS(code), DS(code), DI(app), DI(b->id));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); db_rollback(r); return 404; }
	const char *org = req_strdup(r, dbv(d, 0, 0)), *before = dbn(d, 0, 1) ? req_printf(r, "application %s", dbv(d, 0, 1)) : "";
	if (db_exec(r, "INSERT INTO enterprise_claims (batch_id, credit_code, application_id, reason, decided_by) VALUES (?, ?, ?, ?, ?)"
		       " ON DUPLICATE KEY UPDATE application_id = VALUES(application_id), reason = VALUES(reason),"
		       " decided_by = VALUES(decided_by), decided_at = NOW()",
		    DI(b->id), DS(code), DI(app), DS(reason), DI(r->s.account_id)) < 0 ||
	    audit(r, "claim.decide", "batch", b->id, before, req_printf(r, "%s 归属申报材料（编号 %lld，%s）：%s", code, app, org, reason)) ||
	    db_commit(r))
		return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/claims.cgi?batch=%lld#c-%s", b->id, code),
				   req_printf(r, "已裁定：%s 归属“%s”。", code, org));
}

static int
handle(struct req *r)
{
	return page_batch_run(r, render, (const struct batch_op[]){ { "decide", decide }, { NULL } });
}

const struct page PAGE = { "claims", M_GET | M_POST, ROLE_PROVINCE, 0, inputs, handle };
