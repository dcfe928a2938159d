/*
 * print.c - the printed document every programme shares (app_print.cgi,
 * ent_print.cgi ...): a version as filed (or the draft, marked as such),
 * laid out like the programme's attachment by its stage's print_doc, from
 * the frozen canonical content: the paper is exactly what was filed, with
 * the verification code, the verify URL and the page numbers in the margin
 * of every page.  format=print (the browser), css (its margins), pdf
 * (rendered on the server), docx (where the programme asks for Word).
 * Its own file: only the print pages link Cairo, Pango and libzip.
 */
#include <string.h>
#include "programme.h"
#include "doc.h"

const struct input print_inputs[] = {
	{ "id", "编号", VT_INT, IN_REQ, 1, (1LL << 53) },
	{ "v", "版本", VT_INT, 0, 1, 100000 },
	{ "format", "格式", VT_KEY, 0, 0, 8 },
	{ NULL }
};

/*
 * A programme without a print layout of its own: the title, the applicant
 * to stamp, every field of the form under its section (a box as ☑ or ☐),
 * the lines to sign and stamp.
 */
static int
print_fields(struct req *r, const struct app_info *a, const char *content, struct doc *d)
{
	static const struct tcol cols[2] = { { "", NULL, TC_TEXT, 0, 10 }, { "", NULL, TC_TEXT, 0, 30 } };
	const char *org = hdf_get_value(r->hdf, "App.org", "");
	struct table *t;

	doc_add(d, D_TITLE, a->p->name, a->p->document);
	doc_add(d, D_FIELD, req_printf(r, "%s（盖章）：", a->p->applicant), org);
	t = doc_table_new(d);
	table_init(r, t, cols, 2);
	t->nohead = 1;
	for (int s = 0; a->st->sections[s].key; s++) {
		int y = table_row(t);
		table_text(t, y, 0, a->st->sections[s].title);
		table_cell(t, y, 0)->flags |= TF_PART;
		table_span(t, y, 0, 1, 2);
		for (const struct input *in = a->st->form; in->name; in++) {
			const char *v = content_value(r, content, in->name);
			if (strcmp(in->section, a->st->sections[s].key)) continue;
			y = table_row(t);
			if (in->type == VT_BOOL) {
				table_text(t, y, 0, req_printf(r, "%s %s", strcmp(v, "1") ? "☐" : "☑", in->label));
				table_span(t, y, 0, 1, 2);
			} else if (in->type == VT_KEY && (v = choice_boxes(r, a->st, in->name, v))) {
				table_text(t, y, 0, in->label);
				table_text(t, y, 1, v);
			} else {
				table_text(t, y, 0, in->label);
				table_text(t, y, 1, v);
			}
			table_cell(t, y, 0)->flags |= TF_LEFT;
		}
	}
	doc_add(d, D_SPACE, NULL, NULL)->mm = 10;
	doc_add(d, D_SIGN, req_printf(r, "%s负责人（签字）：", a->p->applicant), NULL);
	doc_add(d, D_SIGN, req_printf(r, "%s（盖章）：", a->p->applicant), NULL);
	return 0;
}

int
print_page(struct req *r)
{
	struct app_info a;
	struct doc d;
	const char *content, *fmt = req_str(r, "format") ? req_str(r, "format") : "print";
	int st;

	if ((st = app_open(r, req_int(r, "id", 0), &a))) return st;
	if (party_only(r, &a)) return 403;
	if (strcmp(a.p->print_page, r->page->name)) return 404;
	app_show(r, &a);
	if ((st = print_content(r, &a, a.st->form, req_int(r, "v", -1), &content))) return st;
	doc_init(r, &d, a.p->document);
	doc_margin_from_print(r, &d);
	d.back_href = req_printf(r, "/cgi-bin/%s.cgi?id=%lld", a.p->overview, a.id);
	d.back_label = req_printf(r, "返回%s", a.p->document);
	d.self = req_printf(r, "/cgi-bin/%s.cgi?id=%lld%s", r->page->name, a.id,
			    req_str(r, "v") ? req_printf(r, "&v=%lld", req_int(r, "v", 0)) : "");
	d.docx = a.p->docx;
	if ((st = (a.st->print_doc ? a.st->print_doc : print_fields)(r, &a, content, &d))) return st;
	return doc_answer(r, &d, fmt, req_printf(r, "%s_%s", a.p->document, hdf_get_value(r->hdf, "App.org", "")), a.p->docx);
}
