"""The smallest programme (tests/toy/toy.c: one file and one registry row, built
into build-toy/) driven through its stage on a fresh stack, as its users would:
the 市 opens a call, an enterprise of one of its 县区 registers, starts, is told
what is missing, fills the one section, submits, the 县区 passes it, and the
printed 项目申报表 carries what was filed and its verification code.  Nothing
outside tests/toy/ and the registry row knows the programme."""
import re
from dt import Client, day, fresh_address, logged_in, sql
from filing import uscc

CITY, COUNTY = '150100', '150102'          # 呼和浩特市, 新城区: no enterprise programme of their own


def register(n):
    c = Client(source=fresh_address())
    c.page('/cgi-bin/register.cgi')
    r = c.post('/cgi-bin/register.cgi', {
        'kind': 'enterprise', 'org_name': '示例企业%d有限公司' % n, 'credit_code': uscc('91%sMA7%06d' % (COUNTY, n)),
        'region': COUNTY, 'contact_person': '测试', 'mobile': '13912345678', 'email': 'e@example.com',
        'username': 'toyent%d' % n, 'password': 'Test-password-2026', 'password2': 'Test-password-2026'})
    assert r.status == 303, r
    return logged_in('toyent%d' % n, 'Test-password-2026')


def problems(c, app):
    t = c.get('/cgi-bin/ent.cgi?id=%s&check=1' % app).text
    return re.findall(r'<a href="[^"]*section=s1#f-(\w+)">([^<]*)</a>', t)


def test_a_toy_programme_runs_its_stage():
    # the 市 opens a call of the new programme, chosen when the batch is made
    city = logged_in('city-' + CITY)
    t = city.page('/cgi-bin/batch.cgi?programme=toy').text
    assert '示例项目征集' in t and 'f-applicant_deadline' in t
    r = city.post('/cgi-bin/batch.cgi?programme=toy', {'year': day()[:4], 'title': '示例市第一批示例项目征集',
                                                       'open_date': day(), 'applicant_deadline': day(30)})
    assert r.status == 303, r
    bid = re.search(r'id=(\d+)', r.header('Location')).group(1)
    assert sql("SELECT programme, region_code FROM batches WHERE id=%s" % bid)[0] == ['toy', CITY]

    # an enterprise of the city sees the call, what it asks, and starts its 项目申报表
    ent = register(1)
    t = ent.page('/cgi-bin/ent.cgi').text
    assert '示例市第一批示例项目征集' in t and '填写项目名称和项目简介' in t and '开始填写项目申报表' in t
    r = ent.post('/cgi-bin/ent.cgi', {'op': 'create', 'batch': bid})
    assert r.status == 303, r
    app = re.search(r'id=(\d+)', r.header('Location')).group(1)
    t = ent.get('/cgi-bin/ent.cgi?id=%s' % app).text
    assert '项目信息' in t and '草稿' in t

    # 校验 names each missing field where it is fixed, in the programme's words
    assert problems(ent, app) == [('t_title', '请填写项目名称（项目信息）'), ('t_summary', '请填写项目简介（项目信息）')]
    r = ent.page('/cgi-bin/ent_edit.cgi?id=%s&section=s1' % app)
    assert '<label for="f-t_title">项目名称' in r.text and 'data-maxchars="500"' in r.text
    sv = re.search(r'name="sv" value="(\d+)"', r.text).group(1)
    r = ent.post('/cgi-bin/ent_edit.cgi?id=%s&section=s1' % app, {'sv': sv, 't_title': 'x' * 61, 't_summary': '简介'})
    assert r.status == 422 and 'id="e-t_title"' in r.text and '>简介</textarea>' in r.text   # beside the field, input kept
    r = ent.post('/cgi-bin/ent_edit.cgi?id=%s&section=s1' % app,
                 {'sv': sv, 't_title': '包装车间数字化改造', 't_summary': '上线制造执行系统，打通订单与排产。'})
    assert r.status == 303, r
    assert problems(ent, app) == []

    # submitted: a version with its verification code, the 县区 is told
    t = ent.page('/cgi-bin/ent.cgi?id=%s' % app).text
    ver = re.search(r'name="op" value="submit">\s*<input type="hidden" name="version" value="(\d+)"', t).group(1)
    assert ent.post('/cgi-bin/app_submit.cgi', {'id': app, 'op': 'submit', 'version': ver}).status == 303
    assert sql("SELECT state FROM applications WHERE id=%s" % app)[0][0] == 'submitted'
    code = sql("SELECT code FROM app_versions WHERE application_id=%s" % app)[0][0]

    # the 县区 passes it from its queue; another 县区 cannot see it
    assert logged_in('county-150105').get('/cgi-bin/ent.cgi?id=%s' % app).status == 404
    county = logged_in('county-' + COUNTY)
    assert '示例企业1有限公司' in county.get('/cgi-bin/queue.cgi').text
    t = county.page('/cgi-bin/ent.cgi?id=%s' % app).text
    assert '审核通过' in t and '不予通过' in t
    ver = re.search(r'name="id" value="%s"><input type="hidden" name="version" value="(\d+)"' % app, t).group(1)
    r = county.post('/cgi-bin/review.cgi', {'id': app, 'action': 'pass', 'opinion': '同意', 'version': ver})
    assert r.status == 303, r
    assert sql("SELECT state FROM applications WHERE id=%s" % app)[0][0] == 'selected'
    assert sql("SELECT COUNT(*) FROM app_events WHERE application_id=%s AND action='pass'" % app)[0][0] == '1'

    # the applicant sees the outcome; the printed 项目申报表 is what was filed, with its code
    t = ent.get('/cgi-bin/ent.cgi?id=%s' % app).text
    assert '已列入试点企业名单' in t and '同意' in t
    t = ent.get('/cgi-bin/ent_print.cgi?id=%s' % app).text
    assert '示例项目征集' in t and '项目申报表' in t and '包装车间数字化改造' in t and '打通订单与排产' in t
    assert '%s-%s-%s-%s' % (code[:4], code[4:8], code[8:12], code[12:]) in t or code in t
    assert '/cgi-bin/verify.cgi' in t

    # an unknown programme is no page at all
    assert city.get('/cgi-bin/batch.cgi?programme=nosuch').status == 404
