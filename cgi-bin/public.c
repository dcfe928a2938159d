/*
 * public - 公示 and the list of recognised platforms, for everyone (no login).
 * During each 公示's period (its whole period: what it listed when it was
 * published): each item's name, sub-industry, region and amount, and how to
 * object, in the words of the 公示's programme (struct notice: 内蒙古's 拟认定
 * platforms, 新乡经开区's rewards with their amounts).  After 认定: the
 * 数字化转型试点平台 of each batch.  The 试点企业名单 a 市 has published (长春
 * 实施细则 第四章（一）2（4）核定公布).  The award lists (长春 第四章（七）, 洛阳 二（六）15-18),
 * with each item's type and amount.
 * GET.
 */
#include "workflow.h"
#include "programmes/awards.h"

/* Pub.K: each 公示 in its period (all of it: what it listed when it was published), in its programme's words */
static int
notices(struct req *r)
{
	struct dbrows *d;
	long long cur = 0;
	int k = -1, m = 0;

	d = db_query(r,
		"SELECT u.id, b.programme, b.title, DATE_FORMAT(u.start_date, '%Y-%m-%d'), DATE_FORMAT(u.end_date, '%Y-%m-%d'),"
		" u.working_days, a.display_name, s.name, g.name, c.name, i.amount_yuan"
		" FROM publications u JOIN batches b ON b.id = u.batch_id"
		" JOIN publication_items i ON i.publication_id = u.id JOIN applications p ON p.id = i.application_id"
		" JOIN accounts a ON a.id = p.account_id LEFT JOIN sub_industries s ON s.seq = p.sub_industry"
		" JOIN regions g ON g.code = p.region_code LEFT JOIN regions c ON c.code = g.city_code"
		" WHERE CURDATE() BETWEEN u.start_date AND u.end_date ORDER BY u.id, c.sort, s.seq, p.id");
	if (!d) return -1;
	for (int i = 0; i < d->nrows; i++) {
		const struct programme *p = programme_of(dbv(d, i, 1));
		const struct notice *n = p ? p->notice : NULL;
		const char *pre;

		if (!n) continue;
		if (dbi(d, i, 0) != cur) {
			cur = dbi(d, i, 0), k++, m = 0;
			pre = req_printf(r, "Pub.%d.", k);
			const char *const kv[][2] = {
				{ "heading", n->heading }, { "intro", n->intro }, { "org", n->org },
				{ "region", n->region ? n->region : "所在地区" }, { "sub", n->sub_industry ? "1" : "0" },
				{ "amount", n->amount ? "1" : "0" }, { "objection", n->objection },
				{ "contact", req_conf(r, req_printf(r, "Site.ObjectionContact.%s", p->key), n->contact) },
				{ "title", dbv(d, i, 2) }, { "start_cn", cn_date(r, dbv(d, i, 3)) }, { "end_cn", cn_date(r, dbv(d, i, 4)) },
				{ "days", dbv(d, i, 5) }, { NULL, NULL }
			};
			hset_pairs(r, pre, kv);
		}
		pre = req_printf(r, "Pub.%d.Items.%d.", k, m++);
		hseti(r, req_printf(r, "%sseq", pre), m);
		const char *const iv[][2] = {
			{ "org", dbv(d, i, 6) }, { "sub", dbv(d, i, 7) }, { "region", n->region ? dbv(d, i, 9) : dbv(d, i, 8) },
			{ "amount", dbv(d, i, 10) }, { NULL, NULL }
		};
		hset_pairs(r, pre, iv);
	}
	return 0;
}

static int
handle(struct req *r)
{
	struct dbrows *d;
	static const char *const rn[] = { "title", "org", "sub", "city", NULL };
	static const char *const ln[] = { "title", "doc_no", "on", "org", "county", "city", NULL };

	if (notices(r)) return 500;
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
	/* the award lists a 市 published (长春 第四章（七）1（3）; 洛阳 二（六）15-18), with the amounts */
	if (awards_public_to_hdf(r)) return 500;
	return page_render(r, "public.cs");
}

static const struct input inputs[] = { { NULL } };
const struct page PAGE = { "public", M_GET, 0, PAGE_PUBLIC | PAGE_READONLY, inputs, handle };
