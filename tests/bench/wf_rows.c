/*
 * wf_rows - the workflow table of every registered programme as a PHP file,
 * for make bench's PHP peer (tests/bench/php/home.php builds its to-do list
 * from it, as cgi-bin/home.c does from the registry).  One row per
 * transition, in registry order:
 *   [role, programme, stage, from, optional, label, page, deadline,
 *    programme name, stage title, the state's words]
 * Usage: wf_rows > wf_rows.php
 */
#include <stdio.h>
#include <string.h>
#include "dt.h"
#include "proc.h"
#include "workflow.h"

void req_free(struct req *r);

/* a PHP single-quoted string */
static void
php_str(const char *s)
{
	putchar('\'');
	for (; s && *s; s++) {
		if (*s == '\'' || *s == '\\') putchar('\\');
		putchar(*s);
	}
	fputs("', ", stdout);
}

int
main(void)
{
	struct proc a = { 0 };
	struct req r;

	proc_tool_req(&a, &r, "wf_rows");
	puts("<?php\n// made by build/bench/wf_rows from the programme registry: do not edit\nreturn [");
	for (int k = 0; programmes[k]; k++) {
		const struct programme *p = programmes[k];
		for (int g = 0; p->stages[g].key; g++)
			for (const struct transition *t = p->stages[g].workflow; t->from; t++) {
				fputs("  [", stdout);
				php_str(role_key(t->role));
				php_str(p->key);
				php_str(p->stages[g].key);
				php_str(t->from);
				printf("%d, ", (t->flags & WF_OPTIONAL) != 0);
				php_str(t->label);
				php_str(t->page);
				php_str(t->deadline ? t->deadline : "");
				php_str(p->name);
				php_str(p->stages[g].title);
				php_str(programme_state_label(&r, p, t->from));
				puts("],");
			}
	}
	puts("];");
	req_free(&r);
	return 0;
}
