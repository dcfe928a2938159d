/*
 * ruleset.c - finding a rule set, reading its inputs, and the arithmetic of
 * each kind of rule.  Pure functions of the inputs and the parameters (no
 * request, no database): `dtpilot-admin subsidy`, the 政策测算 page, the
 * 附件3 amounts and the unit tests all call the same code.  See ruleset.h.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ruleset.h"

const struct ruleset *
ruleset_find_in(const struct ruleset *table, const char *key, int version)
{
	const struct ruleset *best = NULL;
	for (const struct ruleset *rs = table; key && rs->key; rs++) {
		if (strcmp(rs->key, key)) continue;
		if (version ? rs->version == version : (!best || rs->version > best->version)) best = rs;
	}
	return best;
}

const struct ruleset *
ruleset_find(const char *key, int version)
{
	return ruleset_find_in(rulesets, key, version);
}

const struct ruleset *
ruleset_parse(const char *spec)
{
	char key[64];
	const char *at = spec ? strchr(spec, '@') : NULL;
	long long v = 0;

	if (!spec || !*spec) return NULL;
	if (!at) return ruleset_find(spec, 0);
	if ((size_t)(at - spec) >= sizeof(key) || valid_int(at + 1, 1, 1000, &v)) return NULL;
	snprintf(key, sizeof(key), "%.*s", (int)(at - spec), spec);
	return ruleset_find(key, (int)v);
}

int
ruleset_count_inputs(const struct ruleset *rs)
{
	int n = 0;
	while (rs->kind->inputs[n].name) n++;
	return n;
}

const struct rs_param *
ruleset_param_def(const struct ruleset *rs, const char *key)
{
	for (const struct rs_param *m = rs ? rs->params : NULL; m && m->key; m++)
		if (!strcmp(m->key, key)) return m;
	return NULL;
}

const struct ruleset *
batch_ruleset(const struct batch *b, const char *programme_ruleset)
{
	/* a batch made before rule sets were recorded (or by hand without one) is under version 1 */
	if (b && b->ruleset[0]) return ruleset_find(b->ruleset, b->ruleset_version);
	return programme_ruleset ? ruleset_find(programme_ruleset, 1) : NULL;
}

const char *
rs_input_parse(const struct rs_input *in, const char *text, long long *out)
{
	if (!text || !*text) return "请填写";
	if (in->options) {
		for (const struct rs_option *o = in->options; o->key; o++)
			if (!strcmp(o->key, text)) { *out = o->value; return NULL; }
		return "不是可选的值";
	}
	/* whole 元: digits only, below 10^13 (a billion 万元) */
	if (strlen(text) > 13 || strspn(text, "0123456789") != strlen(text)) return "应为不小于0的整数（元）";
	*out = strtoll(text, NULL, 10);
	return NULL;
}

const char *
rs_input_show(const struct rs_input *in, long long v, char *buf, size_t n)
{
	for (const struct rs_option *o = in->options; o && o->key; o++)
		if (o->value == v) { snprintf(buf, n, "%s", o->label); return buf; }
	snprintf(buf, n, "%lld元", v);
	return buf;
}

long long
rs_pct(long long x, long long pct)
{
	return x / 100 * pct + x % 100 * pct / 100;
}

long long
rs_value(const struct rs_calc *c, const char *key)
{
	const struct rs_param *m = ruleset_param_def(c->rs, key);
	const char *v = c->b ? batch_param(c->b, key) : NULL;
	return v ? strtoll(v, NULL, 10) : m ? m->value : 0;
}

/* the clause of a parameter, as the explanation cites it */
static const char *
pc(const struct rs_calc *c, const char *key)
{
	const struct rs_param *m = ruleset_param_def(c->rs, key);
	return m ? m->clause : "";
}

static void __attribute__((format(printf, 3, 4)))
step(struct rs_calc *c, const char *clause, const char *fmt, ...)
{
	va_list ap;
	if (c->quiet || c->nsteps == RS_MAX_STEPS) return;
	va_start(ap, fmt);
	vsnprintf(c->steps[c->nsteps].text, sizeof(c->steps[0].text), fmt, ap);
	va_end(ap);
	c->steps[c->nsteps++].clause = clause;
}

static const char *
level_name(long long lv)
{
	static const char *const names[] = { "未评定", "一级", "二级", "三级", "四级" };
	return lv >= 0 && lv <= 4 ? names[lv] : "?";
}

/* min(amount, limit) with the step that says which one holds */
static long long
cap_step(struct rs_calc *c, const char *clause, long long a, long long limit, const char *what)
{
	if (a > limit) {
		step(c, clause, "%lld元 超过%s %lld元，按 %lld元", a, what, limit, limit);
		return limit;
	}
	step(c, clause, "%lld元 不超过%s %lld元", a, what, limit);
	return a;
}

void
rs_compute(const struct ruleset *rs, const struct batch *b, const long long *in, struct rs_calc *c)
{
	memset(c, 0, sizeof(*c));
	c->rs = rs;
	c->b = b;
	for (int i = 0; i < ruleset_count_inputs(rs) && i < RS_MAX_IN; i++) c->in[i] = in[i];
	rs->kind->compute(c);
	if (c->amount < 0) c->amount = 0;
}

long long
rs_amount(const struct ruleset *rs, const struct batch *b, const long long *in)
{
	struct rs_calc c;

	/* not the steps' text: 16 steps of 640 bytes to clear for nothing */
	memset(&c, 0, offsetof(struct rs_calc, steps));
	c.rs = rs;
	c.b = b;
	c.quiet = 1;
	c.amount = 0;
	c.refused = NULL;
	for (int i = 0; i < ruleset_count_inputs(rs) && i < RS_MAX_IN; i++) c.in[i] = in[i];
	rs->kind->compute(&c);
	return c.amount < 0 ? 0 : c.amount;
}

/* the inputs (with their command-line names when names), each step with its clause and the result: what every
 * explanation ends with */
static void
explain_body(const struct rs_calc *c, FILE *out, int names)
{
	const struct ruleset *rs = c->rs;
	char buf[64];

	fprintf(out, "输入：\n");
	for (int i = 0; rs->kind->inputs[i].name; i++)
		fprintf(out, "  %s%s%s = %s\n", names ? rs->kind->inputs[i].name : "", names ? " " : "", rs->kind->inputs[i].label,
			rs_input_show(&rs->kind->inputs[i], c->in[i], buf, sizeof(buf)));
	fprintf(out, "计算：\n");
	for (int i = 0; i < c->nsteps; i++)
		fprintf(out, "  %d. %s%s%s%s\n", i + 1, c->steps[i].text, c->steps[i].clause[0] ? "（" : "",
			c->steps[i].clause, c->steps[i].clause[0] ? "）" : "");
	money_fmt(c->amount, buf, sizeof(buf));
	fprintf(out, "结果：%lld元（%s万元），向下取整到元%s%s", c->amount, buf,
		c->refused ? "；不予支持：" : "", c->refused ? c->refused : "");
}

void
rs_explain(const struct rs_calc *c, FILE *out)
{
	const struct ruleset *rs = c->rs;

	fprintf(out, "规则集：%s 第%d版 %s\n依据：%s\n", rs->key, rs->version, rs->name, rs->source);
	if (rs->note) fprintf(out, "说明：%s\n", rs->note);
	fprintf(out, "参数：\n");
	for (const struct rs_param *m = rs->params; m->key; m++)
		fprintf(out, "  %s = %lld%s（%s%s）\n", m->label, rs_value(c, m->key), m->unit, m->clause,
			m->local ? "；政策文件未作规定，本系统的设定" : "");
	explain_body(c, out, 1);
	fputc('\n', out);
}

const char *
rs_explain_text(struct req *r, const struct rs_calc *c)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	const char *s;

	if (!out) return NULL;
	fprintf(out, "规则集：%s 第%d版 %s\n", c->rs->key, c->rs->version, c->rs->name);
	explain_body(c, out, 0);
	fclose(out);
	s = req_strdup(r, buf);
	free(buf);
	return s;
}

/* ---- the kinds --------------------------------------------------------- */

static const struct rs_option levels[] = {
	{ "0", 0, "未评定" }, { "1", 1, "一级" }, { "2", 2, "二级" }, { "3", 3, "三级" }, { "4", 4, "四级" }, { NULL }
};
static const struct rs_option categories[] = {
	{ "plain", 0, "一般企业" },
	{ "srdi", 1, "专精特新企业" },
	{ "srdi_factory", 2, "专精特新企业且拥有省级以上智能工厂（车间）" },
	{ NULL }
};
static const struct rs_option batches[] = { { "1", 1, "第一批" }, { "2", 2, "第二批" }, { "3", 3, "第三批" }, { NULL } };
static const struct rs_option yesno[] = { { "0", 0, "否" }, { "1", 1, "是" }, { NULL } };

/* 003 附件3注: min(pct% of the actual cost, the per-enterprise cap, what the platform cap leaves) */
static void
neimenggu(struct rs_calc *c)
{
	long long cost = c->in[0], other = c->in[1];
	long long pct = rs_value(c, "cap_enterprise_pct"), total = rs_value(c, "cap_platform_yuan");
	long long a = rs_pct(cost, pct), left = total > other ? total - other : 0;

	step(c, pc(c, "cap_enterprise_pct"), "实际改造成本 %lld元 × %lld%% = %lld元，向下取整到元", cost, pct, a);
	a = cap_step(c, pc(c, "cap_enterprise_yuan"), a, rs_value(c, "cap_enterprise_yuan"), "每家试点企业上限");
	step(c, pc(c, "cap_platform_yuan"), "每个服务平台上限 %lld元 − 本平台其他试点企业已申请 %lld元 = 尚余 %lld元",
	     total, other, left);
	c->amount = cap_step(c, pc(c, "cap_platform_yuan"), a, left, "本平台尚余额度");
}

const struct rs_kind rs_kind_neimenggu = {
	"neimenggu", (const struct rs_input[]){
		{ "cost", "实际改造成本（元）", NULL, "附件3：试点企业实际改造成本" },
		{ "platform_other", "本平台其他试点企业已申请奖补合计（元）", NULL, "附件3注：每个服务平台最高奖补不超过200万元",
		  "同一服务平台服务企业清单中其他企业的奖补资金额之和；不填为0", "0" },
		{ NULL } },
	neimenggu,
};

/* 001 二（六）14: the three categories of spend, pct% of them, capped by the level reached */
static void
luoyang(struct rs_calc *c)
{
	long long lv = c->in[0], eligible = c->in[1] + c->in[2] + c->in[3], rate = rs_value(c, "rate_pct");
	long long a;
	const char *scope = c->rs->kind->inputs[1].clause;

	step(c, scope, "纳入补助范围的支出：软件 %lld元 + 云服务 %lld元 + 数据采集传输设备 %lld元 = %lld元",
	     c->in[1], c->in[2], c->in[3], eligible);
	step(c, scope, "其他支出 %lld元 不属于软件、云服务及网关、路由等必要的数据采集传输设备支出，不予计入", c->in[4]);
	if (lv < rs_value(c, "min_level")) {
		step(c, pc(c, "min_level"), "改造后数字化水平%s，低于%s：不予补助，0元", level_name(lv), level_name(rs_value(c, "min_level")));
		return;
	}
	a = rs_pct(eligible, rate);
	step(c, pc(c, "rate_pct"), "%lld元 × %lld%% = %lld元，向下取整到元", eligible, rate, a);
	if (lv >= 4)
		c->amount = cap_step(c, pc(c, "cap_level4_yuan"), a, rs_value(c, "cap_level4_yuan"), "四级企业上限");
	else
		c->amount = cap_step(c, pc(c, "cap_level23_yuan"), a, rs_value(c, "cap_level23_yuan"),
				     lv == 3 ? "三级企业上限" : "二级企业上限");
}

const struct rs_kind rs_kind_luoyang = {
	"luoyang", (const struct rs_input[]){
		{ "level", "改造后达成的数字化水平等级", levels, "二（六）14：根据改造后达成的数字化等级" },
		{ "software", "软件支出（元）", NULL,
		  "二（六）14：试点企业实际发生的与数字化改造相关的软件、云服务及网关、路由等必要的数据采集传输设备支出" },
		{ "cloud", "云服务支出（元）", NULL, "二（六）14：云服务" },
		{ "equipment", "数据采集传输设备支出（元）", NULL, "二（六）14：网关、路由等必要的数据采集传输设备", "网关、路由等" },
		{ "other", "其他支出（元）", NULL, "二（六）14：补助范围以外的支出", "不纳入补助，仅列示" },
		{ NULL } },
	luoyang,
};

/* 001 二（六）15-19: one award, within its per-item cap and, for 智能车间/智能工厂 and training, the shared cap */
static const struct rs_option award_types[] = {
	{ "sample", 1, "转型样板企业（二（六）15）" },
	{ "workshop", 2, "智能车间（二（六）15）" },
	{ "factory", 3, "智能工厂（二（六）15）" },
	{ "product", 4, "“小快轻准”产品、解决方案（二（六）16）" },
	{ "provider", 5, "优质数字化服务商（二（六）17）" },
	{ "chain", 6, "“链式”转型典型案例（二（六）18）" },
	{ "training", 7, "人才培训和产业活动（二（六）19）" },
	{ NULL }
};
static const struct { const char *cap, *shared, *min, *min_unit; } award_rules[] = {
	[1] = { "sample_cap_yuan", NULL, "sample_min", "家" },
	[2] = { "workshop_cap_yuan", "smart_enterprise_cap_yuan", "smart_min", "家" },
	[3] = { "factory_cap_yuan", "smart_enterprise_cap_yuan", "smart_min", "家" },
	[4] = { "product_cap_yuan", NULL, "product_min", "个" },
	[5] = { "provider_cap_yuan", NULL, "provider_min", "家" },
	[6] = { "chain_cap_yuan", NULL, "chain_count", "个" },
	[7] = { NULL, "training_total_yuan", "training_min_sessions", "场" },
};

static void
luoyang_awards(struct rs_calc *c)
{
	long long t = c->in[0], a = c->in[1], before = c->in[2];
	const char *what = c->rs->kind->inputs[0].options[t - 1].label;

	step(c, "", "%s：拟奖励 %lld元", what, a);
	if (award_rules[t].cap)
		a = cap_step(c, pc(c, award_rules[t].cap), a, rs_value(c, award_rules[t].cap), "单项上限");
	if (award_rules[t].shared) {
		long long total = rs_value(c, award_rules[t].shared), left = total > before ? total - before : 0;
		step(c, pc(c, award_rules[t].shared), "%s %lld元 − 已%s %lld元 = 尚余 %lld元",
		     t == 7 ? "培训和产业活动总费用上限" : "单个企业智能车间、智能工厂奖励总额上限", total,
		     t == 7 ? "支出" : "获智能车间、智能工厂奖励", before, left);
		a = cap_step(c, pc(c, award_rules[t].shared), a, left, "尚余额度");
	}
	step(c, pc(c, award_rules[t].min), "该类遴选数量不少于 %lld%s，在遴选名单上核对",
	     rs_value(c, award_rules[t].min), award_rules[t].min_unit);
	c->amount = a;
}

const struct rs_kind rs_kind_luoyang_awards = {
	"luoyang-awards", (const struct rs_input[]){
		{ "type", "奖励类别", award_types, "二（六）15-19" },
		{ "requested", "拟奖励金额（元）", NULL, "二（六）15-19：给予不超过……的奖励", "遴选确定的金额，不超过该类上限" },
		{ "before", "已获同类奖励或已支出费用（元）", NULL, "二（六）15：单个企业最高奖励总额不超过30万元；二（六）19：总费用控制在150万元以内",
		  "智能车间、智能工厂：同一企业已获智能车间、智能工厂奖励合计；人才培训和产业活动：已支出的费用；其他类别不适用，不填为0", "0" },
		{ NULL } },
	luoyang_awards,
};

/* 004 第十五-十八、二十五条: new revenue x a rate by level, category and batch, within the cumulative cap */
static void
xinxiang(struct rs_calc *c)
{
	static const char *const cat_keys[] = { "plain", "srdi", "srdi_factory" };
	long long lv = c->in[0], cat = c->in[1], batch = c->in[2], base = c->in[3], next = c->in[4];
	long long paid = c->in[5], city = c->in[7];
	long long newrev, rate, first, by, floor_rate, a, cap, left;
	const char *art;
	char rk[32];

	if (c->in[6]) {
		c->refused = c->rs->kind->inputs[6].clause;
		step(c, c->refused, "不符合第二十五条（未依法诚信纳税，或当年发生重大安全生产、生态环保、产品质量安全事故，"
				   "或严重违法违纪及失信行为）：不予支持，0元");
		return;
	}
	if (lv == 4) {
		long long as = rs_value(c, "level4_as");
		if (as != 2 && as != 3) {
			step(c, pc(c, "level4_as"), "四级：政策文件未规定四级的奖励，按本系统的设定不予奖励，0元");
			return;
		}
		step(c, pc(c, "level4_as"), "四级：政策文件未规定四级的奖励，按%s的比例和累计上限执行", level_name(as));
		lv = as;
	}
	if (lv < 2) {
		step(c, c->rs->kind->inputs[0].clause, "数字化水平%s：第十五、十六条只奖励达到二级、三级水平的企业，0元", level_name(lv));
		return;
	}
	art = lv == 2 ? "第十五条" : "第十六条";
	newrev = next > base ? next - base : 0;
	step(c, c->rs->kind->inputs[4].clause, "新增营业收入 = %lld元 − %lld元 = %lld元%s", next, base, next - base,
	     next > base ? "" : "，不为正数，按0元");
	snprintf(rk, sizeof(rk), "rate_l%lld_%s", lv, cat_keys[cat]);
	first = rs_value(c, rk);
	by = rs_value(c, "batch_step_pct");
	rate = first - (batch - 1) * by;
	step(c, pc(c, rk), "%s，%s：第一批奖励比例 %lld%%", level_name(lv),
	     c->rs->kind->inputs[1].options[cat].label, first);
	if (batch > 1)
		step(c, pc(c, "batch_step_pct"), "第%lld批：%lld%% − %lld个百分点 × %lld = %lld%%", batch, first, by, batch - 1, rate);
	floor_rate = rs_value(c, "min_rate_pct");
	if (rate < floor_rate) {
		step(c, pc(c, "min_rate_pct"), "递减后的比例 %lld%% 低于 %lld%%，按 %lld%%", rate, floor_rate, floor_rate);
		rate = floor_rate;
	}
	if (rate <= 0) {
		step(c, pc(c, "min_rate_pct"), "奖励比例为0：不予奖励，0元");
		return;
	}
	a = rs_pct(newrev, rate);
	step(c, art, "%lld元 × %lld%% = %lld元，向下取整到元", newrev, rate, a);
	cap = rs_value(c, lv == 2 ? "cap_l2_yuan" : "cap_l3_yuan");
	left = cap > paid ? cap - paid : 0;
	step(c, pc(c, lv == 2 ? "cap_l2_yuan" : "cap_l3_yuan"), "累计上限 %lld元 − 本规则已奖励 %lld元 = 尚可奖励 %lld元", cap, paid, left);
	a = cap_step(c, pc(c, lv == 2 ? "cap_l2_yuan" : "cap_l3_yuan"), a, left, "尚可奖励");
	if (city > 0) {
		const char *cl = c->rs->kind->inputs[7].clause;
		if (city >= a) {
			step(c, cl, "就高不重复：按第十七条（新乡市政策）可获 %lld元，不低于本条款的 %lld元，执行新乡市政策，本条款不重复奖励，0元", city, a);
			if (a > 0) c->refused = cl;     /* the lower claim: refused, both figures above */
			a = 0;
		} else
			step(c, cl, "就高不重复：本条款的 %lld元 高于按第十七条（新乡市政策）可获的 %lld元，执行本条款，新乡市政策不再重复享受", a, city);
	}
	c->amount = a;
}

const struct rs_kind rs_kind_xinxiang = {
	"xinxiang", (const struct rs_input[]){
		{ "level", "考核小组评定的数字化水平等级", levels, "第十五、十六条：达到二级、三级水平企业" },
		{ "category", "企业类别", categories, "第十五、十六条：“专精特新”；“专精特新”又同时拥有省级以上智能工厂（车间）" },
		{ "batch", "改造批次", batches, "第十五、十六条：第二批政策相对第一批降低1个百分点，第三批相对第二批降低1个百分点" },
		{ "revenue_base", "评定等级后第一个自然年度的上一年营业收入（元）", NULL, "第十五条：同比上一年营业收入" },
		{ "revenue_next", "评定等级后第一个自然年度营业收入（元）", NULL,
		  "第十五条：新增营业收入，即评定企业达到相应的级别水平后第一个自然年度营业收入同比上一年营业收入的增长部分" },
		{ "paid_before", "本规则已奖励累计（元）", NULL, "第十五条：累计最高不超50万元；第十六条：累计最高不超70万元",
		  "此前按本规则集已奖励该企业的金额合计" },
		{ "excluded", "存在第二十五条情形", yesno,
		  "第二十五条：享受奖励政策的企业，必须依法诚信纳税，当年未发生重大安全生产事故、生态环保事故、产品质量安全事故、严重违法违纪及失信行为，否则不予支持",
		  "未依法诚信纳税，或当年发生重大安全生产、生态环保、产品质量安全事故，或严重违法违纪及失信行为" },
		{ "city_policy", "按第十七条新乡市政策可获金额（元）", NULL,
		  "第十八条：十五、十六、十七条款政策，均按照“就高不重复”原则执行",
		  "属于新乡市四个试点行业、按新政办〔2024〕43号可获的金额；不适用不填，为0", "0" },
		{ NULL } },
	xinxiang,
};

/* 002 第四章（六）: from 二级, a share of the audited amount, within a cap */
static void
changchun(struct rs_calc *c)
{
	long long lv = c->in[0], audited = c->in[1], rate = rs_value(c, "rate_pct"), a;

	if (lv < rs_value(c, "min_level")) {
		step(c, pc(c, "min_level"), "改造后数字化水平%s，未达到%s：不予补贴，0元", level_name(lv), level_name(rs_value(c, "min_level")));
		return;
	}
	step(c, pc(c, "min_level"), "改造后数字化水平%s，达到%s及以上", level_name(lv), level_name(rs_value(c, "min_level")));
	a = rs_pct(audited, rate);
	step(c, pc(c, "rate_pct"), "审计核定的改造支出 %lld元 × %lld%% = %lld元，向下取整到元", audited, rate, a);
	c->amount = cap_step(c, pc(c, "cap_yuan"), a, rs_value(c, "cap_yuan"), "每家企业上限");
}

const struct rs_kind rs_kind_changchun = {
	"changchun", (const struct rs_input[]){
		{ "level", "改造后的数字化水平等级", levels, "第四章（六）：对改造后达到数字化水平二级及以上的试点企业进行改造项目补贴" },
		{ "audited", "审计核定的改造支出（元）", NULL,
		  "第四章（六）1（2）：第三方审计机构对试点企业数字化改造项目的合同、发票、付款凭证等财务资料进行审计，并出具专项审计报告",
		  "专项审计报告核定的金额" },
		{ NULL } },
	changchun,
};

/* 002 第四章（七）: the award the 市 decides for a selected item, within what 附件6 asked for and the item cap */
static void
changchun_awards(struct rs_calc *c)
{
	long long applied = c->in[0], a = c->in[1];

	step(c, c->rs->kind->inputs[1].clause, "市工信主管部门遴选拟奖励 %lld元", a);
	a = cap_step(c, c->rs->kind->inputs[0].clause, a, applied, "附件6申报金额");
	c->amount = cap_step(c, pc(c, "cap_yuan"), a, rs_value(c, "cap_yuan"), "每个奖励项目上限");
}

const struct rs_kind rs_kind_changchun_awards = {
	"changchun-awards", (const struct rs_input[]){
		{ "applied", "附件6 申报金额（元）", NULL, "附件6 长春市中小企业数字化转型城市试点奖励项目资金申报表：申报金额（万元）" },
		{ "proposed", "市遴选拟奖励金额（元）", NULL,
		  "第四章（七）1（3）：市工信主管部门组织专家开展标杆遴选工作，经专家评审、集体决策等程序后，正式公布名单；第四章（七）：按照程序给予资金奖励" },
		{ NULL } },
	changchun_awards,
};
