"""Page tests: each CGI binary run directly with CGI variables and a body on
stdin, against the test database.  Every request here is one a shell could
replay."""
import os, re, tempfile
from dt import BUILD, VALGRIND, run_cgi, csrf_of, sql, CONF, PASSWORD, anon_form, login_cookie


def test_health_answers_ok():
    r = run_cgi('health')
    assert r.status == 200 and r.text == 'ok\n'


def test_login_form_is_accessible_and_escaped():
    r = run_cgi('login')
    assert r.status == 200
    assert r.header('Content-Type') == 'text/html; charset=UTF-8'
    assert '<label for="f-username">登录名' in r.text and 'id="f-username"' in r.text
    assert '<label for="f-password">密码' in r.text
    assert r.text.startswith('<!DOCTYPE html>')
    assert '<?cs' not in r.text and 'TimeFooter' not in r.text


def test_security_headers_on_every_response():
    for r in (run_cgi('login'), run_cgi('home'), run_cgi('login', 'POST', body='x=1')):
        csp = r.header('Content-Security-Policy')
        assert csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp, r
        assert r.header('X-Content-Type-Options') == 'nosniff'
        assert r.header('Referrer-Policy')
        assert 'charset=UTF-8' in r.header('Content-Type')
        assert r.header('Strict-Transport-Security') is None       # plain HTTP here
    r = run_cgi('login', env={'HTTPS': 'on'})
    assert r.header('Strict-Transport-Security').startswith('max-age=')
    assert 'Secure' in r.header('Set-Cookie')


def test_login_with_charset_content_type_is_parsed():
    # ClearSilver drops every field of this content type; the guard normalises it
    tok, _ = anon_form('login')
    r = run_cgi('login', 'POST', body='username=province&password=%s&csrf=%s' % (PASSWORD, tok),
                ctype='application/x-www-form-urlencoded; charset=UTF-8', cookies={'dtp_pre': tok})
    assert r.status == 303 and r.header('Location') == '/cgi-bin/home.cgi', r


def test_post_without_csrf_is_403():
    r = run_cgi('login', 'POST', body='username=province&password=x')
    assert r.status == 403
    tok, _ = anon_form('login')
    r = run_cgi('login', 'POST', body='username=province&password=x&csrf=' + tok,
                cookies={'dtp_pre': '0' * 64})
    assert r.status == 403


def test_foreign_origin_is_403():
    tok, _ = anon_form('login')
    r = run_cgi('login', 'POST', body='username=province&password=%s&csrf=%s' % (PASSWORD, tok),
                cookies={'dtp_pre': tok}, env={'HTTP_ORIGIN': 'http://evil.example'})
    assert r.status == 403


def test_unknown_and_dotted_fields_refused():
    assert run_cgi('login', query='debug=1').status == 400
    assert run_cgi('login', query='next.x=1').status == 400
    assert run_cgi('login', query='doc%2EFileName=x').status == 400
    tok, _ = anon_form('login')
    r = run_cgi('login', 'POST', body='username=a&password=b&csrf=%s&evil=1' % tok, cookies={'dtp_pre': tok})
    assert r.status == 400


def test_repeated_key_flood_refused_before_parsing():
    body = '&'.join(['a=1'] * 40000)
    assert len(body) > 150000
    r = run_cgi('login', 'POST', body=body)
    # over the 64 KiB form cap: refused on Content-Length alone, nothing read
    assert r.status == 413 and 'over cap' in r.stderr, r.stderr
    r = run_cgi('register', 'POST', body='&'.join(['a=1'] * 5000))
    assert r.status == 400 and 'too many fields' in r.stderr, r.stderr
    r = run_cgi('login', query='&'.join(['next=1'] * 1001))
    assert r.status in (400, 414)


def test_body_size_utf8_and_truncation_guards():
    assert run_cgi('login', 'POST', body='username=%FF%FE').status == 400
    assert run_cgi('login', 'POST', body='username=%E5%8C').status == 400
    # a Content-Length larger than the body (client abort)
    r = run_cgi('login', 'POST', body='username=ab', env={'CONTENT_LENGTH': '500'})
    assert r.status == 400 and 'short body' in r.stderr
    assert run_cgi('login', 'POST', body='{"a":1}', ctype='application/json').status == 415
    mp = b'--XB\r\nContent-Disposition: form-data; name="username"\r\n\r\nx\r\n--XB--\r\n'
    assert run_cgi('login', 'POST', body=mp, ctype='multipart/form-data; boundary=XB').status == 415
    assert run_cgi('login', 'PUT').status == 405
    assert run_cgi('logout', 'GET').status == 405


def test_head_has_headers_and_no_body():
    r = run_cgi('login', 'HEAD')
    assert r.status == 200 and r.body == b''


def test_anonymous_is_sent_to_login_and_roles_are_enforced():
    r = run_cgi('home')
    assert r.status == 303 and r.header('Location').startswith('/cgi-bin/login.cgi?next=')
    sid, _ = login_cookie('platform1')
    assert run_cgi('accounts', cookies={'dtp_sid': sid}).status == 403
    assert run_cgi('orgs', cookies={'dtp_sid': sid}).status == 403
    assert run_cgi('home', cookies={'dtp_sid': sid}).status == 200


def test_user_error_rerenders_form_with_input_kept():
    tok, _ = anon_form('register')
    body = ('kind=platform&org_name=%3Cscript%3Ealert(1)%3C%2Fscript%3E&credit_code=91150102MA0001000C'
            '&region=150102&contact_person=%E5%BC%A0%E4%B8%89&mobile=123&email=bad&username=Bad'
            '&password=short&password2=other&csrf=' + tok)
    r = run_cgi('register', 'POST', body=body, cookies={'dtp_pre': tok})
    assert r.status == 422, r
    t = r.text
    assert '&lt;script&gt;alert(1)&lt;/script&gt;' in t and '<script>alert' not in t
    assert 'value="91150102MA0001000C"' in t and 'value="张三"' in t
    assert '统一社会信用代码校验位不正确' in t
    assert '手机号码应为11位' in t and '电子邮箱格式不正确' in t
    assert '登录名应以小写字母开头' in t
    assert 'id="e-credit_code"' in t and 'aria-invalid="true"' in t
    assert 'short' not in re.findall(r'name="password"[^>]*>', t)[0]      # passwords never echoed


def test_export_out_of_space_is_a_clear_error_and_leaves_no_file():
    """RLIMIT_FSIZE (Limits.FileSizeKB) stands for a full disk: the Excel export cannot be
    written, the user gets a 507 page that says why, and no temporary file is left behind."""
    sid, _ = login_cookie('province')
    tmp = tempfile.mkdtemp(prefix='dtpilot-export-')
    with tempfile.NamedTemporaryFile('w', suffix='.hdf', delete=False) as f:
        f.write(open(CONF).read() + '\nLimits.FileSizeKB = 4\nExport.TmpDir = %s\n' % tmp)
    try:
        r = run_cgi('summary', query='state=all&format=xlsx', cookies={'dtp_sid': sid}, conf=f.name)
        assert r.status == 507, r
        assert '临时空间' in r.text and r.header('X-Request-Id') in r.text and r.body[:2] != b'PK'
        assert os.listdir(tmp) == []
        r = run_cgi('summary', query='state=all&format=xlsx', cookies={'dtp_sid': sid})    # the normal limit
        assert r.status == 200 and r.body[:2] == b'PK'
    finally:
        os.unlink(f.name)
        os.rmdir(tmp)


def test_debug_timing_is_off_by_default_and_reports_where_time_goes():
    sid, _ = login_cookie('county-150207')
    r = run_cgi('queue', cookies={'dtp_sid': sid})
    assert r.status == 200 and r.header('Server-Timing') is None and 'timing page=' not in r.stderr
    with tempfile.NamedTemporaryFile('w', suffix='.hdf', delete=False) as f:
        f.write(open(CONF).read() + '\nDebug.Timing = 1\n')
    try:
        r = run_cgi('queue', cookies={'dtp_sid': sid}, conf=f.name)
        assert r.status == 200
        t = dict(re.findall(r'(\w+);dur=([\d.]+)', r.header('Server-Timing')))
        assert set(t) == {'startup', 'connect', 'db', 'render', 'total', 'cpu'}, t
        assert float(t['startup']) > 0 and float(t['connect']) > 0 and float(t['render']) > 0
        assert float(t['db']) + float(t['render']) < float(t['total'])
        n = int(re.search(r'desc="(\d+) statements"', r.header('Server-Timing')).group(1))
        assert n >= 3                                   # session, unread count, the queue itself
        assert re.search(r'timing page=queue status=200 startup=[\d.]+ connect=[\d.]+ db=[\d.]+ statements=%d' % n,
                         r.stderr), r.stderr
    finally:
        os.unlink(f.name)


def test_public_pages_read_from_the_configured_replica():
    """DB.Replica: the public pages (公示, 核验, QR) connect there and read no session; every other page
    keeps the primary.  A SELECT-only database user stands in for a read-only replica."""
    pw = 'replica-test-password-2026'
    sql("CREATE USER IF NOT EXISTS 'dtpilot_ro'@'localhost' IDENTIFIED BY '%s'" % pw, db='mysql')
    sql("GRANT SELECT ON dtpilot.* TO 'dtpilot_ro'@'localhost'", db='mysql')
    code = sql("SELECT code FROM app_versions ORDER BY id LIMIT 1")[0][0]
    sid, _ = login_cookie('province')
    confs = []
    for extra in ('DB.Replica {\n  User = dtpilot_ro\n  Password = %s\n}\n' % pw,
                  'DB.Replica.Socket = /nonexistent/replica.sock\n'):
        with tempfile.NamedTemporaryFile('w', suffix='.hdf', delete=False) as f:
            f.write(open(CONF).read() + '\n' + extra)
        confs.append(f.name)
    try:
        ro, gone = confs
        assert run_cgi('public', conf=ro).status == 200
        r = run_cgi('verify', query='code=' + code, conf=ro)
        assert r.status == 200 and code in r.text
        assert run_cgi('qr', query='code=' + code, conf=ro).status == 200
        r = run_cgi('public', cookies={'dtp_sid': sid}, conf=ro)       # no session is read there
        assert r.status == 200 and '退出登录' not in r.text
        assert run_cgi('public', conf=gone).status == 503              # it is the replica they use...
        assert run_cgi('verify', query='code=' + code, conf=gone).status == 503
        assert run_cgi('login', conf=gone).status == 200               # ...and the primary for the rest
        assert run_cgi('home', cookies={'dtp_sid': sid}, conf=gone).status == 200
    finally:
        for c in confs:
            os.unlink(c)
        sql("DROP USER IF EXISTS 'dtpilot_ro'@'localhost'", db='mysql')


def test_database_unreachable_is_503_with_request_id():
    with tempfile.NamedTemporaryFile('w', suffix='.hdf', delete=False) as f:
        f.write(open(CONF).read().replace('mysqld.sock', 'no-such.sock'))
    try:
        r = run_cgi('login', conf=f.name)
        assert r.status == 503, r
        assert '请求编号' in r.text and r.header('X-Request-Id') in r.text
        assert 'mysql' not in r.text.lower()
    finally:
        os.unlink(f.name)


def test_internal_fault_is_plain_500_and_logged():
    with tempfile.NamedTemporaryFile('w', suffix='.hdf', delete=False) as f:
        f.write(open(CONF).read().replace('/templates', '/no-templates'))
    try:
        r = run_cgi('login', conf=f.name)
        assert r.status == 500 and r.header('X-Request-Id') in r.text
        assert 'login.cs' not in r.text and 'Traceback' not in r.text
        assert r.header('X-Request-Id') in r.stderr and 'resp.c' in r.stderr
    finally:
        os.unlink(f.name)


def test_missing_configuration_is_500():
    r = run_cgi('login', env={'DTPILOT_CONF': '/nonexistent.hdf'})
    assert r.status == 500


def test_scope_enforced_in_sql():
    sid, _ = login_cookie('county-150102')
    own = sql("SELECT id FROM accounts WHERE username='platform1'")[0][0]        # 新城区
    other = sql("SELECT id FROM accounts WHERE username='platform3'")[0][0]      # 包头 昆都仑区
    assert run_cgi('org', query='id=' + own, cookies={'dtp_sid': sid}).status == 200
    assert run_cgi('org', query='id=' + other, cookies={'dtp_sid': sid}).status == 404
    r = run_cgi('orgs', cookies={'dtp_sid': sid})
    assert '内蒙古草原云数字科技有限公司' in r.text and '包头' not in r.text.split('<main')[1].split('</main>')[0].split('</form>')[1]


def test_decisions_queue_mail_and_send_mail_delivers_it():
    """With Mail.Command configured, a decision's message is queued in the
    outbox in the same transaction, and `dtpilot-admin send-mail` delivers it."""
    import subprocess
    from dt import ROOT, VAR
    app = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username='platform7'")[0][0]
    mailbox = os.path.join(VAR, 'mailbox.txt')
    with tempfile.NamedTemporaryFile('w', suffix='.hdf', delete=False) as f:
        f.write(open(CONF).read() + '\nMail {\n  Command = cat >> %s\n  From = dtpilot@example.gov.cn\n}\n' % mailbox)
    try:
        sid, csrf = login_cookie('county-150502')
        ver = sql("SELECT version FROM applications WHERE id=%s" % app)[0][0]
        r = run_cgi('review', 'POST', body='id=%s&action=return&opinion=%%E8%%AF%%B7%%E8%%A1%%A5%%E5%%85%%85&version=%s&csrf=%s'
                    % (app, ver, csrf), cookies={'dtp_sid': sid}, conf=f.name)
        assert r.status == 303, r
        row = sql("SELECT o.to_email, o.sent_at IS NULL FROM outbox o JOIN messages m ON m.id = o.message_id"
                  " WHERE m.application_id=%s ORDER BY o.id DESC LIMIT 1" % app)[0]
        assert row == ['platform7@example.com', '1']
        out = subprocess.run([os.path.join(BUILD, 'dtpilot-admin'), 'send-mail'],
                             env=dict(os.environ, DTPILOT_CONF=f.name), capture_output=True, text=True)
        assert out.returncode == 0 and '0 failed' in out.stdout, out.stdout + out.stderr
        mail = open(mailbox, encoding='utf-8').read()
        assert 'To: platform7@example.com' in mail and 'Subject: =?UTF-8?B?' in mail and '请补充' in mail
        assert sql("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")[0][0] == '0'
    finally:
        os.unlink(f.name)


def test_pages_run_in_a_seccomp_sandbox():
    """After start-up a page cannot exec, fork, open sockets or ptrace."""
    if VALGRIND:
        print('(not under valgrind: it cannot emulate seccomp filters, so the selftest would really fork)')
        return
    r = run_cgi('health', env={'DTPILOT_SANDBOX_SELFTEST': '1'})
    assert r.status == 200
    assert 'sandbox selftest: execve=denied fork=denied socket=denied ptrace=denied' in r.stderr, r.stderr
    # and the resource limits of conf/dtpilot.hdf.in (an ASan build reserves terabytes: no AS limit there)
    asan = os.path.basename(BUILD.rstrip('/')) == 'build-asan'
    assert 'limits cpu=20s as=%sMB fsize=128MB' % ('-1' if asan else '512') in r.stderr, r.stderr
    # and the pages still work in it: a login (argon2, the database) and an export (temporary file)
    sid, _ = login_cookie('province')
    x = run_cgi('summary', query='state=all&format=xlsx', cookies={'dtp_sid': sid})
    assert x.status == 200 and x.body[:2] == b'PK'


def test_connection_counts_said_for_the_pool_follow_the_pages():
    """Every FastCGI page process holds a MariaDB connection for its life: the pool's count (pages x 2 workers)
    said in README's database step, the MariaDB drop-in, the pool's unit and script and the mod_fcgid site
    must be the real number of pages, or a deployment sizes max_connections on a wrong figure."""
    from dt import ROOT
    pages = len([f for f in os.listdir(os.path.join(ROOT, 'cgi-bin')) if f.endswith('.c')])
    want = '%d pages x' % pages, '= %d' % (2 * pages)
    for path in ('README.md', 'conf/mariadb-dtpilot.cnf', 'conf/dtpilot-fcgi.service', 'conf/apache-dtpilot-fcgid.conf',
                 'scripts/fcgi-pool'):
        text = open(os.path.join(ROOT, path), encoding='utf-8').read()
        said = re.findall(r'(\d+) pages x[^=]*= (\d+)', text)
        assert said, (path, 'no connection count')
        for n, total in said:
            assert (int(n), int(total)) == (pages, 2 * pages), (path, n, total, want)
