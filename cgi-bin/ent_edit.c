/*
 * ent_edit - one part of the 洛阳 申报表 (第一部分 to 第四部分), saved as a draft
 * on its own.  中小企业 (its own; read-only once submitted or past the
 * deadline) and reviewers in scope (read-only).  GET ?id=N&section=e1..e4;
 * POST saves the part under its version (lib/sections.c, shared with the
 * platform programme).
 */
#include "programme.h"

const struct page PAGE = { "ent_edit", M_GET | M_POST, ROLE_ENTERPRISE | ROLE_REVIEWER | ROLE_PROVIDER, 0, section_inputs, section_page, NULL, section_form };
