"""The paper that gets stamped (issue 16, part 1): every printed document as PDF rendered on the server,
page by page as its attachment (003's 附件2/3/4, 000's 申报书 and 附件3), read back with poppler-utils:
the verification code, the full verify URL and "第 X 页 共 Y 页" on every page, the attachment's labels on
their pages, blank lines where people sign, 合计 once, continuation rows that keep 序号 and the name,
the exporting region's 填表人; nothing drawn over anything else (pdftotext -bbox); and the Word copies
that 000 四 asks for (a valid package that pandoc reads)."""
import io, os, zipfile
import ent_filing
from dt import logged_in, sql, new_batch, xlsx_text
from pdfcheck import pdf_pages, check_margins, no_overlap, check_docx
from filing import register_platform, start, fill_complete, save_section, sections, submit


def origin():
    # the test stack's Site.Origin is unset: the verify URL is built from the request's host (the site's
    # own host name where one is set, as make deploy-test does)
    from dt import HOST
    return 'http://' + HOST


def test_application_report_pdf_is_the_attachment_page_by_page():
    c, _ = register_platform('prt', '打印测试平台#有限公司', '7', '150207')
    app = start(c)
    fill_complete(c, app, '150207', 22, seed='P')
    p = dict(sections('150207', 22)['pledge'], signatory='签字乙某')
    assert save_section(c, app, 'pledge', p).status == 303
    assert submit(c, app).status == 303
    code = sql("SELECT code FROM app_versions WHERE application_id=%s" % app)[0][0]
    sub = sql("SELECT name FROM sub_industries WHERE seq=22")[0][0]
    for who in (c, logged_in('county-150207')):
        r = who.get('/cgi-bin/app_print.cgi?id=%s&format=pdf' % app)
        assert r.status == 200 and r.header('Content-Type') == 'application/pdf'
        assert r.header('Content-Disposition').startswith('attachment;') and '.pdf' in r.header('Content-Disposition')
    pages, path = pdf_pages(r.body)
    try:
        check_margins(pages, code, origin())
        texts = [t for _, _, t in pages]
        # 附件2: the cover, its lines to fill and stamp
        for label in ('附件2', '包头市', sub + '行业中小企业', '数字化转型试点申请报告', '申请企业名称：', '（盖章）',
                      '法定代表人：', '联系人：', '联系电话：', '推荐单位：', '包头市工业和信息化局', '申请日期'):
            assert label in texts[0], (label, texts[0])
        # 承诺书: the five pledges, and the signature left blank for the hand
        pledge = [t for t in texts if '承诺书' in t]
        assert len(pledge) == 1 and '本企业承诺：' in pledge[0] and '5.积极配合相关绩效评价。' in pledge[0]
        assert '法定代表人（签字）：' in pledge[0] and '单位（盖章）：' in pledge[0]
        assert not any('签字乙某' in t for t in texts), 'the typed name must not stand where the legal representative signs'
        # 实施方案 under the outline's headings
        plan = ''.join(t for t in texts if '企业数字化转型试点实施方案' in t or '细分行业解决方案' in t)
        for h in ('一、平台主要服务功能介绍', '二、服务中小企业数字化转型的总体情况', '三、细分行业解决方案', '四、服务企业情况'):
            assert h in plan, h
        # 附3 on a landscape page: 附件3's columns, no others
        i3 = [i for i, t in enumerate(texts) if '试点企业数字化转型汇总表' in t][0]
        assert pages[i3][0] > pages[i3][1], 'the 附3 page is landscape'
        for h in ('附3', '序号', '企业名称（服务平台）', '对应行业', '试点企业名称', '实际改造成本', '奖补资金额', '单位：万元', '试点企业P6有限公司'):
            assert h in texts[i3], h
        assert '审核状态' not in texts[i3] and '盟市' not in texts[i3].split('序号')[1]
        # 附4, every indicator (two were hidden under the old footer)
        i4 = [i for i, t in enumerate(texts) if '绩效评价目标表' in t][0]
        k4 = ''.join(texts[i4:i4 + 2])
        for h in ('附4', '服务平台名称：', '一级指标', '二级指标', '三级指标', '期初值', '目标值', '数字化设备设施联网率', '设备设施上云率', '质保年限'):
            assert h in k4, h
        assert pages[i4][0] < pages[i4][1]
        no_overlap(path)
    finally:
        os.unlink(path)
    # the browser's print carries the same margin: its CSS names the code and the full URL
    css = c.get('/cgi-bin/app_print.cgi?id=%s&format=css' % app)
    assert css.status == 200 and css.header('Content-Type').startswith('text/css')
    assert '%s/cgi-bin/verify.cgi?code=%s' % (origin(), code) in css.text and '@bottom-left' in css.text
    html = c.get('/cgi-bin/app_print.cgi?id=%s' % app).text
    assert 'format=css' in html and 'format=pdf' in html and '签字乙某' not in html
    # a draft says so on every page, and has no code
    c2, _ = register_platform('prd', '打印草稿平台#有限公司', '6', '150207')
    draft = start(c2)
    pages, path = pdf_pages(c2.get('/cgi-bin/app_print.cgi?id=%s&format=pdf' % draft).body)
    os.unlink(path)
    check_margins(pages)
    assert all('草稿' in t for _, _, t in pages)
    # Word is only where the programme's call asks for it
    assert c.get('/cgi-bin/app_print.cgi?id=%s&format=docx' % app).status == 404


def test_enterprise_application_pdf_is_the_form_page_by_page():
    ent, _ = ent_filing.new_enterprise('410305')
    app = ent_filing.start(ent)
    ent_filing.fill(ent, app, e_signer='签字丙某')
    assert ent_filing.submit(ent, app).status == 303
    code = sql("SELECT code FROM app_versions WHERE application_id=%s" % app)[0][0]
    r = logged_in('city-ly').get('/cgi-bin/ent_print.cgi?id=%s&format=pdf' % app)
    assert r.status == 200
    pages, path = pdf_pages(r.body)
    try:
        check_margins(pages, code, origin())
        texts = [t for _, _, t in pages]
        for label in ('洛阳市中小企业数字化转型试点企业', '申报书', '申报企业（盖章）', '所属行业', '申报日期', '轴承及通用零部件'):
            assert label in texts[0], label
        form = '\n'.join(texts[1:])
        # the 申报表 as printed: 所属县区 by name, 企业名称 and 企业信用代码, every option with its box, the part headings
        # (所属县区 by its name: it printed as 410305)
        assert '洛阳市中小企业数字化转型试点企业申报表' in form and '所属县区涧西区' in form
        for label in ('第一部分：企业基本情况', '第二部分：企业数字化转型现状', '第三部分：企业数字化转型意向', '第四部分：数字化改造承诺',
                      '企业名称', '所属县区', '企业信用代码', '☐国有', '☑民营', '☐混合所有制', '☑小型企业', '☐微型企业',
                      '☑规模以上企业', '☐规模以下企业', '生产经营情况', '数字化水平', '企业上云', '拟实施数字化转型方向',
                      '希望得到', '企业负责人（签字）：', '企业盖章（企业公章）：'):
            assert label in form, label
        assert not any('签字丙某' in t for t in texts)
        # the system's own confirmations are not in the official table: they follow it on a page of their own
        rec = [t for t in texts if '在线申报记录' in t]
        assert len(rec) == 1 and '（二）申报企业具有较强的数字化改造意愿' in rec[0]
        assert '（二）申报企业具有较强的数字化改造意愿' not in form.split('在线申报记录')[0]
        no_overlap(path)
    finally:
        os.unlink(path)
    # and as Word (通知 四: 电子版材料（word版和PDF版）)
    d = logged_in('city-ly').get('/cgi-bin/ent_print.cgi?id=%s&format=docx' % app)
    assert d.status == 200 and d.header('Content-Type').startswith('application/vnd.openxmlformats-officedocument.wordprocessingml')
    text = check_docx(d.body)
    for label in ('申 报 书', '洛阳市中小企业数字化转型试点企业申报表', '第一部分：企业基本情况', '☑ 民营', '企业负责人（签字）：',
                  '第 ', ' 页 共 ', '验证码 '):
        assert label in text, label


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
    strings = xlsx_text(x.body)
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
