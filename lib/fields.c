/*
 * fields.c - the generic field store of an application's form, saved section by
 * section under each section's version.
 * See filing.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "filing.h"

const char *
fields_value(const struct dbrows *d, const char *name)
{
	for (int k = 0; d && k < d->nrows; k++)
		if (!strcmp(dbv(d, k, 0), name)) return dbv(d, k, 1);
	return "";
}

int
fields_to_hdf(struct req *r, long long app_id, const char *prefix)
{
	struct dbrows *d = db_query(r, "SELECT name, value FROM app_fields WHERE application_id = ?", DI(app_id));
	if (!d) return -1;
	for (int i = 0; i < d->nrows; i++)
		hset(r, req_printf(r, "%s.%s", prefix, dbv(d, i, 0)), dbv(d, i, 1));
	return 0;
}

void
section_versions_to_hdf(struct req *r, long long app_id)
{
	struct dbrows *d = db_query(r,
		"SELECT section, version, COALESCE(DATE_FORMAT(saved_at, '%Y-%m-%d %H:%i'), '')"
		" FROM app_sections WHERE application_id = ?", DI(app_id));
	for (int i = 0; d && i < d->nrows; i++) {
		hset(r, req_printf(r, "Sections.%s.version", dbv(d, i, 0)), dbv(d, i, 1));
		hset(r, req_printf(r, "Sections.%s.saved_at", dbv(d, i, 0)), dbv(d, i, 2));
	}
}

int
section_save(struct req *r, long long app_id, const struct input *form, const char *section, long long ver,
	     const char *const *values)
{
	long long n = db_exec(r,
		"UPDATE app_sections SET version = version + 1, saved_at = NOW()"
		" WHERE application_id = ? AND section = ? AND version = ?", DI(app_id), DS(section), DI(ver));
	if (n < 0) return 500;
	if (n == 0) return 409;
	for (int i = 0; form[i].name; i++) {
		const char *v = values[i];
		if (!form[i].section || strcmp(form[i].section, section)) continue;
		if (db_exec(r,
			"INSERT INTO app_fields (application_id, name, value) VALUES (?, ?, ?)"
			" ON DUPLICATE KEY UPDATE value = VALUES(value)",
			DI(app_id), DS(form[i].name), DS(v ? v : "")) < 0)
			return 500;
	}
	return 0;
}

/* ---- attachments ------------------------------------------------------------------ */
