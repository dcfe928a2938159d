/*
 * app_edit - one section of the 申请报告 (基本信息, 申报细分行业, 申报条件,
 * 承诺书, 实施方案, 绩效评价目标表), saved as a draft on its own.
 * 服务平台 (its own application; read-only once submitted or past the
 * deadline) and reviewers in scope (read-only).  GET ?id=N&section=K; POST
 * saves the section under its version: a save from a stale tab is refused
 * with the typed values kept, never merged silently.
 */
#include <string.h>
#include "filing.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, IN_REQ, 1, (1LL << 53) },
	{ "section", "部分", VT_KEY, IN_REQ, 0, 16 },
	{ "sv", "", VT_INT, 0, 1, 1000000000 },
	{ NULL }
};

static const char *
section_title(const char *key)
{
	for (int i = 0; platform_sections[i].key; i++)
		if (!strcmp(platform_sections[i].key, key)) return platform_sections[i].title;
	return NULL;
}

static int
render(struct req *r, const struct app_info *a, const char *section, int status)
{
	int k = 0;
	static const char *const types[] = { [VT_LINE] = "line", [VT_TEXT] = "text", [VT_INT] = "int",
		[VT_DATE] = "date", [VT_PHONE] = "tel", [VT_REGION] = "region", [VT_BOOL] = "bool",
		[VT_DECIMAL] = "decimal" };

	app_to_hdf(r, a);
	section_versions_to_hdf(r, a->id);
	hset(r, "Section.key", section);
	hset(r, "Section.title", section_title(section));
	for (int i = 0; platform_sections[i].key; i++) {
		hset(r, req_printf(r, "SectionList.%d.key", i), platform_sections[i].key);
		hset(r, req_printf(r, "SectionList.%d.title", i), platform_sections[i].title);
	}
	for (int i = 0; platform_form[i].name; i++) {
		const struct input *in = &platform_form[i];
		const char *p;
		if (strcmp(in->section, section)) continue;
		p = req_printf(r, "Fields.%d", k++);
		hset(r, req_printf(r, "%s.name", p), in->name);
		hset(r, req_printf(r, "%s.label", p), in->label);
		hset(r, req_printf(r, "%s.type", p), in->type < (int)(sizeof(types) / sizeof(types[0])) && types[in->type]
						       ? types[in->type] : "line");
		if (in->max) hsetf(r, req_printf(r, "%s.max", p), "%lld", in->max);
		if (in->hint) hset(r, req_printf(r, "%s.hint", p), in->hint);
		hseti(r, req_printf(r, "%s.submit", p), (in->flags & IN_SUBMIT) != 0);
	}
	if (!strcmp(section, "basic")) {
		if (regions_to_hdf(r, a->b.region)) return 500;
		/* 推荐单位: the county bureau, derived from 所在旗县区 */
		struct dbrows *d = db_query(r, "SELECT display_name FROM accounts a JOIN account_scopes s ON s.account_id = a.id"
					       " WHERE a.role = 'county' AND s.region_code = ? AND a.status = 'active' ORDER BY a.id LIMIT 1",
					    DS(a->region));
		hset(r, "Derived.recommender", d && d->nrows ? dbv(d, 0, 0) : "");
		dbrows_free(d);
	}
	if (!strcmp(section, "industry")) {
		struct dbrows *d = db_query(r, "SELECT seq, category, name FROM sub_industries ORDER BY seq");
		static const char *const names[] = { "seq", "category", "name", NULL };
		db_to_hdf(r, d, "SubInd", names);
		dbrows_free(d);
	}
	if (!strcmp(section, "conditions")) {
		struct dbrows *d = db_query(r, "SELECT COUNT(*) FROM app_enterprises WHERE application_id = ?", DI(a->id));
		hseti(r, "Derived.smes", d && d->nrows ? dbi(d, 0, 0) : 0);
		dbrows_free(d);
	}
	if (!strcmp(section, "kpi")) platform_kpi_to_hdf(r);
	return page_render_status(r, status, "app_edit.cs");
}

static int
handle(struct req *r)
{
	struct app_info a;
	const char *section = req_str(r, "section");
	int st;

	if (!section || !section_title(section)) return 404;
	if ((st = app_load(r, req_int(r, "id", 0), &a))) return st;
	if (r->method != M_POST) {
		if (fields_to_hdf(r, a.id, "Form")) return 500;
		return render(r, &a, section, 200);
	}
	if (!a.editable) {
		hset(r, "Refused", a.b.past_deadline ? req_printf(r, "申报已于%s截止，申请报告不能再修改。", cn_date(r, a.b.applicant_deadline))
						      : "申请报告已提交，不能修改。如需修改，请在审核人员受理前撤回。");
		return render(r, &a, section, 409);
	}
	if (!strcmp(section, "basic") && req_str(r, "region") && !region_is_county_of(r, req_str(r, "region"), a.b.region))
		req_field_error(r, "region", "所在旗县区须在本自治区范围内（申报条件（一））");
	if (req_errors(r)) return render(r, &a, section, 422);
	if (db_begin(r)) return 500;
	st = section_save(r, a.id, platform_form, section, req_int(r, "sv", 0));
	if (st == 409) {
		db_rollback(r);
		hset(r, "Conflict", "1");
		hset(r, "Form.sv", "");   /* a second save, after checking, is deliberate */
		return render(r, &a, section, 409);
	}
	if (st) return st;
	if (!strcmp(section, "basic") && db_exec(r, "UPDATE applications SET region_code = ? WHERE id = ?",
						  req_str(r, "region") ? DS(req_str(r, "region")) : DNULL, DI(a.id)) < 0)
		return 500;
	if (!strcmp(section, "industry") && db_exec(r, "UPDATE applications SET sub_industry = ? WHERE id = ?",
						     req_str(r, "sub_industry") ? DI(req_int(r, "sub_industry", 0)) : DNULL,
						     DI(a.id)) < 0)
		return 500;
	if (audit(r, "application.save", "application", a.id, "", section) || db_commit(r)) return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/app_edit.cgi?id=%lld&section=%s", a.id, section),
				   req_printf(r, "“%s”已保存为草稿。", section_title(section)));
}

const struct page PAGE = { "app_edit", M_GET | M_POST, ROLE_PLATFORM | ROLE_REVIEWER | ROLE_EXPERT, 0, inputs, handle,
			   platform_form };
