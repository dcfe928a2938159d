"""The award calls (lib/programmes/awards.c): 长春's 标杆及典型案例评选 (002 第四章（七）, 附件6 奖励项目资金申报表) and
洛阳's awards (001 二（六）15-18, rule set luoyang-awards-2025).  Each is driven through its pages: the enterprise
files the form with its 佐证材料 and submits; the 县（市）区 审核推荐 only after confirming each item (长春: 附件6's
fixed declaration among them); the 市 selects on 奖励遴选 on a recorded meeting and day, the amount decided by the
batch's rule set within its caps with the explanation (洛阳: 智能车间 and 智能工厂 together at most 30万 per
enterprise); the counts selected are shown against the minimum counts; the list is published (public page); 财政
pays the decision.  Another 县（市）区 sees none of it.  The printed 附件6 has the attachment's rows in order."""
import re
from dt import Client, day, logged_in, new_batch, pdf, post_files, sql
import award_filing as af
import cc_filing
import ent_filing

decide = cc_filing.decide
# 附件6's row labels in the attachment's order, as the seed (shared/seeds/002_f8d6ebe2e83360e2.txt, "附件 6")
# has them: written here, so the test also runs on a source tree without the seeds (make deploy-test)
ANNEX6_LABELS = ['申报单位名称', '企业信用代码', '所属县（市、区）', '法定代表人', '申报金额（万元）', '项目负责人',
                 '联系方式', '奖励项目类型']


def call(programme, region, title):
    """An award call of a test's own: opened long ago (an enterprise starting without naming a batch starts the
    newest open call, not this), closed again by close()."""
    return new_batch(title, (-90, 30, 40, 50), programme=programme, region=region)


def close(*batches):
    sql("UPDATE batches SET applicant_deadline = CURDATE() - INTERVAL 1 DAY WHERE id IN (%s)" % ','.join(batches))


def decision(app):
    rows = sql("SELECT id, amount_yuan, CONCAT(ruleset, '@', ruleset_version), explanation, kind FROM money_decisions"
               " WHERE application_id = %s AND state = 'decided'" % app)
    return rows[0] if rows else None


def state(app):
    return sql("SELECT state FROM applications WHERE id = %s" % app)[0][0]


def pay(fin, dec, wan, ref):
    r = fin.page('/cgi-bin/payments.cgi?id=%s' % dec)
    assert r.status == 200, r
    ver = re.search(r'name="op" value="pay">.*?name="version" value="(\d+)"', r.text, re.S).group(1)
    return post_files(fin, '/cgi-bin/payments.cgi?id=%s' % dec,
                      {'op': 'pay', 'version': ver, 'pay_day': day(0), 'pay_amount': wan, 'bank_ref': ref},
                      {'voucher': ('付款凭证.pdf', pdf('award voucher %s' % ref))})


def test_changchun_award_from_annex6_to_payment():
    batch = call('changchun_awards', '220100', '长春市标杆评选（测试）')
    try:
        c, n = ent_filing.new_enterprise('220105')           # 二道区: county-cc-4
        app = af.start(c, batch)
        # 校验 of the empty draft: 附件6's fields and the two documents the call asks for, each with its clause
        t = c.get('/cgi-bin/ent.cgi?id=%s&check=1' % app).text
        assert '请填写法定代表人' in t and '请上传加盖单位公章的奖励项目资金申报表（第四章（七）1（1）' in t, t
        assert '请上传相关佐证材料' in t
        # the form offers every type 附件6 names; a type it does not name is refused
        t = c.page('/cgi-bin/ent_edit.cgi?id=%s&section=w1' % app).text
        for label in ('优秀“小快轻准”产品和解决方案', '优秀数字化转型服务商', '数字化改造标杆企业', '数字化改造典型案例',
                      '企业上云优秀案例', '数字化车间（智能工厂）', '“链式”数字化转型模式'):
            assert label in t, label
        assert af.save(c, app, dict(af.CC_FORM, a_type='training')).status == 422
        assert af.save(c, app, af.CC_FORM).status == 303
        af.upload(c, app, af.CC_FILES)
        assert ent_filing.submit(c, app).status == 303 and state(app) == 'submitted'

        # another 县（市）区 sees none of it; the 县（市）区 must confirm 附件6's declaration to recommend
        assert logged_in('county-cc-1').get('/cgi-bin/ent.cgi?id=%s' % app).status == 404
        county = logged_in('county-cc-4')
        t = county.page('/cgi-bin/ent.cgi?id=%s' % app).text
        assert '该项目经审核，申报资料真实性、完整性、合规性、一致性审核符合申报要求。如存在不符合申报条件的情况，愿意承担相关责任。' in t
        r = decide(county, app, 'pass', '', **cc_filing.COUNTY_CHECKS)
        assert r.status == 422 and 'id="e-confirm_4"' in r.text and state(app) == 'submitted'
        assert decide(county, app, 'pass', '', confirm_4='1', **cc_filing.COUNTY_CHECKS).status == 303
        assert state(app) == 'recommended'
        assert county.get('/cgi-bin/awards.cgi?batch=%s' % batch).status in (403, 404)    # the 市's page

        # the 市 selects on 奖励遴选: no meeting, no decision; the amount within 附件6's 申报金额 and the item cap
        city = logged_in('city-cc')
        t = city.page('/cgi-bin/awards.cgi?batch=%s' % batch).text
        assert '洛阳测试企业%06d有限公司' % n in t and '实施细则 第四章（七）未规定评选数量' in t
        r = af.select(city, batch, app, '15', meeting='')
        assert r.status == 422 and 'value="15"' in r.text and decision(app) is None and state(app) == 'recommended'
        r = af.select(city, batch, app, '15', meeting='长春市标杆遴选专家评审会、局长办公会')
        assert r.status == 303, r
        dec, amount, rs, why, kind = decision(app)
        assert (amount, rs, kind) == ('100000', 'changchun-awards-2024@1', 'award'), (amount, rs)
        assert '150000元 超过每个奖励项目上限 100000元' in why and '附件6' in why, why
        assert state(app) == 'selected'
        assert '10 万元' in c.get('/cgi-bin/ent.cgi?id=%s' % app).text or '100000 元' in c.get('/cgi-bin/ent.cgi?id=%s' % app).text

        # the list published, with its 文号: on the public page with the type and the amount
        r = af.publish(city, batch, '')
        assert r.status == 422 and 'id="e-doc_no"' in r.text
        assert af.publish(city, batch, '长工信发〔%s〕%d号' % (day(0)[:4], n % 100)).status == 303
        assert state(app) == 'published'
        t = Client().get('/cgi-bin/public.cgi').text
        row = t.split('洛阳测试企业%06d有限公司' % n)[1].split('</tr>')[0]
        assert '数字化改造标杆企业' in row and '>10<' in row, row

        # 财政 (finance-cc) pays it; 洛阳's 财政 sees nothing of it
        assert logged_in('finance-ly').get('/cgi-bin/payments.cgi?id=%s' % dec).status in (403, 404)
        fin = logged_in('finance-cc')
        assert pay(fin, dec, '11', 'CC-AW-%s' % app).status == 422                  # more than decided
        assert pay(fin, dec, '10', 'CC-AW-%s' % app).status == 303
        assert sql("SELECT SUM(amount_yuan) FROM payments WHERE decision_id = %s" % dec)[0][0] == '100000'
    finally:
        close(batch)


def test_luoyang_awards_cap_workshop_and_factory_at_30_wan_per_enterprise():
    workshops = call('luoyang_awards', '410300', '洛阳市智能车间遴选（测试）')
    factories = call('luoyang_awards', '410300', '洛阳市智能工厂遴选（测试）')
    try:
        # the 智能工厂 call takes only 智能工厂 (a call per type): 校验 says so for another type
        sql("INSERT INTO batch_params (batch_id, name, value) VALUES (%s, 'award_types', 'factory')" % factories)
        c, n = ent_filing.new_enterprise('410329')           # 伊川县: county-ly-4
        ws = af.filed(c, workshops, af.LY_FORM, af.LY_FILES)
        fa = af.start(c, factories)
        assert af.save(c, fa, af.LY_FORM).status == 303
        af.upload(c, fa, af.LY_FILES)
        t = c.get('/cgi-bin/ent.cgi?id=%s&check=1' % fa).text
        assert '本批次只遴选以下奖励类型：智能工厂（洛阳市智能工厂遴选（测试））' in t
        ent_filing.submit(c, fa)
        assert state(fa) == 'draft'                          # refused: 校验 has a problem
        assert af.save(c, fa, dict(af.LY_FORM, a_type='factory', a_project='轴承智能工厂')).status == 303
        assert ent_filing.submit(c, fa).status == 303
        assert logged_in('county-ly-6').get('/cgi-bin/ent.cgi?id=%s' % ws).status == 404
        county = logged_in('county-ly-4')
        r = decide(county, ws, 'pass', '', confirm_1='1', confirm_2='1')
        assert r.status == 422 and 'id="e-confirm_3"' in r.text
        for app in (ws, fa):
            assert decide(county, app, 'pass', '', confirm_1='1', confirm_2='1', confirm_3='1').status == 303

        city = logged_in('city-ly')
        t = city.page('/cgi-bin/awards.cgi?batch=%s' % workshops).text
        assert '不少于30家' in t and '二（六）15：打造智能车间、智能工厂不少于30家' in t
        assert '不少于25家' in t and '不少于10个' in t and '不少于8家' in t and '不少于4个' in t
        # the 智能车间 at its cap of 10万 (12万 proposed)
        assert af.select(city, workshops, ws, '12').status == 303
        d1 = decision(ws)
        assert d1[1] == '100000' and '单项上限' in d1[3] and d1[2] == 'luoyang-awards-2025@1', d1
        # the 智能工厂: 30万 proposed, within its own 30万 cap, but only 20万 of the enterprise's 30万 is left
        assert af.select(city, factories, fa, '30').status == 303
        d2 = decision(fa)
        assert d2[1] == '200000', d2
        assert '已获智能车间、智能工厂奖励 100000元 = 尚余 200000元' in d2[3] and '单个企业最高奖励总额不超过30万元' in d2[3], d2[3]
        assert af.publish(city, workshops, '洛工信〔%s〕%d号' % (day(0)[:4], n % 100)).status == 303
        assert af.publish(city, factories, '洛工信〔%s〕%d号' % (day(0)[:4], n % 100 + 1)).status == 303
        assert state(ws) == 'published' and state(fa) == 'published'
        t = Client().get('/cgi-bin/public.cgi').text
        assert '智能工厂（二（六）15）' in t and '洛阳测试企业%06d有限公司' % n in t

        fin = logged_in('finance-ly')
        assert pay(fin, d2[0], '20', 'LY-AW-%s' % fa).status == 303
        assert sql("SELECT SUM(amount_yuan) FROM payments WHERE decision_id = %s" % d2[0])[0][0] == '200000'
    finally:
        close(workshops, factories)


def test_annex6_printed_as_the_attachment():
    """The printed 附件6: the title and every label of the attachment's rows, in the attachment's order, the
    applicant's commitment and the 县（市、区） declaration in its words."""
    batch = call('changchun_awards', '220100', '长春市标杆评选（打印测试）')
    try:
        c, n = ent_filing.new_enterprise('220105')
        app = af.filed(c, batch, af.CC_FORM, af.CC_FILES)
        t = c.page('/cgi-bin/ent_print.cgi?id=%s' % app).text
        assert '长春市中小企业数字化转型城市试点奖励项目资金申报表' in t and '附件6' in t
        at = 0
        for label in ANNEX6_LABELS:
            i = t.find(label, at)
            assert i > 0, (label, 'not in order')
            at = i
        assert '☑ 数字化改造标杆企业' in t and '☐ 企业上云优秀案例' in t
        assert '此次申报项目填报内容真实、合法、有效' in t and '法定代表人（签章）' in t
        assert t.find('申请单位承诺') < t.find('该项目经审核，申报资料真实性、完整性、合规性、一致性审核符合申报要求')
    finally:
        close(batch)


def test_a_city_makes_an_award_call_for_one_type():
    city = logged_in('city-ly')
    t = city.page('/cgi-bin/batch.cgi?programme=luoyang_awards').text
    assert '本批次遴选的奖励类型' in t
    form = {'programme': 'luoyang_awards', 'year': day(300)[:4], 'title': '洛阳市智能工厂遴选（批次测试）', 'open_date': day(300),
            'applicant_deadline': day(330)}
    r = city.post('/cgi-bin/batch.cgi', dict(form, award_types='智能工厂\n智慧园区'))
    assert r.status == 422 and '“智慧园区”不是可选的奖励类型' in r.text and '智慧园区</textarea>' in r.text
    r = city.post('/cgi-bin/batch.cgi', dict(form, award_types='智能工厂\n智能车间（二（六）15）'))
    assert r.status == 303, r
    bid = re.search(r'id=(\d+)', r.header('Location')).group(1)
    assert sql("SELECT b.programme, b.region_code, b.ruleset, p.value FROM batches b JOIN batch_params p ON p.batch_id = b.id"
               " AND p.name = 'award_types' WHERE b.id = %s" % bid)[0] == ['luoyang_awards', '410300', 'luoyang-awards-2025',
                                                                           'factory,workshop']
    assert '>智能车间\n智能工厂</textarea>' in city.page('/cgi-bin/batch.cgi?id=%s' % bid).text
    # 长春's call belongs to 长春: 洛阳's 市 cannot make one
    r = city.post('/cgi-bin/batch.cgi', dict(form, programme='changchun_awards'))
    assert r.status in (400, 403, 404, 422) and not sql("SELECT 1 FROM batches WHERE programme = 'changchun_awards' AND region_code = '410300'")


def new_provider(county, city_user):
    """A 服务商 registered in the 县区 through the register page and approved by its 市 on providers.cgi; its client,
    name and 统一社会信用代码."""
    import os
    from dt import fresh_address
    from filing import uscc
    n = int.from_bytes(os.urandom(3), 'big') % 1000000
    c = Client(source=fresh_address())
    c.page('/cgi-bin/register.cgi')
    code = uscc('91%sMA7%06d' % (county, n))
    r = c.post('/cgi-bin/register.cgi', {'kind': 'provider', 'org_name': '洛阳服务商%06d有限公司' % n, 'credit_code': code,
                                         'region': county, 'contact_person': '服务', 'mobile': '13903799999', 'email': 'p@example.com',
                                         'services': '咨询诊断、MES', 'username': 'lyp%06d' % n,
                                         'password': 'Test-password-2026', 'password2': 'Test-password-2026'})
    assert r.status == 303, r
    return logged_in('lyp%06d' % n, 'Test-password-2026'), '洛阳服务商%06d有限公司' % n, code, n


def test_a_provider_applies_in_its_own_name_and_is_paid_to_its_credit_code():
    """001 二（六）16-17 / 002 第四章（七）: the 服务商 types are applied for by the 服务商 itself (its 统一社会信用代码),
    reviewed by the 县区 of its registration (a local choice, said with the call), selected and paid like the others;
    an enterprise cannot take a 服务商 type, nor a 服务商 an enterprise type."""
    batch = call('luoyang_awards', '410300', '洛阳市优质服务商遴选（测试）')
    try:
        p, name, code, n = new_provider('410329', 'city-ly')           # 伊川县: county-ly-4
        assert '奖励申报' in p.get('/cgi-bin/home.cgi').text
        t = p.page('/cgi-bin/ent.cgi').text
        assert '由其注册所在县（市）区工信主管部门审核推荐（本地选择' in t
        app = af.start(p, batch)
        t = p.page('/cgi-bin/ent_edit.cgi?id=%s&section=w1' % app).text
        assert '统一社会信用代码' in t and code in t and name in t and 'name="a_type"' in t
        # an enterprise type is refused beside the field with the clause, what was typed kept
        r = af.save(p, app, dict(af.LY_FORM, a_project='数字化改造服务案例'))
        assert r.status == 422 and '服务商只能申报本单位的奖励类型' in r.text and '二（六）17' in r.text
        assert 'value="数字化改造服务案例"' in r.text
        assert af.save(p, app, dict(af.LY_FORM, a_type='provider', a_project='数字化改造服务案例')).status == 303
        af.upload(p, app, af.LY_FILES)
        # not yet approved by its 市: 校验 says so and the submission is refused
        t = p.get('/cgi-bin/ent.cgi?id=%s&check=1' % app).text
        assert '服务商须经市工信局审核通过' in t
        ent_filing.submit(p, app)
        assert state(app) == 'draft'
        city = logged_in('city-ly')
        pid = sql("SELECT account_id FROM applications WHERE id = %s" % app)[0][0]
        city.page('/cgi-bin/providers.cgi')
        assert city.post('/cgi-bin/providers.cgi', {'op': 'approve', 'id': pid, 'version': 1}).status == 303
        assert ent_filing.submit(p, app).status == 303
        assert state(app) == 'submitted'
        assert '已提交' in p.get('/cgi-bin/home.cgi').text

        # an enterprise cannot apply for a 服务商 type
        e, en = ent_filing.new_enterprise('410329')
        eapp = af.start(e, batch)
        r = af.save(e, eapp, dict(af.LY_FORM, a_type='provider'))
        assert r.status == 422 and '“优质数字化服务商”由数字化转型服务商以本单位名义申报，企业不能申报（实施方案 二（二）5' in r.text

        # the 县区 of its registration reviews it; another does not see it
        assert logged_in('county-ly-6').get('/cgi-bin/ent.cgi?id=%s' % app).status == 404
        county = logged_in('county-ly-4')
        assert name in county.get('/cgi-bin/queue.cgi?state=submitted').text
        assert decide(county, app, 'pass', '', confirm_1='1', confirm_2='1', confirm_3='1').status == 303
        # selected on 奖励遴选, the money decided to the 服务商's own credit code
        t = city.page('/cgi-bin/awards.cgi?batch=%s' % batch).text
        assert name in t and code in t
        assert af.select(city, batch, app, '12').status == 303
        d = decision(app)
        assert d[1] == '100000' and d[4] == 'award', d
        assert sql("SELECT credit_code FROM money_decisions WHERE id = %s" % d[0])[0][0] == code
        assert af.publish(city, batch, '洛工信〔%s〕%d号' % (day(0)[:4], n % 100 + 40)).status == 303
        assert state(app) == 'published'
        t = Client().get('/cgi-bin/public.cgi').text
        assert name in t and '优质数字化服务商（二（六）17）' in t
        assert pay(logged_in('finance-ly'), d[0], '10', 'LY-PV-%s' % app).status == 303
        assert code in logged_in('finance-ly').get('/cgi-bin/payments.cgi?id=%s' % d[0]).text
    finally:
        close(batch)


def test_a_changchun_provider_cannot_take_an_enterprise_type_and_an_enterprise_not_a_provider_type():
    batch = call('changchun_awards', '220100', '长春市服务商评选（测试）')
    try:
        p = logged_in('provider1')
        app = af.start(p, batch)
        r = af.save(p, app, af.CC_FORM)
        assert r.status == 422 and '服务商只能申报本单位的奖励类型' in r.text and '第三章（四）' in r.text
        assert af.save(p, app, dict(af.CC_FORM, a_type='product')).status == 303
        c, n = ent_filing.new_enterprise('220105')
        eapp = af.start(c, batch)
        r = af.save(c, eapp, dict(af.CC_FORM, a_type='provider'))
        assert r.status == 422 and '“优秀数字化转型服务商”由数字化转型服务商以本单位名义申报，企业不能申报' in r.text
    finally:
        close(batch)


def test_the_demo_provider_waits_for_its_county():
    """sql/demo/0014-ly-provider.sql + scripts/demo-filings: provider-ly1's own application, waiting for county-ly-6."""
    app = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username = 'provider-ly1'")[0][0]
    assert state(app) == 'submitted'
    t = logged_in('provider-ly1').get('/cgi-bin/home.cgi').text
    assert '奖励申报' in t and 'ent.cgi?id=%s' % app in t and '我的申报' in t
    assert '洛阳数智转型科技服务有限公司' in logged_in('county-ly-6').get('/cgi-bin/queue.cgi?state=submitted').text
