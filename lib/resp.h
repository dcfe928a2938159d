/*
 * resp.h - the buffered response (lib/resp.c)
 */
#ifndef DT_RESP_H
#define DT_RESP_H
#include "base.h"

/* ---- responses (lib/resp.c) ---------------------------------------------------- */
int page_render(struct req *r, const char *tpl);            /* 200 */
int page_render_status(struct req *r, int status, const char *tpl);
int page_redirect(struct req *r, const char *path);         /* path built by the server */
int page_error(struct req *r, int status);                  /* 400/403/404/405/413/429/500/503 */
void page_error_title(struct req *r, int status);           /* Error.Title in words, unless set */
int page_flash_redirect(struct req *r, const char *path, const char *msg);
void page_header(struct req *r, const char *name, const char *value);
int page_send_bytes(struct req *r, const char *ctype, const char *filename,
		    const void *data, size_t len);
void resp_flush(struct req *r);
/*
 * Streaming a list too long to hold: page_stream_begin renders tpl, whose
 * table() has t.stream set; if the page has the rows' mark (*rows = 1), the
 * headers and the page up to it are sent and the caller sends the rows
 * (page_stream_render of a rows template, a group at a time); resp_flush
 * sends the rest.  *rows = 0: the page as usual.  A file: resp_stream_begin
 * sends the headers, resp_stream the bytes.
 */
int page_stream_begin(struct req *r, const char *tpl, int *rows);
int page_stream_render(struct req *r, const char *tpl);     /* 0 or 500 */
void resp_stream_begin(struct req *r, const char *ctype, const char *disposition);
void resp_stream(struct req *r, const char *buf, size_t len);
int safe_next(const char *p);        /* 1 when p is a relative /cgi-bin/x.cgi path */
const char *page_referer(struct req *r);   /* the page of ours the request came from, or NULL */
const char *page_self(struct req *r);      /* this page with its query, or NULL */

#endif
