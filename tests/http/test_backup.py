"""Backup and restore (scripts/backup, scripts/restore) against the running
test database: an online backup taken while pages are in use, work done after
it, then a restore that brings back exactly the backed-up state, with the
audit chain intact and logins working.  A truncated or altered backup is
refused before anything is touched."""
import glob, gzip, os, subprocess, threading
from dt import BUILD, ROOT, VAR, CONF, SOCK, Client, logged_in, sql
from filing import register_platform

ENV = dict(os.environ, SOCK=SOCK, DBNAME='dtpilot')
OUT = os.path.join(VAR, 'backups')


def run(*args):
    return subprocess.run([os.path.join(ROOT, 'scripts', args[0])] + list(args[1:]), env=ENV,
                          capture_output=True, text=True)


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
    out = subprocess.run([os.path.join(BUILD, 'dtpilot-admin'), 'audit-verify'],
                         env=dict(os.environ, DTPILOT_CONF=CONF), capture_output=True, text=True)
    assert out.returncode == 0 and 'OK' in out.stdout, out.stdout + out.stderr
    assert logged_in('platform1').get('/cgi-bin/home.cgi').status == 200
    # the audit chain goes on from the restored head
    assert Client().login('platform2').status == 303
    out = subprocess.run([os.path.join(BUILD, 'dtpilot-admin'), 'audit-verify'],
                         env=dict(os.environ, DTPILOT_CONF=CONF), capture_output=True, text=True)
    assert out.returncode == 0, out.stdout


def test_damaged_backups_are_refused_untouched():
    path = sorted(glob.glob(os.path.join(OUT, 'dtpilot-*.sql.gz')))[-1]
    count = sql("SELECT COUNT(*) FROM accounts")[0][0]
    cut = os.path.join(OUT, 'cut.sql.gz')
    with gzip.open(path) as f, gzip.open(cut, 'wb') as g:
        data = f.read()
        g.write(data[:len(data) // 2])                                   # a dump that stopped half-way
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
