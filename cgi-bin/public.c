/*
 * public - 公示 and the list of recognised platforms, for everyone (no login).
 * During each 公示's period (its whole period: what it listed when it was
 * published): each 拟认定 platform's name, sub-industry and 盟市, and how to
 * object.  After 认定: the 数字化转型试点平台 of each batch.  The 试点企业名单 a 市 has
 * published (长春 实施细则 第四章（一）2（4）核定公布).  新乡经开区's reward lists
 * in their 公示 (行动计划 第二十三条), with the amounts.  The award lists (长春 第四章（七）, 洛阳 二（六）15-18),
 * with each item's type and amount.
 * GET.
 */
#include "workflow.h"
#include "programmes/awards.h"

static int
handle(struct req *r)
{
	struct dbrows *d;
	static const char *const pn[] = { "batch", "title", "start", "end", "days", "org", "sub", "city", NULL };
	static const char *const rn[] = { "title", "org", "sub", "city", NULL };
	static const char *const ln[] = { "title", "doc_no", "on", "org", "county", "city", NULL };
	static const char *const wn[] = { "title", "start_cn", "end_cn", "days", "org", "amount", "zone", NULL };

	d = db_query(r,
		"SELECT b.id, b.title, DATE_FORMAT(u.start_date, '%Y-%m-%d'), DATE_FORMAT(u.end_date, '%Y-%m-%d'), u.working_days,"
		" a.display_name, s.name, c.name FROM publications u JOIN batches b ON b.id = u.batch_id"
		" JOIN publication_items i ON i.publication_id = u.id JOIN applications p ON p.id = i.application_id"
		" JOIN accounts a ON a.id = p.account_id"
		" JOIN sub_industries s ON s.seq = p.sub_industry JOIN regions g ON g.code = p.region_code"
		" JOIN regions c ON c.code = g.city_code WHERE CURDATE() BETWEEN u.start_date AND u.end_date"
		" ORDER BY b.id, u.id, c.sort, s.seq, p.id");
	if (!d) return 500;
	db_to_hdf(r, d, "Notice", pn);
	for (int i = 0; i < d->nrows; i++) {
		hseti(r, req_printf(r, "Notice.%d.seq", i), i + 1);
		hset(r, req_printf(r, "Notice.%d.start_cn", i), cn_date(r, dbv(d, i, 2)));
		hset(r, req_printf(r, "Notice.%d.end_cn", i), cn_date(r, dbv(d, i, 3)));
	}
	d = db_query(r,
		"SELECT b.title, a.display_name, s.name, c.name FROM applications p JOIN batches b ON b.id = p.batch_id"
		" JOIN accounts a ON a.id = p.account_id JOIN sub_industries s ON s.seq = p.sub_industry"
		" JOIN regions g ON g.code = p.region_code JOIN regions c ON c.code = g.city_code"
		" WHERE p.state = 'recognised' ORDER BY b.open_date DESC, b.id, c.sort, s.seq, p.id");
	if (!d) return 500;
	db_to_hdf(r, d, "Recognised", rn);
	/* the 试点企业名单 a 市 published (核定公布), newest first */
	d = db_query(r,
		"SELECT b.title, l.doc_no, DATE_FORMAT(l.published_on, '%Y-%m-%d'), a.display_name, g.name, c.name"
		" FROM pilot_lists l JOIN batches b ON b.id = l.batch_id JOIN pilot_entries e ON e.list_id = l.id"
		" JOIN applications p ON p.id = e.application_id JOIN accounts a ON a.id = p.account_id"
		" JOIN regions g ON g.code = p.region_code JOIN regions c ON c.code = g.city_code"
		" ORDER BY l.published_on DESC, l.id DESC, g.sort, p.id");
	if (!d) return 500;
	db_to_hdf(r, d, "PilotLists", ln);
	/* a reward list in its 公示 (新乡经开区 行动计划 第二十三条: 评审结果及资金安排), its whole period */
	d = db_query(r,
		"SELECT b.title, DATE_FORMAT(u.start_date, '%Y年%c月%e日'), DATE_FORMAT(u.end_date, '%Y年%c月%e日'), u.working_days,"
		" a.display_name, x.amount_yuan, g.name FROM publications u JOIN batches b ON b.id = u.batch_id"
		" JOIN publication_items i ON i.publication_id = u.id JOIN applications p ON p.id = i.application_id"
		" JOIN xx_rewards x ON x.application_id = p.id JOIN accounts a ON a.id = p.account_id"
		" JOIN regions g ON g.code = p.region_code WHERE CURDATE() BETWEEN u.start_date AND u.end_date"
		" ORDER BY b.id, u.id, a.display_name, p.id");
	if (!d) return 500;
	db_to_hdf(r, d, "Rewards", wn);
	/* the award lists a 市 published (长春 第四章（七）1（3）; 洛阳 二（六）15-18), with the amounts */
	if (awards_public_to_hdf(r)) return 500;
	hset(r, "Public.contact", req_conf(r, "Site.ObjectionContact", "自治区工业和信息化厅 牟立茁 0471-4824952"));
	return page_render(r, "public.cs");
}

static const struct input inputs[] = { { NULL } };
const struct page PAGE = { "public", M_GET, 0, PAGE_PUBLIC | PAGE_READONLY, inputs, handle };
