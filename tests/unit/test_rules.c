/* Unit tests of the 附件3 subsidy rule (lib/platform.c): integer 元, floored,
 * at the boundaries the guide sets (20% of actual cost, 20万 per enterprise,
 * 200万 per platform) and one 元 either side. */
#include "programmes/platform.h"
#include "t.h"

int
main(void)
{
	struct batch b = { 0 };
	batch_param_set(&b, "cap_enterprise_pct", "20");
	batch_param_set(&b, "cap_enterprise_yuan", "200000");      /* 20万元 */
	batch_param_set(&b, "cap_platform_yuan", "2000000");       /* 200万元 */

	CHECK(subsidy_cap_yuan(&b, 0) == 0);
	CHECK(subsidy_cap_yuan(&b, 500000) == 100000);         /* 50万 -> exactly 20% = 10万 */
	CHECK(subsidy_cap_yuan(&b, 123457) == 24691);          /* 12.3457万: 24691.4 floored to the 元 */
	CHECK(subsidy_cap_yuan(&b, 4) == 0);                   /* 0.8 元 floors to 0 */
	CHECK(subsidy_cap_yuan(&b, 5) == 1);
	CHECK(subsidy_cap_yuan(&b, 999995) == 199999);         /* just under the 20万 cap */
	CHECK(subsidy_cap_yuan(&b, 1000000) == 200000);        /* 100万: 20% is exactly 20万 */
	CHECK(subsidy_cap_yuan(&b, 1000005) == 200000);        /* one step over: the cap holds */
	CHECK(subsidy_cap_yuan(&b, 2000000) == 200000);        /* 200万: 40万 capped to 20万 */
	CHECK(subsidy_cap_yuan(&b, 5000000000000LL) == 200000);/* no overflow on large costs */
	CHECK(subsidy_total_ok(&b, 2000000));                   /* exactly 200万 */
	CHECK(!subsidy_total_ok(&b, 2000001));                  /* one 元 over */
	CHECK(subsidy_total_ok(&b, 0));
	/* rules come from the batch, not from constants */
	batch_param_set(&b, "cap_enterprise_pct", "30");
	batch_param_set(&b, "cap_enterprise_yuan", "500000");
	batch_param_set(&b, "cap_platform_yuan", "1000000");
	CHECK(subsidy_cap_yuan(&b, 1000000) == 300000);
	CHECK(subsidy_cap_yuan(&b, 2000000) == 500000);
	CHECK(!subsidy_total_ok(&b, 1000001));
	{
		char code[17];
		/* verification codes: 16 Crockford base32 characters from the first 80 bits */
		code_from_sha("0000000000000000000000000000000000000000000000000000000000000000", code);
		CHECK(strcmp(code, "0000000000000000") == 0);
		code_from_sha("ffffffffffffffffffff00000000000000000000000000000000000000000000", code);
		CHECK(strcmp(code, "ZZZZZZZZZZZZZZZZ") == 0);
		code_from_sha("0842108421084210842100000000000000000000000000000000000000000000", code);
		CHECK(strcmp(code, "1111111111111111") == 0);
	}
	{
		char out[65];
		sha256_hex("abc", 3, out);
		CHECK(strcmp(out, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") == 0);
	}
	return T_DONE();
}
