"""Helpers shared by the page, HTTP and browser tests.

The stack (MariaDB + Apache) is started by scripts/run-tests under
$DTPILOT_VAR on port $DTPILOT_PORT; these helpers reach it the way a user
or an operator would: CGI binaries run directly with a CGI environment and a
body on stdin, HTTP over loopback, SQL through the admin's socket.

A deployment on a host's own services (tests/deploy/run) is reached instead
through DTPILOT_HOST (its site's host name), DTPILOT_CONF, DTPILOT_SOCK and
DTPILOT_DB_SERVICE (the init script that stops and starts MariaDB)."""
import datetime, http.client, io, os, re, subprocess, time, urllib.parse, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VAR = os.environ.get('DTPILOT_VAR', os.path.join(ROOT, 'var', 'test'))
PORT = int(os.environ.get('DTPILOT_PORT', '18090'))
HOST = os.environ.get('DTPILOT_HOST') or '127.0.0.1:%d' % PORT
CONF = os.environ.get('DTPILOT_CONF') or os.path.join(VAR, 'dtpilot.hdf')
BUILD = os.environ.get('DTPILOT_BUILD', os.path.join(ROOT, 'build'))     # make security: an ASan build
# make security runs the page layer once under valgrind: DTPILOT_VALGRIND=1
VALGRIND = ['valgrind', '-q', '--error-exitcode=99', '--leak-check=full', '--errors-for-leak-kinds=definite',
            '--log-fd=2'] if os.environ.get('DTPILOT_VALGRIND') else []
SOCK = os.environ.get('DTPILOT_SOCK') or os.path.join(VAR, 'run', 'mysqld.sock')
PASSWORD = 'demo-password-2026'


BEIJING = datetime.timezone(datetime.timedelta(hours=8))


def today():
    """Today where the pages are: lib/db.c runs every session at +08:00 (北京时间), so from
    16:00 UTC on the pages' today is the machine's tomorrow."""
    return datetime.datetime.now(BEIJING).date()


def day(n=0):
    """Today + n days as YYYY-MM-DD: every date a test or the demo set uses is
    computed from today, so the suite passes on any day, at any hour (and under faketime)."""
    return (today() + datetime.timedelta(days=n)).isoformat()


def doc_no(office, n):
    """A 文号 of this year: doc_no('洛工信', 8) -> 洛工信〔<this year>〕8号."""
    return '%s〔%d〕%s号' % (office, today().year, n)


def cn_date(iso):
    """2026-04-30 -> 2026年4月30日, as the pages write dates."""
    y, m, d = iso.split('-')
    return '%s年%d月%d日' % (y, int(m), int(d))


def workdays_end(start, n, holidays=()):
    """The last day of n working days from start (weekends and holidays skipped), as lib/valid.c counts."""
    d = datetime.date.fromisoformat(start)
    while True:
        if d.weekday() < 5 and d.isoformat() not in holidays:
            n -= 1
            if n == 0:
                return d.isoformat()
        d += datetime.timedelta(days=1)


def admin_user():
    return 'root' if os.getuid() == 0 else subprocess.check_output(['id', '-un'], text=True).strip()


def sql(query, db='dtpilot'):
    """Runs SQL as the database administrator, in the pages' time zone (lib/db.c sets +08:00
    per session; a host's MariaDB may run in another); returns rows as lists of strings."""
    out = subprocess.run(['mariadb', '--no-defaults', '--socket=' + SOCK, '-u', admin_user(), '-N', '-B', db,
                          '-e', "SET time_zone = '+08:00'; " + query], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError('sql failed: %s: %s' % (query, out.stderr))
    return [line.split('\t') for line in out.stdout.splitlines()]


def new_batch(title, days, year='YEAR(CURDATE())', programme='platform', region='150000'):
    """A batch made in SQL for a test (the batch page is tested on its own): days are offsets from
    today of its open date, application deadline, county and city deadlines.  Returns its id."""
    o, a, c, t = days
    sql("INSERT INTO batches (programme, year, title, region_code, open_date, applicant_deadline) VALUES"
        " ('%s', %s, '%s', '%s', CURDATE() + INTERVAL %d DAY, CURDATE() + INTERVAL %d DAY)" % (programme, year, title, region, o, a))
    bid = sql("SELECT MAX(id) FROM batches")[0][0]
    sql("INSERT INTO batch_deadlines (batch_id, name, day) VALUES (%s, 'county', CURDATE() + INTERVAL %d DAY),"
        " (%s, 'city', CURDATE() + INTERVAL %d DAY)" % (bid, c, bid, t))
    return bid


def sql_as_app(query):
    """Runs SQL as the application's own (least-privilege) database user."""
    pw = re.search(r'^\s*Password\s*=\s*(\S+)', open(CONF, encoding='utf-8').read(), re.M).group(1)
    return subprocess.run(['mariadb', '--no-defaults', '--socket=' + SOCK, '-u', 'dtpilot', '-p' + pw,
                           'dtpilot', '-e', query], capture_output=True, text=True)


class Response:
    def __init__(self, status, headers, body, stderr=''):
        self.status, self.headers, self.body, self.stderr = status, headers, body, stderr

    @property
    def text(self):
        return self.body.decode('utf-8', 'replace')

    def header(self, name):
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None

    def all(self, name):
        return [v for k, v in self.headers if k.lower() == name.lower()]

    def __repr__(self):
        return '<Response %d %s>' % (self.status, self.text[:200])


def fresh_address():
    """A loopback address of its own (127.1.0.0 - 127.254.255.254): what a test does from it counts against
    no per-address limit (login, registration) of any other test."""
    b = os.urandom(3)
    return '127.%d.%d.%d' % (1 + b[0] % 254, b[1], 1 + b[2] % 254)


def csrf_of(html):
    m = re.search(r'name="csrf" value="([0-9a-f]{64})"', html)
    return m.group(1) if m else None



def xlsx_text(body):
    """Every string of a workbook's first sheet as XML text: its shared strings, if it has them, and the
    sheet itself (constant-memory workbooks keep their strings inline in the sheet)."""
    z = zipfile.ZipFile(io.BytesIO(body))
    shared = z.read('xl/sharedStrings.xml').decode() if 'xl/sharedStrings.xml' in z.namelist() else ''
    return shared + z.read('xl/worksheets/sheet1.xml').decode()

def cgi_env(page, method='GET', query='', body=b'', ctype=None, cookies=None, remote='192.0.2.10'):
    """The CGI variables a web server sets for a request to <page>.cgi."""
    e = {'REQUEST_METHOD': method, 'QUERY_STRING': query, 'SCRIPT_NAME': '/cgi-bin/%s.cgi' % page,
         'SERVER_NAME': '127.0.0.1', 'SERVER_PORT': str(PORT), 'HTTP_HOST': HOST,
         'REMOTE_ADDR': remote, 'GATEWAY_INTERFACE': 'CGI/1.1', 'SERVER_PROTOCOL': 'HTTP/1.1'}
    if body or method == 'POST':
        e['CONTENT_LENGTH'] = str(len(body))
        e['CONTENT_TYPE'] = ctype or 'application/x-www-form-urlencoded'
    if cookies:
        e['HTTP_COOKIE'] = '; '.join('%s=%s' % kv for kv in cookies.items())
    return e


def parse_cgi(raw, stderr=''):
    """A Response from a CGI program's output (Status: header, then the body)."""
    head, _, rest = raw.partition(b'\r\n\r\n')
    headers = []
    for line in head.decode('utf-8', 'replace').split('\r\n'):
        if ':' in line:
            k, v = line.split(':', 1)
            headers.append((k.strip(), v.strip()))
    status = 200
    for k, v in headers:
        if k.lower() == 'status':
            status = int(v.split()[0])
    return Response(status, headers, rest, stderr)


def run_cgi(page, method='GET', query='', body=b'', ctype=None, cookies=None, env=None, conf=None,
            remote='192.0.2.10'):
    """Runs build/cgi-bin/<page>.cgi as a web server would, without one."""
    if isinstance(body, str):
        body = body.encode()
    e = dict(cgi_env(page, method, query, body, ctype, cookies, remote),
             PATH='/usr/bin:/bin', DTPILOT_CONF=conf or CONF)
    if env:
        e.update(env)
    p = subprocess.run(VALGRIND + [os.path.join(BUILD, 'cgi-bin', page + '.cgi')], input=body, env=e,
                       capture_output=True, timeout=300 if VALGRIND else 30)
    if VALGRIND and p.returncode == 99:
        raise AssertionError('valgrind reported errors in %s:\n%s' % (page, p.stderr.decode('utf-8', 'replace')))
    return parse_cgi(p.stdout, p.stderr.decode('utf-8', 'replace'))


def anon_form(page):
    r = run_cgi(page)
    tok = r.header('Set-Cookie').split('dtp_pre=')[1].split(';')[0]
    return tok, r


def login_cookie(user):
    tok, _ = anon_form('login')
    body = 'username=%s&password=%s&csrf=%s' % (user, PASSWORD, tok)
    r = run_cgi('login', 'POST', body=body, cookies={'dtp_pre': tok})
    assert r.status == 303, r
    sid = [v for v in r.all('Set-Cookie') if v.startswith('dtp_sid=')][0].split('=')[1].split(';')[0]
    home = run_cgi('home', cookies={'dtp_sid': sid})
    return sid, csrf_of(home.text)


class Client:
    """A browser-like HTTP client over loopback: keeps cookies, follows no redirects."""

    def __init__(self, source='127.0.0.1', port=None):
        self.cookies = {}
        self.source = source
        self.port = port or PORT
        self.timeout = 30           # seconds a request may take before the test counts it as unanswered

    def request(self, method, path, body=None, headers=None, ctype='application/x-www-form-urlencoded'):
        h = {'Host': HOST if self.port == PORT else '127.0.0.1:%d' % self.port}
        if self.cookies:
            h['Cookie'] = '; '.join('%s=%s' % kv for kv in self.cookies.items())
        if isinstance(body, dict) or isinstance(body, list):
            body = urllib.parse.urlencode(body)
        if body is not None:
            h['Content-Type'] = ctype
        if headers:
            h.update(headers)
        c = http.client.HTTPConnection('127.0.0.1', self.port, timeout=self.timeout, source_address=(self.source, 0))
        c.request(method, path, body=body, headers=h)
        r = c.getresponse()
        data = r.read()
        hs = r.getheaders()
        c.close()
        for k, v in hs:
            if k.lower() == 'set-cookie':
                name, _, rest = v.partition('=')
                val = rest.split(';', 1)[0]
                if 'Max-Age=0' in v:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = val
        return Response(r.status, hs, data)

    def get(self, path, **kw):
        return self.request('GET', path, **kw)

    def post(self, path, data, csrf=True, **kw):
        """POSTs a form; csrf=True takes the token from the page the form came from."""
        if isinstance(data, dict):
            data = list(data.items())
        if csrf is True:
            data = data + [('csrf', self.csrf)]
        elif csrf:
            data = data + [('csrf', csrf)]
        return self.request('POST', path, body=data, **kw)

    def page(self, path):
        """GETs a page and remembers its CSRF token for the next post."""
        r = self.get(path)
        tok = csrf_of(r.text)
        if tok:
            self.csrf = tok
        return r

    def login(self, user, password=PASSWORD):
        self.page('/cgi-bin/login.cgi')
        r = self.post('/cgi-bin/login.cgi', {'username': user, 'password': password})
        return r


def logged_in(user, password=PASSWORD):
    c = Client()
    r = c.login(user, password)
    assert r.status == 303 and r.header('Location') == '/cgi-bin/home.cgi', (user, r)
    c.page('/cgi-bin/home.cgi')
    return c


def stack(cmd):
    service = os.environ.get('DTPILOT_DB_SERVICE')
    if service and cmd in ('stop-db', 'start-db'):
        subprocess.run(['service', service, cmd[:-3]], check=True, stdout=subprocess.DEVNULL)
        return
    env = dict(os.environ, VAR=VAR, PORT=str(PORT))
    subprocess.run([os.path.join(ROOT, 'scripts', 'stack'), cmd], env=env, check=True,
                   stdout=subprocess.DEVNULL)


def wait_healthy(timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        try:
            if Client().get('/cgi-bin/health.cgi').status == 200:
                return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


def multipart(fields, files):
    """Encodes fields (list of pairs) and files (name -> (filename, bytes)) as multipart/form-data."""
    boundary = '----dtpilot' + os.urandom(8).hex()
    out = []
    for k, v in fields:
        out.append(('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' % (boundary, k, v)).encode())
    for k, (fn, data) in files.items():
        out.append(('--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\n'
                    'Content-Type: application/octet-stream\r\n\r\n' % (boundary, k, fn)).encode() + data + b'\r\n')
    out.append(('--%s--\r\n' % boundary).encode())
    return b''.join(out), 'multipart/form-data; boundary=' + boundary


def post_files(c, path, fields, files, csrf=True):
    if isinstance(fields, dict):
        fields = list(fields.items())
    if csrf:
        fields = fields + [('csrf', c.csrf)]
    body, ctype = multipart(fields, files)
    return c.request('POST', path, body=body, ctype=ctype)


class CGIClient(Client):
    """The same interface as Client, but every request runs the page binary
    directly (no web server): how the demo data set is filed."""

    def __init__(self, conf=None):
        super().__init__()
        self.conf = conf

    def request(self, method, path, body=None, headers=None, ctype='application/x-www-form-urlencoded'):
        page, _, query = path.partition('?')
        page = page.rsplit('/', 1)[-1].replace('.cgi', '')
        if isinstance(body, (dict, list)):
            body = urllib.parse.urlencode(body)
        r = run_cgi(page, method, query=query.split('#')[0], body=body or b'', ctype=ctype,
                    cookies=self.cookies or None, conf=self.conf, remote='127.0.0.1')
        for v in r.all('Set-Cookie'):
            name, _, rest = v.partition('=')
            if 'Max-Age=0' in v:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = rest.split(';', 1)[0]
        return r


# small files that libmagic recognises by content
PDF = b'%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'


def png(seed=0):
    import struct, zlib
    raw = b''.join(b'\x00' + bytes([(seed * 7 + x) % 256 for x in range(8)]) for _ in range(8))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 8, 8, 8, 0, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def upload_limit():
    """The largest file the pages keep: Upload.MaxBytes (20 MiB), or less when the server's
    max_allowed_packet is smaller (a backup writes a file in hexadecimal: twice its size)."""
    packet = int(sql("SELECT @@global.max_allowed_packet")[0][0])
    return min(20 * 1024 * 1024, (packet - 65536) // 2)


def limit_text(n):
    """A size as the pages show it: "20 MB", "7.9 MB" (MiB, rounded down to a tenth)."""
    tenths = n * 10 // 1048576
    return '%d.%d MB' % (tenths // 10, tenths % 10) if tenths % 10 else '%d MB' % (tenths // 10)


def pdf(tag):
    return PDF + b'% ' + tag.encode() + b'\n'


def stage_step(c, page, app, action, fields=None, upload=None):
    """One step on a stage's page (diag, eval, accept, fund) as its form sends it, with the version the page
    shows (a session that may not see it posts without one); upload: the PDF's file name, or None for no file."""
    url = '/cgi-bin/%s.cgi?id=%s' % (page, app)
    m = re.search(r'name="version" value="(\d+)"', c.page(url).text)
    data = dict({'action': action, 'version': m.group(1) if m else '0'}, **(fields or {}))
    files = {'upload': (upload, pdf('%s %s' % (action, app)))} if upload else {}
    return post_files(c, url, data, files)
