/* Unit tests of lib/proxy.c: which addresses are trusted proxies, and what a
 * request from one or from anyone else makes of X-Forwarded-For/-Proto. */
#include "dt.h"
#include "t.h"

static const char *
client(const char *list, const char *remote, const char *xff)
{
	static char out[64];
	return proxy_client(list, remote, xff, out, sizeof(out));
}

int
main(void)
{
	const char *list = "10.0.0.5, 192.168.8.0/24 fd00::/8\t127.0.0.250";

	/* the list: exact addresses, CIDR blocks, IPv6, separators */
	CHECK(proxy_trusted(list, "10.0.0.5"));
	CHECK(!proxy_trusted(list, "10.0.0.50"));
	CHECK(proxy_trusted(list, "192.168.8.77"));
	CHECK(!proxy_trusted(list, "192.168.9.1"));
	CHECK(proxy_trusted(list, "fd12::1"));
	CHECK(!proxy_trusted(list, "fe80::1"));
	CHECK(proxy_trusted(list, "127.0.0.250"));
	CHECK(!proxy_trusted(list, "127.0.0.1"));
	CHECK(!proxy_trusted(NULL, "10.0.0.5"));
	CHECK(!proxy_trusted("", "10.0.0.5"));
	CHECK(!proxy_trusted("10.0.0.0/33 nonsense 10.0.0.5/x", "10.0.0.5"));
	CHECK(!proxy_trusted(list, "not-an-address"));
	CHECK(proxy_trusted("0.0.0.0/0", "203.0.113.9"));

	/* X-Forwarded-For: believed only from a trusted proxy; the last untrusted hop is the client */
	CHECK(!strcmp(client(list, "203.0.113.9", "198.51.100.1"), "203.0.113.9"));     /* not a proxy */
	CHECK(!strcmp(client(list, "10.0.0.5", "198.51.100.1"), "198.51.100.1"));
	CHECK(!strcmp(client(list, "10.0.0.5", "6.6.6.6, 198.51.100.1"), "198.51.100.1"));   /* forged hop left */
	CHECK(!strcmp(client(list, "10.0.0.5", "198.51.100.1, 192.168.8.3"), "198.51.100.1")); /* two proxies */
	CHECK(!strcmp(client(list, "10.0.0.5", "garbage"), "10.0.0.5"));
	CHECK(!strcmp(client(list, "10.0.0.5", ""), "10.0.0.5"));
	CHECK(!strcmp(client(list, "10.0.0.5", NULL), "10.0.0.5"));
	CHECK(!strcmp(client(list, "10.0.0.5", " 2001:db8::7 "), "2001:db8::7"));
	CHECK(!strcmp(client(NULL, "10.0.0.5", "198.51.100.1"), "10.0.0.5"));

	/* https: the server's own TLS, or a trusted proxy's X-Forwarded-Proto (its last value) */
	CHECK(proxy_https(NULL, "203.0.113.9", "on", NULL));
	CHECK(!proxy_https(list, "203.0.113.9", NULL, "https"));
	CHECK(proxy_https(list, "10.0.0.5", NULL, "https"));
	CHECK(proxy_https(list, "10.0.0.5", NULL, "HTTPS"));
	CHECK(!proxy_https(list, "10.0.0.5", NULL, "http"));
	CHECK(!proxy_https(list, "10.0.0.5", NULL, "https, http"));
	CHECK(proxy_https(list, "10.0.0.5", NULL, "http, https"));
	CHECK(!proxy_https(list, "10.0.0.5", NULL, "httpsx"));
	CHECK(!proxy_https(list, "10.0.0.5", "off", NULL));
	return T_DONE();
}
