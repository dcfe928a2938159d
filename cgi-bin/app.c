/*
 * app - 申请报告: one platform application, the page everything else links to.
 * 服务平台 (its own) and 旗县区/盟市/自治区 reviewers (submitted ones in scope),
 * assigned experts.  The page itself is lib/overview.c, shared by every
 * programme.
 */
#include "programme.h"

const struct page PAGE = { "app", M_GET | M_POST, ROLE_PLATFORM | ROLE_REVIEWER | ROLE_EXPERT, 0, overview_inputs, overview_page };
