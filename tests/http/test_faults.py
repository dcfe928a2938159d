"""Fault tests: MariaDB killed with SIGKILL in the middle of submissions and
section saves, three times over (FAULT_ROUNDS; make security: 10 rounds of
FAULT_APPS=50 concurrent submissions).  Every submission acknowledged to the
user exists afterwards.  After crash recovery no application holds
half an action (its submission count, versions and events agree; the audit
chain verifies), pages on both web hosts (Apache CGI and nginx FastCGI, whose
persistent connections died) work again, and what was not saved can simply
be done again."""
import os, random, re, signal, subprocess, threading, time
from dt import BUILD, ROOT, VAR, CONF, PORT, Client, sql, stack
from filing import register_platform, start, fill_complete, save_section, sections

PORT2 = int(os.environ['DTPILOT_PORT2'])


def kill9_mariadb():
    pid = int(open(os.path.join(VAR, 'run', 'mysqld.pid')).read().strip())
    os.kill(pid, signal.SIGKILL)
    for _ in range(100):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)


def answers(c, path, timeout=60):
    end = time.time() + timeout
    while time.time() < end:
        try:
            if c.get(path).status == 200:
                return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


def consistent(app):
    no, state = sql("SELECT submitted_no, state FROM applications WHERE id=%s" % app)[0]
    versions = sql("SELECT COUNT(*) FROM app_versions WHERE application_id=%s" % app)[0][0]
    events = sql("SELECT COUNT(*) FROM app_events WHERE application_id=%s AND action='submit'" % app)[0][0]
    assert no == versions == events, (app, no, versions, events)
    assert state == ('submitted' if no == '1' else 'draft'), (app, state, no)
    return no == '1'


def submit_now(c, app):
    r = c.page('/cgi-bin/app.cgi?id=%s' % app)
    m = re.search(r'name="op" value="submit">\s*<input type="hidden" name="version" value="(\d+)"', r.text)
    if not m:
        return None
    r = c.post('/cgi-bin/app_submit.cgi', {'id': app, 'op': 'submit', 'version': m.group(1)})
    return r.status if r.status != 303 or 'check=1' not in r.header('Location') else r.header('Location')


# make test: 3 rounds of 3 applications; make security: 10 rounds of 50 concurrent submissions
ROUNDS = int(os.environ.get('FAULT_ROUNDS', '3'))
APPS = int(os.environ.get('FAULT_APPS', '3'))


def test_kill_9_mariadb_mid_work_leaves_no_half_action():
    rng = random.Random(7)
    for rnd in range(ROUNDS):
        work = []
        for i in range(APPS):
            c, n = register_platform('k9', '故障测试平台#', '7')
            app = start(c)
            fill_complete(c, app, '150207', 40 + i, seed='K')
            work.append((c, app, Client(port=PORT2)))
            work[-1][2].cookies = dict(c.cookies)
        errors, acked, answered = [], [], []

        def act(c, app, c2):
            try:
                plan = dict(sections('150207', 40)['plan'])
                for k in plan:
                    plan[k] = '故障测试第%d轮：%s' % (rnd, plan[k])
                save_section(c2, app, 'plan', plan)        # through the FastCGI host
                r = submit_now(c, app)                     # through Apache
                answered.append(r)
                if r == 303:
                    acked.append(app)                      # the user was told it is submitted
            except Exception as e:                          # refused or cut off by the crash
                errors.append(repr(e))
        threads = [threading.Thread(target=act, args=w) for w in work]
        for t in threads:
            t.start()
        time.sleep(rng.uniform(0.02, 0.25))
        kill9_mariadb()
        for t in threads:
            t.join()
        stack('start-db')                                   # InnoDB crash recovery
        assert answers(work[0][0], '/cgi-bin/home.cgi') and answers(work[0][2], '/cgi-bin/home.cgi')
        # what the user was told happened, happened; a refusal was an error page, never a false success
        for app in acked:
            assert consistent(app), ('acknowledged submission lost', app)
        assert set(answered) <= {303, 500, 503, None}, set(answered)
        assert sql("SELECT COUNT(*) FROM attachments t LEFT JOIN applications p ON p.id = t.application_id"
                   " WHERE p.id IS NULL")[0][0] == '0'
        for c, app, c2 in work:
            if not consistent(app):                         # not saved before the crash: do it again
                r = submit_now(c, app)
                assert r == 303, (app, r)
                assert consistent(app), (app, sql("SELECT state, submitted_no FROM applications WHERE id=%s" % app),
                                         errors)
        out = subprocess.run([os.path.join(BUILD, 'dtpilot-admin'), 'audit-verify'],
                             env=dict(os.environ, DTPILOT_CONF=CONF), capture_output=True, text=True)
        assert out.returncode == 0, out.stdout + out.stderr
