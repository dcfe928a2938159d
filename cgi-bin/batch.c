/*
 * batch - one batch of a programme: create (?programme=K, or the first
 * programme this user runs in the registry's order) or edit (?id=N).  Whoever runs the programme
 * over its region creates its batches (the 自治区 the platform pilot, a 市 its
 * enterprise call); the programme is chosen here, when the batch is made.
 * The form is the programme's: the application window, its named deadlines
 * (in order), its rule parameters with their defaults and the clauses they
 * come from, and the quotas of its recommending regions.  Changes are
 * audited; every page applies the batch's values.
 */
#include <string.h>
#include "reclist.h"
#include "ruleset.h"

static const struct input base[] = {
	{ "id", "编号", VT_INT, 0, 1, (1LL << 53) },
	{ "programme", "试点项目", VT_KEY, 0, 0, 32 },
	{ NULL }
};

struct bform { const struct programme *p; struct batch b; long long id; const struct rec_spec *quota; };

/* the programme of this batch, or of the batch to be made; NULL: not this user's (404) */
static const struct programme *
which(struct req *r, struct bform *f)
{
	long long id = req_int(r, "id", 0);
	const struct programme *runs[8];
	int n = programmes_run_by(r->s.role, scope_code(r), runs, 8);

	memset(f, 0, sizeof(*f));
	if (id) {
		/* managed by who runs its programme, over its region */
		if (batch_open(r, id, &f->b, &f->p) || f->p->runner_role != r->s.role || strcmp(f->b.region, scope_code(r)))
			return NULL;
		f->id = id;
		return f->p;
	}
	for (int i = 0; i < n; i++)
		if (req_str(r, "programme") ? !strcmp(req_str(r, "programme"), runs[i]->key) : i == 0) f->p = runs[i];
	return f->p;
}

/* the batch form of the programme (page.form_for): window, deadlines, parameters, quotas */
static const struct input *
form(struct req *r)
{
	struct bform *f = req_alloc(r, sizeof(*f));
	int nd = 0, np = 0, k = 0;
	struct input *in;

	if (!which(r, f)) return NULL;
	if (!f->id) batch_new_ruleset(f->p, &f->b);
	for (const struct deadline *d = f->p->deadlines; d && d->key; d++) nd++;
	for (const struct param *m = f->p->params; m && m->key; m++) np++;
	for (int i = 0; f->p->recommend && f->p->recommend[i]; i++) if (f->p->recommend[i]->quota) f->quota = f->p->recommend[i];
	in = req_alloc(r, sizeof(*in) * (size_t)(8 + nd + np));
	in[k++] = (struct input){ "version", "", VT_INT, 0, 1, 1000000000 };
	in[k++] = (struct input){ "year", "年度", VT_INT, IN_REQ, 2020, 2100 };
	in[k++] = (struct input){ "title", "批次名称", VT_LINE, IN_REQ, 4, 200 };
	in[k++] = (struct input){ "open_date", "开始申报日期", VT_DATE, IN_REQ };
	in[k++] = (struct input){ "applicant_deadline", "申报截止日期", VT_DATE, IN_REQ };
	for (const struct deadline *d = f->p->deadlines; d && d->key; d++)
		in[k++] = (struct input){ req_printf(r, "%s_deadline", d->key), d->label, VT_DATE, IN_REQ };
	for (const struct param *m = f->p->params; m && m->key; m++) in[k++] = m->in;
	if (f->quota) {
		in[k++] = (struct input){ "quota_county", "地区", VT_REGION, IN_MULTI };
		in[k++] = (struct input){ "quota", "推荐数量", VT_INT, IN_MULTI, 0, 10000 };
	}
	in[k] = (struct input){ NULL };
	r->ctx = f;
	return in;
}

static int
quotas_to_hdf(struct req *r, const struct bform *f)
{
	struct dbrows *d = db_query(r,
		"SELECT g.code, g.name, COALESCE(q.quota, '') FROM regions g"
		" LEFT JOIN rec_quotas q ON q.region_code = g.code AND q.batch_id = ?"
		" WHERE g.level = ? AND ? IN (g.city_code, g.province_code) AND g.code <> ? ORDER BY g.sort",
		DI(f->id), DS(role_key(f->quota->level)), DS(scope_code(r)), DS(scope_code(r)));
	static const char *const names[] = { "code", "name", "quota", NULL };
	if (!d) return -1;
	db_to_hdf(r, d, "Quotas", names);
	return 0;
}

static int
render(struct req *r, const struct bform *f, int status)
{
	int k = 0;
	const struct ruleset *rs = batch_ruleset(&f->b, f->p->ruleset);

	programme_to_hdf(r, f->p);
	hseti(r, "Batch.has_quota", f->quota != NULL);
	if (rs) {
		/* the rule set this batch was made under (a new batch: the newest), kept when the batch is edited */
		hset(r, "Ruleset.key", rs->key);
		hseti(r, "Ruleset.version", rs->version);
		hset(r, "Ruleset.name", rs->name);
		hset(r, "Ruleset.source", rs->source);
	}
	for (const struct deadline *d = f->p->deadlines; d && d->key; d++, k++) {
		hset(r, req_printf(r, "Deadlines.%d.name", k), req_printf(r, "%s_deadline", d->key));
		hset(r, req_printf(r, "Deadlines.%d.label", k), d->label);
		hset(r, req_printf(r, "Deadlines.%d.hint", k), d->hint);
	}
	k = 0;
	for (const struct param *m = f->p->params; m && m->key; m++, k++) {
		hset(r, req_printf(r, "Params.%d.name", k), m->in.name);
		hset(r, req_printf(r, "Params.%d.label", k), m->in.label);
		hset(r, req_printf(r, "Params.%d.clause", k), param_clause(r, m, rs));
		hseti(r, req_printf(r, "Params.%d.local", k), m->local);
		hseti(r, req_printf(r, "Params.%d.text", k), m->in.type == VT_TEXT);
		hseti(r, req_printf(r, "Params.%d.req", k), (m->in.flags & IN_REQ) != 0);
	}
	if (f->quota && quotas_to_hdf(r, f)) return 500;
	if (status == 422 && f->quota) {
		/* keep the quotas as typed */
		const struct val *qc = req_val(r, "quota_county"), *qq = req_val(r, "quota");
		for (HDF *o = hdf_get_child(r->hdf, "Quotas"); o && qc && qq; o = hdf_obj_next(o))
			for (int i = 0; i < qc->nmulti && i < qq->nmulti; i++)
				if (!strcmp(hdf_get_value(o, "code", ""), qc->multi[i])) hdf_set_value(o, "quota", qq->multi[i]);
	}
	return page_render_status(r, status, "batch.cs");
}

static void
to_form(struct req *r, const struct bform *f, int editing)
{
	struct batch d = { 0 };
	const struct batch *b = editing ? &f->b : &d;

	if (!editing) {
		batch_new_ruleset(f->p, &d);
		batch_defaults(f->p, &d);
	}
	hsetf(r, "Form.id", "%lld", f->id);
	if (editing) {
		struct dbrows *v = db_query(r, "SELECT version FROM batches WHERE id = ?", DI(f->id));
		hset(r, "Form.version", v && v->nrows ? dbv(v, 0, 0) : "1");
		hseti(r, "Form.year", b->year);
		hset(r, "Form.title", b->title);
		hset(r, "Form.open_date", b->open_date);
		hset(r, "Form.applicant_deadline", b->applicant_deadline);
		for (const struct deadline *x = f->p->deadlines; x && x->key; x++)
			hset(r, req_printf(r, "Form.%s_deadline", x->key), batch_deadline(b, x->key) ? batch_deadline(b, x->key) : "");
	}
	for (const struct param *m = f->p->params; m && m->key; m++)
		hset(r, req_printf(r, "Form.%s", m->in.name), param_text(r, m, batch_param(b, m->key)));
}

/* deadlines in order, parameters as stored: every problem shows at once */
static void
validate(struct req *r, const struct bform *f, const char **stored)
{
	const char *prev = "open_date", *prev_label = "开始申报日期";
	const char *names[BATCH_MAX_DEADLINES + 2], *labels[BATCH_MAX_DEADLINES + 2];
	int n = 0, k = 0;

	names[n] = "applicant_deadline"; labels[n++] = "申报截止日期";
	for (const struct deadline *d = f->p->deadlines; d && d->key && n < BATCH_MAX_DEADLINES + 1; d++) {
		names[n] = req_printf(r, "%s_deadline", d->key);
		labels[n++] = d->label;
	}
	for (int i = 0; i < n; i++) {
		if (req_str(r, prev) && req_str(r, names[i]) && req_val(r, names[i])->i < req_val(r, prev)->i)
			req_field_error(r, names[i], req_printf(r, "%s不能早于%s", labels[i], prev_label));
		prev = names[i];
		prev_label = labels[i];
	}
	for (const struct param *m = f->p->params; m && m->key; m++, k++) {
		const struct val *v = req_val(r, m->in.name);
		const char *err = NULL;
		stored[k] = NULL;
		if (!v || v->err || !v->s) continue;
		if (m->store) {
			if (!(stored[k] = m->store(r, v->s, &err))) req_field_error(r, m->in.name, err);
		} else
			stored[k] = (m->in.type == VT_MONEY || m->in.type == VT_INT) ? req_printf(r, "%lld", v->i) : v->s;
	}
	if (f->p->batch_validate) f->p->batch_validate(r);
	if (f->quota) {
		const struct val *qc = req_val(r, "quota_county"), *qq = req_val(r, "quota");
		if (qc && qq && (qc->nmulti != qq->nmulti || (qq->err && strcmp(qq->err, ""))))
			req_field_error(r, "quota", "推荐数量应为非负整数");
	}
}

/* in the caller's transaction: parameters, deadlines and quotas of batch id, replaced as a whole */
static int
save_values(struct req *r, const struct bform *f, long long id, const char **stored)
{
	int k = 0;
	if (db_exec(r, "DELETE FROM batch_params WHERE batch_id = ?", DI(id)) < 0 ||
	    db_exec(r, "DELETE FROM batch_deadlines WHERE batch_id = ?", DI(id)) < 0)
		return -1;
	for (const struct param *m = f->p->params; m && m->key; m++, k++)
		if (stored[k] && db_exec(r, "INSERT INTO batch_params (batch_id, name, value) VALUES (?, ?, ?)",
					 DI(id), DS(m->key), DS(stored[k])) != 1)
			return -1;
	for (const struct deadline *d = f->p->deadlines; d && d->key; d++)
		if (db_exec(r, "INSERT INTO batch_deadlines (batch_id, name, day) VALUES (?, ?, ?)",
			    DI(id), DS(d->key), DS(req_str(r, req_printf(r, "%s_deadline", d->key)))) != 1)
			return -1;
	if (f->quota) {
		const struct val *qc = req_val(r, "quota_county"), *qq = req_val(r, "quota");
		if (db_exec(r, "DELETE FROM rec_quotas WHERE batch_id = ?", DI(id)) < 0) return -1;
		for (int i = 0; qc && qq && i < qc->nmulti && i < qq->nmulti; i++) {
			long long q;
			if (!qq->multi[i][0] || valid_int(qq->multi[i], 0, 10000, &q)) continue;
			if (db_exec(r, "INSERT INTO rec_quotas (batch_id, region_code, quota)"
				       " SELECT ?, code, ? FROM regions WHERE code = ? AND level = ? AND ? IN (city_code, province_code)",
				    DI(id), DI(q), DS(qc->multi[i]), DS(role_key(f->quota->level)), DS(scope_code(r))) < 0)
				return -1;
		}
	}
	return 0;
}

static int
handle(struct req *r)
{
	struct bform *f = r->ctx;
	const char **stored;
	const char *summary;
	long long n, id;
	int np = 0;

	for (const struct param *m = f->p->params; m && m->key; m++) np++;
	stored = req_alloc(r, sizeof(char *) * (size_t)(np + 1));
	if (r->method != M_POST) {
		to_form(r, f, f->id != 0);
		return render(r, f, 200);
	}
	validate(r, f, stored);
	if (req_errors(r)) return render(r, f, 422);
	summary = req_printf(r, "%s：%s，开始%s，申报截止%s", f->p->name, req_str(r, "title"), req_str(r, "open_date"),
			     req_str(r, "applicant_deadline"));
	if (f->b.ruleset[0]) summary = req_printf(r, "%s ruleset=%s@%d", summary, f->b.ruleset, f->b.ruleset_version);
	{
		int k = 0;
		for (const struct deadline *d = f->p->deadlines; d && d->key; d++)
			summary = req_printf(r, "%s，%s%s", summary, d->label, req_str(r, req_printf(r, "%s_deadline", d->key)));
		for (const struct param *m = f->p->params; m && m->key; m++, k++)
			summary = req_printf(r, "%s，%s=%s", summary, m->in.label, stored[k] ? stored[k] : "");
	}
	if (db_begin(r)) return 500;
	if (!f->id) {
		/* the rule set's newest version is recorded now and kept: later versions do not change this batch */
		n = db_exec(r, "INSERT INTO batches (programme, year, title, region_code, open_date, applicant_deadline,"
			       " ruleset, ruleset_version) VALUES (?, ?, ?, ?, ?, ?, NULLIF(?, ''), NULLIF(?, 0))",
			    DS(f->p->key), DI(req_int(r, "year", 0)), DS(req_str(r, "title")), DS(scope_code(r)),
			    DS(req_str(r, "open_date")), DS(req_str(r, "applicant_deadline")),
			    DS(f->b.ruleset), DI(f->b.ruleset_version));
		if (n != 1) return 500;
		id = db_last_id(r);
	} else {
		id = f->id;
		n = db_exec(r, "UPDATE batches SET year = ?, title = ?, open_date = ?, applicant_deadline = ?, version = version + 1"
			       " WHERE id = ? AND version = ?",
			    DI(req_int(r, "year", 0)), DS(req_str(r, "title")), DS(req_str(r, "open_date")),
			    DS(req_str(r, "applicant_deadline")), DI(id), DI(req_int(r, "version", 0)));
		if (n < 0) return 500;
		if (n == 0) {
			db_rollback(r);
			hset(r, "Conflict", "1");
			return render(r, f, 409);
		}
	}
	if (save_values(r, f, id, stored) || audit(r, f->id ? "batch.update" : "batch.create", "batch", id, "", summary) ||
	    db_commit(r))
		return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/batch.cgi?id=%lld", id),
				   req_printf(r, "%s已%s。", f->p->batch_noun, f->id ? "保存" : "创建"));
}

const struct page PAGE = { "batch", M_GET | M_POST, ROLE_PROVINCE | ROLE_CITY, 0, base, handle, NULL, form };
