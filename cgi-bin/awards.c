/*
 * awards - 奖励遴选 (市): the 市's selection of an award call's recommended items, each with the amount it decides
 * (the batch's rule set within its caps, with the explanation), the counts selected against the seed's minimum
 * counts, and publishing the list.  lib/programmes/awards.c has it.
 */
#include "programmes/awards.h"

const struct page PAGE = { "awards", M_GET | M_POST, ROLE_CITY, 0, awards_inputs, awards_page };
