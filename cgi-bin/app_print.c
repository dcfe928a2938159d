/*
 * app_print - the printed 申请报告 (线上与线下数据应保持一致): laid out like 附件2
 * (cover, 承诺书, 实施方案), then the served enterprises in 附件3's columns and
 * the 附件4 table, for A4 (templates/app_print.cs; lib/overview.c renders it
 * from the version's frozen content).  服务平台 (own) and reviewers in scope.
 * GET ?id=N[&v=K].
 */
#include "programme.h"

const struct page PAGE = { "app_print", M_GET, ROLE_PLATFORM | ROLE_REVIEWER | ROLE_EXPERT, 0, print_inputs, print_page };
