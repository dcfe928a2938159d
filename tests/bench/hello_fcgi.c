/* The FastCGI baseline of `make bench`: the cheapest possible FastCGI loop. */
#include <stdlib.h>
#include <fcgiapp.h>

int
main(void)
{
	FCGX_Request q;
	const char *path = getenv("DTPILOT_FCGI_SOCKET");
	int sock = path ? FCGX_OpenSocket(path, 1024) : 0;

	if (sock < 0 || FCGX_Init() != 0 || FCGX_InitRequest(&q, sock, 0) != 0) return 1;
	while (FCGX_Accept_r(&q) >= 0) {
		FCGX_PutS("Status: 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
			  "<!DOCTYPE html><html lang=\"zh-CN\"><title>hello</title><p>hello</p></html>\n", q.out);
		FCGX_Finish_r(&q);
	}
	return 0;
}
