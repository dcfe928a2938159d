/*
 * rubric - 评分标准 of a batch: the criteria and their maximum points (adding
 * up to 100), by default drawn from the 实施方案 headings of 附件2.  The
 * 自治区 administrator may change them until the first score is submitted.
 * GET ?batch=N; POST saves the whole list (title[], max[] in order).
 */
#include <string.h>
#include "workflow.h"

static const struct input inputs[] = {
	{ "batch", "申报批次", VT_INT, IN_REQ, 1, (1LL << 53) },
	{ "title", "评审内容", VT_LINE, IN_MULTI, 0, 200 },
	{ "max", "满分", VT_INT, IN_MULTI, 0, 100 },
	{ NULL }
};

static int
render(struct req *r, const struct batch *b, int status)
{
	struct dbrows *d;
	static const char *const names[] = { "seq", "title", "max", NULL };

	batch_to_hdf(r, b, "Batch");
	d = db_query(r, "SELECT COUNT(*) FROM expert_assignments x JOIN applications p ON p.id = x.application_id"
			" WHERE p.batch_id = ? AND x.submitted_at IS NOT NULL", DI(b->id));
	hseti(r, "Rubric.locked", d && d->nrows && dbi(d, 0, 0) > 0);
	if (status == 200) {
		d = db_query(r, "SELECT seq, title, max_points FROM rubric_items WHERE batch_id = ? ORDER BY seq", DI(b->id));
		if (!d) return 500;
		/* none stored yet: the default, shown (it is written with the first assignment or save) */
		int n = d->nrows ? d->nrows : rubric_default_to_hdf(r, "Items");
		db_to_hdf(r, d, "Items", names);
		hseti(r, "Rubric.rows", n + 3);
	}
	return page_render_status(r, status, "rubric.cs");
}

static int
handle(struct req *r)
{
	struct batch b;
	const struct val *t = req_val(r, "title"), *m = req_val(r, "max");
	int st, n = 0, sum = 0;

	if ((st = page_batch(r, &b))) return st;     /* a batch over this region only */
	if (r->method != M_POST) return render(r, &b, 200);
	if (!t || !m || t->err || t->nmulti != m->nmulti) return 400;
	/* rows with a title count; each needs 1..100 points; all add up to 100 */
	const char **titles = req_alloc(r, sizeof(char *) * (size_t)(t->nmulti + 1));
	long long *maxes = req_alloc(r, sizeof(long long) * (size_t)(t->nmulti + 1));
	for (int i = 0; i < t->nmulti; i++) {
		long long v;
		if (!t->multi[i][0]) continue;
		if (valid_int(m->multi[i], 1, 100, &v)) {
			req_field_error(r, "max", req_printf(r, "“%s”的满分应为1至100的整数", t->multi[i]));
			break;
		}
		titles[n] = t->multi[i]; maxes[n] = v; sum += (int)v; n++;
	}
	if (!req_errors(r) && n == 0) req_field_error(r, "title", "至少需要一项评审内容");
	if (!req_errors(r) && sum != 100) req_field_error(r, "max", req_printf(r, "各项满分合计应为100分，当前为%d分", sum));
	if (req_errors(r)) {
		for (int i = 0; i < t->nmulti; i++) {
			hset(r, req_printf(r, "Items.%d.title", i), t->multi[i]);
			hset(r, req_printf(r, "Items.%d.max", i), m->multi[i]);
		}
		hseti(r, "Rubric.rows", t->nmulti);
		return render(r, &b, 422);
	}
	if (db_begin(r)) return 500;
	struct dbrows *d = db_query(r, "SELECT COUNT(*) FROM expert_assignments x JOIN applications p ON p.id = x.application_id"
				       " WHERE p.batch_id = ? AND x.submitted_at IS NOT NULL FOR UPDATE", DI(b.id));
	if (!d || dbi(d, 0, 0) > 0) {
		db_rollback(r);
		return page_flash_redirect(r, req_printf(r, "/cgi-bin/rubric.cgi?batch=%lld", b.id), "已有专家提交评分，评分标准不能再修改。");
	}
	if (db_exec(r, "DELETE s FROM expert_scores s JOIN rubric_items i ON i.id = s.item_id WHERE i.batch_id = ?", DI(b.id)) < 0 ||
	    db_exec(r, "DELETE FROM rubric_items WHERE batch_id = ?", DI(b.id)) < 0)
		return 500;
	for (int i = 0; i < n; i++)
		if (db_exec(r, "INSERT INTO rubric_items (batch_id, seq, title, max_points) VALUES (?, ?, ?, ?)",
			    DI(b.id), DI(i + 1), DS(titles[i]), DI(maxes[i])) != 1)
			return 500;
	if (audit(r, "rubric.update", "batch", b.id, "", req_printf(r, "%d项，合计100分", n)) || db_commit(r)) return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/rubric.cgi?batch=%lld", b.id), "评分标准已保存。");
}

const struct page PAGE = { "rubric", M_GET | M_POST, ROLE_PROVINCE, 0, inputs, handle };
