"""A database connection lost in the middle of a request answers 503, at
every statement of the request: a failed read is never taken for "not
logged in" (403), "not found" (404), "already handled" (409) or a refusal.

The page binaries reach MariaDB through a small proxy on a unix socket of
its own that forwards the protocol and cuts both sides when the client sends
its K-th command that expects an answer; K runs from 1 until the request
finishes without reaching it, so every statement of the request is the one
that meets a dead connection once."""
import os, re, socket, struct, tempfile, threading
from dt import SOCK, CONF, run_cgi, login_cookie, sql

# commands the server answers (a cut there is always noticed by the client)
ANSWERED = {0x03, 0x0e, 0x16, 0x17, 0x1a, 0x1c}


def close_all(*socks):
    for x in socks:
        try:
            x.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        x.close()


class CuttingProxy:
    def __init__(self, path):
        self.path, self.cut_at, self.cut = path, 0, False
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(path)
        self.sock.listen(8)
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                c, _ = self.sock.accept()
            except OSError:
                return
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.connect(SOCK)
            threading.Thread(target=self.pipe, args=(s, c), daemon=True).start()
            threading.Thread(target=self.client, args=(c, s), daemon=True).start()

    @staticmethod
    def pipe(src, dst):
        try:
            while True:
                b = src.recv(65536)
                if not b:
                    break
                dst.sendall(b)
        except OSError:
            pass
        close_all(src, dst)

    def client(self, c, s):
        """Client to server, packet by packet: [3-byte length][sequence][payload]."""
        buf, n = b'', 0
        try:
            while True:
                while len(buf) < 4 or len(buf) < 4 + struct.unpack('<I', buf[:3] + b'\0')[0]:
                    b = c.recv(65536)
                    if not b:
                        raise OSError('client closed')
                    buf += b
                size = struct.unpack('<I', buf[:3] + b'\0')[0]
                pkt, buf = buf[:4 + size], buf[4 + size:]
                if pkt[3] == 0 and size and pkt[4] in ANSWERED:
                    n += 1
                    if n == self.cut_at:
                        self.cut = True
                        raise OSError('cut')
                s.sendall(pkt)
        except OSError:
            pass
        close_all(c, s)


def every_cut(conf, proxy, page, **kw):
    """Runs the request with the connection cut at its 1st, 2nd, ... answered
    command; returns the statuses of the cut runs and the answer of the
    first run that finished before the cut."""
    cut_statuses = []
    for k in range(1, 400):
        proxy.cut_at, proxy.cut = k, False
        r = run_cgi(page, conf=conf, **kw)
        if not proxy.cut:
            return cut_statuses, r
        cut_statuses.append((k, r.status))
        rid = r.header('X-Request-Id')
        assert rid and 'rid=%s' % rid in r.stderr, ('a fault must be logged with its request id', page, k, r.stderr)
    raise AssertionError('the request never finished')


def test_a_connection_lost_at_any_statement_answers_503():
    d = tempfile.mkdtemp(prefix='dtp-cut-')
    proxy = CuttingProxy(os.path.join(d, 'cut.sock'))
    conf = os.path.join(d, 'dtpilot.hdf')
    text = open(CONF).read()
    open(conf, 'w').write(re.sub(r'Socket = \S+', 'Socket = ' + proxy.path, text, count=1))

    county = sql("SELECT a.username FROM applications p JOIN accounts a ON a.role = 'county'"
                 " JOIN account_scopes s ON s.account_id = a.id AND s.region_code = p.region_code"
                 " WHERE p.state = 'submitted' ORDER BY p.id LIMIT 1")[0][0]
    app, ver = sql("SELECT p.id, p.version FROM applications p JOIN account_scopes s ON s.region_code = p.region_code"
                   " JOIN accounts a ON a.id = s.account_id WHERE a.username = '%s' AND p.state = 'submitted'"
                   " ORDER BY p.id LIMIT 1" % county)[0]
    sid, csrf = login_cookie(county)
    cookies = {'dtp_sid': sid}
    cases = [
        ('home', {}),
        ('app', {'query': 'id=%s' % app}),
        ('queue', {}),
        # a stale version: without a fault the answer is 409, with one it must be 503
        ('review', {'method': 'POST', 'body': 'id=%s&action=pass&version=%d&opinion=&csrf=%s' % (app, int(ver) + 7, csrf)}),
        # a post whose session read meets the dead connection was once answered 403
        ('review', {'method': 'POST', 'body': 'id=%s&action=nonesuch&version=%s&opinion=&csrf=%s' % (app, ver, csrf)}),
    ]
    try:
        for page, kw in cases:
            cuts, done = every_cut(conf, proxy, page, cookies=cookies, **kw)
            assert cuts, (page, 'no statement was cut')
            wrong = [(k, st) for k, st in cuts if st != 503]
            assert not wrong, (page, kw, 'a lost connection was answered with', wrong)
            assert done.status != 503, (page, done)
    finally:
        proxy.sock.close()
