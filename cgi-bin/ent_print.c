/*
 * ent_print - the printed 申报书, laid out like the 洛阳 form: the cover
 * (申报企业（盖章）, 所属行业, 申报日期), then the 申报表's four parts with every
 * choice shown as ☑ or ☐ (templates/ent_print.cs; lib/overview.c renders it
 * from the version's frozen content).  中小企业 (own) and reviewers in scope.
 * GET ?id=N[&v=K].
 */
#include "programme.h"

const struct page PAGE = { "ent_print", M_GET, ROLE_ENTERPRISE | ROLE_REVIEWER, 0, print_inputs, print_page };
