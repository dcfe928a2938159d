"""Attack tests on accounts and sessions (issue 17, the second security round),
against the real server: each test is one of the issue's numbered findings,
tried as the attacker did, and then what the fix adds (the password policy,
站内消息 about sign-ins and password changes, the sessions pages).

Every test acts from addresses of its own (dt.fresh_address), so the login and
registration limits it fills up touch no other test; the trusted proxy of the
test stack is 127.0.0.250 (Proxy.Trusted, set by scripts/run-tests)."""
import base64, csv, ctypes, hashlib, hmac, io, os, re, statistics, struct, time
from dt import CONF, PASSWORD, Client, fresh_address, logged_in, sql
from filing import register_platform, start, upload, uscc, pdf
import ent_filing

PROXY = '127.0.0.250'
TEST_PW = 'Test-password-2026'          # what filing.register_platform gives its accounts


def signed_in(user, password=PASSWORD, source=None):
    """A client signed in from an address of its own."""
    c = Client(source=source or fresh_address())
    r = c.login(user, password)
    assert r.status == 303, (user, r)
    c.page('/cgi-bin/home.cgi')
    return c


def fresh_platform():
    """A platform account of its own: (username, its id)."""
    _, n = register_platform('sec', '安全测试平台#', '8')
    user = 'sec%06d' % n
    return user, sql("SELECT id FROM accounts WHERE username='%s'" % user)[0][0]


def forget_failures(user):
    sql("DELETE FROM login_attempts WHERE username='%s' AND ok=0" % user)


def argon2id(pw):
    """An argon2id hash with the application's parameters (libargon2 through ctypes), to plant a password."""
    f = ctypes.CDLL('libargon2.so.1').argon2id_hash_encoded
    u32, size = ctypes.c_uint32, ctypes.c_size_t
    f.argtypes = [u32, u32, u32, ctypes.c_char_p, size, ctypes.c_char_p, size, size, ctypes.c_char_p, size]
    out = ctypes.create_string_buffer(128)
    assert f(2, 19456, 1, pw, len(pw), os.urandom(16), 16, 32, out, 128) == 0
    return out.value.decode()


def totp_code(key, step):
    mac = hmac.new(base64.b32decode(key), struct.pack('>Q', step), hashlib.sha1).digest()
    off = mac[-1] & 15
    return '%06d' % ((struct.unpack('>I', mac[off:off + 4])[0] & 0x7fffffff) % 1000000)


# 1 ---------------------------------------------------------------------------------------------
def test_1_an_experts_organisation_is_its_own_field_and_recusal_uses_it():
    adm = logged_in('province')
    p8 = sql("SELECT a.credit_code, a.display_name, p.id FROM applications p JOIN accounts a ON a.id = p.account_id"
             " WHERE a.username='platform8'")[0]
    p6 = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username='platform6'")[0][0]
    served6 = sql("SELECT credit_code FROM app_enterprises WHERE application_id=%s ORDER BY id LIMIT 1" % p6)[0][0]
    n = os.urandom(3).hex()
    batch = sql("SELECT batch_id FROM applications WHERE id=%s" % p8[2])[0][0]

    def create(user, **org):
        adm.page('/cgi-bin/account.cgi')
        r = adm.post('/cgi-bin/account.cgi', dict({'op': 'create', 'role': 'expert', 'username': user,
                                                   'display_name': '回避测试专家'}, **org))
        assert r.status == 200 and 'class="secret"' in r.text, (user, r.status)   # created, never 409
        return sql("SELECT id FROM accounts WHERE username='%s'" % user)[0][0]

    # two experts of platform8's own organisation both carry its code (codes of applicants are unique)
    a = create('exa' + n, org_name=p8[1], org_credit_code=p8[0])
    b = create('exb' + n, org_name=p8[1], org_credit_code=p8[0])
    assert sql("SELECT COUNT(*) FROM accounts WHERE org_credit_code='%s' AND role='expert'" % p8[0])[0][0] == '2'
    assert sql("SELECT credit_code IS NULL FROM accounts WHERE id=%s" % a)[0][0] == '1'
    # one who works for an enterprise platform6 serves, one known by the organisation's name only
    c = create('exc' + n, org_name='某服务企业', org_credit_code=served6)
    d = create('exd' + n, org_name=p8[1])
    t = adm.get('/cgi-bin/account.cgi?id=%s' % a).text
    assert '<dt>所在单位</dt><dd>%s %s</dd>' % (p8[1], p8[0]) in t

    def assign(expert, app):
        adm.page('/cgi-bin/experts.cgi?batch=%s' % batch)
        r = adm.post('/cgi-bin/experts.cgi?batch=%s' % batch, [('op', 'assign'), ('expert', expert), ('apps', app)])
        assert r.status == 303, r
        return adm.get('/cgi-bin/home.cgi').text          # the flash message

    for expert, app in ((a, p8[2]), (b, p8[2]), (c, p6), (d, p8[2])):
        msg = assign(expert, app)
        assert '已分配 0 项' in msg and '自动回避' in msg, msg
        assert sql("SELECT COUNT(*) FROM expert_assignments WHERE expert_id=%s" % expert)[0][0] == '0'
    # the organisation can be set later, on the account page
    e = create('exe' + n)
    ver = sql("SELECT version FROM accounts WHERE id=%s" % e)[0][0]
    adm.page('/cgi-bin/account.cgi?id=%s' % e)
    r = adm.post('/cgi-bin/account.cgi?id=%s' % e, {'op': 'org', 'version': ver, 'org_name': p8[1], 'org_credit_code': p8[0]})
    assert r.status == 303
    assert sql("SELECT org_credit_code FROM accounts WHERE id=%s" % e)[0][0] == p8[0]
    assert '自动回避' in assign(e, p8[2])


# 2 ---------------------------------------------------------------------------------------------
def test_2_guessing_the_current_password_counts_and_ends_the_session():
    user, uid = fresh_platform()
    c = signed_in(user, TEST_PW)
    c.page('/cgi-bin/password.cgi')
    statuses = []
    for i in range(12):
        r = c.post('/cgi-bin/password.cgi', {'current': 'wrong-guess-%d' % i, 'password': 'Brand-new-secret-77',
                                             'password2': 'Brand-new-secret-77'})
        statuses.append(r.status)
        if r.status != 422:
            break
    assert statuses == [422] * 9 + [429], statuses           # Login.MaxFailures = 10
    assert c.get('/cgi-bin/home.cgi').status == 303          # the session is over
    assert sql("SELECT COUNT(*) FROM sessions WHERE account_id=%s" % uid)[0][0] == '1'    # the first login's
    assert int(sql("SELECT COUNT(*) FROM login_attempts WHERE username='%s' AND ok=0" % user)[0][0]) == 10
    assert Client(source=fresh_address()).login(user, TEST_PW).status == 429     # the account's throttle is full
    assert 'session.locked' in [x[0] for x in sql("SELECT action FROM audit_log WHERE object_type='account'"
                                                   " AND object_id=%s" % uid)]
    forget_failures(user)

    # two-step verification's password checks count the same way
    rev = 'county-150303'
    c = signed_in(rev)
    c.page('/cgi-bin/totp.cgi')
    statuses = []
    for i in range(12):
        r = c.post('/cgi-bin/totp.cgi', {'op': 'start', 'current': 'wrong-guess-%d' % i})
        statuses.append(r.status)
        if r.status != 422:
            break
    assert statuses == [422] * 9 + [429], statuses
    assert c.get('/cgi-bin/home.cgi').status == 303
    assert sql("SELECT totp_pending IS NULL FROM accounts WHERE username='%s'" % rev)[0][0] == '1'
    forget_failures(rev)


# 3 ---------------------------------------------------------------------------------------------
def test_3_a_stolen_session_cannot_switch_two_step_verification_on():
    rev = 'county-150304'
    owner = signed_in(rev)
    thief = Client(source=fresh_address())
    thief.cookies = dict(signed_in(rev).cookies)             # a copied cookie
    thief.page('/cgi-bin/totp.cgi')
    assert 'name="current"' in thief.page('/cgi-bin/totp.cgi').text
    r = thief.post('/cgi-bin/totp.cgi', {'op': 'start'})
    assert r.status == 422 and '请输入当前密码' in r.text
    assert sql("SELECT totp_pending IS NULL FROM accounts WHERE username='%s'" % rev)[0][0] == '1'
    # a key pending from the owner's own set-up cannot be confirmed without the password either
    owner.page('/cgi-bin/totp.cgi')
    assert owner.post('/cgi-bin/totp.cgi', {'op': 'start', 'current': PASSWORD}).status == 303
    key = sql("SELECT totp_pending FROM accounts WHERE username='%s'" % rev)[0][0]
    code = totp_code(key, int(time.time()) // 30)            # good for the step either side too
    thief.page('/cgi-bin/totp.cgi')
    r = thief.post('/cgi-bin/totp.cgi', {'op': 'confirm', 'code': code})
    assert r.status == 422 and '请输入当前密码' in r.text
    r = thief.post('/cgi-bin/totp.cgi', {'op': 'confirm', 'code': code, 'current': 'a-guessed-password'})
    assert r.status == 422 and '当前密码不正确' in r.text
    assert sql("SELECT totp_secret IS NULL FROM accounts WHERE username='%s'" % rev)[0][0] == '1'
    assert owner.get('/cgi-bin/home.cgi').status == 200      # the owner was not locked out
    # the owner, with the password, switches it on; a 站内消息 says so
    r = owner.post('/cgi-bin/totp.cgi', {'op': 'confirm', 'code': code, 'current': PASSWORD})
    assert r.status == 303
    assert '两步验证已开启' in owner.get('/cgi-bin/messages.cgi').text
    sql("UPDATE accounts SET totp_secret=NULL, totp_pending=NULL WHERE username='%s'" % rev)
    forget_failures(rev)


# 4 ---------------------------------------------------------------------------------------------
def registration(username, code, password='Another-secret-2026'):
    return {'kind': 'platform', 'org_name': '注册测试数字科技有限公司', 'credit_code': code, 'region': '150203',
            'contact_person': '测试', 'mobile': '13912345678', 'email': 't@example.com', 'username': username,
            'password': password, 'password2': password}


def test_4_registration_is_throttled_per_address_and_tells_no_more_than_it_must():
    c = Client(source=fresh_address())
    c.page('/cgi-bin/register.cgi')
    n = int.from_bytes(os.urandom(3), 'big') % 1000000
    taken_name = c.post('/cgi-bin/register.cgi', registration('platform1', uscc('91150203MAR%06d' % n)))
    taken_code = c.post('/cgi-bin/register.cgi', registration('fresh%06d' % n, '91150102MA0001000B'))   # platform1's
    assert taken_name.status == taken_code.status == 422
    msgs = [re.findall(r'id="e-(\w+)"[^>]*>([^<]*)<', r.text) for r in (taken_name, taken_code)]
    assert msgs[0] == msgs[1] and {f for f, _ in msgs[0]} == {'username', 'credit_code'}, msgs   # the same answer
    for r in (taken_name, taken_code):
        assert '已被使用' not in r.text and '已注册' not in r.text
    # a weak password is refused before anything is hashed or stored
    r = c.post('/cgi-bin/register.cgi', registration('weak%06d' % n, uscc('91150203MAW%06d' % n), 'Password2026!'))
    assert r.status == 422 and '过于常见' in r.text
    statuses = [c.post('/cgi-bin/register.cgi', registration('flood%d%06d' % (i, n), '91150102MA0001000B')).status
                for i in range(9)]
    assert statuses == [422] * 7 + [429] * 2, statuses      # Register.MaxPerAddress = 10, every post counts
    assert '注册次数过多' in c.post('/cgi-bin/register.cgi', registration('x%06d' % n, uscc('91150203MAX%06d' % n))).text
    assert sql("SELECT COUNT(*) FROM accounts WHERE username LIKE 'flood%%%06d' OR username='x%06d'" % (n, n))[0][0] == '0'
    # another address still registers
    c2 = Client(source=fresh_address())
    c2.page('/cgi-bin/register.cgi')
    assert c2.post('/cgi-bin/register.cgi', registration('fresh%06d' % n, uscc('91150203MAF%06d' % n))).status == 303


# 5 ---------------------------------------------------------------------------------------------
def test_5_login_time_does_not_tell_which_names_exist():
    """Unknown names were answered ~8x faster than known ones (no argon2id).  Interleaved samples, each from
    an address of its own, compared by median: the two must be of the same order."""
    user, _ = fresh_platform()
    known, unknown = [], []
    for i in range(6):
        for name, out in ((user, known), ('nobody%s' % os.urandom(4).hex(), unknown)):
            c = Client(source=fresh_address())
            c.page('/cgi-bin/login.cgi')
            t0 = time.monotonic()
            r = c.post('/cgi-bin/login.cgi', {'username': name, 'password': 'wrong-password-%d' % i})
            out.append(time.monotonic() - t0)
            assert r.status == 200 and '登录名或密码不正确' in r.text
    k, u = statistics.median(known), statistics.median(unknown)
    assert u > 0.5 * k, 'unknown names answered in %.0f ms, known in %.0f ms' % (u * 1000, k * 1000)
    forget_failures(user)


# 6 ---------------------------------------------------------------------------------------------
def test_6_sessions_end_after_their_lifetime_and_can_be_seen_and_ended():
    user, uid = fresh_platform()
    a = signed_in(user, TEST_PW)
    b = signed_in(user, TEST_PW)
    # a session in use all the time still ends Session.MaxLifetimeHours (12) after sign-in
    sql("UPDATE sessions SET created_at = NOW() - INTERVAL 12 HOUR - INTERVAL 1 MINUTE, last_seen = NOW()"
        " WHERE token_hash = SHA2('%s', 256)" % a.cookies['dtp_sid'])
    r = a.get('/cgi-bin/home.cgi')
    assert r.status == 303 and 'login.cgi' in r.header('Location')
    assert 'data-life="43' in b.get('/cgi-bin/home.cgi').text             # 12 h less a few seconds
    # the user's own sessions: each with its address and browser, this one marked, others can be ended
    c = signed_in(user, TEST_PW)
    t = b.page('/cgi-bin/sessions.cgi').text
    sid_c = sql("SELECT id FROM sessions WHERE token_hash = SHA2('%s', 256)" % c.cookies['dtp_sid'])[0][0]
    sid_a = sql("SELECT id FROM sessions WHERE token_hash = SHA2('%s', 256)" % a.cookies['dtp_sid'])
    assert t.count('<span class="badge on">本设备</span>') == 1 and 'name="sid" value="%s"' % sid_c in t
    assert c.source in t and not (sid_a and 'name="sid" value="%s"' % sid_a[0][0] in t)    # the expired one is gone
    assert b.post('/cgi-bin/sessions.cgi', {'op': 'end', 'sid': sid_c}).status == 303
    assert c.get('/cgi-bin/home.cgi').status == 303 and b.get('/cgi-bin/home.cgi').status == 200
    other = signed_in(user, TEST_PW)
    # another account's session id is not this user's to end
    victim = signed_in('platform2')
    vsid = sql("SELECT id FROM sessions WHERE token_hash = SHA2('%s', 256)" % victim.cookies['dtp_sid'])[0][0]
    b.page('/cgi-bin/sessions.cgi')
    assert b.post('/cgi-bin/sessions.cgi', {'op': 'end', 'sid': vsid}).status == 303
    assert victim.get('/cgi-bin/home.cgi').status == 200
    assert b.post('/cgi-bin/sessions.cgi', {'op': 'others'}).status == 303
    assert other.get('/cgi-bin/home.cgi').status == 303 and b.get('/cgi-bin/home.cgi').status == 200
    # the administrator sees every account's sessions and can end them
    adm = logged_in('province')
    t = adm.page('/cgi-bin/online.cgi').text
    assert user in t and 'platform2' in t
    assert '登录会话' in adm.page('/cgi-bin/account.cgi?id=%s' % uid).text
    ver = sql("SELECT version FROM accounts WHERE id=%s" % uid)[0][0]
    assert adm.post('/cgi-bin/account.cgi?id=%s' % uid, {'op': 'sessions', 'version': ver}).status == 303
    assert b.get('/cgi-bin/home.cgi').status == 303
    adm.page('/cgi-bin/online.cgi')
    assert adm.post('/cgi-bin/online.cgi', {'op': 'end', 'sid': vsid}).status == 303
    assert victim.get('/cgi-bin/home.cgi').status == 303
    assert logged_in('platform2').get('/cgi-bin/online.cgi').status == 403


# 7 ---------------------------------------------------------------------------------------------
def test_7_forwarded_headers_are_believed_from_the_trusted_proxy_only():
    assert re.search(r'^Proxy\.Trusted = .*\b127\.0\.0\.250\b', open(CONF).read(), re.M), \
        'the test stack trusts 127.0.0.250 as its proxy (scripts/run-tests sets Proxy.Trusted)'
    user, _ = fresh_platform()
    tls = {'X-Forwarded-Proto': 'https'}
    # through the proxy, which terminated TLS: Secure cookies and HSTS
    p = Client(source=PROXY)
    p.get('/cgi-bin/login.cgi', headers=tls)
    r = p.post('/cgi-bin/login.cgi', {'username': user, 'password': TEST_PW}, csrf=p.cookies.get('dtp_pre'),
               headers=dict(tls, **{'X-Forwarded-For': '198.51.100.20'}))
    cookie = [v for v in r.all('Set-Cookie') if v.startswith('dtp_sid=')][0]
    assert r.status == 303 and '; Secure' in cookie and r.header('Strict-Transport-Security'), r.headers
    assert sql("SELECT ip FROM sessions WHERE token_hash = SHA2('%s', 256)" % p.cookies.pop('dtp_sid'))[0][0] \
        == '198.51.100.20'
    # the same headers from anyone else change nothing
    d = Client(source=fresh_address())
    d.get('/cgi-bin/login.cgi', headers=tls)
    r = d.post('/cgi-bin/login.cgi', {'username': user, 'password': TEST_PW}, csrf=d.cookies.get('dtp_pre'),
               headers=dict(tls, **{'X-Forwarded-For': '198.51.100.20'}))
    cookie = [v for v in r.all('Set-Cookie') if v.startswith('dtp_sid=')][0]
    assert r.status == 303 and 'Secure' not in cookie and not r.header('Strict-Transport-Security')
    assert sql("SELECT ip FROM sessions WHERE token_hash = SHA2('%s', 256)" % d.cookies['dtp_sid'])[0][0] == d.source
    # the login throttle counts the client behind the proxy, not the proxy
    attacker = {'X-Forwarded-For': '198.51.100.66'}
    ghost = 'ghost%s' % os.urandom(3).hex()
    for i in range(10):
        p.page('/cgi-bin/login.cgi')
        assert p.post('/cgi-bin/login.cgi', {'username': ghost + str(i), 'password': 'wrong-password-1'},
                      headers=attacker).status == 200
    p.page('/cgi-bin/login.cgi')
    assert p.post('/cgi-bin/login.cgi', {'username': user, 'password': TEST_PW}, headers=attacker).status == 429
    p.page('/cgi-bin/login.cgi')
    assert p.post('/cgi-bin/login.cgi', {'username': user, 'password': TEST_PW},
                  headers={'X-Forwarded-For': '198.51.100.67'}).status == 303            # everyone else signs in
    # a client cannot pick its own address to escape the throttle: from an untrusted address the header is ignored
    x = Client(source=fresh_address())
    for i in range(10):
        x.page('/cgi-bin/login.cgi')
        x.post('/cgi-bin/login.cgi', {'username': ghost + str(i), 'password': 'wrong-password-1'},
               headers={'X-Forwarded-For': '203.0.113.%d' % i})
    x.page('/cgi-bin/login.cgi')
    assert x.post('/cgi-bin/login.cgi', {'username': user, 'password': TEST_PW},
                  headers={'X-Forwarded-For': '203.0.113.99'}).status == 429
    assert sql("SELECT COUNT(*) FROM login_attempts WHERE ip LIKE '203.0.113.%'")[0][0] == '0'
    sql("DELETE FROM login_attempts WHERE ip IN ('198.51.100.66', '%s')" % x.source)


# 8 ---------------------------------------------------------------------------------------------
def test_8_browser_drafts_are_keyed_by_user_and_dropped_at_logout():
    """The pages tell the script who is signed in and which form logs out; the script keys its copies by that
    user and drops them at logout and when another user signs in (tests/browser/test_drafts_browser.py
    watches it happen in Chromium)."""
    c = logged_in('platform1')
    uid = sql("SELECT id FROM accounts WHERE username='platform1'")[0][0]
    t = c.get('/cgi-bin/home.cgi').text
    assert re.search(r'<body[^>]* data-user="%s"' % uid, t)
    assert re.search(r'<form[^>]*action="/cgi-bin/logout.cgi"[^>]* data-logout', t)
    assert 'data-user' not in Client().get('/cgi-bin/login.cgi').text
    js = Client().get('/static/js/app.js').text
    assert "'dtpilot:' + user + ':' + f.getAttribute('data-autosave')" in js
    assert "hasAttribute('data-logout')) dropDrafts()" in js and "getItem('dtpilot:user') !== user" in js


# 9 (the export's memory under FastCGI: tests/page/test_fastcgi.py, every export) -----------------
def test_9_download_names_encode_a_space_as_percent_20():
    """filename*: a space is %20 (RFC 5987); '+' was kept by browsers in the saved file's name."""
    c, n = register_platform('fn', '文件名测试#', '9')
    app = start(c)
    assert upload(c, app, 'other', '营业 执照 (副本).pdf', pdf('space')).status == 303
    fid = sql("SELECT MAX(id) FROM attachments WHERE application_id=%s" % app)[0][0]
    cd = c.get('/cgi-bin/file.cgi?id=%s' % fid).header('Content-Disposition')
    assert "filename*=UTF-8''%E8%90%A5%E4%B8%9A%20%E6%89%A7%E7%85%A7%20%28%E5%89%AF%E6%9C%AC%29.pdf" in cd, cd
    county = logged_in('county-150207')
    cd = county.get('/cgi-bin/summary.cgi?state=all&format=csv').header('Content-Disposition')
    assert '+' not in cd.split("''", 1)[1], cd


def test_9_csv_keeps_a_loss_a_number():
    """A negative 利润 was turned into the text '-12.5 by the formula guard; only text is guarded."""
    ent, _ = ent_filing.new_enterprise('410327')
    eapp = ent_filing.start(ent)
    ent_filing.fill(ent, eapp, e_profit='-12.5')
    assert ent_filing.submit(ent, eapp).status == 303
    rows = list(csv.reader(io.StringIO(logged_in('city-ly').get(
        '/cgi-bin/ent_summary.cgi?state=all&format=csv').body[3:].decode())))
    mine = [row for row in rows if row[1] == sql("SELECT a.display_name FROM applications p JOIN accounts a"
                                                 " ON a.id = p.account_id WHERE p.id=%s" % eapp)[0][0]]
    assert mine and mine[0][6] == '-12.5', mine
    assert all(not cell.startswith(('=', '@', '+')) for row in rows for cell in row)


def test_9_a_batch_outside_the_users_region_is_not_found():
    """city-ly opening recommend.cgi?batch=<the 内蒙古 batch> created a 洛阳 row in it."""
    platform_batch = sql("SELECT id FROM batches WHERE programme='platform' AND region_code='150000' LIMIT 1")[0][0]
    city = logged_in('city-ly')
    before = sql("SELECT COUNT(*) FROM rec_lists")[0][0]
    assert city.get('/cgi-bin/recommend.cgi?batch=%s' % platform_batch).status == 404
    assert city.get('/cgi-bin/rec_print.cgi?batch=%s&city=410300' % platform_batch).status == 404
    assert sql("SELECT COUNT(*) FROM rec_lists")[0][0] == before
    # (洛阳's 市 has lists of its own now, in its own batches: 000 三（二）2, co-signed by the 市财政局)
    assert sql("SELECT COUNT(*) FROM rec_lists WHERE region_code='410300' AND batch_id=%s" % platform_batch)[0][0] == '0'
    # and a 内蒙古 盟市 has none in 洛阳's enterprise batch
    ent_batch = sql("SELECT id FROM batches WHERE programme='enterprise' AND region_code='410300' LIMIT 1")[0][0]
    assert logged_in('city-150200').get('/cgi-bin/ent_summary.cgi?batch=%s' % ent_batch).status == 404


# the password policy, and the 站内消息 about sign-ins and password changes (the ASVS map) -----
def test_password_policy_refuses_short_and_common_passwords():
    user, uid = fresh_platform()
    c = signed_in(user, TEST_PW)
    c.page('/cgi-bin/password.cgi')
    for pw, why in (('short-pw-1', '至少12个字符'), ('Password2026!', '过于常见'), ('qwertyuiop12', '过于常见'),
                    ('1qaz2wsx3edc', '过于常见'), ('!!Iloveyou2026', '过于常见'), ('%s-secret-pw' % user, '登录名'),
                    ('abcabcabcabc', '简单重复')):
        r = c.post('/cgi-bin/password.cgi', {'current': TEST_PW, 'password': pw, 'password2': pw})
        assert r.status == 422 and why in r.text, (pw, why)
    # no composition rule: a long phrase of Chinese characters and spaces is fine
    pw = '草原 上 的 数字化 转型 试点'
    assert c.post('/cgi-bin/password.cgi', {'current': TEST_PW, 'password': pw, 'password2': pw}).status == 303
    assert signed_in(user, pw).get('/cgi-bin/home.cgi').status == 200
    # a password set before the policy (or by hand) that it now refuses must be changed at the next sign-in
    sql("UPDATE accounts SET password_hash='%s' WHERE id=%s" % (argon2id(b'password1'), uid))
    w = signed_in(user, 'password1')
    r = w.get('/cgi-bin/home.cgi')
    assert r.status == 303 and r.header('Location') == '/cgi-bin/password.cgi'
    assert '不符合现行密码规则' in w.page('/cgi-bin/password.cgi').text
    assert w.post('/cgi-bin/password.cgi', {'current': 'password1', 'password': pw + '二', 'password2': pw + '二'}).status == 303
    assert w.get('/cgi-bin/home.cgi').status == 200


def test_sign_in_from_a_new_address_and_password_change_send_a_message():
    user, _ = fresh_platform()                                   # first sign-in from 127.0.0.1: no message
    c = logged_in(user, TEST_PW)
    assert '新的登录提醒' not in c.get('/cgi-bin/messages.cgi').text
    addr = fresh_address()
    signed_in(user, TEST_PW, source=addr)
    t = c.get('/cgi-bin/messages.cgi').text
    assert t.count('新的登录提醒') == 1 and addr in t
    signed_in(user, TEST_PW, source=addr)                         # the same address again: no second message
    assert c.get('/cgi-bin/messages.cgi').text.count('新的登录提醒') == 1
    c.page('/cgi-bin/password.cgi')
    pw = 'Changed-secret-2026'
    assert c.post('/cgi-bin/password.cgi', {'current': TEST_PW, 'password': pw, 'password2': pw}).status == 303
    t = c.get('/cgi-bin/messages.cgi').text
    assert '您的登录密码已修改' in t and '其他设备上的登录已全部退出' in t
    # an administrator's reset is announced too (the user reads it after signing in with the one-time password)
    uid = sql("SELECT id FROM accounts WHERE username='%s'" % user)[0][0]
    adm = logged_in('province')
    adm.page('/cgi-bin/account.cgi?id=%s' % uid)
    ver = sql("SELECT version FROM accounts WHERE id=%s" % uid)[0][0]
    assert adm.post('/cgi-bin/account.cgi?id=%s' % uid, {'op': 'reset', 'version': ver}).status == 200
    assert sql("SELECT COUNT(*) FROM messages WHERE account_id=%s AND title='管理员已重置您的登录密码'" % uid)[0][0] == '1'
