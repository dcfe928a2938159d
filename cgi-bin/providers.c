/*
 * providers - 数字化转型服务商 of a 市 (长春 实施细则 第三章（四）): each registers itself
 * (register.cgi) and is approved by the 市工信局 before a 试点企业 may choose it.
 * GET: the 市 sees every 服务商 registered in its 县（市）区, those waiting first;
 *      a 县（市）区 and an enterprise see the approved ones of their 市 (the 名录).
 * POST (市 only) op=approve | op=refuse (a reason), id, version: once, guarded by
 *      the record's version, audited, the 服务商 told by 站内消息.
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "id", "编号", VT_INT, 0, 1, (1LL << 53) },
	{ "version", "", VT_INT, 0, 1, 1000000000 },
	{ "reason", "不予通过的理由", VT_TEXT, 0, 0, 500 },
	{ NULL }
};

static const char *const state_words[][2] = { { "pending", "待审核" }, { "approved", "已通过" }, { "refused", "未通过" } };

static int
render(struct req *r, int status)
{
	static const char *const names[] = { "id", "name", "credit_code", "county", "services", "state", "reason",
					      "registered", "version", "contact", "mobile", NULL };
	int city = r->s.role == ROLE_CITY;
	/* the 市 of the session: its scope, or the city of its 所在县（市）区 */
	struct dbrows *d = db_query(r,
		"SELECT a.id, a.display_name, a.credit_code, g.name, v.services, v.state, COALESCE(v.reason, ''),"
		" DATE_FORMAT(a.created_at, '%Y-%m-%d'), v.version, a.contact_person, a.mobile"
		" FROM providers v JOIN accounts a ON a.id = v.account_id JOIN regions g ON g.code = a.region_code"
		" JOIN regions me ON me.code = ? WHERE v.city_code = me.city_code AND (? = 1 OR v.state = 'approved')"
		" ORDER BY v.state = 'pending' DESC, a.created_at DESC, a.id DESC",
		DS(scope_code(r)), DI(city));
	if (!d) return 500;
	db_to_hdf(r, d, "Providers", names);
	for (int i = 0; i < d->nrows; i++)
		for (size_t k = 0; k < sizeof(state_words) / sizeof(state_words[0]); k++)
			if (!strcmp(dbv(d, i, 5), state_words[k][0]))
				hset(r, req_printf(r, "Providers.%d.state_label", i), state_words[k][1]);
	/* 咨询诊断 per 服务商 (实施细则 第四章（二）): its projects, reports overdue now or handed in late, the ratings */
	d = db_query(r,
		"SELECT d.provider_id, COUNT(*),"
		" SUM(d.report_id IS NULL AND CURDATE() > DATE_ADD(d.completed_on, INTERVAL d.report_days DAY)),"
		" SUM(COALESCE(d.reported_on > DATE_ADD(d.completed_on, INTERVAL d.report_days DAY), 0)),"
		" SUM(d.rating = 'satisfied'), SUM(d.rating = 'basic'), SUM(d.rating = 'unsatisfied')"
		" FROM diagnoses d JOIN providers v ON v.account_id = d.provider_id JOIN regions me ON me.code = ?"
		" WHERE v.city_code = me.city_code GROUP BY d.provider_id", DS(scope_code(r)));
	if (!d) return 500;
	for (int k = 0; hdf_get_valuef(r->hdf, "Providers.%d.id", k); k++) {
		static const char *const cn[] = { "", "diag", "overdue", "late", "satisfied", "basic", "unsatisfied" };
		int i = 0;
		while (i < d->nrows && strcmp(dbv(d, i, 0), hdf_get_valuef(r->hdf, "Providers.%d.id", k))) i++;
		for (int c = 1; c < 7; c++)
			hset(r, req_printf(r, "Providers.%d.%s", k, cn[c]), i < d->nrows && *dbv(d, i, c) ? dbv(d, i, c) : "0");
	}
	hseti(r, "Providers.city", city);
	return page_render_status(r, status, "providers.cs");
}

static int
decide(struct req *r, const char *op)
{
	long long id = req_int(r, "id", 0), n;
	int approve = !strcmp(op, "approve");
	const char *reason = req_str(r, "reason");

	if (!approve && !reason) {
		hset(r, req_printf(r, "Err.reason_%lld", id), "不予通过须填写理由");
		return render(r, 422);
	}
	if (db_begin(r)) return 500;
	n = db_exec(r, "UPDATE providers v JOIN regions me ON me.code = ? SET v.state = ?, v.reason = ?, v.decided_by = ?,"
		       " v.decided_at = NOW(), v.version = v.version + 1"
		       " WHERE v.account_id = ? AND v.version = ? AND v.state = 'pending' AND v.city_code = me.city_code",
		    DS(scope_code(r)), DS(approve ? "approved" : "refused"), approve ? DNULL : DS(reason),
		    DI(r->s.account_id), DI(id), DI(req_int(r, "version", 0)));
	if (n < 0) return 500;
	if (n == 0) {
		db_rollback(r);
		hset(r, "Refused", "该服务商已由他人审核或不在本市范围内，操作未执行。");
		return render(r, 409);
	}
	if (audit(r, approve ? "provider.approve" : "provider.refuse", "account", id, "待批准", approve ? "已批准" : reason) ||
	    notify(r, id, 0, approve ? "服务商审核通过" : "服务商审核未通过",
		   approve ? req_printf(r, "%s已审核通过您的数字化转型服务商注册，试点企业现可选择贵单位。", r->s.display)
			   : req_printf(r, "%s未通过您的数字化转型服务商注册。理由：%s", r->s.display, reason)) ||
	    db_commit(r))
		return 500;
	return page_flash_redirect(r, "/cgi-bin/providers.cgi", approve ? "已审核通过。" : "已记录不予通过及理由。");
}

static int
handle(struct req *r)
{
	if (r->method != M_POST) return render(r, 200);
	if (r->s.role != ROLE_CITY) return 403;
	if (req_errors(r) || !req_str(r, "op") || (strcmp(req_str(r, "op"), "approve") && strcmp(req_str(r, "op"), "refuse")))
		return 400;
	return decide(r, req_str(r, "op"));
}

const struct page PAGE = { "providers", M_GET | M_POST, ROLE_CITY | ROLE_COUNTY | ROLE_ENTERPRISE, 0, inputs, handle };
