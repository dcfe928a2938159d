/* t.h - a minimal unit-test harness: CHECK(cond) counts and reports;
 * main ends with T_DONE(), which prints "N passed, N failed". */
#ifndef T_H
#define T_H
#include <stdio.h>
#include <string.h>
static int t_pass, t_fail;
#define CHECK(c) do { if (c) t_pass++; else { t_fail++; \
	fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #c); } } while (0)
#define CHECK_OK(e) CHECK((e) == NULL)
#define CHECK_ERR(e) CHECK((e) != NULL)
#define T_DONE() (printf("%d passed, %d failed\n", t_pass, t_fail), t_fail ? 1 : 0)
#endif
