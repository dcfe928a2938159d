/*
 * batches.c - a batch: its window, its rule parameters and deadlines by name, the batch a
 * list page shows.
 * See filing.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "filing.h"
#include "valid.h"

static void
batch_from_row(struct dbrows *d, int i, struct batch *b)
{
	memset(b, 0, sizeof(*b));
	b->id = dbi(d, i, 0);
	snprintf(b->programme, sizeof(b->programme), "%s", dbv(d, i, 1));
	b->year = (int)dbi(d, i, 2);
	snprintf(b->title, sizeof(b->title), "%s", dbv(d, i, 3));
	snprintf(b->region, sizeof(b->region), "%s", dbv(d, i, 4));
	snprintf(b->open_date, sizeof(b->open_date), "%s", dbv(d, i, 5));
	snprintf(b->applicant_deadline, sizeof(b->applicant_deadline), "%s", dbv(d, i, 6));
	b->open = (int)dbi(d, i, 7);
	b->past_deadline = (int)dbi(d, i, 8);
	snprintf(b->ruleset, sizeof(b->ruleset), "%s", dbv(d, i, 9));
	b->ruleset_version = (int)dbi(d, i, 10);
}

int
batch_load(struct req *r, long long id, struct batch *b)
{
	struct dbrows *d = db_query(r,
		"SELECT id, programme, year, title, region_code, open_date, applicant_deadline,"
		" CURDATE() BETWEEN open_date AND applicant_deadline, CURDATE() > applicant_deadline,"
		" COALESCE(ruleset, ''), COALESCE(ruleset_version, 0) FROM batches WHERE id = ?",
		DI(id));
	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	batch_from_row(d, 0, b);
	/* its parameters and its deadlines (the application deadline is one of them, by name) */
	d = db_query(r, "SELECT 'p', name, value, 0 FROM batch_params WHERE batch_id = ? UNION ALL"
			" SELECT 'd', name, DATE_FORMAT(day, '%Y-%m-%d'), CURDATE() > day FROM batch_deadlines WHERE batch_id = ?",
		     DI(id), DI(id));
	if (!d) return 500;
	for (int i = 0; i < d->nrows; i++)
		if (dbv(d, i, 0)[0] == 'p') batch_param_set(b, dbv(d, i, 1), dbv(d, i, 2));
		else if (b->ndeadlines < BATCH_MAX_DEADLINES) {
			snprintf(b->deadlines[b->ndeadlines].name, sizeof(b->deadlines[0].name), "%s", dbv(d, i, 1));
			snprintf(b->deadlines[b->ndeadlines].day, sizeof(b->deadlines[0].day), "%s", dbv(d, i, 2));
			b->deadlines[b->ndeadlines++].past = (int)dbi(d, i, 3);
		}
	return 0;
}

const char *
batch_param(const struct batch *b, const char *name)
{
	for (int i = 0; i < b->nparams; i++)
		if (!strcmp(b->params[i].name, name)) return b->params[i].value;
	return NULL;
}

int
batch_int(const struct batch *b, const char *name)
{
	const char *v = batch_param(b, name);
	return v ? (int)strtol(v, NULL, 10) : 0;
}

long long
batch_yuan(const struct batch *b, const char *name)
{
	const char *v = batch_param(b, name);
	return v ? strtoll(v, NULL, 10) : 0;
}

void
batch_param_set(struct batch *b, const char *name, const char *value)
{
	int i = 0;
	while (i < b->nparams && strcmp(b->params[i].name, name)) i++;
	if (i == b->nparams) {
		if (b->nparams == BATCH_MAX_PARAMS) return;
		b->nparams++;
		snprintf(b->params[i].name, sizeof(b->params[i].name), "%s", name);
	}
	snprintf(b->params[i].value, sizeof(b->params[i].value), "%s", value);
}

const char *
batch_deadline(const struct batch *b, const char *name)
{
	if (!strcmp(name, "applicant")) return b->applicant_deadline;
	for (int i = 0; i < b->ndeadlines; i++)
		if (!strcmp(b->deadlines[i].name, name)) return b->deadlines[i].day;
	return NULL;
}

int
batch_deadline_past(const struct batch *b, const char *name)
{
	if (!strcmp(name, "applicant")) return b->past_deadline;
	for (int i = 0; i < b->ndeadlines; i++)
		if (!strcmp(b->deadlines[i].name, name)) return b->deadlines[i].past;
	return 0;
}

const char *
cn_date(struct req *r, const char *iso)
{
	/* 2026-04-30 -> 2026年4月30日 */
	if (strlen(iso) != 10) return iso;
	return req_printf(r, "%.4s年%d月%d日", iso, (iso[5] - '0') * 10 + (iso[6] - '0'),
			  (iso[8] - '0') * 10 + (iso[9] - '0'));
}

void
batch_to_hdf(struct req *r, const struct batch *b, const char *p)
{
	hsetf(r, req_printf(r, "%s.id", p), "%lld", b->id);
	hset(r, req_printf(r, "%s.title", p), b->title);
	hseti(r, req_printf(r, "%s.year", p), b->year);
	hset(r, req_printf(r, "%s.programme", p), b->programme);
	hset(r, req_printf(r, "%s.open_date", p), cn_date(r, b->open_date));
	hset(r, req_printf(r, "%s.applicant_deadline", p), cn_date(r, b->applicant_deadline));
	hseti(r, req_printf(r, "%s.open", p), b->open);
	hseti(r, req_printf(r, "%s.past_deadline", p), b->past_deadline);
	/* the named deadlines as <name>_deadline, the parameters by name (money in 万元 beside by programme.c) */
	for (int i = 0; i < b->ndeadlines; i++)
		hset(r, req_printf(r, "%s.%s_deadline", p, b->deadlines[i].name), cn_date(r, b->deadlines[i].day));
	for (int i = 0; i < b->nparams; i++) {
		const char *n = b->params[i].name;
		size_t len = strlen(n);
		hset(r, req_printf(r, "%s.%s", p, n), b->params[i].value);
		/* an amount in 元 (cap_platform_yuan) is also shown in 万元 (cap_platform) */
		if (len > 5 && !strcmp(n + len - 5, "_yuan")) {
			char m[32];
			hset(r, req_printf(r, "%s.%.*s", p, (int)(len - 5), n), money_trim(strtoll(b->params[i].value, NULL, 10), m, sizeof(m)));
		}
	}
}

long long
batch_default(struct req *r, const char *programme, long long id)
{
	const char *where = r->authed && scope_code(r)[0] ? scope_code(r) : req_conf(r, "Site.ProvinceCode", "150000");
	struct dbrows *d;
	static const char *const names[] = { "id", "title", NULL };

	/* the batches over the user's region (a province's, or its city's for the enterprise programme) */
	d = db_query(r, "SELECT b.id, b.title FROM batches b JOIN regions s ON s.code = ?"
			" WHERE b.programme = ? AND b.region_code IN (s.code, s.city_code, s.province_code)"
			" ORDER BY b.open_date DESC, b.id DESC", DS(where), DS(programme));
	db_to_hdf(r, d, "BatchList", names);
	if (id) {
		/* ?batch= names one of these or none: another region's or programme's batch is not there (404) */
		int found = 0;
		for (int i = 0; d && i < d->nrows && !found; i++) found = dbi(d, i, 0) == id;
		return found ? id : 0;
	}
	d = db_query(r, "SELECT b.id FROM batches b JOIN regions s ON s.code = ?"
			" WHERE b.programme = ? AND b.region_code IN (s.code, s.city_code, s.province_code)"
			" AND b.open_date <= CURDATE() ORDER BY b.open_date DESC, b.id DESC LIMIT 1", DS(where), DS(programme));
	id = d && d->nrows ? dbi(d, 0, 0) : 0;
	return id;
}

int
publicity_period(struct req *r, long long batch_id, const char *field, int n, char end[11])
{
	const char *start = req_str(r, field);
	struct dbrows *d, *h;
	const char **hol;
	int rc = 0;

	if (!start) { req_field_error(r, field, "请填写公示开始日期"); return 422; }
	/* a 公示 is seen for its whole period: it starts on the day it is published or later */
	d = db_query(r, "SELECT ? < CURDATE(), DATE_FORMAT(CURDATE(), '%Y-%m-%d')", DS(start));
	if (!d || !d->nrows) { dbrows_free(d); return 500; }
	if (dbi(d, 0, 0)) {
		req_field_error(r, field, req_printf(r, "公示开始日期不能早于发布之日（%s），公示期须全程公开", cn_date(r, dbv(d, 0, 1))));
		return 422;
	}
	if (!(h = db_query(r, "SELECT DATE_FORMAT(day, '%Y-%m-%d') FROM batch_holidays WHERE batch_id = ?", DI(batch_id)))) return 500;
	hol = req_alloc(r, sizeof(char *) * (size_t)(h->nrows + 1));
	for (int i = 0; i < h->nrows; i++) hol[i] = req_strdup(r, dbv(h, i, 0));
	if (workdays_end(start, n, hol, h->nrows, end)) rc = 500;
	return rc;
}
