/*
 * xinxiang.c - 新乡经开区's rewards (新乡经济技术开发区中小企业数字化转型三年
 * 行动计划, ../shared/seeds/004_961a77501b7e1897.txt), run by the 考核工作小组
 * 办公室 (新乡经开区经济发展和统计局, role city) over the zone alone.
 *
 * 免申即享 (第二十一条): nobody applies.  The 办公室 keeps records per
 * enterprise and year (the level assessed with category and 改造批次, the
 * 营业收入, the 第二十五条 cases: cgi-bin/xx_records.c, xx_import.c); a round
 * (a batch of this programme) proposes the reward list from them through the
 * rule set xinxiang-2025 (xx_propose): each proposed reward is an application
 * of the single stage "reward" the system creates for the enterprise, so that
 * every later change is a workflow row below (考察核实 or 移出, 公示 for 7
 * working days, 管委会审定, which writes the money decision) and goes through
 * the one guarded path.
 */
#include <string.h>
#include "workflow.h"
#include "valid.h"
#include "xinxiang.h"

const char *const xx_categories[][2] = {
	{ "plain", "一般企业" }, { "srdi", "专精特新企业" }, { "srdi_factory", "专精特新企业且拥有省级以上智能工厂（车间）" }, { NULL, NULL }
};
const char *const xx_exclusions[][2] = {
	{ "tax", "未依法诚信纳税" }, { "accident", "发生重大安全生产、生态环保或产品质量安全事故" },
	{ "violation", "严重违法违纪及失信行为" }, { NULL, NULL }
};

static const char *
label_of(const char *const t[][2], const char *key)
{
	for (int i = 0; key && t[i][0]; i++)
		if (!strcmp(t[i][0], key)) return t[i][1];
	return NULL;
}
const char *xx_category_label(const char *key) { return label_of(xx_categories, key); }
const char *xx_exclusion_label(const char *key) { return label_of(xx_exclusions, key); }

/* what this rule set has decided for the credit code (every version of its key); -1 fault */
static long long
paid_before(struct req *r, const char *code, const char *ruleset)
{
	struct dbrows *d = db_query(r, "SELECT COALESCE(SUM(amount_yuan), 0) FROM money_decisions"
				       " WHERE credit_code = ? AND ruleset = ? AND state = 'decided'", DS(code), DS(ruleset));
	long long v = d && d->nrows ? dbi(d, 0, 0) : -1;
	return v;
}

static int
skip(struct req *r, int *skipped, const char *org, const char *why)
{
	hset(r, req_printf(r, "Skipped.%d.org", *skipped), org);
	hset(r, req_printf(r, "Skipped.%d.why", *skipped), why);
	(*skipped)++;
	return 0;
}

int
xx_propose(struct req *r, const struct batch *b, int *made, int *refused, int *skipped)
{
	const struct ruleset *rs = batch_ruleset(b, xinxiang_programme.ruleset);
	struct dbrows *d;
	long long last = 0;

	*made = *refused = *skipped = 0;
	if (!rs) return -1;
	/* every assessment of 二级 and above of the region's enterprises that no reward has taken (a removed one
	 * may be proposed again), earliest first; the revenues of its year and the next, when recorded */
	d = db_query(r,
		"SELECT a.id, a.display_name, a.credit_code, a.region_code, l.id, l.year, l.level, l.category, l.batch_no,"
		" v0.revenue_yuan IS NOT NULL, COALESCE(v0.revenue_yuan, 0), v1.revenue_yuan IS NOT NULL, COALESCE(v1.revenue_yuan, 0),"
		" (SELECT MIN(CONCAT(o.title, '')) FROM applications q JOIN batches o ON o.id = q.batch_id"
		"   WHERE q.account_id = a.id AND o.programme = ? AND q.state IN ('proposed', 'verified', 'publicized')),"
		" EXISTS (SELECT 1 FROM projects j WHERE j.batch_id = ? AND j.account_id = a.id), COALESCE(cp.amount_yuan, 0)"
		" FROM accounts a JOIN xx_levels l ON l.credit_code = a.credit_code"
		" LEFT JOIN xx_city_policy cp ON cp.credit_code = l.credit_code AND cp.year = l.year"
		" LEFT JOIN xx_revenues v0 ON v0.credit_code = l.credit_code AND v0.year = l.year"
		" LEFT JOIN xx_revenues v1 ON v1.credit_code = l.credit_code AND v1.year = l.year + 1"
		" WHERE a.role = 'enterprise' AND a.status = 'active' AND l.level >= 2"
		" AND a.region_code IN (SELECT g.code FROM regions g WHERE ? IN (g.code, g.city_code, g.province_code))"
		" AND NOT EXISTS (SELECT 1 FROM xx_rewards x JOIN applications p ON p.id = x.application_id"
		"   WHERE x.level_id = l.id AND p.state <> 'removed')"
		" ORDER BY a.id, l.year FOR UPDATE",
		DS(xinxiang_programme.key), DI(b->id), DS(b->region));
	if (!d) return -1;
	for (int i = 0; i < d->nrows; i++) {
		const char *org = dbv(d, i, 1), *code = dbv(d, i, 2), *region = dbv(d, i, 3), *cat = dbv(d, i, 7);
		long long acct = dbi(d, i, 0), level_id = dbi(d, i, 4), year = dbi(d, i, 5), in[RS_MAX_IN] = { 0 }, paid, project, app;
		struct rs_calc c;
		struct dbrows *x;
		const char *note = "";

		if (acct == last) continue;            /* one reward per enterprise and round: its earliest assessment */
		last = acct;
		if (dbi(d, i, 14)) continue;           /* already in this round */
		if (*dbv(d, i, 13)) { skip(r, skipped, org, req_printf(r, "该企业在“%s”中的奖励尚未审定，审定后再提出", dbv(d, i, 13))); continue; }
		if (!dbi(d, i, 9) || !dbi(d, i, 11)) {
			skip(r, skipped, org, req_printf(r, "%lld年评定为%s，缺少%lld年营业收入记录", year,
							 dbi(d, i, 6) == 2 ? "二级" : dbi(d, i, 6) == 3 ? "三级" : "四级",
							 dbi(d, i, 9) ? year + 1 : year));
			continue;
		}
		if ((paid = paid_before(r, code, rs->key)) < 0) { dbrows_free(d); return -1; }
		/* 第二十五条: a case recorded for the rewarded year or the round's year */
		x = db_query(r, "SELECT kind, year, note FROM xx_exclusions WHERE credit_code = ? AND year IN (?, ?) ORDER BY year, id",
			     DS(code), DI(year + 1), DI(b->year));
		if (!x) { dbrows_free(d); return -1; }
		for (int k = 0; k < x->nrows; k++)
			note = req_printf(r, "%s%s%s年%s：%s", note, *note ? "；" : "", dbv(x, k, 1), xx_exclusion_label(dbv(x, k, 0)),
					  dbv(x, k, 2));
		in[0] = dbi(d, i, 6);
		in[1] = !strcmp(cat, "srdi") ? 1 : !strcmp(cat, "srdi_factory") ? 2 : 0;
		in[2] = dbi(d, i, 8);
		in[3] = dbi(d, i, 10);
		in[4] = dbi(d, i, 12);
		in[5] = paid;
		in[6] = x->nrows > 0;
		in[7] = dbi(d, i, 15);                  /* 第十七条: what the 新乡市 policy gives for this assessment */
		dbrows_free(x);
		rs_compute(rs, b, in, &c);
		if (db_exec(r, "INSERT INTO projects (batch_id, account_id) VALUES (?, ?)", DI(b->id), DI(acct)) != 1) { dbrows_free(d); return -1; }
		project = db_last_id(r);
		/* created by the system in its first state: 拟奖励 (or 不予奖励, which nothing moves on) */
		if (db_exec(r, "INSERT INTO applications (project_id, stage, batch_id, account_id, region_code, state, submitted_at)"
			       " VALUES (?, 'reward', ?, ?, ?, ?, NOW())",
			    DI(project), DI(b->id), DI(acct), DS(region), DS(c.amount > 0 ? "proposed" : "refused")) != 1) {
			dbrows_free(d);
			return -1;
		}
		app = db_last_id(r);
		if (db_exec(r, "INSERT INTO xx_rewards (application_id, level_id, revenue_base, revenue_next, paid_before, excluded,"
			       " city_policy_yuan, amount_yuan, refused, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
			    DI(app), DI(level_id), DI(in[3]), DI(in[4]), DI(paid), DI(in[6]), DI(in[7]), DI(c.amount),
			    DS(c.refused ? c.refused : ""),
			    DS(*note ? req_printf(r, "%s\n第二十五条情形：%s", rs_explain_text(r, &c), note) : rs_explain_text(r, &c))) != 1 ||
		    app_event(r, app, "propose", "", c.amount > 0 ? "proposed" : "refused",
			      req_printf(r, "免申即享：系统按记录测算，%lld元", c.amount), 0)) {
			dbrows_free(d);
			return -1;
		}
		if (c.amount > 0) (*made)++;
		else (*refused)++;
	}
	return 0;
}

/* ---- the chain (第二十二至二十四条) ---- */

/* 公示: the application enters the round's 公示 w->ref (the page made it: 7 working days from its start) */
static int
eff_publish(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res)
{
	(void)res;
	return db_exec(r, "INSERT INTO publication_items (publication_id, application_id, amount_yuan)"
		       " SELECT ?, application_id, amount_yuan FROM xx_rewards WHERE application_id = ?",
		       DI(w->ref), DI(a->id)) == 1 ? 0 : -1;
}

/* 审定: only after its 公示 is over, and only while what this rule set already decided for the enterprise is
 * what the proposal counted (else the cumulative cap would be computed on old figures) */
static const char *
pre_decide(struct req *r, const struct app_info *a, const struct wf_args *w)
{
	struct dbrows *d;
	long long over, counted, now;

	d = db_query(r,
		"SELECT (SELECT COUNT(*) FROM publication_items i JOIN publications u ON u.id = i.publication_id"
		"  WHERE i.application_id = p.id AND CURDATE() > u.end_date AND ? > u.end_date), x.paid_before, o.credit_code"
		" FROM applications p JOIN xx_rewards x ON x.application_id = p.id JOIN accounts o ON o.id = p.account_id"
		" WHERE p.id = ?", DS(w->act_date ? w->act_date : "0000-00-00"), DI(a->id));
	if (!d || d->nrows != 1) { dbrows_free(d); return ""; }
	over = dbi(d, 0, 0);
	counted = dbi(d, 0, 1);
	now = paid_before(r, dbv(d, 0, 2), a->b.ruleset);
	if (now < 0) return "";
	if (!over)
		return req_printf(r, "%s的公示期（7个工作日）尚未期满，或审定日期不在公示期满之后，不能审定（第二十三、二十四条）。", a->org);
	if (now != counted)
		return req_printf(r, "%s按本规则已奖励的累计金额已由%lld元变为%lld元，建议金额须重新测算：请将其移出，在下一轮次重新提出。",
				  a->org, counted, now);
	return NULL;
}

/* 审定 writes the money decision: the reward as proposed, with its explanation and the meeting */
static int
eff_decide(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res)
{
	(void)res;
	return db_exec(r,
		"INSERT INTO money_decisions (batch_id, application_id, credit_code, name, region_code, kind, ruleset,"
		" ruleset_version, amount_yuan, explanation, state, decided_on, decided_by)"
		" SELECT p.batch_id, p.id, o.credit_code, o.display_name, p.region_code, 'reward', b.ruleset, b.ruleset_version,"
		" x.amount_yuan, CONCAT(x.explanation, ?), 'decided', ?, ? FROM applications p JOIN accounts o ON o.id = p.account_id"
		" JOIN batches b ON b.id = p.batch_id JOIN xx_rewards x ON x.application_id = p.id WHERE p.id = ?",
		DS(req_printf(r, "\n管委会审定：%s，%s（第二十四条）", cn_date(r, w->act_date), w->meeting)),
		DS(w->act_date), DI(r->s.account_id), DI(a->id)) == 1 ? 0 : -1;
}

static const struct transition xx_chain[] = {
	/* 第二十二条 考察核实: the 办公室 and the member departments check at the enterprise */
	{ "proposed", ROLE_CITY, "verify", "考察核实", "verified", WF_REASON | WF_DATE, "xx_reward", NULL, NULL, TELL_NONE, NULL },
	{ "proposed", ROLE_CITY, "drop", "移出建议名单", "removed", WF_REASON | WF_OPTIONAL, "xx_reward", NULL, NULL, TELL_NONE, NULL },
	/* 第二十三条 公示 7个工作日, the round's verified rewards together */
	{ "verified", ROLE_CITY, "publicize", "公示", "publicized", 0, "xx_round", NULL, eff_publish, TELL_NONE, NULL },
	{ "verified", ROLE_CITY, "drop", "移出建议名单", "removed", WF_REASON | WF_OPTIONAL, "xx_reward", NULL, NULL, TELL_NONE, NULL },
	/* 第二十四条 管委会审定, after the 公示; an objection upheld removes the reward */
	{ "publicized", ROLE_CITY, "decide", "管委会审定", "decided", WF_DATE | WF_MEETING, "xx_round", pre_decide, eff_decide, TELL_NONE, NULL },
	{ "publicized", ROLE_CITY, "drop", "移出建议名单", "removed", WF_REASON | WF_OPTIONAL, "xx_reward", NULL, NULL, TELL_NONE, NULL },
	{ NULL }
};

static const struct input xx_form[] = { { NULL } };
static const struct section xx_sections[] = { { NULL, NULL } };

static const struct stage xx_stages[] = {
	{ .key = "reward", .title = "奖励（免申即享）", .form = xx_form, .sections = xx_sections, .workflow = xx_chain },
	{ NULL }
};

static const struct menu_item xx_menu[] = {
	{ "xx_records", "企业记录", ROLE_CITY, " xx_import " },
	{ "xx_round", "奖励建议名单", ROLE_CITY, " xx_reward " },
	{ "xx_reward", "我的奖励", ROLE_ENTERPRISE, NULL },
	{ NULL }
};

static const char *const xx_states[][2] = {
	{ "proposed", "拟奖励，待考察核实" }, { "verified", "已考察核实，待公示" }, { "publicized", "公示中，待管委会审定" },
	{ "decided", "管委会已审定" }, { "removed", "已移出建议名单" }, { "refused", "不予奖励" }, { NULL, NULL }
};

const struct programme xinxiang_programme = {
	.key = "xinxiang", .name = "新乡经开区数字化转型奖励（免申即享）",
	/* 免申即享: nobody applies; the system creates each reward for its enterprise */
	.applicant_role = 0, .runner_role = ROLE_CITY,
	.applicant = "企业", .document = "奖励", .county_level = "经开区", .city_level = "经开区",
	.authority = "考核工作小组办公室", .runner_label = "考核工作小组办公室", .authority_full = "新乡经开区制造业数字化转型考核工作小组办公室（经济发展和统计局）",
	.overview = "xx_reward", .edit_page = "xx_reward", .print_page = "xx_reward",
	.intro = "按照“免申即享”原则，企业无需申请：考核工作小组办公室根据企业数字化水平评定等级和营业收入记录提出奖励建议名单，"
		 "考察核实后公示7个工作日，报管委会审定（行动计划 第二十一至二十四条）。",
	.batch_noun = "奖励轮次", .region = "410772", .stages = xx_stages, .menu = xx_menu,
	.pages = " xx_round xx_reward ", .ruleset = "xinxiang-2025", .states = xx_states,
	.deadlines = (const struct deadline[]){ { NULL } }, .params = (const struct param[]){ { NULL } },
	.notice = &(const struct notice){
		.heading = "新乡经开区数字化转型奖励公示",
		.intro = "按照“免申即享”原则，经考核工作小组办公室考察核实，现将奖励结果及资金安排予以公示（行动计划 第二十三条）",
		.org = "企业名称", .amount = 1,
		.objection = "公示期内如有异议，请以书面形式向新乡经开区经济发展和统计局反映，注明真实姓名或单位及联系方式。",
	},
};
