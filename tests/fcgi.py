"""A minimal FastCGI client (the responder role, as nginx or mod_fcgid speak
it) and a helper that starts a page binary as a persistent FastCGI process
listening on a unix socket (DTPILOT_FCGI_SOCKET)."""
import os, socket, struct, subprocess, time
from dt import BUILD, ROOT, VAR, CONF, cgi_env, parse_cgi

BEGIN, ABORT, END, PARAMS, STDIN, STDOUT, STDERR = 1, 2, 3, 4, 5, 6, 7


def _record(kind, rid, data=b''):
    pad = (8 - len(data) % 8) % 8
    return struct.pack('>BBHHBx', 1, kind, rid, len(data), pad) + data + b'\0' * pad


def _pair(k, v):
    def n(x):
        return struct.pack('>B', x) if x < 128 else struct.pack('>I', x | 0x80000000)
    k, v = k.encode(), v.encode()
    return n(len(k)) + n(len(v)) + k + v


def listening(path):
    """A unix socket at path is in /proc/net/unix with __SO_ACCEPTCON (0x10000) in its flags: listen() has
    run (the file exists from bind(), and a connect before listen() is refused)."""
    try:
        with open('/proc/net/unix') as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 8 and parts[7] == path and int(parts[3], 16) & 0x10000:
                    return True
    except OSError:
        pass
    return False


class Page:
    """A page binary running as a FastCGI server on its own socket."""

    def __init__(self, page, env=None, prefix=()):
        self.page = page
        self.path = os.path.join(VAR, 'run', 'fcgi-%s-%d.sock' % (page, os.getpid()))
        if os.path.exists(self.path):
            os.unlink(self.path)
        e = {'PATH': '/usr/bin:/bin', 'DTPILOT_CONF': CONF, 'DTPILOT_FCGI_SOCKET': self.path}
        e.update(env or {})
        self.log = os.path.join(VAR, 'log', 'fcgi-%s.log' % page)
        with open(self.log, 'ab') as log:
            self.proc = subprocess.Popen(list(prefix) + [os.path.join(BUILD, 'cgi-bin', page + '.cgi')], env=e,
                                         stdin=subprocess.DEVNULL, stderr=log)
        # listening, not only bound (the socket file exists from bind(); a connect before listen() is
        # refused, which a loaded machine made visible); valgrind takes seconds to start
        for _ in range(1500 if prefix else 500):
            if listening(self.path):
                break
            if self.proc.poll() is not None:
                raise RuntimeError('%s exited with %s before listening (see %s)' % (page, self.proc.returncode, self.log))
            time.sleep(0.02)

    def request(self, method='GET', query='', body=b'', cookies=None, ctype=None, remote='192.0.2.10'):
        if isinstance(body, str):
            body = body.encode()
        params = cgi_env(self.page, method, query, body, ctype, cookies, remote)
        s = socket.socket(socket.AF_UNIX)
        s.settimeout(30)
        s.connect(self.path)
        msg = _record(BEGIN, 1, struct.pack('>HB5x', 1, 0))
        msg += _record(PARAMS, 1, b''.join(_pair(k, v) for k, v in params.items())) + _record(PARAMS, 1)
        for i in range(0, len(body), 32768):
            msg += _record(STDIN, 1, body[i:i + 32768])
        msg += _record(STDIN, 1)
        s.sendall(msg)
        buf, out, err = b'', b'', b''
        while True:
            while len(buf) < 8:
                chunk = s.recv(65536)
                if not chunk:
                    raise ConnectionError('FastCGI connection closed before END_REQUEST')
                buf += chunk
            _, kind, _, clen, pad = struct.unpack('>BBHHBx', buf[:8])
            while len(buf) < 8 + clen + pad:
                chunk = s.recv(65536)
                if not chunk:
                    raise ConnectionError('truncated FastCGI record')
                buf += chunk
            data, buf = buf[8:8 + clen], buf[8 + clen + pad:]
            if kind == STDOUT:
                out += data
            elif kind == STDERR:
                err += data
            elif kind == END:
                break
        s.close()
        return parse_cgi(out, err.decode('utf-8', 'replace'))

    def rss_kb(self):
        with open('/proc/%d/status' % self.proc.pid) as f:
            for line in f:
                if line.startswith('VmRSS:'):
                    return int(line.split()[1])

    def close(self):
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if os.path.exists(self.path):
            os.unlink(self.path)
