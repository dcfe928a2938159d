"""The browser's own print of each document (headless Chromium's print to PDF, as a user's 打印 does):
the page margins carry "第 X 页 共 Y 页" on every page and, for a filed document, its verification code
and the full verify URL; nothing is drawn over the body.  The PDFs and a PNG of each page are kept in
screenshots/ (print-*.pdf, print-*-N.png) to be looked at."""
import base64, os, subprocess
from browser_util import browser, login, on_failure, shot, BASE, SHOTS
from dt import sql, PORT
from pdfcheck import pdf_pages, check_margins, no_overlap


def printed(d, name, path):
    d.get(BASE + path)
    shot(d, 'print-%s-screen' % name)
    pdf = base64.b64decode(d.execute_cdp_cmd('Page.printToPDF', {'preferCSSPageSize': True, 'printBackground': True})['data'])
    out = os.path.join(SHOTS, 'print-%s.pdf' % name)
    open(out, 'wb').write(pdf)
    subprocess.run(['pdftoppm', '-png', '-r', '50', out, os.path.join(SHOTS, 'print-%s' % name)], check=True)
    return pdf


def test_every_document_prints_with_its_margin_in_a_real_browser():
    app = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username='platform8'")[0][0]
    code = sql("SELECT code FROM app_versions WHERE application_id=%s ORDER BY version_no DESC LIMIT 1" % app)[0][0]
    eapp = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username='enterprise2'")[0][0]
    ecode = sql("SELECT code FROM app_versions WHERE application_id=%s ORDER BY version_no DESC LIMIT 1" % eapp)[0][0]
    batch = sql("SELECT id FROM batches WHERE programme='platform' ORDER BY id LIMIT 1")[0][0]
    origin = 'http://127.0.0.1:%d' % PORT
    cases = [('province', 'app', '/cgi-bin/app_print.cgi?id=%s' % app, code, ['承诺书', '企业数字化转型试点实施方案', '绩效评价目标表']),
             ('province', 'summary', '/cgi-bin/summary.cgi?batch=%s&state=all&format=print' % batch, None, ['试点企业数字化转型汇总表', '合计']),
             ('city-150200', 'rec', '/cgi-bin/rec_print.cgi?batch=%s' % batch, None, ['包头市试点企业数字化转型汇总表']),
             ('city-ly', 'ent', '/cgi-bin/ent_print.cgi?id=%s' % eapp, ecode, ['申报书', '第一部分：企业基本情况', '企业负责人（签字）']),
             ('city-ly', 'ent-summary', '/cgi-bin/ent_summary.cgi?state=all&format=print', None, ['洛阳市中小企业数字化转型试点企业推荐汇总表'])]
    d = browser()
    try:
        who = None
        for user, name, path, c, labels in cases:
            if user != who:
                d.delete_all_cookies()
                login(d, user)
                who = user
            pages, tmp = pdf_pages(printed(d, name, path))
            try:
                check_margins(pages, c, origin if c else None)
                text = ''.join(t for _, _, t in pages)
                for label in labels:
                    assert label in text, (name, label)
                no_overlap(tmp)
            finally:
                os.unlink(tmp)
    except Exception:
        on_failure(d, __name__)
        raise
    finally:
        d.quit()
