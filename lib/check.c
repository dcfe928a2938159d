/*
 * check.c - the building blocks of a stage's 校验: the saved fields, one
 * problem after another (each linking to where it is fixed and citing its
 * rule), and the check every stage starts from -- each field its form
 * needs before submission, in form order.  A stage without a check of its
 * own gets stage_check().
 */
#include <string.h>
#include "programme.h"

int
check_begin(struct req *r, const struct app_info *a, struct checklist *c)
{
	*c = (struct checklist){ .r = r, .a = a };
	c->fields = db_query(r, "SELECT name, value FROM app_fields WHERE application_id = ?", DI(a->id));
	return c->fields ? 0 : -1;
}

const char *
check_value(const struct checklist *c, const char *name)
{
	return fields_value(c->fields, name);
}

void
check_add(struct checklist *c, const char *anchor, const char *msg)
{
	struct problem *np = req_alloc(c->r, sizeof(*np) * (size_t)(c->n + 1));
	if (c->n) memcpy(np, c->ps, sizeof(*np) * (size_t)c->n);
	np[c->n] = (struct problem){ anchor, msg };
	c->ps = np;
	c->n++;
}

const char *
check_at(const struct checklist *c, const char *section, const char *field)
{
	return req_printf(c->r, "/cgi-bin/%s.cgi?id=%lld&section=%s#f-%s", c->a->p->edit_page, c->a->id, section, field);
}

void
check_required(struct checklist *c, const char *(*phrase)(struct checklist *c, const struct input *in))
{
	for (const struct input *in = c->a->st->form; in->name; in++) {
		const char *msg = NULL;
		if (!(in->flags & IN_SUBMIT) || check_value(c, in->name)[0]) continue;
		if (phrase && !(msg = phrase(c, in))) continue;
		if (!msg || !*msg)
			msg = req_printf(c->r, "请填写%s（%s）", in->label, section_title(c->a->st, in->section));
		check_add(c, check_at(c, in->section, in->name), msg);
	}
}

int
check_files(struct checklist *c)
{
	for (const struct file_kind *k = c->a->st->files; k && k->key; k++) {
		struct dbrows *d;
		if (!k->clause) continue;
		d = db_query(c->r, "SELECT COUNT(*) FROM attachments WHERE application_id = ? AND enterprise_id IS NULL AND kind = ?",
			     DI(c->a->id), DS(k->key));
		if (!d || !d->nrows) return -1;
		if (!dbi(d, 0, 0))
			check_add(c, req_printf(c->r, "/cgi-bin/app_files.cgi?id=%lld#f-%s", c->a->id, k->key),
				  req_printf(c->r, "请上传%s（%s）", k->what, k->clause));
	}
	return 0;
}

int
check_end(struct checklist *c, struct problem **out)
{
	*out = c->ps;
	return c->n;
}

int
stage_check(struct req *r, const struct app_info *a, struct problem **out)
{
	struct checklist c;
	if (check_begin(r, a, &c)) return -1;
	check_required(&c, NULL);
	return check_end(&c, out);
}

int
party_editor(struct req *r, const struct app_info *a)
{
	return a->st->party_sections && a->st->party_role == r->s.role && !a->owner && a->in_scope;
}

int
party_section(const struct app_info *a, const char *section)
{
	const char *all = a->st->party_sections;
	size_t n = section ? strlen(section) : 0;
	for (const char *p = all && n ? strstr(all, section) : NULL; p; p = strstr(p + 1, section))
		if ((p == all || p[-1] == ' ') && (p[n] == ' ' || !p[n])) return 1;
	return 0;
}

/* each section a party saved and the applicant has not saved since: the applicant confirms it first */
static int
party_saves(struct req *r, const struct app_info *a, struct problem **out, int n)
{
	struct checklist c = { .r = r, .a = a, .ps = *out, .n = n };
	struct dbrows *d = db_query(r, "SELECT s.section, o.display_name FROM app_sections s JOIN accounts o ON o.id = s.party_saved_by"
				       " WHERE s.application_id = ? ORDER BY s.section", DI(a->id));
	if (!d) return -1;
	for (int i = 0; i < d->nrows; i++)
		check_add(&c, req_printf(r, "/cgi-bin/%s.cgi?id=%lld&section=%s", a->p->edit_page, a->id, dbv(d, i, 0)),
			  req_printf(r, "%s修改了“%s”，请核对后点击“保存草稿”确认（本部分由企业与服务商共同填写）",
				     dbv(d, i, 1), section_title(a->st, dbv(d, i, 0))));
	*out = c.ps;
	return c.n;
}

int
check_run(struct req *r, const struct app_info *a, struct problem **out)
{
	int n = (a->st->check ? a->st->check : stage_check)(r, a, out);
	return n < 0 || !a->st->party_sections ? n : party_saves(r, a, out, n);
}

const char *
choice_label(const struct stage *st, const char *field, const char *key)
{
	for (const struct choice *c = st ? st->choices : NULL; key && c && c->field; c++)
		if (!strcmp(c->field, field))
			for (int o = 0; c->opts[o]; o += 2)
				if (!strcmp(c->opts[o], key)) return c->opts[o + 1];
	return NULL;
}
