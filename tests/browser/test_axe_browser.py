"""Real browser, issue 16 part 5: every page each demo account can reach
(crawled from its home page through the site's own links, a few of each
kind) is checked with axe-core (tests/node_modules, installed by
scripts/deps) at a phone's width, 390 px: no critical or serious violation,
none of the moderate ones the issue names (landmarks, empty table headers,
heading order), and no page wider than the screen -- a wide table scrolls in
its own box.  Screenshots 9x-axe-<account>-<page> of the widest pages, whole, at 390 px."""
import os, re, urllib.parse
from dt import ROOT
from browser_util import browser, login, on_failure, BASE, SHOTS as SHOT_DIR

AXE = os.path.join(ROOT, 'tests', 'node_modules', 'axe-core', 'axe.min.js')
ACCOUNTS = ['province', 'city-150200', 'county-150105', 'expert1', 'platform1', 'platform6',
            'enterprise2', 'city-ly', 'county-ly-3', 'city-xx', 'xx-enterprise1', 'city-cc']
# not pages: downloads, images, exports, and what signs out
SKIP = re.compile(r'/cgi-bin/(file|qr|logout|health)\.cgi|format=(xlsx|csv|pdf|docx|css)|\.(txt|svg|png|pdf)$')
# the printed documents (A4 sheets, their layout issue 16 part 1's): only their critical and serious findings count here
PRINT = re.compile(r'_print\.cgi|format=print')
MODERATE = {'landmark-one-main', 'region', 'empty-table-header', 'heading-order', 'page-has-heading-one'}
PER_KIND = 2          # pages of one kind (page and parameter names) checked per account
PER_ACCOUNT = 60


def full_shot(d, name):
    """The whole page at 390 px, not only the screen's height."""
    import base64
    h = min(d.execute_script('return document.documentElement.scrollHeight'), 4000)
    png = d.execute_cdp_cmd('Page.captureScreenshot', {'captureBeyondViewport': True,
                                                        'clip': {'x': 0, 'y': 0, 'width': 390, 'height': h, 'scale': 1}})
    os.makedirs(SHOT_DIR, exist_ok=True)
    with open(os.path.join(SHOT_DIR, name + '.png'), 'wb') as f:
        f.write(base64.b64decode(png['data']))


def kind(url):
    u = urllib.parse.urlparse(url)
    return u.path + '?' + ','.join(sorted(urllib.parse.parse_qs(u.query).keys()))


OURS = "return !!document.querySelector('link[href^=\"/static/css/\"]')"
SHOTS = {'/cgi-bin/queue.cgi', '/cgi-bin/summary.cgi', '/cgi-bin/audit.cgi', '/cgi-bin/ent_summary.cgi',
         '/cgi-bin/orgs.cgi', '/cgi-bin/home.cgi'}


def check_page(d, url, problems):
    d.get(url)
    if not d.execute_script(OURS):
        d.get(url)            # the browser's own error page (a connection refused under load): once more
        if not d.execute_script(OURS):
            problems.append('%s: not a page of the site: %s' % (url, d.title))
            return []
    d.execute_script(open(AXE).read())
    found = d.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations.map(v =>
            [v.id, v.impact, v.nodes.length, v.nodes.slice(0, 2).map(n => n.target.join(' '))])));""")
    printed = PRINT.search(url)
    for vid, impact, n, where in found:
        if impact in ('critical', 'serious') or (vid in MODERATE and not printed):
            problems.append('%s: %s (%s) x%d %s [%s, %s]' % (url, vid, impact, n, where, d.current_url, d.title))
    w = d.execute_script('return [document.documentElement.scrollWidth, window.innerWidth]')
    if w[0] > w[1] + 1 and not printed:          # a printed document is its A4 sheets, at any width
        problems.append('%s: %d px wide at %d px' % (url, w[0], w[1]))
    return [a for a in d.execute_script(
        "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)") if a.startswith(BASE + '/cgi-bin/')]


def crawl(d, user, problems):
    seen, kinds, queue, n = set(), {}, [BASE + '/cgi-bin/home.cgi'], 0
    while queue and n < PER_ACCOUNT:
        url = queue.pop(0).split('#')[0]
        if url in seen or SKIP.search(url):
            continue
        seen.add(url)
        k = kind(url)
        if kinds.get(k, 0) >= PER_KIND:
            continue
        kinds[k] = kinds.get(k, 0) + 1
        n += 1
        queue.extend(check_page(d, url, problems))
        path = urllib.parse.urlparse(url).path
        if path in SHOTS and kinds[k] == 1 and 'format=' not in url:
            full_shot(d, '9x-axe-%s-%s' % (user, path.split('/')[-1].split('.')[0]))
    return n


def test_axe_core_on_every_page_of_every_demo_account_at_390_px():
    assert os.path.exists(AXE), 'axe-core is installed by scripts/deps (npm ci in tests/)'
    d = browser()
    problems, pages = [], 0
    try:
        # the layout viewport of a 390 px phone (mobile=False: Chrome would widen it to fit a wide page)
        d.execute_cdp_cmd('Emulation.setDeviceMetricsOverride', {'width': 390, 'height': 844, 'deviceScaleFactor': 1,
                                                                  'mobile': False})
        for url in ('/cgi-bin/login.cgi', '/cgi-bin/register.cgi', '/cgi-bin/public.cgi'):
            check_page(d, BASE + url, problems)
            pages += 1
        for user in ACCOUNTS:
            d.delete_all_cookies()
            login(d, user)
            pages += crawl(d, user, problems)
        assert pages > 150, pages
        assert not problems, '%d problems on %d pages:\n%s' % (len(problems), pages, '\n'.join(problems))
    except Exception:
        on_failure(d, 'axe')
        raise
    finally:
        d.quit()
