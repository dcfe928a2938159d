"""HTTP tests of the review chain (申报指南 四、五): 旗县区 初审 -> 盟市 审核 and
recommendation within quotas with the joint document -> 自治区 expert review
(回避, scoring) -> 拟认定 -> 公示 in working days -> objection -> 认定 -> public list."""
import os, re, threading
from dt import Client, logged_in, sql, post_files, pdf, PDF, day, doc_no, workdays_end, cn_date, new_batch
from filing import register_platform, uscc, sections, save_section, start, fill_complete, submit, filed


def decide(c, app, action, opinion='', **extra):
    r = c.page('/cgi-bin/app.cgi?id=%s' % app)
    assert r.status == 200, r
    ver = re.search(r'name="id" value="%s"><input type="hidden" name="version" value="(\d+)"' % app, r.text)
    assert ver, 'no review form for %s' % action
    return c.post('/cgi-bin/review.cgi', dict({'id': app, 'action': action, 'opinion': opinion, 'version': ver.group(1)}, **extra))


def state(app):
    return sql("SELECT state FROM applications WHERE id=%s" % app)[0][0]


def test_county_return_resubmit_pass_and_city_pass():
    p, app = filed('150207', 81, 'L')                       # 包头 九原区
    county = logged_in('county-150207')
    q = county.get('/cgi-bin/queue.cgi').text
    assert 'app.cgi?id=%s"' % app in q
    assert 'app.cgi?id=%s"' % app not in logged_in('county-150204').get('/cgi-bin/queue.cgi').text
    r = decide(county, app, 'return')
    assert r.status == 422 and '须填写意见' in r.text and state(app) == 'submitted'
    r = decide(county, app, 'return', '请补充发票')
    assert r.status == 303 and state(app) == 'returned'
    t = p.get('/cgi-bin/app.cgi?id=%s' % app).text
    assert '请补充发票' in t
    assert re.search(r'count-badge[^>]*>1<', p.get('/cgi-bin/home.cgi').text)     # unread message
    assert '退回修改' in p.get('/cgi-bin/messages.cgi').text
    d = dict(sections('150207', 81)['plan'], plan_4_2='补充了成本测算与发票。')
    assert save_section(p, app, 'plan', d).status == 303
    assert submit(p, app).status == 303 and state(app) == 'submitted'
    # the reviewer sees what changed since the version they last opened
    t = county.get('/cgi-bin/app.cgi?id=%s' % app).text
    assert '查看自您上次查看的第 1 版以来的变更' in t
    r = decide(county, app, 'pass', '材料齐全')
    assert r.status == 303 and state(app) == 'county_passed'
    # the city level: not the county's action any more
    r = decide(logged_in('city-150200'), app, 'pass', '同意')
    assert r.status == 303 and state(app) == 'city_passed'
    ev = [e[0] for e in sql("SELECT action FROM app_events WHERE application_id=%s ORDER BY id" % app)]
    assert ev == ['create', 'submit', 'return', 'submit', 'pass', 'pass'], ev
    assert sql("SELECT COUNT(*) FROM audit_log WHERE object_type='application' AND object_id=%s AND action LIKE 'review.%%'" % app)[0][0] == '3'


def test_roles_scope_and_forbidden_actions():
    p, app = filed('150203', 82, 'M')                       # 包头 昆都仑区
    assert logged_in('county-150207').get('/cgi-bin/app.cgi?id=%s' % app).status == 404
    assert logged_in('city-150100').get('/cgi-bin/app.cgi?id=%s' % app).status == 404
    c = logged_in('city-150100')
    c.page('/cgi-bin/home.cgi')
    assert c.post('/cgi-bin/review.cgi', {'id': app, 'action': 'pass', 'version': '2'}).status == 404
    # right scope, wrong level: a 盟市 cannot do the 旗县区's 初审
    city = logged_in('city-150200')
    city.page('/cgi-bin/home.cgi')
    ver = sql("SELECT version FROM applications WHERE id=%s" % app)[0][0]
    r = city.post('/cgi-bin/review.cgi', {'id': app, 'action': 'pass', 'version': ver})
    assert r.status == 409 and state(app) == 'submitted'
    r = city.post('/cgi-bin/review.cgi', {'id': app, 'action': 'recognise', 'version': ver})
    assert r.status == 403
    assert p.post('/cgi-bin/review.cgi', {'id': app, 'action': 'pass', 'version': ver}).status == 403
    assert logged_in('expert1').get('/cgi-bin/queue.cgi').status == 403
    assert logged_in('county-150204').get('/cgi-bin/recommend.cgi').status == 403
    assert logged_in('county-150204').get('/cgi-bin/experts.cgi').status == 403
    assert logged_in('city-150200').get('/cgi-bin/publicity.cgi').status == 403
    assert logged_in('city-150200').get('/cgi-bin/rec_print.cgi?batch=1&city=150100').text.find('呼和浩特') < 0


def test_two_concurrent_decisions_make_one_transition():
    p, app = filed('150207', 83, 'N')
    a, b = logged_in('county-150207'), logged_in('county-150207')
    ver = sql("SELECT version FROM applications WHERE id=%s" % app)[0][0]
    for c in (a, b):
        c.page('/cgi-bin/app.cgi?id=%s' % app)
    out = []
    def go(c, action):
        out.append(c.post('/cgi-bin/review.cgi', {'id': app, 'action': action, 'opinion': '并发', 'version': ver}).status)
    ts = [threading.Thread(target=go, args=(a, 'pass')), threading.Thread(target=go, args=(b, 'reject'))]
    [t.start() for t in ts]
    [t.join() for t in ts]
    assert sorted(out) == [303, 409], out
    assert sql("SELECT COUNT(*) FROM app_events WHERE application_id=%s AND action IN ('pass', 'reject')" % app)[0][0] == '1'
    assert sql("SELECT COUNT(*) FROM audit_log WHERE object_id=%s AND object_type='application'"
               " AND action IN ('review.pass', 'review.reject')" % app)[0][0] == '1'


def test_deadline_refuses_a_late_decision():
    p, app = filed('150207', 84, 'P')
    late = new_batch('过期批次', (-90, -60, -45, -30), year='YEAR(CURDATE() - INTERVAL 1 YEAR)')
    old = sql("SELECT batch_id FROM applications WHERE id=%s" % app)[0][0]
    sql("UPDATE applications SET batch_id=%s WHERE id=%s" % (late, app))
    try:
        r = decide(logged_in('county-150207'), app, 'pass')
        assert r.status == 422 and '旗县区初审已于%s截止' % cn_date(day(-45)) in r.text and state(app) == 'submitted'
    finally:
        sql("UPDATE applications SET batch_id=%s WHERE id=%s" % (old, app))


def city_passed_stub(batch, county, sub, n):
    """Applications already passed by the 盟市, for the quota checks (made in SQL: the
    recommendation page only counts them; their content is tested elsewhere)."""
    ids = []
    for i in range(n):
        k = int.from_bytes(os.urandom(3), 'big')
        sql("INSERT INTO accounts (username, password_hash, role, display_name, credit_code, region_code)"
            " VALUES ('stub%d', 'x', 'platform', '配额测试平台%d', '%s', '%s')" % (k, k, uscc('91%sMA7%06d' % (county, k % 1000000)), county))
        sql("INSERT INTO applications (batch_id, account_id, state, region_code, sub_industry, submitted_no)"
            " SELECT %s, id, 'city_passed', '%s', %d, 1 FROM accounts WHERE username='stub%d'" % (batch, county, sub, k))
        ids.append(sql("SELECT MAX(id) FROM applications")[0][0])
    return ids


def add(city, batch, app, reason='符合行业共性需求'):
    city.page('/cgi-bin/recommend.cgi?batch=%s' % batch)
    return city.post('/cgi-bin/recommend.cgi?batch=%s' % batch, {'op': 'add', 'app': app, 'reason': reason})


def test_city_recommendation_quotas_joint_document_and_freeze():
    batch = new_batch('配额测试批次', (-30, -10, 5, 10), year='YEAR(CURDATE())')
    city = logged_in('city-150600')                     # 鄂尔多斯
    four = city_passed_stub(batch, '150602', 46, 4)
    for i, app in enumerate(four[:3]):
        assert add(city, batch, app).status == 303
    r = add(city, batch, four[3])
    assert r.status == 422 and '每个细分行业推荐不超过3个平台（申报指南 五、相关要求（三））' in r.text
    r = add(city, batch, four[0])                       # already in
    assert r.status == 422
    others = [city_passed_stub(batch, '150603', s, 1)[0] for s in (47, 48, 49, 50, 51)]
    for app in others[:4]:
        assert add(city, batch, app).status == 303
    r = add(city, batch, others[4])
    assert r.status == 422 and '各盟市选择不超过5个细分行业（申报指南 五、相关要求（二））' in r.text
    t = city.get('/cgi-bin/recommend.cgi?batch=%s' % batch).text
    assert '5 / 5' in t and '尚可 0 个' in t and '已推荐 3 / 3' in t
    assert '配额测试平台' in logged_in('province').get('/cgi-bin/rec_print.cgi?batch=%s&city=150600' % batch).text
    # ranking: move the third platform of 46 up
    items = sql("SELECT i.id, i.rank_no FROM rec_items i JOIN rec_lists c ON c.id=i.list_id"
                " WHERE c.batch_id=%s AND i.grp=46 ORDER BY i.rank_no" % batch)
    city.page('/cgi-bin/recommend.cgi?batch=%s' % batch)
    city.post('/cgi-bin/recommend.cgi?batch=%s' % batch, {'op': 'up', 'item': items[2][0]})
    assert sql("SELECT rank_no FROM rec_items WHERE id=%s" % items[2][0])[0][0] == '2'
    # submission needs the joint document
    ver = sql("SELECT version FROM rec_lists WHERE batch_id=%s AND level='city' AND region_code='150600'" % batch)[0][0]
    city.page('/cgi-bin/recommend.cgi?batch=%s' % batch)
    r = post_files(city, '/cgi-bin/recommend.cgi?batch=%s' % batch, {'op': 'submit', 'version': ver}, {})
    assert r.status == 422 and '请填写联合行文的文号' in r.text and '请上传盟市工信和财政部门联合行文' in r.text
    r = post_files(city, '/cgi-bin/recommend.cgi?batch=%s' % batch,
                   {'op': 'submit', 'version': ver, 'doc_no': doc_no('鄂工信发', 1), 'doc_date': day()},
                   {'doc': ('联合行文.pdf', b'MZ not a pdf')})
    assert r.status == 422 and '联合行文须为PDF文件' in r.text
    r = post_files(city, '/cgi-bin/recommend.cgi?batch=%s' % batch,
                   {'op': 'submit', 'version': ver, 'doc_no': doc_no('鄂工信发', 1), 'doc_date': day()},
                   {'doc': ('联合行文.pdf', pdf('joint'))})
    assert r.status == 303
    assert sql("SELECT COUNT(*) FROM applications WHERE id IN (%s) AND state='recommended'" % ','.join(four[:3] + others[:4]))[0][0] == '7'
    # frozen
    r = add(city, batch, others[4])
    assert r.status == 422 and '推荐已提交，不能再修改' in r.text
    t = logged_in('province').get('/cgi-bin/province.cgi?batch=%s' % batch).text
    assert '已上报' in t and doc_no('鄂工信发', 1) in t and '11 个盟市尚未上报' in t
    # the administrator reopens (audited)
    adm = logged_in('province')
    adm.page('/cgi-bin/recommend.cgi?batch=%s&city=150600' % batch)
    r = adm.post('/cgi-bin/recommend.cgi?batch=%s&city=150600' % batch, {'op': 'reopen'})
    assert r.status == 303 and state(four[0]) == 'city_passed'
    assert sql("SELECT COUNT(*) FROM audit_log g JOIN rec_lists l ON l.id = g.object_id WHERE g.action='recommend.reopen'"
               " AND l.batch_id = %s" % batch)[0][0] == '1'
    # a late submission is refused with the date
    sql("UPDATE batch_deadlines SET day = CURDATE() - INTERVAL 1 DAY WHERE batch_id=%s AND name='city'" % batch)
    ver = sql("SELECT version FROM rec_lists WHERE batch_id=%s AND level='city' AND region_code='150600'" % batch)[0][0]
    city.page('/cgi-bin/recommend.cgi?batch=%s' % batch)
    r = post_files(city, '/cgi-bin/recommend.cgi?batch=%s' % batch,
                   {'op': 'submit', 'version': ver, 'doc_no': doc_no('鄂工信发', 2), 'doc_date': day()},
                   {'doc': ('联合行文.pdf', pdf('joint 2'))})
    assert r.status == 422 and '盟市推荐已于' in r.text and '截止' in r.text


def test_expert_review_publicity_objection_recognition():
    # a platform through the county and city, then recommended by its city
    p, app = filed('150207', 85, 'Q')
    assert decide(logged_in('county-150207'), app, 'pass').status == 303
    city = logged_in('city-150200')
    assert decide(city, app, 'pass').status == 303
    # recommend it in a batch of its own, leaving the demo batch's 包头 recommendation untouched
    batch = new_batch('评审流程测试批次', (-30, -10, 5, 10), year='YEAR(CURDATE())')
    sql("UPDATE applications SET batch_id=%s WHERE id=%s" % (batch, app))
    assert add(city, batch, app, '行业代表性强').status == 303
    ver = sql("SELECT version FROM rec_lists WHERE batch_id=%s AND level='city' AND region_code='150200'" % batch)[0][0]
    city.page('/cgi-bin/recommend.cgi?batch=%s' % batch)
    r = post_files(city, '/cgi-bin/recommend.cgi?batch=%s' % batch,
                   {'op': 'submit', 'version': ver, 'doc_no': doc_no('包工信发', 9), 'doc_date': day()},
                   {'doc': ('联合行文.pdf', pdf('baotou'))})
    assert r.status == 303 and state(app) == 'recommended'
    # recusal: expert3 works for one of the platform's served enterprises
    served = sql("SELECT credit_code FROM app_enterprises WHERE application_id=%s LIMIT 1" % app)[0][0]
    sql("UPDATE accounts SET org_credit_code='%s' WHERE username='expert3'" % served)
    e1 = sql("SELECT id FROM accounts WHERE username='expert1'")[0][0]
    e3 = sql("SELECT id FROM accounts WHERE username='expert3'")[0][0]
    adm = logged_in('province')
    adm.page('/cgi-bin/experts.cgi?batch=%s' % batch)
    r = adm.post('/cgi-bin/experts.cgi?batch=%s' % batch, [('op', 'assign'), ('expert', e3), ('apps', app)])
    assert r.status == 303 and '利益冲突自动回避' in adm.get(r.header('Location')).text
    assert sql("SELECT COUNT(*) FROM expert_assignments WHERE application_id=%s" % app)[0][0] == '0'
    r = adm.post('/cgi-bin/experts.cgi?batch=%s' % batch, [('op', 'assign'), ('expert', e1), ('apps', app)])
    assert r.status == 303
    sql("UPDATE accounts SET org_credit_code=NULL WHERE username='expert3'")
    # the expert declares before seeing anything, scores once
    ex = logged_in('expert1')
    aid = sql("SELECT id FROM expert_assignments WHERE application_id=%s AND expert_id=%s" % (app, e1))[0][0]
    assert ex.get('/cgi-bin/app.cgi?id=%s' % app).status == 404
    ex.page('/cgi-bin/score.cgi?a=%s' % aid)
    r = ex.post('/cgi-bin/score.cgi?a=%s' % aid, {'op': 'declare'})
    assert r.status == 422 and '须勾选无利益冲突声明' in r.text
    assert ex.post('/cgi-bin/score.cgi?a=%s' % aid, {'op': 'declare', 'declare': '1'}).status == 303
    assert ex.get('/cgi-bin/app.cgi?id=%s' % app).status == 200
    assert logged_in('expert4').get('/cgi-bin/app.cgi?id=%s' % app).status == 404
    t = ex.page('/cgi-bin/score.cgi?a=%s' % aid).text
    items = re.findall(r'name="item" value="(\d+)"', t)
    assert len(items) == 9 and '平台主要服务功能（实施方案 一）' in t
    pts = ['9', '14', '13.5', '8', '9', '12', '8', '9', '4']     # = 86.5
    form = [('op', 'submit'), ('comments', '方案可行')] + [x for pair in zip([('item', i) for i in items], [('points', v) for v in pts]) for x in pair]
    bad = [('op', 'submit')] + [x for pair in zip([('item', i) for i in items], [('points', '11' if k == 0 else v) for k, v in enumerate(pts)]) for x in pair]
    home = ex.get('/cgi-bin/home.cgi').text                  # the expert's home page is its to-do list
    assert 'score.cgi?a=%s' % aid in home and '待评分' in home and '目前没有分配给您的评审任务' not in home
    r = ex.post('/cgi-bin/score.cgi?a=%s' % aid, bad + [('comments', '方案可行')])
    assert r.status == 422 and '第1项“平台主要服务功能（实施方案 一）”的得分应在0至10分之间' in r.text
    # what the expert typed stays, item by item
    assert 'value="11"' in r.text and 'value="13.5"' in r.text and 'value="4"' in r.text and '方案可行' in r.text
    assert ex.post('/cgi-bin/score.cgi?a=%s' % aid, form).status == 303
    assert sql("SELECT total FROM expert_assignments WHERE id=%s" % aid)[0][0] == '8650'
    r = ex.post('/cgi-bin/score.cgi?a=%s' % aid, form)
    assert '评分已提交，不能再修改' in ex.get(r.header('Location')).text
    t = adm.get('/cgi-bin/experts.cgi?batch=%s' % batch).text
    assert '86.5' in t
    # 拟认定, then 公示 from today: 5 working days (weekends skipped)
    # 拟认定 after expert review: one score of the 3 the batch asks is refused, an override needs its reason
    r = decide(adm, app, 'propose')
    assert r.status == 422 and '已有 1 份专家评分' in r.text and '须至少 3 份' in r.text and state(app) == 'recommended'
    assert decide(adm, app, 'propose', override='1').status == 422 and state(app) == 'recommended'
    r = decide(adm, app, 'propose', '其余两位专家回避，经厅务会研究同意', override='1')
    assert r.status == 303 and state(app) == 'proposed'
    assert '专家评分不足3份仍列入，理由：其余两位专家回避' in adm.get('/cgi-bin/app.cgi?id=%s' % app).text
    adm.page('/cgi-bin/publicity.cgi?batch=%s' % batch)
    r = adm.post('/cgi-bin/publicity.cgi?batch=%s' % batch, {'op': 'publish', 'start_date': day(), 'working_days': '5'})
    assert r.status == 303
    assert sql("SELECT DATE_FORMAT(end_date, '%%Y-%%m-%%d') FROM publications WHERE batch_id=%s" % batch)[0][0] == workdays_end(day(), 5)
    pub = Client().get('/cgi-bin/public.cgi').text
    assert '拟认定名单公示' in pub and '异议方式' in pub and '包头市' in pub
    sec = [x for x in pub.split('<section') if '拟认定名单公示' in x][0]
    assert '向自治区工业和信息化厅反映' in sec and '联系方式：自治区工业和信息化厅 牟立茁 0471-4824952。' in sec and '新乡' not in sec
    # an objection blocks 认定 until resolved
    adm.page('/cgi-bin/publicity.cgi?batch=%s' % batch)
    r = adm.post('/cgi-bin/publicity.cgi?batch=%s' % batch, {'op': 'objection', 'app': app, 'objector': '', 'content': 'x',
                                                              'received_on': day()})
    assert r.status == 422 and '请填写异议人的真实姓名或单位' in r.text
    r = adm.post('/cgi-bin/publicity.cgi?batch=%s' % batch, {'op': 'objection', 'app': app, 'objector': '某某公司',
                                                              'contact': '0472-1234567', 'content': '案例数据存疑',
                                                              'received_on': day()})
    assert r.status == 303
    sql("UPDATE publications SET start_date=CURDATE() - INTERVAL 20 DAY, end_date=CURDATE() - INTERVAL 14 DAY"
        " WHERE batch_id=%s" % batch)   # time passes: the period is over
    ver = sql("SELECT version FROM applications WHERE id=%s" % app)[0][0]
    r = adm.post('/cgi-bin/publicity.cgi?batch=%s' % batch, {'op': 'recognise', 'app': app, 'version': ver})
    assert '有未处理完毕的异议' in adm.get(r.header('Location')).text and state(app) == 'proposed'
    oid = sql("SELECT id FROM objections WHERE application_id=%s" % app)[0][0]
    r = adm.post('/cgi-bin/publicity.cgi?batch=%s' % batch, {'op': 'resolve', 'objection': oid, 'outcome': '经核实，案例数据属实'})
    assert r.status == 303
    r = adm.post('/cgi-bin/publicity.cgi?batch=%s' % batch, {'op': 'recognise', 'app': app, 'version': ver})
    assert r.status == 303 and state(app) == 'recognised'
    pub = Client().get('/cgi-bin/public.cgi').text
    org = sql("SELECT a.display_name FROM applications p JOIN accounts a ON a.id=p.account_id WHERE p.id=%s" % app)[0][0]
    assert '已认定的数字化转型试点平台' in pub and org in pub
    assert '认定为数字化转型试点平台' in p.get('/cgi-bin/messages.cgi').text


def test_rubric_is_editable_until_the_first_score():
    batch = new_batch('评分标准测试批次', (300, 360, 375, 390), year='YEAR(CURDATE() + INTERVAL 1 YEAR)')
    adm = logged_in('province')
    t = adm.page('/cgi-bin/rubric.cgi?batch=%s' % batch).text
    assert t.count('name="title"') == 12 and '平台主要服务功能（实施方案 一）' in t        # 9 defaults + 3 blank rows
    r = adm.post('/cgi-bin/rubric.cgi?batch=%s' % batch, [('title', '方案质量'), ('max', '60'), ('title', '服务能力'), ('max', '30')])
    assert r.status == 422 and '各项满分合计应为100分，当前为90分' in r.text and 'value="方案质量"' in r.text
    r = adm.post('/cgi-bin/rubric.cgi?batch=%s' % batch, [('title', '方案质量'), ('max', '60'), ('title', '服务能力'), ('max', '40'),
                                                          ('title', ''), ('max', '')])
    assert r.status == 303
    assert sql("SELECT GROUP_CONCAT(CONCAT(title, ':', max_points) ORDER BY seq) FROM rubric_items WHERE batch_id=%s" % batch)[0][0] \
        == '方案质量:60,服务能力:40'
