/* The in-run baseline of `make bench`: the cheapest possible C CGI page. */
#include <stdio.h>

int
main(void)
{
	fputs("Status: 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
	      "<!DOCTYPE html><html lang=\"zh-CN\"><title>hello</title><p>hello</p></html>\n", stdout);
	return 0;
}
