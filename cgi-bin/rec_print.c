/*
 * rec_print - the 盟市's 推荐汇总表 in the layout of 附件3: one group per
 * recommended platform in rank order (序号, 企业名称（服务平台）, 对应行业), one
 * row per served enterprise (试点企业名称, 实际改造成本, 奖补资金额), a subtotal
 * per platform and one total, the header lines (填表人 of the 盟市 itself)
 * and the note on the caps: the same table as the 汇总表 (lib/summary.c).
 * format=print (default, A4 landscape) | pdf | xlsx | csv.
 * 盟市 reviewers (own city) and the administrator.  GET ?batch=N[&city=C].
 */
#include <string.h>
#include "summary.h"
#include "doc.h"

static const struct input inputs[] = {
	{ "batch", "申报批次", VT_INT, IN_REQ, 1, (1LL << 53) },
	{ "city", "盟市", VT_REGION },
	{ "format", "格式", VT_KEY, 0, 0, 8 },
	{ NULL }
};

static int
handle(struct req *r)
{
	struct batch b;
	struct summary s;
	struct table t;
	struct dbrows *d;
	const char *city = r->s.role == ROLE_CITY ? scope_code(r) : req_str(r, "city");
	const char *fmt = req_str(r, "format") ? req_str(r, "format") : "print", *area;
	int st;

	if (!city) return 404;
	if ((st = page_batch(r, &b))) return st;     /* a batch over this region only */
	d = db_query(r, "SELECT 1 FROM regions WHERE code = ? AND level = 'city' AND ? IN (code, province_code)",
		     DS(city), DS(scope_code(r)));
	if (!d) return 500;
	st = d->nrows == 1 ? 0 : 404;
	if (st) return st;
	if (summary_load_reclist(r, &b, city, &s)) return 500;
	summary_flags(&s, &b);
	summary_table(r, &s, &b, &t, 0);
	t.empty = "尚未推荐服务平台。";
	if (summary_lines(r, &t, &b, city, &area) || !area) { st = 500; goto out; }
	t.title = req_printf(r, "%d年%s试点企业数字化转型汇总表", b.year, area);
	{
		struct table_out o = { req_printf(r, "%s_%s_推荐汇总表", b.title, area), "推荐汇总表",
				       req_printf(r, "%s推荐汇总表 · %s", area, b.title),
				       req_printf(r, "/cgi-bin/rec_print.cgi?batch=%lld&city=%s", b.id, city), "返回盟市推荐" };
		st = table_answer(r, &t, fmt, &o);
	}
out:
	summary_free(&s);
	return st;
}

const struct page PAGE = { "rec_print", M_GET, ROLE_CITY | ROLE_PROVINCE, PAGE_THREADS, inputs, handle };
