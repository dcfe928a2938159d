"""Two-step verification (RFC 6238) for reviewer accounts, over HTTP: set-up
with the QR code's key, login needing the code, a code good once, wrong codes
counted by the login throttle, the administrator's reset, turning it off."""
import base64, hashlib, hmac, re, struct, time
from dt import Client, logged_in, sql, PASSWORD

USER = 'county-150302'          # 海勃湾区: no other test uses it


def code(key, step):
    mac = hmac.new(base64.b32decode(key), struct.pack('>Q', step), hashlib.sha1).digest()
    off = mac[-1] & 15
    return '%06d' % ((struct.unpack('>I', mac[off:off + 4])[0] & 0x7fffffff) % 1000000)


def step_now():
    """The current 30-second step, not within 3 s of its end (the request must land in it)."""
    t = time.time()
    if t % 30 > 27:
        time.sleep(30 - t % 30 + 0.2)
    return int(time.time() // 30)


def client(n):
    return Client(source='127.0.0.%d' % (60 + n))      # its own address: failures here throttle nobody else


def login(c, password=PASSWORD, otp=None):
    c.page('/cgi-bin/login.cgi')
    data = {'username': USER, 'password': password}
    if otp is not None:
        data['otp'] = otp
    return c.post('/cgi-bin/login.cgi', data)


def enrol(c):
    c.page('/cgi-bin/totp.cgi')
    assert c.post('/cgi-bin/totp.cgi', {'op': 'start', 'current': PASSWORD}).status == 303
    r = c.page('/cgi-bin/totp.cgi')
    assert r.status == 200 and 'no-store' in r.header('Cache-Control')
    key = re.search(r'class="totp-key">([A-Z2-7 ]+)<', r.text).group(1).replace(' ', '')
    assert len(key) == 32 and sql("SELECT totp_pending FROM accounts WHERE username='%s'" % USER)[0][0] == key
    svg = base64.b64decode(re.search(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', r.text).group(1))
    assert svg.startswith(b'<?xml') and b'<svg' in svg
    assert '<label for="f-code">动态验证码' in r.text
    return key


def test_totp_enrol_login_reset_and_off():
    uid = sql("SELECT id FROM accounts WHERE username='%s'" % USER)[0][0]
    c = client(1)
    assert login(c).status == 303
    other = client(2)
    assert login(other).status == 303
    r = c.page('/cgi-bin/totp.cgi')
    assert r.status == 200 and '未开启' in r.text and '两步验证' in c.get('/cgi-bin/home.cgi').text

    key = enrol(c)
    # a wrong code keeps it off, with the message beside the field
    r = c.post('/cgi-bin/totp.cgi', {'op': 'confirm', 'current': PASSWORD,
                                     'code': '000000' if code(key, step_now()) != '000000' else '111111'})
    assert r.status == 422 and 'aria-invalid="true"' in r.text and '动态验证码不正确' in r.text
    assert sql("SELECT totp_secret IS NULL FROM accounts WHERE id=%s" % uid)[0][0] == '1'
    s = step_now()
    r = c.post('/cgi-bin/totp.cgi', {'op': 'confirm', 'current': PASSWORD, 'code': code(key, s - 1)})
    assert r.status == 303, r
    assert sql("SELECT totp_secret, totp_pending IS NULL FROM accounts WHERE id=%s" % uid)[0] == [key, '1']
    assert other.get('/cgi-bin/home.cgi').status == 303            # other sessions ended
    assert '已开启' in c.page('/cgi-bin/totp.cgi').text             # this one kept

    # the password alone no longer signs in; the form asks for the code
    d = client(3)
    before = int(sql("SELECT COUNT(*) FROM login_attempts WHERE username='%s' AND ok=0" % USER)[0][0])
    r = login(d)
    assert r.status == 200 and 'dtp_sid' not in d.cookies
    assert '<label for="f-otp">动态验证码' in r.text and '已开启两步验证' in r.text and 'value="%s"' % USER in r.text
    r = login(d, otp='12345x')
    assert r.status == 200 and 'dtp_sid' not in d.cookies and '不正确' in r.text
    r = login(d, password='wrong-password-1', otp=code(key, step_now()))
    assert r.status == 200 and 'dtp_sid' not in d.cookies and '登录名或密码不正确' in r.text
    after = int(sql("SELECT COUNT(*) FROM login_attempts WHERE username='%s' AND ok=0" % USER)[0][0])
    assert after - before == 3                                      # each counts against the throttle
    s = step_now()
    r = login(d, otp=code(key, s))
    assert r.status == 303 and d.get('/cgi-bin/home.cgi').status == 200
    # the same code again is refused, also on another client
    e = client(4)
    r = login(e, otp=code(key, s))
    assert r.status == 200 and 'dtp_sid' not in e.cookies and '已使用过' in r.text

    # the administrator turns it off for a user who lost the phone
    adm = logged_in('province')
    r = adm.page('/cgi-bin/account.cgi?id=' + uid)
    assert '<dt>两步验证</dt><dd>已开启</dd>' in r.text
    ver = sql("SELECT version FROM accounts WHERE id=" + uid)[0][0]
    r = adm.post('/cgi-bin/account.cgi?id=' + uid, {'op': 'totp_off', 'version': ver})
    assert r.status == 303
    assert sql("SELECT totp_secret IS NULL FROM accounts WHERE id=%s" % uid)[0][0] == '1'
    assert d.get('/cgi-bin/home.cgi').status == 303                 # its sessions ended
    f = client(5)
    assert login(f).status == 303                                   # password only again

    # set up again, then the user turns it off: password and a fresh code both needed
    key2 = enrol(f)
    assert key2 != key
    used = step_now() - 1
    assert f.post('/cgi-bin/totp.cgi', {'op': 'confirm', 'current': PASSWORD, 'code': code(key2, used)}).status == 303
    f.page('/cgi-bin/totp.cgi')
    s = step_now()
    r = f.post('/cgi-bin/totp.cgi', {'op': 'off', 'current': 'wrong-password-1', 'code': code(key2, s)})
    assert r.status == 422 and '当前密码不正确' in r.text
    r = f.post('/cgi-bin/totp.cgi', {'op': 'off', 'current': PASSWORD, 'code': code(key2, used)})
    assert r.status == 422 and '已使用过' in r.text                 # the confirming code
    assert sql("SELECT totp_secret IS NULL FROM accounts WHERE id=%s" % uid)[0][0] == '0'
    r = f.post('/cgi-bin/totp.cgi', {'op': 'off', 'current': PASSWORD, 'code': code(key2, s)})
    assert r.status == 303
    assert sql("SELECT totp_secret IS NULL FROM accounts WHERE id=%s" % uid)[0][0] == '1'
    actions = [a[0] for a in sql("SELECT action FROM audit_log WHERE object_type='account' AND object_id=%s"
                                 " ORDER BY id" % uid)]
    for a in ('totp.start', 'totp.enable', 'account.totp_off', 'totp.disable'):
        assert a in actions, (a, actions)


def test_totp_is_for_reviewers_and_experts_only():
    c = logged_in('platform1')
    assert c.get('/cgi-bin/totp.cgi').status == 403
    assert '两步验证' not in c.get('/cgi-bin/home.cgi').text
