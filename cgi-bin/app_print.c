/*
 * app_print - the printed 申请报告 (线上与线下数据应保持一致): laid out like 附件2
 * (cover, 承诺书, 实施方案), then the served enterprises as 附件3 and the 附件4
 * table (platform.c's print_doc; lib/print.c renders it from the version's
 * frozen content) for the browser, as PDF or as Word.  服务平台 (own) and
 * reviewers in scope.  GET ?id=N[&v=K][&format=print|css|pdf|docx].
 */
#include "programme.h"

const struct page PAGE = { "app_print", M_GET, ROLE_PLATFORM | ROLE_REVIEWER | ROLE_EXPERT, PAGE_THREADS, print_inputs, print_page };
