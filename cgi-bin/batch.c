/*
 * batch - one 申报批次: create (GET/POST without id) or edit (?id=N).
 * The 自治区 administrator runs the platform programme over the province; a
 * 市 bureau (洛阳市工信局 with 财政局) runs the enterprise programme over its
 * city: its 4 pilot industries, the data year of the figures, and each 县区's
 * recommendation quota (附件2).  The rule parameters default to the guides'
 * values and are what every page applies; changes are audited.
 */
#include <string.h>
#include "programme.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, 0, 1, (1LL << 53) },
	{ "version", "", VT_INT, 0, 1, 1000000000 },
	{ "year", "年度", VT_INT, IN_REQ, 2020, 2100 },
	{ "title", "批次名称", VT_LINE, IN_REQ, 4, 200 },
	{ "open_date", "开始申报日期", VT_DATE, IN_REQ },
	{ "applicant_deadline", "申报截止日期", VT_DATE, IN_REQ },
	{ "county_deadline", "旗县区初审截止日期", VT_DATE, IN_REQ },
	{ "city_deadline", "盟市推荐上报截止日期", VT_DATE, IN_REQ },
	{ "min_smes", "至少服务中小企业数（家）", VT_INT, IN_REQ, 0, 1000 },
	{ "max_subind_per_city", "每个盟市细分行业数上限", VT_INT, IN_REQ, 1, 100 },
	{ "max_platforms_per_subind", "每个细分行业推荐平台数上限", VT_INT, IN_REQ, 1, 100 },
	{ "cap_platform", "每个服务平台奖补上限（万元）", VT_MONEY, IN_REQ },
	{ "cap_enterprise_pct", "每家试点企业奖补比例上限（%）", VT_INT, IN_REQ, 1, 100 },
	{ "cap_enterprise", "每家试点企业奖补上限（万元）", VT_MONEY, IN_REQ },
	{ "data_year", "生产经营数据年度", VT_INT, 0, 2000, 2100 },
	{ "industries", "试点行业（每行一个，共4个）", VT_TEXT, 0, 0, 400 },
	{ "quota_county", "县区", VT_REGION, IN_MULTI },
	{ "quota", "推荐企业数量", VT_INT, IN_MULTI, 0, 10000 },
	{ NULL }
};

/* the enterprise programme is its city's; the platform programme the province's */
static int
enterprise_role(struct req *r)
{
	return r->s.role == ROLE_CITY;
}

/* "a\nb\nc\nd" -> "a|b|c|d"; NULL unless exactly four non-empty lines */
static const char *
industries_of(struct req *r, const char *text)
{
	char *t = req_strdup(r, text ? text : ""), *save = NULL;
	const char *out = "";
	int n = 0;
	for (char *l = strtok_r(t, "\r\n", &save); l; l = strtok_r(NULL, "\r\n", &save)) {
		while (*l == ' ') l++;
		if (!*l) continue;
		if (strchr(l, '|')) return NULL;
		out = n ? req_printf(r, "%s|%s", out, l) : req_strdup(r, l);
		n++;
	}
	return n == 4 ? out : NULL;
}

static int
quotas_to_hdf(struct req *r, long long batch_id)
{
	struct dbrows *d = db_query(r,
		"SELECT g.code, g.name, COALESCE(q.quota, '') FROM regions g"
		" LEFT JOIN rec_quotas q ON q.region_code = g.code AND q.batch_id = ?"
		" WHERE g.level = 'county' AND g.city_code = ? ORDER BY g.sort", DI(batch_id), DS(scope_code(r)));
	static const char *const names[] = { "code", "name", "quota", NULL };
	if (!d) return -1;
	db_to_hdf(r, d, "Quotas", names);
	dbrows_free(d);
	return 0;
}

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
	/* a batch is managed by who runs its programme, over its region */
	if (strcmp(b.programme, enterprise_role(r) ? "enterprise" : "platform") || strcmp(b.region, scope_code(r))) return 404;
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
	struct dbrows *d = db_query(r, "SELECT version, COALESCE(data_year, ''), REPLACE(industries, '|', '\n') FROM batches WHERE id = ?", DI(id));
	hset(r, "Form.version", d && d->nrows ? dbv(d, 0, 0) : "1");
	hset(r, "Form.data_year", d && d->nrows ? dbv(d, 0, 1) : "");
	hset(r, "Form.industries", d && d->nrows ? dbv(d, 0, 2) : "");
	dbrows_free(d);
	return 0;
}

/* the 县区 quotas of an enterprise batch, replaced as a whole (in the caller's transaction) */
static int
save_quotas(struct req *r, long long id)
{
	const struct val *qc = req_val(r, "quota_county"), *qq = req_val(r, "quota");
	if (!enterprise_role(r)) return 0;
	if (db_exec(r, "DELETE FROM rec_quotas WHERE batch_id = ?", DI(id)) < 0) return -1;
	for (int i = 0; qc && qq && i < qc->nmulti && i < qq->nmulti; i++) {
		long long q;
		if (!qq->multi[i][0] || valid_int(qq->multi[i], 0, 10000, &q)) continue;
		if (db_exec(r, "INSERT INTO rec_quotas (batch_id, region_code, quota)"
			       " SELECT ?, code, ? FROM regions WHERE code = ? AND level = 'county' AND city_code = ?",
			    DI(id), DI(q), DS(qc->multi[i]), DS(scope_code(r))) < 0)
			return -1;
	}
	return 0;
}

static int
handle(struct req *r)
{
	long long id = req_int(r, "id", 0);
	long long n;
	const char *summary;

	hseti(r, "Batch.enterprise", enterprise_role(r));
	if (enterprise_role(r) && quotas_to_hdf(r, id)) return 500;
	if (r->method != M_POST) {
		if (id) { int st = load(r, id); if (st) return st; }
		else defaults(r);
		if (!id && enterprise_role(r)) hset(r, "Form.min_smes", "0");
		return page_render(r, "batch.cs");
	}
	if (id) {
		struct batch cur;
		int st = batch_load(r, id, &cur);
		if (st) return st;
		if (strcmp(cur.programme, enterprise_role(r) ? "enterprise" : "platform") || strcmp(cur.region, scope_code(r)))
			return 404;
	}
	const char *industries = "";
	if (!enterprise_role(r) && req_str(r, "min_smes") && req_int(r, "min_smes", 0) < 1)
		req_field_error(r, "min_smes", "服务平台至少服务1家中小企业（申报条件（六））");
	if (enterprise_role(r)) {
		if (!req_str(r, "data_year")) req_field_error(r, "data_year", "请填写生产经营数据的年度，例如 2024");
		if (!(industries = industries_of(r, req_str(r, "industries"))))
			req_field_error(r, "industries", "请填写4个试点行业，每行一个（不含“|”）");
		const struct val *qc = req_val(r, "quota_county"), *qq = req_val(r, "quota");
		if (!qc || !qq || qc->nmulti != qq->nmulti || (qq->err && strcmp(qq->err, "")))
			req_field_error(r, "quota", "推荐企业数量应为非负整数");
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
	if (req_errors(r)) {
		/* keep the quotas as typed */
		const struct val *qc = req_val(r, "quota_county"), *qq = req_val(r, "quota");
		for (HDF *o = hdf_get_child(r->hdf, "Quotas"); o && qc && qq; o = hdf_obj_next(o))
			for (int i = 0; i < qc->nmulti && i < qq->nmulti; i++)
				if (!strcmp(hdf_get_value(o, "code", ""), qc->multi[i])) hdf_set_value(o, "quota", qq->multi[i]);
		return page_render_status(r, 422, "batch.cs");
	}
	summary = req_printf(r, "%s 开始%s 截止%s/%s/%s 至少%lld家 %lld个细分行业 每行业%lld个 平台上限%lld元 企业%lld%%/%lld元",
			     req_str(r, "title"), req_str(r, "open_date"), req_str(r, "applicant_deadline"),
			     req_str(r, "county_deadline"), req_str(r, "city_deadline"), req_int(r, "min_smes", 0),
			     req_int(r, "max_subind_per_city", 0), req_int(r, "max_platforms_per_subind", 0),
			     req_int(r, "cap_platform", 0), req_int(r, "cap_enterprise_pct", 0),
			     req_int(r, "cap_enterprise", 0));
	if (db_begin(r)) return 500;
	if (!id) {
		n = db_exec(r,
			"INSERT INTO batches (programme, year, data_year, industries, title, region_code, open_date, applicant_deadline,"
			" county_deadline, city_deadline, min_smes, max_subind_per_city, max_platforms_per_subind,"
			" cap_platform_yuan, cap_enterprise_pct, cap_enterprise_yuan)"
			" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
			DS(enterprise_role(r) ? "enterprise" : "platform"), DI(req_int(r, "year", 0)),
			req_str(r, "data_year") ? DI(req_int(r, "data_year", 0)) : DNULL, DS(industries),
			DS(req_str(r, "title")), DS(scope_code(r)),
			DS(req_str(r, "open_date")), DS(req_str(r, "applicant_deadline")), DS(req_str(r, "county_deadline")),
			DS(req_str(r, "city_deadline")), DI(req_int(r, "min_smes", 6)), DI(req_int(r, "max_subind_per_city", 5)),
			DI(req_int(r, "max_platforms_per_subind", 3)), DI(req_int(r, "cap_platform", 0)),
			DI(req_int(r, "cap_enterprise_pct", 20)), DI(req_int(r, "cap_enterprise", 0)));
		if (n != 1) return 500;
		id = db_last_id(r);
		if (save_quotas(r, id) || audit(r, "batch.create", "batch", id, "", summary) || db_commit(r)) return 500;
		return page_flash_redirect(r, req_printf(r, "/cgi-bin/batch.cgi?id=%lld", id), "申报批次已创建。");
	}
	n = db_exec(r,
		"UPDATE batches SET year = ?, title = ?, open_date = ?, applicant_deadline = ?, county_deadline = ?,"
		" city_deadline = ?, min_smes = ?, max_subind_per_city = ?, max_platforms_per_subind = ?,"
		" cap_platform_yuan = ?, cap_enterprise_pct = ?, cap_enterprise_yuan = ?, data_year = ?,"
		" industries = ?, version = version + 1 WHERE id = ? AND version = ?",
		DI(req_int(r, "year", 0)), DS(req_str(r, "title")), DS(req_str(r, "open_date")),
		DS(req_str(r, "applicant_deadline")), DS(req_str(r, "county_deadline")), DS(req_str(r, "city_deadline")),
		DI(req_int(r, "min_smes", 6)), DI(req_int(r, "max_subind_per_city", 5)),
		DI(req_int(r, "max_platforms_per_subind", 3)), DI(req_int(r, "cap_platform", 0)),
		DI(req_int(r, "cap_enterprise_pct", 20)), DI(req_int(r, "cap_enterprise", 0)),
		req_str(r, "data_year") ? DI(req_int(r, "data_year", 0)) : DNULL, DS(industries),
		DI(id), DI(req_int(r, "version", 0)));
	if (n < 0) return 500;
	if (n == 0) {
		db_rollback(r);
		hset(r, "Conflict", "1");
		return page_render_status(r, 409, "batch.cs");
	}
	if (save_quotas(r, id) || audit(r, "batch.update", "batch", id, "", summary) || db_commit(r)) return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/batch.cgi?id=%lld", id), "申报批次已保存。");
}

const struct page PAGE = { "batch", M_GET | M_POST, ROLE_PROVINCE | ROLE_CITY, 0, inputs, handle };
