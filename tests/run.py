#!/usr/bin/python3
"""Runs every test layer against the running test stack and prints one
final line "N passed, N failed" (exit status 1 on any failure).

  unit     build/tests/* (C programs; each prints its own tally)
  page     tests/page/test_*.py   (CGI binaries run directly)
  http     tests/http/test_*.py   (the real Apache)
  fastcgi  the http layer again, on a fresh stack where nginx serves every
           page of an installed copy as a persistent FastCGI process (WEB=nginx-fcgi)
  browser  tests/browser/test_*.py (headless Chromium)
  toy      tests/toy/test_*.py on a fresh stack of build-toy/ (make toy): the
           smallest programme (tests/toy/toy.c) added to the registry

A layer name (or a module:test) on the command line runs only that."""
import glob, importlib.util, os, re, subprocess, sys, time, traceback

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get('DTPILOT_BUILD', os.path.join(ROOT, 'build'))
sys.path.insert(0, os.path.join(ROOT, 'tests'))
passed = failed = 0
only = sys.argv[1:]


def report(ok, name, detail=''):
    global passed, failed
    if ok:
        passed += 1
        print('ok   %s' % name)
    else:
        failed += 1
        print('FAIL %s\n%s' % (name, detail))
    sys.stdout.flush()


def run_unit():
    for exe in sorted(glob.glob(os.path.join(BUILD, 'tests', 'test_*'))):
        if exe.endswith('.d'):                 # make's header dependencies
            continue
        p = subprocess.run([exe], capture_output=True, text=True)
        m = re.search(r'(\d+) passed, (\d+) failed', p.stdout)
        name = 'unit/' + os.path.basename(exe)
        if not m:
            report(False, name, p.stdout + p.stderr)
            continue
        report(p.returncode == 0 and m.group(2) == '0', '%s (%s checks)' % (name, m.group(1)), p.stderr)


def run_fuzz():
    """Each libFuzzer harness for FUZZ_SECONDS (30 by default in `make test`)."""
    env = dict(os.environ)
    env.setdefault('FUZZ_SECONDS', '30')
    env.setdefault('FUZZ_OUT', os.path.join(os.environ.get('DTPILOT_VAR', os.path.join(ROOT, 'var', 'test')), 'fuzz'))
    p = subprocess.run([os.path.join(ROOT, 'tests', 'fuzz', 'run')], capture_output=True, text=True, env=env)
    for line in p.stdout.splitlines():
        if line.startswith('fuzz '):
            report(': OK' in line, line)


def run_fastcgi():
    """The whole http layer against its own fresh stack in FastCGI mode, served from a copy
    installed by scripts/install (pages, templates, static files, migrations); make install-test
    does the same under all four server set-ups."""
    var = os.environ.get('DTPILOT_VAR', os.path.join(ROOT, 'var', 'test')) + '-fcgi'
    port = int(os.environ.get('DTPILOT_PORT', '18090')) + 2
    # the FastCGI pool holds a connection per process: this stack's MariaDB reads the shipped
    # drop-in (conf/mariadb-dtpilot.cnf); the http layer before it ran with the server's defaults
    env = dict(os.environ, VAR=var, PORT=str(port), PORT2=str(port + 1), WEB='nginx-fcgi',
               DB_CNF=os.path.join(ROOT, 'conf', 'mariadb-dtpilot.cnf'))
    if BUILD == os.path.join(ROOT, 'build'):         # not for an ASan build (make security)
        dest = var + '-root'
        subprocess.run(['rm', '-rf', dest])
        inst = subprocess.run([os.path.join(ROOT, 'scripts', 'install'), dest, '/usr'], capture_output=True, text=True)
        report(inst.returncode == 0, 'fastcgi/install into %s' % os.path.relpath(dest, ROOT), inst.stdout + inst.stderr)
        page = os.path.join(dest, 'usr', 'lib', 'dtpilot', 'cgi-bin', 'login.cgi')
        sections = subprocess.run(['readelf', '-S', page], capture_output=True, text=True).stdout
        debug = subprocess.run(['readelf', '-S', os.path.join(dest, 'usr', 'lib', 'debug') + page[len(dest):] + '.debug'],
                               capture_output=True, text=True).stdout
        report('.debug_info' not in sections and '.debug_info' in debug and '.gnu_debuglink' in sections,
               'fastcgi/install: binaries stripped, debug symbols in usr/lib/debug', sections[-2000:])
        env.update(BUILD=os.path.join(dest, 'usr', 'lib', 'dtpilot'), SHARE=os.path.join(dest, 'usr', 'share', 'dtpilot'))
    run_child('fastcgi', env, 'http')
    if BUILD == os.path.join(ROOT, 'build'):
        un = subprocess.run([os.path.join(ROOT, 'scripts', 'uninstall'), dest, '/usr'], capture_output=True, text=True)
        left = [os.path.join(d, f) for d, _, fs in os.walk(dest) for f in fs]
        report(un.returncode == 0 and not left, 'fastcgi/uninstall removes every installed file',
               un.stdout + un.stderr + '\n'.join(left[:20]))


def run_child(prefix, env, layer):
    """A layer run by scripts/run-tests on a stack of its own (env), its results under prefix/."""
    p = subprocess.Popen([os.path.join(ROOT, 'scripts', 'run-tests'), layer], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    pending = None                      # (name, detail lines) of a failure being read

    def flush():
        if pending:
            report(False, pending[0], '\n'.join(pending[1]))
    for line in p.stdout:
        line = line.rstrip('\n')
        boundary = line.startswith(('ok   ', 'FAIL ', '== ')) or re.match(r'\d+ passed, \d+ failed$', line)
        if boundary:
            flush()
            pending = None
        if line.startswith('ok   '):
            report(True, (prefix + '/' if prefix else '') + line[5:])
        elif line.startswith('FAIL '):
            pending = ((prefix + '/' if prefix else '') + line[5:], [])
        elif pending:
            pending[1].append(line)
        elif not boundary:
            print(line)
    flush()
    if p.wait() != 0 and not failed:
        report(False, '%s (stack)' % (prefix or layer), 'scripts/run-tests exited %d' % p.returncode)
    sys.stdout.flush()


def run_toy():
    """tests/toy on its own fresh stack serving build-toy/, where the registry has one more
    programme (make toy); inside that run (DTPILOT_TOY set) the tests themselves."""
    if os.environ.get('DTPILOT_TOY'):
        run_py('toy')
        return
    var = os.environ.get('DTPILOT_VAR', os.path.join(ROOT, 'var', 'test')) + '-toy'
    port = int(os.environ.get('DTPILOT_PORT', '18090')) + 4
    env = dict(os.environ, VAR=var, PORT=str(port), PORT2=str(port + 1), BUILD=os.path.join(ROOT, 'build-toy'),
               DTPILOT_TOY='1')
    run_child(None, env, 'toy')          # its tests are named toy/... already


def run_py(layer):
    for path in sorted(glob.glob(os.path.join(ROOT, 'tests', layer, 'test_*.py'))):
        mod = os.path.splitext(os.path.basename(path))[0]
        if only and not any(o == layer or o.startswith('%s/%s' % (layer, mod)) for o in only):
            continue                    # not asked for: not even imported (it may need another stack)
        spec = importlib.util.spec_from_file_location('%s_%s' % (layer, mod), path)
        m = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(m)
        except Exception:
            report(False, '%s/%s (import)' % (layer, mod), traceback.format_exc())
            continue
        tests = [(n, f) for n, f in vars(m).items() if n.startswith('test_') and callable(f)]
        tests.sort(key=lambda nf: nf[1].__code__.co_firstlineno)
        for n, f in tests:
            full = '%s/%s:%s' % (layer, mod, n)
            if only and not any(o in full for o in only if ':' in o or '/' in o) and \
                    not any(o == layer for o in only):
                continue
            t0 = time.time()
            try:
                f()
                report(True, '%s (%.1fs)' % (full, time.time() - t0))
            except Exception:
                report(False, full, traceback.format_exc())


layers = ['unit', 'fuzz', 'page', 'http', 'fastcgi', 'browser', 'toy']
for layer in layers:
    if only and not any(o == layer or o.startswith(layer + '/') for o in only):
        continue
    print('== %s' % layer)
    if layer == 'unit':
        run_unit()
    elif layer == 'fuzz':
        run_fuzz()
    elif layer == 'fastcgi':
        run_fastcgi()
    elif layer == 'toy':
        run_toy()
    else:
        run_py(layer)
print('%d passed, %d failed' % (passed, failed))
sys.exit(1 if failed else 0)
