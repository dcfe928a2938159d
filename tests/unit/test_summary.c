/* Unit tests of the 汇总表 arithmetic (lib/summary.c): grouping by platform,
 * subtotals and totals in integer 元, the rule flags, rounding to 万元 for
 * display, CSV neutralisation. */
#include <stdlib.h>
#include "summary.h"
#include "t.h"

int
main(void)
{
	struct summary s = { 0 };
	struct batch b = { 0 };
	char buf[64];
	STRING o;

	batch_param_set(&b, "min_smes", "2");
	batch_param_set(&b, "cap_enterprise_pct", "20");
	batch_param_set(&b, "cap_enterprise_yuan", "200000");
	batch_param_set(&b, "cap_platform_yuan", "2000000");

	/* platform 10: two enterprises; platform 11: none; platform 12: one over the cap */
	CHECK(summary_add(&s, 10, "甲", 123457, 24691) == 0);
	CHECK(summary_add(&s, 10, "乙", 500000, 100000) == 0);
	CHECK(summary_add(&s, 11, NULL, 0, 0) == 0);
	CHECK(summary_add(&s, 12, "丙", 1000000, 200001) == 0);
	CHECK(s.ngroups == 3 && s.nrows == 3);
	CHECK(s.groups[0].n == 2 && s.groups[0].cost == 623457 && s.groups[0].subsidy == 124691);
	CHECK(s.groups[1].n == 0 && s.groups[1].cost == 0);
	CHECK(s.groups[2].first == 2 && s.groups[2].n == 1);
	CHECK(s.cost == 1623457 && s.subsidy == 324692);
	summary_flags(&s, &b);
	CHECK(!s.rows[0].over_cap && !s.rows[1].over_cap);
	CHECK(s.rows[2].over_cap && s.rows[2].cap == 200000);
	CHECK(!s.groups[0].few && s.groups[1].few && s.groups[2].few);
	CHECK(s.flagged == 3);                          /* one row over its cap, two platforms too few */
	/* a platform total one 元 over 200万 is flagged */
	{
		struct summary t = { 0 };
		for (int i = 0; i < 10; i++) summary_add(&t, 7, "x", 1000000, 200000);
		summary_flags(&t, &b);
		CHECK(t.groups[0].subsidy == 2000000 && !t.groups[0].over_total);
		summary_add(&t, 7, "y", 5, 1);
		summary_flags(&t, &b);
		CHECK(t.groups[0].over_total);
		summary_free(&t);
	}
	summary_free(&s);
	CHECK(s.rows == NULL && s.ngroups == 0);

	/* rounding 元 to 万元 for display, half away from zero */
	CHECK(!strcmp(money_round_fmt(123450, 2, buf, sizeof(buf)), "12.35"));
	CHECK(!strcmp(money_round_fmt(123449, 2, buf, sizeof(buf)), "12.34"));
	CHECK(!strcmp(money_round_fmt(5000, 0, buf, sizeof(buf)), "1"));
	CHECK(!strcmp(money_round_fmt(4999, 0, buf, sizeof(buf)), "0"));
	CHECK(!strcmp(money_round_fmt(-123450, 2, buf, sizeof(buf)), "-12.35"));
	CHECK(!strcmp(money_round_fmt(123456, 4, buf, sizeof(buf)), "12.3456"));
	CHECK(!strcmp(money_round_fmt(99995, 2, buf, sizeof(buf)), "10.00"));

	/* CSV: quoted, quotes doubled, formula starters in text neutralised; numbers (a loss: -12.5) stay numbers */
	string_init(&o);
	csv_field(&o, "=HYPERLINK(\"x\")", 0);
	csv_field(&o, "+1", 0);
	csv_field(&o, "-2+3", 0);
	csv_field(&o, "@SUM", 0);
	csv_field(&o, "正常", 1);
	CHECK(!strcmp(o.buf, "\"'=HYPERLINK(\"\"x\"\")\",\"'+1\",\"'-2+3\",\"'@SUM\",\"正常\"\r\n"));
	string_clear(&o);
	string_init(&o);
	csv_field(&o, "-12.5", 0);
	csv_field(&o, "-2", 0);
	csv_field(&o, "0.0250", 0);
	csv_field(&o, "-", 0);
	csv_field(&o, "-.5", 0);
	csv_field(&o, "-1.", 0);
	csv_field(&o, "-1e5", 1);
	CHECK(!strcmp(o.buf, "\"-12.5\",\"-2\",\"0.0250\",\"'-\",\"'-.5\",\"'-1.\",\"'-1e5\"\r\n"));
	string_clear(&o);
	return T_DONE();
}
