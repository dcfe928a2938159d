/*
 * qr.c - a QR code (libqrencode) as an SVG document: one path of unit
 * squares with a four-module quiet zone.
 */
#include <stdio.h>
#include <string.h>
#include <qrencode.h>
#include <openssl/evp.h>
#include "dt.h"

char *
qr_svg(struct req *r, const char *text)
{
	QRcode *q = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	STRING s;
	char *out;
	int w;

	if (!q) return NULL;
	w = q->width;
	string_init(&s);
	string_appendf(&s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		       "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" shape-rendering=\"crispEdges\">"
		       "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/><path fill=\"#000\" d=\"", w + 8, w + 8, w + 8, w + 8);
	for (int y = 0; y < w; y++)
		for (int x = 0; x < w; x++)
			if (q->data[y * w + x] & 1) string_appendf(&s, "M%d %dh1v1h-1z", x + 4, y + 4);
	string_append(&s, "\"/></svg>\n");
	QRcode_free(q);
	out = req_strdup(r, s.buf);
	string_clear(&s);
	return out;
}

/* The public origin for links that leave the site (QR codes): Site.Origin, else this request's host. */
const char *
public_origin(struct req *r)
{
	const char *o = req_conf(r, "Site.Origin", NULL);
	const char *h = req_env(r, "HTTP_HOST");
	const char *port = req_env(r, "SERVER_PORT");

	if (o) return o;
	if (!h || strpbrk(h, "\r\n\"<> ")) h = "127.0.0.1";
	if (!strchr(h, ':') && port && valid_int(port, 1, 65535, NULL) == 0 && strcmp(port, r->https ? "443" : "80"))
		/* nginx's Debian fastcgi_params passes $host, without the port */
		return req_printf(r, "%s://%s:%s", r->https ? "https" : "http", h, port);
	return req_printf(r, "%s://%s", r->https ? "https" : "http", h);
}

/* an SVG document as a data: URI for <img src> (base64, so nothing in it needs escaping) */
char *
svg_data_uri(struct req *r, const char *svg)
{
	size_t n = strlen(svg);
	char *out = req_alloc(r, 27 + 4 * ((n + 2) / 3) + 1);

	memcpy(out, "data:image/svg+xml;base64,", 26);
	EVP_EncodeBlock((unsigned char *)out + 26, (const unsigned char *)svg, (int)n);
	return out;
}
