"""长春's programme, stage 1 (申请 and 入库, 实施细则 第四章（一）): a 长春 enterprise files 附件1 and is driven
through the chain by the real roles -- the 县（市）区 审核推荐 with 资格条件、申报材料、信用情况 confirmed, the 市's
专家评审 and 集体决策 recorded with day and meeting, the published list on the public page -- into the
试点企业库 and its 一企一档; scope (another 县（市）区, an evaluator, another enterprise see nothing); the printed
申请表 against 附件1's rows; 服务商 registration and approval; 评测机构 accounts opened by the 市."""
import os, re
from dt import Client, day, fresh_address, logged_in, sql
from filing import uscc
import cc_filing

# 附件1 长春市中小企业数字化转型试点企业申请表, its row labels and choices as printed in seed 002
ATTACHMENT1_LABELS = ['企业名称', '所属县（市、区）', '注册地址', '企业信用代码', '企业联系人', '联系方式', '企业基本情况',
                      '企业性质', '企业规模', '数字化水平自测等级', '优质中小企业情况', '所属细分行业',
                      '上年度营业收入（万元）', '上年度利润（万元）', '上年度人均营业收入（万元）', '企业总人数',
                      '已有数字化转型投入（万元）']
ATTACHMENT1_CHOICES = ['国有', '民营', '外资', '混合所有制', '其他', '中型企业', '小型企业', '微型企业', '规模以上企业',
                       '规模以下企业', '无等级', '一级', '二级', '三级', '四级', '专精特新“小巨人”企业', '专精特新中小企业',
                       '创新型中小企业', '无', '汽车零部件配件制造业', '轨道交通高端装备制造业', '电子元器件制造业',
                       '中成药生物药品制品制造业']


def new_cc_enterprise(county='220104'):
    n = int.from_bytes(os.urandom(3), 'big') % 1000000
    user = 'cce%06d' % n
    c = Client(source=fresh_address())
    c.page('/cgi-bin/register.cgi')
    code = uscc('91%sMA7%06d' % (county, n))
    r = c.post('/cgi-bin/register.cgi', {
        'kind': 'enterprise', 'org_name': '长春测试企业%06d有限公司' % n, 'credit_code': code, 'region': county,
        'contact_person': '测试', 'mobile': '13904312345', 'email': 'e@example.com', 'username': user,
        'password': 'Test-password-2026', 'password2': 'Test-password-2026'})
    assert r.status == 303, r
    return logged_in(user, 'Test-password-2026'), code


def batch():
    return sql("SELECT MAX(id) FROM batches WHERE programme = 'changchun'")[0][0]


def state(app):
    return sql("SELECT state FROM applications WHERE id = %s" % app)[0][0]


def test_stage_one_from_application_to_the_pilot_library():
    c, code = new_cc_enterprise('220104')                    # 朝阳区: county-cc-3
    app = cc_filing.start(c)
    t = c.get('/cgi-bin/ent_edit.cgi?id=%s&section=c2' % app).text
    for label in ATTACHMENT1_CHOICES:
        assert '>%s</label>' % label in t, label
    # 校验 cites the clause, the 500-字 limit is counted in characters
    r = c.get('/cgi-bin/ent.cgi?id=%s&check=1' % app).text
    assert '实施细则 第四章（一）1 申报条件' in r and '请填写注册地址（企业基本信息）' in r
    r = cc_filing.save(c, app, 'c1', dict(cc_filing.parts()['c1'], c_county='220104', c_profile='数' * 501))
    assert r.status == 422 and '最多500个字，当前501个字' in r.text and 'value="长春市朝阳区前进大街100号"' in r.text
    r = cc_filing.save(c, app, 'c2', dict(cc_filing.parts()['c2'], c_industry='steel'))
    assert r.status == 422 and '请从列出的选项中选择' in r.text
    cc_filing.fill(c, app)
    assert cc_filing.submit(c, app).status == 303 and state(app) == 'submitted'
    assert '已提交，待县（市）区审核推荐' in c.get('/cgi-bin/ent.cgi?id=%s' % app).text

    # another 县（市）区 cannot see it; its own 审核推荐 must confirm each item
    assert logged_in('county-cc-14').get('/cgi-bin/ent.cgi?id=%s' % app).status == 404
    county = logged_in('county-cc-3')
    org = sql("SELECT display_name FROM accounts WHERE credit_code = '%s'" % code)[0][0]
    assert org in county.get('/cgi-bin/queue.cgi').text                     # 待本级办理, with three programmes and more
    t = county.get('/cgi-bin/ent.cgi?id=%s' % app).text
    assert '资格条件：已审核' in t and '<label for="f-confirm_3">' in t
    # 长春's words on the reviewers' and the enterprise's own pages (never 旗县区, 盟市 or 自治区)
    assert '本县（市）区（朝阳区）' in county.get('/cgi-bin/home.cgi').text
    t = logged_in('city-cc').get('/cgi-bin/home.cgi').text
    assert '本市（长春市）' in t and '所辖县（市）区' in t and '旗县区' not in t and '盟市' not in t
    t = c.get('/cgi-bin/profile.cgi').text
    assert '所在县（市）区' in t and '请联系市工信局' in t and '自治区' not in t
    r = cc_filing.decide(county, app, 'pass', '推荐', confirm_1='1', confirm_2='1')
    assert r.status == 422 and '尚未确认：信用情况' in r.text and state(app) == 'submitted'
    # beside the box not ticked, the ticked ones and the opinion kept
    assert re.search(r'id="e-confirm_3">[^<]*尚未确认：信用情况', r.text) and '推荐</textarea>' in r.text
    assert 'name="confirm_1" value="1" checked' in r.text and 'name="confirm_3" value="1" aria-invalid="true"' in r.text
    assert cc_filing.decide(county, app, 'pass', '推荐', **cc_filing.COUNTY_CHECKS).status == 303
    assert state(app) == 'recommended'

    # the 市: 专家评审 and 集体决策 need their day (not in the future) and meeting
    city = logged_in('city-cc')
    assert org in city.get('/cgi-bin/queue.cgi').text
    r = cc_filing.decide(city, app, 'expert_pass', '', act_date=day(1), meeting='专家评审会')
    assert r.status == 422 and re.search(r'id="e-act_date">[^<]*不能晚于今天', r.text)   # beside the field, input kept
    assert 'value="专家评审会"' in r.text and 'name="act_date" value="%s"' % day(1) in r.text
    r = cc_filing.decide(city, app, 'expert_pass', '', act_date=day(-1))
    assert r.status == 422 and re.search(r'id="e-meeting">[^<]*会议', r.text) and state(app) == 'recommended'
    cc_filing.city_decisions(city, app)
    assert state(app) == 'selected'
    rows = sql("SELECT label, act_date, meeting FROM app_decisions WHERE application_id = %s ORDER BY id" % app)
    assert [r[0] for r in rows] == ['审核推荐', '专家评审通过', '集体决策：列入试点企业名单']
    assert str(rows[1][1]) == day(-1) and rows[2][2] == '市工信局局长办公会'
    # not yet public, not yet in the 库
    assert not sql("SELECT 1 FROM pilot_enterprises WHERE credit_code = '%s'" % code)
    # published: on the public page, in the 试点企业库, the 一企一档 readable by the enterprise, its 县区 and 市
    r = cc_filing.publish(city, batch(), '长工信发测试〔%s〕号' % app)
    assert r.status == 303 and state(app) == 'listed'
    pub = Client().get('/cgi-bin/public.cgi').text
    assert '试点企业名单' in pub and org in pub and '长工信发测试〔%s〕号' % app in pub
    assert sql("SELECT COUNT(*) FROM pilot_enterprises WHERE credit_code = '%s'" % code)[0][0] == '1'
    for who in (c, county, city):
        t = who.get('/cgi-bin/pilot.cgi?code=%s' % code).text
        assert '一企一档：%s' % org in t and '市工信局局长办公会' in t and '已公布，入试点企业库' in t
    assert org in city.get('/cgi-bin/pilot.cgi').text and org in county.get('/cgi-bin/pilot.cgi').text
    assert c.get('/cgi-bin/pilot.cgi').status == 303
    p = city.get('/cgi-bin/pilot.cgi?code=%s&print=1' % code)
    assert p.status == 200 and 'print.css' in p.text and '专家评审通过' in p.text
    # scope: another 县（市）区, another enterprise, an evaluator, a 洛阳 reviewer see nothing
    for user in ('county-cc-14', 'cc-enterprise1', 'city-ly'):
        assert logged_in(user).get('/cgi-bin/pilot.cgi?code=%s' % code).status == 404, user
    assert org not in logged_in('county-cc-14').get('/cgi-bin/pilot.cgi').text
    ev = logged_in('evaluator1')
    for url in ('/cgi-bin/pilot.cgi?code=%s' % code, '/cgi-bin/ent.cgi?id=%s' % app, '/cgi-bin/ent_print.cgi?id=%s' % app):
        assert ev.get(url).status in (403, 404), url
    # a second publication finds nothing left
    assert cc_filing.publish(city, batch(), '长工信发重复').status == 409


def test_printed_application_follows_attachment_1():
    c, code = new_cc_enterprise('220173')
    app = cc_filing.start(c)
    cc_filing.fill(c, app)
    assert cc_filing.submit(c, app).status == 303
    t = c.get('/cgi-bin/ent_print.cgi?id=%s' % app).text
    labels = [re.sub(r'<[^>]+>', '', x) for x in re.findall(r'<td[^>]*class="k"[^>]*>(.*?)</td>', t)]
    assert labels == ATTACHMENT1_LABELS, labels
    assert '长春市中小企业数字化转型试点企业申请表' in t and '验证码' in t
    for choice in ATTACHMENT1_CHOICES:
        assert re.search(r'[☑☐] %s　' % re.escape(choice), t), choice
    assert '☑ 汽车零部件配件制造业' in t and '☐ 电子元器件制造业' in t and '☑ 小型企业' in t and code in t
    assert 'baosong.miit.gov.cn/ScaleTest' in t


def test_provider_registers_and_the_city_approves():
    n = int.from_bytes(os.urandom(3), 'big') % 1000000
    c = Client(source=fresh_address())
    c.page('/cgi-bin/register.cgi')
    form = {'kind': 'provider', 'org_name': '长春服务商%06d有限公司' % n, 'credit_code': uscc('91220102MA8%06d' % n),
            'region': '220102', 'contact_person': '服务', 'mobile': '13904319999', 'email': 'p@example.com',
            'username': 'ccp%06d' % n, 'password': 'Test-password-2026', 'password2': 'Test-password-2026'}
    r = c.post('/cgi-bin/register.cgi', form)
    assert r.status == 422 and '请填写主要服务领域' in r.text
    c.page('/cgi-bin/register.cgi')
    assert c.post('/cgi-bin/register.cgi', dict(form, services='咨询诊断、MES')).status == 303
    p = logged_in('ccp%06d' % n, 'Test-password-2026')
    assert '审核通过后试点企业方可选择贵单位' in p.get('/cgi-bin/home.cgi').text
    name = form['org_name']
    assert name not in logged_in('cc-enterprise1').get('/cgi-bin/providers.cgi').text      # not yet approved
    city = logged_in('city-cc')
    t = city.page('/cgi-bin/providers.cgi').text
    assert name in t and '待审核' in t
    pid = sql("SELECT id FROM accounts WHERE username = 'ccp%06d'" % n)[0][0]
    r = city.post('/cgi-bin/providers.cgi', {'op': 'refuse', 'id': pid, 'version': 1})
    assert r.status == 422 and '不予通过须填写理由' in r.text
    assert logged_in('city-ly').post('/cgi-bin/providers.cgi', {'op': 'approve', 'id': pid, 'version': 1}).status == 409
    assert city.post('/cgi-bin/providers.cgi', {'op': 'approve', 'id': pid, 'version': 1}).status == 303
    assert city.post('/cgi-bin/providers.cgi', {'op': 'approve', 'id': pid, 'version': 1}).status == 409
    assert name in logged_in('cc-enterprise1').get('/cgi-bin/providers.cgi').text
    assert name not in logged_in('enterprise1').get('/cgi-bin/providers.cgi').text           # 洛阳: another 市
    assert '已审核通过' in p.get('/cgi-bin/home.cgi').text


def test_the_city_opens_an_evaluator_account():
    n = int.from_bytes(os.urandom(3), 'big') % 1000000
    city = logged_in('city-cc')
    city.page('/cgi-bin/evaluators.cgi')
    r = city.post('/cgi-bin/evaluators.cgi', {'op': 'create', 'username': 'ev%06d' % n, 'display_name': '评测机构%06d' % n})
    assert r.status == 422 and '请填写统一社会信用代码' in r.text and 'value="评测机构%06d"' % n in r.text
    r = city.post('/cgi-bin/evaluators.cgi', {'op': 'create', 'username': 'ev%06d' % n, 'display_name': '评测机构%06d' % n,
                                              'org_credit_code': uscc('12220100MA9%06d' % n), 'contact_person': '评测',
                                              'mobile': '13704310000'})
    assert r.status == 200
    pw = re.search(r'初始密码 <strong><code>([^<]+)</code>', r.text).group(1)
    assert sql("SELECT role, must_change_password FROM accounts WHERE username = 'ev%06d'" % n)[0] == ['evaluator', '1']
    assert 'ev%06d' % n in city.get('/cgi-bin/evaluators.cgi').text
    assert 'ev%06d' % n not in logged_in('city-ly').get('/cgi-bin/evaluators.cgi').text
    assert Client().login('ev%06d' % n, pw).status == 303
