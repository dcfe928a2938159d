#!/usr/bin/python3
"""make galera-test (never part of make test): dtpilot on a private 3-node
MariaDB Galera cluster (Debian's galera-4) under var/galera, on loopback.

  n1: MariaDB node 1 + Apache (CGI) on 19371, whose pages write through n1
  n2: MariaDB node 2 + nginx (FastCGI) on 19372, whose pages write through n2
  n3: MariaDB node 3 only
  Galera ports: group communication 19360-19362, IST 19363-19365, SST 19366-19368

Steps:
 1. n1 is bootstrapped and gets the schema and the demo data through
    scripts/stack; n2 and n3 join with empty data directories and receive
    a full copy (rsync SST); then the FastCGI host starts on n2.  A node
    that rejoins later catches up by incremental transfer (IST) from a
    donor's gcache, or by SST.
 2. The whole HTTP suite against the two web hosts (tests/run.py http; the
    suite's second host, PORT2, is the one writing through n2).  Tests that
    stop or kill MariaDB do it to n1, which rejoins by incremental transfer.
 3. Failover: GALERA_APPS (24) platforms filed through the pages submit at once,
    half through each host, and n2 (the node under the FastCGI host) is killed
    with SIGKILL while they do; it is restarted 3 s later.  Every answer is a
    303 (acknowledged), a clean 409 (a certification conflict: nothing
    happened) or a 503 (the node is gone); a user who got no 303 submits
    again.  Then, on every node: each application submitted exactly once (one
    version, one submit event, one audit entry), nothing else changed, the
    audit chain verifies, and the nodes hold the same rows.

Prints the measurements and ends with "N passed, N failed"."""
import os, re, shutil, signal, subprocess, sys, threading, time, traceback

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
G = os.path.join(ROOT, 'var', 'galera')
WEB = {1: 19371, 2: 19372}
APPS = int(os.environ.get('GALERA_APPS', '24'))
os.environ.update(DTPILOT_VAR=os.path.join(G, 'n1'), DTPILOT_PORT=str(WEB[1]), DTPILOT_PORT2=str(WEB[2]))
sys.path.insert(0, os.path.join(ROOT, 'tests'))
from dt import Client  # noqa: E402
import filing  # noqa: E402

passed = failed = 0
notes = []


def check(ok, name, detail=''):
    global passed, failed
    if ok:
        passed += 1
        print('ok   galera/%s' % name)
    else:
        failed += 1
        print('FAIL galera/%s\n%s' % (name, detail))
    sys.stdout.flush()


def wsrep(i, bootstrap=False):
    peers = ','.join('127.0.0.1:%d' % (19359 + k) for k in (1, 2, 3))
    a = ['--wsrep-on=ON', '--wsrep-provider=/usr/lib/galera/libgalera_smm.so', '--wsrep-cluster-name=dtpilot-test',
         '--wsrep-cluster-address=gcomm://' + peers, '--wsrep-node-name=n%d' % i,
         '--wsrep-node-address=127.0.0.1:%d' % (19359 + i),
         '--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:%d;ist.recv_addr=127.0.0.1:%d;gcache.size=256M'
         % (19359 + i, 19362 + i),
         '--wsrep-sst-method=rsync', '--wsrep-sst-receive-address=127.0.0.1:%d' % (19365 + i),
         '--binlog-format=ROW', '--innodb-autoinc-lock-mode=2', '--default-storage-engine=InnoDB',
         '--tmpdir=' + os.path.join(var(i), 'tmp')]      # its own: temporary tables are not shared /tmp's
    return ' '.join(a + (['--wsrep-new-cluster'] if bootstrap else []))


def var(i):
    return os.path.join(G, 'n%d' % i)


def sock(i):
    return os.path.join(var(i), 'run', 'mysqld.sock')


def stack(i, cmd, bootstrap=False, demo=0, check_rc=True):
    env = dict(os.environ, VAR=var(i), PORT=str(WEB.get(i, 19370 + i)), WEB='nginx-fcgi' if i == 2 else 'apache',
               DB_ARGS=wsrep(i, bootstrap), DEMO=str(demo), DB_WAIT='1200', DB_OS_USER='mysql',
               DB_CNF=os.path.join(ROOT, 'conf', 'mariadb-dtpilot.cnf'),   # the shipped sizes (connections, packet)
               # as scripts/run-tests: the http suite reaches the pages through 127.0.0.250 as a trusted proxy
               DTPILOT_EXTRA_CONF='Proxy.Trusted = 127.0.0.250')
    env.pop('PORT2', None)
    p = subprocess.run([os.path.join(ROOT, 'scripts', 'stack'), cmd], env=env, capture_output=True, text=True)
    if check_rc and p.returncode != 0:
        raise RuntimeError('stack %s n%d: %s%s' % (cmd, i, p.stdout[-2000:], p.stderr[-2000:]))
    return p


def q(i, query, db='dtpilot'):
    # wsrep_sync_wait: a read sees every write the cluster committed before it
    p = subprocess.run(['mariadb', '--no-defaults', '--socket=' + sock(i), '-u', 'root', '-N', '-B', db,
                        '-e', 'SET SESSION wsrep_sync_wait = 1; ' + query],
                       capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError('n%d: %s: %s' % (i, query, p.stderr))
    return [line.split('\t') for line in p.stdout.splitlines()]


def status(i, name):
    try:
        return q(i, "SHOW STATUS LIKE '%s'" % name)[0][1]
    except (RuntimeError, IndexError):
        return None


def wait_synced(i, timeout=120):
    end = time.time() + timeout
    while time.time() < end:
        if status(i, 'wsrep_local_state_comment') == 'Synced' and status(i, 'wsrep_cluster_size') == '3':
            return True
        time.sleep(0.2)
    return False


def stop_all():
    for i in (3, 2, 1):
        if os.path.isdir(var(i)):
            stack(i, 'stop', check_rc=False)
    # a joiner stuck in a failed state transfer has no pid file yet: its data directory names it
    for p in os.listdir('/proc'):
        try:
            cmd = open('/proc/%s/cmdline' % p, 'rb').read().split(b'\0')
        except OSError:
            continue
        if cmd and cmd[0].endswith(b'mariadbd') and any(a.startswith(b'--datadir=' + G.encode() + b'/') for a in cmd):
            try:
                os.kill(int(p), signal.SIGKILL)
            except OSError:
                pass


def owned(i):
    """The nodes run as the mysql user (DB_OS_USER), not as root as scripts/stack runs MariaDB: a state
    transfer (rsync SST) is written by an rsync daemon that mariadbd starts, which as root would
    drop to nobody and could not write the data directory.  Its directories belong to mysql; an
    empty mysql/ makes a joiner that takes a whole copy (stack does not run mariadb-install-db
    over it)."""
    for d in ('db', 'run', 'log', 'tmp'):
        os.makedirs(os.path.join(var(i), d), exist_ok=True)
    if os.getuid() == 0:       # run/ and log/ themselves only: the web host's sockets and logs in them stay its own
        subprocess.run(['chown', '-R', 'mysql:mysql', os.path.join(var(i), 'db'), os.path.join(var(i), 'tmp')], check=True)
        subprocess.run(['chown', 'mysql:mysql', os.path.join(var(i), 'run'), os.path.join(var(i), 'log')], check=True)


def form_cluster():
    t0 = time.time()
    owned(1)
    stack(1, 'start', bootstrap=True, demo=1)           # schema, grants, demo data, Apache
    for i in (2, 3):
        owned(i)
        os.makedirs(os.path.join(var(i), 'db', 'mysql'), exist_ok=True)
        owned(i)
        shutil.copy2(os.path.join(var(1), 'db-password'), os.path.join(var(i), 'db-password'))
        t = time.time()
        stack(i, 'start' if i == 2 else 'start-db')    # joins by SST, then (n2) the FastCGI host
        notes.append('n%d joined by state transfer (rsync SST of the demo database) in %.1f s' % (i, time.time() - t))
    ok = all(wait_synced(i) for i in (1, 2, 3))
    notes.append('cluster of 3 formed in %.1f s' % (time.time() - t0))
    check(ok, 'cluster_forms', '\n'.join('n%d: %s %s' % (i, status(i, 'wsrep_local_state_comment'),
                                                          status(i, 'wsrep_cluster_size')) for i in (1, 2, 3)))
    # n3's configuration, for audit-verify there
    conf = open(os.path.join(var(1), 'dtpilot.hdf')).read().replace(sock(1), sock(3))
    open(os.path.join(var(3), 'dtpilot.hdf'), 'w').write(conf)
    return ok


def http_suite():
    t0 = time.time()
    env = dict(os.environ, DB_ARGS=wsrep(1), DB_WAIT='1200', DB_OS_USER='mysql', DTPILOT_MULTI_WRITER='1')
    p = subprocess.run(['/usr/bin/python3', os.path.join(ROOT, 'tests', 'run.py'), 'http'], env=env,
                       capture_output=True, text=True)
    out = p.stdout + p.stderr
    open(os.path.join(G, 'http-suite.log'), 'w').write(out)
    m = re.findall(r'^(\d+) passed, (\d+) failed', out, re.M)
    fails = re.findall(r'^FAIL (\S+)', out, re.M)
    notes.append('http suite on the cluster: %s passed, %s failed in %.0f s%s' % (
        m[-1][0] if m else '?', m[-1][1] if m else '?', time.time() - t0, (': ' + ', '.join(fails)) if fails else ''))
    check(bool(m) and m[-1][1] == '0', 'http_suite', '\n'.join(l for l in out.splitlines() if l.startswith('FAIL'))
          + '\n(see var/galera/http-suite.log)')
    for i in (1, 2, 3):
        if not wait_synced(i, 300):
            check(False, 'synced_after_suite_n%d' % i, status(i, 'wsrep_local_state_comment') or 'down')


def prepared_platforms(n):
    """n platforms registered and filed through the pages, ready to submit: (client, app id)."""
    out = []
    for k in range(n):
        region = ('150102', '150203', '150402', '150602')[k % 4]
        c, _ = filing.register_platform('gal', '集群测试平台#有限公司', '9', region)
        app = filing.start(c)
        filing.fill_complete(c, app, region, 1 + k % 100, seed='ABCDEFGHJKLMNPQRTUWXY'[k % 21])
        out.append((c, app))
    return out


def failover():
    apps = prepared_platforms(APPS)
    answers, acked, lock = [], {}, threading.Lock()
    go = threading.Event()

    def user(k, c, app):
        """Submits as a user would: opens the application, presses 提交, and on anything but a 303
        (a 409, a 503, a cut connection) opens it again and submits again, for up to 2 minutes."""
        host = WEB[1 + k % 2]
        u = Client(port=host)
        u.cookies = dict(c.cookies)
        go.wait()
        end = time.time() + 120
        while time.time() < end:
            try:
                r = u.page('/cgi-bin/app.cgi?id=%s' % app)
                if r.status != 200:
                    with lock:
                        answers.append(('view %d' % r.status, host))
                    time.sleep(0.5)
                    continue
                m = re.search(r'name="op" value="submit">\s*<input type="hidden" name="version" value="(\d+)"', r.text)
                if not m:           # no 提交 button: it was submitted (a commit whose answer was lost)
                    with lock:
                        answers.append(('seen submitted', host))
                        acked.setdefault(app, 0)
                    return
                r = u.post('/cgi-bin/app_submit.cgi', {'id': app, 'op': 'submit', 'version': m.group(1)})
            except OSError:
                with lock:
                    answers.append(('connection cut', host))
                time.sleep(0.5)
                continue
            with lock:
                answers.append((r.status, host))
            if r.status == 303:
                with lock:
                    acked[app] = acked.get(app, 0) + 1
                return
            if r.status == 500:
                return
            time.sleep(0.5)

    threads = [threading.Thread(target=user, args=(k, c, app)) for k, (c, app) in enumerate(apps)]
    for t in threads:
        t.start()
    before = {i: int(q(i, 'SELECT COUNT(*) FROM app_versions')[0][0]) for i in (1, 2, 3)}
    go.set()
    time.sleep(0.3)
    pid = int(open(os.path.join(var(2), 'run', 'mysqld.pid')).read())
    os.kill(pid, signal.SIGKILL)
    killed = time.time()
    time.sleep(3)
    owned(2)
    stack(2, 'start-db')
    rejoin = time.time() - killed
    synced = wait_synced(2, 300)
    rejoined = time.time() - killed
    for t in threads:
        t.join(300)
    ids = ','.join(str(a) for _, a in apps)
    codes = {}
    for a in answers:
        codes[a[0]] = codes.get(a[0], 0) + 1
    if not acked or len(acked) < len(apps):
        notes.append('unacknowledged: %s' % [a for _, a in apps if a not in acked])
    notes.append('failover: %d submissions through both hosts, n2 killed (SIGKILL) 0.3 s in; answers %s; n2 serving'
                 ' again %.1f s after the kill (restarted at 3 s), Synced after %.1f s; acknowledged %d'
                 % (len(apps), ', '.join('%s: %d' % kv for kv in sorted(codes.items(), key=str)), rejoin, rejoined,
                    len(acked)))
    check(synced, 'killed_node_rejoins')
    check(not codes.get(500), 'no_fault_answers', str(codes))
    check(len(acked) == len(apps) and all(v <= 1 for v in acked.values()), 'every_submission_submitted_once',
          '%d of %d acknowledged: %s' % (len(acked), len(apps), acked))
    for i in (1, 2, 3):
        v = dict((r[0], int(r[1])) for r in q(i, 'SELECT application_id, COUNT(*) FROM app_versions WHERE application_id'
                                                 ' IN (%s) GROUP BY application_id' % ids))
        e = dict((r[0], int(r[1])) for r in q(i, "SELECT application_id, COUNT(*) FROM app_events WHERE action='submit'"
                                                 " AND application_id IN (%s) GROUP BY application_id" % ids))
        au = dict((r[0], int(r[1])) for r in q(i, "SELECT object_id, COUNT(*) FROM audit_log WHERE action='application.submit'"
                                                  " AND object_id IN (%s) GROUP BY object_id" % ids))
        st = q(i, "SELECT COUNT(*) FROM applications WHERE id IN (%s) AND state='submitted'" % ids)[0][0]
        bad = [a for _, a in apps if v.get(str(a)) != 1 or e.get(str(a)) != 1 or au.get(str(a)) != 1]
        check(not bad and int(st) == len(apps), 'n%d_each_submission_once' % i,
              'versions/events/audit not 1 for %s; %s submitted' % ([(a, v.get(a), e.get(a), au.get(a)) for a in bad[:5]], st))
        check(int(q(i, 'SELECT COUNT(*) FROM app_versions')[0][0]) == before[1] + len(apps), 'n%d_nothing_else' % i)
    sums = {}
    for i in (1, 2, 3):
        sums[i] = q(i, 'CHECKSUM TABLE applications, app_versions, app_events, audit_log, audit_head, app_enterprises,'
                       ' attachments, sessions')
    check(sums[1] == sums[2] == sums[3], 'nodes_hold_the_same_rows',
          '\n'.join('%s: %s' % (t[0], [sums[i][k][1] for i in (1, 2, 3)]) for k, t in enumerate(sums[1])))
    for i in (1, 2, 3):
        p = subprocess.run([os.path.join(ROOT, 'build', 'dtpilot-admin'), 'audit-verify'],
                           env=dict(os.environ, DTPILOT_CONF=os.path.join(var(i), 'dtpilot.hdf')),
                           capture_output=True, text=True)
        check(p.returncode == 0, 'n%d_audit_chain_verifies' % i, p.stdout + p.stderr)
    notes.append('certification conflicts counted by the nodes (wsrep_local_cert_failures + bf aborts): %s' % ', '.join(
        'n%d %s+%s' % (i, status(i, 'wsrep_local_cert_failures'), status(i, 'wsrep_local_bf_aborts')) for i in (1, 2, 3)))


def main():
    stop_all()
    shutil.rmtree(G, ignore_errors=True)
    os.makedirs(G)
    try:
        if form_cluster():
            if os.environ.get('GALERA_SUITE', '1') != '0':
                http_suite()
            failover()
    except Exception as e:      # noqa: BLE001
        check(False, "run", traceback.format_exc())
    finally:
        stop_all()
    print()
    for n in notes:
        print('galera: ' + n)
    open(os.path.join(G, 'results.txt'), 'w').write('\n'.join(notes) + '\n')
    print('%d passed, %d failed' % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
