/*
 * app_versions - submitted versions and a field-by-field diff between any
 * two (b=0 or a=0: the current, unsubmitted content).  服务平台 (own) and
 * reviewers in scope.  GET ?id=N[&a=X&b=Y]; default: the latest version
 * against the one before it.
 */
#include "programme.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, IN_REQ, 1, (1LL << 53) },
	{ "a", "版本", VT_INT, 0, 0, 100000 },
	{ "b", "版本", VT_INT, 0, 0, 100000 },
	{ NULL }
};

static const char *
content_of(struct req *r, const struct app_info *a, long long no)
{
	struct dbrows *d;
	const char *c;

	if (no == 0) return canonical_content(r, a, a->st->form);
	d = db_query(r, "SELECT content FROM app_versions WHERE application_id = ? AND version_no = ?", DI(a->id), DI(no));
	if (!d || d->nrows != 1) { dbrows_free(d); return NULL; }
	c = req_strdup(r, dbv(d, 0, 0));
	return c;
}

static int
handle(struct req *r)
{
	struct app_info a;
	long long va, vb;
	const char *ca, *cb;
	int st, n;

	if ((st = app_open(r, req_int(r, "id", 0), &a))) return st;
	if (party_only(r, &a)) return 403;
	app_show(r, &a);
	{
		struct dbrows *d = db_query(r,
			"SELECT version_no, code, DATE_FORMAT(submitted_at, '%Y-%m-%d %H:%i'), withdrawn"
			" FROM app_versions WHERE application_id = ? ORDER BY version_no DESC", DI(a.id));
		static const char *const names[] = { "no", "code", "at", "withdrawn", NULL };
		db_to_hdf(r, d, "Versions", names);
	}
	vb = req_int(r, "b", a.submitted_no);
	va = req_int(r, "a", vb > 0 ? vb - 1 : 0);
	if (va > a.submitted_no || vb > a.submitted_no) return 404;
	hseti(r, "Diff.a", va);
	hseti(r, "Diff.b", vb);
	if (va == vb) { hseti(r, "Diff.same", 1); return page_render(r, "app_versions.cs"); }
	ca = content_of(r, &a, va);
	cb = content_of(r, &a, vb);
	if (!ca || !cb) return 404;
	n = content_diff(r, ca, cb, a.st->form, "Diff.rows");
	hset(r, "Section.overview", a.p->overview);
	programme_to_hdf(r, a.p);
	hseti(r, "Diff.count", n);
	return page_render(r, "app_versions.cs");
}

const struct page PAGE = { "app_versions", M_GET, ROLE_APPLICANT | ROLE_PROVIDER | ROLE_REVIEWER | ROLE_EXPERT, 0, inputs, handle };
