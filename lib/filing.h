/*
 * filing.h - what every programme's application shares: batches, access to
 * an application, sections saved as drafts, attachments, immutable
 * submitted versions with verification codes, diffs, the timeline.
 * The platform programme's form and rules are in platform.c.
 */
#ifndef DT_FILING_H
#define DT_FILING_H
#include "dt.h"

#define IN_SUBMIT 4u   /* form definitions: required before submission (drafts may omit it) */

struct batch {
	long long id;
	char programme[16];
	int year;
	char title[256];
	char region[8];
	char open_date[11], applicant_deadline[11], county_deadline[11], city_deadline[11];
	int min_smes, max_subind_per_city, max_platforms_per_subind;
	long long cap_platform_yuan, cap_enterprise_yuan;
	int cap_enterprise_pct;
	int min_expert_scores;          /* 拟认定 needs this many submitted expert scores */
	long long plausible_cost_yuan;  /* a 实际改造成本 above this is confirmed by the user */
	int open;               /* today between open_date and applicant_deadline */
	int past_deadline;      /* today after applicant_deadline */
};

struct app_info {
	long long id, batch_id, account_id;
	char state[24];
	char region[8];
	int sub_industry;
	long long version;
	int submitted_no;
	int owner;              /* the session's own application */
	int in_scope;           /* a reviewer whose region covers the application's */
	char org[256];          /* the applicant's name */
	int editable;           /* owner, draft or returned, before the deadline */
	struct batch b;
};

/* the section list of a form */
struct section { const char *key, *title; };

int batch_load(struct req *r, long long id, struct batch *b);
/* the latest batch of a programme that is open today; 0 found, 404 none */
int batch_current(struct req *r, const char *programme, struct batch *b);
/* 2026-04-30 -> 2026年4月30日 */
const char *cn_date(struct req *r, const char *iso);
/* ?batch=, else the newest batch of the programme that has opened; fills BatchList */
long long batch_default(struct req *r, const char *programme);
void batch_to_hdf(struct req *r, const struct batch *b, const char *prefix);

/* Loads an application the session may see: its owner, or a reviewer whose
 * scope covers its 旗县区 once it has been submitted.  404 otherwise. */
int app_load(struct req *r, long long id, struct app_info *a);
void app_to_hdf(struct req *r, const struct app_info *a);
/* Starts the transaction of an edit (a section, a served enterprise, a file)
 * with the application's row locked: a submission and an edit serialise, and
 * an application submitted (or past its deadline) meanwhile is refused.
 * 0 in the transaction; 409 not editable (rolled back); 500. */
int app_begin_edit(struct req *r, const struct app_info *a);
const char *state_label(const char *state);

/* fields of the generic store */
int fields_to_hdf(struct req *r, long long app_id, const char *prefix);
/* Saves one section's fields (already validated on this request) under the
 * section's version, field `fixed` (if not NULL) with fixed_value whatever
 * was sent; 0 saved, 409 someone saved it meanwhile, 500. */
int section_save(struct req *r, long long app_id, const struct input *form, const char *section,
		 long long section_version, const char *fixed, const char *fixed_value);
void section_versions_to_hdf(struct req *r, long long app_id);

/* attachments: returns a Chinese message for the user, or NULL when stored */
const char *attach_store(struct req *r, long long app_id, long long ent_id, const char *kind,
			 const struct upload *u, long long *id);
void attach_list_to_hdf(struct req *r, long long app_id, const char *prefix);
char *display_filename(struct req *r, const char *client_name);

/* versions */
char *canonical_content(struct req *r, const struct app_info *a, const struct input *form);
int print_content(struct req *r, const struct app_info *a, const struct input *form, const char **content);
int version_freeze(struct req *r, const struct app_info *a, const struct input *form,
		   int *version_no, char code[17]);
/* a value of the canonical content, with its \\n, \\r and \\\\ escapes undone */
const char *content_unescape(struct req *r, const char *v);
void code_from_sha(const char *sha_hex, char code[17]);
/* field-by-field differences between two canonical texts into HDF prefix.N.{key,label,old,new} */
int content_diff(struct req *r, const char *a, const char *b, const struct input *form, const char *prefix);


/* ---- the platform programme (platform.c) ---- */
extern const struct input platform_form[];
extern const struct section platform_sections[];
struct problem { const char *anchor; const char *msg; };
/* every problem of the whole application at once; returns the count */
int platform_check(struct req *r, const struct app_info *a, struct problem **out);
void platform_kpi_to_hdf(struct req *r);
/* flagged, never refused: shared served enterprises, another sub-industry, a contract of another year (ent 0: all) */
int platform_flags(struct req *r, const struct app_info *a, long long ent, struct problem **out);
/* a served enterprise's 企业规模 key -> 中型/小型/微型, NULL if unknown */
const char *scale_label(const char *key);
/* the subsidy rule of 附件3: min(pct% of cost, cap), floored to the 元 */
long long subsidy_cap_yuan(const struct batch *b, long long cost_yuan);
/* 1 when a platform's total subsidy is within the batch's cap (附件3注: 200万元) */
int subsidy_total_ok(const struct batch *b, long long total_yuan);
const char *subsidy_basis(struct req *r, const struct batch *b, long long cost_yuan);

#endif

/* ---- the enterprise programme (enterprise.c) ---- */
extern const struct input enterprise_form[];
extern const struct section enterprise_sections[];
int enterprise_check(struct req *r, const struct app_info *a, struct problem **out);
int enterprise_flags(struct req *r, const struct app_info *a, const char **msg);
const char *enterprise_choice_label(const char *field, const char *key);
const char *enterprise_industry(struct req *r, const struct batch *b, int n);

/* ---- programmes: what differs between the platform and the enterprise filings ---- */
struct programme {
	const char *key;                 /* batches.programme */
	/* wording */
	const char *document;            /* 申请报告 / 申报书 */
	const char *county_level;        /* 旗县区 / 县区 */
	const char *city_level;          /* 盟市 / 市 */
	const char *authority;           /* who answers for the programme (extensions, questions) */
	const char *region_field;        /* the form's 所在县区 field: the registered region, never chosen */
	const struct input *form;
	const struct section *sections;
	const char *overview;            /* the overview page: "app" or "ent" */
	const char *edit_template;
	int (*check)(struct req *r, const struct app_info *a, struct problem **out);
	/* extra HDF a section's form needs (option lists, derived values) */
	int (*section_hdf)(struct req *r, const struct app_info *a, const char *section);
	/* cross-field checks before a save (field errors via req_field_error) */
	void (*section_validate)(struct req *r, const struct app_info *a, const char *section);
	/* columns derived from a saved section (region, sub-industry); 0 ok */
	int (*section_saved)(struct req *r, const struct app_info *a, const char *section);
};
extern const struct programme platform_programme;
extern const struct programme enterprise_programme;
const struct programme *programme_of(const char *key);
/* the section page both programmes share: GET shows, POST saves under the section's version */
int section_page(struct req *r, const struct programme *p);
void section_list_to_hdf(struct req *r, const struct section *s);
