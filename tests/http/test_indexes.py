"""Every statement of the application uses an index at province scale.

A second database on the test server gets the schema, the demo reference
accounts and batches, and the bench data set (scripts/bench-data.sql: 2,000
platform applications x 20 served enterprises, 5,000 enterprise applications,
events and audit entries), which ends with the same ANALYZE TABLE that make
bench's plans run with; then every db_query/db_exec statement in the
sources is EXPLAINed there (tests/explain.py).  A step that reads a table or a
whole index over 2,000 rows or more fails the test, naming the statement."""
import glob, os, subprocess
from dt import ROOT, SOCK, admin_user, sql
import explain

DB = 'dtpilot_explain'


def mariadb(db, stdin):
    p = subprocess.run(['mariadb', '--no-defaults', '--socket=' + SOCK, '-u', admin_user(), db],
                       input=stdin, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    return p.stdout


def test_every_statement_uses_an_index_on_bench_data():
    sql('DROP DATABASE IF EXISTS %s' % DB, db='mysql')
    sql('CREATE DATABASE %s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci' % DB, db='mysql')
    try:
        p = subprocess.run([os.path.join(ROOT, 'scripts', 'migrate')], env=dict(os.environ, SOCK=SOCK, DBNAME=DB),
                           capture_output=True, text=True)
        assert p.returncode == 0, p.stderr
        for f in sorted(glob.glob(os.path.join(ROOT, 'sql', 'demo', '[0-9]*.sql'))):
            mariadb(DB, "SET @pw = 'x';\n" + open(f, encoding='utf-8').read())
        mariadb(DB, open(os.path.join(ROOT, 'scripts', 'bench-data.sql'), encoding='utf-8').read())
        n = int(sql('SELECT COUNT(*) FROM app_enterprises', db=DB)[0][0])
        assert n >= 40000, n
        bad, errors, checked = explain.full_scans(DB)
        assert checked >= 200, checked                 # the extractor still finds the statements
        assert not errors, '\n'.join(errors)
        assert not bad, 'full scans at province scale:\n' + '\n'.join(bad)
    finally:
        sql('DROP DATABASE IF EXISTS %s' % DB, db='mysql')
