/*
 * recommend - 盟市推荐: the city's recommendation for a batch (申报指南 五（二）-
 * （四）): at most 5 sub-industries of 附件1 and 3 ranked platforms each, with
 * reasons, submitted once with the 盟市工信和财政部门联合行文 before the 盟市
 * deadline, then frozen; the 自治区 may reopen it (audited).  The list is the
 * platform programme's struct rec_spec; the page is lib/reclist.c.
 * 盟市 reviewers (their city), the administrator (any city, ?city=) and the 盟市's 财政
 * (its city: confirms the list before the 盟市 may submit it, op=cosign, where it has an account).
 * The same page serves 洛阳's 市确定试点企业名单 (征集通知 三（二）2, the enterprise programme's city rec_spec):
 * the 市 lists the recommended enterprises, the 市财政局 confirms, the 市 submits with the 名单文件 (rounds: it
 * reopens its own list to add to it).
 */
#include "reclist.h"

const struct page PAGE = { "recommend", M_GET | M_POST, ROLE_CITY | ROLE_PROVINCE | ROLE_FINANCE, PAGE_UPLOAD, rec_inputs, rec_page };
