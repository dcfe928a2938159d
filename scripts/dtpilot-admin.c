/*
 * dtpilot-admin - command-line administration (run on the server).
 *
 *   dtpilot-admin hash-password            < password   prints an argon2id hash
 *   dtpilot-admin create-admin USERNAME NAME  < password creates a 自治区 administrator
 *   dtpilot-admin audit-verify             walks the audit log's hash chain
 *   dtpilot-admin files-verify             checks every stored file against its record
 *                                          (size and SHA-256)
 *   dtpilot-admin verify                   both (after a restore)
 *   dtpilot-admin send-mail                sends the queued 站内消息 copies (outbox)
 *                                          through Mail.Command (e.g. "/usr/sbin/sendmail -t");
 *                                          run it from cron or a systemd timer
 *   dtpilot-admin subsidy RULESET[@VERSION] name=value ...
 *                                          computes one amount under a rule set (lib/rulesets.c)
 *                                          with its defaults: the explanation, then the line
 *                                          amount_yuan=N; a missing or invalid input (or an
 *                                          unknown rule set) exits 2 naming it
 *
 * Every command but hash-password and subsidy reads the configuration named by DTPILOT_CONF
 * (/etc/dtpilot/dtpilot.hdf when unset) and uses the application's database
 * user, like the pages.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dt.h"
#include "proc.h"
#include "ruleset.h"

void req_free(struct req *r);

static int
read_password(char *buf, size_t n)
{
	if (!fgets(buf, (int)n, stdin)) return -1;
	buf[strcspn(buf, "\r\n")] = '\0';
	return 0;
}

static int
cmd_hash(void)
{
	char pw[256], out[256];

	if (read_password(pw, sizeof(pw)) || auth_hash_password(pw, out, sizeof(out))) {
		fprintf(stderr, "hash-password: failed\n");
		return 1;
	}
	puts(out);
	return 0;
}

static int
cmd_create_admin(struct req *r, const char *user, const char *name)
{
	char pw[256], hash[256];
	const char *e;
	const char *prov = req_conf(r, "Site.ProvinceCode", "150000");

	if ((e = valid_username(user))) { fprintf(stderr, "create-admin: username: %s\n", e); return 1; }
	if (read_password(pw, sizeof(pw)) || (e = valid_password(pw))) {
		fprintf(stderr, "create-admin: password: %s\n", e ? e : "missing");
		return 1;
	}
	if (auth_hash_password(pw, hash, sizeof(hash))) return 1;
	if (db_begin(r)) return 1;
	if (db_exec(r, "INSERT INTO accounts (username, password_hash, role, display_name)"
		       " VALUES (?, ?, 'province', ?)", DS(user), DS(hash), DS(name)) != 1 ||
	    db_exec(r, "INSERT INTO account_scopes (account_id, region_code) VALUES (?, ?)",
		    DI(db_last_id(r)), DS(prov)) != 1 ||
	    audit(r, "account.create", "account", db_last_id(r), "", "created by dtpilot-admin") ||
	    db_commit(r)) {
		db_rollback(r);
		fprintf(stderr, "create-admin: failed (does %s exist already?)\n", user);
		return 1;
	}
	printf("created administrator %s\n", user);
	return 0;
}

/* Recomputes every entry's hash and checks each links to the one before. */
static int
cmd_audit_verify(struct req *r)
{
	struct dbrows *d;
	char prev[65] = "0000000000000000000000000000000000000000000000000000000000000000";
	long long last = 0, n = 0;

	for (;;) {
		d = db_query(r,
			"SELECT id, prev_hash, hash, SHA2(CONCAT_WS('|', prev_hash,"
			" DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s.%f'), IFNULL(account_id, ''), username, role,"
			" action, object_type, object_id, before_summary, after_summary, ip, request_id), 256)"
			" FROM audit_log WHERE id > ? ORDER BY id LIMIT 1000", DI(last));
		if (!d) { fprintf(stderr, "audit-verify: query failed\n"); return 2; }
		if (d->nrows == 0) { dbrows_free(d); break; }
		for (int i = 0; i < d->nrows; i++) {
			last = dbi(d, i, 0);
			if (strcmp(dbv(d, i, 1), prev) != 0) {
				printf("audit-verify: BROKEN at entry %lld: it does not link to the entry before it\n", last);
				dbrows_free(d);
				return 1;
			}
			if (strcmp(dbv(d, i, 2), dbv(d, i, 3)) != 0) {
				printf("audit-verify: BROKEN at entry %lld: its content does not match its hash\n", last);
				dbrows_free(d);
				return 1;
			}
			snprintf(prev, sizeof(prev), "%s", dbv(d, i, 2));
			n++;
		}
		dbrows_free(d);
	}
	d = db_query(r, "SELECT last_hash, entries FROM audit_head WHERE id = 1");
	if (!d || d->nrows != 1 || strcmp(dbv(d, 0, 0), prev) != 0 || dbi(d, 0, 1) != n) {
		printf("audit-verify: BROKEN at the end: entries after %lld are missing\n", last);
		dbrows_free(d);
		return 1;
	}
	dbrows_free(d);
	printf("audit-verify: OK, %lld entries\n", n);
	return 0;
}

/*
 * Every stored file against its record: the attachments, the documents of the
 * recommendation lists (盟市 joint documents, 县区 recommendation documents) and
 * 财政's vouchers of its payments (付款凭证, 追回 documents), each by
 * size and SHA-256 (a restore that lost a file's data must not pass for a good one).
 */
static int
cmd_files_verify(struct req *r)
{
	struct dbrows *d = db_query(r,
		"SELECT 'attachment', a.id, a.size, COALESCE(LENGTH(b.data), -1), COALESCE(SHA2(b.data, 256) = a.sha256, 0)"
		" FROM attachments a LEFT JOIN attachment_blobs b ON b.attachment_id = a.id"
		" UNION ALL SELECT 'rec_list_document', list_id, size, LENGTH(data), SHA2(data, 256) = sha256"
		" FROM rec_list_documents"
		" UNION ALL SELECT 'payment_file', payment_id, size, LENGTH(data), SHA2(data, 256) = sha256"
		" FROM payment_files");
	int bad = 0;

	if (!d) { fprintf(stderr, "files-verify: query failed\n"); return 2; }
	for (int i = 0; i < d->nrows; i++) {
		if (dbi(d, i, 3) < 0)
			printf("files-verify: BROKEN: %s %lld has no stored data\n", dbv(d, i, 0), dbi(d, i, 1));
		else if (dbi(d, i, 2) != dbi(d, i, 3))
			printf("files-verify: BROKEN: %s %lld: %lld bytes recorded, %lld stored\n", dbv(d, i, 0),
			       dbi(d, i, 1), dbi(d, i, 2), dbi(d, i, 3));
		else if (!dbi(d, i, 4))
			printf("files-verify: BROKEN: %s %lld: its content does not match its SHA-256\n", dbv(d, i, 0),
			       dbi(d, i, 1));
		else
			continue;
		bad++;
	}
	if (!bad) printf("files-verify: OK, %d files\n", d->nrows);
	dbrows_free(d);
	return bad ? 1 : 0;
}

/*
 * Pages never send mail: they queue it in the outbox in the same transaction
 * as the message.  This pipes each pending entry to Mail.Command as an RFC
 * 5322 message (UTF-8, the subject base64-encoded) and marks it sent; a
 * failing command is retried on later runs, five times at most.
 */
static int
cmd_send_mail(struct req *r)
{
	const char *cmd = req_conf(r, "Mail.Command", NULL);
	const char *from = req_conf(r, "Mail.From", "dtpilot@localhost");
	struct dbrows *d;
	int sent = 0, failed = 0;

	if (!cmd || !*cmd) { fprintf(stderr, "send-mail: Mail.Command is not configured\n"); return 2; }
	d = db_query(r, "SELECT id, to_email, TO_BASE64(subject), body FROM outbox WHERE sent_at IS NULL AND attempts < 5"
			" ORDER BY id LIMIT 500");
	if (!d) return 2;
	for (int i = 0; i < d->nrows; i++) {
		FILE *p = popen(cmd, "w");
		int rc = -1;
		char subj[400];
		/* TO_BASE64 wraps lines: the encoded-word must be one line */
		snprintf(subj, sizeof(subj), "%s", dbv(d, i, 2));
		for (char *c = subj, *o = subj;; c++) { if (*c != '\n') *o++ = *c; if (!*c) break; }
		if (p) {
			fprintf(p, "From: %s\nTo: %s\nSubject: =?UTF-8?B?%s?=\nMIME-Version: 1.0\n"
				   "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n%s\n",
				from, dbv(d, i, 1), subj, dbv(d, i, 3));
			rc = pclose(p);
		}
		if (rc == 0) {
			db_exec(r, "UPDATE outbox SET sent_at = NOW(), attempts = attempts + 1 WHERE id = ?", DI(dbi(d, i, 0)));
			sent++;
		} else {
			db_exec(r, "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?",
				DS(req_printf(r, "command exit status %d", rc)), DI(dbi(d, i, 0)));
			failed++;
		}
	}
	dbrows_free(d);
	printf("send-mail: %d sent, %d failed\n", sent, failed);
	return failed ? 1 : 0;
}

/* one amount from the command line: inputs as name=value, amounts in whole 元 */
static int
cmd_subsidy(int argc, char **argv)
{
	const struct ruleset *rs = argc >= 3 ? ruleset_parse(argv[2]) : NULL;
	const char *given[RS_MAX_IN] = { 0 };
	long long in[RS_MAX_IN] = { 0 };
	struct rs_calc c;
	int n;

	if (!rs) {
		fprintf(stderr, "subsidy: unknown rule set %s; known:", argc >= 3 ? argv[2] : "(none)");
		for (const struct ruleset *k = rulesets; k->key; k++) fprintf(stderr, " %s@%d", k->key, k->version);
		fprintf(stderr, "\n");
		return 2;
	}
	n = ruleset_count_inputs(rs);
	for (int a = 3; a < argc; a++) {
		const char *eq = strchr(argv[a], '=');
		int i = 0;
		while (i < n && !(eq && strlen(rs->kind->inputs[i].name) == (size_t)(eq - argv[a]) &&
				  !strncmp(argv[a], rs->kind->inputs[i].name, (size_t)(eq - argv[a]))))
			i++;
		if (i == n || given[i]) {
			fprintf(stderr, "subsidy: %s input %.*s\n", i == n ? "unknown" : "repeated",
				eq ? (int)(eq - argv[a]) : (int)strlen(argv[a]), argv[a]);
			return 2;
		}
		given[i] = eq + 1;
	}
	for (int i = 0; i < n; i++) {
		const struct rs_input *x = &rs->kind->inputs[i];
		const char *e = rs_input_parse(x, given[i] ? given[i] : x->dflt, &in[i]);
		if (e) {
			fprintf(stderr, "subsidy: %s input %s (%s): %s", given[i] ? "invalid" : "missing", x->name, x->label, e);
			for (const struct rs_option *o = x->options; o && o->key; o++)
				fprintf(stderr, "%s%s=%s", o == x->options ? "; one of " : ", ", o->key, o->label);
			fprintf(stderr, "\n");
			return 2;
		}
	}
	rs_compute(rs, NULL, in, &c);
	rs_explain(&c, stdout);
	printf("amount_yuan=%lld\n", c.amount);
	return 0;
}

int
main(int argc, char **argv)
{
	struct proc a;
	struct req r;
	int rc;

	if (argc >= 2 && !strcmp(argv[1], "hash-password")) return cmd_hash();
	if (argc >= 2 && !strcmp(argv[1], "subsidy")) return cmd_subsidy(argc, argv);
	if (argc < 2 || (strcmp(argv[1], "create-admin") && strcmp(argv[1], "audit-verify") &&
			 strcmp(argv[1], "files-verify") && strcmp(argv[1], "verify") && strcmp(argv[1], "send-mail"))) {
		fprintf(stderr, "usage: dtpilot-admin hash-password | create-admin USERNAME NAME | audit-verify |"
				" files-verify | verify | send-mail | subsidy RULESET name=value ...\n");
		return 2;
	}
	setenv("DTPILOT_CONF", "/etc/dtpilot/dtpilot.hdf", 0);
	if (proc_init(&a)) return 2;
	proc_tool_req(&a, &r, argv[1]);
	if (db_connect(&r)) { fprintf(stderr, "dtpilot-admin: database unreachable\n"); return 2; }
	if (!strcmp(argv[1], "create-admin"))
		rc = argc == 4 ? cmd_create_admin(&r, argv[2], argv[3]) : 2;
	else if (!strcmp(argv[1], "send-mail"))
		rc = cmd_send_mail(&r);
	else if (!strcmp(argv[1], "files-verify"))
		rc = cmd_files_verify(&r);
	else if (!strcmp(argv[1], "verify"))
		rc = cmd_audit_verify(&r) | cmd_files_verify(&r);
	else
		rc = cmd_audit_verify(&r);
	req_free(&r);
	proc_fini(&a);
	return rc;
}
