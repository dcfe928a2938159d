/*
 * ent_print - the printed 申报书, laid out like the 洛阳 form: the cover
 * (申报企业（盖章）, 所属行业, 申报日期), then the 申报表's four parts with every
 * choice shown as ☑ or ☐ (enterprise.c's print_doc; lib/print.c renders it
 * from the version's frozen content) for the browser, as PDF or as Word (the
 * call asks for both, 通知 四).  中小企业 (own) and reviewers in scope.
 * GET ?id=N[&v=K][&format=print|css|pdf|docx].
 */
#include "programme.h"

const struct page PAGE = { "ent_print", M_GET, ROLE_ENTERPRISE | ROLE_PROVIDER | ROLE_REVIEWER | ROLE_EVALUATOR, PAGE_THREADS, print_inputs, print_page };
