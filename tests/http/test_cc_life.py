"""长春's pilot after selection (实施细则 第四章（二）): publishing the 试点企业名单 opens the project's next stage
(咨询诊断) in the same step; the enterprise chooses an approved 服务商 and uploads the 服务协议, the 服务商 -- who
then sees that project and no other -- records the day it completed the service and hands in the 咨询诊断报告
with the 自评测 level; the report is due two weeks after that day (due today: not overdue; a day later: overdue
for the 县（市）区, the 市 and on the 服务商 page); the enterprise uploads the 满意度评价表 and rates; the 市's
诊断验收 returns it with a reason, then passes it.  Another 服务商, 县（市）区, 评测机构 see nothing."""
import html, os, re
from dt import day, logged_in, sql
import cc_life
from cc_life import account, diagnosed, listed


def text(r):
    return html.unescape(re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', r.text)))


def test_publishing_opens_the_diagnosis_and_the_provider_works_it():
    c, org, app = listed('220104', 'county-cc-3')                       # 朝阳区
    # the publish step opened the next stage of the programme for the same project, batch, region
    rows = sql("SELECT d.id, d.state, d.batch_id = p.batch_id, d.region_code = p.region_code, d.account_id = p.account_id"
               " FROM applications p JOIN applications d ON d.project_id = p.project_id AND d.stage = 'diagnosis'"
               " WHERE p.id = %s" % app)
    assert len(rows) == 1 and rows[0][1:] == ['draft', '1', '1', '1'], rows
    diag = rows[0][0]
    assert sql("SELECT state FROM applications WHERE id = %s" % app)[0][0] == 'listed'
    assert '进入咨询诊断阶段' in sql("SELECT opinion FROM app_events WHERE application_id = %s" % diag)[0][0]
    # the enterprise's home names the stage open now and leads to it; the stage list on the overview
    home = c.get('/cgi-bin/home.cgi').text
    assert '当前阶段：<strong>咨询诊断</strong>' in home and 'ent.cgi?id=%s"' % diag in home
    r = c.get('/cgi-bin/ent.cgi?id=%s' % diag)
    assert r.status == 303 and r.header('Location').endswith('/cgi-bin/diag.cgi?id=%s' % diag)
    assert '项目当前阶段：<strong>咨询诊断</strong>' in c.get('/cgi-bin/ent.cgi?id=%s' % app).text
    assert '试点项目进入咨询诊断阶段' in c.get('/cgi-bin/messages.cgi').text

    # choosing: an approved 服务商 of its 市 and the signed agreement, each refused in words beside its field
    t = c.page('/cgi-bin/diag.cgi?id=%s' % diag).text
    assert '长春数智工业互联网科技有限公司' in t and '<label for="f-provider">' in t and '<label for="f-upload">' in t
    r = cc_life.step(c, diag, 'choose', {'provider': account('provider1')})
    assert r.status == 422 and '请上传双方签署的咨询诊断服务协议' in r.text
    r = cc_life.choose(c, diag, account('city-cc'))
    assert r.status == 422 and '请选择本市已审核通过的服务商' in r.text
    assert sql("SELECT state FROM applications WHERE id = %s" % diag)[0][0] == 'draft'
    p1, p2 = logged_in('provider1'), logged_in('provider2')
    assert p1.get('/cgi-bin/diag.cgi?id=%s' % diag).status == 404        # not chosen yet
    assert cc_life.choose(c, diag, account('provider1')).status == 303
    assert sql("SELECT state FROM applications WHERE id = %s" % diag)[0][0] == 'agreed'
    assert sql("SELECT COUNT(*) FROM project_parties x JOIN applications p ON p.project_id = x.project_id"
               " WHERE p.id = %s AND x.role = 'provider' AND x.account_id = %s" % (diag, account('provider1')))[0][0] == '1'

    # scope: the chosen 服务商 sees this project (and its files), another 服务商, 县（市）区 or 评测机构 nothing
    assert '选定贵单位开展咨询诊断' in p1.get('/cgi-bin/messages.cgi').text
    assert org in p1.get('/cgi-bin/diag.cgi').text and org not in p2.get('/cgi-bin/diag.cgi').text
    agreement = sql("SELECT agreement_id FROM diagnoses WHERE application_id = %s" % diag)[0][0]
    assert p1.get('/cgi-bin/file.cgi?id=%s' % agreement).status == 200
    for who, want in (('provider2', 404), ('county-cc-14', 404), ('evaluator1', 403), ('cc-enterprise2', 404)):
        u = logged_in(who)
        assert u.get('/cgi-bin/diag.cgi?id=%s' % diag).status == want, who
        assert u.get('/cgi-bin/file.cgi?id=%s' % agreement).status in (403, 404), who
    assert cc_life.complete(p2, diag, day(-1)).status == 404
    assert cc_life.complete(c, diag, day(-1)).status == 403                  # the enterprise does not record it
    county, city = logged_in('county-cc-3'), logged_in('city-cc')
    assert county.get('/cgi-bin/diag.cgi?id=%s' % diag).status == 200

    # the 服务商's to-do; completion: a day not in the future
    assert '待服务商完成咨询诊断' in p1.get('/cgi-bin/home.cgi').text
    r = cc_life.complete(p1, diag, day(1))
    assert r.status == 422 and '不能晚于今天' in r.text
    assert cc_life.complete(p1, diag, day(-14)).status == 303
    # due today (two weeks after the day): not overdue
    t = text(county.get('/cgi-bin/diag.cgi?id=%s' % diag))
    assert '%s（完成服务后 14 天内）' % day(0) in t and '剩余 0 天' in t and '已逾期' not in t
    assert org not in county.get('/cgi-bin/diag.cgi?overdue=1').text
    # completed a day earlier: overdue, for the 县（市）区 and the 市, and counted for the 服务商
    sql("UPDATE diagnoses SET completed_on = '%s' WHERE application_id = %s" % (day(-15), diag))
    for who in (county, city):
        assert '已逾期 1 天，未提交' in text(who.get('/cgi-bin/diag.cgi?id=%s' % diag))
        assert org in who.get('/cgi-bin/diag.cgi?overdue=1').text
    row = [x for x in city.get('/cgi-bin/providers.cgi').text.split('<tr') if '长春数智工业互联网科技有限公司' in x][0]
    assert re.search(r'逾期未交 [1-9]', row), row

    # the report with the 自评测 level
    r = cc_life.report(p1, diag, level='')
    assert r.status == 422 and '请选择改造前数字化水平自评测等级' in r.text
    assert cc_life.report(p1, diag, level='1').status == 303
    t = text(city.get('/cgi-bin/diag.cgi?id=%s' % diag))
    assert '逾期提交' in t and '一级' in t and '已逾期' not in t
    # the enterprise's 满意度评价表 and rating
    r = cc_life.rate(c, diag, rating='')
    assert r.status == 422 and '请选择对服务商的评价' in r.text
    assert cc_life.rate(c, diag, 'basic').status == 303
    assert '企业已评价，待市诊断验收' in city.get('/cgi-bin/home.cgi').text or org in city.get('/cgi-bin/diag.cgi').text

    # 诊断验收: a return needs its reason and goes back to the 服务商, then it passes
    assert cc_life.accept(county, diag).status == 403
    r = cc_life.accept(city, diag, 'diag_return', '')
    assert r.status == 422 and '须填写意见' in r.text
    assert cc_life.accept(city, diag, 'diag_return', '转型方案建议不具体，请补充。').status == 303
    assert '转型方案建议不具体，请补充。' in p1.get('/cgi-bin/diag.cgi?id=%s' % diag).text
    assert cc_life.report(p1, diag, level='2').status == 303
    assert cc_life.rate(c, diag, 'satisfied').status == 303
    assert cc_life.accept(city, diag).status == 303
    assert sql("SELECT state FROM applications WHERE id = %s" % diag)[0][0] == 'diagnosed'
    rows = sql("SELECT label, meeting FROM app_decisions WHERE application_id = %s ORDER BY id" % diag)
    assert [x[0] for x in rows] == ['完成咨询诊断服务', '诊断验收退回', '诊断验收通过'] and rows[2][1] == '咨询诊断专家验收会'
    t = text(c.get('/cgi-bin/diag.cgi?id=%s' % diag))
    assert '诊断验收通过' in t and '满意' in t and '二级' in t
    # whatever stage follows in the programme is opened once, as a draft
    later = sql("SELECT d.state FROM applications p JOIN applications d ON d.project_id = p.project_id"
                " WHERE p.id = %s AND d.id > %s" % (app, diag))
    assert later in ([], [['draft']]), later
    assert int(sql("SELECT COUNT(*) FROM audit_log WHERE object_type = 'application' AND object_id = %s" % diag)[0][0]) >= 8


def test_the_city_assigns_an_evaluator_who_scores_and_the_city_confirms():
    c, org, ev = diagnosed('220102', 'county-cc-1')                       # 南关区
    city, e1, e2 = logged_in('city-cc'), logged_in('evaluator1'), logged_in('evaluator2')
    # the stage opened as a draft for the 市 to assign; the enterprise's home shows it
    assert '当前阶段：<strong>水平评测</strong>' in c.get('/cgi-bin/home.cgi').text
    assert org in city.get('/cgi-bin/eval.cgi').text and '分配评测机构' in city.get('/cgi-bin/home.cgi').text
    assert e1.get('/cgi-bin/eval.cgi?id=%s' % ev).status == 404 and org not in e1.get('/cgi-bin/eval.cgi').text
    # 回避: an 评测机构 of the same organisation as the project's 服务商 (provider1) cannot be assigned
    n = int.from_bytes(os.urandom(3), 'big') % 1000000
    city.page('/cgi-bin/evaluators.cgi')
    assert city.post('/cgi-bin/evaluators.cgi', {
        'op': 'create', 'username': 'evx%06d' % n, 'display_name': '数智评测%06d' % n, 'contact_person': '评测',
        'org_credit_code': sql("SELECT credit_code FROM accounts WHERE username = 'provider1'")[0][0],
        'mobile': '13704310000'}).status == 200
    r = cc_life.eval_step(city, ev, 'assign', {'evaluator': account('evx%06d' % n)})
    assert r.status == 422 and '回避：该评测机构与本项目的服务商“长春数智工业互联网科技有限公司”为同一单位' in r.text
    assert cc_life.eval_step(c, ev, 'assign', {'evaluator': account('evaluator1')}).status == 403
    assert cc_life.eval_step(city, ev, 'assign', {'evaluator': account('evaluator1')}).status == 303
    # the 评测机构 assigned sees this project; another one, another 县（市）区, the 服务商 (not its page) do not
    assert '数字化水平评测' in e1.get('/cgi-bin/messages.cgi').text and org in e1.get('/cgi-bin/eval.cgi').text
    assert '已分配评测机构，待评测' in e1.get('/cgi-bin/home.cgi').text
    for who, want in ((e2, 404), (logged_in('county-cc-14'), 404), (logged_in('provider1'), 403), (logged_in('county-cc-1'), 200)):
        assert who.get('/cgi-bin/eval.cgi?id=%s' % ev).status == want
    assert cc_life.eval_step(e2, ev, 'score', cc_life.scores('10', '10', '10', '10'), upload=True).status == 404
    # the scores: each within its maximum (a batch parameter), the report; the level from the total, the rule shown
    t = text(e1.get('/cgi-bin/eval.cgi?id=%s' % ev))
    assert '总分 ≥ 80 为四级' in t and '20 ≤ 总分 < 40 为一级' in t and '相邻两级共用的端点计入较高一级' in t
    r = cc_life.eval_step(e1, ev, 'score', cc_life.scores('26', '10', '10', '10'), upload=True)
    assert r.status == 422 and '得分不能超过本批次该维度满分 25 分' in r.text
    r = cc_life.eval_step(e1, ev, 'score', cc_life.scores('10', '10', '10', '10'))
    assert r.status == 422 and '请上传中小企业数字化水平评测报告' in r.text
    assert cc_life.eval_step(e1, ev, 'score', cc_life.scores('10', '10', '10', '10'), upload=True).status == 303
    assert sql("SELECT total, level, visited_on FROM evaluations WHERE application_id = %s" % ev)[0] == ['40.00', '2', day(-2)]
    # 市 复核: returned with its reason, scored again (39.99: 一级, below the band's end), confirmed
    r = cc_life.eval_step(city, ev, 'eval_return', {'opinion': ''})
    assert r.status == 422 and '须填写意见' in r.text
    assert cc_life.eval_step(city, ev, 'eval_return', {'opinion': '数字化成效得分依据不足，请核实。'}).status == 303
    assert '数字化成效得分依据不足' in e1.get('/cgi-bin/eval.cgi?id=%s' % ev).text
    assert cc_life.eval_step(e1, ev, 'score', cc_life.scores('10', '10', '10', '9.99'), upload=True).status == 303
    assert sql("SELECT total, level FROM evaluations WHERE application_id = %s" % ev)[0] == ['39.99', '1']
    assert cc_life.eval_step(city, ev, 'eval_confirm').status == 303
    assert sql("SELECT state FROM applications WHERE id = %s" % ev)[0][0] == 'evaluated'
    t = text(c.get('/cgi-bin/eval.cgi?id=%s' % ev))
    assert '评测结果已复核认定' in t and '一级' in t and '39.99' in t
