"""长春's 项目验收 (实施细则 第四章（五）): the 市's confirming of 水平评测 opens it; the enterprise files 附件4 and
submits; the project's 评测机构 (evaluator1, the one of its 水平评测) records 书面 and 现场 and its 验收意见 with the
评测工作方案; the 县（市）区's 意见 makes it take effect: 验收通过, or a 整改期 of at most a month from the 验收 day in
which the enterprise may apply once more; a second failure or a missed 整改 (closed by the 市) ends it 未通过.  A pass
below 二级 is refused beside the field (第五章（三））.  Another 评测机构 or 县（市）区 sees nothing.  附件4 and
附件5 print row by row as the seed has them."""
import datetime, html, re
from dt import day, logged_in, sql
import cc_accept as A
from cc_accept import month_after


def text(r):
    return html.unescape(re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', r.text)))


def state(app):
    return sql("SELECT state FROM applications WHERE id = %s" % app)[0][0]


def test_an_enterprise_applies_and_passes():
    c, org, app = A.evaluated('220102', 'county-cc-1')                     # 南关区, 60 分: 三级
    e1, e2, county, city = logged_in('evaluator1'), logged_in('evaluator2'), logged_in('county-cc-1'), logged_in('city-cc')
    assert state(app) == 'draft' and '当前阶段：<strong>项目验收</strong>' in c.get('/cgi-bin/home.cgi').text
    assert '试点项目进入项目验收阶段' in c.get('/cgi-bin/messages.cgi').text
    # 校验 citing the clause: the 承诺 unticked, a cloud without its service
    r = A.save(c, app, 'a2', dict(A.parts()['a2'], a_cloud_text=''))
    assert r.status == 422 and '已勾选上云，请填写所用的云服务（附件4 云应用情况）' in text(r)
    A.fill(c, app, a_pledge='')
    r = A.submit(c, app)
    assert r.status == 303 and 'check=1' in r.header('Location') and state(app) == 'draft'
    t = text(c.get(r.header('Location').split('#')[0]))
    assert '企业承诺' in t and '所有申报资料均真实' in t, t
    A.fill(c, app)
    # nothing to do for the 评测机构 before the application; the enterprise submits (the 评测机构 is told)
    assert A.opinion(e1, app).status == 409 or state(app) == 'draft'
    assert A.submit(c, app).status == 303 and state(app) == 'applied'
    assert '待办：%s的改造项目验收' % org in e1.get('/cgi-bin/messages.cgi').text
    assert org in e1.get('/cgi-bin/accept.cgi').text and '已申请验收，待评测机构验收' in e1.get('/cgi-bin/home.cgi').text
    # scope: another 评测机构, another 县（市）区, a 服务商
    for who, want in ((e2, 404), (logged_in('county-cc-14'), 404), (logged_in('provider1'), 403), (county, 200), (city, 200)):
        assert who.get('/cgi-bin/accept.cgi?id=%s' % app).status == want, who
    assert org not in e2.get('/cgi-bin/accept.cgi').text
    assert A.opinion(e2, app).status == 404 and A.county(county, app).status in (403, 409)
    # the 验收意见: the expert group, both reviews, the 评测工作方案, each beside its field
    r = A.step(e1, app, 'accept_pass', {'act_date': day(0), 'opinion': '好'})
    t = text(r)
    assert r.status == 422 and '请填写书面材料审核日期' in t and '请填写现场核查日期' in t and '请填写专家组负责人' in t
    assert '请上传评测工作方案' in t
    r = A.opinion(e1, app, on=day(1))
    assert r.status == 422 and '不能晚于今天' in r.text
    assert A.opinion(e1, app).status == 303 and state(app) == 'opined_pass'
    row = sql("SELECT round, result, paper_on, site_on, accepted_on, leader, rectify_until IS NULL FROM cc_acceptances"
              " WHERE application_id = %s" % app)
    assert row == [['1', 'pass', day(-2), day(-1), day(0), '李组长', '1']], row
    assert '评测机构验收意见：通过，待县（市）区意见' in county.get('/cgi-bin/home.cgi').text
    # the 县（市）区's 意见, required, makes it 验收通过
    r = A.county(county, app, text='')
    assert r.status == 422 and '须填写意见' in r.text
    assert A.county(county, app).status == 303 and state(app) == 'passed'
    t = text(c.get('/cgi-bin/accept.cgi?id=%s' % app))
    assert '验收通过' in t and '三级' in t and '同意评测机构验收意见。' in t and '评测工作方案.pdf' in t
    assert 'accept.cgi?id=%s&amp;format=print' % app in c.get('/cgi-bin/ent.cgi?id=%s' % app).text
    labels = [x[0] for x in sql("SELECT label FROM app_decisions WHERE application_id = %s ORDER BY id" % app)]
    assert labels == ['出具验收意见：通过验收', '出具县（市）区意见：验收通过'], labels
    assert '出具县（市）区意见：验收通过' in e1.get('/cgi-bin/messages.cgi').text
    # the audit log, in words: the steps and the states in Chinese
    audit = [x[0] for x in sql("SELECT action FROM audit_log WHERE object_type = 'application' AND object_id = %s" % app)]
    assert {'application.submit', 'review.accept_pass', 'review.county_pass'} <= set(audit), audit
    t = text(logged_in('province').get('/cgi-bin/audit.cgi?object=%s' % app))
    assert '出具验收意见：通过验收' in t and '评测机构验收意见：通过，待县（市）区意见' in t and '验收通过' in t, t
    assert 'opined_pass' not in t and 'county_pass' not in t


def test_a_pass_below_level_two_is_refused_beside_the_field():
    c, org, app = A.evaluated('220103', 'county-cc-2', total=(9, 9, 9, 9))   # 宽城区, 36 分: 一级
    e1 = logged_in('evaluator1')
    assert A.submit(c, app).status == 303
    assert '一级' in text(e1.get('/cgi-bin/accept.cgi?id=%s' % app))
    r = A.opinion(e1, app)
    assert r.status == 422
    err = re.search(r'id="e-action">(.*?)</p>', r.text)
    assert err and '未达到二级' in err.group(1) and '第五章（三）' in err.group(1), r.text[:200]
    assert 'value="李组长"' in r.text and state(app) == 'applied'            # input kept
    # it may fail, with its 整改要求
    assert A.opinion(e1, app, 'fail').status == 303 and state(app) == 'opined_fail'


def test_rectify_then_pass():
    c, org, app = A.evaluated('220104', 'county-cc-3')                     # 朝阳区
    e1, county, city = logged_in('evaluator1'), logged_in('county-cc-3'), logged_in('city-cc')
    assert A.submit(c, app).status == 303
    r = A.opinion(e1, app, 'fail', text='')
    assert r.status == 422 and '须填写意见' in r.text
    assert A.opinion(e1, app, 'fail', on=day(-3)).status == 303 and state(app) == 'opined_fail'
    assert A.county(county, app, '同意限期整改。').status == 303 and state(app) == 'returned'
    until = month_after(day(-3))
    assert sql("SELECT rectify_until FROM cc_acceptances WHERE application_id = %s" % app)[0][0] == until
    left = (datetime.date.fromisoformat(until) - datetime.date.fromisoformat(day(0))).days
    # the 整改期 with its days left, for the enterprise, the 县（市）区 and the 市
    for who in (c, county, city):
        t = text(who.get('/cgi-bin/accept.cgi?id=%s' % app))
        assert '整改期限 %s' % until in t and '剩余 %d 天' % left in t, t[:300]
    t = text(c.get('/cgi-bin/ent.cgi?id=%s' % app))
    assert '质量追溯未覆盖原料批次' in t
    # the timeline in the stage's words
    assert '提交验收申请 已申请验收，待评测机构验收' in t and '出具县（市）区意见：限期整改 未通过验收，整改中' in t, t
    assert '未通过验收，整改中' in c.get('/cgi-bin/home.cgi').text
    # the 市 may not close it within the 整改期
    r = A.step(city, app, 'close')
    assert r.status == 422 and '期满前企业仍可再次申请验收' in r.text and state(app) == 'returned'
    assert org not in city.get('/cgi-bin/accept.cgi?overdue=1').text
    # the enterprise changes its 附件4 and applies once more; the 评测机构 passes it (its 工作方案 on file)
    A.fill(c, app, a_content='补充原料批次追溯：原料入库扫码、投料防错、批次正反向追溯，已试运行一个月。')
    assert A.submit(c, app).status == 303 and state(app) == 'resubmitted'
    assert A.opinion(e1, app, plan=False).status == 303 and state(app) == 'opined_pass2'
    assert '整改后评测机构验收意见：通过，待县（市）区意见' in county.get('/cgi-bin/home.cgi').text
    assert A.county(county, app).status == 303 and state(app) == 'passed'
    assert [x[0] for x in sql("SELECT result FROM cc_acceptances WHERE application_id = %s ORDER BY round" % app)] == ['fail', 'pass']
    assert sql("SELECT COUNT(*) FROM app_versions WHERE application_id = %s" % app)[0][0] == '2'


def test_a_missed_rectification_and_a_second_failure_close_the_project():
    c, org, app = A.evaluated('220105', 'county-cc-4')                     # 二道区
    e1, county, city = logged_in('evaluator1'), logged_in('county-cc-4'), logged_in('city-cc')
    assert A.submit(c, app).status == 303
    # 验收 40 days ago: its 整改期 is over
    assert A.opinion(e1, app, 'fail', on=day(-40)).status == 303
    assert A.county(county, app, '同意限期整改。', on=day(-39)).status == 303 and state(app) == 'returned'
    r = A.submit(c, app)
    assert r.status == 303 and state(app) == 'returned'
    assert '整改期已于 %s 届满，不能再次申请验收' % month_after(day(-40)) in text(c.get(r.header('Location').split('#')[0]))
    assert org in city.get('/cgi-bin/accept.cgi?overdue=1').text
    assert '已期满' in text(city.get('/cgi-bin/accept.cgi?overdue=1'))
    assert A.step(county, app, 'close').status == 403
    assert A.step(city, app, 'close').status == 303 and state(app) == 'failed'
    assert '验收未通过（已关闭）' in text(c.get('/cgi-bin/accept.cgi?id=%s' % app))

    # another: applied again within its 整改期, failed again: closed, and no third application
    c2, org2, app2 = A.evaluated('220106', 'county-cc-5')                  # 绿园区
    county2 = logged_in('county-cc-5')
    assert A.submit(c2, app2).status == 303
    assert A.opinion(e1, app2, 'fail').status == 303 and A.county(county2, app2).status == 303
    assert A.submit(c2, app2).status == 303 and state(app2) == 'resubmitted'
    assert A.opinion(e1, app2, 'fail', plan=False).status == 303 and state(app2) == 'opined_fail2'
    assert A.county(county2, app2, '同意，验收未通过。').status == 303 and state(app2) == 'failed'
    ver = sql("SELECT version FROM applications WHERE id = %s" % app2)[0][0]
    assert c2.post('/cgi-bin/app_submit.cgi', {'id': app2, 'op': 'submit', 'version': ver}).status in (303, 403, 409)
    assert state(app2) == 'failed'
    assert sql("SELECT COUNT(*) FROM cc_acceptances WHERE application_id = %s" % app2)[0][0] == '2'
    assert c2.get('/cgi-bin/ent_edit.cgi?id=%s&section=a2' % app2).status in (200, 409)
    assert 'name="op" value="submit"' not in c2.get('/cgi-bin/ent.cgi?id=%s' % app2).text


def test_the_county_returns_an_opinion_to_the_evaluator():
    """The 县（市）区 returns the 评测机构's 验收意见 (with its reason) instead of giving its 意见: the 评测机构 is told,
    has it on its to-do list again and issues it anew; the 整改期 runs from the day of the opinion that takes effect;
    a returned round 2 stays round 2 (no third application for the enterprise)."""
    c, org, app = A.evaluated('220122', 'county-cc-8')                     # 农安县
    e1, county, other = logged_in('evaluator1'), logged_in('county-cc-8'), logged_in('county-cc-9')
    assert A.submit(c, app).status == 303
    assert A.opinion(e1, app, 'fail', on=day(-3)).status == 303 and state(app) == 'opined_fail'
    t = county.get('/cgi-bin/accept.cgi?id=%s' % app).text
    assert 'value="opinion_return"' in t and '<label for="f-action-opinion_return">退回评测机构重新出具验收意见</label>' in t
    assert 'data-autosave="accept-%s-' % app in t
    # the reason is required, beside the field; another 县（市）区 cannot
    r = A.step(county, app, 'opinion_return', {'opinion': ''})
    assert r.status == 422 and '须填写意见' in r.text and state(app) == 'opined_fail'
    assert A.step(other, app, 'opinion_return', {'opinion': '不同意'}).status == 404 and state(app) == 'opined_fail'
    reason = '现场核查未见原料批次追溯的试运行记录，请补充核查后重新出具验收意见。'
    assert A.step(county, app, 'opinion_return', {'opinion': reason}).status == 303 and state(app) == 'applied'
    assert sql("SELECT COUNT(*) FROM cc_acceptances WHERE application_id = %s" % app)[0][0] == '0'
    assert sql("SELECT round, result, accepted_on, reason FROM cc_accept_returns WHERE application_id = %s" % app) == \
        [['1', 'fail', day(-3), reason]]
    # the 评测机构: its message, its to-do, the reason on the page with the returned opinion
    assert '县（市）区退回验收意见，请修改后重新出具' in e1.get('/cgi-bin/messages.cgi').text
    assert '已申请验收，待评测机构验收' in e1.get('/cgi-bin/home.cgi').text
    t = text(e1.get('/cgi-bin/accept.cgi?id=%s' % app))
    assert '县（市）区已退回验收意见，待评测机构修改后重新出具： ' + reason in t, t[:600]
    assert '县（市）区退回的验收意见' in t and '质量追溯未覆盖原料批次' in t and '评测机构尚未出具验收意见' in t
    # the timeline and the audit log, in words
    t = text(c.get('/cgi-bin/accept.cgi?id=%s' % app))
    assert '退回评测机构重新出具验收意见' in t and reason in t
    assert 'review.opinion_return' in [x[0] for x in sql("SELECT action FROM audit_log WHERE object_type = 'application'"
                                                         " AND object_id = %s" % app)]
    # issued anew (the 评测工作方案 on file), the 整改期 from the new 验收 day
    assert A.opinion(e1, app, 'fail', plan=False).status == 303 and state(app) == 'opined_fail'
    assert A.county(county, app, '同意限期整改。').status == 303 and state(app) == 'returned'
    assert sql("SELECT rectify_until FROM cc_acceptances WHERE application_id = %s AND round = 1" % app)[0][0] == month_after(day(0))
    # round 2: passed, returned, stays round 2 (the enterprise has made its one application), passed again
    assert A.submit(c, app).status == 303 and state(app) == 'resubmitted'
    assert A.opinion(e1, app, plan=False).status == 303 and state(app) == 'opined_pass2'
    assert A.step(county, app, 'opinion_return', {'opinion': '请附现场核查照片。'}).status == 303 and state(app) == 'resubmitted'
    assert sql("SELECT round, result FROM cc_acceptances WHERE application_id = %s" % app) == [['1', 'fail']]
    assert 'name="op" value="submit"' not in c.get('/cgi-bin/ent.cgi?id=%s' % app).text
    assert '整改后再次申请验收，待评测机构验收' in e1.get('/cgi-bin/home.cgi').text
    assert A.opinion(e1, app, plan=False).status == 303 and state(app) == 'opined_pass2'
    assert A.county(county, app).status == 303 and state(app) == 'passed'
    assert [x[0] for x in sql("SELECT result FROM cc_acceptances WHERE application_id = %s ORDER BY round" % app)] == ['fail', 'pass']
    assert sql("SELECT COUNT(*) FROM cc_accept_returns WHERE application_id = %s" % app)[0][0] == '2'
    # once the 县（市）区 has given its 意见 there is nothing to return
    assert A.step(county, app, 'opinion_return', {'opinion': '再退回'}).status in (403, 409) and state(app) == 'passed'


# 附件4's row labels in order and 附件5's, as the seed prints them
ATTACHMENT4 = ['企业名称', '法人代表', '企业信用代码', '通讯地址', '所属县（市、区）', '项目负责人', '联系电话', '所属细分行业',
               '项目名称', '项目起止时间', '主要完成的建设内容', '数字化水平等级', '云应用情况', '改造总花费（万元）',
               '数字化改造成效（从降本、提质、增效、减存、绿色、安全等方面描述，500字以内）', '企业承诺']
ATTACHMENT5 = ['项目单位名称', '所属县（市、区）', '项目名称', '项目负责人', '联系方式', '第三方评测机构审核意见',
               '所属县（市、区）工信主管部门']


def labels(t):
    return [re.sub(r'<[^>]+>', '', x) for x in re.findall(r'<td[^>]*class="k"[^>]*>(.*?)</td>', t)]


def test_print_follows_attachments_4_and_5():
    c, org, app = A.evaluated('220112', 'county-cc-6')                     # 双阳区
    assert A.submit(c, app).status == 303
    t = c.get('/cgi-bin/ent_print.cgi?id=%s' % app).text
    assert labels(t) == ATTACHMENT4, labels(t)
    flat = re.sub(r'<[^>]+>', '', t)
    for row in ('附件4', '长春市中小企业数字化转型城市试点改造项目验收申请表', '申请企业基本信息', '项目建设内容完成情况',
                '改造阶段', '改造前', '改造后', '创新方面成效', '市场方面成效', '提质方面成效', '降本方面成效', '增效方面成效',
                '绿色方面成效', '安全方面成效', '法定代表人（签章）', '单位公章', '验证码',
                '☑ 所有申报资料均真实、完整、有效，如有不实，愿意承担相应责任。'):
        assert row in flat, row
    for box in ('无等级', '1级（20分～40分）', '2级（40分～60分）', '3级（60分～80分）', '4级（80分以上）', '汽车零部件配件制造业',
                '轨道交通高端装备制造业', '电子元器件制造业', '中成药生物药品制品制造业'):
        assert re.search(r'[☑☐] %s' % re.escape(box), flat), box
    assert '☑ 混合云：吉林政务云+本地私有云' in flat and '☐ 公有云：____' in flat and '☐ 未上云' in flat
    assert '改造前：☐ 无等级　☑ 1级' in flat and '改造后：☐ 2级（40分～60分）　☑ 3级' in flat
    # 附件5: blank before the 验收意见, then filled with the dates
    e1 = logged_in('evaluator1')
    t = e1.get('/cgi-bin/accept.cgi?id=%s&format=print' % app).text
    assert labels(t) == ATTACHMENT5, labels(t)
    assert A.opinion(e1, app).status == 303 and A.county(logged_in('county-cc-6'), app).status == 303
    t = e1.get('/cgi-bin/accept.cgi?id=%s&format=print' % app).text
    assert labels(t) == ATTACHMENT5, labels(t)
    flat = re.sub(r'<[^>]+>', '', t)
    y, m, d = (int(x) for x in day(0).split('-'))
    for row in ('附件5', '第三方评测机构出具的企业数字化改造项目验收意见', org, '中成药生产MES与质量追溯项目', '赵负责', '13904310066',
                '验收结论：通过验收。', '负责人签字：李组长', '组员签字：王组员、张组员', '同意评测机构验收意见。',
                '%d年%d月%d日' % (y, m, d)):
        assert row in flat, row
    assert e1.get('/cgi-bin/accept.cgi?id=%s&format=pdf' % app).status == 200
