"""make bench's PHP-FPM peer: Debian's php-fpm from a private configuration
(var/bench/php/, its socket in var/bench/run/php-fpm.sock, never the system
service), serving tests/bench/php/ behind the bench's nginx: /bench-php/ with
a new MariaDB connection per request, /bench-php-p/ with mysqli persistent
connections.  pm = static with as many children as one dtpilot FastCGI page
(FCGI_CHILDREN, 2).  Before anything is timed, each PHP page's output must
equal the dtpilot page's (same = the same text after masking the per-session
CSRF token and the seconds left of the session, and folding the whitespace
between tags, which ClearSilver's template commands leave behind)."""
import glob, os, re, subprocess, time
from fcgi import listening      # tests/ is on the path (bench.py)

HERE = os.path.dirname(os.path.abspath(__file__))


def binary():
    found = sorted(glob.glob('/usr/sbin/php-fpm*'))
    return found[-1] if found else None


class Peer:
    def __init__(self, var, db_password, children=2):
        self.var = var
        self.sock = os.path.join(var, 'run', 'php-fpm.sock')
        d = os.path.join(var, 'php')
        os.makedirs(d, exist_ok=True)
        # the workflow table of the registry, for home.php's to-do list
        rows = os.path.join(d, 'wf_rows.php')
        with open(rows, 'w') as f:
            subprocess.run([os.path.join(HERE, '..', '..', 'build', 'bench', 'wf_rows')], stdout=f, check=True)
        conf = os.path.join(d, 'php-fpm.conf')
        user = 'user = www-data\ngroup = www-data\n' if os.getuid() == 0 else ''
        with open(conf, 'w') as f:
            f.write('[global]\npid = %s/run/php-fpm.pid\nerror_log = %s/log/php-fpm.log\ndaemonize = no\n\n'
                    '[bench]\n%slisten = %s\nlisten.mode = 0666\npm = static\npm.max_children = %d\n'
                    'clear_env = yes\nenv[DTPILOT_DB_SOCKET] = %s\nenv[DTPILOT_DB_USER] = dtpilot\n'
                    'env[DTPILOT_DB_PASSWORD] = %s\nenv[DTPILOT_DB_NAME] = dtpilot\nenv[DTPILOT_WF_ROWS] = %s\n'
                    'php_admin_value[opcache.enable] = 1\nphp_admin_value[opcache.validate_timestamps] = 0\n'
                    'php_admin_value[mysqli.allow_persistent] = 1\nphp_admin_value[mysqli.max_persistent] = -1\n'
                    % (var, var, user, self.sock, children, os.path.join(var, 'run', 'mysqld.sock'), db_password, rows))
        os.chmod(conf, 0o600)
        if os.path.exists(self.sock):
            os.unlink(self.sock)
        args = [binary(), '--nodaemonize', '--fpm-config', conf] + (['--allow-to-run-as-root'] if os.getuid() == 0 else [])
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=open(os.path.join(var, 'log', 'php-fpm.stderr'), 'w'))
        for _ in range(100):
            if listening(self.sock):
                break
            time.sleep(0.05)
        else:
            raise RuntimeError('php-fpm did not start (see %s/log/php-fpm.log)' % var)

    def pids(self):
        out = [self.proc.pid]
        try:
            out += [int(x) for x in subprocess.run(['pgrep', '-P', str(self.proc.pid)], capture_output=True,
                                                   text=True).stdout.split()]
        except ValueError:
            pass
        return out

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def normalise(html):
    html = re.sub(r'(name="csrf" value="|data-csrf=")[0-9a-f]{64}', r'\1CSRF', html)
    html = re.sub(r'data-life="\d+"', 'data-life="N"', html)        # seconds left of the session's lifetime
    html = re.sub(r'>\s+<', '><', html)
    return re.sub(r'\s+', ' ', html).strip()


def same(a, b):
    """None when equal after normalise(); else the first difference, with context."""
    x, y = normalise(a), normalise(b)
    if x == y:
        return None
    i = next((k for k in range(min(len(x), len(y))) if x[k] != y[k]), min(len(x), len(y)))
    return 'dtpilot: ...%s...\n    php: ...%s...' % (x[max(0, i - 80):i + 80], y[max(0, i - 80):i + 80])
