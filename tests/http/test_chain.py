"""The review chain cannot be walked around: each action only on its own page
and by its own role, 认定 only after the application's own 公示, a 公示 never
in the past, an upheld objection ends in 不予认定, the applicant never
chooses its reviewer, and an edit racing a submission cannot change what
was submitted.  (Setting an application's state with SQL below only stages
a test; the pages under test move it through the workflow.)"""
import re, threading, time
from dt import Client, logged_in, sql, post_files, pdf, day, workdays_end
from filing import register_platform, uscc, save_section, section_version, start, fill_complete, submit, add_enterprise
import ent_filing, filing


def state(app):
    return sql("SELECT state FROM applications WHERE id=%s" % app)[0][0]


def version(app):
    return sql("SELECT version FROM applications WHERE id=%s" % app)[0][0]


def filed(region='150207', sub=30, seed='C'):
    return filing.filed(region, sub, seed, 'cplat', '链条测试平台#有限公司', '6')


def review(c, app, action, opinion='', **extra):
    c.page('/cgi-bin/app.cgi?id=%s' % app)
    return c.post('/cgi-bin/review.cgi', dict({'id': app, 'action': action, 'opinion': opinion, 'version': version(app)}, **extra))


def own_batch(title):
    sql("INSERT INTO batches (programme, year, title, region_code, open_date, applicant_deadline, county_deadline,"
        " city_deadline) VALUES ('platform', YEAR(CURDATE()), '%s', '150000', CURDATE() - INTERVAL 30 DAY,"
        " CURDATE() - INTERVAL 10 DAY, CURDATE() + INTERVAL 5 DAY, CURDATE() + INTERVAL 10 DAY)" % title)
    return sql("SELECT MAX(id) FROM batches")[0][0]


def stage(app, st, batch=None):
    sql("UPDATE applications SET state='%s'%s WHERE id=%s" % (st, ", batch_id=%s" % batch if batch else '', app))


def test_each_action_only_on_its_own_page():
    p, app = filed('150207', 31, 'D')
    assert review(logged_in('county-150207'), app, 'pass').status == 303
    city = logged_in('city-150200')
    assert review(city, app, 'pass').status == 303 and state(app) == 'city_passed'
    # the 盟市 recommendation only through recommend.cgi (its list, quota and 联合行文)
    r = review(city, app, 'recommend')
    assert r.status == 403 and '须在其专门的办理页面进行' in r.text and state(app) == 'city_passed'
    assert sql("SELECT COUNT(*) FROM recommendation_items WHERE application_id=%s" % app)[0][0] == '0'
    # 认定 only through publicity.cgi (its own 公示, no open objection)
    stage(app, 'proposed')
    adm = logged_in('province')
    r = review(adm, app, 'recognise')
    assert r.status == 403 and state(app) == 'proposed'
    # a 洛阳 县区 recommends only through county_rec.cgi (its quota and 推荐文件)
    c, n = ent_client('410305')
    eapp = ent_filing.start(c)
    ent_filing.fill(c, eapp)
    assert ent_filing.submit(c, eapp).status == 303
    county = logged_in('county-ly-6')
    c2 = county
    c2.page('/cgi-bin/ent.cgi?id=%s' % eapp)
    assert c2.post('/cgi-bin/review.cgi', {'id': eapp, 'action': 'pass', 'opinion': '', 'version': version(eapp)}).status == 303
    r = c2.post('/cgi-bin/review.cgi', {'id': eapp, 'action': 'recommend', 'opinion': '', 'version': version(eapp)})
    assert r.status == 403 and state(eapp) == 'county_passed'
    # and nobody acts outside their region: 包头's city on an 呼和浩特 application
    assert review(logged_in('city-150100'), app, 'decline', 'x').status == 404


def ent_client(county):
    c = Client()
    c.page('/cgi-bin/register.cgi')
    k = int.from_bytes(__import__('os').urandom(3), 'big') % 1000000
    r = c.post('/cgi-bin/register.cgi', {
        'kind': 'enterprise', 'org_name': '洛阳链条测试%06d有限公司' % k, 'credit_code': uscc('91%sMA5%06d' % (county, k)),
        'region': county, 'contact_person': '测试', 'mobile': '13912345678', 'email': 'e@example.com',
        'username': 'centp%06d' % k, 'password': 'Test-password-2026', 'password2': 'Test-password-2026'})
    assert r.status == 303, r.text
    return logged_in('centp%06d' % k, 'Test-password-2026'), k


def publish(adm, batch, start_date, days='5'):
    adm.page('/cgi-bin/publicity.cgi?batch=%s' % batch)
    return adm.post('/cgi-bin/publicity.cgi?batch=%s' % batch, {'op': 'publish', 'start_date': start_date, 'working_days': days})


def recognise(adm, batch, app):
    adm.page('/cgi-bin/publicity.cgi?batch=%s' % batch)
    r = adm.post('/cgi-bin/publicity.cgi?batch=%s' % batch, {'op': 'recognise', 'app': app, 'version': version(app)})
    assert r.status == 303, r
    return adm.get(r.header('Location')).text


def test_recognition_needs_the_applications_own_publicity_started_no_earlier_than_published():
    batch = own_batch('公示测试批次')
    (pa, a), (pb, b) = filed('150207', 32, 'E'), filed('150207', 33, 'F')
    for x in (a, b):
        stage(x, 'recommended', batch)
    adm = logged_in('province')
    assert review(adm, a, 'propose', '专家组意见一致', override='1').status == 303 and state(a) == 'proposed'
    # a 公示 cannot start before the day it is published
    r = publish(adm, batch, day(-14))
    assert r.status == 422 and '公示开始日期不能早于发布之日' in r.text
    assert sql("SELECT COUNT(*) FROM publications WHERE batch_id=%s" % batch)[0][0] == '0'
    assert publish(adm, batch, day()).status == 303
    end = workdays_end(day(), 5)
    assert sql("SELECT DATE_FORMAT(end_date, '%%Y-%%m-%%d') FROM publications WHERE batch_id=%s" % batch)[0][0] == end
    org_a = sql("SELECT a.display_name FROM applications p JOIN accounts a ON a.id=p.account_id WHERE p.id=%s" % a)[0][0]
    assert org_a in Client().get('/cgi-bin/public.cgi').text
    # not during the period
    assert '公示期尚未结束' in recognise(adm, batch, a) and state(a) == 'proposed'
    # time passes: the period is over
    sql("UPDATE publications SET start_date=CURDATE() - INTERVAL 20 DAY, end_date=CURDATE() - INTERVAL 14 DAY"
        " WHERE batch_id=%s" % batch)
    # b put on the 拟认定 list after that 公示: it has had none of its own
    assert review(adm, b, 'propose', '补充列入', override='1').status == 303
    assert '尚未列入公示' in recognise(adm, batch, b) and state(b) == 'proposed'
    assert '已认定' in recognise(adm, batch, a) and state(a) == 'recognised'
    # b gets its own 公示 (only b is in it), and after its period it can be recognised
    assert publish(adm, batch, day(1)).status == 303
    items = sql("SELECT i.application_id FROM publication_items i JOIN publications u ON u.id=i.publication_id"
                " WHERE u.batch_id=%s ORDER BY u.id DESC LIMIT 5" % batch)
    assert items[0] == [b]
    assert '公示期尚未结束' in recognise(adm, batch, b)


def test_an_upheld_objection_ends_in_not_recognised():
    batch = own_batch('异议测试批次')
    p, a = filed('150207', 34, 'G')
    stage(a, 'recommended', batch)
    adm = logged_in('province')
    assert review(adm, a, 'propose', '同意', override='1').status == 303
    assert publish(adm, batch, day()).status == 303
    adm.page('/cgi-bin/publicity.cgi?batch=%s' % batch)
    assert adm.post('/cgi-bin/publicity.cgi?batch=%s' % batch, {'op': 'objection', 'app': a, 'objector': '某某公司',
                                                                 'contact': '0471-1234567', 'content': '案例造假',
                                                                 'received_on': day()}).status == 303
    oid = sql("SELECT id FROM objections WHERE application_id=%s" % a)[0][0]
    assert adm.post('/cgi-bin/publicity.cgi?batch=%s' % batch, {'op': 'resolve', 'objection': oid, 'upheld': '1',
                                                                 'outcome': '经核实，案例数据不实'}).status == 303
    sql("UPDATE publications SET start_date=CURDATE() - INTERVAL 20 DAY, end_date=CURDATE() - INTERVAL 14 DAY"
        " WHERE batch_id=%s" % batch)
    assert '异议经核实成立，不能认定' in recognise(adm, batch, a) and state(a) == 'proposed'
    assert '异议成立，只能' in adm.get('/cgi-bin/publicity.cgi?batch=%s' % batch).text
    r = review(adm, a, 'decline')
    assert r.status == 422 and state(a) == 'proposed'
    assert review(adm, a, 'decline', '公示期间异议成立：案例数据不实').status == 303 and state(a) == 'not_recognised'
    assert '公示期间异议成立' in p.get('/cgi-bin/messages.cgi').text


def test_the_applicant_never_chooses_its_reviewer():
    c = logged_in('platform1')                                  # registered in 新城区 (150102)
    app = re.search(r'app_edit.cgi\?id=(\d+)', c.get('/cgi-bin/app.cgi').text).group(1)
    region = sql("SELECT region_code FROM applications WHERE id=%s" % app)[0][0]
    assert region == '150102'
    r = save_section(c, app, 'basic', {'legal_rep': '赵磊', 'region': '150202'})     # 包头市东河区
    assert r.status == 422 and '所在旗县区以注册登记的所在地为准' in r.text
    assert sql("SELECT region_code FROM applications WHERE id=%s" % app)[0][0] == '150102'
    t = c.get('/cgi-bin/app_edit.cgi?id=%s&section=basic' % app).text
    assert 'readonly' in t and '新城区' in t
    # a 洛阳 enterprise's 所属县区 likewise
    e, k = ent_client('410305')
    eapp = ent_filing.start(e)
    r = ent_filing.save(e, eapp, 'e1', dict(ent_filing.parts()['e1'], e_county='410327'))
    assert r.status == 422 and '所在县区以注册登记的所在地为准' in r.text
    assert sql("SELECT region_code FROM applications WHERE id=%s" % eapp)[0][0] == '410305'


def test_an_edit_racing_the_submission_never_changes_what_was_submitted():
    """Served-enterprise saves started 0-12 ms after the submission: each either
    made it into the frozen version, or was refused; never both 303 and missing."""
    both = 0
    for i in range(8):
        c, n = register_platform('race', '并发测试平台#有限公司', '4', '150207')
        app = start(c)
        fill_complete(c, app, '150207', 35 + i % 3, seed='RTUWXY12'[i])
        page = c.page('/cgi-bin/app.cgi?id=%s' % app).text
        ver = re.search(r'name="op" value="submit">\s*<input type="hidden" name="version" value="(\d+)"', page).group(1)
        c2 = Client()
        c2.cookies = dict(c.cookies)
        c2.page('/cgi-bin/app_ent.cgi?id=%s' % app)
        code = uscc('91150207MAY%06d' % ((n + i) % 1000000))
        out = {}

        def sub():
            r = c.post('/cgi-bin/app_submit.cgi', {'id': app, 'op': 'submit', 'version': ver})
            out['submit'] = r.status if 'check=1' not in (r.header('Location') or '') else r.header('Location')

        def edit(delay=(i * 1.5) / 1000):
            time.sleep(delay)
            out['edit'] = post_files(c2, '/cgi-bin/app_ent.cgi?id=%s' % app,
                                     {'op': 'save', 'name': '竞态企业%d' % i, 'credit_code': code, 'region': '150207',
                                      'scale': 'small', 'ent_sub': str(35 + i % 3), 'contract_date': day(),
                                      'service_content': '改造', 'contract': '10', 'cost': '10'},
                                     {'f_contract': ('合同.pdf', pdf('race c %d %s' % (i, code))),
                                      'f_invoice': ('发票.pdf', pdf('race i %d %s' % (i, code))),
                                      'f_scene': ('场景.pdf', pdf('race s %d %s' % (i, code)))}).status
        ts = [threading.Thread(target=sub), threading.Thread(target=edit)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        assert out['submit'] == 303, out
        frozen = sql("SELECT content FROM app_versions WHERE application_id=%s AND version_no=1" % app)[0][0]
        saved = sql("SELECT COUNT(*) FROM app_enterprises WHERE application_id=%s AND credit_code='%s'" % (app, code))[0][0]
        if out['edit'] == 303:
            both += 1
            assert code in frozen, ('acknowledged edit missing from the submitted version', i)
        else:
            assert out['edit'] == 409 and saved == '0' and code not in frozen, (out, saved)
    # the printed copy and the 汇总表 read the same rows: nothing saved after the freeze
    assert both <= 8
