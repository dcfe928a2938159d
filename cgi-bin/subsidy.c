/*
 * subsidy - 政策测算: one amount under a rule set (lib/rulesets.c), as
 * `dtpilot-admin subsidy` computes it: the rule set's parameters with the
 * clauses they come from (local choices said so), the inputs, each step
 * with its clause, and the amount in whole 元, rounded down.  Nothing is
 * stored.  Every signed-in user.  GET only: ?rs=KEY[&v=VERSION] shows a rule
 * set and its form (the newest version unless v is given); with go=1 and
 * the inputs, the computation, or each bad input marked beside its field.
 */
#include <stdlib.h>
#include <string.h>
#include "ruleset.h"

static const struct input base[] = {
	{ "rs", "规则集", VT_KEY, 0, 0, 40 },
	{ "v", "版本", VT_INT, 0, 1, 1000 },
	{ "go", "测算", VT_BOOL },
	{ NULL }
};

/* the chosen rule set's inputs (all typed as text and read by rs_input_parse, as on the command line) */
static const struct input *
form(struct req *r)
{
	const struct ruleset *rs = NULL;
	struct input *in;
	int n;

	if (req_str(r, "rs") && !(rs = ruleset_find(req_str(r, "rs"), (int)req_int(r, "v", 0)))) return NULL;
	n = rs ? ruleset_count_inputs(rs) : 0;
	in = req_alloc(r, sizeof(*in) * (size_t)(n + 1));
	for (int i = 0; i < n; i++)
		in[i] = (struct input){ rs->kind->inputs[i].name, rs->kind->inputs[i].label, VT_LINE, 0, 0, 20 };
	in[n] = (struct input){ NULL };
	r->ctx = (void *)rs;
	return in;
}

static const char *
param_value(struct req *r, const struct rs_param *m)
{
	char w[32];
	if (strcmp(m->unit, "元")) return req_printf(r, "%lld%s", m->value, m->unit);
	return req_printf(r, "%lld元（%s万元）", m->value, money_trim(m->value, w, sizeof(w)));
}

static void
ruleset_to_hdf(struct req *r, const struct ruleset *rs)
{
	int k = 0;
	hset(r, "Rs.key", rs->key);
	hseti(r, "Rs.version", rs->version);
	hset(r, "Rs.name", rs->name);
	hset(r, "Rs.source", rs->source);
	hset(r, "Rs.note", rs->note ? rs->note : "");
	hseti(r, "Rs.newest", ruleset_find(rs->key, 0) == rs);
	for (const struct rs_param *m = rs->params; m->key; m++, k++) {
		const char *p = req_printf(r, "Rs.Params.%d", k);
		hset(r, req_printf(r, "%s.key", p), m->key);
		hset(r, req_printf(r, "%s.label", p), m->label);
		hset(r, req_printf(r, "%s.value", p), param_value(r, m));
		hset(r, req_printf(r, "%s.clause", p), m->clause);
		hseti(r, req_printf(r, "%s.local", p), m->local);
	}
	for (int i = 0; rs->kind->inputs[i].name; i++) {
		const struct rs_input *x = &rs->kind->inputs[i];
		const char *p = req_printf(r, "Rs.Inputs.%d", i);
		int j = 0;
		hset(r, req_printf(r, "%s.name", p), x->name);
		hset(r, req_printf(r, "%s.label", p), x->label);
		hset(r, req_printf(r, "%s.clause", p), x->clause);
		hset(r, req_printf(r, "%s.hint", p), x->hint ? x->hint : "");
		hseti(r, req_printf(r, "%s.optional", p), x->dflt != NULL);
		for (const struct rs_option *o = x->options; o && o->key; o++, j++) {
			hset(r, req_printf(r, "%s.Options.%d.key", p, j), o->key);
			hset(r, req_printf(r, "%s.Options.%d.label", p, j), o->label);
		}
	}
}

static int
handle(struct req *r)
{
	const struct ruleset *rs = r->ctx;
	long long in[RS_MAX_IN] = { 0 };
	struct rs_calc c;
	char w[32];
	int k = 0;

	for (const struct ruleset *x = rulesets; x->key; x++, k++) {
		const char *p = req_printf(r, "Rulesets.%d", k);
		hset(r, req_printf(r, "%s.key", p), x->key);
		hseti(r, req_printf(r, "%s.version", p), x->version);
		hset(r, req_printf(r, "%s.name", p), x->name);
		hset(r, req_printf(r, "%s.source", p), x->source);
		hseti(r, req_printf(r, "%s.current", p), x == rs);
	}
	if (!rs) return page_render(r, "subsidy.cs");
	ruleset_to_hdf(r, rs);
	if (!req_int(r, "go", 0)) return page_render(r, "subsidy.cs");

	for (int i = 0; rs->kind->inputs[i].name; i++) {
		const struct rs_input *x = &rs->kind->inputs[i];
		const struct val *v = req_val(r, x->name);
		const char *e;
		if (v && v->err) continue;          /* already marked by its validator */
		e = rs_input_parse(x, v && v->s ? v->s : x->dflt, &in[i]);
		if (e) req_field_error(r, x->name, !strcmp(e, "请填写")
				       ? req_printf(r, "%s%s", x->options ? "请选择" : "请填写", x->label)
				       : req_printf(r, "%s：%s", x->label, e));
	}
	if (req_errors(r)) return page_render_status(r, 422, "subsidy.cs");

	rs_compute(rs, NULL, in, &c);
	hsetf(r, "Result.amount", "%lld", c.amount);
	hset(r, "Result.amount_wan", money_fmt(c.amount, w, sizeof(w)));
	hset(r, "Result.refused", c.refused ? c.refused : "");
	for (int i = 0; rs->kind->inputs[i].name; i++) {
		char b[64];
		hset(r, req_printf(r, "Result.Inputs.%d.label", i), rs->kind->inputs[i].label);
		hset(r, req_printf(r, "Result.Inputs.%d.value", i), rs_input_show(&rs->kind->inputs[i], in[i], b, sizeof(b)));
	}
	for (int i = 0; i < c.nsteps; i++) {
		hset(r, req_printf(r, "Result.Steps.%d.text", i), c.steps[i].text);
		hset(r, req_printf(r, "Result.Steps.%d.clause", i), c.steps[i].clause);
	}
	return page_render(r, "subsidy.cs");
}

const struct page PAGE = { "subsidy", M_GET, ROLE_ANY, 0, base, handle, NULL, form };
