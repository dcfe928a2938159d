#!/usr/bin/python3
"""make bench: a fresh private stack under var/bench with province-scale data
(scripts/bench-data.sql), then wrk on loopback against the listed pages under
Apache (mod_cgid, CGI) and nginx (every page a FastCGI process), with a static
file, a hello-world C CGI, a hello-world FastCGI program and the same pages
written in PHP (tests/bench/php, php-fpm behind the same nginx, new and
persistent MariaDB connections; their output is checked equal to dtpilot's
first) as in-run baselines.  Prints one table and writes it to
var/bench/results.md.

CPU per request comes from cgroup v2 (tests/bench/cpuacct.py): the web server,
the page processes (mod_cgid's daemon and every CGI it starts; the FastCGI
pool), MariaDB and php-fpm each run in a group of their own, whose counter
includes processes that exited unwaited-for.  The earlier count from
/proc/<pid>/stat (utime+stime+cutime+cstime of the live processes) is kept as
a column: it misses every CGI process, because mod_cgid's daemon ignores its
children's exits.  While wrk runs, MariaDB's slow log records every query
that made a full table scan or full join examining at least 2,000 rows; the
report lists them.  Peak RSS of a page is its ru_maxrss when run once from the
shell (CGI), or VmHWM of its FastCGI processes.  Then the deadline rush
(tests/bench/rush.py).  Nothing here is asserted.

  BENCH_SECONDS (5)  duration of each wrk run
  BENCH_PORT (19350 under make bench) Apache; +1 nginx + FastCGI
  BENCH_RUSH (1)     0 skips the rush
  BENCH_ONLY=peer    only the PHP peer's equivalence check, the stack left running"""
import os, re, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VAR = os.path.join(ROOT, 'var', 'bench')
PORT = int(os.environ.get('BENCH_PORT', '18190'))
PORT2 = PORT + 1
SECONDS = int(os.environ.get('BENCH_SECONDS', '5'))
os.environ.update(DTPILOT_VAR=VAR, DTPILOT_PORT=str(PORT))
sys.path.insert(0, os.path.join(ROOT, 'tests'))
from dt import Client, logged_in, sql, cgi_env  # noqa: E402
from fcgi import Page, listening  # noqa: E402
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cpuacct, php_peer, rush  # noqa: E402

# dtpilot page -> its PHP peer in tests/bench/php (home: the 旗县区 and 盟市 reviewers' home; app: as a reviewer)
PHP_PAGES = {'public': 'public', 'queue': 'queue', 'home': 'home', 'app': 'app'}

COMPONENTS = ('web', 'pages', 'db', 'php', 'client')

TICK = os.sysconf('SC_CLK_TCK')


def stack(*args, **env):
    e = dict(os.environ, VAR=VAR, PORT=str(PORT), PORT2=str(PORT2), **env)
    subprocess.run([os.path.join(ROOT, 'scripts', 'stack')] + list(args), env=e, check=True,
                   stdout=subprocess.DEVNULL)


def pids(pattern):
    """Processes whose command line, or an ancestor's, matches (nginx workers
    and FastCGI children do not carry the configuration path themselves)."""
    cmd, parent = {}, {}
    for p in os.listdir('/proc'):
        if not p.isdigit():
            continue
        try:
            cmd[int(p)] = open('/proc/%s/cmdline' % p, 'rb').read().replace(b'\0', b' ').decode('utf-8', 'replace')
            parent[int(p)] = int(open('/proc/%s/stat' % p).read().rsplit(')', 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    out = []
    for p in cmd:
        q, seen = p, 0
        while q in cmd and seen < 64:
            if re.search(pattern, cmd[q]):
                out.append(p)
                break
            q, seen = parent.get(q, 0), seen + 1
    return out


def cpu_ticks(pattern):
    total = 0
    for p in pids(pattern):
        try:
            f = open('/proc/%d/stat' % p).read().rsplit(')', 1)[1].split()
        except OSError:
            continue
        total += sum(int(x) for x in f[11:15])      # utime stime cutime cstime
    return total


def wrk(url, cookie=None):
    cmd = ['wrk', '-t2', '-c8', '-d%ds' % SECONDS, '--timeout', '30s', '--latency', url]
    if cookie:
        cmd[1:1] = ['-H', 'Cookie: dtp_sid=' + cookie]
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    n = int(re.search(r'(\d+) requests in', out).group(1))
    rps = float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1))
    lat = dict(re.findall(r'^\s+(50|99)%\s+(\S+)', out, re.M))
    bad = re.search(r'Non-2xx or 3xx responses: (\d+)', out)
    return n, rps, lat.get('50', '-'), lat.get('99', '-'), int(bad.group(1)) if bad else 0


GROUPS = None


def settle(limit=60):
    """Waits until the stack is idle (under 1% of a core for 0.4 s): requests wrk gave up on
    still run to their end, and their CPU must land in their own measurement."""
    quiet, last, end = 0, GROUPS.usage(), time.time() + limit
    while quiet < 2 and time.time() < end:
        time.sleep(0.2)
        now = GROUPS.usage()
        busy = sum(now[c] - last[c] for c in ('web', 'pages', 'db', 'php'))
        quiet = quiet + 1 if busy < 2000 else 0
        last = now


def served(log):
    try:
        with open(log, 'rb') as f:
            return f.read().count(b'\n')
    except OSError:
        return 0


def measure(server, name, url, pattern, cookie=None):
    """One wrk run.  CPU per request divides the groups' CPU, from an idle stack to an idle
    stack, by the requests the web server logged (wrk's count leaves out the ones still running
    when it stopped, whose CPU is in the groups)."""
    log = os.path.join(VAR, 'log', 'apache-access.log' if server == 'Apache CGI' else 'nginx-access.log')
    settle()
    before, b, l0 = cpu_ticks(pattern), GROUPS.usage(), served(log)
    n, rps, p50, p99, bad = wrk(url, cookie)
    used = cpu_ticks(pattern) - before          # the earlier method, read when wrk ends
    settle()
    a, n_log = GROUPS.usage(), served(log) - l0
    per = {c: (a[c] - b[c]) / 1000.0 / max(n_log, 1) for c in COMPONENTS}
    return {'page': name, 'server': server, 'rps': rps, 'p50': p50, 'p99': p99, 'n': n, 'served': n_log, 'bad': bad,
            'proc': 1000.0 * used / TICK / max(n, 1), 'comp': per,
            'cpu': per['web'] + per['pages'] + per['db'] + per['php']}


def children(pid):
    try:
        return [int(x) for x in open('/proc/%d/task/%d/children' % (pid, pid)).read().split()]
    except OSError:
        return []


def descendants(pid):
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children(p)
    return out


def threads(pid):
    for line in open('/proc/%d/status' % pid):
        if line.startswith('Threads:'):
            return int(line.split()[1])
    return 0


def classify(peer, hello):
    """Puts every process of the stack into its component's cgroup.  Apache: its parent and
    worker processes are the web server; mod_cgid's daemon (the one single-threaded child) forks
    every CGI process, so it goes with the pages and they follow it."""
    run = os.path.join(VAR, 'run')
    apache = int(open(os.path.join(run, 'apache.pid')).read())
    kids = children(apache)
    cgid = [k for k in kids if threads(k) == 1]
    GROUPS.add('web', [apache] + [k for k in kids if k not in cgid])
    GROUPS.add('pages', cgid)
    nginx = int(open(os.path.join(run, 'nginx-%d.pid' % PORT2)).read())
    GROUPS.add('web', [nginx] + children(nginx))
    GROUPS.add('pages', descendants(int(open(os.path.join(run, 'fcgi-pool.pid')).read())) + [hello])
    GROUPS.add('db', [int(open(os.path.join(run, 'mysqld.pid')).read())])
    if peer:
        GROUPS.add('php', peer.pids())
    GROUPS.add('client', [os.getpid()])      # wrk and the rush's clients are started from here
    if len(cgid) != 1:
        print('bench: warning: %d mod_cgid daemons found' % len(cgid))


def cgi_rss(page, query, sid):
    """Peak RSS (kB) of one run of the page binary from the shell.  GNU time forks it from its own
    small process: a child forked from this Python process would carry Python's resident pages
    into its peak (the kernel keeps a process's high-water mark across exec)."""
    out = os.path.join(VAR, 'run', 'rss')
    e = dict(cgi_env(page, query=query, cookies={'dtp_sid': sid} if sid else None, remote='127.0.0.1'),
             PATH='/usr/bin:/bin', DTPILOT_CONF=os.path.join(VAR, 'dtpilot.hdf'))
    p = subprocess.run(['/usr/bin/time', '-f', '%M', '-o', out, os.path.join(ROOT, 'build', 'cgi-bin', page + '.cgi')],
                       env=e, stdin=subprocess.DEVNULL, capture_output=True)
    status = re.search(rb'^Status: (\d+)', p.stdout, re.M)
    if p.returncode or (status and int(status.group(1)) >= 500):
        return -1
    return int(open(out).read().split()[-1])


def fcgi_hwm(page):
    hwm = 0
    # this tree's own page processes: not another stack's on the same machine (make security's, say)
    for p in pids(re.escape(os.path.join(ROOT, 'build', 'cgi-bin', page + '.cgi'))):
        for line in open('/proc/%d/status' % p):
            if line.startswith('VmHWM:'):
                hwm = max(hwm, int(line.split()[1]))
    return hwm


def full_scans(path):
    """{query (first 160 characters, literals folded): (times, most rows examined)} from the slow log."""
    out, rows = {}, 0
    try:
        text = open(path, encoding='utf-8', errors='replace').read()
    except OSError:
        return out
    for block in text.split('# User@Host:')[1:]:
        m = re.search(r'Rows_examined:\s*(\d+)', block)
        rows = int(m.group(1)) if m else 0
        sql_lines = [l for l in block.splitlines()[1:] if l and not l.startswith(('#', 'SET timestamp', 'use '))]
        if not sql_lines:
            continue
        q = re.sub(r"'[^']*'", "?", ' '.join(sql_lines))
        q = re.sub(r'\b\d+\b', 'N', re.sub(r'\s+', ' ', q)).strip()[:160]
        if q.upper().startswith(('SET ', 'SHOW ', 'SOURCE')):
            continue
        c, r = out.get(q, (0, 0))
        out[q] = (c + 1, max(r, rows))
    return out


TIMING_REQUESTS = 30


def where_time_goes(pages, sids):
    """Switches Debug.Timing on (CGI reads the configuration per request), requests each page
    TIMING_REQUESTS times one after another, and averages the pages' own timing log lines."""
    conf = os.path.join(VAR, 'dtpilot.hdf')
    original = open(conf).read()
    log = os.path.join(VAR, 'log', 'apache-error.log')
    out = []
    try:
        with open(conf, 'a') as f:
            f.write('\nDebug.Timing = 1\n')
        for name, path, user, page in pages:
            if not page:
                continue
            start = os.path.getsize(log)
            c = Client(port=PORT)
            if user:
                c.cookies['dtp_sid'] = sids[user]
            for _ in range(TIMING_REQUESTS):
                c.get(path)
            with open(log, encoding='utf-8', errors='replace') as f:
                f.seek(start)
                rows = [dict((k, float(v)) for k, v in re.findall(r'(\w+)=([\d.]+)', m))
                        for m in re.findall(r'timing (page=%s .*)' % re.escape(page), f.read())]
            if not rows:
                continue
            t = {k: sum(r.get(k, 0) for r in rows) / len(rows)
                 for k in ('startup', 'connect', 'db', 'statements', 'render', 'total', 'cpu')}
            # the same page as one FastCGI process (its own timers, no web server in between)
            fp = Page(page, env={'DTPILOT_CONF': conf})
            try:
                q = path.partition('?')[2]
                cookies = {'dtp_sid': sids[user]} if user else None
                times = []
                at = os.path.getsize(fp.log)
                for i in range(TIMING_REQUESTS + 5):
                    h = fp.request(query=q, cookies=cookies).header('Server-Timing') or ''
                    if i >= 5:                  # after the connection and the statements are prepared
                        times.append(dict((k, float(v)) for k, v in re.findall(r'(\w+);dur=([\d.]+)', h)))
                if not any(times):
                    # a streamed page (the 汇总表) sent its headers before its time was known: its log lines
                    with open(fp.log, encoding='utf-8', errors='replace') as f:
                        f.seek(at)
                        lines = re.findall(r'timing (page=%s .*)' % re.escape(page), f.read())[5:]
                    times = [dict((k, float(v)) for k, v in re.findall(r'(\w+)=([\d.]+)', m)) for m in lines] or times
                t['fcgi_db'] = sum(x.get('db', 0) for x in times) / len(times)
                t['fcgi_cpu'] = sum(x.get('cpu', 0) for x in times) / len(times)
                # the page's own work: its wall time less the waits on MariaDB (single-threaded, so CPU-bound;
                # this machine's process CPU clock advances in coarse steps, too coarse for 0.1 ms requests)
                t['fcgi_work'] = sum(x.get('total', 0) - x.get('db', 0) - x.get('connect', 0) for x in times) / len(times)
            finally:
                fp.close()
            out.append((name, t))
    finally:
        open(conf, 'w').write(original)
    return out


def main():
    stack('stop')
    subprocess.run(['rm', '-rf', VAR])
    print('bench: starting a fresh stack under %s (Apache :%d, nginx + FastCGI :%d)' % (VAR, PORT, PORT2))
    stack('start')
    t0 = time.time()
    admin = ['mariadb', '--no-defaults', '--socket=' + os.path.join(VAR, 'run', 'mysqld.sock'),
             '-u', 'root' if os.getuid() == 0 else os.environ.get('USER', 'root'), 'dtpilot']
    out = subprocess.run(admin + ['-N', '-e', 'source %s' % os.path.join(ROOT, 'scripts', 'bench-data.sql')],
                         capture_output=True, text=True, check=True).stdout.split()
    batch = out[-1]
    counts = sql("SELECT (SELECT COUNT(*) FROM applications), (SELECT COUNT(*) FROM app_enterprises),"
                 " (SELECT COUNT(*) FROM app_events), (SELECT COUNT(*) FROM audit_log)")[0]
    print('bench: data in %.1fs: %s applications, %s served enterprises, %s events, %s audit entries'
          % ((time.time() - t0,) + tuple(counts)))
    slow = os.path.join(VAR, 'log', 'full-scans.log')
    subprocess.run(admin + ['-e', "SET GLOBAL slow_query_log_file='%s', long_query_time=0,"
                            " log_slow_filter='full_scan,full_join', min_examined_row_limit=2000,"
                            " slow_query_log=1" % slow], check=True)
    hsock = os.path.join(VAR, 'run', 'fcgi-hello.sock')
    hello = subprocess.Popen([os.path.join(ROOT, 'build', 'bench', 'hello_fcgi')], stdin=subprocess.DEVNULL,
                             env=dict(os.environ, DTPILOT_FCGI_SOCKET=hsock))
    for _ in range(100):
        if listening(hsock):
            break
        time.sleep(0.02)
    os.chmod(hsock, 0o666)          # nginx's workers run as www-data when we are root
    peer = None
    if php_peer.binary():
        peer = php_peer.Peer(VAR, open(os.path.join(VAR, 'db-password')).read().strip())
    else:
        print('bench: php-fpm is not installed (scripts/deps bench): no PHP peer in this run')
    global GROUPS
    GROUPS = cpuacct.Groups('dtpilot-bench-%d' % PORT, COMPONENTS)
    classify(peer, hello.pid)
    try:
        sids = {u: logged_in(u).cookies['dtp_sid'] for u in
                ('platform1', 'county-150102', 'city-150100', 'province', 'expert1', 'enterprise2')}
        app = sql("SELECT id FROM applications WHERE batch_id=%s AND region_code='150102' ORDER BY id LIMIT 1" % batch)[0][0]
        pages = [('static file', '/static/css/site.css', None, None)]
        pages += [('hello-world CGI', '/bench-cgi/hello.cgi', None, None)]
        pages += [('login', '/cgi-bin/login.cgi', None, 'login')]
        pages += [('home (%s)' % u, '/cgi-bin/home.cgi', u, 'home') for u in sids]
        pages += [('county queue', '/cgi-bin/queue.cgi', 'county-150102', 'queue'),
                  ('application view', '/cgi-bin/app.cgi?id=%s' % app, 'county-150102', 'app'),
                  ('汇总表 whole province (HTML)', '/cgi-bin/summary.cgi?batch=%s' % batch, 'province', 'summary'),
                  ('汇总表 XLSX export', '/cgi-bin/summary.cgi?batch=%s&format=xlsx' % batch, 'province', 'summary'),
                  ('公示 public page', '/cgi-bin/public.cgi', None, 'public')]
        mysqld = r'mariadbd .*%s' % re.escape(VAR)
        apache = r'(apache2 .*%s|%s)' % (re.escape(VAR), mysqld)
        nginx = r'(nginx.*%s|build/cgi-bin/|build/bench/hello_fcgi|%s)' % (re.escape(VAR), mysqld)
        # the PHP peer: each page's output is compared with dtpilot's before it is timed
        equal = {}
        if peer:
            for name, path, user, page in pages:
                if page not in PHP_PAGES or (page == 'home' and user not in ('county-150102', 'city-150100')):
                    continue
                c = Client(port=PORT2)
                if user:
                    c.cookies['dtp_sid'] = sids[user]
                mine = c.get(path).text
                for prefix in ('/bench-php/', '/bench-php-p/'):
                    diff = php_peer.same(mine, c.get(prefix + PHP_PAGES[page] + '.php?' + path.partition('?')[2]).text)
                    equal.setdefault(name, []).append(diff)
                    if diff:
                        print('bench: PHP %s%s.php differs from %s (not timed):\n    %s' % (prefix, PHP_PAGES[page], path, diff))
        if os.environ.get('BENCH_ONLY') == 'peer':
            print('bench: PHP peer equal on %d of %d pages (BENCH_ONLY=peer: nothing timed; the stack keeps running)'
                  % (sum(1 for d in equal.values() if not any(d)), len(equal)))
            return
        rows = []
        for name, path, user, page in pages:
            sid = sids.get(user) if user else None
            rows.append(measure('Apache CGI', name, 'http://127.0.0.1:%d%s' % (PORT, path), apache, sid))
            if name == 'hello-world CGI':
                rows.append(measure('nginx FastCGI', 'hello-world FastCGI', 'http://127.0.0.1:%d/bench-fcgi/hello'
                                    % PORT2, nginx))
            else:
                rows.append(measure('nginx FastCGI', name, 'http://127.0.0.1:%d%s' % (PORT2, path), nginx, sid))
            if page:
                q = path.partition('?')[2]
                rows[-2]['rss'] = cgi_rss(page, q, sid)
                rows[-1]['rss'] = fcgi_hwm(page)
            line = 'bench: %-32s %8.0f req/s CGI  %8.0f req/s FastCGI' % (name, rows[-2]['rps'], rows[-1]['rps'])
            if name in equal and not any(equal[name]):
                q = '?' + path.partition('?')[2]
                for server, prefix in (('PHP-FPM', '/bench-php/'), ('PHP-FPM persistent', '/bench-php-p/')):
                    rows.append(measure(server, name, 'http://127.0.0.1:%d%s%s.php%s' % (PORT2, prefix, PHP_PAGES[page], q),
                                        nginx, sid))
                line += '  %6.0f req/s PHP  %6.0f req/s PHP persistent' % (rows[-2]['rps'], rows[-1]['rps'])
            print(line)
            sys.stdout.flush()
        breakdown = where_time_goes(pages, sids)
        rush_rows = rush.run(PORT, PORT2, batch, GROUPS) if os.environ.get('BENCH_RUSH', '1') != '0' else []
    finally:
        hello.terminate()
        hello.wait()
        if peer:
            peer.stop()
    base = next(r['cpu'] for r in rows if r['page'] == 'hello-world CGI')
    load = open('/proc/loadavg').read().split()[:3]
    lines = ['# make bench — %s, %d s per run, wrk -t2 -c8, loopback; load average at the end %s'
             % (time.strftime('%Y-%m-%d %H:%M'), SECONDS, ' '.join(load)), '',
             'Data: %s applications, %s served enterprises, %s review events, %s audit entries.' % tuple(counts), '',
             '| page | server | req/s | served | p50 | p99 | web ms | page ms | MariaDB ms | PHP ms | CPU ms/req | x hello CGI'
             ' | /proc count ms | peak RSS kB | non-2xx/3xx |',
             '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|']
    for r in rows:
        c = r['comp']
        lines.append('| %s | %s | %.0f | %d | %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.2f | %.3f | %s | %d |' % (
            r['page'], r['server'], r['rps'], r['served'], r['p50'], r['p99'], c['web'], c['pages'], c['db'], c['php'], r['cpu'],
            r['cpu'] / base if base else 0, r['proc'], r.get('rss', '-'), r['bad']))
    lines += ['', 'CPU per request from cgroup v2, one group per component: web = Apache\'s or nginx\'s own processes;'
              ' page = the page processes (under Apache, mod_cgid\'s daemon and every CGI it forks; under nginx, the'
              ' FastCGI pool); MariaDB; PHP = php-fpm.  "CPU ms/req" is their sum (wrk excluded), "x hello CGI" its'
              ' ratio to the hello-world C CGI under Apache in this run.  "/proc count" is the earlier method (live'
              ' processes\' utime+stime+cutime+cstime), which misses the CGI processes.']
    lines += ['', '## dtpilot FastCGI against the PHP-FPM peer (same pages, same SQL, same nginx, output checked equal)', '',
              '| page | FastCGI req/s | PHP req/s | PHP persistent req/s | FastCGI / PHP | FastCGI / PHP persistent'
              ' | FastCGI CPU ms | PHP persistent CPU ms | page process ms: FastCGI | PHP persistent |',
              '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|']
    for name in equal:
        f = next((r for r in rows if r['page'] == name and r['server'] == 'nginx FastCGI'), None)
        ph = next((r for r in rows if r['page'] == name and r['server'] == 'PHP-FPM'), None)
        pp = next((r for r in rows if r['page'] == name and r['server'] == 'PHP-FPM persistent'), None)
        if not (f and ph and pp):
            lines.append('| %s | output differs: not timed | | | | | | | | |' % name)
            continue
        lines.append('| %s | %.0f | %.0f | %.0f | %.2f | %.2f | %.3f | %.3f | %.3f | %.3f |' % (
            name, f['rps'], ph['rps'], pp['rps'], f['rps'] / ph['rps'], f['rps'] / pp['rps'], f['cpu'], pp['cpu'],
            f['comp']['pages'], pp['comp']['php']))
    lines += ['', 'Throughput ratios are from runs one after another on a shared 2-core machine; the CPU columns'
              ' (cgroup v2) do not depend on what else runs.']
    lines += ['', '## Where the time goes (Apache CGI, the pages\' own timers, Debug.Timing = 1)', '',
              'Averages over %d sequential requests per page, in ms: start-up is the CPU a process spends before'
              ' main() (exec, loader, constructors); connect, statements and render are wall time inside the page;'
              ' total is the page\'s wall time after main() and CPU its own CPU time then.' % TIMING_REQUESTS, '',
              '| page | start-up CPU | connect | statements (n) | render | total | page CPU | FastCGI: statements'
              ' | FastCGI: page CPU | FastCGI: page work | FastCGI page work x hello CGI |',
              '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|']
    for name, t in breakdown:
        lines.append('| %s | %.3f | %.3f | %.3f (%.0f) | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.2f |' % (
            name, t['startup'], t['connect'], t['db'], t['statements'], t['render'], t['total'], t['cpu'],
            t['fcgi_db'], t['fcgi_cpu'], t['fcgi_work'], t['fcgi_work'] / base if base else 0))
    lines += ['', 'The FastCGI columns come from one page process driven directly over its socket (tests/fcgi.py),'
              ' after 5 warm-up requests. "Page work" is its wall time less the waits on MariaDB (the process'
              ' CPU clock here advances in steps too coarse for 0.1 ms requests); "x hello CGI" compares it with'
              ' the hello-world CGI\'s whole cost above (server and process).']
    lines += rush.report(rush_rows)
    lines += ['', '## Queries with a full scan or full join examining >= 2,000 rows', '']
    scans = full_scans(slow)
    if not scans:
        lines.append('None.')
    for q, (count, rows) in sorted(scans.items(), key=lambda kv: -kv[1][1]):
        lines.append('- %d times, up to %d rows examined: `%s`' % (count, rows, q))
    text = '\n'.join(lines) + '\n'
    os.makedirs(VAR, exist_ok=True)
    open(os.path.join(VAR, 'results.md'), 'w').write(text)
    print()
    print(text)
    stack('stop')
    GROUPS.close()


if __name__ == '__main__':
    main()
