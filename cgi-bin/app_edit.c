/*
 * app_edit - one section of the 申请报告 (基本信息, 申报细分行业, 申报条件,
 * 承诺书, 实施方案, 绩效评价目标表), saved as a draft on its own.
 * 服务平台 (its own application; read-only once submitted or past the
 * deadline), reviewers in scope and assigned experts (read-only).
 * GET ?id=N&section=K; POST saves the section under its version (lib/sections.c).
 */
#include "programme.h"

const struct page PAGE = { "app_edit", M_GET | M_POST, ROLE_PLATFORM | ROLE_REVIEWER | ROLE_EXPERT, 0, section_inputs, section_page, NULL, section_form };
