/*
 * cc_accept.c - 长春's stage 项目验收 (实施细则 第四章（五）, ../shared/seeds/002_f8d6ebe2e83360e2.txt), opened for a
 * project when the 市 confirms its 水平评测.  The enterprise files 附件4 长春市中小企业数字化转型城市试点改造项目验收
 * 申请表 (the stage's form: drafts, 校验, submission, versions, print as printed); on accept.cgi the project's
 * 评测机构 (the one of its 水平评测) records its expert group's 书面材料审核 and 现场核查 and issues 附件5 验收意见 --
 * 通过, or 未通过 with 整改要求 -- uploading its 评测工作方案 with its first 验收意见 of the project; the 县（市）区
 * gives its 意见, which makes the result take effect: 验收通过 ("passed": 资金申报 opens, cc_fund.c), or the 整改期 (rectify_days, at most one
 * month from the 验收 day, 1（4）) in which the enterprise may apply once more ("returned": its form editable
 * again); a second failure closes the project ("failed"), as does the 市 for a 整改期 passed without a new
 * application.  A pass needs the level the 市 confirmed in 水平评测 to be 二级 or above (第五章（三）).
 */
#include <string.h>
#include "workflow.h"
#include "doc.h"
#include "changchun.h"

#define AC_DOC "改造项目验收申请表"
#define AC_PLEDGE "所有申报资料均真实、完整、有效，如有不实，愿意承担相应责任。"
#define AC_CLAUSE "实施细则 第四章（五）1（4）：对未通过的企业，给予最长 1 个月的整改期，整改期限内企业可再次申请改造验收"

const struct section cc_accept_sections[] = {
	{ "a1", "申请企业基本信息" },
	{ "a2", "项目建设内容完成情况" },
	{ "a3", "数字化改造成效" },
	{ "a4", "企业承诺" },
	{ NULL, NULL }
};

#define S IN_SUBMIT
#define EFFECT(k, what) \
	{ "a_eff_" k "_before", what "（改造前）", VT_LINE, S, 0, 200, "a3" }, \
	{ "a_eff_" k "_after", what "（改造后）", VT_LINE, S, 0, 200, "a3" }
/* 附件4's rows in order; 企业名称 and 企业信用代码 are the registration's (shown, not typed) */
const struct input cc_accept_form[] = {
	{ "a_legal", "法人代表", VT_LINE, S, 0, 50, "a1" },
	{ "a_address", "通讯地址", VT_LINE, S, 0, 200, "a1" },
	{ "c_county", "所属县（市、区）", VT_REGION, S, 0, 0, "a1" },
	{ "a_manager", "项目负责人", VT_LINE, S, 0, 50, "a1" },
	{ "a_phone", "联系电话", VT_PHONE, S, 0, 0, "a1" },
	{ "a_industry", "所属细分行业", VT_KEY, S, 0, 16, "a1" },
	{ "a_project", "项目名称", VT_LINE, S, 0, 100, "a2" },
	{ "a_start", "项目开始日期", VT_DATE, S, 0, 0, "a2" },
	{ "a_end", "项目结束日期", VT_DATE, S, 0, 0, "a2" },
	{ "a_content", "主要完成的建设内容", VT_TEXT, S, 0, 500, "a2",
	  "结合企业痛点问题和需求，描述企业数字化转型解决方案及实施内容。若有多项，请逐项列出。（500 字以内）" },
	{ "a_level_before", "数字化水平等级（改造前）", VT_KEY, S, 0, 8, "a2" },
	{ "a_level_after", "数字化水平等级（改造后）", VT_KEY, S, 0, 8, "a2" },
	{ "a_cloud", "云应用情况", VT_KEY, S, 0, 16, "a2" },
	{ "a_cloud_text", "云应用情况（所用云服务）", VT_LINE, 0, 0, 100, "a2", "公有云、私有云、混合云请填写所用的云服务" },
	{ "a_total", "改造总花费（万元）", VT_MONEY, S, 0, 0, "a2" },
	EFFECT("innov", "创新方面成效"), EFFECT("market", "市场方面成效"), EFFECT("quality", "提质方面成效"),
	EFFECT("cost", "降本方面成效"), EFFECT("eff", "增效方面成效"), EFFECT("green", "绿色方面成效"),
	EFFECT("safety", "安全方面成效"),
	{ "a_pledge", AC_PLEDGE, VT_BOOL, S, 0, 0, "a4" },
	{ "a_signer", "法定代表人", VT_LINE, S, 0, 50, "a4" },
	{ NULL }
};
#undef S
#undef EFFECT

/* every box of 附件4, as printed (改造后 offers 2级 to 4级 only) */
const struct choice cc_accept_choices[] = {
	{ "a_industry", { "auto", "汽车零部件配件制造业", "rail", "轨道交通高端装备制造业", "electronic", "电子元器件制造业",
			  "medicine", "中成药生物药品制品制造业" } },
	{ "a_level_before", { "none", "无等级", "1", "1级（20分～40分）", "2", "2级（40分～60分）", "3", "3级（60分～80分）",
			      "4", "4级（80分以上）" } },
	{ "a_level_after", { "2", "2级（40分～60分）", "3", "3级（60分～80分）", "4", "4级（80分以上）" } },
	{ "a_cloud", { "public", "公有云", "private", "私有云", "hybrid", "混合云", "none", "未上云" } },
	/* 附件5's result, and the level of 水平评测 (cc_diag_choices' level_before) in words */
	{ "result", { "pass", "通过验收", "fail", "未通过验收" } },
	{ "level", { "none", "无等级", "1", "一级", "2", "二级", "3", "三级", "4", "四级" } },
	{ NULL }
};


int
cc_accept_section_hdf(struct req *r, const struct app_info *a, const char *section)
{
	hset(r, "Prog.document", AC_DOC);
	if (!strcmp(section, "a1")) {
		section_fact(r, "企业名称", a->org);
		section_fact(r, "企业信用代码", hdf_get_value(r->hdf, "App.credit_code", ""));
	}
	return 0;
}

void
cc_accept_section_validate(struct req *r, const struct app_info *a, const char *section)
{
	(void)a;
	if (strcmp(section, "a2")) return;
	if (req_str(r, "a_start") && req_str(r, "a_end") && strcmp(req_str(r, "a_end"), req_str(r, "a_start")) < 0)
		req_field_error(r, "a_end", "结束日期不能早于开始日期");
	if (req_str(r, "a_cloud") && strcmp(req_str(r, "a_cloud"), "none") && !req_str(r, "a_cloud_text"))
		req_field_error(r, "a_cloud_text", "已勾选上云，请填写所用的云服务（附件4 云应用情况）");
}

/* 第四章（五）1（1）: the 改造 done, the form complete, the 承诺 ticked */
int
cc_accept_check(struct req *r, const struct app_info *a, struct problem **out)
{
	struct checklist c;
	const char *cloud;

	if (check_begin(r, a, &c)) return -1;
	check_required(&c, NULL);
	cloud = check_value(&c, "a_cloud");
	if (*cloud && strcmp(cloud, "none") && !check_value(&c, "a_cloud_text")[0])
		check_add(&c, check_at(&c, "a2", "a_cloud_text"), "已勾选上云，请填写所用的云服务（附件4 云应用情况）");
	if (check_value(&c, "a_pledge")[0] && strcmp(check_value(&c, "a_pledge"), "1"))
		check_add(&c, check_at(&c, "a4", "a_pledge"), "请勾选企业承诺（附件4）");
	if (*check_value(&c, "a_start") && *check_value(&c, "a_end") && strcmp(check_value(&c, "a_end"), check_value(&c, "a_start")) < 0)
		check_add(&c, check_at(&c, "a2", "a_end"), "项目结束日期不能早于开始日期（附件4 项目起止时间）");
	return check_end(&c, out);
}

/* ---- the record: the level of 水平评测, the rounds of 附件5, the 评测工作方案 ---- */

/* rows of 验收意见 under prefix, each with the words of its result (column col) as result_label */
static void
results_to_hdf(struct req *r, const struct app_info *a, const struct dbrows *d, const char *prefix, const char *const *names, int col)
{
	db_to_hdf(r, d, prefix, names);
	for (int i = 0; i < d->nrows; i++) {
		const char *l = choice_label(a->st, "result", dbv(d, i, col));
		hset(r, req_printf(r, "%s.%d.result_label", prefix, i), l ? l : "");
	}
}

int
cc_accept_to_hdf(struct req *r, const struct app_info *a)
{
	static const char *const names[] = { "round", "evaluator", "paper_on", "site_on", "accepted_on", "leader", "members",
					     "result", "opinion", "rectify_until", "days_left", "county_opinion", "county_on", NULL };
	struct dbrows *d = db_query(r,
		"SELECT c.round, v.display_name, c.paper_on, c.site_on, c.accepted_on, c.leader, c.members, c.result, c.opinion,"
		" COALESCE(c.rectify_until, ''), COALESCE(DATEDIFF(c.rectify_until, CURDATE()), ''), COALESCE(c.county_opinion, ''),"
		" COALESCE(c.county_on, '') FROM cc_acceptances c JOIN accounts v ON v.id = c.evaluator_id"
		" WHERE c.application_id = ? ORDER BY c.round", DI(a->id));
	if (!d) return 500;
	results_to_hdf(r, a, d, "Accept.Rounds", names, 7);
	/* the 验收意见 the 县（市）区 returned; the newest as the reason to act on while its round is not issued again */
	{
		static const char *const rn[] = { "round", "evaluator", "accepted_on", "result", "opinion", "reason", "returned_at", "by",
						  "open", NULL };
		d = db_query(r, "SELECT x.round, v.display_name, x.accepted_on, x.result, x.opinion, x.reason,"
				" DATE_FORMAT(x.returned_at, '%Y-%m-%d %H:%i'), b.display_name,"
				" NOT EXISTS (SELECT 1 FROM cc_acceptances c WHERE c.application_id = x.application_id AND c.round = x.round)"
				" FROM cc_accept_returns x JOIN accounts v ON v.id = x.evaluator_id JOIN accounts b ON b.id = x.returned_by"
				" WHERE x.application_id = ? ORDER BY x.id", DI(a->id));
		if (!d) return 500;
		results_to_hdf(r, a, d, "Accept.Returns", rn, 3);
		if (d->nrows && dbi(d, d->nrows - 1, 8)) hset(r, "Accept.reopened", dbv(d, d->nrows - 1, 5));
	}
	d = db_query(r, "SELECT COALESCE(e.level, ''), COALESCE(t.id, 0), COALESCE(t.filename, ''), COALESCE(v.display_name, '')"
			" FROM applications p LEFT JOIN applications x ON x.project_id = p.project_id AND x.stage = 'evaluation'"
			" LEFT JOIN evaluations e ON e.application_id = x.id LEFT JOIN accounts v ON v.id = e.evaluator_id"
			" LEFT JOIN attachments t ON t.id = (SELECT MAX(id) FROM attachments WHERE application_id = p.id AND kind = 'eval_plan')"
			" WHERE p.id = ?", DI(a->id));
	if (!d || d->nrows != 1) return 500;
	{
		const char *l = choice_label(a->st, "level", dbv(d, 0, 0));
		hset(r, "Accept.level", dbv(d, 0, 0));
		hset(r, "Accept.level_label", l ? l : "尚未认定");
		hset(r, "Accept.plan", dbv(d, 0, 1));
		hset(r, "Accept.plan_name", dbv(d, 0, 2));
		hset(r, "Accept.evaluator", dbv(d, 0, 3));
		hseti(r, "Accept.rectify_days", batch_int(&a->b, "rectify_days"));
	}
	return 0;
}

int
cc_accept_overview_hdf(struct req *r, const struct app_info *a)
{
	hset(r, "Prog.document", AC_DOC);
	return cc_accept_to_hdf(r, a);
}

const char *
cc_accept_level_refusal(struct req *r, const struct app_info *a)
{
	struct dbrows *d = db_query(r, "SELECT COALESCE(MAX(e.level), '') FROM applications p JOIN applications x"
				       " ON x.project_id = p.project_id AND x.stage = 'evaluation' AND x.state = 'evaluated'"
				       " JOIN evaluations e ON e.application_id = x.id WHERE p.id = ?", DI(a->id));
	const char *l;
	if (!d || d->nrows != 1) return "";
	l = dbv(d, 0, 0);
	if (!strcmp(l, "2") || !strcmp(l, "3") || !strcmp(l, "4")) return NULL;
	return req_printf(r, "水平评测认定的数字化水平为%s，未达到二级，不能通过验收（实施细则 第五章（三）：确保改造后数字化水平达到二级及以上）",
			  *l ? choice_label(a->st, "level", l) : "尚未认定");
}

/* ---- the rows' conditions and effects ---- */

/* 验收意见：通过 only at 二级 and above */
static const char *
pre_level(struct req *r, const struct app_info *a, const struct wf_args *w)
{
	(void)w;
	return cc_accept_level_refusal(r, a);
}

/* the one application of the 整改期: complete, and not after its last day */
static const char *
pre_rectify(struct req *r, const struct app_info *a, const struct wf_args *w)
{
	const char *e = wf_pre_checked(r, a, w);
	struct dbrows *d;
	if (e) return e;
	d = db_query(r, "SELECT rectify_until, CURDATE() > rectify_until FROM cc_acceptances WHERE application_id = ? AND round = 1"
			" AND rectify_until IS NOT NULL", DI(a->id));
	if (!d) return "";
	if (d->nrows != 1) return "本项目不在整改期内，不能再次申请验收。";
	return dbi(d, 0, 1) ? req_printf(r, "整改期已于 %s 届满，不能再次申请验收（%s）。", dbv(d, 0, 0), AC_CLAUSE) : NULL;
}

/* closing a missed 整改: only once the 整改期 has passed */
static const char *
pre_overdue(struct req *r, const struct app_info *a, const struct wf_args *w)
{
	struct dbrows *d = db_query(r, "SELECT rectify_until, CURDATE() > rectify_until FROM cc_acceptances WHERE application_id = ?"
				       " AND round = 1 AND rectify_until IS NOT NULL", DI(a->id));
	(void)w;
	if (!d || d->nrows != 1) return "";
	return dbi(d, 0, 1) ? NULL : req_printf(r, "整改期至 %s，期满前企业仍可再次申请验收，暂不能关闭。", dbv(d, 0, 0));
}

/* a submission: its version, and the project's 评测机构 told it has 验收 to do */
static int
eff_submit(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res)
{
	struct dbrows *d;
	if (wf_eff_submit(r, a, w, res)) return -1;
	d = db_query(r, "SELECT account_id FROM project_parties WHERE project_id = ? AND role = 'evaluator'", DI(a->project_id));
	if (!d) return -1;
	return d->nrows != 1 ? 0 :
	       notify(r, dbi(d, 0, 0), a->id, req_printf(r, "待办：%s的改造项目验收", a->org),
		      req_printf(r, "%s已提交改造项目验收申请（附件4）。请组成专家组，书面材料审核与现场核查相结合组织验收，"
				 "出具验收意见（实施细则 第四章（五））。", a->org));
}

/* the 县（市）区's 意见 on a failed 验收: the 整改期 starts from the 验收 day, its 整改要求 shown on the application */
static int
eff_rectify(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res)
{
	(void)w; (void)res;
	return db_exec(r, "UPDATE applications p JOIN cc_acceptances c ON c.application_id = p.id AND c.round = 1"
			  " SET p.return_reason = CONCAT('整改要求：', c.opinion, '\\n整改期至 ', DATE_FORMAT(c.rectify_until, '%Y-%m-%d'),"
			  " '（含当日；" AC_CLAUSE "）') WHERE p.id = ? AND c.rectify_until IS NOT NULL", DI(a->id)) == 1 ? 0 : -1;
}

/* the 县（市）区 returns the 评测机构's 验收意见 before it takes effect: the round's opinion is kept with the reason in
 * cc_accept_returns and leaves cc_acceptances, so the 评测机构 issues that round again (a 整改期 starts only from the
 * 验收 day of the opinion the 县（市）区 confirms; a round 2 keeps round 1's 整改期 and the one application made) */
static int
eff_reopen(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res)
{
	(void)res;
	if (db_exec(r, "INSERT INTO cc_accept_returns (application_id, round, evaluator_id, paper_on, site_on, accepted_on, leader,"
		       " members, result, opinion, reason, returned_by) SELECT application_id, round, evaluator_id, paper_on, site_on,"
		       " accepted_on, leader, members, result, opinion, ?, ? FROM cc_acceptances WHERE application_id = ?"
		       " AND county_on IS NULL AND round = (SELECT m FROM (SELECT MAX(round) m FROM cc_acceptances WHERE application_id = ?) x)",
		    DS(w->opinion), DI(r->s.account_id), DI(a->id), DI(a->id)) != 1)
		return -1;
	return db_exec(r, "DELETE FROM cc_acceptances WHERE application_id = ? AND county_on IS NULL"
			  " AND round = (SELECT m FROM (SELECT MAX(round) m FROM cc_acceptances WHERE application_id = ?) x)",
		       DI(a->id), DI(a->id)) == 1 &&
	       !cc_tell_party(r, a, "evaluator", "改造项目验收", "县（市）区退回验收意见，请修改后重新出具", w->opinion) ? 0 : -1;
}

#define AC_RETURN(from, to) \
	{ from, ROLE_COUNTY, "opinion_return", "退回评测机构重新出具验收意见", to, WF_REASON, "accept", NULL, eff_reopen, TELL_NONE, NULL }

const struct transition cc_accept_rows[] = {
	{ "draft", ROLE_ENTERPRISE, "submit", "提交验收申请", "applied", 0, "app_submit", wf_pre_checked, eff_submit, TELL_COUNTY, NULL },
	{ "returned", ROLE_ENTERPRISE, "submit", "整改后再次申请验收", "resubmitted", 0, "app_submit", pre_rectify, eff_submit,
	  TELL_COUNTY, NULL },
	/* 第四章（五）1（2）（3）: the 评测机构's expert group, 书面 and 现场, then its 验收意见 */
	{ "applied", ROLE_EVALUATOR, "accept_pass", "出具验收意见：通过验收", "opined_pass", WF_DATE, "accept", pre_level, NULL,
	  TELL_COUNTY, NULL },
	{ "applied", ROLE_EVALUATOR, "accept_fail", "出具验收意见：未通过，限期整改", "opined_fail", WF_REASON | WF_DATE, "accept",
	  NULL, NULL, TELL_COUNTY, NULL },
	{ "resubmitted", ROLE_EVALUATOR, "accept_pass", "出具验收意见：通过验收", "opined_pass2", WF_DATE, "accept", pre_level, NULL,
	  TELL_COUNTY, NULL },
	{ "resubmitted", ROLE_EVALUATOR, "accept_fail", "出具验收意见：整改后仍未通过", "opined_fail2", WF_REASON | WF_DATE, "accept",
	  NULL, NULL, TELL_COUNTY, NULL },
	/* 附件5 所属县（市、区）工信主管部门: its 意见 makes the result take effect */
	{ "opined_pass", ROLE_COUNTY, "county_pass", "出具县（市）区意见：验收通过", "passed", WF_REASON | WF_DATE, "accept", pre_level,
	  wf_eff_next_stage, TELL_CITY, NULL },
	{ "opined_pass2", ROLE_COUNTY, "county_pass", "出具县（市）区意见：验收通过", "passed", WF_REASON | WF_DATE, "accept", pre_level,
	  wf_eff_next_stage, TELL_CITY, NULL },
	{ "opined_fail", ROLE_COUNTY, "county_rectify", "出具县（市）区意见：限期整改", "returned", WF_REASON | WF_DATE, "accept", NULL,
	  eff_rectify, TELL_CITY, NULL },
	{ "opined_fail2", ROLE_COUNTY, "county_fail", "出具县（市）区意见：验收未通过", "failed", WF_REASON | WF_DATE, "accept", NULL,
	  NULL, TELL_CITY, NULL },
	/* or returns the 验收意见 to the 评测机构 (with the reason), to the round it was issued in */
	AC_RETURN("opined_pass", "applied"), AC_RETURN("opined_fail", "applied"),
	AC_RETURN("opined_pass2", "resubmitted"), AC_RETURN("opined_fail2", "resubmitted"),
	/* a 整改期 passed without a new application: the 市 closes the project (listed on accept.cgi?overdue=1) */
	{ "returned", ROLE_CITY, "close", "整改期满未再次申请，关闭项目（验收未通过）", "failed", WF_OPTIONAL, "accept", pre_overdue,
	  NULL, TELL_COUNTY, NULL },
	{ NULL }
};

/* its words for the states it shares with 申请入库 */
const char *const cc_accept_states[][2] = {
	{ "draft", "待企业提交验收申请" },
	{ "returned", "未通过验收，整改中（整改期内可再次申请一次）" }, { NULL }
};

/* 法人代表 from nothing, 所属县（市、区）, 项目负责人 and 联系电话 from the registration */
const char *const cc_accept_prefill[][2] = { { "c_county", "region" }, { "a_manager", "contact" }, { "a_phone", "mobile" }, { NULL } };

/* ---- 附件4 as printed ---- */

int
cc_accept_print_doc(struct req *r, const struct app_info *a, const char *content, struct doc *d)
{
#define V(f) content_value(r, content, f)
#define P(f) (choice_boxes(r, a->st, f, V(f)) ? choice_boxes(r, a->st, f, V(f)) : V(f))
	static const char *const clouds[][2] = { { "public", "公有云" }, { "private", "私有云" }, { "hybrid", "混合云" } };
	const char *cloud = "", *when = hdf_get_value(r->hdf, "Print.submitted_at", "");
	struct table *t;

	t = cc_sheet(r, d, AC_DOC, "附件4", "长春市中小企业数字化转型城市试点改造项目验收申请表");
	cc_part(t, "申请企业基本信息");
	cc_row2(t, "企业名称", hdf_get_value(r->hdf, "App.org", ""), NULL, NULL);
	cc_row2(t, "法人代表", V("a_legal"), "企业信用代码", hdf_get_value(r->hdf, "App.credit_code", ""));
	cc_row2(t, "通讯地址", V("a_address"), "所属县（市、区）", hdf_get_value(r->hdf, "App.county", V("c_county")));
	cc_row2(t, "项目负责人", V("a_manager"), "联系电话", V("a_phone"));
	cc_row2(t, "所属细分行业", P("a_industry"), NULL, NULL);
	cc_part(t, "项目建设内容完成情况");
	cc_row2(t, "项目名称", V("a_project"), NULL, NULL);
	cc_row2(t, "项目起止时间", *V("a_start") ? req_printf(r, "%s 至 %s", cn_date(r, V("a_start")), cn_date(r, V("a_end"))) : "", NULL, NULL);
	cc_row2(t, "主要完成的建设内容", V("a_content"), NULL, NULL);
	cc_row2(t, "数字化水平等级", req_printf(r, "改造前：%s\n改造后：%s", P("a_level_before"), P("a_level_after")), NULL, NULL);
	/* 公有云：___ 私有云：___ 混合云：___ 未上云, the chosen one ticked with its service */
	for (size_t i = 0; i < sizeof(clouds) / sizeof(clouds[0]); i++)
		cloud = req_printf(r, "%s%s %s：%s　", cloud, strcmp(V("a_cloud"), clouds[i][0]) ? "☐" : "☑", clouds[i][1],
				   strcmp(V("a_cloud"), clouds[i][0]) ? "____" : V("a_cloud_text"));
	cc_row2(t, "云应用情况", req_printf(r, "%s%s 未上云", cloud, strcmp(V("a_cloud"), "none") ? "☐" : "☑"), NULL, NULL);
	cc_row2(t, "改造总花费（万元）", V("a_total"), NULL, NULL);
	cc_print_effects(r, t, content, "a_eff_", "数字化改造成效（从降本、提质、增效、减存、绿色、安全等方面描述，500字以内）");
	cc_row2(t, "企业承诺", req_printf(r, "%s %s\n法定代表人（签章）：%s\n单位公章\n%s", strcmp(V("a_pledge"), "1") ? "☐" : "☑",
					 AC_PLEDGE, V("a_signer"),
					 *when ? when : "年　月　日"), NULL, NULL);
	return 0;
#undef V
#undef P
}
