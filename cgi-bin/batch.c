/*
 * batch - one 申报批次: create (GET/POST without id) or edit (?id=N).
 * 自治区 administrator.  The rule parameters default to the 申报指南's
 * values and are what every page applies; changes are audited.
 */
#include <string.h>
#include "filing.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, 0, 1, (1LL << 53) },
	{ "version", "", VT_INT, 0, 1, 1000000000 },
	{ "year", "年度", VT_INT, IN_REQ, 2020, 2100 },
	{ "title", "批次名称", VT_LINE, IN_REQ, 4, 200 },
	{ "open_date", "开始申报日期", VT_DATE, IN_REQ },
	{ "applicant_deadline", "申报截止日期", VT_DATE, IN_REQ },
	{ "county_deadline", "旗县区初审截止日期", VT_DATE, IN_REQ },
	{ "city_deadline", "盟市推荐上报截止日期", VT_DATE, IN_REQ },
	{ "min_smes", "至少服务中小企业数（家）", VT_INT, IN_REQ, 1, 1000 },
	{ "max_subind_per_city", "每个盟市细分行业数上限", VT_INT, IN_REQ, 1, 100 },
	{ "max_platforms_per_subind", "每个细分行业推荐平台数上限", VT_INT, IN_REQ, 1, 100 },
	{ "cap_platform", "每个服务平台奖补上限（万元）", VT_MONEY, IN_REQ },
	{ "cap_enterprise_pct", "每家试点企业奖补比例上限（%）", VT_INT, IN_REQ, 1, 100 },
	{ "cap_enterprise", "每家试点企业奖补上限（万元）", VT_MONEY, IN_REQ },
	{ NULL }
};

static void
defaults(struct req *r)
{
	/* the guide's values (003: 二（六）, 五（二）（三）, 附件3注) */
	hset(r, "Form.min_smes", "6");
	hset(r, "Form.max_subind_per_city", "5");
	hset(r, "Form.max_platforms_per_subind", "3");
	hset(r, "Form.cap_platform", "200");
	hset(r, "Form.cap_enterprise_pct", "20");
	hset(r, "Form.cap_enterprise", "20");
}

static int
load(struct req *r, long long id)
{
	struct batch b;
	char m[32];
	int st = batch_load(r, id, &b);
	if (st) return st;
	hsetf(r, "Form.id", "%lld", b.id);
	hseti(r, "Form.year", b.year);
	hset(r, "Form.title", b.title);
	hset(r, "Form.open_date", b.open_date);
	hset(r, "Form.applicant_deadline", b.applicant_deadline);
	hset(r, "Form.county_deadline", b.county_deadline);
	hset(r, "Form.city_deadline", b.city_deadline);
	hseti(r, "Form.min_smes", b.min_smes);
	hseti(r, "Form.max_subind_per_city", b.max_subind_per_city);
	hseti(r, "Form.max_platforms_per_subind", b.max_platforms_per_subind);
	hset(r, "Form.cap_platform", money_fmt(b.cap_platform_yuan, m, sizeof(m)));
	hseti(r, "Form.cap_enterprise_pct", b.cap_enterprise_pct);
	hset(r, "Form.cap_enterprise", money_fmt(b.cap_enterprise_yuan, m, sizeof(m)));
	struct dbrows *d = db_query(r, "SELECT version FROM batches WHERE id = ?", DI(id));
	hset(r, "Form.version", d && d->nrows ? dbv(d, 0, 0) : "1");
	dbrows_free(d);
	return 0;
}

static int
handle(struct req *r)
{
	long long id = req_int(r, "id", 0);
	long long n;
	const char *summary;

	if (r->method != M_POST) {
		if (id) { int st = load(r, id); if (st) return st; }
		else defaults(r);
		return page_render(r, "batch.cs");
	}
	{
		/* each pair is compared when both of its dates are valid: every problem shows at once */
		static const struct { const char *early, *late, *msg; } order[] = {
			{ "open_date", "applicant_deadline", "申报截止日期不能早于开始申报日期" },
			{ "applicant_deadline", "county_deadline", "旗县区初审截止日期不能早于申报截止日期" },
			{ "county_deadline", "city_deadline", "盟市推荐上报截止日期不能早于旗县区初审截止日期" },
		};
		for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++)
			if (req_str(r, order[i].early) && req_str(r, order[i].late) &&
			    req_val(r, order[i].late)->i < req_val(r, order[i].early)->i)
				req_field_error(r, order[i].late, order[i].msg);
		if (req_str(r, "cap_enterprise") && req_str(r, "cap_platform") &&
		    req_int(r, "cap_enterprise", 0) > req_int(r, "cap_platform", 0))
			req_field_error(r, "cap_enterprise", "每家试点企业的上限不能高于每个服务平台的上限");
	}
	if (req_errors(r)) return page_render_status(r, 422, "batch.cs");
	summary = req_printf(r, "%s 开始%s 截止%s/%s/%s 至少%lld家 %lld个细分行业 每行业%lld个 平台上限%lld元 企业%lld%%/%lld元",
			     req_str(r, "title"), req_str(r, "open_date"), req_str(r, "applicant_deadline"),
			     req_str(r, "county_deadline"), req_str(r, "city_deadline"), req_int(r, "min_smes", 0),
			     req_int(r, "max_subind_per_city", 0), req_int(r, "max_platforms_per_subind", 0),
			     req_int(r, "cap_platform", 0), req_int(r, "cap_enterprise_pct", 0),
			     req_int(r, "cap_enterprise", 0));
	if (db_begin(r)) return 500;
	if (!id) {
		n = db_exec(r,
			"INSERT INTO batches (programme, year, title, region_code, open_date, applicant_deadline,"
			" county_deadline, city_deadline, min_smes, max_subind_per_city, max_platforms_per_subind,"
			" cap_platform_yuan, cap_enterprise_pct, cap_enterprise_yuan)"
			" VALUES ('platform', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
			DI(req_int(r, "year", 0)), DS(req_str(r, "title")), DS(req_conf(r, "Site.ProvinceCode", "150000")),
			DS(req_str(r, "open_date")), DS(req_str(r, "applicant_deadline")), DS(req_str(r, "county_deadline")),
			DS(req_str(r, "city_deadline")), DI(req_int(r, "min_smes", 6)), DI(req_int(r, "max_subind_per_city", 5)),
			DI(req_int(r, "max_platforms_per_subind", 3)), DI(req_int(r, "cap_platform", 0)),
			DI(req_int(r, "cap_enterprise_pct", 20)), DI(req_int(r, "cap_enterprise", 0)));
		if (n != 1) return 500;
		id = db_last_id(r);
		if (audit(r, "batch.create", "batch", id, "", summary) || db_commit(r)) return 500;
		return page_flash_redirect(r, req_printf(r, "/cgi-bin/batch.cgi?id=%lld", id), "申报批次已创建。");
	}
	n = db_exec(r,
		"UPDATE batches SET year = ?, title = ?, open_date = ?, applicant_deadline = ?, county_deadline = ?,"
		" city_deadline = ?, min_smes = ?, max_subind_per_city = ?, max_platforms_per_subind = ?,"
		" cap_platform_yuan = ?, cap_enterprise_pct = ?, cap_enterprise_yuan = ?, version = version + 1"
		" WHERE id = ? AND version = ?",
		DI(req_int(r, "year", 0)), DS(req_str(r, "title")), DS(req_str(r, "open_date")),
		DS(req_str(r, "applicant_deadline")), DS(req_str(r, "county_deadline")), DS(req_str(r, "city_deadline")),
		DI(req_int(r, "min_smes", 6)), DI(req_int(r, "max_subind_per_city", 5)),
		DI(req_int(r, "max_platforms_per_subind", 3)), DI(req_int(r, "cap_platform", 0)),
		DI(req_int(r, "cap_enterprise_pct", 20)), DI(req_int(r, "cap_enterprise", 0)),
		DI(id), DI(req_int(r, "version", 0)));
	if (n < 0) return 500;
	if (n == 0) {
		db_rollback(r);
		hset(r, "Conflict", "1");
		return page_render_status(r, 409, "batch.cs");
	}
	if (audit(r, "batch.update", "batch", id, "", summary) || db_commit(r)) return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/batch.cgi?id=%lld", id), "申报批次已保存。");
}

const struct page PAGE = { "batch", M_GET | M_POST, ROLE_PROVINCE, 0, inputs, handle };
