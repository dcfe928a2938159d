/* Unit tests of the rule sets (lib/ruleset.c, lib/rulesets.c): every amount
 * at and one 元 (or one level, one batch) either side of each threshold and
 * cap the seeds set, whole 元 rounded down; versions; the inputs as typed. */
#include <stdlib.h>
#include "ruleset.h"
#include "t.h"

/* one amount under a rule set's defaults (b NULL) or a batch's values */
static long long
amt(const char *key, const struct batch *b, long long a0, long long a1, long long a2, long long a3,
    long long a4, long long a5, long long a6, long long a7)
{
	long long in[RS_MAX_IN] = { a0, a1, a2, a3, a4, a5, a6, a7 };
	struct rs_calc c;
	rs_compute(ruleset_find(key, 0), b, in, &c);
	return c.amount;
}
#define NMG(cost, other) amt("neimenggu-2025", NULL, cost, other, 0, 0, 0, 0, 0, 0)
#define LY(lv, sw, cl, eq, ot) amt("luoyang-2025", NULL, lv, sw, cl, eq, ot, 0, 0, 0)
#define AW(type, req, before) amt("luoyang-awards-2025", NULL, type, req, before, 0, 0, 0, 0, 0)
/* level, category (0 plain, 1 srdi, 2 srdi_factory), batch, base, next, paid, excluded, city */
#define XX(lv, cat, batch, base, next, paid, ex, city) amt("xinxiang-2025", NULL, lv, cat, batch, base, next, paid, ex, city)
#define CC(lv, audited) amt("changchun-2024", NULL, lv, audited, 0, 0, 0, 0, 0, 0)
#define CCA(applied, proposed) amt("changchun-awards-2024", NULL, applied, proposed, 0, 0, 0, 0, 0, 0)

/* does some step of the computation say this */
static int
says(const char *key, long long a0, long long a1, long long a2, const char *text)
{
	long long in[RS_MAX_IN] = { a0, a1, a2 };
	struct rs_calc c;
	rs_compute(ruleset_find(key, 0), NULL, in, &c);
	for (int i = 0; i < c.nsteps; i++)
		if (strstr(c.steps[i].text, text) || strstr(c.steps[i].clause, text)) return 1;
	return 0;
}

static void
versions(void)
{
	/* a changed rule is a new row; the newest is found by key, an old one by its version */
	const struct ruleset table[] = {
		{ "x-2025", 1, "v1", "", NULL, &rs_kind_changchun, (const struct rs_param[]){ { "rate_pct", "", 30, "%", "" }, { "cap_yuan", "", 900, "元", "" }, { NULL } } },
		{ "x-2025", 2, "v2", "", NULL, &rs_kind_changchun, (const struct rs_param[]){ { "rate_pct", "", 40, "%", "" }, { "cap_yuan", "", 900, "元", "" }, { NULL } } },
		{ "y-2025", 1, "y", "", NULL, &rs_kind_changchun, (const struct rs_param[]){ { NULL } } },
		{ NULL }
	};
	struct batch old = { 0 };
	long long in[RS_MAX_IN] = { 2, 1000 };
	struct rs_calc c;

	CHECK(ruleset_find_in(table, "x-2025", 0) == &table[1]);
	CHECK(ruleset_find_in(table, "x-2025", 1) == &table[0]);
	CHECK(ruleset_find_in(table, "x-2025", 3) == NULL);
	CHECK(ruleset_find_in(table, "z", 0) == NULL);
	CHECK(ruleset_find_in(table, NULL, 0) == NULL);
	rs_compute(ruleset_find_in(table, "x-2025", 1), NULL, in, &c);
	CHECK(c.amount == 300);                          /* what was decided under version 1 keeps 30% */
	rs_compute(ruleset_find_in(table, "x-2025", 0), NULL, in, &c);
	CHECK(c.amount == 400);
	/* the real table: every key once per version, each found; a batch without one is under version 1 */
	for (const struct ruleset *rs = rulesets; rs->key; rs++) {
		CHECK(ruleset_find(rs->key, rs->version) == rs);
		CHECK(ruleset_count_inputs(rs) <= RS_MAX_IN);
	}
	CHECK(ruleset_parse("xinxiang-2025") == ruleset_find("xinxiang-2025", 0));
	CHECK(ruleset_parse("xinxiang-2025@1") == ruleset_find("xinxiang-2025", 1));
	CHECK(ruleset_parse("xinxiang-2025@9") == NULL);
	CHECK(ruleset_parse("xinxiang-2025@x") == NULL);
	CHECK(ruleset_parse("xinxiang") == NULL);
	CHECK(ruleset_parse("") == NULL);
	CHECK(batch_ruleset(&old, "neimenggu-2025") == ruleset_find("neimenggu-2025", 1));
	snprintf(old.ruleset, sizeof(old.ruleset), "luoyang-2025");
	old.ruleset_version = 1;
	CHECK(batch_ruleset(&old, "neimenggu-2025") == ruleset_find("luoyang-2025", 1));
	old.ruleset_version = 7;
	CHECK(batch_ruleset(&old, "neimenggu-2025") == NULL);    /* batch_open answers 500 for such a batch */
	CHECK(batch_ruleset(NULL, NULL) == NULL);
}

static void
inputs(void)
{
	const struct ruleset *xx = ruleset_find("xinxiang-2025", 0);
	const struct rs_input *in = xx->kind->inputs;
	long long v = -1;

	CHECK_OK(rs_input_parse(&in[0], "4", &v)); CHECK(v == 4);
	CHECK_ERR(rs_input_parse(&in[0], "5", &v));
	CHECK_ERR(rs_input_parse(&in[0], "-1", &v));
	CHECK_OK(rs_input_parse(&in[1], "srdi_factory", &v)); CHECK(v == 2);
	CHECK_ERR(rs_input_parse(&in[1], "SRDI", &v));
	CHECK_OK(rs_input_parse(&in[2], "3", &v)); CHECK(v == 3);
	CHECK_ERR(rs_input_parse(&in[2], "0", &v));
	CHECK_ERR(rs_input_parse(&in[2], "4", &v));
	CHECK_OK(rs_input_parse(&in[3], "0", &v)); CHECK(v == 0);
	CHECK_OK(rs_input_parse(&in[3], "9999999999999", &v)); CHECK(v == 9999999999999LL);
	CHECK_ERR(rs_input_parse(&in[3], "10000000000000", &v));     /* 14 digits */
	CHECK_ERR(rs_input_parse(&in[3], "-5", &v));
	CHECK_ERR(rs_input_parse(&in[3], "1,000", &v));
	CHECK_ERR(rs_input_parse(&in[3], "1.5", &v));
	CHECK_ERR(rs_input_parse(&in[3], "", &v));
	CHECK_ERR(rs_input_parse(&in[3], NULL, &v));
	CHECK_OK(rs_input_parse(&in[6], "1", &v)); CHECK(v == 1);
	CHECK_ERR(rs_input_parse(&in[6], "2", &v));
	CHECK(in[7].dflt && !strcmp(in[7].dflt, "0"));                /* city_policy is optional */
	CHECK(in[5].dflt == NULL);                                     /* paid_before is not */
	CHECK(rs_pct(99, 50) == 49 && rs_pct(100, 50) == 50 && rs_pct(101, 3) == 3);
	CHECK(rs_pct(9999999999999LL, 100) == 9999999999999LL);        /* no overflow at the largest input */
}

static void
neimenggu(void)
{
	struct batch b = { 0 };
	CHECK(NMG(0, 0) == 0);
	CHECK(NMG(4, 0) == 0);                   /* 0.8 元 */
	CHECK(NMG(5, 0) == 1);
	CHECK(NMG(123457, 0) == 24691);          /* 24691.4 */
	CHECK(NMG(999999, 0) == 199999);         /* 20% just under 20万 */
	CHECK(NMG(1000000, 0) == 200000);        /* exactly 20万 */
	CHECK(NMG(1000005, 0) == 200000);        /* cap holds */
	/* the platform's 200万: what the other enterprises leave */
	CHECK(NMG(1000000, 1800000) == 200000);  /* exactly 20万 left */
	CHECK(NMG(1000000, 1800001) == 199999);
	CHECK(NMG(1000000, 2000000) == 0);
	CHECK(NMG(1000000, 2500000) == 0);       /* already over: nothing, never negative */
	/* a batch's own values override the defaults (batch.cgi, 附件3's three) */
	batch_param_set(&b, "cap_enterprise_pct", "30");
	batch_param_set(&b, "cap_enterprise_yuan", "250000");
	CHECK(amt("neimenggu-2025", &b, 800000, 0, 0, 0, 0, 0, 0, 0) == 240000);
	CHECK(amt("neimenggu-2025", &b, 900000, 0, 0, 0, 0, 0, 0, 0) == 250000);
	CHECK(says("neimenggu-2025", 1000005, 0, 0, "超过每家试点企业上限 200000元"));
	CHECK(says("neimenggu-2025", 100, 0, 0, "附件3注：不超过每家试点企业实际改造成本的20%"));
}

static void
luoyang(void)
{
	/* three categories count, the rest does not */
	CHECK(LY(2, 100000, 50000, 30001, 999999) == 90000);         /* 180001 × 50% = 90000.5 -> 90000 */
	CHECK(LY(2, 0, 0, 0, 5000000) == 0);
	/* below 二级 nothing (local parameter min_level) */
	CHECK(LY(1, 1000000, 0, 0, 0) == 0);
	CHECK(LY(0, 1000000, 0, 0, 0) == 0);
	/* 二级、三级 50万: 100万 eligible is exactly the cap, one 元 more (×50% floored) still the cap */
	CHECK(LY(2, 999998, 0, 0, 0) == 499999);
	CHECK(LY(2, 1000000, 0, 0, 0) == 500000);
	CHECK(LY(3, 1000002, 0, 0, 0) == 500000);
	CHECK(LY(3, 5000000, 0, 0, 0) == 500000);
	/* 四级 70万 */
	CHECK(LY(4, 1000002, 0, 0, 0) == 500001);
	CHECK(LY(4, 1399998, 0, 0, 0) == 699999);
	CHECK(LY(4, 1400000, 0, 0, 0) == 700000);
	CHECK(LY(4, 600000, 400000, 400002, 0) == 700000);
	CHECK(says("luoyang-2025", 2, 0, 0, "其他支出 0元 不属于"));
	CHECK(says("luoyang-2025", 1, 0, 0, "低于二级：不予补助"));
}

static void
awards(void)
{
	/* 1 sample, 2 workshop, 3 factory, 4 product, 5 provider, 6 chain, 7 training */
	for (int t = 1; t <= 6; t++) {
		if (t == 3) continue;
		CHECK(AW(t, 99999, 0) == 99999);
		CHECK(AW(t, 100000, 0) == 100000);
		CHECK(AW(t, 100001, 0) == 100000);
	}
	CHECK(AW(1, 100000, 250000) == 100000);      /* 转型样板 is outside the 30万 of 智能车间/工厂 */
	CHECK(AW(3, 300000, 0) == 300000);
	CHECK(AW(3, 300001, 0) == 300000);
	/* ≤ 30万 per enterprise for 智能车间 and 智能工厂 together */
	CHECK(AW(2, 100000, 200000) == 100000);
	CHECK(AW(2, 100000, 200001) == 99999);
	CHECK(AW(3, 300000, 100000) == 200000);
	CHECK(AW(3, 300000, 300000) == 0);
	CHECK(AW(3, 300000, 400000) == 0);
	/* training: 150万 in total */
	CHECK(AW(7, 200000, 1300000) == 200000);
	CHECK(AW(7, 200001, 1300000) == 200000);
	CHECK(AW(7, 5000000, 0) == 1500000);
	CHECK(says("luoyang-awards-2025", 1, 1, 0, "不少于 25家"));
	CHECK(says("luoyang-awards-2025", 6, 1, 0, "不少于 4个"));
	CHECK(says("luoyang-awards-2025", 7, 1, 0, "不少于 5场"));
}

/* 002 第四章（七）: the proposed award within 附件6's 申报金额 and the item cap (10万, a local default) */
static void
cc_awards(void)
{
	struct batch b = { 0 };
	long long in[RS_MAX_IN] = { 500000, 300000 };
	struct rs_calc c;

	CHECK(CCA(200000, 99999) == 99999);
	CHECK(CCA(200000, 100000) == 100000);
	CHECK(CCA(200000, 100001) == 100000);         /* the item cap */
	CHECK(CCA(50000, 49999) == 49999);
	CHECK(CCA(50000, 50000) == 50000);
	CHECK(CCA(50000, 50001) == 50000);            /* never more than 附件6 asked for */
	CHECK(CCA(0, 100000) == 0);
	CHECK(says("changchun-awards-2024", 200000, 150000, 0, "超过每个奖励项目上限 100000元"));
	CHECK(says("changchun-awards-2024", 50000, 80000, 0, "超过附件6申报金额 50000元"));
	CHECK(ruleset_param_def(ruleset_find("changchun-awards-2024", 0), "cap_yuan")->local == 1);
	/* a batch that sets its own cap (the 管理办法's figure) */
	batch_param_set(&b, "cap_yuan", "300000");
	rs_compute(ruleset_find("changchun-awards-2024", 0), &b, in, &c);
	CHECK(c.amount == 300000);
	batch_param_set(&b, "cap_yuan", "299999");
	rs_compute(ruleset_find("changchun-awards-2024", 0), &b, in, &c);
	CHECK(c.amount == 299999);
}

static void
xinxiang(void)
{
	struct batch b = { 0 };
	/* every rate of 第十五、十六条, first batch, 100万 new revenue */
	CHECK(XX(2, 0, 1, 0, 1000000, 0, 0, 0) == 30000);
	CHECK(XX(2, 1, 1, 0, 1000000, 0, 0, 0) == 40000);
	CHECK(XX(2, 2, 1, 0, 1000000, 0, 0, 0) == 50000);
	CHECK(XX(3, 0, 1, 0, 1000000, 0, 0, 0) == 40000);
	CHECK(XX(3, 1, 1, 0, 1000000, 0, 0, 0) == 50000);
	CHECK(XX(3, 2, 1, 0, 1000000, 0, 0, 0) == 60000);
	/* one point less per later batch */
	CHECK(XX(2, 0, 2, 0, 1000000, 0, 0, 0) == 20000);
	CHECK(XX(2, 0, 3, 0, 1000000, 0, 0, 0) == 10000);
	CHECK(XX(3, 2, 3, 0, 1000000, 0, 0, 0) == 40000);
	/* new revenue: next minus base, never negative; floored */
	CHECK(XX(2, 0, 1, 5000000, 5000033, 0, 0, 0) == 0);      /* 33 × 3% = 0.99 */
	CHECK(XX(2, 0, 1, 5000000, 5000034, 0, 0, 0) == 1);
	CHECK(XX(2, 0, 1, 5000000, 5000000, 0, 0, 0) == 0);
	CHECK(XX(2, 0, 1, 5000000, 4000000, 0, 0, 0) == 0);
	CHECK(says("xinxiang-2025", 2, 0, 1, "不为正数，按0元") == 1);
	/* below 二级 nothing; 四级 as 三级 (local parameter level4_as) */
	CHECK(XX(1, 2, 1, 0, 1000000, 0, 0, 0) == 0);
	CHECK(XX(0, 2, 1, 0, 1000000, 0, 0, 0) == 0);
	CHECK(XX(4, 2, 1, 0, 1000000, 0, 0, 0) == 60000);
	batch_param_set(&b, "level4_as", "0");
	CHECK(amt("xinxiang-2025", &b, 4, 2, 1, 0, 1000000, 0, 0, 0) == 0);
	/* cumulative caps: 50万 (二级), 70万 (三级), over what this rule set already paid */
	CHECK(XX(2, 2, 1, 0, 10000000, 0, 0, 0) == 500000);      /* exactly 50万 */
	CHECK(XX(2, 2, 1, 0, 10000020, 0, 0, 0) == 500000);      /* 500001 capped */
	CHECK(XX(2, 2, 1, 0, 9999980, 0, 0, 0) == 499999);
	CHECK(XX(2, 2, 1, 0, 10000000, 1, 0, 0) == 499999);
	CHECK(XX(2, 2, 1, 0, 10000000, 500000, 0, 0) == 0);
	CHECK(XX(2, 2, 1, 0, 10000000, 600000, 0, 0) == 0);      /* never negative */
	CHECK(XX(3, 2, 1, 0, 20000000, 500000, 0, 0) == 200000); /* 三级 after 50万 paid at 二级 */
	CHECK(XX(3, 2, 1, 0, 11666666, 0, 0, 0) == 699999);
	CHECK(XX(3, 2, 1, 0, 11666667, 0, 0, 0) == 700000);
	CHECK(XX(3, 2, 1, 0, 11666684, 0, 0, 0) == 700000);
	/* 第二十五条 refuses, whatever the figures */
	{
		long long in[RS_MAX_IN] = { 3, 2, 1, 0, 10000000, 0, 1, 0 };
		struct rs_calc c;
		rs_compute(ruleset_find("xinxiang-2025", 0), NULL, in, &c);
		CHECK(c.amount == 0 && c.refused && strstr(c.refused, "第二十五条"));
		in[6] = 0;
		rs_compute(ruleset_find("xinxiang-2025", 0), NULL, in, &c);
		CHECK(c.amount == 600000 && !c.refused);
	}
	/* 就高不重复 with 第十七条's city policy */
	CHECK(XX(2, 0, 1, 0, 1000000, 0, 0, 29999) == 30000);
	CHECK(XX(2, 0, 1, 0, 1000000, 0, 0, 30000) == 0);
	CHECK(XX(2, 0, 1, 0, 1000000, 0, 0, 30001) == 0);
	{       /* the lower claim is refused with the clause; the higher one is not */
		long long in[RS_MAX_IN] = { 2, 0, 1, 0, 1000000, 0, 0, 30000 };
		struct rs_calc c;
		rs_compute(ruleset_find("xinxiang-2025", 0), NULL, in, &c);
		CHECK(c.amount == 0 && c.refused && strstr(c.refused, "第十八条") && strstr(c.refused, "就高不重复"));
		in[7] = 29999;
		rs_compute(ruleset_find("xinxiang-2025", 0), NULL, in, &c);
		CHECK(c.amount == 30000 && !c.refused);
	}
	/* a rate that would reach 0 (parameters: a bigger step, the floor) */
	memset(&b, 0, sizeof(b));
	batch_param_set(&b, "batch_step_pct", "2");
	CHECK(amt("xinxiang-2025", &b, 2, 0, 2, 0, 1000000, 0, 0, 0) == 10000);   /* 3 − 2 = 1% */
	CHECK(amt("xinxiang-2025", &b, 2, 0, 3, 0, 1000000, 0, 0, 0) == 0);       /* 3 − 4 < 0: nothing */
	batch_param_set(&b, "min_rate_pct", "1");
	CHECK(amt("xinxiang-2025", &b, 2, 0, 3, 0, 1000000, 0, 0, 0) == 10000);   /* floored at 1% */
}

static void
changchun(void)
{
	CHECK(CC(1, 1000000) == 0);              /* only from 二级 */
	CHECK(CC(0, 1000000) == 0);
	CHECK(CC(2, 1000000) == 500000);
	CHECK(CC(2, 999999) == 499999);
	CHECK(CC(4, 1000002) == 500000);
	CHECK(CC(3, 1) == 0);
	CHECK(says("changchun-2024", 2, 100, 0, "第四章（六）"));
}

static void
local_choices(void)
{
	/* where the seed is silent the parameter says so */
	CHECK(ruleset_param_def(ruleset_find("luoyang-2025", 0), "min_level")->local);
	CHECK(ruleset_param_def(ruleset_find("xinxiang-2025", 0), "level4_as")->local);
	CHECK(ruleset_param_def(ruleset_find("xinxiang-2025", 0), "min_rate_pct")->local);
	CHECK(ruleset_param_def(ruleset_find("changchun-2024", 0), "rate_pct")->local);
	CHECK(ruleset_param_def(ruleset_find("changchun-2024", 0), "cap_yuan")->local);
	CHECK(!ruleset_param_def(ruleset_find("changchun-2024", 0), "min_level")->local);
	CHECK(!ruleset_param_def(ruleset_find("neimenggu-2025", 0), "cap_platform_yuan")->local);
	CHECK(ruleset_param_def(ruleset_find("neimenggu-2025", 0), "nope") == NULL);
}

int
main(void)
{
	versions();
	inputs();
	neimenggu();
	luoyang();
	awards();
	cc_awards();
	xinxiang();
	changchun();
	local_choices();
	return T_DONE();
}
