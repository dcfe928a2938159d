/*
 * products - 长春's 供需适配库 (附件2 适用产品及解决方案, 实施细则 第四章（三）2): the products and
 * solutions the approved 服务商 of a 市 offer, each with its 名称, 简述, 价格（万元） and the 三级
 * scenes it serves; the 备案入库申请表 (附件3) picks from them.
 * GET: anyone of the 市 reads the pool (search by 名称, filter by scene, pages); a 服务商 also sees
 *      its own products and the form to add one (?edit=id: to change one of its own).
 * POST (an approved 服务商, on its own products only) op=add | op=save (id, version) |
 *      op=delete (id, version; not once a 备案 has chosen it); audited.
 */
#include <string.h>
#include "workflow.h"
#include "list.h"

static const struct input inputs[] = {
	LIST_SEARCH("产品名称"),
	{ "page", "页码", VT_INT, 0, 1, 100000 },
	{ "scene", "场景", VT_INT, 0, 1, (1LL << 53) },
	{ "edit", "修改", VT_INT, 0, 1, (1LL << 53) },
	{ "op", "操作", VT_KEY, 0, 0, 16 },
	{ "id", "编号", VT_INT, 0, 1, (1LL << 53) },
	{ "version", "", VT_INT, 0, 1, 1000000000 },
	{ "name", "名称", VT_LINE, 0, 2, 100 },
	{ "summary", "简述", VT_TEXT, 0, 0, 500 },
	{ "price", "价格（万元）", VT_MONEY, 0, 0, 0 },
	{ "scenes", "适用场景", VT_INT, IN_MULTI, 1, (1LL << 53) },
	{ NULL }
};

#define PER 20
/* the price, kept in whole 元, as 万元 without trailing zeros (125000 -> 12.5) */
#define PRICE_WAN "IF(p.price_yuan = 0, '0', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(p.price_yuan / 10000 AS DECIMAL(20,4)))))"

/* the 市 whose pool the session sees: the approved 服务商's own, else the 市 of its scope */
static const char *
city_of(struct req *r, int *approved)
{
	struct dbrows *d = r->s.role == ROLE_PROVIDER
		? db_query(r, "SELECT city_code, state = 'approved' FROM providers WHERE account_id = ?", DI(r->s.account_id))
		: db_query(r, "SELECT city_code, 0 FROM regions WHERE code = ?", DS(scope_code(r)));
	const char *c = d && d->nrows ? req_strdup(r, dbv(d, 0, 0)) : NULL;
	*approved = d && d->nrows ? (int)dbi(d, 0, 1) : 0;
	return c;
}

static int
render(struct req *r, const char *city, int approved, int status)
{
	static const char *const names[] = { "id", "name", "summary", "price", "provider", "scenes", "version", "mine", NULL };
	static const char *const sn[] = { "id", "label", "on", NULL };
	const char *q = req_str(r, "q") ? req_str(r, "q") : "";
	long long scene = req_int(r, "scene", 0), edit = req_int(r, "edit", 0);
	struct pager pg;
	struct dbrows *d, *n;

	hset(r, "Filter.q", q);
	hseti(r, "Filter.scene", scene);
	hseti(r, "Products.provider", r->s.role == ROLE_PROVIDER);
	hseti(r, "Products.approved", approved);
	if (!city) city = "";
	d = db_query(r, "SELECT SQL_CALC_FOUND_ROWS p.id, p.name, p.summary, " PRICE_WAN ","
			" o.display_name, (SELECT GROUP_CONCAT(CONCAT(s.code, ' ', s.name) ORDER BY s.sort_key SEPARATOR '；')"
			"  FROM cc_product_scenes x JOIN cc_scenes s ON s.id = x.scene_id WHERE x.product_id = p.id),"
			" p.version, p.provider_id = ?"
			" FROM cc_products p JOIN providers v ON v.account_id = p.provider_id JOIN accounts o ON o.id = p.provider_id"
			" WHERE v.city_code = ? AND (v.state = 'approved' OR p.provider_id = ?)"
			" AND (? = '' OR p.name LIKE CONCAT('%', ?, '%'))"
			" AND (? = 0 OR EXISTS (SELECT 1 FROM cc_product_scenes x WHERE x.product_id = p.id AND x.scene_id = ?))"
			" ORDER BY p.provider_id = ? DESC, CONVERT(p.name USING gbk), p.id LIMIT ? OFFSET ?",
		     DI(r->s.account_id), DS(city), DI(r->s.account_id), DS(q), DS(like_escape(r, q)), DI(scene), DI(scene),
		     DI(r->s.account_id), DI(PER), DI((req_int(r, "page", 1) - 1) * PER));
	if (!d) return 500;
	n = db_query(r, "SELECT FOUND_ROWS()");
	pager_set(r, &pg, req_int(r, "page", 1), n && n->nrows ? dbi(n, 0, 0) : 0, PER,
		  req_printf(r, "/cgi-bin/products.cgi?q=%s&scene=%lld&", url_arg(r, q), scene));
	db_to_hdf(r, d, "Products.rows", names);
	/* the scenes (for the filter and the form), the product being changed */
	if (edit && r->method != M_POST) {
		d = db_query(r, "SELECT p.id, p.name, p.summary, " PRICE_WAN ", p.version FROM cc_products p"
				" WHERE p.id = ? AND p.provider_id = ?", DI(edit), DI(r->s.account_id));
		if (!d) return 500;
		if (!d->nrows) { dbrows_free(d); return 404; }
		hset(r, "Form.id", dbv(d, 0, 0));
		hset(r, "Form.name", dbv(d, 0, 1));
		hset(r, "Form.summary", dbv(d, 0, 2));
		hset(r, "Form.price", dbv(d, 0, 3));
		hset(r, "Form.version", dbv(d, 0, 4));
	}
	{
		const struct val *x = req_val(r, "scenes");
		const char *sent = "";
		for (int k = 0; x && k < x->nmulti; k++) sent = req_printf(r, "%s%s%s", sent, k ? "," : "", x->multi[k]);
		d = db_query(r, "SELECT s.id, CONCAT(s.code, ' ', s.name), IF(? = 1, FIND_IN_SET(s.id, ?) > 0,"
				" EXISTS (SELECT 1 FROM cc_product_scenes x JOIN cc_products p ON p.id = x.product_id"
				"  WHERE x.scene_id = s.id AND p.id = ? AND p.provider_id = ?))"
				" FROM cc_scenes s WHERE s.city_code = ? AND s.level = 3 ORDER BY s.sort_key",
			     DI(r->method == M_POST), DS(sent), DI(edit), DI(r->s.account_id), DS(city));
		if (!d) return 500;
		db_to_hdf(r, d, "SceneList", sn);
	}
	return page_render_status(r, status, "products.cs");
}

/* name, summary, price and at least one 三级 scene of the 市; the scenes as ids joined by commas */
static const char *
validate(struct req *r, const char *city)
{
	const struct val *x = req_val(r, "scenes");
	const char *set = "";
	struct dbrows *d;

	if (!req_str(r, "name") && !req_val(r, "name")->err) req_field_error(r, "name", "请填写名称");
	if (!req_str(r, "summary") && !req_val(r, "summary")->err) req_field_error(r, "summary", "请填写简述");
	if (!req_str(r, "price") && !req_val(r, "price")->err) req_field_error(r, "price", "请填写价格（万元）");
	if (req_val(r, "scenes")->err) return NULL;
	if (!x || !x->nmulti) {
		req_field_error(r, "scenes", "请选择至少一个适用的三级场景");
		return NULL;
	}
	for (int k = 0; k < x->nmulti; k++) set = req_printf(r, "%s%s%s", set, k ? "," : "", x->multi[k]);
	d = db_query(r, "SELECT COUNT(*) FROM cc_scenes WHERE city_code = ? AND level = 3 AND FIND_IN_SET(id, ?)", DS(city), DS(set));
	if (!d) return NULL;
	if (dbi(d, 0, 0) != x->nmulti) req_field_error(r, "scenes", "请从本市场景清单的三级场景中选择");
	return set;
}

static int
scenes_store(struct req *r, long long id, const char *set)
{
	return db_exec(r, "DELETE FROM cc_product_scenes WHERE product_id = ?", DI(id)) < 0 ||
	       db_exec(r, "INSERT INTO cc_product_scenes (product_id, scene_id) SELECT ?, id FROM cc_scenes WHERE FIND_IN_SET(id, ?)",
		       DI(id), DS(set)) < 1 ? -1 : 0;
}

static int
change(struct req *r, const char *city, const char *op)
{
	long long id = req_int(r, "id", 0), n;
	const char *set = NULL;

	if (strcmp(op, "delete")) {
		set = validate(r, city);
		if (req_errors(r) || !set) return req_errors(r) ? render(r, city, 1, 422) : 500;
	}
	if (db_begin(r)) return 500;
	if (!strcmp(op, "add")) {
		if (db_exec(r, "INSERT INTO cc_products (provider_id, name, summary, price_yuan) VALUES (?, ?, ?, ?)", DI(r->s.account_id),
			    DS(req_str(r, "name")), DS(req_str(r, "summary")), DI(req_val(r, "price")->i)) != 1)
			return 500;
		id = db_last_id(r);
	} else if (!strcmp(op, "save")) {
		n = db_exec(r, "UPDATE cc_products SET name = ?, summary = ?, price_yuan = ?, version = version + 1"
			       " WHERE id = ? AND provider_id = ? AND version = ?", DS(req_str(r, "name")), DS(req_str(r, "summary")),
			    DI(req_val(r, "price")->i), DI(id), DI(r->s.account_id), DI(req_int(r, "version", 0)));
		if (n < 0) return 500;
		if (n == 0) {
			db_rollback(r);
			hset(r, "Refused", "未保存：该产品已在别处修改过，或不是本单位登记的产品。请重新打开后再改。");
			return render(r, city, 1, 409);
		}
	} else {
		/* a 备案 that chose it keeps what it chose */
		struct dbrows *d = db_query(r, "SELECT COUNT(*) FROM applications p JOIN app_fields f ON f.application_id = p.id"
					       " AND f.name = 'f_products' WHERE p.stage = 'filing' AND FIND_IN_SET(?, f.value)", DI(id));
		long long used = d && d->nrows ? dbi(d, 0, 0) : -1;
		if (used < 0) return 500;
		if (used) {
			db_rollback(r);
			hset(r, "Refused", "该产品已被试点企业的备案入库申请表选用，不能删除。");
			return render(r, city, 1, 409);
		}
		n = db_exec(r, "DELETE FROM cc_products WHERE id = ? AND provider_id = ? AND version = ?", DI(id), DI(r->s.account_id),
			    DI(req_int(r, "version", 0)));
		if (n < 0) return 500;
		if (n == 0) {
			db_rollback(r);
			hset(r, "Refused", "未删除：该产品已在别处修改过，或不是本单位登记的产品。");
			return render(r, city, 1, 409);
		}
	}
	if ((set && scenes_store(r, id, set)) ||
	    audit(r, req_printf(r, "product.%s", !strcmp(op, "save") ? "update" : op), "product", id, "", req_str(r, "name") ? req_str(r, "name") : "") ||
	    db_commit(r))
		return 500;
	return page_flash_redirect(r, "/cgi-bin/products.cgi", !strcmp(op, "add") ? "已登记产品及解决方案。"
							     : !strcmp(op, "save") ? "已保存修改。" : "已删除。");
}

static int
handle(struct req *r)
{
	int approved;
	const char *city = city_of(r, &approved), *op = req_str(r, "op");

	if (r->method != M_POST) return render(r, city, approved, 200);
	if (r->s.role != ROLE_PROVIDER || !approved || !city) return 403;
	if (!op || (strcmp(op, "add") && strcmp(op, "save") && strcmp(op, "delete"))) return 400;
	return change(r, city, op);
}

const struct page PAGE = { "products", M_GET | M_POST, ROLE_CITY | ROLE_COUNTY | ROLE_ENTERPRISE | ROLE_PROVIDER, 0, inputs, handle };
