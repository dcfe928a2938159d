/*
 * home - 首页: the user's to-do list first -- what waits for this user, from the
 * workflow table of every programme (待初审 N 件 ..., each with its deadline and
 * days left, linking to the work), the expert's tasks, the applicant's report
 * with its deadline -- then counts and links by role.
 * Any signed-in user; GET.
 */
#include <string.h>
#include "workflow.h"
#include "money.h"
#include "reclist.h"

static void
count_into(struct req *r, const char *key, struct dbrows *d)
{
	hseti(r, key, d && d->nrows ? dbi(d, 0, 0) : 0);
}

/* Home.App: the newest application of this applicant (a 服务商's: its award application), in its programme's words;
 * else Home.Open: an open call it may answer; 0, -1 fault */
static int
my_application(struct req *r)
{
	/* the application waiting for this applicant, newest batch first, in its programme's words */
	struct dbrows *d = db_query(r,
		"SELECT p.id, p.state, b.title, DATE_FORMAT(b.applicant_deadline, '%Y-%m-%d'),"
		" COALESCE(p.return_reason, ''), b.programme, DATEDIFF(b.applicant_deadline, CURDATE()), p.stage"
		" FROM applications p JOIN batches b ON b.id = p.batch_id"
		" WHERE p.account_id = ? ORDER BY b.open_date DESC, p.id DESC LIMIT 1", DI(r->s.account_id));
	const struct programme *p = d && d->nrows == 1 ? programme_of(dbv(d, 0, 5)) : NULL;
	struct batch b;
	long long bid;

	if (!d) return -1;
	if (p) {
		hset(r, "Home.App.id", dbv(d, 0, 0));
		hset(r, "Home.App.state", dbv(d, 0, 1));
		hset(r, "Home.App.state_label", programme_state_label(r, p, dbv(d, 0, 1)));
		hset(r, "Home.App.batch", dbv(d, 0, 2));
		hset(r, "Home.App.deadline", cn_date(r, dbv(d, 0, 3)));
		hset(r, "Home.App.reason", dbv(d, 0, 4));
		hset(r, "Home.App.days_left", dbv(d, 0, 6));
		/* a project past its first stage: the stage open now, in the programme's words */
		if (programme_stage(p, dbv(d, 0, 7)) != &p->stages[0]) {
			hset(r, "Home.App.stage", programme_stage(p, dbv(d, 0, 7)) ? programme_stage(p, dbv(d, 0, 7))->title : "");
			hset(r, "Home.App.state_label", stage_state_label(r, p, programme_stage(p, dbv(d, 0, 7)), dbv(d, 0, 1)));
		}
		programme_to_hdf(r, p);
	}
	bid = p ? 0 : open_batch(r, &p);
	if (bid && batch_open(r, bid, &b, NULL) == 0) { batch_to_hdf(r, &b, "Home.Open"); programme_to_hdf(r, p); }
	return 0;
}

static int
handle(struct req *r)
{
	const char *scope = scope_code(r);

	if ((r->s.role & (ROLE_REVIEWER | ROLE_PROVIDER | ROLE_EVALUATOR | ROLE_AUDITOR)) && wf_todo_to_hdf(r) < 0) return 500;

	switch (r->s.role) {
	case ROLE_PROVINCE: {
		/*
		 * The accounts of this administrator's province: applicants by 所在旗县区
		 * (never scoped), reviewers and experts by their scope, per (role, status,
		 * must_change), kept in account_counts by triggers in the same transaction
		 * as the accounts (sql/0015): a dozen rows instead of counting thousands.
		 * Summed here per role.
		 */
		long long disabled = 0, must_change = 0;
		struct dbrows *d = db_query(r,
			"SELECT role, status, must_change, n FROM account_counts WHERE province_code = ?", DS(scope));
		long long per[ROLE_COUNT][2] = { { 0 } };     /* [role bit][0 active, 1 disabled] */
		if (!d) return 500;
		for (int i = 0; i < d->nrows; i++) {
			int role = role_from_key(dbv(d, i, 0)), off = strcmp(dbv(d, i, 1), "active") != 0;
			long long n = dbi(d, i, 3);
			if (!role) continue;
			per[__builtin_ctz((unsigned)role)][off] += n;
			if (off) disabled += n;
			else if (dbi(d, i, 2)) must_change += n;
		}
		for (int bit = 0; bit < ROLE_COUNT; bit++) {
			char k[64];
			const char *key = role_key(1 << bit);
			snprintf(k, sizeof(k), "Home.Accounts.%s.active", key);
			hseti(r, k, per[bit][0]);
			snprintf(k, sizeof(k), "Home.Accounts.%s.disabled", key);
			hseti(r, k, per[bit][1]);
		}
		hseti(r, "Home.Disabled", disabled);
		hseti(r, "Home.MustChange", must_change);
		if (money_double_to_hdf(r)) return 500;
		count_into(r, "Home.NewApplicants", db_query(r,
			"SELECT COUNT(*) FROM accounts a JOIN regions g ON g.code = a.region_code"
			" WHERE a.role IN ('platform', 'enterprise') AND g.province_code = ?"
			" AND a.created_at > NOW() - INTERVAL 7 DAY", DS(scope)));
		break;
	}
	case ROLE_CITY:
	case ROLE_COUNTY:
		count_into(r, "Home.Orgs", db_query(r,
			"SELECT COUNT(*) FROM accounts a JOIN regions g ON g.code = a.region_code"
			" WHERE a.role IN ('platform', 'enterprise') AND ? IN (g.code, g.city_code, g.province_code)",
			DS(scope)));
		count_into(r, "Home.NewOrgs", db_query(r,
			"SELECT COUNT(*) FROM accounts a JOIN regions g ON g.code = a.region_code"
			" WHERE a.role IN ('platform', 'enterprise') AND ? IN (g.code, g.city_code, g.province_code)"
			" AND a.created_at > NOW() - INTERVAL 7 DAY", DS(scope)));
		if (r->s.role == ROLE_CITY && money_double_to_hdf(r)) return 500;
		if (r->s.role == ROLE_CITY)
			count_into(r, "Home.Counties", db_query(r,
				"SELECT COUNT(*) FROM regions WHERE parent_code = ? AND level = 'county'", DS(scope)));
		break;
	case ROLE_PLATFORM:
	case ROLE_ENTERPRISE: {
		struct dbrows *d = db_query(r,
			"SELECT a.display_name, a.credit_code, g.name, c.name, a.contact_person, a.mobile, a.email"
			" FROM accounts a LEFT JOIN regions g ON g.code = a.region_code"
			" LEFT JOIN regions c ON c.code = g.city_code WHERE a.id = ?", DI(r->s.account_id));
		static const char *const names[] = { "name", "credit_code", "county", "city", "contact", "mobile", "email", NULL };
		if (!d || d->nrows != 1) { dbrows_free(d); return 500; }
		db_to_hdf(r, d, "Home.Org", names);
		hseti(r, "Home.ProfileComplete", dbv(d, 0, 4)[0] && dbv(d, 0, 5)[0] && dbv(d, 0, 6)[0]);
		if (my_application(r)) return 500;
		break;
	}
	case ROLE_FINANCE:
		/* the decisions of its region waiting for payment (payments.cgi) */
		if (money_todo_to_hdf(r) || rec_cosign_todo_to_hdf(r) < 0) return 500;
		break;
	case ROLE_EXPERT: {
		/* the assignments still to declare or score, then the ones done */
		struct dbrows *d = db_query(r,
			"SELECT x.id, a.display_name, COALESCE(s.name, ''), x.declared_at IS NOT NULL, x.submitted_at IS NOT NULL"
			" FROM expert_assignments x JOIN applications p ON p.id = x.application_id"
			" JOIN accounts a ON a.id = p.account_id LEFT JOIN sub_industries s ON s.seq = p.sub_industry"
			" WHERE x.expert_id = ? ORDER BY x.submitted_at IS NOT NULL, x.id", DI(r->s.account_id));
		static const char *const names[] = { "id", "org", "sub", "declared", "submitted", NULL };
		int todo = 0;
		if (!d) return 500;
		db_to_hdf(r, d, "Home.Tasks", names);
		for (int i = 0; i < d->nrows; i++) todo += !dbi(d, i, 4);
		hseti(r, "Home.TasksTodo", todo);
		break;
	}
	case ROLE_PROVIDER: {
		/* its standing with its 市 (providers.cgi) */
		struct dbrows *d = db_query(r,
			"SELECT a.display_name, a.credit_code, g.name, c.name, v.services, v.state, COALESCE(v.reason, ''),"
			" COALESCE(DATE_FORMAT(v.decided_at, '%Y-%m-%d'), '') FROM accounts a JOIN providers v ON v.account_id = a.id"
			" JOIN regions g ON g.code = a.region_code JOIN regions c ON c.code = v.city_code WHERE a.id = ?",
			DI(r->s.account_id));
		static const char *const names[] = { "name", "credit_code", "county", "city", "services", "state", "reason", "decided", NULL };
		if (!d) return 500;
		db_to_hdf(r, d, "Home.Provider", names);
		if (my_application(r)) return 500;
		break;
	}
	default:
		break;
	}
	hset(r, "Page.Title", "首页");
	return page_render(r, "home.cs");
}

static const struct input inputs[] = { { NULL } };
const struct page PAGE = { "home", M_GET, ROLE_ANY, 0, inputs, handle };
