"""Issue 16 over HTTP: deep links survive the login (next= keeps the query),
an expired session's save answers with the login form in the site's frame,
an oversize upload is answered in Chinese with the limit by the web server
itself, and a refused save of a served enterprise names the files it did
not keep."""
import re, socket, urllib.parse
from dt import Client, HOST, PORT, logged_in, sql, PASSWORD, post_files, pdf
from filing import register_platform, start, filed, sections, save_section, add_enterprise, submit, uscc


def test_login_next_keeps_the_query_of_a_deep_link():
    app = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username = 'platform2'")[0][0]
    c = Client()
    r = c.get('/cgi-bin/app.cgi?id=%s&check=1' % app)
    assert r.status == 303, r
    loc = r.header('Location')
    assert loc.startswith('/cgi-bin/login.cgi?next='), loc
    nxt = urllib.parse.parse_qs(urllib.parse.urlparse(loc).query)['next'][0]
    assert nxt == '/cgi-bin/app.cgi?id=%s&check=1' % app, nxt
    login = c.page(loc)
    assert 'value="/cgi-bin/app.cgi?id=%s&amp;check=1"' % app in login.text
    r = c.post('/cgi-bin/login.cgi', {'username': 'county-150105', 'password': PASSWORD, 'next': nxt})
    assert r.status == 303 and r.header('Location') == nxt, (r.status, r.header('Location'))
    assert c.get(nxt).status == 200
    # a session that has ended: the login page says the login timed out
    sql("UPDATE sessions s JOIN accounts a ON a.id = s.account_id SET s.last_seen = NOW() - INTERVAL 1 DAY"
        " WHERE a.username = 'county-150105'")
    r = c.get('/cgi-bin/queue.cgi?state=all')
    assert r.status == 303 and 'timeout=1' in r.header('Location'), r.header('Location')
    assert '登录已超时，请重新登录' in c.get(r.header('Location')).text


def test_an_expired_save_answers_with_the_login_form_and_a_foreign_referer_is_not_followed():
    c = logged_in('platform1')
    app = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username = 'platform1'")[0][0]
    form = '/cgi-bin/app_edit.cgi?id=%s&section=basic' % app
    c.page(form)
    sql("DELETE s FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.username = 'platform1'")
    r = c.post(form, {'legal_rep': '丢不了', 'sv': '1'},
               headers={'Referer': 'http://%s%s' % (HOST, form)})
    assert r.status == 403
    t = r.text
    assert '登录已超时，请重新登录，您填写的内容已保留' in t and 'class="brand"' in t and 'class="foot"' in t
    assert 'name="next" value="%s"' % form.replace('&', '&amp;') in t
    assert 'data-resave="1"' in t
    # a Referer from elsewhere is not where the login leads: the form's own address is
    r = c.post(form, {'legal_rep': 'x', 'sv': '1'}, headers={'Referer': 'http://evil.example/cgi-bin/home.cgi'})
    assert 'evil' not in r.text and 'name="next" value="%s"' % form.replace('&', '&amp;') in r.text


def raw_post(path, length):
    """Headers of an upload of `length` bytes, and no body: the server answers from the declared length."""
    s = socket.create_connection(('127.0.0.1', PORT), timeout=30)
    s.sendall(('POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: multipart/form-data; boundary=x\r\n'
               'Content-Length: %d\r\nConnection: close\r\n\r\n' % (path, HOST, length)).encode())
    data = b''
    while True:
        try:
            b = s.recv(65536)
        except (ConnectionResetError, socket.timeout):
            break
        if not b:
            break
        data += b
    s.close()
    return data.decode('utf-8', 'replace')


def test_an_oversize_upload_is_answered_in_chinese_with_the_limit():
    app = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username = 'platform1'")[0][0]
    t = raw_post('/cgi-bin/app_files.cgi?id=%s' % app, 22 * 1024 * 1024)
    assert t.startswith('HTTP/1.1 413'), t[:200]
    body = t.split('\r\n\r\n', 1)[1]
    assert '提交的内容过大' in body and '每个文件最大 20 MB' in body and 'Request Entity' not in body, t[:3000]
    assert '数字化转型试点申报评审系统' in body                   # the site's frame


def test_a_refused_enterprise_save_names_the_files_it_did_not_keep():
    c, n = register_platform('uxf', '文件保留测试#有限公司', '5', '150102')
    app = start(c)
    c.page('/cgi-bin/app_ent.cgi?id=%s' % app)
    r = post_files(c, '/cgi-bin/app_ent.cgi?id=%s' % app, {'op': 'save', 'name': '缺信用代码企业', 'credit_code': ''},
                   {'f_contract': ('合同-甲.pdf', pdf('a')), 'f_scene': ('现场照片.pdf', pdf('b'))})
    assert r.status == 422
    t = r.text
    for name in ('合同-甲.pdf', '现场照片.pdf'):
        assert re.search(r'<p class="err" id="d-f_[a-z]+">您选择的文件“%s”没有保存' % re.escape(name), t), name
    assert sql("SELECT COUNT(*) FROM attachments WHERE application_id = %s" % app) == [['0']]


def test_the_audit_log_speaks_chinese_and_filters_by_kind():
    adm = logged_in('province')
    t = adm.get('/cgi-bin/audit.cgi').text
    row = r'<td title="([^"]*)">([^<]*)</td>\s*<td data-object="\d+">(.*?)</td><td class="opinion">(.*?)</td>'
    assert len(re.findall(row, t, re.S)) == 50
    # the 操作 filter lists kinds in words; each kind's newest entries, in words
    kinds = re.findall(r'<option value="([a-z_.]+)"[^>]*>([^<]+)</option>', t.split('id="f-action"')[1].split('</select>')[0])
    assert ('review.', '审核办理') in kinds and ('log', '登录与退出') in kinds, kinds
    seen = set()
    for kind, _ in kinds:
        for key, label, obj, summary in re.findall(row, adm.get('/cgi-bin/audit.cgi?action=' + kind).text, re.S):
            assert key.startswith(kind), (kind, key)
            seen.add(key)
            assert not re.search(r'[A-Za-z]', label) and label != '其他操作', (key, label)
            assert not re.search(r'\b(application|account|batch) \d+', obj), obj
            assert not re.search(r'->|\b(county_passed|city_passed|submitted|recommended|draft)\b', summary), summary
            # the summaries the pages write are Chinese too (names, codes and hashes aside)
            assert not re.search(r'\b(application|attachment|expert|assignment|item|row|sessions?|ended|status|scope|region|'
                                 r'organisation|platform|enterprise|basic|plan|kpi|license|credit|other|total)\b', summary), (key, summary)
    assert {'login', 'application.save', 'application.submit', 'review.pass', 'recommend.add'} <= seen, seen
    r = adm.get('/cgi-bin/audit.cgi?action=review.')
    got = re.findall(r'<td title="([^"]*)">([^<]*)</td>', r.text)
    assert got and all(k.startswith('review.') and l.startswith('审核：') for k, l in got), got[:3]
    app = re.search(r'<a href="/cgi-bin/app.cgi\?id=(\d+)">申报材料（编号 \1）</a>', r.text)
    assert app, r.text[-3000:]
    # the account page's history too
    acc = sql("SELECT id FROM accounts WHERE username = 'platform1'")[0][0]
    h = adm.get('/cgi-bin/account.cgi?id=%s' % acc).text
    assert '登录' in h and not re.search(r'<td>(login|logout|account\.[a-z_]+)</td>', h)


def test_error_pages_carry_the_frame_and_a_title_in_words():
    c = logged_in('platform1')
    r = c.get('/cgi-bin/app.cgi?id=987654321')
    assert r.status == 404
    assert '<h1>找不到该页面 <small class="count">（404）</small></h1>' in r.text
    assert 'class="brand"' in r.text and 'class="foot"' in r.text and 'class="main-nav"' in r.text
    r = logged_in('expert1').get('/cgi-bin/audit.cgi')
    assert r.status == 403 and '<h1>无权访问' in r.text
    assert re.search(r'<a class="brand" href="/cgi-bin/home.cgi"><span class="emblem" aria-hidden="true">数</span>\S', r.text)


def test_a_decision_without_its_reason_is_refused_beside_the_field():
    c, app = filed('150102', 33, 'R')
    county = logged_in('county-150102')
    t = county.page('/cgi-bin/app.cgi?id=%s' % app).text
    ver = re.search(r'name="version" value="(\d+)"', t).group(1)
    r = county.post('/cgi-bin/review.cgi', {'id': app, 'action': 'return', 'version': ver, 'opinion': ''})
    assert r.status == 422
    t = r.text
    assert '审核办理' in t and 'class="brand"' in t                          # the application's page, not an error page
    assert re.search(r'<p class="err" id="e-opinion">“退回修改”须填写意见（理由）。</p>', t), t[-4000:]
    assert re.search(r'<textarea id="f-opinion" name="opinion"[^>]*aria-invalid="true"', t)
    assert sql("SELECT state FROM applications WHERE id=%s" % app) == [['submitted']]


def test_a_recommendation_without_its_reason_is_refused_beside_its_row():
    city = logged_in('city-150200')
    t = city.page('/cgi-bin/recommend.cgi').text
    cands = re.findall(r'<textarea id="f-reason-(\d+)"', t)
    assert cands, 'the demo set leaves 包头市 a platform to recommend'
    batch = re.search(r'action="/cgi-bin/recommend.cgi\?batch=(\d+)"', t).group(1)
    r = city.post('/cgi-bin/recommend.cgi?batch=%s' % batch, {'op': 'add', 'app': cands[0], 'reason': ''})
    assert r.status == 422
    assert re.search(r'<textarea id="f-reason-%s" name="reason"[^>]*aria-invalid="true"' % cands[0], r.text)
    assert '<p class="err" id="e-reason-%s">请填写推荐理由</p>' % cands[0] in r.text
    assert 'class="error-summary"' not in r.text.split('提交推荐（')[1]       # the joint document's card says nothing


def test_ordinary_input_is_understood_and_the_rest_refused_with_an_example():
    c, n = register_platform('uxn', '输入测试#有限公司', '3', '150102')
    app = start(c)
    basic = dict(sections('150102', 15)['basic'], contact_phone='0471 6912345')
    assert save_section(c, app, 'basic', basic).status == 303
    kpi = dict(sections('150102', 15)['kpi'], kpi_1_target='40%', kpi_2_target='４５', kpi_13_target='1,200')
    assert save_section(c, app, 'kpi', kpi).status == 303
    got = dict(sql("SELECT name, value FROM app_fields WHERE application_id=%s AND name IN"
                   " ('contact_phone', 'kpi_1_target', 'kpi_2_target', 'kpi_13_target')" % app))
    assert got == {'contact_phone': '0471-6912345', 'kpi_1_target': '40', 'kpi_2_target': '45', 'kpi_13_target': '1200'}, got
    # not unambiguous: refused with an example of the expected form, the input kept
    r = save_section(c, app, 'basic', dict(basic, contact_phone='0471 691 2345'))
    assert r.status == 422 and '例如 0471-4824952' in r.text and 'value="0471 691 2345"' in r.text
    r = save_section(c, app, 'kpi', dict(kpi, kpi_13_target='1,20', kpi_6_target='7%'))   # 天: no % there
    assert r.status == 422 and r.text.count('例如 85 或 92.5') == 2, r.text.count('例如 85 或 92.5')
    r = add_enterprise(c, app, '逗号金额企业有限公司', uscc('91150102MA3N000012'[:17]), cost='1,200', contract='１,５００')
    assert r.status == 303, r.text[-2000:]
    assert sql("SELECT cost_yuan FROM app_enterprises WHERE application_id=%s" % app) == [['12000000']]


def test_the_version_diff_marks_the_changed_words():
    c, app = filed('150102', 21, 'D')
    county = logged_in('county-150102')
    t = county.page('/cgi-bin/app.cgi?id=%s' % app).text
    ver = re.search(r'name="version" value="(\d+)"', t).group(1)
    assert county.post('/cgi-bin/review.cgi', {'id': app, 'action': 'return', 'version': ver,
                                               'opinion': '请补充'}).status == 303
    plan = sections('150102', 21)['plan']
    plan['plan_1'] = plan['plan_1'].replace('长期聚焦', '十年来深耕')
    assert save_section(c, app, 'plan', plan).status == 303
    assert submit(c, app).status == 303
    t = county.get('/cgi-bin/app_versions.cgi?id=%s&a=1&b=2' % app).text
    assert '<del>长期聚焦</del>' in t and '<ins>十年来深耕</ins>' in t, re.findall(r'<(?:del|ins)>[^<]*</(?:del|ins)>', t)
    assert '<ins>' not in t.replace('<ins>十年来深耕</ins>', '')             # nothing else marked
