/*
 * toy.c - the smallest programme there can be: one stage with one section of
 * two fields, the rows every programme shares for the applicant and one
 * review, no rule parameters, no deadlines beyond the batch's own, the plain
 * templates (stage.cs, stage_edit.cs; the plain printed document of lib/print.c) and the enterprise
 * pages.  It is built only into build-toy/ (make toy) for tests/toy/, which
 * drives it from a fresh stack; README.md "Adding a programme" walks through
 * it line by line.
 */
#include "workflow.h"

static const struct input toy_form[] = {
	{ "t_title", "项目名称", VT_LINE, IN_SUBMIT, 0, 60, "s1" },
	{ "t_summary", "项目简介", VT_TEXT, IN_SUBMIT, 0, 500, "s1", "不超过500字" },
	{ NULL }
};

static const struct section toy_sections[] = {
	{ "s1", "项目信息" },
	{ NULL }
};

static const struct transition toy_chain[] = {
	WF_APPLICANT_ROWS(ROLE_ENTERPRISE),
	WF_REVIEW_ROWS("submitted", ROLE_COUNTY, "审核通过", "selected", "不予通过", "county_rejected", TELL_NONE, NULL),
	{ NULL }
};

static const struct stage toy_stages[] = {
	{ .key = "apply", .title = "申报", .form = toy_form, .sections = toy_sections, .workflow = toy_chain },
	{ NULL }
};

const struct programme toy_programme = {
	.key = "toy", .name = "示例项目征集",
	.applicant_role = ROLE_ENTERPRISE, .runner_role = ROLE_CITY,
	.applicant = "企业", .document = "项目申报表", .county_level = "县区", .city_level = "市",
	.authority = "市工信局", .authority_full = "示例市工业和信息化局",
	.overview = "ent", .edit_page = "ent_edit", .print_page = "ent_print",
	.batch_noun = "征集批次", .intro = "填写项目名称和项目简介，校验无误后提交县区审核。",
	.stages = toy_stages,
};
