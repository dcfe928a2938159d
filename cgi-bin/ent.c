/*
 * ent - 申报书: one 中小企业's application to its city's enterprise programme.
 * 中小企业 (its own), a 服务商 (its own award applications, the award calls taking its role) and 县区/市
 * reviewers in scope.  The page itself is
 * lib/overview.c, shared by every programme.
 */
#include "programme.h"

const struct page PAGE = { "ent", M_GET | M_POST, ROLE_ENTERPRISE | ROLE_PROVIDER | ROLE_REVIEWER, 0, overview_inputs, overview_page };
