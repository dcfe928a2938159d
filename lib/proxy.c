/*
 * proxy.c - who the client is, behind a TLS-terminating proxy or load
 * balancer.  Proxy.Trusted lists the addresses (or CIDR blocks) of the
 * proxies in front of the pages, separated by spaces or commas.  Only when
 * the connection comes from one of them are X-Forwarded-For (the client's
 * address, for the login and registration throttles, sessions and the audit
 * log) and X-Forwarded-Proto (https: Secure cookies and HSTS) believed;
 * from anywhere else the headers are ignored and REMOTE_ADDR and HTTPS
 * decide, so a client cannot claim another address or a secure channel.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <arpa/inet.h>
#include "dt.h"

/* addr as 16 bytes (IPv4 mapped into IPv6), so both families compare alike */
static int
parse_addr(const char *s, size_t n, unsigned char out[16])
{
	char buf[64];
	struct in_addr v4;

	if (n == 0 || n >= sizeof(buf)) return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (inet_pton(AF_INET, buf, &v4) == 1) {
		memset(out, 0, 10);
		out[10] = out[11] = 0xff;
		memcpy(out + 12, &v4, 4);
		return 4;
	}
	return inet_pton(AF_INET6, buf, out) == 1 ? 6 : -1;
}

/* one entry of the list: "10.0.0.5", "10.0.0.0/8", "::1", "fd00::/8" */
static int
entry_matches(const char *e, size_t n, const unsigned char a[16])
{
	const char *slash = memchr(e, '/', n);
	unsigned char net[16];
	long bits;
	int fam = parse_addr(e, slash ? (size_t)(slash - e) : n, net);

	if (fam < 0) return 0;
	if (!slash) bits = 128;
	else {
		char num[8], *end;
		size_t k = n - (size_t)(slash - e) - 1;
		if (k == 0 || k >= sizeof(num)) return 0;
		memcpy(num, slash + 1, k);
		num[k] = '\0';
		bits = strtol(num, &end, 10);
		if (*end || bits < 0 || bits > (fam == 4 ? 32 : 128)) return 0;
		if (fam == 4) bits += 96;
	}
	for (long i = 0; i < bits; i++)
		if (((net[i / 8] ^ a[i / 8]) >> (7 - i % 8)) & 1) return 0;
	return 1;
}

int
proxy_trusted(const char *list, const char *addr)
{
	unsigned char a[16];

	if (!list || !addr || parse_addr(addr, strlen(addr), a) < 0) return 0;
	for (const char *p = list; *p;) {
		size_t n = strcspn(p, " ,\t");
		if (n && entry_matches(p, n, a)) return 1;
		p += n;
		p += strspn(p, " ,\t");
	}
	return 0;
}

/*
 * The client's address: REMOTE_ADDR, or, when that is a trusted proxy, the
 * last address of X-Forwarded-For that is not itself a trusted proxy
 * (each proxy appends the address it saw; what a client wrote in the header
 * stands to the left and is never reached while a trusted proxy appended
 * after it).  Anything that is not an address leaves REMOTE_ADDR.
 */
const char *
proxy_client(const char *list, const char *remote, const char *xff, char *out, size_t n)
{
	unsigned char a[16];

	snprintf(out, n, "%s", remote ? remote : "");
	if (!xff || !proxy_trusted(list, remote)) return out;
	for (size_t end = strlen(xff); end > 0;) {
		size_t start = end;
		while (start > 0 && xff[start - 1] != ',') start--;
		const char *s = xff + start;
		size_t k = end - start;
		while (k && (*s == ' ' || *s == '\t')) { s++; k--; }
		while (k && (s[k - 1] == ' ' || s[k - 1] == '\t')) k--;
		if (parse_addr(s, k, a) < 0 || k >= n) return out;
		snprintf(out, n, "%.*s", (int)k, s);
		if (!proxy_trusted(list, out)) return out;
		end = start ? start - 1 : 0;
	}
	return out;
}

/* https: the server's own TLS (HTTPS=on), or a trusted proxy's X-Forwarded-Proto (its last value) */
int
proxy_https(const char *list, const char *remote, const char *https, const char *xfp)
{
	const char *last;

	if (https && !strcasecmp(https, "on")) return 1;
	if (!xfp || !proxy_trusted(list, remote)) return 0;
	last = strrchr(xfp, ',');
	last = last ? last + 1 : xfp;
	while (*last == ' ' || *last == '\t') last++;
	return !strncasecmp(last, "https", 5) && strspn(last + 5, " \t") == strlen(last + 5);
}

void
req_client(struct req *r)
{
	const char *list = req_conf(r, "Proxy.Trusted", NULL);
	const char *remote = req_env(r, "REMOTE_ADDR");

	proxy_client(list, remote, req_env(r, "HTTP_X_FORWARDED_FOR"), r->ip, sizeof(r->ip));
	r->https = proxy_https(list, remote, req_env(r, "HTTPS"), req_env(r, "HTTP_X_FORWARDED_PROTO"));
}
