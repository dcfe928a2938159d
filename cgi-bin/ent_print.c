/*
 * ent_print - the printed 申报书, laid out like the 洛阳 form: the cover
 * (申报企业（盖章）, 所属行业, 申报日期), then the 申报表's four parts with every
 * choice shown as ☑ or ☐, rendered from the submitted version's canonical
 * content (or the current draft, marked as such), with the verification code
 * and QR code on every page.  中小企业 (own) and reviewers in scope.
 * GET ?id=N[&v=K].
 */
#include <string.h>
#include "filing.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, IN_REQ, 1, (1LL << 53) },
	{ "v", "版本", VT_INT, 0, 1, 100000 },
	{ NULL }
};

static const char *
value_of(struct req *r, const char *content, const char *field)
{
	const char *key = req_printf(r, "\nfield.%s=", field);
	const char *p = strstr(content, key), *e;
	if (!p) return "";
	p += strlen(key);
	e = strchr(p, '\n');
	return content_unescape(r, e ? req_printf(r, "%.*s", (int)(e - p), p) : p);
}

static int
handle(struct req *r)
{
	struct app_info a;
	int st, n = 0;
	const char *content, *cur = "";

	if ((st = app_load(r, req_int(r, "id", 0), &a))) return st;
	if (strcmp(a.b.programme, "enterprise")) return 404;
	app_to_hdf(r, &a);
	if ((st = print_content(r, &a, enterprise_form, &content))) return st;
	int year = a.b.year - 1;
	{
		struct dbrows *d = db_query(r, "SELECT COALESCE(data_year, year - 1) FROM batches WHERE id = ?", DI(a.b.id));
		if (d && d->nrows) year = (int)dbi(d, 0, 0);
		dbrows_free(d);
	}
	/* every field in form order, grouped by part, with its printed value */
	for (int i = 0; enterprise_form[i].name; i++) {
		const struct input *in = &enterprise_form[i];
		const char *val = value_of(r, content, in->name), *p;
		if (strcmp(in->section, cur)) {
			for (int s = 0; enterprise_sections[s].key; s++)
				if (!strcmp(enterprise_sections[s].key, in->section))
					hset(r, req_printf(r, "Parts.%d.title", s), enterprise_sections[s].title);
			cur = in->section;
			n = 0;
		}
		int part = cur[1] - '1';
		p = req_printf(r, "Parts.%d.fields.%d", part, n++);
		/* the 生产经营情况 figures carry their year, as printed on the form */
		if (!strcmp(in->name, "e_revenue") || !strcmp(in->name, "e_profit") || !strcmp(in->name, "e_rev_per_capita") ||
		    !strcmp(in->name, "e_rnd"))
			hset(r, req_printf(r, "%s.label", p), req_printf(r, "%d年%s", year, in->label));
		else if (!strcmp(in->name, "e_ip_count") || !strcmp(in->name, "e_staff"))
			hset(r, req_printf(r, "%s.label", p), req_printf(r, "截至%d年底%s", year, in->label));
		else
			hset(r, req_printf(r, "%s.label", p), in->label);
		hset(r, req_printf(r, "%s.name", p), in->name);
		if (in->type == VT_BOOL) {
			hset(r, req_printf(r, "%s.type", p), "bool");
			hseti(r, req_printf(r, "%s.checked", p), !strcmp(val, "1"));
		} else if (in->type == VT_KEY) {
			hset(r, req_printf(r, "%s.type", p), "choice");
			if (!strcmp(in->name, "e_industry")) {
				long long k;
				for (int o = 1; o <= 4; o++) {
					const char *ind = enterprise_industry(r, &a.b, o);
					if (!ind) break;
					hset(r, req_printf(r, "%s.options.%d.label", p, o), ind);
					hseti(r, req_printf(r, "%s.options.%d.checked", p, o), !valid_int(val, 1, 4, &k) && k == o);
				}
				if (!valid_int(val, 1, 4, &k)) hset(r, "Cover.industry", enterprise_industry(r, &a.b, (int)k));
			} else
				hset(r, req_printf(r, "%s.value", p), enterprise_choice_label(in->name, val) ? enterprise_choice_label(in->name, val) : "");
		} else {
			hset(r, req_printf(r, "%s.type", p), strstr(in->name, "_other_text") ? "othertext" : "text");
			hset(r, req_printf(r, "%s.value", p), val);
		}
	}
	hset(r, "Cover.date", cn_date(r, value_of(r, content, "e_pledge_date")));
	return page_render(r, "ent_print.cs");
}

const struct page PAGE = { "ent_print", M_GET, ROLE_ENTERPRISE | ROLE_REVIEWER, 0, inputs, handle };
