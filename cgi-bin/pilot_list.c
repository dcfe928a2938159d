/*
 * pilot_list - 公布试点企业名单 (长春 实施细则 第四章（一）2（4）核定公布): the 市
 * publishes, with its 文号 and day, every application of a batch its 集体决策
 * put on the list and not yet published; each enters the 试点企业库 (the
 * workflow's 公布 step, wf_eff_pilot).  Earlier lists of the batch are shown
 * with their enterprises.  市 reviewers of a programme that lists this page.
 * GET ?batch=N; POST op=publish (doc_no, published_on; confirmed in the page).
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "batch", "批次", VT_INT, 0, 1, (1LL << 53) },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "doc_no", "公布文号", VT_LINE, 0, 2, 100 },
	{ "published_on", "公布日期", VT_DATE },
	{ NULL }
};

/* the batch's applications waiting to be published, in the 市's region (NULL fault) */
static struct dbrows *
waiting(struct req *r, long long bid)
{
	return db_query(r,
		"SELECT p.id, o.display_name, COALESCE(o.credit_code, ''), g.name FROM applications p"
		" JOIN accounts o ON o.id = p.account_id JOIN regions g ON g.code = p.region_code"
		" WHERE p.batch_id = ? AND p.state = 'selected' AND ? IN (g.city_code, g.province_code)"
		" ORDER BY g.sort, p.id", DI(bid), DS(scope_code(r)));
}

static int
render(struct req *r, const struct batch *b, int status)
{
	static const char *const wn[] = { "id", "org", "credit_code", "county", NULL };
	static const char *const ln[] = { "list", "doc_no", "on", "org", "credit_code", "county", NULL };
	struct dbrows *d = waiting(r, b->id);

	if (!d) return 500;
	batch_to_hdf(r, b, "Batch");
	db_to_hdf(r, d, "Waiting", wn);
	d = db_query(r,
		"SELECT l.id, l.doc_no, DATE_FORMAT(l.published_on, '%Y-%m-%d'), o.display_name, e.credit_code, g.name"
		" FROM pilot_lists l JOIN pilot_entries e ON e.list_id = l.id JOIN applications p ON p.id = e.application_id"
		" JOIN accounts o ON o.id = p.account_id JOIN regions g ON g.code = p.region_code"
		" WHERE l.batch_id = ? AND ? IN (g.city_code, g.province_code) ORDER BY l.id DESC, g.sort, p.id",
		DI(b->id), DS(scope_code(r)));
	if (!d) return 500;
	db_to_hdf(r, d, "Listed", ln);
	if (!req_has(r, "published_on")) hset(r, "Form.published_on", "");
	return page_render_status(r, status, "pilot_list.cs");
}

static int
publish(struct req *r, const struct batch *b)
{
	int n, st = list_publish(r, &(struct list_publish){ b->id, waiting,
		0, "publish", "pilot.publish",
		"没有待公布的企业（集体决策列入试点企业名单后才能公布）。" }, &n);

	if (st == 500) return 500;
	if (st) return render(r, b, st);
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/pilot_list.cgi?batch=%lld", b->id),
				   req_printf(r, "已公布试点企业名单（%d家），名单中的企业已入试点企业库。", n));
}

static int
handle(struct req *r)
{
	return page_batch_run(r, render, (const struct batch_op[]){ { "publish", publish }, { NULL } });
}

const struct page PAGE = { "pilot_list", M_GET | M_POST, ROLE_CITY, 0, inputs, handle };
