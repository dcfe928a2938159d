"""make bench's deadline rush: simulated users doing the real work at once.

Each filer is a 服务平台 account of its own (made in SQL with the demo
password): it logs in, starts its application in the open batch, opens and
saves the six sections, adds 6 served enterprises with their 3 proofs each,
uploads the licence and the credit report, runs 校验 and submits -- every
step through the pages, as tests/filing.py does it.  Reviewers (one 旗县区
reviewer per 4 filers, the filers spread over their counties) meanwhile log
in, open their queue, open each submitted application and pass it.

Levels of 2, 4, 8, ... concurrent filers run one after another against each
set-up until a level has p99 >= 1 s, a failed request, or anything lost.
Lost is checked in the database afterwards against what the pages
acknowledged (a 303 for each save, addition, upload, submission and
decision): every acknowledged section is saved, every acknowledged
enterprise and file exists, every acknowledged submission made exactly one
version, every acknowledged decision made exactly one event.  The client runs
on the same 2 cores (its CPU is reported: at high levels it competes with the
server)."""
import os, re, sys, threading, time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from dt import Client, sql  # noqa: E402
import filing  # noqa: E402

LEVELS = [int(x) for x in os.environ.get('BENCH_RUSH_LEVELS', '2 4 8 12 16 24 32 48').split()]
LEVEL_LIMIT_S = 240          # a level that takes longer than this is the last one


class Timed(Client):
    """A Client that records the time of each request; 5xx and connection errors count as failures."""

    def __init__(self, port, log):
        super().__init__(port=port)
        self.log = log

    def request(self, method, path, *args, **kw):
        t = time.monotonic()
        try:
            r = super().request(method, path, *args, **kw)
        except OSError as e:
            self.log.append((time.monotonic() - t, 'error %s %s: %s' % (method, path, e)))
            raise
        self.log.append((time.monotonic() - t, None if r.status < 500 else '%d %s %s' % (r.status, method, path)))
        return r


def make_accounts(level, n, counties):
    """n platform accounts with the demo password, profile complete, spread over counties."""
    tag = '%d%04d' % (level, int.from_bytes(os.urandom(2), 'big') % 10000)
    hash_ = sql("SELECT password_hash FROM accounts WHERE username='platform1'")[0][0]
    users = []
    for i in range(n):
        county = counties[i % len(counties)]
        u = 'rush%s_%d' % (tag, i)
        code = filing.uscc('91%sR%08d' % (county, (int(tag) * 100 + i) % 100000000))
        sql("INSERT INTO accounts (username, password_hash, role, display_name, credit_code, region_code,"
            " contact_person, mobile, email) VALUES ('%s', '%s', 'platform', '冲刺测试服务平台%s有限公司',"
            " '%s', '%s', '张联系', '13912345678', 'r@example.com')" % (u, hash_, u, code, county))
        users.append((u, county, (int(tag) * 100 + i) % 1000000))
    return users


def filer(port, log, user, county, num, sub, ack, errors):
    a = {'sections': set(), 'ents': 0, 'files': 0, 'submitted': 0, 'app': None}
    ack.append(a)
    try:
        c = Timed(port, log)
        if c.login(user).status != 303:
            raise RuntimeError('login failed for %s' % user)
        c.page('/cgi-bin/home.cgi')
        a['app'] = app = filing.start(c)
        c.page('/cgi-bin/app.cgi?id=%s' % app)
        for sec, data in filing.sections(county, sub).items():
            if filing.save_section(c, app, sec, data).status == 303:
                a['sections'].add(sec)
        for i in range(6):
            code = filing.uscc('91%sM%06d%02d' % (county, num, i))
            if filing.add_enterprise(c, app, '冲刺企业%s-%d有限公司' % (user, i), code, region=county,
                                     cost=str(40 + 10 * i), tag=user).status == 303:
                a['ents'] += 1
        for kind, name in (('license', '营业执照.pdf'), ('credit', '信用报告.pdf')):
            if filing.upload(c, app, kind, name, filing.pdf('%s %s' % (kind, user))).status == 303:
                a['files'] += 1
        c.page('/cgi-bin/app.cgi?id=%s&check=1' % app)
        r = filing.submit(c, app)
        if r.status == 303 and 'check=1' not in (r.header('Location') or ''):
            a['submitted'] = 1
    except Exception as e:      # noqa: BLE001 - reported, and the level fails
        errors.append('%s: %s' % (user, e))


def reviewer(port, log, county, done, decided, errors):
    try:
        c = Timed(port, log)
        if c.login('county-%s' % county).status != 303:
            raise RuntimeError('login failed for county-%s' % county)
        seen = set()
        while True:
            finished = done.is_set()
            q = c.page('/cgi-bin/queue.cgi?state=submitted&sort=submitted')
            ids = [i for i in re.findall(r'/cgi-bin/app\.cgi\?id=(\d+)', q.text) if i not in seen]
            ours = set(x[0] for x in sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id"
                                         " WHERE a.username LIKE 'rush%%' AND p.region_code='%s'" % county))
            for app in [i for i in ids if i in ours]:
                seen.add(app)
                r = c.page('/cgi-bin/app.cgi?id=%s' % app)
                ver = re.search(r'name="id" value="%s"><input type="hidden" name="version" value="(\d+)"' % app, r.text)
                if not ver:
                    continue
                r = c.post('/cgi-bin/review.cgi', {'id': app, 'action': 'pass', 'opinion': '材料齐全，同意上报。',
                                                    'version': ver.group(1)})
                if r.status == 303:
                    decided.append(app)
            if finished:
                return
            time.sleep(0.5)
    except Exception as e:      # noqa: BLE001
        errors.append('county-%s: %s' % (county, e))


def lost(ack, decided):
    """What was acknowledged and is not in the database (or is there twice)."""
    out = []
    for a in ack:
        app = a['app']
        if not app:
            continue
        saved = set(x[0] for x in sql("SELECT section FROM app_sections WHERE application_id=%s AND saved_at IS NOT NULL" % app))
        if a['sections'] - saved:
            out.append('app %s: sections %s acknowledged, not saved' % (app, sorted(a['sections'] - saved)))
        ents = int(sql("SELECT COUNT(*) FROM app_enterprises WHERE application_id=%s" % app)[0][0])
        if ents != a['ents']:
            out.append('app %s: %d enterprises acknowledged, %d stored' % (app, a['ents'], ents))
        files = int(sql("SELECT COUNT(*) FROM attachments WHERE application_id=%s" % app)[0][0])
        if files != 3 * a['ents'] + a['files']:
            out.append('app %s: %d files acknowledged, %d stored' % (app, 3 * a['ents'] + a['files'], files))
        versions = int(sql("SELECT COUNT(*) FROM app_versions WHERE application_id=%s" % app)[0][0])
        if versions != a['submitted']:
            out.append('app %s: %d submissions acknowledged, %d versions' % (app, a['submitted'], versions))
    for app in decided:
        n = int(sql("SELECT COUNT(*) FROM app_events WHERE application_id=%s AND action='pass'" % app)[0][0])
        if n != 1:
            out.append('app %s: a decision acknowledged, %d events' % (app, n))
    return out


def level_run(port, n, groups):
    counties = [x[0] for x in sql("SELECT code FROM regions WHERE level='county' AND province_code='150000'"
                                  " ORDER BY sort LIMIT %d" % max(1, n // 4))]
    users = make_accounts(n, n, counties)
    log, ack, errors, decided = [], [], [], []
    done = threading.Event()
    before = groups.usage() if groups else None
    t0 = time.monotonic()
    revs = [threading.Thread(target=reviewer, args=(port, log, k, done, decided, errors)) for k in counties]
    fils = [threading.Thread(target=filer, args=(port, log, u, k, num, 1 + i % 100, ack, errors))
            for i, (u, k, num) in enumerate(users)]
    for t in revs + fils:
        t.start()
    for t in fils:
        t.join()
    done.set()
    for t in revs:
        t.join()
    wall = time.monotonic() - t0
    after = groups.usage() if groups else None
    times = sorted(x[0] for x in log)
    bad = [x[1] for x in log if x[1]]
    p = lambda q: times[min(len(times) - 1, int(q * len(times)))] if times else 0     # noqa: E731
    missing = lost(ack, decided)
    cpu = {k: (after[k] - before[k]) / 1e6 for k in after} if groups else {}
    return {'filers': n, 'reviewers': len(counties), 'requests': len(times), 'wall': wall, 'p50': p(0.5),
            'p99': p(0.99), 'max': times[-1] if times else 0, 'failed': len(bad) + len(errors),
            'submitted': sum(a['submitted'] for a in ack), 'decided': len(decided), 'lost': missing,
            'errors': (errors + bad)[:3], 'cpu': cpu}


def run(port, port2, batch, groups):
    """Every level on each set-up; returns the rows for report()."""
    rows = []
    for server, p in (('Apache CGI', port), ('nginx FastCGI', port2)):
        for n in LEVELS:
            r = level_run(p, n, groups)
            r['server'] = server
            ok = r['p99'] < 1.0 and not r['failed'] and not r['lost'] and r['submitted'] == n
            r['ok'] = ok
            rows.append(r)
            print('bench: rush %-13s %3d filers %2d reviewers: %5d requests in %5.1f s, p99 %.3f s, %d submitted,'
                  ' %d decided, %d failed, %d lost%s' % (server, n, r['reviewers'], r['requests'], r['wall'],
                                                         r['p99'], r['submitted'], r['decided'], r['failed'],
                                                         len(r['lost']), '' if ok else '  <- over'))
            sys.stdout.flush()
            if not ok or r['wall'] > LEVEL_LIMIT_S:
                break
    return rows


def report(rows):
    if not rows:
        return []
    out = ['', '## The deadline rush (tests/bench/rush.py)', '',
           'Each filer logs in, starts its application, saves the six sections, adds 6 served enterprises with 3'
           ' proofs each, uploads 2 files, runs 校验 and submits; one 旗县区 reviewer per 4 filers opens its queue'
           ' and passes each submission.  Afterwards every acknowledged action is looked up in the database.', '',
           '| set-up | filers | reviewers | requests | wall s | p50 s | p99 s | max s | submitted | decided'
           ' | failed | lost | CPU s web / page / MariaDB / client | sustained |',
           '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|']
    for r in rows:
        c = r['cpu']
        out.append('| %s | %d | %d | %d | %.1f | %.3f | %.3f | %.3f | %d | %d | %d | %d | %s | %s |' % (
            r['server'], r['filers'], r['reviewers'], r['requests'], r['wall'], r['p50'], r['p99'], r['max'],
            r['submitted'], r['decided'], r['failed'], len(r['lost']),
            ' / '.join('%.1f' % c.get(k, 0) for k in ('web', 'pages', 'db', 'client')), 'yes' if r['ok'] else 'no'))
    for server in sorted(set(r['server'] for r in rows)):
        good = [r['filers'] for r in rows if r['server'] == server and r['ok']]
        out.append('')
        out.append('%s sustains %s concurrent filers at p99 < 1 s with nothing lost.' % (
            server, max(good) if good else 'fewer than %d' % min(LEVELS)))
    for r in rows:
        for x in r['lost'][:5] + r['errors']:
            out.append('- %s, %d filers: %s' % (r['server'], r['filers'], x))
    return out
