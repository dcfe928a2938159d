/*
 * ent_edit - one part of the 洛阳 申报表 (第一部分 to 第四部分), saved as a draft
 * on its own.  中小企业 (its own; read-only once submitted or past the
 * deadline) and reviewers in scope (read-only).  GET ?id=N&section=e1..e4;
 * POST saves the part under its version (lib/sections.c, shared with the
 * platform programme).
 */
#include "filing.h"

static const struct input inputs[] = {
	{ "id", "编号", VT_INT, IN_REQ, 1, (1LL << 53) },
	{ "section", "部分", VT_KEY, IN_REQ, 0, 16 },
	{ "sv", "", VT_INT, 0, 1, 1000000000 },
	{ NULL }
};

static int
handle(struct req *r)
{
	return section_page(r, &enterprise_programme);
}

const struct page PAGE = { "ent_edit", M_GET | M_POST, ROLE_ENTERPRISE | ROLE_REVIEWER, 0, inputs, handle,
			   enterprise_form };
