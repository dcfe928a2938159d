/*
 * qr - the QR code printed on every page of a submitted 申请报告: it points
 * to the public verification page for that version.  Public; GET ?code=X.
 * Only codes of real versions are drawn.
 */
#include <string.h>
#include "programme.h"

static const struct input inputs[] = {
	{ "code", "验证码", VT_LINE, IN_REQ, 0, 16 },
	{ NULL }
};

static int
handle(struct req *r)
{
	const char *code = req_str(r, "code");
	struct dbrows *d;
	char *svg;

	if (!code) return 404;
	d = db_query(r, "SELECT code FROM app_versions WHERE code = UPPER(?)", DS(code));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	svg = qr_svg(r, req_printf(r, "%s/cgi-bin/verify.cgi?code=%s", public_origin(r), dbv(d, 0, 0)));
	if (!svg) return 500;
	return page_send_bytes(r, "image/svg+xml", NULL, svg, strlen(svg));
}

const struct page PAGE = { "qr", M_GET, 0, PAGE_PUBLIC | PAGE_READONLY, inputs, handle };
