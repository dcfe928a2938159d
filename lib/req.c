/*
 * req.c - declared inputs, validated values, the request arena, uploads.
 *
 * A handler sees only values that passed the validator its page declared;
 * any field it did not declare makes the request a 400.  A user's mistake
 * is kept as Form.<name> (what they typed, for re-display) and
 * Err.<name> (the Chinese message shown beside the field).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcgiapp.h>
#include "dt.h"
#include "proc.h"

struct mem { struct mem *next; char data[]; };
struct cleanup { struct cleanup *next; void (*fn)(void *); void *arg; };

void
req_defer(struct req *r, void (*fn)(void *), void *arg)
{
	struct cleanup *c = malloc(sizeof(*c));
	if (!c) { LOG(r, "out of memory"); abort(); }
	*c = (struct cleanup){ r->cleanups, fn, arg };
	r->cleanups = c;
}

void
req_undefer(struct req *r, void *arg)
{
	for (struct cleanup **p = &r->cleanups, *c; (c = *p); p = &c->next)
		if (c->arg == arg) {
			*p = c->next;
			c->fn(c->arg);
			free(c);
			return;
		}
}

void *
req_alloc(struct req *r, size_t n)
{
	struct mem *m = calloc(1, sizeof(*m) + n + 1);
	if (!m) { LOG(r, "out of memory"); abort(); }
	m->next = r->mem;
	r->mem = m;
	return m->data;
}

/*
 * A scope in the arena: what is allocated after req_mark is freed by
 * req_release, so a page that streams a long list keeps one group of rows
 * at a time.  Scopes nest; nothing allocated inside may be used after.
 */
struct mem *req_mark(struct req *r) { return r->mem; }

void
req_release(struct req *r, struct mem *mark)
{
	while (r->mem && r->mem != mark) {
		struct mem *m = r->mem;
		r->mem = m->next;
		free(m);
	}
}

void *
req_grow(struct req *r, void *a, int n, int *cap, size_t size)
{
	void *p;
	if (n < *cap) return a;
	*cap = *cap ? *cap * 2 : 64;
	p = req_alloc(r, size * (size_t)*cap);
	if (n) memcpy(p, a, size * (size_t)n);
	return p;
}

char *
req_strdup(struct req *r, const char *s)
{
	size_t n = strlen(s);
	char *p = req_alloc(r, n);
	memcpy(p, s, n);
	return p;
}

char *
req_printf(struct req *r, const char *fmt, ...)
{
	va_list ap;
	char buf[256], *p;
	int n;

	/* most are short: formatted once, into the stack, then copied */
	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n < 0) n = 0;
	p = req_alloc(r, (size_t)n);
	if ((size_t)n < sizeof(buf)) {
		memcpy(p, buf, (size_t)n);
		return p;
	}
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

const char *
req_conf(struct req *r, const char *key, const char *dflt)
{
	if (!r->proc || !r->proc->conf) return dflt;
	return hdf_get_value(r->proc->conf, key, dflt);
}

long long
req_conf_int(struct req *r, const char *key, long long dflt)
{
	const char *v = req_conf(r, key, NULL);
	long long n;
	if (!v || valid_int(v, -(1LL << 50), 1LL << 50, &n)) return dflt;
	return n;
}

const char *
req_env(struct req *r, const char *name)
{
	if (r->envp) return FCGX_GetParam(name, r->envp);   /* FastCGI */
	return getenv(name);        /* CGI: the process environment is the request's */
}

static int
input_index(const struct req *r, const char *name)
{
	for (int i = 0; i < r->nins; i++)
		if (!strcmp(r->ins[i]->name, name)) return i;
	return -1;
}

static void
collect_inputs(struct req *r)
{
	const struct input *tabs[2] = { r->page->inputs, r->form ? r->form : r->page->form };
	int n = 0;

	for (int t = 0; t < 2; t++)
		for (int i = 0; tabs[t] && tabs[t][i].name; i++) n++;
	r->ins = req_alloc(r, sizeof(*r->ins) * (size_t)(n + 1));
	r->nins = 0;
	for (int t = 0; t < 2; t++)
		for (int i = 0; tabs[t] && tabs[t][i].name; i++) r->ins[r->nins++] = &tabs[t][i];
}

const struct val *
req_val(struct req *r, const char *name)
{
	int i = input_index(r, name);
	if (i < 0) { LOG(r, "page reads undeclared input %s", name); return NULL; }
	return r->vals ? &r->vals[i] : NULL;
}

const char *
req_str(struct req *r, const char *name)
{
	const struct val *v = req_val(r, name);
	return v && !v->err ? v->s : NULL;
}

long long
req_int(struct req *r, const char *name, long long dflt)
{
	const struct val *v = req_val(r, name);
	return v && v->s && !v->err ? v->i : dflt;
}

int
req_has(struct req *r, const char *name)
{
	const struct val *v = req_val(r, name);
	return v && v->raw && v->raw[0];
}

void
req_field_error(struct req *r, const char *name, const char *msg)
{
	char key[128];
	int i = input_index(r, name);

	if (i >= 0 && r->vals && !r->vals[i].err) {
		r->vals[i].err = msg;
		r->nerr++;
	} else if (i < 0)
		r->nerr++;
	snprintf(key, sizeof(key), "Err.%s", name);
	hset(r, key, msg);
	hseti(r, "Err.Count", r->nerr);
}

int req_errors(struct req *r) { return r->nerr; }

const struct upload *
req_upload(struct req *r, const char *field)
{
	for (int i = 0; i < r->nuploads; i++)
		if (!strcmp(r->uploads[i].field, field)) return &r->uploads[i];
	return NULL;
}

/* multipart callback: files are kept apart from Query.*, plain fields go to
 * Query.* exactly as ClearSilver would store them (repeats as .0, .1, ...) */
int
upload_part(void *ctx, const struct mpart *p)
{
	struct req *r = ctx;
	char name[80], key[96];

	snprintf(name, sizeof(name), "%.*s", (int)p->name_len, p->name);
	if (p->has_filename) {
		struct upload *u;
		if (p->filename_len == 0 && p->data_len == 0) return 0;   /* no file chosen */
		if (r->nuploads >= 50) return -1;
		u = realloc(r->uploads, (size_t)(r->nuploads + 1) * sizeof(*u));
		if (!u) return -1;
		r->uploads = u;
		u = &r->uploads[r->nuploads++];
		memset(u, 0, sizeof(*u));
		u->field = req_strdup(r, name);
		u->client_name = req_alloc(r, p->filename_len);
		memcpy(u->client_name, p->filename, p->filename_len);
		u->data = (unsigned char *)p->data;     /* points into r->body */
		u->len = p->data_len;
		return 0;
	}
	{
		char *v = req_alloc(r, p->data_len);
		HDF *obj;
		memcpy(v, p->data, p->data_len);
		snprintf(key, sizeof(key), "Query.%s", name);
		obj = hdf_get_obj(r->hdf, key);
		if (obj) {
			int n = 0;
			HDF *c = hdf_obj_child(obj);
			if (!c) { hdf_set_value(obj, "0", hdf_obj_value(obj)); n = 1; }
			else for (; c; c = hdf_obj_next(c)) n++;
			char idx[16];
			snprintf(idx, sizeof(idx), "%d", n);
			hdf_set_value(obj, idx, v);
		}
		hset(r, key, v);
	}
	return 0;
}

static const char *
check_one(struct req *r, const struct input *in, const char *raw, struct val *v)
{
	const char *e = NULL;
	char buf[32];

	v->s = raw;
	/* what is unambiguous is made plain first (１５, 1,200, 40% where the unit is %, 0471 6912345) */
	if (in->type == VT_INT || in->type == VT_MONEY || in->type == VT_DECIMAL) {
		char *o = req_alloc(r, strlen(raw) + 1);
		raw = v->s = valid_number_normalise(raw, (in->flags & IN_PERCENT) != 0, o, strlen(raw) + 1);
	} else if (in->type == VT_PHONE || in->type == VT_MOBILE) {
		char *o = req_alloc(r, strlen(raw) + 2);
		raw = v->s = valid_phone_normalise(raw, o, strlen(raw) + 2);
	}
	switch (in->type) {
	case VT_LINE:
	case VT_SEARCH:
		e = valid_line(raw, 0, in->max);
		break;
	case VT_TEXT:
		e = valid_text(raw, 0, in->max);
		break;
	case VT_INT:
		e = valid_int(raw, in->min, in->max, &v->i);
		break;
	case VT_MONEY:
		e = valid_money(raw, &v->i);
		if (!e && in->max > 0 && v->i > in->max) e = "金额超出允许范围";
		break;
	case VT_DATE: {
		int y, m, d;
		e = valid_date(raw, &y, &m, &d);
		if (!e) v->i = (long long)y * 10000 + m * 100 + d;
		break;
	}
	case VT_USCC: {
		char c[19];
		e = valid_uscc(raw, c);
		if (!e) v->s = req_strdup(r, c);
		break;
	}
	case VT_PHONE: e = valid_phone(raw); break;
	case VT_MOBILE: e = valid_mobile(raw); break;
	case VT_EMAIL: e = valid_email(raw); break;
	case VT_USERNAME: e = valid_username(raw); break;
	case VT_PASSWORD: {
		long c = utf8_chars(raw);
		if (c < 0 || c > 128) e = "密码长度或字符无效";
		break;
	}
	case VT_REGION: e = valid_region(raw); break;
	case VT_KEY: e = valid_key(raw, in->max ? in->max : 32); break;
	case VT_BOOL:
		if (strcmp(raw, "1") != 0) e = "取值无效";
		else v->i = 1;
		break;
	case VT_TOKEN: e = valid_token(raw, in->max); break;
	case VT_FILE: e = "取值无效"; break;
	case VT_DECIMAL:
		/* negative only where the bounds allow it (利润) */
		if (raw[0] == '-' && in->min < 0) {
			e = valid_decimal2(raw + 1, &v->i);
			v->i = -v->i;
		} else
			e = valid_decimal2(raw, &v->i);
		if (!e && (v->i < in->min || (in->max && v->i > in->max))) {
			char a[32], b[32];
			e = req_printf(r, "应在%s至%s之间", dec2_fmt(in->min, a, sizeof(a)), dec2_fmt(in->max, b, sizeof(b)));
		}
		break;
	}
	(void)buf;
	if (e) v->s = NULL;
	return e;
}

int
req_validate(struct req *r)
{
	HDF *q = hdf_get_obj(r->hdf, "Query"), *c;
	int n;
	char key[96];

	collect_inputs(r);
	n = r->nins;
	r->vals = req_alloc(r, sizeof(struct val) * (size_t)(n + 1));
	/* run again once a page's record has told its form: start afresh */
	r->nerr = 0;
	{ NEOERR *err = hdf_remove_tree(r->hdf, "Err"); nerr_ignore(&err); }

	/* every field sent must be declared (csrf is everyone's); a page whose form is not known yet waits */
	for (c = q && (!r->page->form_for || r->form) ? hdf_obj_child(q) : NULL; c; c = hdf_obj_next(c)) {
		const char *name = hdf_obj_name(c);
		if (!strcmp(name, "csrf")) continue;
		int i = input_index(r, name);
		if (i < 0 || r->ins[i]->type == VT_FILE) {
			LOG(r, "undeclared field refused: %.64s", name);
			return 400;
		}
	}
	for (int k = 0; k < r->nuploads && (!r->page->form_for || r->form); k++) {
		int i = input_index(r, r->uploads[k].field);
		if (i < 0 || r->ins[i]->type != VT_FILE) {
			LOG(r, "undeclared upload refused: %.64s", r->uploads[k].field);
			return 400;
		}
	}

	for (int i = 0; i < n; i++) {
		struct val *v = &r->vals[i];
		HDF *o, *kid;
		const char *raw, *e = NULL;

		if (r->ins[i]->type == VT_FILE) {
			const struct upload *u = req_upload(r, r->ins[i]->name);
			if (u) { v->raw = u->client_name; v->s = u->client_name; }
			else if ((r->ins[i]->flags & IN_REQ) && r->method == M_POST) {
				v->err = "请选择要上传的文件";
				r->nerr++;
				snprintf(key, sizeof(key), "Err.%s", r->ins[i]->name);
				hset(r, key, v->err);
			}
			continue;
		}
		snprintf(key, sizeof(key), "Query.%s", r->ins[i]->name);
		o = hdf_get_obj(r->hdf, key);
		if (!o) {
			if ((r->ins[i]->flags & IN_REQ) && r->method == M_POST)
				e = (r->ins[i]->type == VT_REGION || r->ins[i]->type == VT_KEY || r->ins[i]->type == VT_BOOL ||
				     r->ins[i]->type == VT_DATE)
					? "请选择" : "请填写";
			goto done;
		}
		kid = hdf_obj_child(o);
		if (kid) {
			int cnt = 0, k = 0;
			if (!(r->ins[i]->flags & IN_MULTI)) {
				LOG(r, "field %s repeated", r->ins[i]->name);
				return 400;
			}
			for (HDF *x = kid; x; x = hdf_obj_next(x)) cnt++;
			v->multi = req_alloc(r, sizeof(char *) * (size_t)(cnt + 1));
			for (HDF *x = kid; x; x = hdf_obj_next(x)) {
				struct val tmp = { 0 };
				const char *xv = hdf_obj_value(x);
				if (!xv) continue;
				/* a blank entry keeps its place, so repeated rows stay aligned */
				if (!*xv) { v->multi[k++] = ""; continue; }
				if (!check_one(r, r->ins[i], xv, &tmp)) v->multi[k++] = tmp.s;
				else { e = "含有无效的选项"; break; }
			}
			v->nmulti = k;
			v->raw = hdf_obj_value(o);
			v->s = k ? v->multi[0] : NULL;
			goto done;
		}
		raw = hdf_obj_value(o);
		v->raw = raw ? raw : "";
		if (!v->raw[0]) {
			if ((r->ins[i]->flags & IN_REQ) && r->method == M_POST)
				e = (r->ins[i]->type == VT_REGION || r->ins[i]->type == VT_KEY) ? "请选择" : "请填写";
			goto done;
		}
		e = check_one(r, r->ins[i], v->raw, v);
		if (!e && (r->ins[i]->type == VT_LINE || r->ins[i]->type == VT_TEXT) && r->ins[i]->min > 0 &&
		    utf8_chars(v->raw) < r->ins[i]->min)
			e = "内容过短";
		if (!e && (r->ins[i]->flags & IN_MULTI)) {
			v->multi = req_alloc(r, sizeof(char *) * 2);
			v->multi[0] = v->s;
			v->nmulti = 1;
		}
done:
		if (r->ins[i]->type != VT_PASSWORD && v->raw) {
			/* a number or telephone made plain is shown as it will be stored */
			int plain = !e && v->s && (r->ins[i]->type == VT_INT || r->ins[i]->type == VT_MONEY ||
						   r->ins[i]->type == VT_DECIMAL || r->ins[i]->type == VT_PHONE ||
						   r->ins[i]->type == VT_MOBILE);
			snprintf(key, sizeof(key), "Form.%s", r->ins[i]->name);
			hset(r, key, plain ? v->s : v->raw);
		}
		if (e) {
			const char *msg = e;
			if (!strcmp(e, "请填写") || !strcmp(e, "请选择"))
				msg = req_printf(r, "%s%s", e, r->ins[i]->label ? r->ins[i]->label : "");
			else if (r->ins[i]->label && (r->ins[i]->type == VT_LINE || r->ins[i]->type == VT_TEXT) &&
				 !strcmp(e, "超过字数上限"))
				msg = req_printf(r, "%s最多%lld个字，当前%ld个字", r->ins[i]->label, r->ins[i]->max,
						 utf8_chars(v->raw));
			v->err = msg;
			v->s = NULL;
			r->nerr++;
			snprintf(key, sizeof(key), "Err.%s", r->ins[i]->name);
			hset(r, key, msg);
		}
	}
	hseti(r, "Err.Count", r->nerr);
	return 0;
}

void
req_free(struct req *r)
{
	struct mem *m = r->mem, *nx;

	while (r->cleanups) {
		struct cleanup *c = r->cleanups;
		r->cleanups = c->next;
		c->fn(c->arg);
		free(c);
	}
	if (r->cgi) cgi_destroy(&r->cgi);
	r->hdf = NULL;
	for (; m; m = nx) { nx = m->next; free(m); }
	r->mem = NULL;
	free(r->uploads);
	free(r->body);
	free(r->query);
	string_clear(&r->out);
	string_clear(&r->hdrs);
}
