"""The paper that gets stamped (issue 16, part 1): the summary tables as PDF rendered on the server, page by
page as their attachment (003's 附件3, 000's 附件3), read back with poppler-utils: "第 X 页 共 Y 页" on every
page, the attachment's labels, 合计 once, continuation rows that keep 序号 and the name, the exporting
region's 填表人; nothing drawn over anything else (pdftotext -bbox); and the Word copy that 000 四 asks for
(a valid package that pandoc reads)."""
import io, os, zipfile
from dt import logged_in, sql, new_batch
from pdfcheck import pdf_pages, check_margins, no_overlap, check_docx


def origin():
    # the test stack's Site.Origin is unset: the verify URL is built from the request's host
    from dt import PORT
    return 'http://127.0.0.1:%d' % PORT


def test_summary_pdf_one_total_continuations_and_the_regions_filler():
    """A platform with 45 served enterprises runs over a page: the next page repeats the header row and says
    序号 and the platform's name again; 合计 appears once, at the end; 填表人 is the exporting region's."""
    batch = new_batch('打印测试批次', (-60, -30, -20, -10), year='YEAR(CURDATE())')
    tag = os.urandom(3).hex()
    sql("INSERT INTO accounts (username, password_hash, role, display_name, region_code)"
        " VALUES ('plong%s', 'x', 'platform', '长清单测试平台有限公司', '150207'), ('pshort%s', 'x', 'platform', '短清单测试平台有限公司', '150207')"
        % (tag, tag))
    sql("INSERT INTO applications (batch_id, account_id, state, region_code, sub_industry, submitted_no)"
        " SELECT %s, id, 'recommended', region_code, 12, 1 FROM accounts WHERE username IN ('plong%s', 'pshort%s')" % (batch, tag, tag))
    sql("INSERT INTO app_enterprises (application_id, name, credit_code, region_code, service_content, contract_yuan, cost_yuan, subsidy_yuan)"
        " SELECT p.id, CONCAT(IF(a.username LIKE 'plong%%', '长清单企业', '短清单企业'), s.seq), CONCAT('P', LPAD(p.id, 10, '0'), LPAD(s.seq, 7, '0')), p.region_code, '改造',"
        " 100000, 500000 + s.seq, 100000 FROM applications p JOIN accounts a ON a.id = p.account_id JOIN seq_1_to_45 s"
        " WHERE p.batch_id = %s AND (a.username LIKE 'plong%%' OR s.seq <= 6)" % batch)
    adm = logged_in('province')
    r = adm.get('/cgi-bin/summary.cgi?batch=%s&city=150200&format=pdf' % batch)
    assert r.status == 200, r
    pages, path = pdf_pages(r.body)
    try:
        check_margins(pages)
        texts = [t for _, _, t in pages]
        assert len(pages) >= 3 and all(w > h for w, h, _ in pages)
        first = texts[0]
        for label in ('附3', '包头市试点企业数字化转型汇总表', '盟市中小企业主管部门：包头市工业和信息化局（盖章）', '填表日期：', '单位：万元',
                      '序号', '企业名称（服务平台）', '对应行业', '试点企业名称', '实际改造成本', '奖补资金额'):
            assert label in first, label
        # the 填表人 of 包头's own bureau, not the 自治区's who exported it
        assert '填表人：审核员' in first and '牟立茁' not in first
        assert '审核状态' not in ''.join(texts) and '规则检查' not in ''.join(texts)
        long_pages = [t for t in texts if '长清单企业' in t]
        assert len(long_pages) >= 2
        for t in long_pages:
            assert '序号' in t and '长清单测试平台有限公司' in t, t[:400]      # continuation keeps the name
        assert sum(t.count('合计') for t in texts) == 1 and '合计' in texts[-1]
        assert '注：评估每个服务平台' in texts[-1]
        no_overlap(path)
    finally:
        os.unlink(path)
    # the 盟市's own 推荐汇总表 (rec_print): same layout, its own 填表人, in PDF and Excel
    city = logged_in('city-150200')
    demo = sql("SELECT MIN(id) FROM batches")[0][0]
    r = city.get('/cgi-bin/rec_print.cgi?batch=%s&format=pdf' % demo)
    assert r.status == 200
    pages, path = pdf_pages(r.body)
    try:
        check_margins(pages)
        assert '包头市试点企业数字化转型汇总表' in pages[0][2] and '盟市中小企业主管部门' in pages[0][2]
        assert sum(t.count('合计') for _, _, t in pages) == 1
        no_overlap(path)
    finally:
        os.unlink(path)
    x = city.get('/cgi-bin/rec_print.cgi?batch=%s&format=xlsx' % demo)
    assert x.status == 200 and x.body[:2] == b'PK'
    z = zipfile.ZipFile(io.BytesIO(x.body))
    strings = z.read('xl/sharedStrings.xml').decode()
    assert '包头市试点企业数字化转型汇总表' in strings and '审核状态' not in strings and '盟市</t>' not in strings
    assert '第 &amp;P 页 共 &amp;N 页' in z.read('xl/worksheets/sheet1.xml').decode()


def test_enterprise_summary_pdf_and_word():
    city = logged_in('city-ly')
    r = city.get('/cgi-bin/ent_summary.cgi?state=all&format=pdf')
    assert r.status == 200
    pages, path = pdf_pages(r.body)
    try:
        check_margins(pages)
        first = pages[0][2]
        for label in ('附件3', '洛阳市中小企业数字化转型试点企业推荐汇总表', '县区工信部门：', '序号', '企业名称', '联系人', '联系方式'):
            assert label in first, label
        assert all(w > h for w, h, _ in pages)
        no_overlap(path)
    finally:
        os.unlink(path)
    d = city.get('/cgi-bin/ent_summary.cgi?state=all&format=docx')
    assert d.status == 200
    text = check_docx(d.body)
    assert '洛阳市中小企业数字化转型试点企业推荐汇总表' in text and '县区工信部门：' in text
    doc = zipfile.ZipFile(io.BytesIO(d.body)).read('word/document.xml').decode()
    assert 'w:orient="landscape"' in doc and '<w:tblHeader/>' in doc
