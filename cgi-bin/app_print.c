/*
 * app_print - the printed 申请报告 (线上与线下数据应保持一致): laid out like 附件2
 * (cover, 承诺书, 实施方案), then the served enterprises in 附件3's columns and
 * the 附件4 table, for A4.  It is rendered from the version's frozen canonical
 * content, so the paper copy is exactly what was filed; every page carries
 * the verification code and a QR code for the public check.  Without a
 * submitted version it prints the current draft, marked as such.
 * 服务平台 (own) and reviewers in scope.  GET ?id=N[&v=K].
 */
#include <string.h>
#include "filing.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, IN_REQ, 1, (1LL << 53) },
	{ "v", "版本", VT_INT, 0, 1, 100000 },
	{ NULL }
};

/* canonical content -> HDF P.*: fields, enterprises (with totals), files */
static void
content_to_hdf(struct req *r, const char *content)
{
	char *s = req_strdup(r, content), *line, *save = NULL;
	char lastent[20] = "";
	int ne = -1, nf = 0;
	long long tc = 0, tk = 0, ts = 0, v;
	char m[32];

	for (line = strtok_r(s, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *eq = strchr(line, '=');
		if (!eq) continue;
		*eq = '\0';
		const char *val = content_unescape(r, eq + 1);
		if (!strncmp(line, "field.", 6))
			hset(r, req_printf(r, "P.f.%s", line + 6), val);
		else if (!strncmp(line, "ent.", 4) && strlen(line) > 23) {
			if (strncmp(line + 4, lastent, 18)) {
				snprintf(lastent, sizeof(lastent), "%.18s", line + 4);
				ne++;
				hset(r, req_printf(r, "P.ents.%d.credit_code", ne), lastent);
				hseti(r, req_printf(r, "P.ents.%d.seq", ne), ne + 1);
			}
			const char *col = line + 23;
			hset(r, req_printf(r, "P.ents.%d.%s", ne, col), val);
			if (!valid_money(val, &v)) {
				if (!strcmp(col, "contract")) tk += v;
				if (!strcmp(col, "cost")) tc += v;
				if (!strcmp(col, "subsidy")) ts += v;
			}
		} else if (!strncmp(line, "file.", 5)) {
			hset(r, req_printf(r, "P.files.%d.key", nf), line + 5);
			hset(r, req_printf(r, "P.files.%d.name", nf), val);
			nf++;
		} else
			hset(r, req_printf(r, "P.%s", line), val);
	}
	hset(r, "P.total.contract", money_fmt(tk, m, sizeof(m)));
	hset(r, "P.total.cost", money_fmt(tc, m, sizeof(m)));
	hset(r, "P.total.subsidy", money_fmt(ts, m, sizeof(m)));
	hseti(r, "P.total.count", ne + 1);
}

/* the form's blank date line when unset, else 2026 年 4 月 30 日 */
static const char *
print_date(struct req *r, const char *iso)
{
	if (!iso || strlen(iso) != 10) return "    年    月    日";
	return req_printf(r, "%.4s 年 %d 月 %d 日", iso, (iso[5] - '0') * 10 + (iso[6] - '0'),
			  (iso[8] - '0') * 10 + (iso[9] - '0'));
}

static int
handle(struct req *r)
{
	struct app_info a;
	int st;
	const char *content;

	if ((st = app_load(r, req_int(r, "id", 0), &a))) return st;
	app_to_hdf(r, &a);
	if ((st = print_content(r, &a, platform_form, &content))) return st;
	content_to_hdf(r, content);
	{
		/* "12 饲料生产专用设备制造" -> the name, for the title's "XX行业" */
		const char *si = hdf_get_value(r->hdf, "P.sub_industry", "");
		const char *sp = strchr(si, ' ');
		hset(r, "P.sub_industry_name", sp ? sp + 1 : "XX");
	}
	hset(r, "P.apply_date_cn", print_date(r, hdf_get_value(r->hdf, "P.f.apply_date", NULL)));
	hset(r, "P.pledge_date_cn", print_date(r, hdf_get_value(r->hdf, "P.f.pledge_date", NULL)));
	{
		/* 推荐单位: the 盟市 bureau, which recommends and stamps the 申请报告 (申报指南 五（三）、（四）) */
		struct dbrows *d = db_query(r, "SELECT CONCAT(c.name, '工业和信息化局'), c.name, g.name FROM regions g"
					       " JOIN regions c ON c.code = g.city_code WHERE g.code = ?",
					    DS(hdf_get_value(r->hdf, "P.f.region", "")));
		hset(r, "P.recommender", d && d->nrows ? dbv(d, 0, 0) : "");
		hset(r, "P.city", d && d->nrows ? dbv(d, 0, 1) : "XX市");
		hset(r, "P.county", d && d->nrows ? dbv(d, 0, 2) : "");
		dbrows_free(d);
	}
	for (int i = 0; platform_form[i].name; i++)
		hset(r, req_printf(r, "Labels.%s", platform_form[i].name), platform_form[i].label);
	platform_kpi_to_hdf(r);
	return page_render(r, "app_print.cs");
}

const struct page PAGE = { "app_print", M_GET, ROLE_PLATFORM | ROLE_REVIEWER | ROLE_EXPERT, 0, inputs, handle };
