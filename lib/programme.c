/*
 * programme.c - the registry of programmes.  Adding a programme is adding
 * its file under lib/programmes/ (and its templates) and one row here.
 */
#include <stdlib.h>
#include <string.h>
#include "programme.h"
#include "ruleset.h"

extern const struct programme platform_programme;     /* lib/programmes/platform.c: 内蒙古 (003) */
extern const struct programme enterprise_programme;   /* lib/programmes/enterprise.c: 洛阳 (000) */
extern const struct programme changchun_programme;    /* lib/programmes/changchun.c: 长春 (002) */
extern const struct programme xinxiang_programme;     /* lib/programmes/xinxiang.c: 新乡经开区 (004) */
extern const struct programme changchun_awards_programme;   /* lib/programmes/awards.c: 长春 第四章（七） */
extern const struct programme luoyang_awards_programme;     /* lib/programmes/awards.c: 洛阳 二（六）15-18 */
extern const struct programme toy_programme;          /* tests/toy/toy.c */

const struct programme *const programmes[] = {
	&platform_programme,
	&enterprise_programme,
	&changchun_programme,
	&xinxiang_programme,
	&changchun_awards_programme,
	&luoyang_awards_programme,
#ifdef DT_TOY
	&toy_programme,         /* tests/toy/toy.c, in build-toy/ only */
#endif
	NULL
};

const struct programme *
programme_of(const char *key)
{
	for (int i = 0; key && programmes[i]; i++)
		if (!strcmp(programmes[i]->key, key)) return programmes[i];
	return NULL;
}

const struct stage *
programme_stage(const struct programme *p, const char *key)
{
	for (int i = 0; p && key && p->stages[i].key; i++)
		if (!strcmp(p->stages[i].key, key)) return &p->stages[i];
	return NULL;
}

void
batch_defaults(const struct programme *p, struct batch *b)
{
	const struct ruleset *rs = p ? batch_ruleset(b, p->ruleset) : NULL;
	for (const struct param *m = p ? p->params : NULL; m && m->key; m++) {
		const struct rs_param *d = m->rule ? ruleset_param_def(rs, m->key) : NULL;
		char v[24];
		if (batch_param(b, m->key)) continue;
		if (d) {
			snprintf(v, sizeof(v), "%lld", d->value);
			batch_param_set(b, m->key, v);
		} else if (m->dflt)
			batch_param_set(b, m->key, m->dflt);
	}
}

void
batch_new_ruleset(const struct programme *p, struct batch *b)
{
	const struct ruleset *rs = p->ruleset ? ruleset_find(p->ruleset, 0) : NULL;
	snprintf(b->ruleset, sizeof(b->ruleset), "%s", rs ? rs->key : "");
	b->ruleset_version = rs ? rs->version : 0;
}

int
batch_open(struct req *r, long long id, struct batch *b, const struct programme **pp)
{
	const struct programme *p;
	int st = batch_load(r, id, b);
	if (st) return st;
	if (!(p = programme_of(b->programme))) return 404;
	if (p->ruleset && !batch_ruleset(b, p->ruleset))
		return FAULT(r, "batch %lld: rule set %s version %d is not in the table", id, b->ruleset, b->ruleset_version);
	batch_defaults(p, b);
	if (pp) *pp = p;
	return 0;
}

int
app_open(struct req *r, long long id, struct app_info *a)
{
	int st = app_load(r, id, a);
	if (st) return st;
	if (!(a->p = programme_of(a->b.programme)) || !(a->st = programme_stage(a->p, a->stage))) return 404;
	/* the batch's application deadline closes the first stage only: a later one opens when the one before
	 * ends, and its applicant edits it while it is a draft or returned */
	if ((a->later_stage = a->st != a->p->stages))
		a->editable = a->owner && (!strcmp(a->state, "draft") || !strcmp(a->state, "returned"));
	if (a->p->ruleset && !batch_ruleset(&a->b, a->p->ruleset))
		return FAULT(r, "batch %lld: rule set %s version %d is not in the table", a->batch_id, a->b.ruleset, a->b.ruleset_version);
	batch_defaults(a->p, &a->b);
	return 0;
}

const char *
programme_state_label(struct req *r, const struct programme *p, const char *state)
{
	for (int i = 0; p && p->states && p->states[i][0]; i++)
		if (!strcmp(p->states[i][0], state)) return p->states[i][1];
	/* the generic words, with this programme's level names */
	if (!p) return state_label(state);
	if (!strcmp(state, "submitted")) return req_printf(r, "已提交，待%s初审", p->county_level);
	if (!strcmp(state, "county_passed")) return req_printf(r, "%s初审通过，待%s审核", p->county_level, p->city_level);
	if (!strcmp(state, "county_rejected")) return req_printf(r, "%s不予推荐", p->county_level);
	if (!strcmp(state, "city_passed")) return req_printf(r, "%s审核通过", p->city_level);
	if (!strcmp(state, "city_rejected")) return req_printf(r, "%s不予推荐", p->city_level);
	return state_label(state);
}

const char *
stage_state_label(struct req *r, const struct programme *p, const struct stage *st, const char *state)
{
	for (int i = 0; st && st->states && st->states[i][0]; i++)
		if (!strcmp(st->states[i][0], state)) return st->states[i][1];
	return programme_state_label(r, p, state);
}

const char *
programme_role_label(struct req *r, const struct programme *p, int role)
{
	if (p && p->runner_label && role == p->runner_role) return p->runner_label;
	if (p && role == ROLE_COUNTY) return req_printf(r, "%s工信部门", p->county_level);
	if (p && role == ROLE_CITY) return req_printf(r, "%s工信部门", p->city_level);
	if (p && (role & p->applicant_role)) return p->applicant;
	return role_label(role);
}

void
app_show(struct req *r, const struct app_info *a)
{
	app_to_hdf(r, a);
	programme_to_hdf(r, a->p);
	hset(r, "App.state_label", stage_state_label(r, a->p, a->st, a->state));
}

void
programme_to_hdf(struct req *r, const struct programme *p)
{
	const char *const kv[][2] = {
		{ "key", p->key }, { "name", p->name }, { "applicant", p->applicant }, { "document", p->document },
		{ "county_level", p->county_level }, { "city_level", p->city_level }, { "authority", p->authority },
		{ "authority_full", p->authority_full }, { "overview", p->overview }, { "edit_page", p->edit_page },
		{ "print_page", p->print_page }, { "batch_noun", p->batch_noun }, { "contact", p->contact },
		{ "guide_title", p->guide_href ? p->guide_title : NULL }, { "guide_href", p->guide_href },
		{ "delivery", p->delivery }, { NULL, NULL }
	};
	hset_pairs(r, "Prog.", kv);
}

/* does a comma-separated list of keys hold this one */
static int
has_key(const char *list, const char *key)
{
	size_t n = strlen(key);
	for (const char *s = list; s && *s;) {
		const char *e = strchr(s, ',');
		size_t len = e ? (size_t)(e - s) : strlen(s);
		if (len == n && !strncmp(s, key, n)) return 1;
		s = e ? e + 1 : NULL;
	}
	return 0;
}

static int n_menu;

static void
menu_add(struct req *r, const char *page, const char *label, const char *also)
{
	const char *me = req_printf(r, " %s ", r->page->name);
	hset(r, req_printf(r, "Menu.%d.href", n_menu), req_printf(r, "/cgi-bin/%s.cgi", page));
	hset(r, req_printf(r, "Menu.%d.label", n_menu), label);
	hseti(r, req_printf(r, "Menu.%d.current", n_menu), !strcmp(page, r->page->name) || (also && strstr(also, me)));
	n_menu++;
}

int
role_applies(int role)
{
	for (int i = 0; programmes[i]; i++)
		if (programmes[i]->applicant_role & role) return 1;
	return 0;
}

int
party_only(struct req *r, const struct app_info *a)
{
	return r->s.role == ROLE_PROVIDER && !a->owner;
}

void
menu_to_hdf(struct req *r)
{
	int role = r->s.role;
	const struct programme *mine = NULL, *runs = NULL, *applies = NULL;

	n_menu = 0;
	for (int i = 0; programmes[i]; i++) {
		if (!has_key(r->s.programmes, programmes[i]->key)) continue;
		if (!mine && (programmes[i]->applicant_role == role || !(role & ROLE_APPLICANT))) mine = programmes[i];
		if (!runs && programmes[i]->runner_role == role) runs = programmes[i];
	}
	if (mine) {
		/* the wording of the user's own programme, and the authority that answers for it */
		hset(r, "UserProg.applicant", mine->applicant);
		hset(r, "UserProg.document", mine->document);
		hset(r, "UserProg.county_level", mine->county_level);
		hset(r, "UserProg.city_level", mine->city_level);
		hset(r, "UserProg.authority", mine->authority);
		if (!(role & ROLE_PROVINCE)) hset(r, "Site.Authority", mine->authority_full);
		hset(r, "User.RoleLabel", programme_role_label(r, mine, role));
	}
	menu_add(r, "home", "首页", NULL);
	/* 我的申报: the applicant's programme; a role that applies to some programmes only (a 服务商 to the award calls)
	 * to the first of those covering its region */
	for (int i = 0; programmes[i] && !applies; i++)
		if ((programmes[i]->applicant_role & role) && has_key(r->s.programmes, programmes[i]->key))
			applies = (role & ROLE_APPLICANT) && mine ? mine : programmes[i];
	if (applies)
		menu_add(r, applies->overview, "我的申报", req_printf(r, " %s %s app_ent app_files app_versions ", applies->edit_page, applies->print_page));
	if (role & ROLE_EXPERT) menu_add(r, "score", "我的评审", NULL);
	if (role & ROLE_APPLICANT) menu_add(r, "profile", "单位信息", NULL);
	if (role & ROLE_REVIEWER) menu_add(r, "queue", "审核", NULL);
	for (int i = 0; programmes[i]; i++) {
		if (!has_key(r->s.programmes, programmes[i]->key)) continue;
		for (const struct menu_item *m = programmes[i]->menu; m && m->page; m++)
			if (m->roles & role) menu_add(r, m->page, m->label, m->also);
	}
	if (role & ROLE_REVIEWER) menu_add(r, "orgs", "申报单位", " org ");
	if (role & (ROLE_FINANCE | ROLE_REVIEWER)) menu_add(r, "payments", "资金拨付", NULL);
	menu_add(r, "subsidy", "政策测算", NULL);
	if (runs) menu_add(r, "batches", runs->batch_noun, " batch ");
	if (role & ROLE_PROVINCE) {
		menu_add(r, "accounts", "账户管理", " account ");
		menu_add(r, "online", "在线会话", NULL);
		menu_add(r, "audit", "审计日志", NULL);
	}
}

const char *
choice_boxes(struct req *r, const struct stage *st, const char *field, const char *v)
{
	for (const struct choice *c = st->choices; c && c->field; c++)
		if (!strcmp(c->field, field)) {
			const char *out = "";
			for (int o = 0; c->opts[o]; o += 2)
				out = req_printf(r, "%s%s %s　", out, key_in_set(v, c->opts[o]) ? "☑" : "☐", c->opts[o + 1]);
			return out;
		}
	return NULL;
}

int
page_batch(struct req *r, struct batch *b)
{
	long long bid = batch_of_page(r, NULL);
	return bid ? batch_open(r, bid, b, NULL) : 404;
}

int
page_batch_run(struct req *r, int (*render)(struct req *r, const struct batch *b, int status), const struct batch_op *ops)
{
	struct batch b;
	const char *op = req_str(r, "op");
	int st = page_batch(r, &b);

	if (st) return st;
	if (r->method != M_POST) return render(r, &b, 200);
	for (; op && ops->op; ops++)
		if (!strcmp(op, ops->op)) return ops->run(r, &b);
	return 400;
}

long long
batch_of_page(struct req *r, const struct programme **pp)
{
	const char *me = req_printf(r, " %s ", r->page->name);
	for (int i = 0; programmes[i]; i++) {
		long long id;
		if (!programmes[i]->pages || !strstr(programmes[i]->pages, me)) continue;
		if ((id = batch_default(r, programmes[i]->key, req_int(r, "batch", 0)))) {
			if (pp) *pp = programmes[i];
			return id;
		}
	}
	return 0;
}

int
programmes_run_by(int role, const char *scope, const struct programme **out, int max)
{
	int n = 0;
	for (int i = 0; programmes[i] && n < max; i++)
		if (programmes[i]->runner_role == role && (!programmes[i]->region || !strcmp(programmes[i]->region, scope)))
			out[n++] = programmes[i];
	return n;
}

const char *
param_text(struct req *r, const struct param *m, const char *stored)
{
	char buf[32];
	if (!stored) return "";
	if (m->show) return m->show(r, stored);
	if (m->in.type == VT_MONEY) return req_strdup(r, money_trim(strtoll(stored, NULL, 10), buf, sizeof(buf)));
	return stored;
}

const char *
param_clause(struct req *r, const struct param *m, const struct ruleset *rs)
{
	const struct rs_param *d = m->rule ? ruleset_param_def(rs, m->key) : NULL;
	const char *clause = d ? d->clause : m->clause ? m->clause : "";
	return (d ? d->local : m->local) ? req_printf(r, "%s（本系统的设定，政策文件未作规定）", clause) : clause;
}

void
file_kinds_to_hdf(struct req *r, const struct stage *st)
{
	int n = 0;
	for (const struct file_kind *k = st->files; k && k->key; k++, n++) {
		hset(r, req_printf(r, "FileKinds.%d.key", n), k->key);
		hset(r, req_printf(r, "FileKinds.%d.label", n), k->label);
		hseti(r, req_printf(r, "FileKinds.%d.required", n), k->clause != NULL);
	}
	if (st->files_hint) hset(r, "FilesHint", st->files_hint);
}
