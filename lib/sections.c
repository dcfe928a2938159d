/*
 * sections.c - one section of an application's form, shown and saved as a
 * draft on its own: the same page for every programme and stage (its form,
 * sections, option lists and cross-field checks come from its struct
 * stage).  A save from a stale tab is refused with the typed values kept;
 * after submission or the deadline the section is read-only.
 */
#include <string.h>
#include "programme.h"
#include "workflow.h"

const struct input section_inputs[] = {
	{ "id", "编号", VT_INT, IN_REQ, 1, (1LL << 53) },
	{ "section", "部分", VT_KEY, IN_REQ, 0, 16 },
	{ "sv", "", VT_INT, 0, 1, 1000000000 },
	{ "then", "保存并下一步", VT_KEY, 0, 0, 16 },
	{ NULL }
};

const char *
section_title(const struct stage *st, const char *key)
{
	for (int i = 0; key && st->sections[i].key; i++)
		if (!strcmp(st->sections[i].key, key)) return st->sections[i].title;
	return NULL;
}

/* Facts.N.{label,value}: what a section shows and is not typed (the registered name, ...) */
void
section_fact(struct req *r, const char *label, const char *value)
{
	HDF *f = hdf_get_obj(r->hdf, "Facts");
	int n = 0;
	for (f = f ? hdf_obj_child(f) : NULL; f; f = hdf_obj_next(f)) n++;
	hset(r, req_printf(r, "Facts.%d.label", n), label);
	hset(r, req_printf(r, "Facts.%d.value", n), value);
}

/* SectionList.N.key/.title: the parts of a stage's form, for the tabs and the overview */
void
section_list_to_hdf(struct req *r, const struct section *s)
{
	for (int i = 0; s[i].key; i++) {
		hset(r, req_printf(r, "SectionList.%d.key", i), s[i].key);
		hset(r, req_printf(r, "SectionList.%d.title", i), s[i].title);
	}
}

void
section_status_to_hdf(struct req *r, const struct app_info *a, const struct problem *ps, int n)
{
	int done = 0, k;

	for (k = 0; a->st->sections[k].key; k++) {
		const char *key = a->st->sections[k].key;
		const char *mark = req_printf(r, "section=%s#", key);
		int ok = *hdf_get_value(r->hdf, req_printf(r, "Sections.%s.saved_at", key), "") != '\0';
		for (int i = 0; ok && i < n; i++)
			if (ps[i].anchor && strstr(ps[i].anchor, mark)) ok = 0;
		hseti(r, req_printf(r, "Sections.%s.done", key), ok);
		if (ok) done++;
		if (a->st->sections[k + 1].key) hset(r, req_printf(r, "Sections.%s.next", key), a->st->sections[k + 1].key);
	}
	hseti(r, "SectionsDone", done);
	hseti(r, "SectionsTotal", k);
}

/* the application named by ?id=, on its programme's own section page: its stage's form (page.form_for) */
const struct input *
section_form(struct req *r)
{
	struct app_info *a = req_alloc(r, sizeof(*a));
	if (app_open(r, req_int(r, "id", 0), a) || strcmp(a->p->edit_page, r->page->name) ||
	    !section_title(a->st, req_str(r, "section")))
		return NULL;
	r->ctx = a;
	return a->st->form;
}

int
key_in_set(const char *set, const char *key)
{
	size_t n = strlen(key);
	for (const char *p = set; p && *p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
		if (!strncmp(p, key, n) && (p[n] == ',' || !p[n])) return 1;
	return 0;
}

int
choice_chosen(struct req *r, const char *field, const char *key, int sent)
{
	if (sent) {
		const struct val *x = req_val(r, field);
		for (int k = 0; x && k < x->nmulti; k++)
			if (!strcmp(x->multi[k], key)) return 1;
		return x && !x->nmulti && x->s && !strcmp(x->s, key);     /* a single choice */
	}
	return key_in_set(hdf_get_value(r->hdf, req_printf(r, "Form.%s", field), ""), key);
}

static int
render(struct req *r, const struct app_info *a, const char *section, int status)
{
	const struct programme *p = a->p;
	const struct stage *sg = a->st;
	int k = 0, st;
	static const char *const types[] = { [VT_LINE] = "line", [VT_TEXT] = "text", [VT_INT] = "int",
		[VT_DATE] = "date", [VT_PHONE] = "tel", [VT_MOBILE] = "tel", [VT_REGION] = "region", [VT_BOOL] = "bool",
		[VT_DECIMAL] = "decimal", [VT_MONEY] = "money", [VT_KEY] = "choice" };
	int post = r->method == M_POST;

	app_show(r, a);
	section_versions_to_hdf(r, a->id);
	hset(r, "Section.key", section);
	hset(r, "Section.title", section_title(sg, section));
	hset(r, "Section.overview", p->overview);
	section_list_to_hdf(r, sg->sections);
	{
		struct problem *ps;
		int n = check_run(r, a, &ps);
		if (n < 0) return 500;
		section_status_to_hdf(r, a, ps, n);
	}
	if (a->b.applicant_deadline[0]) {
		struct dbrows *d = db_query(r, "SELECT DATEDIFF(?, CURDATE())", DS(a->b.applicant_deadline));
		if (d && d->nrows) hset(r, "Batch.days_left", dbv(d, 0, 0));
	}
	for (int i = 0; sg->form[i].name; i++) {
		const struct input *in = &sg->form[i];
		const char *q;
		if (strcmp(in->section, section)) continue;
		q = req_printf(r, "Fields.%d", k++);
		hset(r, req_printf(r, "%s.name", q), in->name);
		hset(r, req_printf(r, "%s.label", q), in->label);
		hset(r, req_printf(r, "%s.type", q), (size_t)in->type < sizeof(types) / sizeof(types[0]) && types[in->type]
						       ? types[in->type] : "line");
		if (in->max) hsetf(r, req_printf(r, "%s.max", q), "%lld", in->max);
		if (in->type == VT_TEXT) hseti(r, req_printf(r, "%s.rows", q), in->max > 500 ? 8 : 6);
		if (in->hint) hset(r, req_printf(r, "%s.hint", q), in->hint);
		hseti(r, req_printf(r, "%s.submit", q), (in->flags & IN_SUBMIT) != 0);
		/* a multiple choice (IN_MULTI): check boxes, those of the saved (or sent) set ticked */
		if (in->type == VT_KEY && (in->flags & IN_MULTI)) hset(r, req_printf(r, "%s.type", q), "choices");
		for (const struct choice *c = sg->choices; in->type == VT_KEY && c && c->field; c++)
			if (!strcmp(c->field, in->name))
				for (int o = 0; c->opts[o]; o += 2) {
					hset(r, req_printf(r, "%s.options.%d.key", q, o / 2), c->opts[o]);
					hset(r, req_printf(r, "%s.options.%d.label", q, o / 2), c->opts[o + 1]);
					if ((in->flags & IN_MULTI) && choice_chosen(r, in->name, c->opts[o], post))
						hseti(r, req_printf(r, "%s.options.%d.on", q, o / 2), 1);
				}
	}
	if (sg->section_hdf && (st = sg->section_hdf(r, a, section))) return st;
	if (p->region_field) {
		/* shown as registered; what the form holds is the account's region, whatever was typed */
		struct dbrows *d = db_query(r, "SELECT CONCAT(COALESCE(c.name, ''), ' ', g.name) FROM regions g"
					       " LEFT JOIN regions c ON c.code = g.city_code AND c.code <> g.code WHERE g.code = ?",
					    DS(a->region));
		if (!d) return 500;
		hset(r, "Derived.region_name", d->nrows ? dbv(d, 0, 0) : "（注册信息中未登记，请联系管理员）");
		hset(r, req_printf(r, "Locked.%s", p->region_field), "1");
		hset(r, req_printf(r, "Form.%s", p->region_field), a->region);
	}
	return page_render_status(r, status, sg->edit_template ? sg->edit_template : "stage_edit.cs");
}

/* what a save stores, field by field (form order): the value as validated (a code, a decimal, an amount
 * in its normal form), a multiple choice as its keys joined by commas, the registered region whatever was sent */
static const char *const *
section_values(struct req *r, const struct app_info *a)
{
	const struct input *form = a->st->form;
	int n = 0;
	const char **v;

	while (form[n].name) n++;
	v = req_alloc(r, sizeof(*v) * (size_t)(n + 1));
	for (int i = 0; i < n; i++) {
		const struct val *x = req_val(r, form[i].name);
		v[i] = x && x->s ? x->s : NULL;
		if (x && (form[i].flags & IN_MULTI)) {
			const char *set = "";
			for (int k = 0; k < x->nmulti; k++)
				if (*x->multi[k] && !key_in_set(set, x->multi[k]))
					set = *set ? req_printf(r, "%s,%s", set, x->multi[k]) : x->multi[k];
			v[i] = *set ? set : NULL;
		}
		if (a->p->region_field && !strcmp(form[i].name, a->p->region_field)) v[i] = a->region;
	}
	return v;
}

int
section_page(struct req *r)
{
	struct app_info *ap = r->ctx, a;
	const char *section = req_str(r, "section");
	int st, party;

	if (!ap) return 404;
	a = *ap;
	/* the project's party (the 服务商) edits its sections while the applicant may edit */
	if ((party = party_editor(r, &a))) {
		a.editable = party_section(&a, section) && (!strcmp(a.state, "draft") || !strcmp(a.state, "returned"));
		hseti(r, "Party.editor", 1);
		hseti(r, "Party.mine", party_section(&a, section));
	}
	if (r->method != M_POST) {
		if (fields_to_hdf(r, a.id, "Form")) return 500;
		return render(r, &a, section, 200);
	}
	if (party && !party_section(&a, section)) return 403;
	if (!a.editable) {
		hset(r, "Refused", a.b.past_deadline && !a.later_stage
		     ? req_printf(r, "申报已于%s截止，不能再修改。", cn_date(r, a.b.applicant_deadline))
		     : "已提交，不能修改。如需修改，请在审核人员受理前撤回。");
		return render(r, &a, section, 409);
	}
	/* the reviewing county is the registered one (申报指南 四（一）): an applicant cannot choose it */
	if (a.p->region_field && req_str(r, a.p->region_field) && strcmp(req_str(r, a.p->region_field), a.region))
		req_field_error(r, a.p->region_field, req_printf(r, "所在%s以注册登记的所在地为准，决定由哪里的工信部门初审，不能在此更改；如需变更请联系管理员。",
								 a.p->county_level));
	/* a choice is one of its options (each of a multiple choice's) */
	for (const struct choice *c = a.st->choices; c && c->field; c++) {
		const struct val *x = req_val(r, c->field);
		for (int k = 0; x && k < (x->nmulti ? x->nmulti : 1); k++) {
			const char *v = x->nmulti ? x->multi[k] : x->s;
			if (v && *v && !choice_label(a.st, c->field, v)) {
				req_field_error(r, c->field, "请从列出的选项中选择");
				break;
			}
		}
	}
	if (a.st->section_validate) a.st->section_validate(r, &a, section);
	if (req_errors(r)) return render(r, &a, section, 422);
	if ((st = party ? app_begin_party_edit(r, &a, role_key(r->s.role)) : app_begin_edit(r, &a)) == 409) {
		hset(r, "Refused", "已提交（或申报已截止），未保存。您填写的内容保留在下方。");
		return render(r, &a, section, 409);
	}
	if (st) return st;
	st = section_save(r, a.id, a.st->form, section, req_int(r, "sv", 0), section_values(r, &a));
	if (st == 409) {
		db_rollback(r);
		hset(r, "Conflict", "1");
		hset(r, "Form.sv", "");   /* a second save, after checking, is deliberate */
		return render(r, &a, section, 409);
	}
	if (st) return st;
	/* a party's save waits for the applicant's confirmation (its own save of the section); the applicant is told */
	const char *stitle = section_title(a.st, section) ? section_title(a.st, section) : "";
	if (a.st->party_sections &&
	    (db_exec(r, "UPDATE app_sections SET party_saved_by = IF(? = 0, NULL, ?) WHERE application_id = ? AND section = ?",
		     DI(party ? r->s.account_id : 0), DI(party ? r->s.account_id : 0), DI(a.id), DS(section)) < 0 ||
	     (party && notify(r, a.account_id, a.id, req_printf(r, "待确认：%s修改了“%s”", r->s.display, stitle),
			      req_printf(r, "%s修改了%s的“%s”（本部分由企业与服务商共同填写）。请核对后保存该部分以确认，确认后方可提交。",
					 r->s.display, a.st->title, stitle)))))
		return 500;
	if (a.st->section_saved && a.st->section_saved(r, &a, section)) return 500;
	if (audit(r, "application.save", "application", a.id, "", section_title(a.st, section)) || db_commit(r)) return 500;
	/* 保存并下一步: the section named, when it is one of the stage's */
	const char *go = req_str(r, "then") && section_title(a.st, req_str(r, "then")) ? req_str(r, "then") : section;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/%s.cgi?id=%lld&section=%s", a.p->edit_page, a.id, go),
				   req_printf(r, "“%s”已保存为草稿。", section_title(a.st, section)));
}
