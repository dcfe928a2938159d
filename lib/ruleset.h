/*
 * ruleset.h - the money rules as data.  A rule set is named and versioned
 * ("xinxiang-2025", version 1); its row in rulesets[] (lib/rulesets.c) holds
 * its parameters, each with its default and the clause it comes from (or
 * marked as this system's choice where the seed is silent), and its kind:
 * the C function that does the arithmetic (lib/ruleset.c) and the inputs it
 * takes.  A changed rule is a new row with the next version; a batch records
 * the rule set and version it was made under (batches.ruleset,
 * batches.ruleset_version), so what was decided under a version keeps it.
 *
 * Every amount is whole 元, rounded down, and comes with its explanation: the
 * inputs, each step with its figures and the clause that sets it.  The same
 * computation serves `dtpilot-admin subsidy`, the 政策测算 page and the
 * pages that show 附件3's amounts (subsidy_cap_yuan).
 */
#ifndef DT_RULESET_H
#define DT_RULESET_H
#include <stdio.h>
#include "filing.h"

#define RS_MAX_IN    8
#define RS_MAX_STEPS 16

/* a value an input may take, for the inputs that are choices */
struct rs_option { const char *key; long long value; const char *label; };

struct rs_input {
	const char *name;             /* as typed: "revenue_base" (command line and page alike) */
	const char *label;            /* 评定等级后第一个自然年度的上一年营业收入（元） */
	const struct rs_option *options;   /* a choice: its values, { NULL }-terminated; NULL: whole 元 >= 0 */
	const char *clause;           /* the seed's words that define it */
	const char *hint;
	const char *dflt;             /* optional inputs: the value when not given; NULL: required */
};

struct rs_param {
	const char *key;              /* "rate_pct"; where a programme lets a batch set it, the batch_params name */
	const char *label;
	long long value;              /* the default: 元, a percentage, a level, a count */
	const char *unit;             /* 元, %, 个百分点, 级, 家 ... */
	const char *clause;           /* where it comes from, quoted */
	int local;                    /* 1: the seed is silent or ambiguous; the value is this system's choice */
};

struct rs_step { char text[640]; const char *clause; };

struct ruleset;
struct rs_calc {
	const struct ruleset *rs;
	const struct batch *b;        /* its parameters override the defaults; NULL: the rule set's own */
	long long in[RS_MAX_IN];      /* in the order of the kind's inputs */
	int nsteps;
	struct rs_step steps[RS_MAX_STEPS];
	long long amount;             /* whole 元, rounded down */
	const char *refused;          /* nothing is paid by this clause (an exclusion), else NULL */
	int quiet;                    /* the amount only: no steps written (rs_amount) */
};

/* a kind of rule: its inputs and its arithmetic */
struct rs_kind {
	const char *key;
	const struct rs_input *inputs;     /* { NULL }-terminated, at most RS_MAX_IN */
	void (*compute)(struct rs_calc *c);
};

struct ruleset {
	const char *key;              /* "neimenggu-2025" */
	int version;                  /* 1, 2, ...: a changed rule is a new row */
	const char *name;             /* 内蒙古 服务平台奖补（附件3） */
	const char *source;           /* the seed and its clauses */
	const char *note;             /* what this version is (and what changed from the one before) */
	const struct rs_kind *kind;
	const struct rs_param *params;     /* { NULL }-terminated */
};

extern const struct ruleset rulesets[];    /* lib/rulesets.c, { NULL }-terminated */

/* the kinds (lib/ruleset.c), one per way of computing */
extern const struct rs_kind rs_kind_neimenggu;        /* 003 附件3: % of cost, per-enterprise and per-platform caps */
extern const struct rs_kind rs_kind_luoyang;          /* 001 二（六）14: % of eligible spend, cap by level */
extern const struct rs_kind rs_kind_luoyang_awards;   /* 001 二（六）15-19: an award within its caps */
extern const struct rs_kind rs_kind_xinxiang;         /* 004 第十五-十八条: % of new revenue, cumulative caps */
extern const struct rs_kind rs_kind_changchun;        /* 002 第四章（六）: % of the audited amount, from 二级 */
extern const struct rs_kind rs_kind_changchun_awards; /* 002 第四章（七）: the decided award, within 附件6's amount and a cap */

/* a rule set by key and version (0: the newest) in a table; NULL when there is none */
const struct ruleset *ruleset_find_in(const struct ruleset *table, const char *key, int version);
const struct ruleset *ruleset_find(const char *key, int version);
/* "key" (the newest) or "key@version"; NULL when unknown */
const struct ruleset *ruleset_parse(const char *spec);
int ruleset_count_inputs(const struct ruleset *rs);
const struct rs_param *ruleset_param_def(const struct ruleset *rs, const char *key);
/* the batch's rule set: the one it was made under (NULL when its programme has none) */
const struct ruleset *batch_ruleset(const struct batch *b, const char *programme_ruleset);

/* an input as typed -> its value; NULL ok, else the message (Chinese) */
const char *rs_input_parse(const struct rs_input *in, const char *text, long long *out);
/* the label of a choice's value, or the amount as "N元" */
const char *rs_input_show(const struct rs_input *in, long long v, char *buf, size_t n);

/* computes one amount from parsed inputs; b may be NULL */
void rs_compute(const struct ruleset *rs, const struct batch *b, const long long *in, struct rs_calc *c);
/* the same amount, without writing its steps (a check over 40,000 rows) */
long long rs_amount(const struct ruleset *rs, const struct batch *b, const long long *in);
/* a parameter's value for this computation: the batch's when it sets it, else the default */
long long rs_value(const struct rs_calc *c, const char *key);
/* floor(x * pct / 100) for x, pct >= 0, without overflow for any amount below 10^16 元 */
long long rs_pct(long long x, long long pct);

/* the whole explanation as text (the command line): rule set, parameters, inputs, steps, result */
void rs_explain(const struct rs_calc *c, FILE *out);
/* the same for a stored decision (its explanation): rule set, inputs, steps, result; NULL when out of memory */
const char *rs_explain_text(struct req *r, const struct rs_calc *c);

#endif
