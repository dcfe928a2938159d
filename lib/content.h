/*
 * content.h - parsing the canonical content of a version (lib/content.c).
 */
#ifndef DT_CONTENT_H
#define DT_CONTENT_H

struct kv { char *k, *v; };

/* how many lines the text has (an upper bound of its key=value pairs) */
int content_lines(const char *text);
/* splits text in place into at most cap pairs; lines without '=' are skipped; returns the count */
int content_split(char *text, struct kv *out, int cap);
/* undoes the \n, \r and \\ escapes of a value; dst holds at least strlen(src) + 1 bytes */
void content_unescape_to(char *dst, const char *src);

#endif
