"""Attack tests against the real server: stored XSS through every free-text
field into every page, print view and export that shows it; a hostile-upload
corpus; CR/LF and open-redirect attempts; a flood of identical submissions."""
import csv, io, os, re, threading, zipfile
from dt import Client, logged_in, sql, post_files, pdf, png, PDF, xlsx_text
from filing import register_platform, uscc, sections, save_section, start, fill_complete, submit, add_enterprise, upload

PAYLOADS = [
    '<script>alert(1)</script>', '"><script>alert(1)</script>', "'><script>alert(1)</script>",
    '<img src=x onerror=alert(1)>', '"><img src=x onerror=alert(1)>', '<svg/onload=alert(1)>',
    '<svg><script>alert(1)</script></svg>', '<iframe src=javascript:alert(1)>', 'javascript:alert(1)',
    '<a href="javascript:alert(1)">x</a>', '<body onload=alert(1)>', '<input autofocus onfocus=alert(1)>',
    '<details open ontoggle=alert(1)>', '<math><mtext><script>alert(1)</script>', '</textarea><script>alert(1)</script>',
    '</title><script>alert(1)</script>', '<style>*{x:expression(alert(1))}</style>', '<link rel=import href=//x>',
    '<object data=javascript:alert(1)>', '<embed src=javascript:alert(1)>', '" onmouseover="alert(1)',
    "' onmouseover='alert(1)", '` onmouseover=alert(1) `', '<?cs var:Site.Name ?>', '<?cs evar:Query.x ?>',
    '<?cs include:"/etc/passwd" ?>', '<?cs linclude:"/etc/passwd" ?>', '{{7*7}}', '${7*7}', '<%= 7*7 %>',
    '=HYPERLINK("http://x","x")', '+SUM(1,1)', '-2+3', '@SUM(1)', '=1+1', '<scr<script>ipt>alert(1)</script>',
    '<SCRIPT SRC=//x.js></SCRIPT>', '<img """><script>alert(1)</script>">', '<a/href=javas&#99;ript:alert(1)>',
    '&lt;script&gt;alert(1)&lt;/script&gt;', '%3Cscript%3Ealert(1)%3C/script%3E', '<!--<script>alert(1)//-->',
    '<meta http-equiv=refresh content=0;url=//x>', '<form action=//x><button>x</button></form>', '<base href=//x/>',
    '<video><source onerror=alert(1)>', '<audio src=x onerror=alert(1)>', '<marquee onstart=alert(1)>',
    '<table background=javascript:alert(1)>', '"\'><x>\\u003cscript\\u003e',
]
assert len(PAYLOADS) == 50


def unescaped(text, payload):
    """True when the payload appears as markup (its '<' or quote unescaped)."""
    return any(ch in payload for ch in '<>"\'') and payload in text


def test_stored_xss_is_escaped_everywhere():
    # an account whose own fields carry payloads
    p, n = register_platform('xss', '<img src=x onerror=alert(1)>平台#', '5', contact='"><script>')
    org = '<img src=x onerror=alert(1)>平台%06d' % n
    app = start(p)
    fill_complete(p, app, '150207', 77, seed='X')
    # every free-text field of the plan, one payload each, and the line fields
    plan = sections('150207', 77)['plan']
    keys = sorted(plan)
    for i, k in enumerate(keys):
        plan[k] = ' '.join(PAYLOADS[i * 5:(i + 1) * 5])         # 9 fields x 5 = 45 payloads
    assert save_section(p, app, 'plan', plan).status == 303
    basic = dict(sections('150207', 77)['basic'], legal_rep=PAYLOADS[45][:50], reg_address=PAYLOADS[46])
    assert save_section(p, app, 'basic', basic).status == 303
    for i, pl in enumerate(PAYLOADS[47:] + ['=HYPERLINK("http://x","x")']):
        r = add_enterprise(p, app, (pl + '企业%d' % i)[:100], uscc('91150207MAX9%05d' % i), region='150207', cost='50',
                           fname='企业%d' % i)      # a browser sends '"' in a file name as %22
        assert r.status == 303, r
    r = submit(p, app)
    assert r.status == 303 and 'check=1' not in r.header('Location')
    county = logged_in('county-150207')
    pages = [(p, '/cgi-bin/app.cgi?id=%s' % app), (p, '/cgi-bin/app_edit.cgi?id=%s&section=plan' % app),
             (p, '/cgi-bin/app_edit.cgi?id=%s&section=basic' % app), (p, '/cgi-bin/app_print.cgi?id=%s' % app),
             (p, '/cgi-bin/home.cgi'), (p, '/cgi-bin/profile.cgi'),
             (county, '/cgi-bin/app.cgi?id=%s' % app), (county, '/cgi-bin/queue.cgi'), (county, '/cgi-bin/orgs.cgi'),
             (county, '/cgi-bin/summary.cgi?state=all'), (county, '/cgi-bin/summary.cgi?state=all&format=print'),
             (county, '/cgi-bin/app_versions.cgi?id=%s&a=0&b=1' % app),
             (logged_in('province'), '/cgi-bin/accounts.cgi?q=xss%06d' % n), (logged_in('province'), '/cgi-bin/audit.cgi')]
    ents = sql("SELECT id FROM app_enterprises WHERE application_id=%s" % app)
    pages += [(county, '/cgi-bin/app_ent.cgi?id=%s&ent=%s' % (app, e[0])) for e in ents[-3:]]
    for who, url in pages:
        t = who.get(url).text
        for pl in PAYLOADS + [org, '"><script>']:
            assert not unescaped(t, pl), (url, pl)
        assert '&lt;?cs var:Site.Name ?&gt;' in t or 'Site.Name' not in t, url   # template syntax never executed
    # the printed page really shows the escaped payload (it was stored, not dropped)
    assert '&lt;script&gt;alert(1)&lt;/script&gt;' in p.get('/cgi-bin/app_print.cgi?id=%s' % app).text
    # exports: CSV cells that could start a formula are neutralised; XLSX holds text
    rows = list(csv.reader(io.StringIO(county.get('/cgi-bin/summary.cgi?state=all&format=csv').body[3:].decode())))
    for row in rows:
        for cell in row:
            assert not cell or cell[0] not in '=+-@', cell
    assert any(cell.startswith("'=HYPERLINK") for row in rows for cell in row)     # kept, but inert
    x = county.get('/cgi-bin/summary.cgi?state=all&format=xlsx').body
    sheet = zipfile.ZipFile(io.BytesIO(x)).read('xl/worksheets/sheet1.xml').decode()
    assert '<f>' not in sheet                                 # no formula cells at all
    strings = xlsx_text(x)
    assert '=HYPERLINK(&quot;http://x&quot;,&quot;x&quot;)企业3' in strings or '=HYPERLINK("http://x","x")企业3' in strings


HOSTILE = [
    ('exe-as.pdf', b'MZ\x90\x00' + b'\x00' * 60 + b'PE\x00\x00'),
    ('elf-as.pdf', b'\x7fELF\x02\x01\x01' + b'\x00' * 60),
    ('script.pdf', b'#!/bin/sh\nrm -rf /\n'),
    ('page.pdf', b'<!DOCTYPE html><html><script>alert(1)</script></html>'),
    ('image.png', b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    ('svg.svg', b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ('zip.pdf', b'PK\x03\x04' + b'\x00' * 100),
    ('bomb.pdf', b'PK\x03\x04\x14\x00\x00\x00\x08\x00' + b'\x00' * 20 + b'x' * 200),
    ('gzip.pdf', b'\x1f\x8b\x08\x00' + b'\x00' * 40),
    ('jar.pdf', b'PK\x03\x04META-INF/MANIFEST.MF'),
    ('php.png', b'<?php system($_GET["c"]); ?>'),
    ('js.jpg', b'alert(document.cookie)//'),
    ('text.pdf', b'just some text, not a pdf'),
    ('doc.pdf', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 100),
    ('xml.pdf', b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]><x>&a;</x>'),
    ('rtf.pdf', b'{\\rtf1\\ansi x}'),
    ('swf.pdf', b'FWS\x09' + b'\x00' * 40),
    ('class.pdf', b'\xca\xfe\xba\xbe' + b'\x00' * 40),
    ('nul\x00name.pdf', pdf('nul in name')),                 # a real PDF: stored, name made inert
    ('../../etc/passwd.pdf', pdf('traversal')),             # a real PDF: stored under its base name only
    ('polyglot.pdf', b'%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF'),
    ('empty.pdf', b''),
]


def test_hostile_uploads_refused_or_inert():
    assert len(HOSTILE) >= 20
    c, n = register_platform('up', '上传测试#', '4')
    app = start(c)
    stored = []
    for name, data in HOSTILE:
        r = upload(c, app, 'other', name, data)
        if r.status == 303:
            stored.append(name)
        else:
            assert r.status in (400, 422), (name, r.status)
    rows = sql("SELECT id, filename, mime FROM attachments WHERE application_id=%s" % app)
    assert {m for _, _, m in rows} <= {'application/pdf', 'image/png', 'image/jpeg'}
    for fid, fname, mime in rows:
        assert '/' not in fname and '\\' not in fname and '\x00' not in fname, fname
        r = c.get('/cgi-bin/file.cgi?id=%s' % fid)
        assert r.header('Content-Disposition').startswith('attachment;')       # never inline
        assert r.header('X-Content-Type-Options') == 'nosniff' and r.header('Content-Type') == mime
    assert len(stored) <= 4, stored        # only the genuine PDFs (and the PDF polyglot, stored as an attachment)


def test_header_injection_and_open_redirects():
    for target in ('http://evil.example/', '//evil.example/', '\\\\evil.example', '/\\evil.example', 'https:evil.example',
                   '/cgi-bin/home.cgi%0d%0aSet-Cookie:%20x=1', '/cgi-bin/home.cgi%0aLocation:%20//evil', '/cgi-bin/../../x',
                   'javascript:alert(1)', '/cgi-bin//evil.example'):
        c = Client()
        c.page('/cgi-bin/login.cgi?next=' + target.replace('?', '%3F'))
        r = c.post('/cgi-bin/login.cgi', {'username': 'platform6', 'password': 'demo-password-2026', 'next': target})
        loc = r.header('Location') or ''
        assert r.status in (303, 400), (target, r.status)
        assert not loc or (loc.startswith('/cgi-bin/') and not loc.startswith('//')), (target, loc)
        assert 'evil' not in loc and '\r' not in loc and '\n' not in loc, (target, loc)
        assert all(k.lower() != 'set-cookie' or not v.startswith('x=') for k, v in r.headers)
    # CR/LF in a value that reaches a header (the download name) never splits it
    r = Client().get('/cgi-bin/login.cgi?next=%2Fcgi-bin%2Fhome.cgi%0D%0AX-Evil%3A%201')
    assert r.status in (200, 400) and not r.header('X-Evil'), r.status


def test_identical_submissions_flood_makes_one_version():
    c, n = register_platform('fl', '并发提交#', '3')
    app = start(c)
    fill_complete(c, app, '150207', 88, seed='W')
    r = c.page('/cgi-bin/app.cgi?id=%s' % app)
    ver = re.search(r'name="op" value="submit">\s*<input type="hidden" name="version" value="(\d+)"', r.text).group(1)
    statuses = []
    # the 200 queue behind one row lock: on a loaded machine (make galera-test's cluster) the last answers
    # take longer than a single request's 30 s, which is waiting, not a wrong answer
    c.timeout = 180
    def go():
        statuses.append(c.post('/cgi-bin/app_submit.cgi', {'id': app, 'op': 'submit', 'version': ver}).status)
    ts = [threading.Thread(target=go) for _ in range(200)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert len(statuses) == 200 and set(statuses) <= {303, 503}, set(statuses)
    assert sql("SELECT COUNT(*) FROM app_versions WHERE application_id=%s" % app)[0][0] == '1'
    assert sql("SELECT submitted_no, state FROM applications WHERE id=%s" % app)[0] == ['1', 'submitted']
    assert sql("SELECT COUNT(*) FROM app_events WHERE application_id=%s AND action='submit'" % app)[0][0] == '1'
