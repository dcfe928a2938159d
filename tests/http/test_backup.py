"""Backup and restore (scripts/backup, scripts/restore) against the running
test database, whose MariaDB has Debian's default max_allowed_packet (16M) in
the http layer and the shipped drop-in (64M) in the fastcgi layer: an online
backup taken while pages are in use, work done after it, then a restore that
brings back exactly the backed-up state, with the audit chain and every stored
file intact and logins working.  A backup copied to another folder restores on
another server byte for byte, attachments at the upload limit included.  A
truncated, altered or unchecked backup is refused, and one that cannot load
(a failing statement, a row over the server's packet limit) changes nothing."""
import glob, gzip, hashlib, os, shutil, subprocess, threading
from dt import BUILD, ROOT, VAR, CONF, SOCK, PDF, Client, logged_in, sql, admin_user, png, upload_limit
from filing import register_platform, start, upload

ENV = dict(os.environ, SOCK=SOCK, DBNAME='dtpilot')
OUT = os.path.join(VAR, 'backups')


def run(*args, env=ENV):
    return subprocess.run([os.path.join(ROOT, 'scripts', args[0])] + list(args[1:]), env=env,
                          capture_output=True, text=True)


def sql_at(sock, query):
    out = subprocess.run(['mariadb', '--no-defaults', '--socket=' + sock, '-u', admin_user(), '-N', '-B',
                          'dtpilot', '-e', query], capture_output=True, text=True, check=True)
    return [line.split('\t') for line in out.stdout.splitlines()]


def checksums(sock=SOCK):
    """CHECKSUM TABLE of every table of the database: equal means the same rows, byte for byte."""
    tables = [r[0] for r in sql_at(sock, "SELECT table_name FROM information_schema.tables WHERE"
                                         " table_schema = 'dtpilot' AND table_type = 'BASE TABLE'")]
    assert len(tables) > 30, tables
    return sorted(map(tuple, sql_at(sock, 'CHECKSUM TABLE ' + ', '.join('`%s`' % t for t in tables))))


def admin(cmd):
    return subprocess.run([os.path.join(BUILD, 'dtpilot-admin'), cmd], env=dict(os.environ, DTPILOT_CONF=CONF),
                          capture_output=True, text=True)


def write_backup(name, dump):
    """A backup file as scripts/backup writes it (gzip, .sha256 naming the file alone)."""
    os.makedirs(os.path.join(VAR, 'crafted'), exist_ok=True)
    path = os.path.join(VAR, 'crafted', name)
    with gzip.open(path, 'wb', compresslevel=1) as g:
        g.write(dump)
    with open(path + '.sha256', 'w') as f:
        f.write('%s  %s\n' % (hashlib.sha256(open(path, 'rb').read()).hexdigest(), name))
    return path


def test_online_backup_and_restore_round_trip():
    before = sql("SELECT COUNT(*), MAX(id) FROM accounts")[0]
    chain = sql("SELECT COUNT(*), MAX(id) FROM audit_log")[0]
    # pages keep working while the backup runs
    statuses = []
    stop, browsing = threading.Event(), threading.Event()
    reviewer = logged_in('county-150102')

    def browse():
        while not stop.is_set():
            statuses.append(reviewer.get('/cgi-bin/queue.cgi').status)
            browsing.set()
    t = threading.Thread(target=browse)
    t.start()
    assert browsing.wait(30)
    b = run('backup', OUT)
    stop.set()
    t.join()
    assert b.returncode == 0, b.stderr
    path = b.stdout.strip()
    assert os.path.exists(path) and os.path.exists(path + '.sha256')
    assert len(statuses) >= 2 and set(statuses) == {200}, statuses
    assert oct(os.stat(path).st_mode & 0o777) == '0o600'                 # holds password hashes
    dump = gzip.open(path).read().decode('utf-8')
    assert 'CREATE TABLE `attachment_blobs`' in dump and 'TRIGGER' in dump
    # work after the backup: a registration and its audit entries
    c, n = register_platform('bk', '备份测试平台#', '6')
    assert sql("SELECT COUNT(*) FROM accounts WHERE username='bk%06d'" % n)[0][0] == '1'
    r = run('restore', path)
    assert r.returncode == 0, r.stderr
    assert sql("SELECT COUNT(*), MAX(id) FROM accounts")[0] == before
    assert sql("SELECT COUNT(*) FROM accounts WHERE username='bk%06d'" % n)[0][0] == '0'
    assert sql("SELECT COUNT(*), MAX(id) FROM audit_log")[0][0] >= chain[0]
    out = admin('verify')
    assert out.returncode == 0 and 'audit-verify: OK' in out.stdout and 'files-verify: OK' in out.stdout, \
        out.stdout + out.stderr
    assert logged_in('platform1').get('/cgi-bin/home.cgi').status == 200
    # the audit chain goes on from the restored head
    assert Client().login('platform2').status == 303
    out = admin('audit-verify')
    assert out.returncode == 0, out.stdout


def test_damaged_backups_are_refused_untouched():
    path = sorted(glob.glob(os.path.join(OUT, 'dtpilot-*.sql.gz')))[-1]
    count = sql("SELECT COUNT(*) FROM accounts")[0][0]
    data = gzip.open(path).read()
    cut = write_backup('cut.sql.gz', data[:len(data) // 2])             # a dump that stopped half-way
    r = run('restore', cut)
    assert r.returncode != 0 and 'not a complete dump' in r.stderr
    bad = os.path.join(OUT, 'bad.sql.gz')
    open(bad, 'wb').write(open(path, 'rb').read())
    open(bad + '.sha256', 'w').write(open(path + '.sha256').read().replace(os.path.basename(path), 'bad.sql.gz'))
    with open(bad, 'ab') as f:
        f.write(b'\0')                                                   # altered after the backup
    r = run('restore', bad)
    assert r.returncode != 0 and 'checksum mismatch' in r.stderr
    assert sql("SELECT COUNT(*) FROM accounts")[0][0] == count
    os.remove(bad + '.sha256')                                         # no checksum: nothing to trust
    open(bad, 'wb').write(open(path, 'rb').read())
    r = run('restore', bad)
    assert r.returncode != 0 and 'cannot be checked' in r.stderr, r.stderr
    assert sql("SELECT COUNT(*) FROM accounts")[0][0] == count


def test_backup_copied_elsewhere_restores_there_byte_for_byte():
    c, _ = register_platform('bc', '备份副本平台#', '7')
    app = start(c)
    # a file at the upload limit: on Debian's default server its row is 16 MiB in the dump
    big = PDF + os.urandom(upload_limit() - len(PDF))
    files = {'license': ('营业执照.pdf', big), 'credit': ('信用报告.png', png(3))}
    for kind, (name, data) in files.items():
        r = upload(c, app, kind, name, data)
        assert r.status == 303, r
    want = {kind: (str(len(d)), hashlib.sha256(d).hexdigest()) for kind, (_, d) in files.items()}
    before = checksums()
    b = run('backup', OUT)
    assert b.returncode == 0, b.stderr
    assert checksums() == before
    # copied to another folder (the .sha256 names the file alone) and restored on another server
    there = os.path.join(VAR, 'elsewhere')
    shutil.rmtree(there, ignore_errors=True)
    os.makedirs(os.path.join(there, 'copied'))
    for f in (b.stdout.strip(), b.stdout.strip() + '.sha256'):
        shutil.copy(f, os.path.join(there, 'copied'))
    # the other server takes the rows this one takes (its max_allowed_packet; Debian's default or the drop-in's)
    with open(os.path.join(there, 'mariadb.cnf'), 'w') as f:
        f.write('[mariadbd]\nmax_allowed_packet = %s\n' % sql("SELECT @@global.max_allowed_packet")[0][0])
    # a server of its own, started as make test starts its own: never a member of make galera-test's
    # cluster (DB_ARGS carries its wsrep settings, DB_OS_USER the cluster's system user)
    env2 = dict({k: v for k, v in os.environ.items() if k not in ('DB_ARGS', 'DB_OS_USER')},
                VAR=there, DB_CNF=os.path.join(there, 'mariadb.cnf'))
    s = subprocess.run([os.path.join(ROOT, 'scripts', 'stack'), 'start-db'], env=env2, capture_output=True, text=True)
    assert s.returncode == 0, s.stderr
    sock2 = os.path.join(there, 'run', 'mysqld.sock')
    try:
        r = run('restore', os.path.join(there, 'copied', os.path.basename(b.stdout.strip())),
                env=dict(ENV, SOCK=sock2))
        assert r.returncode == 0, r.stderr
        assert checksums(sock2) == before
        got = sql_at(sock2, "SELECT a.kind, a.size, a.sha256, LENGTH(b.data), SHA2(b.data, 256) FROM attachments a"
                            " JOIN attachment_blobs b ON b.attachment_id = a.id WHERE a.application_id = %s" % app)
        assert {g[0]: (g[3], g[4]) for g in got} == want
        assert all(g[1:3] == g[3:5] for g in got)
    finally:
        subprocess.run([os.path.join(ROOT, 'scripts', 'stack'), 'stop-db'], env=env2, capture_output=True)


def test_a_restore_that_cannot_complete_changes_nothing():
    path = sorted(glob.glob(os.path.join(OUT, 'dtpilot-*.sql.gz')))[-1]
    lines = gzip.open(path).read().split(b'\n')
    before = checksums()
    # a statement that fails half-way through the load (issue 19: ERROR 2006 at line 392 left
    # the tables before it restored and the rest as they were)
    i = next(k for k, l in enumerate(lines) if l.startswith(b'INSERT INTO `attachment_blobs`'))
    j = next(k for k in range(i, len(lines)) if lines[k].endswith(b';')) + 1   # the statement's rows follow
    broken = write_backup('broken.sql.gz', b'\n'.join(lines[:j] + lines[i:]))      # the files twice
    r = run('restore', broken)
    assert r.returncode != 0 and 'loading %s failed' % broken in r.stderr, r.stderr
    assert 'Duplicate entry' in r.stderr and 'nothing was changed' in r.stderr and len(r.stderr) < 2000
    assert checksums() == before
    assert sql("SHOW DATABASES LIKE 'dtpilot\\_restore'") == []
    # a row larger than the server takes: refused before anything starts
    packet = int(sql("SELECT @@global.max_allowed_packet")[0][0])
    huge = b'INSERT INTO `attachment_blobs` VALUES (0,0x' + b'00' * (packet // 2 + 1) + b');'
    big = write_backup('big.sql.gz', b'\n'.join(lines[:j] + [huge] + lines[j:]))
    r = run('restore', big)
    assert r.returncode != 0 and 'max_allowed_packet (%d)' % packet in r.stderr, r.stderr
    assert 'nothing was changed' in r.stderr
    assert checksums() == before
    out = admin('verify')
    assert out.returncode == 0, out.stdout + out.stderr


def test_a_damaged_payment_voucher_is_found_and_a_backup_holding_it_is_not_restored():
    """财政's vouchers (付款凭证) are stored files like the attachments: `dtpilot-admin verify` checks each
    against its size and SHA-256, and a backup whose voucher does not match its record is refused."""
    import re
    from dt import post_files, pdf, day
    from filing import uscc
    n = int.from_bytes(os.urandom(3), 'big') % 1000000
    batch = sql("SELECT MAX(id) FROM batches WHERE programme='platform'")[0][0]
    sql("INSERT INTO money_decisions (batch_id, credit_code, name, region_code, kind, ruleset, ruleset_version, amount_yuan,"
        " explanation, decided_on) VALUES (%s, '%s', '备份凭证测试公司', '150105', 'subsidy', 'neimenggu-2025', 1, 150000,"
        " '测试', CURDATE())" % (batch, uscc('91150105MAB%06d' % n)))
    dec = sql("SELECT MAX(id) FROM money_decisions")[0][0]
    fin = logged_in('finance-150100')
    t = fin.page('/cgi-bin/payments.cgi?id=%s' % dec).text
    ver = re.search(r'name="op" value="pay">.*?name="version" value="(\d+)"', t, re.S).group(1)
    r = post_files(fin, '/cgi-bin/payments.cgi?id=%s' % dec,
                   {'op': 'pay', 'version': ver, 'pay_day': day(-1), 'pay_amount': '15', 'bank_ref': 'BK-%06d' % n},
                   {'voucher': ('付款凭证.pdf', pdf('backup voucher %d' % n))})
    assert r.status == 303, r
    pid = sql("SELECT id FROM payments WHERE decision_id=%s" % dec)[0][0]
    assert sql("SELECT COUNT(*) FROM payment_files WHERE payment_id=%s" % pid)[0][0] == '1'
    out = admin('files-verify')
    assert out.returncode == 0 and 'files-verify: OK' in out.stdout, out.stdout + out.stderr
    # the voucher's data no longer what was recorded (a disk error, a hand-edited dump)
    sql("UPDATE payment_files SET data = CONCAT(data, 'x') WHERE payment_id=%s" % pid)
    try:
        out = admin('files-verify')
        assert out.returncode == 1 and 'BROKEN: payment_file %s' % pid in out.stdout, out.stdout + out.stderr
        b = run('backup', os.path.join(VAR, 'damaged-backups'))
        assert b.returncode == 0, b.stderr
        before = checksums()
        r = run('restore', b.stdout.strip())
        assert r.returncode != 0 and 'payment_file %s' % pid in r.stderr and 'nothing was changed' in r.stderr, r.stderr
        assert checksums() == before
    finally:
        sql("UPDATE payment_files SET data = LEFT(data, LENGTH(data) - 1) WHERE payment_id=%s" % pid)
    assert admin('verify').returncode == 0
