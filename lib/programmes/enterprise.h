/*
 * enterprise.h - what other modules use of the 中小企业 programme (洛阳, seed
 * 000): its option labels and the batch's pilot industries.
 */
#ifndef DT_PROG_ENTERPRISE_H
#define DT_PROG_ENTERPRISE_H
#include "programme.h"

extern const struct input enterprise_form[];
const char *enterprise_choice_label(const char *field, const char *key);
const char *enterprise_industry(struct req *r, const struct batch *b, int n);

#endif
