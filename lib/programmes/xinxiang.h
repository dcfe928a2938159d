/*
 * xinxiang.h - what the 新乡经开区 pages (cgi-bin/xx_*.c) use of the programme
 * (004 第十五至十八条、第二十一至二十五条, 免申即享): its option labels, the
 * proposal of a round's reward list from the records, an explanation as text.
 */
#ifndef DT_PROG_XINXIANG_H
#define DT_PROG_XINXIANG_H
#include "programme.h"
#include "ruleset.h"

extern const struct programme xinxiang_programme;

/* 企业类别 and 第二十五条 kinds: key -> label (NULL when unknown) */
const char *xx_category_label(const char *key);
const char *xx_exclusion_label(const char *key);
extern const char *const xx_categories[][2];   /* { key, label }, { NULL } */
extern const char *const xx_exclusions[][2];


/* 第二十一、二十二条: in the caller's transaction, one application per enterprise of the round's region
 * that has an assessed level (二级 and above) whose revenues of the year and the next are recorded and
 * that no earlier reward took, computed by the round's rule set; skipped (with why) the enterprises whose
 * reward of another round is not yet 审定.  *made: rewards proposed, *refused: those paying nothing;
 * Skipped.N.{org,why} in the HDF.  0 ok, -1 fault. */
int xx_propose(struct req *r, const struct batch *b, int *made, int *refused, int *skipped);

#endif
