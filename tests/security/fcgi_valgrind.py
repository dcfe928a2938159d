#!/usr/bin/python3
"""make security, valgrind step: one page as a long-lived FastCGI process under
valgrind (memcheck), serving 1,000 and then 10,000 requests (every tenth a
refused one).  Each run must end with no memcheck errors and nothing definitely
lost, and the heap still in use at exit must not grow with the number of
requests: whatever a request allocates is freed with it.
Needs the stack of DTPILOT_VAR; prints "ok ..." / "FAIL ..." lines."""
import os, re, signal, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from dt import VAR, login_cookie   # noqa: E402
from fcgi import Page              # noqa: E402


def run(n, sid):
    log = os.path.join(VAR, 'log', 'valgrind-fcgi-%d.log' % n)
    p = Page('queue', prefix=['valgrind', '--leak-check=full', '--show-leak-kinds=definite',
                              '--errors-for-leak-kinds=definite', '--log-file=' + log])
    try:
        bad = 0
        for i in range(n):
            r = p.request(cookies={'dtp_sid': sid}) if i % 10 else p.request(query='bad=%ff')
            bad += r.status != (200 if i % 10 else 400)
    finally:
        p.proc.send_signal(signal.SIGTERM)
        p.proc.wait(timeout=120)
    text = open(log).read()
    num = lambda pat: int(re.search(pat, text).group(1).replace(',', '')) if re.search(pat, text) else -1  # noqa: E731
    return bad, num(r'ERROR SUMMARY: ([\d,]+) errors'), num(r'definitely lost: ([\d,]+) bytes'), \
        num(r'in use at exit: ([\d,]+) bytes'), log


def main():
    sid, _ = login_cookie('county-150207')
    results, ok = [], True
    small, big = (int(x) for x in os.environ.get('FCGI_VALGRIND_REQUESTS', '1000,10000').split(','))
    for n in (small, big):
        bad, errors, lost, in_use, log = run(n, sid)
        good = bad == 0 and errors == 0 and lost in (0, -1) and in_use >= 0
        ok &= good
        results.append(in_use)
        print('%s valgrind FastCGI queue.cgi, %d requests: %d wrong answers, %d errors, %s bytes definitely lost,'
              ' %d bytes in use at exit (%s)' % ('ok  ' if good else 'FAIL', n, bad, errors, max(lost, 0), in_use,
                                                  os.path.relpath(log)))
    growth = results[1] - results[0]
    good = growth < 64 * 1024
    print('%s valgrind FastCGI heap at exit after %d vs %d requests: %+d bytes' % ('ok  ' if good else 'FAIL',
                                                                                big, small, growth))
    return 0 if ok and good else 1


if __name__ == '__main__':
    sys.exit(main())
