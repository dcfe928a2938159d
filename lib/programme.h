/*
 * programme.h - the programme registry.  A programme (内蒙古's platform
 * pilot, 洛阳's enterprise call, ...) is data: one file under
 * lib/programmes/ defines its wording, its stages (each with its form,
 * sections, checks, workflow rows and templates), its named deadlines and
 * its rule parameters, and one row of programmes[] (programme.c) makes it
 * known.  Pages ask the registry; no page compares a programme's key.
 *
 * An applicant's participation in a batch is a project; a project passes
 * through the programme's stages in order, each stage an application with
 * its own form, versions, review chain and deadlines.  The two programmes
 * of today have one stage each ("apply").
 */
#ifndef DT_PROGRAMME_H
#define DT_PROGRAMME_H
#include "filing.h"

struct transition;          /* workflow.h */
struct rec_spec;            /* reclist.h */
struct ruleset;             /* ruleset.h */
struct doc;                 /* doc.h */

/* one part of a stage's form, saved as a draft on its own */
struct section { const char *key, *title; };

/* a single-choice field (VT_KEY) and its options as printed: key, label pairs, NULL-terminated.
 * The section page offers them, a save accepts only them, the plain print view ticks the chosen one.
 * A multiple choice is the same with IN_MULTI on its field: check boxes, stored as the keys joined by commas. */
struct choice { const char *field; const char *const opts[32]; };

/* a rule parameter of the programme, stored per batch (batch_params) */
struct param {
	const char *key;            /* as stored: "min_smes", "cap_platform_yuan" (amounts in 元 end in _yuan) */
	struct input in;            /* the batch form's field: its name, label, type and bounds */
	const char *dflt;           /* as stored ("6", "2000000"); NULL: none, the field is required */
	const char *clause;         /* where it comes from: "申报条件（六）：……" */
	int local;                  /* 1: the seed is silent and this is a local choice */
	/* typed text -> stored value, or NULL with *err set (the 4 pilot industries, one per line) */
	const char *(*store)(struct req *r, const char *typed, const char **err);
	/* stored value -> the form's text */
	const char *(*show)(struct req *r, const char *stored);
	const char *call;           /* stated to applicants with the call (the start page) under this label */
	int rule;                   /* 1: a parameter of the batch's rule set (ruleset.h, same key): its default
	                             * and clause are the rule set's, the batch may set its own value */
};
/* a stored parameter as the batch form shows it (amounts in 万元); "" when NULL */
const char *param_text(struct req *r, const struct param *m, const char *stored);
/* where it comes from, saying so when it is a local choice; rs: the batch's rule set (for .rule) */
const char *param_clause(struct req *r, const struct param *m, const struct ruleset *rs);

/* a named deadline of the programme (batch_deadlines) */
struct deadline {
	const char *key;            /* "county", "city" (the application deadline is the batch's own) */
	const char *label;          /* 旗县区初审截止日期 */
	const char *act;            /* what closes with it: 旗县区初审 */
	const char *hint;           /* shown under the batch form's field */
};

/* an entry of the main menu: shown to roles when a programme covers the user's region */
struct menu_item {
	const char *page;           /* "recommend" */
	const char *label;          /* 盟市推荐 */
	unsigned roles;
	const char *also;           /* other pages that light it up: " kpi " (space-separated, padded) */
};

/* a kind of document a stage's application uploads on its 附件材料 page (app_files) */
struct file_kind {
	const char *key;            /* attachments.kind: "license" */
	const char *label;          /* as the call lists it: （2）法人证书或营业执照副本 */
	const char *what;           /* in the 校验 message: 请上传<what>（<clause>） */
	const char *clause;         /* 申报材料（2）; NULL: optional, several allowed */
};

/* how a list in the programme's 公示 is announced on the public page (public.cgi) */
struct notice {
	const char *heading;        /* 拟认定名单公示 */
	const char *intro;          /* up to the period: 根据《……》，……现将……予以公示 */
	const char *org;            /* the name column: 服务平台名称 */
	const char *region;         /* the region column, the city of the applicant's region: 盟市; NULL: 所在地区, its own */
	int sub_industry;           /* a 细分行业 column */
	int amount;                 /* the amount each item was published with (元) */
	const char *objection;      /* 异议方式：…… */
	const char *contact;        /* where objections go, with the telephone (Site.ObjectionContact.<key> overrides) */
};

struct stage {
	const char *key;            /* "apply" */
	const char *title;          /* "申报" */
	const struct input *form;   /* every field of the stage's form */
	const struct section *sections;
	const struct choice *choices;        /* its single-choice fields, terminated by { NULL }; may be NULL */
	const struct transition *workflow;   /* its rows, terminated by { NULL } */
	/* its own templates; NULL: the plain ones (stage.cs, stage_edit.cs) */
	const char *overview_template, *edit_template;
	/* every problem that blocks submission, each citing its rule; returns the count (-1 fault) */
	int (*check)(struct req *r, const struct app_info *a, struct problem **out);
	/* what is flagged, never refused (reviewers decide); returns the count (-1 fault) */
	int (*flags)(struct req *r, const struct app_info *a, long long item, struct problem **out);
	/* extra HDF a section's form needs (option lists, derived values) */
	int (*section_hdf)(struct req *r, const struct app_info *a, const char *section);
	/* cross-field checks before a save (field errors via req_field_error) */
	void (*section_validate)(struct req *r, const struct app_info *a, const char *section);
	/* columns derived from a saved section (the sub-industry); 0 ok */
	int (*section_saved)(struct req *r, const struct app_info *a, const char *section);
	/* the overview page's own parts (the served enterprises, ...); 0 ok */
	int (*overview_hdf)(struct req *r, const struct app_info *a);
	/* fields that start from the registration when the application starts: { field, what }, { NULL },
	 * what being "region", "contact", "mobile", "name" or "credit_code" (the registered values) */
	const char *const (*prefill)[2];
	/* the printed document as its attachment lays it out, from the printed content (doc.h); 0 ok */
	int (*print_doc)(struct req *r, const struct app_info *a, const char *content, struct doc *d);
	/* its own words for states it shares with the programme's first stage ("submitted": 已提交，待县（市）区意见),
	 * { state, words }, { NULL }; NULL: the programme's */
	const char *const (*states)[2];
	/* what it uploads on the 附件材料 page, { NULL }-terminated (NULL: the stage has no such page), and
	 * what that page says of the documents uploaded elsewhere */
	const struct file_kind *files;
	const char *files_hint;
	/* the sections a party of the project (project_parties: the 服务商 the project chose, party_role) fills
	 * with the applicant, " f2 f3 "; it edits those while the applicant may (draft, returned), never the
	 * others; each of its saves waits for the applicant to confirm it (saving the section) before submission */
	const char *party_sections;
	int party_role;
};

struct programme {
	const char *key;            /* batches.programme */
	const char *name;           /* 中小企业数字化转型试点（服务平台） */
	/* who applies: ROLE_PLATFORM, ROLE_ENTERPRISE, or several (the award calls: ROLE_ENTERPRISE | ROLE_PROVIDER, a
	 * 服务商 applying in its own name for the types that are its own) */
	int applicant_role;
	int runner_role;            /* who creates its batches: ROLE_PROVINCE or ROLE_CITY */
	/* wording */
	const char *applicant;      /* 服务平台 / 企业 */
	const char *document;       /* 申请报告 / 申报书 */
	const char *county_level;   /* 旗县区 / 县区 */
	const char *city_level;     /* 盟市 / 市 */
	const char *authority;      /* who answers for it: 自治区工信厅 / 市工信局 */
	const char *authority_full; /* in footers and on printed tables */
	const char *runner_label;   /* its runner as the role is named (考核工作小组办公室); NULL: <level>工信部门 */
	const char *overview;       /* the overview page: "app", "ent" */
	const char *edit_page;      /* the section page: "app_edit", "ent_edit" */
	const char *print_page;     /* "app_print", "ent_print" */
	const char *region_field;   /* the form's 所在县区 field: the registered region, never chosen */
	const char *batch_noun;     /* 申报批次 / 征集批次 */
	const char *region;         /* the one region whose runner runs it (长春市 220100); NULL: any (its runner's own) */
	const char *intro;          /* the start page: what the document holds, who may apply */
	const char *contact;        /* 业务咨询: who answers questions about the call, with the telephone */
	const char *guide_title;    /* the call's own document, offered for download */
	const char *guide_href;     /* under /static/guide/ */
	const char *delivery;       /* after submission: what to print, sign, stamp and deliver, to whom */
	int docx;                   /* its printed document is also offered as Word (the call asks for it) */
	const struct notice *notice;    /* its 公示 on the public page; NULL: it publishes none */
	const struct stage *stages; /* in order, terminated by { NULL } */
	const struct menu_item *menu;   /* its own pages, terminated by { NULL } */
	const struct rec_spec *const *recommend;   /* its ranked recommendations, by level, NULL-terminated */
	const char *pages;          /* its own pages (" summary kpi "): they show its batches */
	const struct deadline *deadlines;
	const struct param *params;
	/* the rule set its batches compute money by (ruleset.h: "neimenggu-2025"); a new batch records its
	 * newest version and keeps it; NULL: the programme computes no money */
	const char *ruleset;
	/* its own words for states (the generic ones use its level names): { state, label }, { NULL } */
	const char *const (*states)[2];
	/* cross-parameter checks of the batch form (field errors via req_field_error) */
	void (*batch_validate)(struct req *r);
};

extern const struct programme *const programmes[];

/* some programme of the registry takes applications from this role (its applicant_role has it) */
int role_applies(int role);
/* a 服务商 sees an application's pages (overview, print, files, versions) only as its applicant; as a project's
 * party it works on its own pages (ent_edit, diag ...) */
int party_only(struct req *r, const struct app_info *a);
/* the programme of a batch's key; NULL when unknown (the page answers 404) */
const struct programme *programme_of(const char *key);
/* a stage by key; NULL when the programme has none of that name */
const struct stage *programme_stage(const struct programme *p, const char *key);
/* a state in the programme's words (已提交，待县区初审 ...) */
const char *programme_state_label(struct req *r, const struct programme *p, const char *state);
/* a state of one of its stages: the stage's own words (.states), else the programme's */
const char *stage_state_label(struct req *r, const struct programme *p, const struct stage *st, const char *state);
/* a role in the programme's words (县区工信部门, 企业); role_label() without one */
const char *programme_role_label(struct req *r, const struct programme *p, int role);
/* app_to_hdf() and Prog.*, with the state in the programme's words */
void app_show(struct req *r, const struct app_info *a);
/* Prog.{key,name,applicant,document,county_level,city_level,authority,...} for the templates */
void programme_to_hdf(struct req *r, const struct programme *p);
/* Menu.N.{href,label,current}: the main menu of this session (the programmes that cover its
 * region add their pages), and UserProg.* / Site.Authority: the wording of the user's programme */
void menu_to_hdf(struct req *r);
/* The batch a programme's own page shows (?batch=, else the newest opened
 * over the user's region; BatchList for the picker), of the first programme
 * listing the page with a batch there; 0 when none.  *pp: its programme. */
long long batch_of_page(struct req *r, const struct programme **pp);
/* batch_of_page() opened with batch_open(): 0, or the status to answer (404 when there is none) */
int page_batch(struct req *r, struct batch *b);
/* A page of one batch: GET shows it (render with 200); POST runs the operation its "op" names,
 * 400 for one the page has not.  ops ends with { NULL }. */
struct batch_op {
	const char *op;
	int (*run)(struct req *r, const struct batch *b);
};
int page_batch_run(struct req *r, int (*render)(struct req *r, const struct batch *b, int status),
		   const struct batch_op *ops);
/* batch_load() with its programme's defaults for the parameters it does not store; 404 for an
 * unknown programme.  *pp (if given): the programme. */
int batch_open(struct req *r, long long id, struct batch *b, const struct programme **pp);
void batch_defaults(const struct programme *p, struct batch *b);
/* a batch about to be made: the newest version of its programme's rule set */
void batch_new_ruleset(const struct programme *p, struct batch *b);
/* the programmes a role may start batches of over its scope (batch.cgi) */
int programmes_run_by(int role, const char *scope, const struct programme **out, int max);

/* app_load() and the application's programme and stage: 404 when the batch's
 * programme or the stage is not in the registry */
int app_open(struct req *r, long long id, struct app_info *a);

/* ---- 校验 (lib/check.c): what a stage's check is built from ---- */
struct checklist {
	struct req *r;
	const struct app_info *a;
	struct dbrows *fields;      /* the saved fields (name, value) */
	struct problem *ps;
	int n;
};
int check_begin(struct req *r, const struct app_info *a, struct checklist *c);   /* -1 fault */
const char *check_value(const struct checklist *c, const char *name);            /* "" when empty */
void check_add(struct checklist *c, const char *anchor, const char *msg);
/* the field on its section's page */
const char *check_at(const struct checklist *c, const char *section, const char *field);
/* every field the submission needs left empty, in form order: "请填写<label>（<section>）", or
 * what phrase() says instead ("" the default words, NULL: not a problem here) */
void check_required(struct checklist *c, const char *(*phrase)(struct checklist *c, const struct input *in));
int check_end(struct checklist *c, struct problem **out);                          /* the count */
/* FileKinds.N.{key,label,required} and FilesHint: what the stage uploads on its 附件材料 page */
void file_kinds_to_hdf(struct req *r, const struct stage *st);
/* every required kind of the stage's files not uploaded: "请上传<what>（<clause>）"; -1 fault */
int check_files(struct checklist *c);
/* the check of a stage without one of its own: check_required() */
int stage_check(struct req *r, const struct app_info *a, struct problem **out);
/* the stage's check (or stage_check): every problem that blocks submission; the count, -1 fault */
int check_run(struct req *r, const struct app_info *a, struct problem **out);
/* the session is the project's party who fills some sections with the applicant (stage.party_sections) */
int party_editor(struct req *r, const struct app_info *a);
int party_section(const struct app_info *a, const char *section);
/* the label of a choice's key in a stage's form; NULL when the field has no such option */
const char *choice_label(const struct stage *st, const char *field, const char *key);
/* a part of a stage's form by key; NULL when it has none */
const char *section_title(const struct stage *st, const char *key);

/* the overview page every programme shares (its thin pages: app, ent ...) */
extern const struct input overview_inputs[];
/* the open batch, over the applicant's region, of a programme the session's role applies to; 0 none */
long long open_batch(struct req *r, const struct programme **pp);
int overview_page(struct req *r);
/* the stage's fields that start from the applicant's registration (its .prefill), as it opens; -1 fault */
int stage_prefill(struct req *r, const struct stage *st, long long app_id, long long account_id);
/* an application's overview page as its programme shows it, with this status (review.cgi shows a
 * refused decision on it: the message beside 审核意见, the opinion kept) */
int overview_render(struct req *r, const struct app_info *a, int status);
/* Project.Stages.N.{title,this,id,state_label}: the programme's stages, those the project has opened with
 * their application and state; Project.current: the newest opened (the project's current stage); -1 fault */
int project_stages_to_hdf(struct req *r, const struct app_info *a);
/* the printed document every programme shares (app_print, ent_print ...; lib/print.c) */
extern const struct input print_inputs[];
/* a choice as printed: every option, the chosen one (each of a multiple choice's "a,b") ticked (☑/☐);
 * NULL when the stage declares none */
const char *choice_boxes(struct req *r, const struct stage *st, const char *field, const char *v);
int print_page(struct req *r);

/* the section page every programme shares (its thin pages: app_edit, ent_edit ...):
 * GET shows, POST saves under the section's version */
extern const struct input section_inputs[];
const struct input *section_form(struct req *r);     /* page.form_for */
int section_page(struct req *r);
void section_list_to_hdf(struct req *r, const struct section *s);
/* a key of a multiple choice's stored set ("cad,mes") */
int key_in_set(const char *set, const char *key);
/* is key among what the section page shows as chosen for field (a multiple or a single choice): sent (the values
 * posted) or saved (Form.<field>) */
int choice_chosen(struct req *r, const char *field, const char *key, int sent);
/* Facts.N: what a section shows and is not typed, in order (a stage's section_hdf) */
void section_fact(struct req *r, const char *label, const char *value);
/* Sections.<key>.done: saved, and none of the 校验 problems ps leads to it (the tabs'
 * 已完成/未完成), Sections.<key>.next; SectionsDone, SectionsTotal */
void section_status_to_hdf(struct req *r, const struct app_info *a, const struct problem *ps, int n);

#endif
