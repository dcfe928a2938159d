/*
 * awards.c - the award calls: 长春's 标杆及典型案例评选 (实施细则 第四章（七）with 附件6 长春市中小企业数字化转型城市
 * 试点奖励项目资金申报表, ../shared/seeds/002_f8d6ebe2e83360e2.txt) and 洛阳's 转型样板、智能车间（工厂）、“小快轻准”
 * 产品、优质服务商、“链式”案例 awards (实施方案 二（六）15-18, ../shared/seeds/001_5764935a55c18113.txt).
 *
 * Both are one shape, as data: a batch is an award call (遴选通知); the applicant files its form (长春: 附件6's rows
 * exactly) with its 佐证材料 and submits; the 县（市）区 审核推荐 after confirming each item, 长春's fixed declaration
 * of 附件6 among them; the 市 selects on its 奖励遴选 page (awards.cgi, awards_page below) on a recorded day and
 * meeting, deciding the amount of each selected item: the money decision (kind 'award') at what the batch's rule
 * set gives the proposed amount (within the caps: 洛阳's 30万 per enterprise over its 智能车间 and 智能工厂 awards,
 * 长春's 附件6 申报金额 and item cap), with its explanation; the counts selected per type are shown against the
 * seed's minimum counts; the 市 publishes the list (文号, day), shown on the public page; 财政 pays on 资金拨付.
 * What differs between the two programmes is the data of struct award_call.
 */
#include <string.h>
#include "awards.h"
#include "workflow.h"
#include "ruleset.h"
#include "money.h"
#include "doc.h"

/* a line of the selection counts: the types counted together and the rule set's minimum for them */
struct award_group { const char *label, *types, *min_param; };

struct award_call {
	const struct programme *p;
	const struct award_group *groups;           /* { NULL }-terminated */
	const char *no_minimum;                      /* said where a group has no minimum */
	/* the rule set's inputs for a proposed amount (元); NULL, or what is wrong */
	const char *(*inputs)(struct req *r, const struct app_info *a, struct checklist *c, long long proposed,
			      long long in[RS_MAX_IN]);
	/* the types a 服务商 applies for in its own name (none else may), and the clause that makes them its own */
	const char *provider_types, *provider_clause;
};

static const struct award_call *call_of(const struct programme *p);

/* ---- the forms ---- */

static const struct section award_sections[] = { { "w1", "申报信息" }, { NULL, NULL } };

#define S IN_SUBMIT
/* 附件6's rows in order; 申报单位名称 and 企业信用代码 are the registration's (shown, not typed) */
static const struct input cc_award_form[] = {
	{ "a_county", "所属县（市、区）", VT_REGION, S, 0, 0, "w1" },
	{ "a_legal", "法定代表人", VT_LINE, S, 0, 50, "w1" },
	{ "a_amount", "申报金额（万元）", VT_MONEY, S, 0, 0, "w1" },
	{ "a_lead", "项目负责人", VT_LINE, S, 0, 50, "w1" },
	{ "a_phone", "联系方式", VT_PHONE, S, 0, 0, "w1" },
	{ "a_type", "奖励项目类型", VT_KEY, S, 0, 16, "w1" },
	{ NULL }
};

/* 二（六）15-18 name what is awarded and by whom it is chosen ("具体遴选标准另行制定"); the form asks what it is */
static const struct input ly_award_form[] = {
	{ "a_county", "所在县区", VT_REGION, S, 0, 0, "w1" },
	{ "a_type", "奖励类别", VT_KEY, S, 0, 16, "w1" },
	{ "a_project", "申报项目名称", VT_LINE, S, 0, 100, "w1", "样板企业、车间（工厂）、产品或解决方案、服务案例、链式案例的名称" },
	{ "a_summary", "主要做法和成效", VT_TEXT, S, 0, 1000, "w1", "1000字以内" },
	{ "a_contact", "联系人", VT_LINE, S, 0, 50, "w1" },
	{ "a_phone", "联系电话", VT_PHONE, S, 0, 0, "w1" },
	{ NULL }
};
#undef S

/* 附件6 奖励项目类型: 不限于…… the seven it names, as printed (第四章（七） names the same seven) */
static const struct choice cc_award_choices[] = {
	{ "a_type", { "product", "优秀“小快轻准”产品和解决方案", "provider", "优秀数字化转型服务商", "benchmark", "数字化改造标杆企业",
		      "case", "数字化改造典型案例", "cloud", "企业上云优秀案例", "workshop", "数字化车间（智能工厂）",
		      "chain", "“链式”数字化转型模式" } },
	{ NULL }
};

/* the keys are luoyang-awards-2025's types (二（六）19's training is the 市's own spending, not applied for) */
static const struct choice ly_award_choices[] = {
	{ "a_type", { "sample", "转型样板企业（二（六）15）", "workshop", "智能车间（二（六）15）", "factory", "智能工厂（二（六）15）",
		      "product", "“小快轻准”产品、解决方案（二（六）16）", "provider", "优质数字化服务商（二（六）17）",
		      "chain", "“链式”转型典型案例（二（六）18）" } },
	{ NULL }
};

static const char *const cc_award_prefill[][2] = { { "a_county", "region" }, { "a_lead", "contact" }, { "a_phone", "mobile" }, { NULL } };
static const char *const ly_award_prefill[][2] = { { "a_county", "region" }, { "a_contact", "contact" }, { "a_phone", "mobile" }, { NULL } };

static const struct file_kind cc_award_files[] = {
	{ "stamped", "（1）加盖单位公章的奖励项目资金申报表（附件6）", "加盖单位公章的奖励项目资金申报表",
	  "第四章（七）1（1）：如实填报申报信息……加盖单位公章后报所在各县（市）区工信主管部门" },
	{ "evidence", "（2）相关佐证材料", "相关佐证材料", "第四章（七）1（1）：如实填报申报信息及相关佐证材料" },
	{ "other", "（3）其他材料" },
	{ NULL }
};

static const struct file_kind ly_award_files[] = {
	{ "evidence", "（1）佐证材料", "佐证材料", "二（六）15-18：遴选改造成效显著的……具体遴选标准另行制定" },
	{ "other", "（2）其他材料" },
	{ NULL }
};

/* the label of a type, without the clause 洛阳's labels end with (“智能车间（二（六）15）” -> 智能车间) */
static const char *
type_name(struct req *r, const char *label)
{
	const char *cut = strstr(label, "（二（六）");
	return cut ? req_printf(r, "%.*s", (int)(cut - label), label) : label;
}

/* 本批次遴选的奖励类型 (a call for one type, or some): the types typed one a line -> their keys joined by commas;
 * nothing typed: every type */
static const char *
types_store(struct req *r, const struct choice *ch, const char *typed, const char **err)
{
	const char *out = "";
	char *t = req_strdup(r, typed), *save = NULL;

	for (char *line = strtok_r(t, "\r\n", &save); line; line = strtok_r(NULL, "\r\n", &save)) {
		int o;
		while (*line == ' ') line++;
		if (!*line || !strcmp(line, "全部类型")) continue;
		for (o = 0; ch->opts[o] && strcmp(ch->opts[o + 1], line) && strcmp(type_name(r, ch->opts[o + 1]), line); o += 2);
		if (!ch->opts[o]) { *err = req_printf(r, "“%s”不是可选的奖励类型", line); return NULL; }
		if (!key_in_set(out, ch->opts[o])) out = *out ? req_printf(r, "%s,%s", out, ch->opts[o]) : ch->opts[o];
	}
	return out;
}

/* the stored keys -> their names one a line (the batch form, the call), 全部类型 when it names none */
static const char *
types_show(struct req *r, const struct choice *ch, const char *stored)
{
	const char *out = "";
	for (int o = 0; ch->opts[o]; o += 2)
		if (key_in_set(stored, ch->opts[o]))
			out = req_printf(r, "%s%s%s", out, *out ? "\n" : "", type_name(r, ch->opts[o + 1]));
	return *out ? out : "全部类型";
}

static const char *cc_types_store(struct req *r, const char *t, const char **err) { return types_store(r, cc_award_choices, t, err); }
static const char *ly_types_store(struct req *r, const char *t, const char **err) { return types_store(r, ly_award_choices, t, err); }
static const char *cc_types_show(struct req *r, const char *s) { return types_show(r, cc_award_choices, s); }
static const char *ly_types_show(struct req *r, const char *s) { return types_show(r, ly_award_choices, s); }

/* the applicant's role (ROLE_PROVIDER or ROLE_ENTERPRISE) and, for a 服务商, whether its 市 approved it (providers) */
static int
applicant_of(struct req *r, const struct app_info *a, int *approved)
{
	struct dbrows *d = db_query(r, "SELECT o.role, COALESCE(v.state = 'approved', 0) FROM accounts o"
				       " LEFT JOIN providers v ON v.account_id = o.id WHERE o.id = ?", DI(a->account_id));
	if (!d || d->nrows != 1) return -1;
	if (approved) *approved = (int)dbi(d, 0, 1);
	return role_from_key(dbv(d, 0, 0));
}

/* a type that is not the applicant's to apply for: why, with the clause (NULL: it is) */
static const char *
type_refusal(struct req *r, const struct app_info *a, int role, const char *type)
{
	const struct award_call *ac = call_of(a->p);
	const char *label = choice_label(a->st, "a_type", type);
	int own = ac && key_in_set(ac->provider_types, type);

	if (!ac || !label || own == (role == ROLE_PROVIDER)) return NULL;
	return own ? req_printf(r, "“%s”由数字化转型服务商以本单位名义申报，企业不能申报（%s）", type_name(r, label), ac->provider_clause)
		   : req_printf(r, "服务商只能申报本单位的奖励类型（“小快轻准”产品和解决方案、数字化转型服务商），“%s”由企业申报（%s）",
				type_name(r, label), ac->provider_clause);
}

/* 奖励类别 on save: the applicant's own types only, refused beside the field */
static void
award_section_validate(struct req *r, const struct app_info *a, const char *section)
{
	const char *type = req_str(r, "a_type"), *why;
	int role;

	(void)section;
	if (!type || (role = applicant_of(r, a, NULL)) < 0) return;
	if ((why = type_refusal(r, a, role, type))) req_field_error(r, "a_type", why);
}

/* every field, the documents; a call for some types takes only those; a type that is not the applicant's; a 服务商
 * its 市 has not approved (二（六）17: 参与试点的服务商) */
static int
award_check(struct req *r, const struct app_info *a, struct problem **out)
{
	struct checklist c;
	const char *types = batch_param(&a->b, "award_types"), *type, *why;
	int approved = 0, role = applicant_of(r, a, &approved);

	if (role < 0 || check_begin(r, a, &c)) return -1;
	check_required(&c, NULL);
	type = check_value(&c, "a_type");
	if (types && *types && *type && !key_in_set(types, type))
		check_add(&c, check_at(&c, "w1", "a_type"),
			  req_printf(r, "本批次只遴选以下奖励类型：%s（%s）", types_show(r, a->st->choices, types), a->b.title));
	if (*type && (why = type_refusal(r, a, role, type))) check_add(&c, check_at(&c, "w1", "a_type"), why);
	if (role == ROLE_PROVIDER && !approved)
		check_add(&c, check_at(&c, "w1", "a_type"), "服务商须经市工信局审核通过（服务商管理）后方可申报奖励（二（六）17：从参与试点的服务商中遴选）");
	if (check_files(&c)) return -1;
	return check_end(&c, out);
}

static int
award_section_hdf(struct req *r, const struct app_info *a, const char *section)
{
	(void)section;
	int role = applicant_of(r, a, NULL);
	section_fact(r, "申报单位名称", a->org);
	section_fact(r, role == ROLE_PROVIDER ? "统一社会信用代码" : "企业信用代码", hdf_get_value(r->hdf, "App.credit_code", ""));
	if (role == ROLE_PROVIDER)
		section_fact(r, "申报主体", "数字化转型服务商（以本单位名义申报，由注册所在县（市）区审核推荐）");
	return role < 0 ? 500 : 0;
}

/* a cell of 附件6: the label and the value of a field ("=org", "=credit_code": the registration's) */
static const char *
annex6_cell(struct req *r, const struct app_info *a, const char *content, const char *f, const char **label)
{
	const struct input *in = a->st->form;
	const char *v;

	if (!strcmp(f, "=org")) { *label = "申报单位名称"; return hdf_get_value(r->hdf, "App.org", ""); }
	if (!strcmp(f, "=credit_code")) { *label = "企业信用代码"; return hdf_get_value(r->hdf, "App.credit_code", ""); }
	while (in->name && strcmp(in->name, f)) in++;
	*label = in->label;
	v = content_value(r, content, f);
	if (in->type == VT_REGION) return hdf_get_value(r->hdf, "App.county", v);
	return in->type == VT_KEY ? req_printf(r, "不限于%s等", choice_boxes(r, a->st, f, v)) : v;
}

/* 附件6 as printed: 申报单位名称 across the row, then two label/value pairs a row, 奖励项目类型 with every type
 * (☑ the chosen), the 申请单位承诺 and the 县（市、区）工信主管部门审核意见 with their words, where they sign and stamp */
static int
cc_award_print(struct req *r, const struct app_info *a, const char *content, struct doc *d)
{
	static const char *const rows[][2] = {
		{ "=org", NULL }, { "=credit_code", "a_county" }, { "a_legal", "a_amount" }, { "a_lead", "a_phone" }, { "a_type", NULL },
	};
	struct table *t;

	t = doc_form_table(r, d, "附件6", "长春市中小企业数字化转型城市试点奖励项目资金申报表");
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		int y = table_row(t);
		for (int k = 0; k < 2 && rows[i][k]; k++) {
			const char *label, *v = annex6_cell(r, a, content, rows[i][k], &label);
			table_text(t, y, 2 * k, label);
			table_cell(t, y, 2 * k)->flags |= TF_LEFT;
			table_text(t, y, 2 * k + 1, v);
		}
		if (!rows[i][1]) table_span(t, y, 1, 1, 3);
	}
	doc_add(d, D_TEXT, "申请单位承诺：", NULL);
	doc_add(d, D_PARA, "此次申报项目填报内容真实、合法、有效，如有不实或违规之处，愿意承担相关责任。资金获批后，我单位将按要求及时反馈项目"
			   "相关情况和资料，并主动配合相关部门开展绩效评价等工作。", NULL);
	doc_add(d, D_SIGN, "法定代表人（签章）：", NULL);
	doc_add(d, D_SIGN, "单位公章", NULL);
	doc_add(d, D_SIGN, "年　月　日", hdf_get_value(r->hdf, "Print.submitted_at", ""));
	doc_add(d, D_TEXT, "县（市、区）工信主管部门审核意见：", NULL);
	doc_add(d, D_PARA, CC_AWARD_DECLARATION, NULL);
	doc_add(d, D_SIGN, "单位公章", NULL);
	doc_add(d, D_SIGN, "年　月　日", NULL);
	return 0;
}

/* ---- the money ---- */

/* 长春: 附件6's 申报金额 (万元 as typed) and the proposed amount */
static const char *
cc_inputs(struct req *r, const struct app_info *a, struct checklist *c, long long proposed, long long in[RS_MAX_IN])
{
	(void)r; (void)a;
	if (valid_money(check_value(c, "a_amount"), &in[0])) return "申报表的申报金额不完整，不能核定奖励。";
	in[1] = proposed;
	return NULL;
}

/* 洛阳: the type, the proposed amount, and for 智能车间 and 智能工厂 what the enterprise was already awarded for
 * either under this programme (二（六）15: 单个企业最高奖励总额不超过30万元) */
static const char *
ly_inputs(struct req *r, const struct app_info *a, struct checklist *c, long long proposed, long long in[RS_MAX_IN])
{
	const struct ruleset *rs = batch_ruleset(&a->b, a->p->ruleset);
	const char *type = check_value(c, "a_type");
	struct dbrows *d;

	if (rs_input_parse(&rs->kind->inputs[0], type, &in[0])) return "申报的奖励类别不完整，不能核定奖励。";
	in[1] = proposed;
	in[2] = 0;
	if (!strcmp(type, "workshop") || !strcmp(type, "factory")) {
		/* two selections of the same enterprise at once: the second waits and counts the first */
		if (!(d = db_query(r, "SELECT id FROM accounts WHERE id = ? FOR UPDATE", DI(a->account_id)))) return "";
		d = db_query(r,
			"SELECT COALESCE(SUM(x.amount_yuan), 0) FROM money_decisions x JOIN batches b ON b.id = x.batch_id"
			" JOIN app_fields f ON f.application_id = x.application_id AND f.name = 'a_type'"
			" JOIN accounts o ON o.id = ? AND o.credit_code = x.credit_code"
			" WHERE x.state = 'decided' AND x.kind = 'award' AND b.programme = ? AND f.value IN ('workshop', 'factory')",
			DI(a->account_id), DS(a->p->key));
		if (!d || !d->nrows) return "";
		in[2] = dbi(d, 0, 0);
	}
	return NULL;
}

long long
award_compute(struct req *r, const struct app_info *a, long long proposed, const char **why, const char **err)
{
	const struct award_call *ac = call_of(a->p);
	const struct ruleset *rs = batch_ruleset(&a->b, a->p->ruleset);
	long long in[RS_MAX_IN] = { 0 };
	struct checklist c;
	struct rs_calc calc;

	*err = "";
	if (!ac || check_begin(r, a, &c) || (*err = ac->inputs(r, a, &c, proposed, in))) return -1;
	rs_compute(rs, &a->b, in, &calc);
	*why = rs_explain_text(r, &calc);
	return calc.amount;
}

/* 入选并核定奖励 (awards.cgi, the only page of this row): the decision at what the rule set gives the amount
 * the 市 proposed on that page (its field "amount", 万元), in this transaction */
static int
award_select(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res)
{
	const struct ruleset *rs = batch_ruleset(&a->b, a->p->ruleset);
	long long proposed, amount;
	const char *why, *err;
	struct dbrows *d;

	(void)w;
	if (valid_money(req_str(r, "amount"), &proposed) || proposed <= 0) {
		res->status = 422;
		res->msg = "请填写拟奖励金额（万元，大于0）。";
		res->field = "amount";
		return -1;
	}
	if ((amount = award_compute(r, a, proposed, &why, &err)) < 0) {
		if (*err) { res->status = 422; res->msg = err; }
		return -1;
	}
	if (amount <= 0) {
		res->status = 422;
		res->msg = "按规则集核定的奖励为0元（已达上限），不能入选核定；请选择“未入选”并说明理由。";
		res->field = "amount";
		return -1;
	}
	d = db_query(r, "SELECT COALESCE(credit_code, ''), display_name FROM accounts WHERE id = ?", DI(a->account_id));
	if (!d || d->nrows != 1) return -1;
	return money_decide(r, &(struct money_decision){ .batch_id = a->batch_id, .app_id = a->id, .credit_code = dbv(d, 0, 0),
		.name = dbv(d, 0, 1), .region = a->region, .kind = "award", .ruleset = rs->key, .ruleset_version = rs->version,
		.amount = amount, .explanation = why });
}

/* 公布名单 (awards.cgi): the application is on the list w->ref */
static int
award_listed(struct req *r, const struct app_info *a, const struct wf_args *w, struct wf_result *res)
{
	(void)res;
	return db_exec(r, "INSERT INTO award_entries (application_id, list_id) VALUES (?, ?)", DI(a->id), DI(w->ref)) == 1 ? 0 : -1;
}

/* the overview: the decided award with its explanation, once there is one */
static int
award_overview_hdf(struct req *r, const struct app_info *a)
{
	char m[32];
	struct dbrows *d = db_query(r, "SELECT amount_yuan, explanation FROM money_decisions WHERE application_id = ? AND state = 'decided'"
				       " ORDER BY id DESC LIMIT 1", DI(a->id));
	if (!d) return 500;
	if (d->nrows) {
		hset(r, "Subsidy.amount_wan", money_fmt(dbi(d, 0, 0), m, sizeof(m)));
		hset(r, "Subsidy.amount", dbv(d, 0, 0));
		hset(r, "Subsidy.why", dbv(d, 0, 1));
	}
	return 0;
}

/* ---- the review chain: 申报 -> 县（市）区 审核推荐 -> 市 遴选（核定金额）-> 公布名单 ---- */

static const char *const cc_county_checks[] = { "资格条件", "申报材料", "信用情况", CC_AWARD_DECLARATION, NULL };
/* 001 gives the 县区 no words of its own for the awards: the items of its 审核 (二（五）) */
static const char *const ly_county_checks[] = { "申报资料真实、完整", "符合二（六）15-18的遴选条件", "信用情况", NULL };

#define AWARD_ROWS(checks) \
	WF_APPLICANT_ROWS(ROLE_ENTERPRISE), WF_APPLICANT_ROWS(ROLE_PROVIDER), \
	{ "submitted", ROLE_COUNTY, "pass", "审核推荐", "recommended", 0, "review", NULL, NULL, TELL_CITY, NULL, checks }, \
	{ "submitted", ROLE_COUNTY, "return", "退回修改", "returned", WF_REASON, "review", NULL, wf_eff_return, TELL_NONE, NULL }, \
	{ "submitted", ROLE_COUNTY, "reject", "不予推荐", "county_rejected", WF_REASON, "review", NULL, NULL, TELL_NONE, NULL }, \
	{ "recommended", ROLE_CITY, "select", "入选并核定奖励", "selected", WF_DATE | WF_MEETING, "awards", NULL, award_select, TELL_COUNTY, NULL }, \
	{ "recommended", ROLE_CITY, "exclude", "未入选", "city_rejected", WF_REASON | WF_DATE | WF_MEETING, "review", NULL, NULL, TELL_COUNTY, NULL }, \
	{ "recommended", ROLE_CITY, "return", "退回修改", "returned", WF_REASON, "review", NULL, wf_eff_return, TELL_COUNTY, NULL }, \
	{ "selected", ROLE_CITY, "publish", "公布名单", "published", 0, "awards", NULL, award_listed, TELL_COUNTY, NULL }, \
	{ NULL }

static const struct transition cc_award_rows[] = { AWARD_ROWS(cc_county_checks) };
static const struct transition ly_award_rows[] = { AWARD_ROWS(ly_county_checks) };

static const struct stage cc_award_stages[] = {
	{ .key = "apply", .title = "奖励申报", .form = cc_award_form, .sections = award_sections, .choices = cc_award_choices,
	  .workflow = cc_award_rows, .check = award_check, .section_hdf = award_section_hdf, .print_doc = cc_award_print,
	  .section_validate = award_section_validate,
	  .prefill = cc_award_prefill, .overview_hdf = award_overview_hdf, .files = cc_award_files,
	  .files_hint = "佐证材料按申报的奖励项目类型提供（第四章（七）1（1））。" },
	{ NULL }
};
static const struct stage ly_award_stages[] = {
	{ .key = "apply", .title = "奖励申报", .form = ly_award_form, .sections = award_sections, .choices = ly_award_choices,
	  .workflow = ly_award_rows, .check = award_check, .section_hdf = award_section_hdf,
	  .section_validate = award_section_validate,
	  .prefill = ly_award_prefill, .overview_hdf = award_overview_hdf, .files = ly_award_files,
	  .files_hint = "佐证材料按申报的奖励类别提供（二（六）15-18：具体遴选标准另行制定）。" },
	{ NULL }
};

static const struct menu_item award_menu[] = { { "awards", "奖励遴选", ROLE_CITY, NULL }, { NULL } };

static const char *const award_states[][2] = {
	{ "submitted", "已提交，待县（市）区审核推荐" }, { "recommended", "县（市）区已推荐，待市遴选" },
	{ "county_rejected", "县（市）区不予推荐" }, { "selected", "已入选，待公布名单" }, { "published", "已公布" },
	{ "city_rejected", "未入选" }, { NULL, NULL }
};

/* an award call for some of the types (one call per type, or several); nothing typed: every type */
#define AWARD_TYPES(store, show, names) \
	{ "award_types", { "award_types", "本批次遴选的奖励类型", VT_TEXT, 0, 0, 1000 }, \
	  "", "遴选通知：本批次遴选的奖励类型，每行一个，留空为全部类型；可选：" names, 0, store, show, .call = "本批次遴选的奖励类型" }

static const struct param cc_award_params[] = {
	AWARD_TYPES(cc_types_store, cc_types_show, "优秀“小快轻准”产品和解决方案；优秀数字化转型服务商；数字化改造标杆企业；"
		    "数字化改造典型案例；企业上云优秀案例；数字化车间（智能工厂）；“链式”数字化转型模式"),
	{ "cap_yuan", { "cap", "每个奖励项目奖励上限（万元）", VT_MONEY, IN_REQ }, .rule = 1, .call = "每个奖励项目奖励上限（万元）" },
	{ NULL }
};
static const struct param ly_award_params[] = {
	AWARD_TYPES(ly_types_store, ly_types_show, "转型样板企业；智能车间；智能工厂；“小快轻准”产品、解决方案；优质数字化服务商；“链式”转型典型案例"),
	{ NULL }
};

/* who applies for what, and who reviews a 服务商 (the seeds name no level for it: a local choice, said with the call) */
#define PROVIDER_NOTE "“小快轻准”产品和解决方案、服务商两类奖励由数字化转型服务商以本单位名义（统一社会信用代码）申报，其他类型由企业申报。" \
	"服务商的申报由其注册所在县（市）区工信主管部门审核推荐（本地选择：政策文件未规定服务商申报的审核层级；服务商注册时须选择所在县区，" \
	"故不设市级直接受理）。"

/* what both award programmes share: who applies and runs them, their pages and states */
#define AWARD_PROGRAMME \
	.applicant_role = ROLE_ENTERPRISE | ROLE_PROVIDER, .runner_role = ROLE_CITY, .applicant = "申报单位", .city_level = "市", \
	.authority = "市工信局", .overview = "ent", .edit_page = "ent_edit", .print_page = "ent_print", .region_field = "a_county", \
	.batch_noun = "奖励遴选批次", .menu = award_menu, .pages = " awards ", .states = award_states, \
	.deadlines = (const struct deadline[]){ { NULL } }

const struct programme changchun_awards_programme = {
	AWARD_PROGRAMME,
	.key = "changchun_awards", .name = "长春市中小企业数字化转型标杆及典型案例评选",
	.document = "奖励项目资金申报表", .county_level = "县（市）区", .authority_full = "长春市工业和信息化局",
	.intro = "公开评选一批优秀“小快轻准”产品和解决方案、优秀数字化转型服务商、数字化改造标杆企业、数字化改造典型案例、企业上云优秀案例、"
		 "数字化车间（智能工厂）、“链式”数字化转型模式等，按照程序给予资金奖励。申报主体单位如实填报《长春市中小企业数字化转型城市试点"
		 "奖励项目资金申报表》（附件6）及相关佐证材料，加盖单位公章后报所在县（市）区工信主管部门；县（市）区审核推荐，市工信局专家评审、"
		 "集体决策后核定公布名单（实施细则 第四章（七））。" PROVIDER_NOTE,
	.delivery = "打印奖励项目资金申报表（附件6），法定代表人签章并加盖单位公章，连同佐证材料报所在县（市）区工信主管部门（第四章（七）1（1））。",
	.region = "220100", .stages = cc_award_stages, .params = cc_award_params, .ruleset = "changchun-awards-2024",
};

const struct programme luoyang_awards_programme = {
	AWARD_PROGRAMME,
	.key = "luoyang_awards", .name = "洛阳市数字化转型样板、智能车间（工厂）、产品、服务商和链式案例奖励",
	.document = "奖励申报表", .county_level = "县区", .authority_full = "洛阳市工业和信息化局",
	.intro = "从试点企业中遴选转型样板企业（每家不超过10万元），打造智能车间、智能工厂（单个分别不超过10万元、30万元，单个企业奖励总额"
		 "不超过30万元），遴选“小快轻准”产品和解决方案、优质数字化服务商、“链式”转型典型案例（每个不超过10万元）"
		 "（实施方案 二（六）15-18；具体遴选标准另行制定）。" PROVIDER_NOTE,
	.region = "410300", .stages = ly_award_stages, .params = ly_award_params, .ruleset = "luoyang-awards-2025",
};

/* 长春: 第四章（七） sets no numbers; 洛阳: the rule set's minimum counts (智能车间 and 智能工厂 together) */
static const struct award_call calls[] = {
	{ &changchun_awards_programme, (const struct award_group[]){
		{ "优秀“小快轻准”产品和解决方案", "product" }, { "优秀数字化转型服务商", "provider" }, { "数字化改造标杆企业", "benchmark" },
		{ "数字化改造典型案例", "case" }, { "企业上云优秀案例", "cloud" }, { "数字化车间（智能工厂）", "workshop" },
		{ "“链式”数字化转型模式", "chain" }, { NULL } },
	  "实施细则 第四章（七）未规定评选数量", cc_inputs, "product,provider",
	  "实施细则 第三章（四）：数字化转型服务商……为试点企业……提供“小快轻准”产品和解决方案；第四章（七）评选优秀数字化转型服务商" },
	{ &luoyang_awards_programme, (const struct award_group[]){
		{ "转型样板企业", "sample", "sample_min" }, { "智能车间、智能工厂", "workshop,factory", "smart_min" },
		{ "“小快轻准”产品、解决方案", "product", "product_min" }, { "优质数字化服务商", "provider", "provider_min" },
		{ "“链式”转型典型案例", "chain", "chain_count" }, { NULL } },
	  "", ly_inputs, "product,provider",
	  "实施方案 二（二）5：鼓励数字化服务商……开发……“小快轻准”产品；二（六）17：从参与试点的服务商中遴选优质服务商" },
	{ NULL }
};

static const struct award_call *
call_of(const struct programme *p)
{
	for (const struct award_call *c = calls; c->p; c++)
		if (c->p == p) return c;
	return NULL;
}

/* ---- 奖励遴选 (awards.cgi): the 市's selection with amounts, the counts, publishing the list ---- */

const struct input awards_inputs[] = {
	{ "batch", "批次", VT_INT, 0, 1, (1LL << 53) },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "id", "编号", VT_INT, 0, 1, (1LL << 53) },
	{ "version", "", VT_INT, 0, 1, 1000000000 },
	{ "amount", "拟奖励金额（万元）", VT_LINE, 0, 0, 20 },
	{ "act_date", "决定日期", VT_DATE },
	{ "meeting", "会议", VT_LINE, 0, 0, 200 },
	{ "opinion", "意见", VT_TEXT, 0, 0, 1000 },
	{ "doc_no", "公布文号", VT_LINE, 0, 2, 100 },
	{ "published_on", "公布日期", VT_DATE },
	{ NULL }
};

/* the batch's applications in a state, in the 市's region (NULL fault) */
static struct dbrows *
in_state(struct req *r, long long bid, const char *state)
{
	return db_query(r,
		"SELECT p.id, o.display_name, COALESCE(o.credit_code, ''), g.name, COALESCE(f.value, ''), COALESCE(m.value, ''),"
		" p.version, COALESCE(x.amount_yuan, 0), COALESCE(x.id, 0), COALESCE(l.doc_no, ''),"
		" COALESCE(DATE_FORMAT(l.published_on, '%Y-%m-%d'), '')"
		" FROM applications p JOIN accounts o ON o.id = p.account_id JOIN regions g ON g.code = p.region_code"
		" LEFT JOIN award_entries e ON e.application_id = p.id LEFT JOIN award_lists l ON l.id = e.list_id"
		" LEFT JOIN app_fields f ON f.application_id = p.id AND f.name = 'a_type'"
		" LEFT JOIN app_fields m ON m.application_id = p.id AND m.name = 'a_amount'"
		" LEFT JOIN money_decisions x ON x.application_id = p.id AND x.state = 'decided'"
		" WHERE p.batch_id = ? AND p.state = ? AND ? IN (g.city_code, g.province_code) ORDER BY g.sort, p.id",
		DI(bid), DS(state), DS(scope_code(r)));
}

static int
rows_to_hdf(struct req *r, const struct programme *p, const struct dbrows *d, const char *prefix)
{
	char m[32];
	for (int i = 0; i < d->nrows; i++) {
		const char *k = req_printf(r, "%s.%d", prefix, i), *type = choice_label(&p->stages[0], "a_type", dbv(d, i, 4));
		hset(r, req_printf(r, "%s.id", k), dbv(d, i, 0));
		hset(r, req_printf(r, "%s.org", k), dbv(d, i, 1));
		hset(r, req_printf(r, "%s.credit_code", k), dbv(d, i, 2));
		hset(r, req_printf(r, "%s.county", k), dbv(d, i, 3));
		hset(r, req_printf(r, "%s.type", k), type ? type : "");
		hset(r, req_printf(r, "%s.applied", k), dbv(d, i, 5));
		hset(r, req_printf(r, "%s.version", k), dbv(d, i, 6));
		hset(r, req_printf(r, "%s.amount", k), money_trim(dbi(d, i, 7), m, sizeof(m)));
		hset(r, req_printf(r, "%s.decision", k), dbv(d, i, 8));
		hset(r, req_printf(r, "%s.doc_no", k), dbv(d, i, 9));
		hset(r, req_printf(r, "%s.on", k), dbv(d, i, 10));
	}
	return 0;
}

/* Counts.N.{label,recommended,selected,published,min,clause}: per group, what the 市 has against the minimum */
static int
counts_to_hdf(struct req *r, const struct award_call *ac, const struct batch *b)
{
	const struct ruleset *rs = batch_ruleset(b, ac->p->ruleset);
	struct dbrows *d = db_query(r,
		"SELECT COALESCE(f.value, ''), p.state, COUNT(*) FROM applications p JOIN regions g ON g.code = p.region_code"
		" LEFT JOIN app_fields f ON f.application_id = p.id AND f.name = 'a_type'"
		" WHERE p.batch_id = ? AND ? IN (g.city_code, g.province_code) GROUP BY 1, 2", DI(b->id), DS(scope_code(r)));
	static const char *const states[] = { "recommended", "selected", "published" };
	int n = 0;

	if (!d) return -1;
	for (const struct award_group *g = ac->groups; g->label; g++, n++) {
		const char *k = req_printf(r, "Counts.%d", n);
		long long c[3] = { 0 };
		for (int i = 0; i < d->nrows; i++)
			for (int s = 0; s < 3; s++)
				if (!strcmp(dbv(d, i, 1), states[s]) && key_in_set(g->types, dbv(d, i, 0))) c[s] += dbi(d, i, 2);
		hset(r, req_printf(r, "%s.label", k), g->label);
		hseti(r, req_printf(r, "%s.recommended", k), (int)c[0]);
		hseti(r, req_printf(r, "%s.selected", k), (int)(c[1] + c[2]));
		hseti(r, req_printf(r, "%s.published", k), (int)c[2]);
		if (g->min_param) {
			const struct rs_param *m = ruleset_param_def(rs, g->min_param);
			long long min = m ? m->value : 0;
			hset(r, req_printf(r, "%s.min", k), req_printf(r, "不少于%lld%s", min, m ? m->unit : ""));
			hset(r, req_printf(r, "%s.clause", k), m ? m->clause : "");
			hseti(r, req_printf(r, "%s.short", k), c[1] + c[2] < min);
		} else {
			hset(r, req_printf(r, "%s.min", k), "—");
			hset(r, req_printf(r, "%s.clause", k), ac->no_minimum);
		}
	}
	return 0;
}

static int
render(struct req *r, const struct programme *p, const struct batch *b, int status)
{
	const struct award_call *ac = call_of(p);
	struct dbrows *d;

	if (!ac) return 404;
	batch_to_hdf(r, b, "Batch");
	programme_to_hdf(r, p);
	hset(r, "Awards.ruleset", req_printf(r, "%s 第%d版", b->ruleset, b->ruleset_version));
	if (counts_to_hdf(r, ac, b)) return 500;
	if (!(d = in_state(r, b->id, "recommended")) || rows_to_hdf(r, p, d, "Waiting")) return 500;
	if (!(d = in_state(r, b->id, "selected")) || rows_to_hdf(r, p, d, "Selected")) return 500;
	if (!(d = in_state(r, b->id, "published")) || rows_to_hdf(r, p, d, "Published")) return 500;
	if (!req_has(r, "published_on")) hset(r, "Form.published_on", "");
	return page_render_status(r, status, "awards.cs");
}

/* 入选并核定奖励: one application, its amount, the meeting and day */
static int
select_one(struct req *r, const struct programme *p, const struct batch *b)
{
	struct app_info a;
	struct wf_result res;
	int st;

	if ((st = app_open(r, req_int(r, "id", 0), &a))) return st;
	if (a.batch_id != b->id) return 404;
	res = wf_apply(r, &a, "select", &(struct wf_args){ .version = req_int(r, "version", 0), .opinion = req_str(r, "opinion"),
		.act_date = req_str(r, "act_date"), .meeting = req_str(r, "meeting") });
	if (res.status == 500) return 500;
	if (res.status) {
		/* beside the row's fields, what was typed kept */
		hset(r, "Row.id", req_printf(r, "%lld", a.id));
		hset(r, "Row.error", res.msg ? res.msg : "不能核定。");
		hset(r, "Row.field", res.field ? res.field : "");
		hset(r, "Row.amount", req_str(r, "amount") ? req_str(r, "amount") : "");
		hset(r, "Row.meeting", req_str(r, "meeting") ? req_str(r, "meeting") : "");
		hset(r, "Row.act_date", req_str(r, "act_date") ? req_str(r, "act_date") : "");
		return render(r, p, b, res.status);
	}
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/awards.cgi?batch=%lld", b->id),
				   req_printf(r, "%s 已入选，奖励金额已核定（见“已入选，待公布”）。", a.org));
}

/* the batch's selected items (column 0), for list_publish */
static struct dbrows *
selected(struct req *r, long long bid)
{
	return in_state(r, bid, "selected");
}

static int
publish(struct req *r, const struct programme *p, const struct batch *b)
{
	int n, st = list_publish(r, &(struct list_publish){ b->id, selected,
		1, "publish", "awards.publish",
		"没有待公布的入选项目（市遴选入选并核定奖励后才能公布）。" }, &n);

	if (st == 500) return 500;
	if (st) return render(r, p, b, st);
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/awards.cgi?batch=%lld", b->id),
				   req_printf(r, "已公布奖励名单（%d项），名单已在公开页面展示。", n));
}

int
awards_page(struct req *r)
{
	const struct programme *p = NULL;
	struct batch b;
	long long bid = batch_of_page(r, &p);
	const char *op = req_str(r, "op");
	int st;

	if (!bid) return 404;
	if ((st = batch_open(r, bid, &b, NULL))) return st;
	if (r->method != M_POST) return render(r, p, &b, 200);
	if (op && !strcmp(op, "select")) return select_one(r, p, &b);
	if (op && !strcmp(op, "publish")) return publish(r, p, &b);
	return 400;
}

/* the public page: the award lists published, newest first (PublicAwards.N.{programme,batch,doc_no,on,org,county,type,amount}) */
int
awards_public_to_hdf(struct req *r)
{
	char m[32];
	struct dbrows *d = db_query(r,
		"SELECT b.programme, b.title, l.doc_no, DATE_FORMAT(l.published_on, '%Y-%m-%d'), o.display_name, g.name,"
		" COALESCE(f.value, ''), COALESCE(x.amount_yuan, 0)"
		" FROM award_lists l JOIN batches b ON b.id = l.batch_id JOIN award_entries e ON e.list_id = l.id"
		" JOIN applications p ON p.id = e.application_id JOIN accounts o ON o.id = p.account_id"
		" JOIN regions g ON g.code = p.region_code LEFT JOIN app_fields f ON f.application_id = p.id AND f.name = 'a_type'"
		" LEFT JOIN money_decisions x ON x.application_id = p.id AND x.state = 'decided'"
		" ORDER BY l.published_on DESC, l.id DESC, g.sort, p.id");

	if (!d) return -1;
	for (int i = 0; i < d->nrows; i++) {
		const struct programme *p = programme_of(dbv(d, i, 0));
		const char *k = req_printf(r, "PublicAwards.%d", i), *type = p ? choice_label(&p->stages[0], "a_type", dbv(d, i, 6)) : NULL;
		hset(r, req_printf(r, "%s.programme", k), p ? p->name : "");
		hset(r, req_printf(r, "%s.batch", k), dbv(d, i, 1));
		hset(r, req_printf(r, "%s.doc_no", k), dbv(d, i, 2));
		hset(r, req_printf(r, "%s.on", k), dbv(d, i, 3));
		hset(r, req_printf(r, "%s.org", k), dbv(d, i, 4));
		hset(r, req_printf(r, "%s.county", k), dbv(d, i, 5));
		hset(r, req_printf(r, "%s.type", k), type ? type : "");
		hset(r, req_printf(r, "%s.amount", k), money_trim(dbi(d, i, 7), m, sizeof(m)));
	}
	return 0;
}
