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

#define BATCH_MAX_PARAMS    24
#define BATCH_MAX_DEADLINES 8

struct batch {
	long long id;
	char programme[32];
	int year;
	char title[256];
	char region[8];
	char open_date[11], applicant_deadline[11];
	int open;               /* today between open_date and applicant_deadline */
	int past_deadline;      /* today after applicant_deadline */
	char ruleset[40];       /* the rule set it was made under (ruleset.h), "" when none recorded */
	int ruleset_version;
	/* its programme's rule parameters and named deadlines (batch_params, batch_deadlines);
	 * batch_open() (programme.h) adds the programme's defaults for those not stored */
	int nparams, ndeadlines;
	struct { char name[32]; char value[400]; } params[BATCH_MAX_PARAMS];
	struct { char name[32]; char day[11]; int past; } deadlines[BATCH_MAX_DEADLINES];
};

struct app_info {
	long long id, batch_id, account_id;
	char state[24];
	char region[8];
	int sub_industry;
	long long version;
	int submitted_no;
	long long project_id;   /* the applicant's participation in the batch */
	char stage[24];         /* which of the programme's stages this application is */
	const struct programme *p;   /* set by app_open() (programme.h) */
	const struct stage *st;
	int later_stage;        /* set by app_open(): not the programme's first stage, which alone the batch's
	                         * application deadline closes */
	int owner;              /* the session's own application */
	int in_scope;           /* a reviewer whose region covers the application's */
	char org[256];          /* the applicant's name */
	int editable;           /* owner, draft or returned, before the deadline (of the first stage) */
	struct batch b;
};

struct programme;
struct stage;

int batch_load(struct req *r, long long id, struct batch *b);
/* a rule parameter as stored (NULL when neither stored nor defaulted) */
const char *batch_param(const struct batch *b, const char *name);
int batch_int(const struct batch *b, const char *name);              /* counts, percentages; 0 when absent */
long long batch_yuan(const struct batch *b, const char *name);       /* amounts in 元; 0 when absent */
void batch_param_set(struct batch *b, const char *name, const char *value);
/* a named deadline ("applicant", "county", "city", ...) as YYYY-MM-DD, NULL when the batch has none */
const char *batch_deadline(const struct batch *b, const char *name);
int batch_deadline_past(const struct batch *b, const char *name);    /* today after it */
/* 2026-04-30 -> 2026年4月30日 */
const char *cn_date(struct req *r, const char *iso);
/* the batch asked for (0: the newest of the programme that has opened) if it is over the user's region, else 0;
 * fills BatchList */
long long batch_default(struct req *r, const char *programme, long long asked);
void batch_to_hdf(struct req *r, const struct batch *b, const char *prefix);
/* a 公示 of n working days starting on the date of the form's field (today or later): its last day
 * (weekends and the batch's holidays skipped); 0 ok, 422 with the field's error set, 500 fault */
int publicity_period(struct req *r, long long batch_id, const char *field, int n, char end[11]);

/* Loads an application the session may see: its owner, or a reviewer whose
 * scope covers its 旗县区 once it has been submitted (a later stage of a project from
 * its start), the 服务商 or 评测机构 of its
 * project (project_parties).  404 otherwise.
 * Pages use app_open() (programme.h), which also finds its programme. */
int app_load(struct req *r, long long id, struct app_info *a);
/* a served enterprise's 企业规模 key -> 中型/小型/微型, NULL if unknown */
const char *scale_label(const char *key);
void app_to_hdf(struct req *r, const struct app_info *a);
/* Starts the transaction of an edit (a section, a served enterprise, a file)
 * with the application's row locked: a submission and an edit serialise, and
 * an application submitted (or past its deadline) meanwhile is refused.
 * 0 in the transaction; 409 not editable (rolled back); 500. */
int app_begin_edit(struct req *r, const struct app_info *a);
/* the same for a party of the project (project_parties.role) editing its sections: the row locked as it was
 * loaded (state draft or returned, same version); 0, 409 (rolled back) or 500 */
int app_begin_party_edit(struct req *r, const struct app_info *a, const char *role);
const char *state_label(const char *state);

/* fields of the generic store */
const char *fields_value(const struct dbrows *d, const char *name);   /* from (name, value) rows; "" absent */
int fields_to_hdf(struct req *r, long long app_id, const char *prefix);
/* Saves one section's fields under the section's version: values[i] for form[i] (NULL: empty);
 * 0 saved, 409 someone saved it meanwhile, 500. */
int section_save(struct req *r, long long app_id, const struct input *form, const char *section,
		 long long section_version, const char *const *values);
void section_versions_to_hdf(struct req *r, long long app_id);

/* uploads: the largest file the database can keep and give back from a backup
 * (Upload.MaxBytes, less when the server's max_allowed_packet is smaller), that
 * limit as text, and the Chinese refusal of a file of len bytes (NULL: it fits) */
long long upload_max_bytes(struct req *r);
const char *upload_limit_text(struct req *r, long long max);
const char *upload_refusal(struct req *r, size_t len);
/* attachments: returns a Chinese message for the user, or NULL when stored */
const char *attach_store(struct req *r, long long app_id, long long ent_id, const char *kind,
			 const struct upload *u, long long *id);
void attach_list_to_hdf(struct req *r, long long app_id, const char *prefix);
char *display_filename(struct req *r, const char *client_name);

/* versions */
char *canonical_content(struct req *r, const struct app_info *a, const struct input *form);
/* version want (0 the draft, < 0 the latest submitted, or the draft while draft or returned) with Print.*; 0, 404, 500 */
int print_content(struct req *r, const struct app_info *a, const struct input *form, long long want, const char **content);
int version_freeze(struct req *r, const struct app_info *a, const struct input *form,
		   int *version_no, char code[17]);
/* a value of the canonical content, with its \\n, \\r and \\\\ escapes undone */
const char *content_unescape(struct req *r, const char *v);
/* a field's value in a canonical content, unescaped; "" when absent */
const char *content_value(struct req *r, const char *content, const char *field);
void code_from_sha(const char *sha_hex, char code[17]);
/* field-by-field differences between two canonical texts into HDF prefix.N.{key,label,old,new} */
int content_diff(struct req *r, const char *a, const char *b, const struct input *form, const char *prefix);


struct problem { const char *anchor; const char *msg; };

#endif
