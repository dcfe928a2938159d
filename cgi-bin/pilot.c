/*
 * pilot - 试点企业库 and 一企一档 (长春 实施细则 第四章（一）2（4）, （二）): one record per
 * enterprise, by 统一社会信用代码, across batches and programmes.
 * GET without code [format=csv|xlsx|print|pdf]: the enterprises of the 库 in the session's region (县（市）区,
 *     市), newest first, with the 服务商 and the levels before and after of the newest project, through the one
 *     table writer (the export of the 库); an enterprise is sent to its own record.
 * GET ?code=USCC[&print=1]: the record (一企一档): the enterprise, the lists
 *     that put it in the 库, every application it filed in any programme with
 *     its state in that programme's words, and the recorded decisions;
 *     print=1 lays it out for paper.  The enterprise itself, and 县（市）区 / 市
 *     reviewers whose region holds it; anyone else: 404.  With all its money (money.h): every
 *     decision for its code across programmes, batches and rule sets, paid and clawed back.
 */
#include <string.h>
#include "workflow.h"
#include "money.h"
#include "table.h"
#include "doc.h"
#include "programmes/changchun.h"

static const struct input inputs[] = {
	{ "code", "统一社会信用代码", VT_USCC },
	{ "print", "打印", VT_BOOL },
	{ "format", "格式", VT_KEY, 0, 0, 8 },
	{ NULL }
};

/* a level key (none, 1 .. 4) in the words of the programme's 咨询诊断 choices; "" when none recorded */
static const char *
level_label(const struct programme *p, const char *key)
{
	const struct stage *st = p && *key ? programme_stage(p, "diagnosis") : NULL;
	const char *l = st ? choice_label(st, "level_before", key) : NULL;
	return l ? l : key;
}

/* the 库 as a table (the one table writer): on the screen, and as CSV, XLSX, print, PDF (format=) */
static int
list(struct req *r)
{
	static const struct tcol cols[] = {
		{ "企业名称", NULL, TC_TEXT, 0, 14 }, { "统一社会信用代码", NULL, TC_TEXT, 0, 11 }, { "所属县（市、区）", NULL, TC_TEXT, 0, 7 },
		{ "入库日期", NULL, TC_DATE, 0, 7 }, { "入库名单数", NULL, TC_INT, 0, 5 }, { "服务商", NULL, TC_TEXT, 0, 12 },
		{ "改造前等级", NULL, TC_TEXT, 0, 5 }, { "改造后等级", NULL, TC_TEXT, 0, 5 },
	};
	const char *fmt = req_str(r, "format") ? req_str(r, "format") : "html";
	struct table t;
	/* the 服务商 and levels of the enterprise's newest project that has them */
	struct dbrows *d = db_query(r,
		"SELECT e.credit_code, e.name, g.name, DATE_FORMAT(e.first_listed_on, '%Y-%m-%d'),"
		" (SELECT COUNT(*) FROM pilot_entries x WHERE x.credit_code = e.credit_code),"
		" COALESCE((SELECT a.display_name FROM project_parties x JOIN projects j ON j.id = x.project_id"
		"   JOIN accounts a ON a.id = x.account_id WHERE j.account_id = e.account_id AND x.role = 'provider'"
		"   ORDER BY j.id DESC LIMIT 1), ''),"
		" COALESCE((SELECT d.level_before FROM diagnoses d JOIN applications q ON q.id = d.application_id"
		"   WHERE q.account_id = e.account_id AND d.level_before IS NOT NULL ORDER BY q.project_id DESC LIMIT 1), ''),"
		" COALESCE((SELECT v.level FROM evaluations v JOIN applications q ON q.id = v.application_id"
		"   WHERE q.account_id = e.account_id AND q.state = 'evaluated' ORDER BY q.project_id DESC LIMIT 1), ''),"
		" (SELECT b.programme FROM pilot_entries x JOIN pilot_lists l ON l.id = x.list_id JOIN batches b ON b.id = l.batch_id"
		"   WHERE x.credit_code = e.credit_code ORDER BY l.id DESC LIMIT 1)"
		" FROM pilot_enterprises e JOIN regions g ON g.code = e.region_code"
		" WHERE ? IN (g.code, g.city_code, g.province_code) ORDER BY e.first_listed_on DESC, g.sort, e.name",
		DS(scope_code(r)));
	if (!d) return 500;
	table_init(r, &t, cols, 8);
	t.title = "试点企业库";
	t.landscape = 1;
	t.empty = "本地区尚无入库企业。";
	table_line(&t, r->s.region_name, req_printf(r, "共 %d 家", d->nrows));
	for (int i = 0; i < d->nrows; i++) {
		int y = table_row(&t);
		const struct programme *p = programme_of(dbv(d, i, 8));
		static const int src[8] = { 1, 0, 2, 3, 4, 5, 6, 7 };
		for (int c = 0; c < 8; c++) {
			if (c == 4) table_num(&t, y, c, dbi(d, i, src[c]));
			else table_text(&t, y, c, c >= 6 ? level_label(p, dbv(d, i, src[c])) : dbv(d, i, src[c]));
		}
		table_x(&t, y, 0)->href = req_printf(r, "/cgi-bin/pilot.cgi?code=%s", dbv(d, i, 0));
	}
	if (!strcmp(fmt, "csv")) return table_send_csv(r, &t, "试点企业库");
	if (!strcmp(fmt, "xlsx")) return table_send_xlsx(r, &t, "试点企业库", "试点企业库");
	if (!strcmp(fmt, "html")) {
		table_to_hdf(r, &t, "T", 0);
		hseti(r, "Pilot.count", d->nrows);
		return page_render(r, "pilots.cs");
	}
	{
		struct doc dc;
		doc_init(r, &dc, "试点企业库");
		dc.landscape = 1;
		doc_table(&dc, &t);
		dc.margin = req_printf(r, "试点企业库 · %s", r->s.region_name);
		dc.back_href = "/cgi-bin/pilot.cgi";
		dc.back_label = "返回试点企业库";
		dc.self = dc.back_href;
		return doc_answer(r, &dc, fmt, "试点企业库", 0);
	}
}

/* a document's kind in words: the stage's 附件材料 kinds, else the records of 长春's later stages */
static const char *
kind_label(const struct stage *st, const char *kind)
{
	static const char *const later[][2] = { { "agreement", "咨询诊断服务协议" }, { "diag_report", "咨询诊断报告" },
		{ "satisfaction", "满意度评价表" }, { "eval_report", "数字化水平评测报告" }, { NULL, NULL } };
	for (const struct file_kind *k = st->files; k && k->key; k++)
		if (!strcmp(k->key, kind)) return k->label;
	for (int i = 0; later[i][0]; i++)
		if (!strcmp(later[i][0], kind)) return later[i][1];
	return "附件";
}

static int
record(struct req *r, const char *code)
{
	static const char *const en[] = { "credit_code", "name", "county", "city", "on", "contact", "mobile", "email", NULL };
	static const char *const ln[] = { "batch", "doc_no", "on", NULL };
	static const char *const dn[] = { "app", "label", "act_date", "meeting", "confirmed", "opinion", "at", "who", NULL };
	int reviewer = (r->s.role & (ROLE_COUNTY | ROLE_CITY)) != 0;
	struct dbrows *d = db_query(r,
		"SELECT e.credit_code, e.name, g.name, c.name, DATE_FORMAT(e.first_listed_on, '%Y-%m-%d'),"
		" o.contact_person, o.mobile, o.email, o.id FROM pilot_enterprises e JOIN accounts o ON o.id = e.account_id"
		" JOIN regions g ON g.code = e.region_code JOIN regions c ON c.code = g.city_code"
		" WHERE e.credit_code = ? AND ((? = 1 AND ? IN (g.code, g.city_code, g.province_code)) OR o.id = ?)",
		DS(code), DI(reviewer), DS(scope_code(r)), DI(r->s.account_id));
	long long account;
	struct dbrows *f;

	if (!d) return 500;
	if (d->nrows != 1) { dbrows_free(d); return 404; }
	db_to_hdf(r, d, "Pilot", en);
	account = dbi(d, 0, 8);
	if (!(d = db_query(r, "SELECT b.title, l.doc_no, DATE_FORMAT(l.published_on, '%Y-%m-%d') FROM pilot_entries x"
			      " JOIN pilot_lists l ON l.id = x.list_id JOIN batches b ON b.id = l.batch_id"
			      " WHERE x.credit_code = ? ORDER BY l.published_on, l.id", DS(code))))
		return 500;
	db_to_hdf(r, d, "Pilot.Lists", ln);
	/* every application of the enterprise, in any programme, in that programme's words: each stage with its
	 * state, its days (submitted, last handled) and its documents (file.cgi checks the scope again) */
	if (!(d = db_query(r, "SELECT p.id, b.title, b.programme, p.stage, p.state, p.submitted_no,"
			      " COALESCE(DATE_FORMAT(p.submitted_at, '%Y-%m-%d %H:%i'), ''), p.project_id,"
			      " COALESCE((SELECT DATE_FORMAT(MAX(e.at), '%Y-%m-%d') FROM app_events e WHERE e.application_id = p.id), '')"
			      " FROM applications p JOIN batches b ON b.id = p.batch_id WHERE p.account_id = ? ORDER BY b.open_date, p.id",
			      DI(account))))
		return 500;
	if (!(f = db_query(r, "SELECT t.application_id, t.id, t.kind, t.filename, DATE_FORMAT(t.created_at, '%Y-%m-%d')"
			      " FROM attachments t JOIN applications p ON p.id = t.application_id WHERE p.account_id = ? ORDER BY t.id",
			      DI(account))))
		return 500;
	for (int i = 0, n = 0; i < d->nrows; i++) {
		const struct programme *p = programme_of(dbv(d, i, 2));
		const struct stage *st = programme_stage(p, dbv(d, i, 3));
		const char *k = req_printf(r, "Pilot.Apps.%d", n++);
		if (!st) continue;
		hset(r, req_printf(r, "%s.id", k), dbv(d, i, 0));
		hset(r, req_printf(r, "%s.batch", k), dbv(d, i, 1));
		hset(r, req_printf(r, "%s.programme", k), p->name);
		hset(r, req_printf(r, "%s.stage", k), st->title);
		hset(r, req_printf(r, "%s.document", k), st == p->stages ? p->document : "");
		hset(r, req_printf(r, "%s.overview", k), p->overview);
		hset(r, req_printf(r, "%s.print_page", k), p->print_page);
		hset(r, req_printf(r, "%s.state", k), programme_state_label(r, p, dbv(d, i, 4)));
		hset(r, req_printf(r, "%s.version", k), dbv(d, i, 5));
		hset(r, req_printf(r, "%s.submitted_at", k), dbv(d, i, 6));
		hset(r, req_printf(r, "%s.project", k), dbv(d, i, 7));
		hset(r, req_printf(r, "%s.last", k), dbv(d, i, 8));
		for (int j = 0, m = 0; j < f->nrows; j++) {
			const char *fk = req_printf(r, "%s.files.%d", k, m);
			if (strcmp(dbv(f, j, 0), dbv(d, i, 0))) continue;
			m++;
			hset(r, req_printf(r, "%s.id", fk), dbv(f, j, 1));
			hset(r, req_printf(r, "%s.kind", fk), kind_label(st, dbv(f, j, 2)));
			hset(r, req_printf(r, "%s.name", fk), dbv(f, j, 3));
			hset(r, req_printf(r, "%s.on", fk), dbv(f, j, 4));
		}
	}
	/* its 改造合同 (长春's 数字化改造备案) */
	if (cc_contracts_to_hdf(r, 0, account, "Pilot.Contracts")) return 500;
	/* each project: its 服务商 and 评测机构, the level before (自评测, 咨询诊断) and after (水平评测, once confirmed) */
	if (!(d = db_query(r, "SELECT j.id, b.title, b.programme, COALESCE(pv.display_name, ''), COALESCE(pe.display_name, ''),"
			      " COALESCE((SELECT d.level_before FROM diagnoses d JOIN applications q ON q.id = d.application_id"
			      "   WHERE q.project_id = j.id), ''),"
			      " COALESCE((SELECT e.level FROM evaluations e JOIN applications q ON q.id = e.application_id"
			      "   WHERE q.project_id = j.id AND q.state = 'evaluated'), ''),"
			      " COALESCE((SELECT MAX(e.total) FROM evaluations e JOIN applications q ON q.id = e.application_id"
			      "   WHERE q.project_id = j.id AND q.state = 'evaluated'), '')"
			      " FROM projects j JOIN batches b ON b.id = j.batch_id"
			      " LEFT JOIN project_parties xp ON xp.project_id = j.id AND xp.role = 'provider' LEFT JOIN accounts pv ON pv.id = xp.account_id"
			      " LEFT JOIN project_parties xe ON xe.project_id = j.id AND xe.role = 'evaluator' LEFT JOIN accounts pe ON pe.id = xe.account_id"
			      " WHERE j.account_id = ? AND (xp.account_id IS NOT NULL OR xe.account_id IS NOT NULL) ORDER BY b.open_date, j.id",
			      DI(account))))
		return 500;
	for (int i = 0; i < d->nrows; i++) {
		const char *k = req_printf(r, "Pilot.Projects.%d", i);
		hset(r, req_printf(r, "%s.id", k), dbv(d, i, 0));
		hset(r, req_printf(r, "%s.batch", k), dbv(d, i, 1));
		hset(r, req_printf(r, "%s.provider", k), dbv(d, i, 3));
		hset(r, req_printf(r, "%s.evaluator", k), dbv(d, i, 4));
		hset(r, req_printf(r, "%s.before", k), level_label(programme_of(dbv(d, i, 2)), dbv(d, i, 5)));
		hset(r, req_printf(r, "%s.after", k), level_label(programme_of(dbv(d, i, 2)), dbv(d, i, 6)));
		hset(r, req_printf(r, "%s.total", k), dbv(d, i, 7));
	}
	if (!(d = db_query(r, "SELECT x.application_id, x.label, COALESCE(DATE_FORMAT(x.act_date, '%Y-%m-%d'), ''), x.meeting,"
			      " x.confirmed, x.opinion, DATE_FORMAT(x.created_at, '%Y-%m-%d %H:%i'), a.display_name"
			      " FROM app_decisions x JOIN applications p ON p.id = x.application_id JOIN accounts a ON a.id = x.account_id"
			      " WHERE p.account_id = ? ORDER BY x.id", DI(account))))
		return 500;
	db_to_hdf(r, d, "Pilot.Decisions", dn);
	if (money_of_code_to_hdf(r, code, "Pilot.Money")) return 500;
	/* print=1 or format=print: laid out for paper */
	hseti(r, "Pilot.print", req_int(r, "print", 0) || (req_str(r, "format") && !strcmp(req_str(r, "format"), "print")));
	return page_render(r, "pilot.cs");
}

static int
handle(struct req *r)
{
	if (req_errors(r)) return 404;
	if (req_str(r, "code")) return record(r, req_str(r, "code"));
	if (r->s.role == ROLE_ENTERPRISE) {
		struct dbrows *d = db_query(r, "SELECT credit_code FROM pilot_enterprises WHERE account_id = ?", DI(r->s.account_id));
		int st = !d ? 500 : !d->nrows ? 404 : 0;
		if (!st) st = page_redirect(r, req_printf(r, "/cgi-bin/pilot.cgi?code=%s", dbv(d, 0, 0)));
		return st;
	}
	return list(r);
}

const struct page PAGE = { "pilot", M_GET, ROLE_ENTERPRISE | ROLE_COUNTY | ROLE_CITY, PAGE_THREADS, inputs, handle };
