/*
 * county_rec - 县区推荐 (洛阳 通知 三（二）1): the 县区's ranked recommendation of
 * the enterprises it passed, against its quota of 附件2 (fewer needs a
 * confirmation and a reason), submitted with the 县区推荐文件 before the 县区
 * deadline, then frozen; an enterprise returned by the 市 and passed again is
 * recommended again.  The list is the enterprise programme's struct
 * rec_spec; the page is lib/reclist.c.  县区 reviewers (their county).
 */
#include "reclist.h"

const struct page PAGE = { "county_rec", M_GET | M_POST, ROLE_COUNTY | ROLE_FINANCE, PAGE_UPLOAD, rec_inputs, rec_page };
