/*
 * scenes - 长春's 附件2 需求、问题和场景清单 (实施细则 第四章（三）2): the scene tree of the
 * session's 市 (一级 -> 二级 -> 三级, with 问题及需求分析, 场景描述 and the number of products of
 * the 供需适配库 serving each), searchable, printable.
 * GET: anyone of the 市 (its 市工信局, 县（市）区, enterprises, 服务商) reads it.
 * POST op=add (the 市 whose list it is): a 二级 scene under a 一级 one or a 三级 under a 二级
 *      (注1: 一级 scenes are kept as they are; 二级 and 三级 may be added), numbered after the
 *      last of its parent's; audited.
 */
#include <string.h>
#include "workflow.h"
#include "list.h"

static const struct input inputs[] = {
	LIST_SEARCH("场景名称"),
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "parent", "上级场景", VT_LINE, 0, 0, 20 },
	{ "name", "场景名称", VT_LINE, 0, 2, 100 },
	{ "needs", "问题及需求分析", VT_TEXT, 0, 0, 1000 },
	{ "description", "场景描述", VT_TEXT, 0, 0, 1000 },
	{ NULL }
};

/* the 市 of the session (its scope, or the 市 of its 所在县（市）区) when it has a scene list, else NULL */
static const char *
city_of(struct req *r)
{
	struct dbrows *d = db_query(r, "SELECT g.city_code FROM regions g WHERE g.code = ? AND EXISTS"
				       " (SELECT 1 FROM cc_scenes s WHERE s.city_code = g.city_code)", DS(scope_code(r)));
	const char *c = d && d->nrows ? req_strdup(r, dbv(d, 0, 0)) : NULL;
	return c;
}

static int
render(struct req *r, const char *city, int status)
{
	static const char *const names[] = { "id", "code", "level", "name", "needs", "description", "products", "added", "seed_code",
					      "parent", NULL };
	const char *q = req_str(r, "q") ? req_str(r, "q") : "";
	struct dbrows *d;

	hseti(r, "Scenes.editor", r->s.role == ROLE_CITY && city);
	hset(r, "Filter.q", q);
	if (!city) return page_render_status(r, status, "scenes.cs");
	/* a search keeps the matching scenes with the levels above them */
	d = db_query(r, "SELECT s.id, s.code, s.level, s.name, COALESCE(s.needs, ''), COALESCE(s.description, ''),"
			" (SELECT COUNT(*) FROM cc_product_scenes x JOIN cc_products p ON p.id = x.product_id"
			"  JOIN providers v ON v.account_id = p.provider_id AND v.state = 'approved' WHERE x.scene_id = s.id),"
			" s.added_by IS NOT NULL, COALESCE(s.seed_code, ''), COALESCE(s.parent_code, '')"
			" FROM cc_scenes s WHERE s.city_code = ? AND (? = '' OR EXISTS (SELECT 1 FROM cc_scenes m"
			"  WHERE m.city_code = s.city_code AND m.name LIKE CONCAT('%', ?, '%')"
			"  AND (m.code = s.code OR m.code LIKE CONCAT(s.code, '.%') OR s.code LIKE CONCAT(m.code, '.%'))))"
			" ORDER BY s.sort_key", DS(city), DS(q), DS(like_escape(r, q)));
	if (!d) return 500;
	db_to_hdf(r, d, "Scenes.rows", names);
	hseti(r, "Scenes.count", d->nrows);
	d = db_query(r, "SELECT code, CONCAT(code, ' ', name) FROM cc_scenes WHERE city_code = ? AND level < 3 ORDER BY sort_key", DS(city));
	if (!d) return 500;
	{
		static const char *const pn[] = { "code", "label", NULL };
		db_to_hdf(r, d, "Parents", pn);
	}
	return page_render_status(r, status, "scenes.cs");
}

static int
add(struct req *r, const char *city)
{
	const char *parent = req_str(r, "parent"), *name = req_str(r, "name");
	struct dbrows *d;
	char code[24], sort[48];
	long long id;

	if (!name && !req_val(r, "name")->err) req_field_error(r, "name", "请填写场景名称");
	if (!parent) req_field_error(r, "parent", "请选择上级场景");
	if (req_errors(r)) return render(r, city, 422);
	if (db_begin(r)) return 500;
	/* the parent, locked: two additions under it number one after the other */
	d = db_query(r, "SELECT s.level, s.sort_key, (SELECT COALESCE(MAX(CAST(SUBSTRING_INDEX(c.code, '.', -1) AS UNSIGNED)), 0)"
			" FROM cc_scenes c WHERE c.city_code = s.city_code AND c.parent_code = s.code),"
			" (SELECT COUNT(*) FROM cc_scenes c WHERE c.city_code = s.city_code AND c.parent_code = s.code AND c.name = ?)"
			" FROM cc_scenes s WHERE s.city_code = ? AND s.code = ? AND s.level < 3 FOR UPDATE", DS(name), DS(city), DS(parent));
	if (!d) return 500;
	if (!d->nrows || dbi(d, 0, 3)) {
		req_field_error(r, d->nrows ? "name" : "parent", d->nrows ? "上级场景下已有同名场景" : "请从清单中选择一级或二级场景作为上级场景");
		db_rollback(r);
		return render(r, city, 422);
	}
	snprintf(code, sizeof(code), "%s.%lld", parent, dbi(d, 0, 2) + 1);
	snprintf(sort, sizeof(sort), "%s.%03lld", dbv(d, 0, 1), dbi(d, 0, 2) + 1);
	if (db_exec(r, "INSERT INTO cc_scenes (city_code, code, sort_key, parent_code, level, name, needs, description, added_by)"
		       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", DS(city), DS(code), DS(sort), DS(parent), DI(dbi(d, 0, 0) + 1), DS(name),
		    req_str(r, "needs") ? DS(req_str(r, "needs")) : DNULL,
		    req_str(r, "description") ? DS(req_str(r, "description")) : DNULL, DI(r->s.account_id)) != 1) {
		return 500;
	}
	id = db_last_id(r);
	if (audit(r, "scene.add", "scene", id, "", req_printf(r, "%s %s", code, name)) || db_commit(r)) return 500;
	return page_flash_redirect(r, req_printf(r, "/cgi-bin/scenes.cgi#s-%lld", id), req_printf(r, "已增补场景 %s %s。", code, name));
}

static int
handle(struct req *r)
{
	const char *city = city_of(r);

	if (r->method != M_POST) return render(r, city, 200);
	if (r->s.role != ROLE_CITY || !city) return 403;
	if (!req_str(r, "op") || strcmp(req_str(r, "op"), "add")) return 400;
	if (req_errors(r)) return render(r, city, 422);
	return add(r, city);
}

const struct page PAGE = { "scenes", M_GET | M_POST, ROLE_CITY | ROLE_COUNTY | ROLE_ENTERPRISE | ROLE_PROVIDER, 0, inputs, handle };
