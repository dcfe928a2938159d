"""HTTP tests of the platform filing (issue: platform application filing):
drafts per section, validation messages, the guide's rules, uploads,
access to attachments, submit / withdraw / versions / print / verify."""
import os, re
from dt import (Client, fresh_address, logged_in, sql, post_files, pdf, png, PDF, day, cn_date, new_batch, upload_limit,
                limit_text)
from filing import (uscc, sections, save_section, section_version, start, add_enterprise, upload,
                    fill_complete, submit)

_n = [0]


def new_platform(region='150203'):
    """A fresh platform account (registered through the real page) and its client."""
    _n[0] = int.from_bytes(os.urandom(3), 'big') % 1000000
    user = 'fplat%06d' % _n[0]
    c = Client(source=fresh_address())        # registrations are limited per address
    c.page('/cgi-bin/register.cgi')
    code = uscc('91%sMA9%06d' % (region, _n[0]))
    r = c.post('/cgi-bin/register.cgi', {
        'kind': 'platform', 'org_name': '测试平台%d科技有限公司' % _n[0], 'credit_code': code, 'region': region,
        'contact_person': '测试', 'mobile': '13912345678', 'email': 'f@example.com', 'username': user,
        'password': 'Test-password-2026', 'password2': 'Test-password-2026'})
    assert r.status == 303, r
    return logged_in(user, 'Test-password-2026')


def problems(c, app_id):
    r = c.get('/cgi-bin/app.cgi?id=%s&check=1' % app_id)
    return re.findall(r'<li><a href="[^"]*">([^<]*)</a></li>', r.text)


def test_batch_page_defaults_and_validation():
    adm = logged_in('province')
    r = adm.page('/cgi-bin/batch.cgi')
    for f, v in (('min_smes', '6'), ('max_subind_per_city', '5'), ('max_platforms_per_subind', '3'),
                 ('cap_platform', '200'), ('cap_enterprise_pct', '20'), ('cap_enterprise', '20')):
        assert 'name="%s" type="text" value="%s"' % (f, v) in r.text, f
    assert '<label for="f-city_deadline">盟市推荐上报截止日期' in r.text
    r = adm.post('/cgi-bin/batch.cgi', {'year': day(400)[:4], 'title': '测试批次', 'open_date': day(400),
                                        'applicant_deadline': day(370), 'county_deadline': day(385),
                                        'city_deadline': day(399), 'min_smes': '6', 'max_subind_per_city': '5',
                                        'max_platforms_per_subind': '3', 'cap_platform': '200',
                                        'cap_enterprise_pct': '20', 'cap_enterprise': '20.00001'})
    assert r.status == 422 and '申报截止日期不能早于开始申报日期' in r.text and '最多保留4位小数' in r.text
    assert logged_in('platform1').get('/cgi-bin/batch.cgi').status == 403
    t = adm.get('/cgi-bin/batches.cgi').text
    assert '申报中' in t and '中小企业数字化转型试点（服务平台）' in t


def test_drafts_saved_per_section_and_reloaded():
    c = new_platform()
    app = start(c)
    data = sections('150203', 12)
    for sec in ('plan', 'basic'):                      # any order
        r = save_section(c, app, sec, data[sec])
        assert r.status == 303, r
    r = c.get('/cgi-bin/app_edit.cgi?id=%s&section=basic' % app)
    assert 'value="王法人"' in r.text and '已保存为草稿' in r.text
    assert '包头市工业和信息化局' in r.text and '昆都仑区工业和信息化局' not in r.text   # 推荐单位: the 盟市 bureau (五（三）、（四）)
    r = c.get('/cgi-bin/app_edit.cgi?id=%s&section=plan' % app)
    assert data['plan']['plan_3_2'] in r.text and 'data-maxchars="5000"' in r.text
    assert '<label for="f-plan_3_2">三、2、试点行业问题梳理情况' in r.text
    assert sql("SELECT region_code FROM applications WHERE id=%s" % app)[0][0] == '150203'
    # one application per platform per batch: starting again (a double click) leads to it
    c.page('/cgi-bin/app.cgi')
    r = c.post('/cgi-bin/app.cgi', {'op': 'create'})
    assert r.status == 303 and r.header('Location').endswith('/cgi-bin/app.cgi'), r
    assert sql("SELECT COUNT(*) FROM applications a JOIN accounts u ON u.id=a.account_id WHERE u.username='fplat%06d'" % _n[0])[0][0] == '1'


def test_a_batch_that_is_not_a_number_starts_nothing():
    """(make security: wapiti's payloads in ent.cgi's batch) a malformed batch is no batch, not the first open one."""
    c = new_platform()
    c.page('/cgi-bin/app.cgi')
    for bad in (';env;', '2\'"(', 'https://wapiti3.ovh/e.php'):
        r = c.post('/cgi-bin/app.cgi', {'op': 'create', 'batch': bad})
        assert r.status == 303 and r.header('Location').endswith('/cgi-bin/app.cgi'), (bad, r)
    assert '您所在地区当前没有开放的这一申报批次' in c.page('/cgi-bin/app.cgi').text
    assert sql("SELECT COUNT(*) FROM applications a JOIN accounts u ON u.id=a.account_id WHERE u.username='fplat%06d'"
               % _n[0]) == [['0']]


def test_validation_messages_beside_fields_with_input_kept():
    c = new_platform()
    app = start(c)
    feb30 = '%s-02-30' % day()[:4]                     # no such day in any year
    r = save_section(c, app, 'basic', {'legal_rep': '王' * 51, 'contact_phone': '2345678', 'region': '110101',
                                       'apply_date': feb30, 'reg_address': '<b>地址</b>'})
    assert r.status == 422
    t = r.text
    assert '法定代表人最多50个字，当前51个字' in t
    assert '请填写手机号码或带区号的固定电话' in t
    assert '所在旗县区以注册登记的所在地为准' in t          # the reviewer is the registered county, never chosen
    assert '该日期不存在' in t
    assert 'value="&lt;b&gt;地址&lt;/b&gt;"' in t and 'value="%s"' % feb30 in t
    plan = {'plan_1': '数' * 3001}
    r = save_section(c, app, 'plan', plan)
    assert r.status == 422 and '最多3000个字，当前3001个字' in r.text
    r = save_section(c, app, 'plan', {'plan_1': '数' * 3000})        # 9000 bytes, 3000 characters
    assert r.status == 303
    r = save_section(c, app, 'kpi', {'kpi_1_target': '101', 'kpi_8_target': '5', 'kpi_2_target': '8.555',
                                     'kpi_3_target': '-1'})
    assert r.status == 422
    assert '应在0至100之间' in r.text and '应在0至4之间' in r.text and '最多保留2位小数' in r.text and '不能为负数' in r.text
    r = save_section(c, app, 'industry', {'sub_industry': '101'})
    assert r.status == 422 and '数值超出允许范围' in r.text


def test_rules_in_the_check_cite_the_guide():
    c = new_platform()
    app = start(c)
    fill_complete(c, app, '150203', 30, n_ents=5, seed='B')
    ps = problems(c, app)
    assert any('服务企业少于6家（申报条件（六）' in p for p in ps), ps
    assert len(ps) == 1, ps
    save_section(c, app, 'conditions', {'cond1': '1', 'cond2': '1', 'cond3': '1', 'cond4': '1'})
    ps = problems(c, app)
    assert '须确认申报条件（五）' in ps
    r = c.get('/cgi-bin/app_edit.cgi?id=%s&section=conditions' % app)
    assert '目前已填 5 家，尚不符合（还差 1 家）' in r.text          # condition 六 is computed
    # a submit with problems is refused
    r = submit(c, app)
    assert r.status == 303 and 'check=1' in r.header('Location')
    assert sql("SELECT state FROM applications WHERE id=%s" % app)[0][0] == 'draft'


def test_subsidy_defaults_and_caps():
    c = new_platform()
    app = start(c)
    # default: min(20% of cost, 20万) -> 12.3457 * 20% = 2.46914 -> floored to the 元: 2.4691
    r = add_enterprise(c, app, '甲企业', uscc('91150203MA1C00001'), cost='12.3457', files=False)
    assert r.status == 303
    assert sql("SELECT subsidy_yuan FROM app_enterprises WHERE application_id=%s" % app)[0][0] == '24691'
    # exactly 20% is allowed, one 元 more is not
    r = add_enterprise(c, app, '乙企业', uscc('91150203MA1C00002'), cost='50', subsidy='10', files=False)
    assert r.status == 303
    r = add_enterprise(c, app, '丙企业', uscc('91150203MA1C00003'), cost='50', subsidy='10.0001', files=False)
    assert r.status == 422 and '奖补资金额不能超过 10.0000 万元' in r.text and '附件3注' in r.text
    assert 'value="丙企业"' in r.text
    # exactly 20万 is allowed, one 元 over is not (cost 200万: 20% = 40万 > 20万)
    r = add_enterprise(c, app, '丁企业', uscc('91150203MA1C00004'), cost='200', subsidy='20', files=False)
    assert r.status == 303
    r = add_enterprise(c, app, '戊企业', uscc('91150203MA1C00005'), cost='200', subsidy='20.0001', files=False)
    assert r.status == 422 and '奖补资金额不能超过 20.0000 万元' in r.text and '每家试点企业最高 20.0000 万元' in r.text
    # the same credit code twice
    r = add_enterprise(c, app, '重复企业', uscc('91150203MA1C00002'), cost='50', files=False)
    assert r.status == 422 and '统一社会信用代码不能重复' in r.text
    r = c.get('/cgi-bin/app.cgi?id=%s' % app)
    assert '实际改造成本 12.3457 × 20% = 2.4691 万元' in r.text and '测算依据' in r.text


def test_platform_total_cap_exactly_200():
    c = new_platform()
    app = start(c)
    # 2.4691 + ... : build exactly 200万 = 9 x 20万 + 20万
    for i in range(10):
        r = add_enterprise(c, app, '企业%d' % i, uscc('91150203MA1D%05d' % i), cost='100', files=False)
        assert r.status == 303, r
    assert sql("SELECT SUM(subsidy_yuan) FROM app_enterprises WHERE application_id=%s" % app)[0][0] == '2000000'
    r = add_enterprise(c, app, '第十一家', uscc('91150203MA1D00099'), cost='100', subsidy='0.0001', files=False)
    assert r.status == 422 and '超过每个服务平台最高 200.0000 万元' in r.text and '最多还可申请 0.0000 万元' in r.text
    r = add_enterprise(c, app, '第十一家', uscc('91150203MA1D00099'), cost='100', subsidy='0', files=False)
    assert r.status == 303


def test_upload_type_and_size_refusals():
    c = new_platform()
    app = start(c)
    exe = b'MZ\x90\x00\x03' + b'\x00' * 200 + b'This program cannot be run in DOS mode'
    r = upload(c, app, 'license', '营业执照.pdf', exe)
    assert r.status == 422 and '只接受PDF、JPG、PNG文件' in r.text and '营业执照.pdf' in r.text
    r = upload(c, app, 'license', 'page.pdf', b'<html><script>alert(1)</script></html>')
    assert r.status == 422
    r = upload(c, app, 'license', 'empty.pdf', b'')
    assert r.status in (303, 422)   # an empty part is "no file chosen"
    assert sql("SELECT COUNT(*) FROM attachments WHERE application_id=%s" % app)[0][0] == '0'
    # the limit is the database's as well as Upload.MaxBytes: on Debian's default server
    # (max_allowed_packet 16M) files of 16-20 MiB answered 500; now a Chinese refusal with the limit
    limit = upload_limit()
    for size in sorted({limit + 1, 17 * 1024 * 1024, 20 * 1024 * 1024 + 1}):
        if size > limit:
            r = upload(c, app, 'license', 'big.pdf', PDF + b'0' * (size - len(PDF)))
            assert r.status == 422 and '超过了本系统可保存的上限%s' % limit_text(limit) in r.text, (size, r)
            assert 'big.pdf' in r.text and '文件大小为%s' % limit_text(size) in r.text
    big = PDF + b'0' * (20 * 1024 * 1024)
    r = upload(c, app, 'license', 'bigger.pdf', big + b'0' * (300 * 1024))     # past the body cap itself
    assert r.status == 413
    assert sql("SELECT COUNT(*) FROM attachments WHERE application_id=%s" % app)[0][0] == '0'
    r = upload(c, app, 'license', '../../etc/营业执照.pdf', pdf('ok'))
    assert r.status == 303
    row = sql("SELECT filename, mime, size, sha256 = SHA2(b.data, 256) FROM attachments a"
              " JOIN attachment_blobs b ON b.attachment_id = a.id WHERE application_id=%s" % app)[0]
    assert row[0] == '营业执照.pdf' and row[1] == 'application/pdf' and row[3] == '1'
    r = c.get('/cgi-bin/app_files.cgi?id=%s' % app)
    assert '不超过 %s' % limit_text(limit) in r.text


def test_files_refused_with_the_row_leave_nothing_behind():
    c = new_platform()
    app = start(c)
    c.page('/cgi-bin/app_ent.cgi?id=%s' % app)
    r = post_files(c, '/cgi-bin/app_ent.cgi?id=%s' % app,
                   {'op': 'save', 'name': '己企业', 'credit_code': uscc('91150203MA1E00001'), 'region': '150203',
                    'service_content': '改造', 'contract': '10', 'cost': '10'},
                   {'f_contract': ('合同.pdf', pdf('c')), 'f_invoice': ('发票.pdf', b'MZ not a pdf')})
    assert r.status == 422 and 'value="己企业"' in r.text and '请重新选择' in r.text
    assert sql("SELECT COUNT(*) FROM app_enterprises WHERE application_id=%s" % app)[0][0] == '0'
    assert sql("SELECT COUNT(*) FROM attachments WHERE application_id=%s" % app)[0][0] == '0'


def test_submit_download_access_withdraw_versions_print_verify():
    c = new_platform('150207')                          # 包头 九原区
    app = start(c)
    fill_complete(c, app, '150207', 22, seed='F')
    assert problems(c, app) == []
    r = c.get('/cgi-bin/app.cgi?id=%s' % app)
    ver = re.search(r'name="op" value="submit">\s*<input type="hidden" name="version" value="(\d+)"', r.text).group(1)
    # a double click: two posts with the same version -> one submission
    r1 = c.post('/cgi-bin/app_submit.cgi', {'id': app, 'op': 'submit', 'version': ver})
    r2 = c.post('/cgi-bin/app_submit.cgi', {'id': app, 'op': 'submit', 'version': ver})
    assert r1.status == 303 and r2.status == 303
    assert sql("SELECT state, submitted_no FROM applications WHERE id=%s" % app)[0] == ['submitted', '1']
    assert sql("SELECT COUNT(*) FROM app_versions WHERE application_id=%s" % app)[0][0] == '1'
    code = sql("SELECT code FROM app_versions WHERE application_id=%s" % app)[0][0]
    t = c.get('/cgi-bin/app.cgi?id=%s' % app).text
    assert code in t and '已提交' in t
    # read-only after submission
    r = save_section(c, app, 'basic', {'legal_rep': '改名'})
    assert r.status == 409 and '已提交，不能修改' in r.text
    # attachments: owner yes, another platform 404, the county reviewer yes, another county 404
    fid = sql("SELECT id FROM attachments WHERE application_id=%s AND kind='license'" % app)[0][0]
    r = c.get('/cgi-bin/file.cgi?id=' + fid)
    assert r.status == 200 and r.body.startswith(b'%PDF') and r.header('Content-Type') == 'application/pdf'
    cd = r.header('Content-Disposition')
    assert cd.startswith('attachment;') and "filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf" in cd
    assert logged_in('platform3').get('/cgi-bin/file.cgi?id=' + fid).status == 404
    assert logged_in('county-150207').get('/cgi-bin/file.cgi?id=' + fid).status == 200
    assert logged_in('city-150200').get('/cgi-bin/app.cgi?id=' + app).status == 200
    assert logged_in('county-150203').get('/cgi-bin/file.cgi?id=' + fid).status == 404
    assert logged_in('county-150203').get('/cgi-bin/app.cgi?id=' + app).status == 404
    # print view: the frozen version with its code and QR on the page
    r = c.get('/cgi-bin/app_print.cgi?id=%s' % app)
    assert r.status == 200 and '包头市' in r.text and '行业中小企业' in r.text
    assert '验证码 <strong>%s-%s-%s-%s</strong>' % (code[:4], code[4:8], code[8:12], code[12:]) in r.text
    assert '/cgi-bin/qr.cgi?code=' + code in r.text and '承 诺 书' in r.text and '绩效评价目标表' in r.text
    q = Client().get('/cgi-bin/qr.cgi?code=' + code)
    assert q.status == 200 and q.header('Content-Type') == 'image/svg+xml' and q.text.count('h1v1h-1z') > 100
    # public verification (no login): only the permitted facts
    v = Client().get('/cgi-bin/verify.cgi?code=%s' % code.lower())
    assert v.status == 200 and '测试平台' in v.text and '第 1 版' in v.text and '是：该纸质稿与当前在线申报一致' in v.text
    assert '0471-4824952' not in v.text and '王法人' not in v.text
    assert '没有找到' in Client().get('/cgi-bin/verify.cgi?code=AAAA-BBBB-CCCC-DDDD').text
    # withdraw before any reviewer acts, change, resubmit -> version 2, diff
    r = c.get('/cgi-bin/app.cgi?id=%s' % app)
    ver = re.search(r'name="op" value="withdraw">\s*<input type="hidden" name="version" value="(\d+)"', r.text).group(1)
    r = c.post('/cgi-bin/app_submit.cgi', {'id': app, 'op': 'withdraw', 'version': ver})
    assert r.status == 303 and sql("SELECT state FROM applications WHERE id=%s" % app)[0][0] == 'draft'
    d = dict(sections('150207', 22)['basic'], legal_rep='赵新法人')
    assert save_section(c, app, 'basic', d).status == 303
    assert submit(c, app).status == 303
    assert sql("SELECT submitted_no FROM applications WHERE id=%s" % app)[0][0] == '2'
    r = c.get('/cgi-bin/app_versions.cgi?id=%s&a=1&b=2' % app)
    # the words that changed are marked, not the whole field
    assert r.status == 200 and '1 处不同' in r.text and '<ins>赵新</ins>法人' in r.text and '<del>王</del>法人' in r.text \
        and '法定代表人' in r.text
    assert logged_in('county-150207').get('/cgi-bin/app_versions.cgi?id=%s&a=1&b=2' % app).status == 200
    v = Client().get('/cgi-bin/verify.cgi?code=%s' % code)
    assert '已撤回' in v.text
    # events and audit
    acts = [a[0] for a in sql("SELECT action FROM app_events WHERE application_id=%s ORDER BY id" % app)]
    assert acts == ['create', 'submit', 'withdraw', 'submit'], acts


def test_deadline_refuses_saving_and_submitting():
    c = new_platform()
    app = start(c)
    fill_complete(c, app, '150203', 40, seed='G')
    closed = new_batch('已截止的批次', (-90, -60, -45, -30), year='YEAR(CURDATE() - INTERVAL 1 YEAR)')
    sql("UPDATE applications SET batch_id=%s WHERE id=%s" % (closed, app))
    ver = sql("SELECT version FROM applications WHERE id=%s" % app)[0][0]
    c.page('/cgi-bin/app.cgi?id=%s' % app)
    r = c.post('/cgi-bin/app_submit.cgi', {'id': app, 'op': 'submit', 'version': ver})
    assert r.status == 303
    t = c.get(r.header('Location')).text
    assert '申报已于%s截止' % cn_date(day(-60)) in t and '已截止，申请报告只读' in t
    assert sql("SELECT state FROM applications WHERE id=%s" % app)[0][0] == 'draft'
    r = c.post('/cgi-bin/app_edit.cgi?id=%s&section=basic' % app, {'legal_rep': 'x', 'sv': '99'})
    assert r.status == 409 and '申报已于%s截止' % cn_date(day(-60)) in r.text


def test_concurrent_section_saves_conflict():
    c = new_platform()
    app = start(c)
    sv = section_version(c, app, 'basic')                       # tab 1 and tab 2 open the section
    r = c.post('/cgi-bin/app_edit.cgi?id=%s&section=basic' % app, {'legal_rep': '甲', 'sv': sv})
    assert r.status == 303
    r = c.post('/cgi-bin/app_edit.cgi?id=%s&section=basic' % app, {'legal_rep': '乙', 'sv': sv})
    assert r.status == 409 and '已在别处' in r.text and 'value="乙"' in r.text
    assert sql("SELECT value FROM app_fields WHERE application_id=%s AND name='legal_rep'" % app)[0][0] == '甲'
    # the conflict page carries the current version: saving again is a deliberate overwrite
    nsv = re.search(r'name="sv" value="(\d+)"', r.text).group(1)
    assert c.post('/cgi-bin/app_edit.cgi?id=%s&section=basic' % app, {'legal_rep': '乙', 'sv': nsv}).status == 303


def test_other_platforms_and_reviewers_cannot_see_drafts():
    c = new_platform()
    app = start(c)
    assert logged_in('platform2').get('/cgi-bin/app.cgi?id=%s' % app).status == 404
    assert logged_in('county-150203').get('/cgi-bin/app.cgi?id=%s' % app).status == 404   # a draft
    assert logged_in('province').get('/cgi-bin/app.cgi?id=%s' % app).status == 404
    assert logged_in('expert1').get('/cgi-bin/app.cgi?id=%s' % app).status == 404     # no assignment
    assert logged_in('platform2').post('/cgi-bin/app_submit.cgi', {'id': app, 'op': 'submit', 'version': '1'}).status == 404


def test_returned_application_is_editable_with_reason_and_resubmits_as_next_version():
    c = new_platform('150207')
    app = start(c)
    fill_complete(c, app, '150207', 55, seed='H')
    assert submit(c, app).status == 303
    # what the 旗县区 review (退回修改) leaves behind; the review pages are another issue
    sql("UPDATE applications SET state='returned', return_reason='请补充典型案例的服务效果数据', version=version+1 WHERE id=%s" % app)
    t = c.get('/cgi-bin/app.cgi?id=%s' % app).text
    assert '退回修改，退回原因：</strong><p class="reason">请补充典型案例的服务效果数据' in t and '提交申请报告' in t
    assert '请补充典型案例' in c.get('/cgi-bin/home.cgi').text
    d = dict(sections('150207', 55)['plan'], plan_2_3='典型案例：某企业设备联网率由40%提升至85%。')
    assert save_section(c, app, 'plan', d).status == 303
    assert submit(c, app).status == 303
    assert sql("SELECT state, submitted_no, return_reason IS NULL FROM applications WHERE id=%s" % app)[0] == ['submitted', '2', '1']
    r = c.get('/cgi-bin/app_versions.cgi?id=%s' % app)             # default: latest against the one before
    assert '1 处不同' in r.text and '典型案例的服务质量和效果' in r.text


def test_same_proof_in_two_platforms_is_flagged_to_reviewers():
    a, b = new_platform('150207'), new_platform('150207')
    app_a, app_b = start(a), start(b)
    same = pdf('the very same invoice')
    for c, app, code in ((a, app_a, uscc('91150207MAJ000001')), (b, app_b, uscc('91150207MAJ000002'))):
        c.page('/cgi-bin/app_ent.cgi?id=%s' % app)
        r = post_files(c, '/cgi-bin/app_ent.cgi?id=%s' % app,
                       {'op': 'save', 'name': '共享发票企业', 'credit_code': code, 'region': '150207',
                        'scale': 'small', 'ent_sub': '60', 'contract_date': day(),
                        'service_content': '改造', 'contract': '10', 'cost': '10'},
                       {'f_invoice': ('发票.pdf', same), 'f_contract': ('合同.pdf', pdf('contract ' + code)),
                        'f_scene': ('场景.pdf', pdf('scene ' + code))})
        assert r.status == 303, r
    fill_complete(b, app_b, '150207', 60, seed='K')
    r = submit(b, app_b)
    assert r.status == 303 and 'check=1' not in r.header('Location')
    ent = sql("SELECT id FROM app_enterprises WHERE application_id=%s AND name='共享发票企业'" % app_b)[0][0]
    t = logged_in('county-150207').get('/cgi-bin/app_ent.cgi?id=%s&ent=%s' % (app_b, ent)).text
    assert re.search(r'同一文件也出现在其他 \d+ 个平台的申报中', t)
    assert '同一文件也出现在其他' not in b.get('/cgi-bin/app_ent.cgi?id=%s&ent=%s' % (app_b, ent)).text
