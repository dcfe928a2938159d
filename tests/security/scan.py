#!/usr/bin/python3
"""The scanners of `make security`, against the running stack (loopback only).

sqlmap: every page is fetched as a user of a role it serves (TARGETS below,
checked against cgi-bin/*.c so a new page without an entry fails); its query
parameters and every POST form it shows (hidden values included, the CSRF
token kept valid) each get one sqlmap run with --level=3 --risk=2
--dbms=mysql.  Before each run the demo accounts are restored and the login
history cleared, so an earlier run that reset a password, disabled an account
or filled the throttle cannot blind a later one.

wapiti: a crawl and attack of the whole site, logged in as each role, with the
xss, permanentxss, sql, exec, file, crlf and redirect modules.

Writes var/security/{sqlmap,wapiti}/ and prints one line per check as it is made:
  "ok   sqlmap account.cgi POST op,version (1,234 requests)" or "FAIL ...";
the last line is a summary row for the report table:
  "TABLE sqlmap|targets|requests|findings" (one per tool).
"""
import glob, hashlib, html.parser, json, os, re, subprocess, sys, urllib.parse

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from dt import ROOT, VAR, PORT, Client, sql, PASSWORD, day   # noqa: E402

OUT = os.path.join(VAR, 'reports')
BASE = 'http://127.0.0.1:%d' % PORT
ORIGIN = 'Origin: ' + BASE
LEVEL = os.environ.get('SQLMAP_LEVEL', '3')
RISK = os.environ.get('SQLMAP_RISK', '2')

# page -> (user, url), both filled from ids(); user None = anonymous
TARGETS = {
    'account': ('province', '/cgi-bin/account.cgi?id={account}'),
    'accounts': ('province', '/cgi-bin/accounts.cgi?q=plat&role=platform&status=active&sort=username&page=1'),
    'app': ('county-150207', '/cgi-bin/app.cgi?id={app}'),
    'app_edit': ('platform4', '/cgi-bin/app_edit.cgi?id={app}&section=plan'),
    'app_ent': ('platform4', '/cgi-bin/app_ent.cgi?id={app}&ent={ent}'),
    'app_files': ('platform4', '/cgi-bin/app_files.cgi?id={app}'),
    'app_print': ('platform4', '/cgi-bin/app_print.cgi?id={app}'),
    'app_submit': ('platform1', '/cgi-bin/app.cgi?id={app1}'),
    'app_versions': ('platform4', '/cgi-bin/app_versions.cgi?id={app}'),
    'audit': ('province', '/cgi-bin/audit.cgi?user=province&action=login&object=1&page=1'),
    'batch': ('province', '/cgi-bin/batch.cgi?id={batch}'),
    'batches': ('province', '/cgi-bin/batches.cgi'),
    'county_rec': ('{ecounty}', '/cgi-bin/county_rec.cgi?batch={ebatch}'),
    'ent': ('enterprise1', '/cgi-bin/ent.cgi?id={eapp}'),
    'ent_edit': ('enterprise1', '/cgi-bin/ent_edit.cgi?id={eapp}&section=e1'),
    'ent_print': ('enterprise1', '/cgi-bin/ent_print.cgi?id={eapp}'),
    'ent_summary': ('city-ly', '/cgi-bin/ent_summary.cgi?batch={ebatch}'),
    'experts': ('province', '/cgi-bin/experts.cgi?batch={batch}'),
    'file': ('platform4', '/cgi-bin/file.cgi?id={file}'),
    'health': (None, '/cgi-bin/health.cgi'),
    'home': ('province', '/cgi-bin/home.cgi'),
    'kpi': ('city-150200', '/cgi-bin/kpi.cgi?batch={batch}&city=150200'),
    'login': (None, '/cgi-bin/login.cgi?next=/cgi-bin/home.cgi'),
    'logout': ('platform1', '/cgi-bin/home.cgi'),
    'messages': ('platform4', '/cgi-bin/messages.cgi?page=1'),
    'org': ('county-150207', '/cgi-bin/org.cgi?id={account}'),
    'orgs': ('city-150200', '/cgi-bin/orgs.cgi?q=a&region=150207&sort=name&page=1'),
    'password': ('expert2', '/cgi-bin/password.cgi'),
    'profile': ('platform4', '/cgi-bin/profile.cgi'),
    'province': ('province', '/cgi-bin/province.cgi'),
    'public': (None, '/cgi-bin/public.cgi'),
    'publicity': ('province', '/cgi-bin/publicity.cgi?batch={batch}'),
    'claims': ('province', '/cgi-bin/claims.cgi?batch={batch}'),
    'qr': (None, '/cgi-bin/qr.cgi?code={vcode}'),
    'queue': ('county-150207', '/cgi-bin/queue.cgi?q=a&region=150207&sort=submitted&page=1'),
    'rec_print': ('city-150200', '/cgi-bin/rec_print.cgi?batch={batch}&city=150200'),
    'recommend': ('city-150200', '/cgi-bin/recommend.cgi?batch={batch}&city=150200'),
    'register': (None, '/cgi-bin/register.cgi?kind=platform'),
    'review': ('county-150105', '/cgi-bin/app.cgi?id={app2}'),
    'rubric': ('province', '/cgi-bin/rubric.cgi?batch={batch}'),
    'score': ('expert1', '/cgi-bin/score.cgi?a={assign}'),
    'online': ('province', '/cgi-bin/online.cgi'),
    'session': ('platform1', '/cgi-bin/home.cgi'),
    'sessions': ('platform4', '/cgi-bin/sessions.cgi'),
    'stats': ('province', '/cgi-bin/stats.cgi?batch={batch}'),
    'subsidy': ('enterprise2', '/cgi-bin/subsidy.cgi?rs=xinxiang-2025&v=1&go=1&level=2&category=srdi&batch=2'
                '&revenue_base=10000000&revenue_next=15000000&paid_before=0&excluded=0&city_policy=0'),
    'summary': ('province', '/cgi-bin/summary.cgi?batch={batch}&city=150200&sub=1&state=submitted'),
    'totp': ('expert3', '/cgi-bin/totp.cgi'),
    'verify': (None, '/cgi-bin/verify.cgi?code={vcode}'),
    'xx_records': ('city-xx', '/cgi-bin/xx_records.cgi?q=a'),
    'xx_import': ('city-xx', '/cgi-bin/xx_import.cgi'),
    'xx_round': ('city-xx', '/cgi-bin/xx_round.cgi'),
    'awards': ('city-ly', '/cgi-bin/awards.cgi'),
    'xx_reward': ('xx-enterprise1', '/cgi-bin/xx_reward.cgi'),
    'payments': ('finance-xx', '/cgi-bin/payments.cgi?show=unpaid&sort=left&page=1'),
    # 长春 (the demo set's records: cc-enterprise4 in the 试点企业库, cc-enterprise5's 咨询诊断 with provider1,
    # cc-enterprise8's 水平评测 and cc-enterprise10's 验收 with evaluator1)
    'pilot': ('city-cc', '/cgi-bin/pilot.cgi?code={cccode}'),
    'pilot_list': ('city-cc', '/cgi-bin/pilot_list.cgi?batch={ccbatch}'),
    'cc_dash': ('city-cc', '/cgi-bin/cc_dash.cgi?batch={ccbatch}&part=providers'),
    'cc_export': ('city-cc', '/cgi-bin/cc_export.cgi?batch={ccbatch}&stage=filing&q=a'),
    'providers': ('city-cc', '/cgi-bin/providers.cgi'),
    'evaluators': ('city-cc', '/cgi-bin/evaluators.cgi'),
    'scenes': ('city-cc', '/cgi-bin/scenes.cgi'),
    'products': ('provider1', '/cgi-bin/products.cgi?page=1'),
    'diag': ('provider1', '/cgi-bin/diag.cgi?id={diag}'),
    'eval': ('evaluator1', '/cgi-bin/eval.cgi?id={eval}'),
    'accept': ('evaluator1', '/cgi-bin/accept.cgi?id={accept}'),
    'fund': ('auditor1', '/cgi-bin/fund.cgi?id={fund}'),
}


def check_targets():
    pages = {os.path.basename(p)[:-2] for p in glob.glob(os.path.join(ROOT, 'cgi-bin', '*.c'))}
    return sorted(pages - set(TARGETS))


def ids():
    one = lambda q: (sql(q) or [['0']])[0][0]                          # noqa: E731
    v = {'app': one("SELECT p.id FROM applications p JOIN accounts a ON a.id=p.account_id WHERE a.username='platform4'"),
         'account': one("SELECT id FROM accounts WHERE username='platform4'")}
    for n in (1, 2):
        v['app%d' % n] = one("SELECT p.id FROM applications p JOIN accounts a ON a.id=p.account_id"
                             " WHERE a.username='platform%d'" % n)
    v['ent'] = one("SELECT MIN(id) FROM app_enterprises WHERE application_id=%s" % v['app'])
    v['file'] = one("SELECT MIN(id) FROM attachments WHERE application_id=%s" % v['app'])
    v['batch'] = one("SELECT batch_id FROM applications WHERE id=%s" % v['app'])
    eapp = "SELECT p.id FROM applications p JOIN accounts a ON a.id=p.account_id WHERE a.username='enterprise1' LIMIT 1"
    if not sql(eapp):                   # the demo set leaves enterprise1 to start its 申报书: do it as it would
        c = session('enterprise1')
        c.page('/cgi-bin/ent.cgi')
        c.post('/cgi-bin/ent.cgi', {'op': 'create'})
    v['eapp'] = one(eapp)
    v['ebatch'] = one("SELECT batch_id FROM applications WHERE id=%s" % v['eapp'])
    v['ecounty'] = one("SELECT a.username FROM accounts a JOIN account_scopes s ON s.account_id=a.id"
                       " JOIN applications p ON p.region_code=s.region_code WHERE p.id=%s AND a.role='county'"
                       " ORDER BY a.id LIMIT 1" % v['eapp'])
    v['assign'] = one("SELECT x.id FROM expert_assignments x JOIN accounts e ON e.id=x.expert_id"
                      " WHERE e.username='expert1' LIMIT 1")
    v['vcode'] = one("SELECT COALESCE(MAX(code), 'x') FROM app_versions")
    stage = ("SELECT p.id FROM applications p JOIN accounts a ON a.id=p.account_id WHERE a.username='%s'"
             " AND p.stage='%s'")
    for key, user, st in (('ccapp', 'cc-enterprise4', 'apply'), ('diag', 'cc-enterprise5', 'diagnosis'),
                          ('eval', 'cc-enterprise8', 'evaluation'), ('accept', 'cc-enterprise10', 'accept'),
                          ('fund', 'cc-enterprise11', 'fund')):
        v[key] = one(stage % (user, st))
    v['ccbatch'] = one("SELECT batch_id FROM applications WHERE id=%s" % v['ccapp'])
    v['cccode'] = one("SELECT credit_code FROM accounts WHERE username='cc-enterprise4'")
    return v


class Forms(html.parser.HTMLParser):
    """POST forms of a page: action and fields (hidden values kept, first option of a select)."""

    def __init__(self):
        super().__init__()
        self.forms, self.cur, self.sel = [], None, None

    def handle_starttag(self, tag, a):
        a = dict(a)
        if tag == 'form' and (a.get('method') or 'get').lower() == 'post':
            self.cur = {'action': a.get('action') or '', 'fields': [], 'multipart': 'multipart' in (a.get('enctype') or '')}
        elif self.cur is None or not a.get('name'):
            return
        elif tag == 'input':
            t = (a.get('type') or 'text').lower()
            if t in ('submit', 'button', 'reset', 'image'):
                return
            if t == 'file':
                self.cur['files'] = True
                return
            if t in ('checkbox', 'radio') and 'checked' not in a and t == 'radio':
                if any(n == a['name'] for n, _ in self.cur['fields']):
                    return
            self.cur['fields'].append((a['name'], a.get('value') or sample(a['name'], t)))
        elif tag == 'button' and (a.get('type') or 'submit') == 'submit':
            if not any(n == a['name'] for n, _ in self.cur['fields']):      # the first action button
                self.cur['fields'].append((a['name'], a.get('value') or ''))
        elif tag == 'textarea':
            self.cur['fields'].append((a['name'], '测试'))
        elif tag == 'select':
            self.sel = a['name']
        elif tag == 'option' and self.sel:
            self.cur['fields'].append((self.sel, a.get('value') or ''))
            self.sel = None

    def handle_endtag(self, tag):
        if tag == 'form' and self.cur is not None:
            self.forms.append(self.cur)
            self.cur = None
        if tag == 'select':
            self.sel = None


def sample(name, t):
    if t == 'date':
        return day(-30)
    if t in ('number',):
        return '1'
    if 'mobile' in name or 'phone' in name:
        return '13912345678'
    if 'email' in name:
        return 'a@example.com'
    if 'password' in name or name == 'current':
        return PASSWORD
    return '1'


SNAPSHOT = None


def restore_accounts():
    """Undo what a scanned action may have done to the accounts the scan logs in with."""
    global SNAPSHOT
    if SNAPSHOT is None:
        SNAPSHOT = sql("SELECT id, password_hash FROM accounts")
        sql("CREATE TABLE IF NOT EXISTS scan_pw (id BIGINT PRIMARY KEY, h VARCHAR(255))")
        sql("REPLACE INTO scan_pw SELECT id, password_hash FROM accounts")
    sql("UPDATE accounts a JOIN scan_pw s ON s.id=a.id SET a.password_hash=s.h, a.status='active',"
        " a.must_change_password=0, a.totp_secret=NULL, a.totp_pending=NULL")
    sql("DELETE FROM login_attempts")


def requests_so_far():
    try:
        with open(os.path.join(VAR, 'log', 'apache-access.log'), 'rb') as f:
            return sum(1 for _ in f)
    except OSError:
        return 0


def session(user):
    c = Client()
    if user:
        r = c.login(user)
        if r.status != 303:
            raise RuntimeError('login as %s: %d' % (user, r.status))
    return c


def run_sqlmap(name, url, cookies, data=None, skip=('csrf',)):
    outdir = os.path.join(OUT, 'sqlmap')
    cmd = ['sqlmap', '-u', BASE + url, '--batch', '--level=' + LEVEL, '--risk=' + RISK, '--dbms=mysql',
           '--threads=4', '--disable-coloring', '--flush-session', '--output-dir=' + outdir,
           '--headers=' + ORIGIN, '--skip=' + ','.join(skip), '--timeout=20', '--retries=1']
    if cookies:
        cmd += ['--cookie=' + '; '.join('%s=%s' % kv for kv in cookies.items())]
    if data is not None:
        cmd += ['--data=' + data]
    before = requests_so_far()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    log = p.stdout + p.stderr
    fname = name.replace('/', '_').replace(' ', '_')
    if len(fname) > 120:                # a form with many fields: keep the name a file name
        fname = fname[:100] + '-' + hashlib.sha1(fname.encode()).hexdigest()[:12]
    with open(os.path.join(outdir, fname + '.log'), 'w') as f:
        f.write(' '.join(cmd) + '\n\n' + log)
    found = 'identified the following injection point' in log or re.search(r"parameter '[^']+' is vulnerable", log)
    return bool(found), requests_so_far() - before, p.returncode, log


def sqlmap_all(results):
    v = ids()
    targets = 0
    only = os.environ.get('SCAN_PAGES', '').split(',') if os.environ.get('SCAN_PAGES') else None
    for page, (user, tmpl) in sorted(TARGETS.items()):
        if only and page not in only:
            continue
        restore_accounts()
        url = tmpl.format(**v)
        user = user and user.format(**v)
        try:
            c = session(user)
        except RuntimeError as e:
            results.append((False, 'sqlmap %s: %s' % (page, e), 0))
            continue
        r = c.page(url)
        runs = []
        if page not in ('app_submit', 'review', 'logout', 'session'):     # their forms are on other pages
            runs.append(('%s GET %s' % (page, url.split('?', 1)[1] if '?' in url else '(headers)'), url, None))
        p = Forms()
        p.feed(r.text)
        seen = set()
        for f in p.forms:
            action = f['action'] or url
            target = action.split('?', 1)[0].rsplit('/', 1)[-1][:-4]
            if target != page and not (page in ('logout', 'session') and target == page):
                continue                            # each page's forms are scanned under that page
            key = (action.split('?')[0], tuple(sorted(n for n, _ in f['fields'])))
            if key in seen or not f['fields']:
                continue
            seen.add(key)
            fields = [(n, c.csrf if n == 'csrf' else val) for n, val in f['fields']]
            names = ','.join(n for n, _ in fields if n != 'csrf')
            runs.append(('%s POST %s' % (page, names), action, urllib.parse.urlencode(fields)))
        if page == 'session':                       # posted by app.js, not by a form
            runs.append(('session POST (headers)', '/cgi-bin/session.cgi', 'csrf=' + (c.csrf or '')))
        if not runs:
            results.append((False, 'sqlmap %s: nothing to scan at %s (%d)' % (page, url, r.status), 0))
            continue
        for label, u, data in runs:
            restore_accounts()
            c = session(user)
            c.page(url)
            if data is not None:
                data = re.sub(r'csrf=[0-9a-f]{64}', 'csrf=' + (c.csrf or ''), data)
            # the unaltered request must reach the page's handler, or the scan proves nothing
            base = (c.request('POST', u, body=data, headers={'Origin': BASE}) if data is not None else c.get(u)).status
            if base not in ((200, 303, 409, 422) if data is not None else (200,)):
                results.append((False, 'sqlmap %s: the unaltered request answers %d' % (label, base), 0))
                continue
            if os.environ.get('SCAN_DRY'):
                results.append((True, 'dry %s: %d' % (label, base), 0))
                continue
            restore_accounts()
            c = session(user)
            c.page(url)
            if data is not None:
                data = re.sub(r'csrf=[0-9a-f]{64}', 'csrf=' + (c.csrf or ''), data)
            found, n, rc, log = run_sqlmap(label, u, c.cookies, data)
            targets += 1
            ok = not found and rc == 0 and n > 0
            results.append((ok, 'sqlmap %s (%d requests)%s' % (label, n, ' INJECTABLE' if found else
                                                                  '' if rc == 0 else ' sqlmap exit %d' % rc), n))
    return targets


# the longest first, so that the run's shared queue ends sooner (province crawled 3,047 URLs, expert1 135)
WAPITI_ROLES = ['province', 'city-150200', 'county-150207', 'platform4', 'enterprise1', 'expert1']
WAPITI_MODULES = 'xss,permanentxss,sql,exec,file,crlf,redirect'


def wapiti_all(results):
    outdir = os.path.join(OUT, 'wapiti')
    os.makedirs(outdir, exist_ok=True)
    only = os.environ.get('SCAN_ROLES', '').split(',') if os.environ.get('SCAN_ROLES') else None
    for user in WAPITI_ROLES:
        if only and user not in only:
            continue
        restore_accounts()
        c = session(user)
        jar = os.path.join(outdir, user + '.cookies.json')
        with open(jar, 'w') as f:
            json.dump({'127.0.0.1': {'/': {k: {'value': val, 'version': 0, 'expires': None, 'secure': False,
                                                'port': None} for k, val in c.cookies.items()}}}, f)
        report = os.path.join(outdir, user + '.json')
        before = requests_so_far()
        cmd = [os.path.join(ROOT, 'tests', 'security', 'wapiti'), '-u', BASE + '/cgi-bin/', '-s', BASE + '/cgi-bin/home.cgi', '--scope', 'folder',
               '-m', WAPITI_MODULES, '-c', jar, '-H', ORIGIN, '-x', BASE + '/cgi-bin/logout.cgi',
               '-x', BASE + '/cgi-bin/session.cgi', '-x', BASE + '/cgi-bin/password.cgi',
               '--flush-session', '--store-session', os.path.join(outdir, 'session-' + user),
               '--max-scan-time', os.environ.get('WAPITI_SECONDS', '900'),
               # 3.0.4 stops the crawl at --max-scan-time but not the attacks: each module gets its own bound
               '--max-attack-time', os.environ.get('WAPITI_ATTACK_SECONDS', '600'), '-d', '4',
               '-f', 'json', '-o', report, '--no-bugreport', '-v', '1']
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=int(os.environ.get('WAPITI_LIMIT', '7200')))
        except subprocess.TimeoutExpired as e:
            # a finding of its own (a role's scan that does not end), never the end of the whole job
            with open(os.path.join(outdir, user + '.log'), 'w') as f:
                out = e.stdout or ''
                f.write(' '.join(cmd) + '\n\n' + (out.decode('utf-8', 'replace') if isinstance(out, bytes) else out))
            results.append((False, 'wapiti as %s: still running after %d s, stopped (%d requests)'
                            % (user, e.timeout, requests_so_far() - before), requests_so_far() - before))
            continue
        with open(os.path.join(outdir, user + '.log'), 'w') as f:
            f.write(' '.join(cmd) + '\n\n' + p.stdout + p.stderr)
        n = requests_so_far() - before
        try:
            rep = json.load(open(report))
        except (OSError, ValueError):
            results.append((False, 'wapiti as %s: no report (exit %d)' % (user, p.returncode), n))
            continue
        vulns = {k: len(v) for k, v in rep.get('vulnerabilities', {}).items() if v}
        vulns.update({k: len(v) for k, v in rep.get('anomalies', {}).items() if v})    # e.g. a 500
        crawled = sum(1 for line in p.stdout.splitlines() if line.startswith('[+] '))
        results.append((not vulns and n > 100, 'wapiti as %s (%d requests, %d URLs crawled)%s' %
                        (user, n, crawled, (' FINDINGS %s' % vulns) if vulns else ''), n))


class Results(list):
    """(ok, line, requests) of each check, printed as it is made: a run stopped early still shows what it did."""
    def append(self, r):
        super().append(r)
        print(('ok   ' if r[0] else 'FAIL ') + r[1], flush=True)


def main():
    if sys.argv[1:] == ['--pages']:             # the pages and roles it scans, for make security to share out
        print('\n'.join(sorted(TARGETS)))
        return 0
    if sys.argv[1:] == ['--roles']:
        print('\n'.join(WAPITI_ROLES))
        return 0
    results = Results()
    os.makedirs(os.path.join(OUT, 'sqlmap'), exist_ok=True)
    missing = check_targets()
    if missing:
        results.append((False, 'pages without a scan target: %s' % ', '.join(missing), 0))
    tools = sys.argv[1:] or ['sqlmap', 'wapiti']
    rows = []
    if 'sqlmap' in tools:
        start = len(results)
        targets = sqlmap_all(results)
        mine = results[start:]
        rows.append(('sqlmap (--level=%s --risk=%s)' % (LEVEL, RISK), '%d parameter sets' % targets,
                     sum(n for _, _, n in mine), sum(1 for ok, _, _ in mine if not ok)))
    if 'wapiti' in tools:
        start = len(results)
        wapiti_all(results)
        mine = results[start:]
        rows.append(('wapiti (%s)' % WAPITI_MODULES, '%d roles' % len(mine), sum(n for _, _, n in mine),
                     sum(1 for ok, _, _ in mine if not ok)))
    restore_accounts()
    for tool, tried, reqs, bad in rows:
        print('TABLE %s|%s, %d requests|%d' % (tool, tried, reqs, bad))
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
