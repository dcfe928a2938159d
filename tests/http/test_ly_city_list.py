"""洛阳's 市确定试点企业名单 (征集通知 三（二）2: 市工信局、财政局……确定列入洛阳市第一批中小企业数字化转型试点企业名单),
co-signed like the 县区推荐: city-ly lists the recommended enterprises on recommend.cgi, finance-ly (市财政局)
confirms the list as it stands, and only then may city-ly submit it with the 名单文件; a change after the
confirmation needs a new one; each listed enterprise is selected through the workflow (its 补助 stage opens);
列入 is no longer offered one by one on the review page; a later round reopens the list (what was listed stays)."""
import re
from dt import day, doc_no, logged_in, pdf, post_files, sql
import ent_filing
import cc_filing

CLAUSE = '征集通知 三（二）2：市工信局、财政局组织专家对各县区推荐的企业进行综合审核'


def recommended(county='410324', user='county-ly-12'):
    """An enterprise of 栾川县 filed and passed by its 县区 (a 县区 submits its list once: both go in one list)."""
    c, n = ent_filing.new_enterprise(county)
    app = ent_filing.start(c)
    ent_filing.fill(c, app)
    assert ent_filing.submit(c, app).status == 303
    assert cc_filing.decide(logged_in(user), app, 'pass').status == 303
    return app, n


def county_submits(user, apps, n):
    r = ent_filing.county_lists(logged_in(user), apps, doc_no('栾川工信', n))
    assert r.status == 303, r.text


def state(app):
    return sql("SELECT state FROM applications WHERE id=%s" % app)[0][0]


def test_the_city_list_waits_for_the_city_finance_and_a_change_needs_a_new_confirmation():
    (a1, n1), (a2, n2) = recommended(), recommended()
    county_submits('county-ly-12', [a1, a2], n1)
    assert state(a1) == state(a2) == 'recommended'
    batch = sql("SELECT batch_id FROM applications WHERE id=%s" % a1)[0][0]
    url = '/cgi-bin/recommend.cgi?batch=%s' % batch
    city, fin = logged_in('city-ly'), logged_in('finance-ly')
    org1, org2 = '洛阳测试企业%06d有限公司' % n1, '洛阳测试企业%06d有限公司' % n2

    # 列入 is not offered one by one any more: the review page refuses it and names the list
    t = city.page('/cgi-bin/ent.cgi?id=%s' % a1).text
    assert 'value="select"' not in t and '退回修改' in t
    ver = sql("SELECT version FROM applications WHERE id=%s" % a1)[0][0]
    r = city.post('/cgi-bin/review.cgi', {'id': a1, 'action': 'select', 'opinion': '', 'version': ver})
    assert r.status == 403 and state(a1) == 'recommended'

    # the 市's list: the menu leads there, the candidates with their 县区
    t = city.page(url).text
    if 'name="op" value="reopen"' in t:                       # an earlier round of this run (test_enterprise): add to it
        assert city.post(url, {'op': 'reopen'}).status == 303
        t = city.page(url).text
    assert '确定试点企业名单' in t and org1 in t and '栾川县' in t and '列入名单' in t
    assert city.post(url, {'op': 'add', 'app': a1}).status == 303
    t = city.page(url).text
    # 待确认; or, for a list an earlier round submitted (confirmed then) and this test reopened, 待重新确认
    assert '联合行文 · 财政部门确认：' in t and ('<span class="badge off">待确认</span>' in t or '待重新确认' in t)
    assert '提交前须经财政部门在本页确认当前名单' in t

    def submit():
        t = city.page(url).text
        return post_files(city, url, {'op': 'submit', 'version': ent_filing.city_version(t), 'doc_no': doc_no('洛工信', 21),
                                      'doc_date': day(0)}, {'doc': ('试点企业名单.pdf', pdf('ly list'))})
    r = submit()
    assert r.status == 422 and '市确定试点企业须经本级财政部门确认后才能提交（%s' % CLAUSE in r.text
    assert state(a1) == 'recommended'

    # the 市财政局: its home page, the list read-only (no links into the applications), confirming it
    t = fin.get('/cgi-bin/home.cgi').text
    assert '待确认市确定试点企业名单' in t and 'recommend.cgi?batch=%s' % batch in t
    t = fin.page(url).text
    assert '确认试点企业名单（市工信和财政部门联合行文）' in t and org1 in t and CLAUSE in t
    assert 'ent.cgi?id=%s' % a1 not in t and '列入名单' not in t and '提交试点企业名单' not in t
    assert fin.post(url, {'op': 'add', 'app': a2}).status == 403
    ver = re.search(r'name="op" value="cosign"><input type="hidden" name="version" value="(\d+)"', t).group(1)
    assert fin.post(url, {'op': 'cosign', 'version': str(int(ver) - 1)}).status == 422    # a stale page confirms nothing
    r = fin.post(url, {'op': 'cosign', 'version': ver})
    assert r.status == 303 and '已确认市确定试点企业（试点企业名单）' in fin.get(r.header('Location')).text
    assert 'recommend.cgi?batch=%s' % batch not in fin.get('/cgi-bin/home.cgi').text
    assert '已确认（' in city.page(url).text

    # a change after the confirmation voids it: the 市 adds the second enterprise, submission is refused again
    assert city.post(url, {'op': 'add', 'app': a2}).status == 303
    t = city.page(url).text
    assert '名单在确认后有改动，待重新确认' in t
    r = submit()
    assert r.status == 422 and '名单在确认后有改动的，须重新确认' in r.text
    assert 'recommend.cgi?batch=%s' % batch in fin.get('/cgi-bin/home.cgi').text
    t = fin.page(url).text
    assert org2 in t
    ver = re.search(r'name="op" value="cosign"><input type="hidden" name="version" value="(\d+)"', t).group(1)
    assert fin.post(url, {'op': 'cosign', 'version': ver}).status == 303

    # the 名单文件 is required beside its field, then the list is submitted: both listed, their 补助 stage open
    t = city.page(url).text
    r = city.post(url, {'op': 'submit', 'version': ent_filing.city_version(t), 'doc_no': '', 'doc_date': day(0)})
    assert r.status == 422 and '请上传试点企业名单文件（市工信局、市财政局）（PDF）' in r.text
    r = submit()
    assert r.status == 303, r.text
    assert state(a1) == state(a2) == 'selected'
    assert sql("SELECT COUNT(*) FROM applications WHERE stage = 'subsidy' AND project_id IN"
               " (SELECT project_id FROM applications WHERE id IN (%s, %s))" % (a1, a2))[0][0] == '2'
    t = city.get(url).text
    assert '已确定（' in t and '已列入试点企业名单' in t and '重新开放名单' in t
    assert sql("SELECT COUNT(*) FROM audit_log WHERE action='recommend.cosign'")[0][0] >= '2'
    # frozen: the 市 cannot add without reopening
    assert city.post(url, {'op': 'add', 'app': a1}).status == 422
    # a later round: reopened, what was listed stays listed and cannot be taken off the list
    assert city.post(url, {'op': 'reopen'}).status == 303
    assert state(a1) == 'selected'
    r = city.post(url, {'op': 'remove', 'app': a1})
    assert r.status == 422 and '该企业已经确定，不能从试点企业名单中移出' in r.text
    assert 'recommend.cgi?batch=%s' % batch in fin.get('/cgi-bin/home.cgi').text
    r = submit()
    assert r.status == 422 and '须经本级财政部门确认' in r.text


def test_another_city_and_the_county_finance_have_no_city_list():
    batch = sql("SELECT MIN(id) FROM batches WHERE programme = 'enterprise'")[0][0]
    assert logged_in('finance-ly-6').get('/cgi-bin/recommend.cgi?batch=%s' % batch).status == 404
    assert logged_in('county-ly-6').get('/cgi-bin/recommend.cgi?batch=%s' % batch).status == 403
    assert logged_in('city-cc').get('/cgi-bin/recommend.cgi?batch=%s' % batch).status == 404


def test_the_demo_leaves_a_city_list_waiting_for_finance_ly():
    """sql/demo/0014-ly-provider.sql + scripts/demo-filings: enterprise4 on city-ly's list of the 先行征集 batch."""
    b2 = sql("SELECT id FROM batches WHERE title = '洛阳市中小企业数字化转型试点企业（先行征集）'")[0][0]
    t = logged_in('finance-ly').get('/cgi-bin/home.cgi').text
    assert '待确认市确定试点企业名单' in t and 'recommend.cgi?batch=%s' % b2 in t
    t = logged_in('finance-ly').get('/cgi-bin/recommend.cgi?batch=%s' % b2).text
    assert '洛阳洛龙电气设备有限公司' in t and '确认试点企业名单' in t
    t = logged_in('city-ly').get('/cgi-bin/recommend.cgi?batch=%s' % b2).text
    assert '洛阳洛龙电气设备有限公司' in t and '待确认' in t and '提交前须经财政部门在本页确认当前名单' in t
