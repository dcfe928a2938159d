/*
 * xx_round - a 新乡经开区 奖励轮次 (行动计划 第二十一至二十四条, 免申即享): the
 * 考核工作小组办公室 has the system propose the reward list from the records
 * (xx_propose: each reward an application the system creates for its
 * enterprise, computed by the round's rule set, with its explanation), checks
 * each on xx_reward (考察核实 or 移出), publishes the verified ones for 7
 * working days (公示: a publication of the round, shown on public.cgi), and
 * after it records the 管委会审定 (day, meeting), which writes every money
 * decision of the round in one transaction (the workflow's 审定 step).
 * The list is one table (lib/table.h): screen, CSV, Excel, print, PDF.
 * Role city, over its own region.
 * GET ?batch=N[&format=csv|xlsx|print|pdf]; POST op = propose | publicize (start_date) | decide (act_date, meeting).
 */
#include <string.h>
#include "workflow.h"
#include "valid.h"
#include "doc.h"
#include "programmes/xinxiang.h"

#define PUBLICITY_DAYS 7      /* 第二十三条：向社会公示7个工作日 */

static const struct input inputs[] = {
	{ "batch", "奖励轮次", VT_INT, 0, 1, (1LL << 53) },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "format", "格式", VT_KEY, 0, 0, 8 },
	{ "start_date", "公示开始日期", VT_DATE },
	{ "act_date", "审定日期", VT_DATE },
	{ "meeting", "审定会议", VT_LINE, 0, 0, 200 },
	{ NULL }
};

enum { C_SEQ, C_ORG, C_CODE, C_LEVEL, C_CAT, C_BATCH, C_BASE, C_NEXT, C_AMOUNT, C_CLAUSE, C_STATE, C_WHY, C_N };
static const struct tcol cols[C_N] = {
	{ "序号", NULL, TC_INT, 0, 3 },
	{ "企业名称", NULL, TC_TEXT, 0, 14 },
	{ "统一社会信用代码", NULL, TC_TEXT, 0, 11 },
	{ "评定等级", NULL, TC_TEXT, 0, 7 },
	{ "企业类别", NULL, TC_TEXT, 0, 10 },
	{ "改造批次", NULL, TC_TEXT, 0, 5 },
	{ "上一年营业收入（元）", NULL, TC_INT, 0, 9 },
	{ "评定后第一个自然年度营业收入（元）", NULL, TC_INT, 0, 9 },
	{ "奖励金额（元）", NULL, TC_INT, TC_SUM, 8 },
	{ "依据", NULL, TC_NOTE, 0, 10 },
	{ "状态", NULL, TC_TEXT, TC_DATA, 8 },
	{ "测算说明", NULL, TC_TEXT, TC_CSV, 20 },
};

static int
build(struct req *r, const struct batch *b, struct table *t, int *counts)
{
	struct dbrows *d = db_query(r,
		"SELECT p.id, o.display_name, o.credit_code, l.year, l.level, l.category, l.batch_no, x.revenue_base, x.revenue_next,"
		" x.amount_yuan, x.refused, p.state, x.explanation FROM applications p JOIN accounts o ON o.id = p.account_id"
		" JOIN xx_rewards x ON x.application_id = p.id JOIN xx_levels l ON l.id = x.level_id"
		" JOIN regions g ON g.code = p.region_code"
		" WHERE p.batch_id = ? AND ? IN (g.code, g.city_code, g.province_code)"
		" ORDER BY p.state = 'removed', p.state = 'refused', o.display_name, p.id", DI(b->id), DS(scope_code(r)));
	static const char *const lv[] = { "无等级", "一级", "二级", "三级", "四级" };
	const struct programme *p = programme_of(b->programme);

	if (!d) return -1;
	table_init(r, t, cols, C_N);
	t->title = req_printf(r, "新乡经开区数字化转型奖励建议名单（%s）", b->title);
	table_line(t, "新乡经开区制造业数字化转型考核工作小组办公室", "单位：元");
	t->landscape = 1;
	t->empty = "本轮次尚未提出奖励建议名单。";
	for (int i = 0; i < d->nrows; i++) {
		int y = table_row(t), level = (int)dbi(d, i, 4);
		const char *state = dbv(d, i, 11), *refused = dbv(d, i, 10);
		table_num(t, y, C_SEQ, i + 1);
		table_text(t, y, C_ORG, req_strdup(r, dbv(d, i, 1)));
		table_x(t, y, C_ORG)->href = req_printf(r, "/cgi-bin/xx_reward.cgi?id=%s", dbv(d, i, 0));
		table_text(t, y, C_CODE, req_strdup(r, dbv(d, i, 2)));
		table_text(t, y, C_LEVEL, req_printf(r, "%s年%s", dbv(d, i, 3), lv[level >= 0 && level <= 4 ? level : 0]));
		table_text(t, y, C_CAT, xx_category_label(dbv(d, i, 5)));
		table_text(t, y, C_BATCH, req_printf(r, "第%s批", dbv(d, i, 6)));
		table_num(t, y, C_BASE, dbi(d, i, 7));
		table_num(t, y, C_NEXT, dbi(d, i, 8));
		/* removed and refused rewards are listed, paying nothing */
		table_num(t, y, C_AMOUNT, strcmp(state, "removed") ? dbi(d, i, 9) : 0);
		table_x(t, y, C_AMOUNT)->detail = req_strdup(r, dbv(d, i, 12));
		table_text(t, y, C_CLAUSE, *refused ? req_printf(r, "不予支持：%s", refused)
						    : level == 2 ? "第十五条" : "第十六条");
		table_text(t, y, C_STATE, programme_state_label(r, p, state));
		if (!strcmp(state, "refused") || !strcmp(state, "removed")) table_cell(t, y, C_STATE)->flags |= TF_BAD;
		table_text(t, y, C_WHY, req_strdup(r, dbv(d, i, 12)));
		for (int k = 0; p->states[k][0]; k++)
			if (!strcmp(p->states[k][0], state)) counts[k]++;
	}
	if (t->nrows) table_total(t, "合计");
	table_note(t, "奖励金额按“新增营业收入 × 比例”计算，比例按评定等级、企业类别和改造批次确定，累计上限计入此前按本规则已审定的奖励（行动计划 第十五、十六条）；"
		      "存在第二十五条情形的企业不予支持；已移出的企业不计金额。");
	return 0;
}

static int
render(struct req *r, const struct batch *b, int status)
{
	static const char *const pn[] = { "id", "start_cn", "end_cn", "days", "over", "count", NULL };
	const struct programme *p = programme_of(b->programme);
	int counts[16] = { 0 };
	struct table t;
	struct dbrows *d;
	const char *fmt = req_str(r, "format");

	if (build(r, b, &t, counts)) return 500;
	if (fmt && r->method == M_GET) {
		struct table_out o = { req_printf(r, "%s_奖励建议名单", b->title), "奖励建议名单", t.title,
				       req_printf(r, "/cgi-bin/xx_round.cgi?batch=%lld", b->id), "返回奖励轮次" };
		return table_answer(r, &t, fmt, &o);
	}
	batch_to_hdf(r, b, "Batch");
	table_to_hdf(r, &t, "T", 0);
	for (int k = 0; p->states[k][0]; k++) {
		hseti(r, req_printf(r, "Count.%s", p->states[k][0]), counts[k]);
		hset(r, req_printf(r, "StateLabel.%s", p->states[k][0]), p->states[k][1]);
	}
	/* the dates as the pages write them (cn_date) */
	d = db_query(r, "SELECT u.id, DATE_FORMAT(u.start_date, '%Y年%c月%e日'), DATE_FORMAT(u.end_date, '%Y年%c月%e日'), u.working_days,"
			" CURDATE() > u.end_date, (SELECT COUNT(*) FROM publication_items i WHERE i.publication_id = u.id)"
			" FROM publications u WHERE u.batch_id = ? ORDER BY u.id", DI(b->id));
	if (!d) return 500;
	db_to_hdf(r, d, "Pubs", pn);
	return page_render_status(r, status, "xx_round.cs");
}

/* the round's rewards in a state, in the reviewer's region (NULL fault) */
static struct dbrows *
in_state(struct req *r, const struct batch *b, const char *state)
{
	return db_query(r, "SELECT p.id FROM applications p JOIN regions g ON g.code = p.region_code"
			   " WHERE p.batch_id = ? AND p.state = ? AND ? IN (g.code, g.city_code, g.province_code) ORDER BY p.id",
			DI(b->id), DS(state), DS(scope_code(r)));
}

static int
refused(struct req *r, const struct batch *b, struct wf_result *res)
{
	db_rollback(r);
	if (res->status == 500) return 500;
	hset(r, "Refused", res->msg);
	return render(r, b, res->status ? res->status : 409);
}

static int
propose(struct req *r, const struct batch *b)
{
	int made, none, skipped;
	const char *msg;

	if (db_begin(r)) return 500;
	if (xx_propose(r, b, &made, &none, &skipped)) return 500;
	if (!made && !none) {
		db_rollback(r);
		hset(r, "Refused", skipped ? "没有可以提出的奖励：下列企业暂不能提出。"
					   : "没有可以提出的奖励：本区企业的评定等级（二级及以上）和相应年度的营业收入尚未记录，或已在此前的轮次中提出。");
		return render(r, b, 409);
	}
	if (audit(r, "xinxiang.propose", "batch", b->id, "", req_printf(r, "拟奖励%d家，不予奖励%d家", made, none)) || db_commit(r))
		return 500;
	msg = req_printf(r, "已按企业记录提出奖励建议：拟奖励%d家%s。请逐家考察核实。", made,
			 none ? req_printf(r, "，不予奖励%d家（见依据）", none) : "");
	for (int i = 0; i < skipped; i++)
		msg = req_printf(r, "%s%s%s：%s", msg, i ? "；" : " 暂未提出：", hdf_get_value(r->hdf, req_printf(r, "Skipped.%d.org", i), ""),
				 hdf_get_value(r->hdf, req_printf(r, "Skipped.%d.why", i), ""));
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/xx_round.cgi?batch=%lld", b->id), msg);
}

static int
publicize(struct req *r, const struct batch *b)
{
	struct wf_result res;
	struct dbrows *ids;
	char end[11];
	int st;
	long long pub;

	if ((st = publicity_period(r, b->id, "start_date", PUBLICITY_DAYS, end))) return st == 422 ? render(r, b, 422) : st;
	if (db_begin(r)) return 500;
	if (!(ids = in_state(r, b, "verified"))) return 500;
	if (!ids->nrows) {
		db_rollback(r);
		hset(r, "Refused", "没有已考察核实、待公示的奖励（第二十三条：经考核工作小组办公室核实后公示）。");
		return render(r, b, 409);
	}
	if (db_exec(r, "INSERT INTO publications (batch_id, start_date, end_date, working_days, published_at, published_by)"
		       " VALUES (?, ?, ?, ?, NOW(), ?)", DI(b->id), DS(req_str(r, "start_date")), DS(end), DI(PUBLICITY_DAYS),
		    DI(r->s.account_id)) != 1)
		return 500;
	pub = db_last_id(r);
	if (wf_apply_each(r, ids, "publicize", &(struct wf_args){ .ref = pub,
			  .note = req_printf(r, "公示期：%s至%s", cn_date(r, req_str(r, "start_date")), cn_date(r, end)) }, &res)) {
		return refused(r, b, &res);
	}
	if (audit(r, "xinxiang.publish", "publication", pub, "", req_printf(r, "%s 至 %s %d家", req_str(r, "start_date"), end, ids->nrows)) ||
	    db_commit(r)) {
		return 500;
	}
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/xx_round.cgi?batch=%lld", b->id),
				   req_printf(r, "已公示：%s至%s（%d个工作日），公开页面同步展示。", cn_date(r, req_str(r, "start_date")),
					      cn_date(r, end), PUBLICITY_DAYS));
}

static int
decide(struct req *r, const struct batch *b)
{
	struct wf_result res;
	struct dbrows *ids;
	int n;

	if (!req_str(r, "act_date")) req_field_error(r, "act_date", "请填写管委会审定日期");
	if (!req_str(r, "meeting")) req_field_error(r, "meeting", "请填写审定会议，例如：管委会第12次主任办公会");
	if (req_errors(r)) return render(r, b, 422);
	if (db_begin(r)) return 500;
	if (!(ids = in_state(r, b, "publicized"))) return 500;
	if (!(n = ids->nrows)) {
		db_rollback(r);
		hset(r, "Refused", "没有公示中、待审定的奖励（第二十四条：公示通过的拟定奖励名单报管委会审定）。");
		return render(r, b, 409);
	}
	if (wf_apply_each(r, ids, "decide", &(struct wf_args){ .act_date = req_str(r, "act_date"), .meeting = req_str(r, "meeting") }, &res)) {
		return refused(r, b, &res);
	}
	if (audit(r, "xinxiang.decide", "batch", b->id, "", req_printf(r, "%s %s %d家", req_str(r, "act_date"), req_str(r, "meeting"), n)) ||
	    db_commit(r))
		return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/xx_round.cgi?batch=%lld", b->id),
				   req_printf(r, "已记录管委会审定，%d家企业的奖励已确定（资金由经济发展和统计局会商财政局拨付）。", n));
}

static int
handle(struct req *r)
{
	return page_batch_run(r, render, (const struct batch_op[]){
		{ "propose", propose }, { "publicize", publicize }, { "decide", decide }, { NULL } });
}

const struct page PAGE = { "xx_round", M_GET | M_POST, ROLE_CITY, PAGE_THREADS, inputs, handle };
