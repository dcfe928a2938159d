"""长春's views (issue 14 "Views"): the 县区 and 市 工作看板 -- projects per stage and state, overdue 咨询诊断报告,
levels before (自评测) and after (水平评测), per 服务商, progress against 第二章's target -- checked against what the
test made through the pages (two projects of 双阳区: one through 水平评测 at 二级, one whose report is overdue) and
against SQL; a count leads to the list it counts; another 县区 sees none of it.  The exports through the one table
writer: the 试点企业库, the 备案 list, the 评测 results as CSV and XLSX.  The 一企一档 shows every stage with its
documents, the 服务商 and the levels.  The 服务商 edits its parts of 附件3 (二 and 三), never the enterprise's part
nor another project's; the enterprise confirms each of its saves before submitting."""
import csv, io, os, re, sys
from dt import day, logged_in, sql
import cc_filing
import cc_life
import cc_transform
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_summary import xlsx_cells      # noqa: E402  (the XLSX read from its sheet XML)

COUNTY = '220112'            # 双阳区: county-cc-6


def sql1(q):
    return sql(q)[0][0]


def account(user):
    return sql1("SELECT id FROM accounts WHERE username = '%s'" % user)


def csv_rows(r):
    assert r.status == 200 and r.body.startswith(b'\xef\xbb\xbf'), r
    return list(csv.reader(io.StringIO(r.body[3:].decode('utf-8'))))


def part(c, name, batch):
    return csv_rows(c.get('/cgi-bin/cc_dash.cgi?batch=%s&part=%s&format=csv' % (batch, name)))


def row(rows, first):
    got = [x for x in rows if x and x[0] == first]
    return [int(v) if re.fullmatch(r'\d+', v) else v for v in got[0]] if got else None


def snapshot(c, batch):
    return {k: part(c, k, batch) for k in ('counties', 'levels', 'providers', 'targets', 'stages')}


def delta(before, after, table, first, cols):
    b, a = row(before[table], first), row(after[table], first)
    return [a[k] - (b[k] if b else 0) for k in cols]


def through_evaluation(provider):
    """A new enterprise of 双阳区 listed, through 咨询诊断 with this 服务商, its 备案 filed, evaluated 55 (二级) and
    confirmed: (client, its 备案 application, its 评测 application, its name)."""
    c, app, org = cc_transform.listed_enterprise(COUNTY)
    city = logged_in('city-cc')
    filing = cc_transform.open_stage(c, app, logged_in(provider), account(provider), city)
    cc_transform.filed(c, filing, logged_in('county-cc-6'), city, cc_transform.scene_ids(['2.8.1']))
    ev = sql1("SELECT id FROM applications WHERE stage = 'evaluation' AND project_id = (SELECT project_id FROM applications"
              " WHERE id = %s)" % app)
    e1 = logged_in('evaluator1')
    assert cc_life.eval_step(city, ev, 'assign', {'evaluator': account('evaluator1')}).status == 303
    assert cc_life.eval_step(e1, ev, 'score', cc_life.scores('15', '15', '15', '10'), upload=True).status == 303
    assert cc_life.eval_step(city, ev, 'eval_confirm').status == 303
    return c, filing, ev, org


def overdue_report(provider):
    """A new enterprise of 双阳区 listed, its 服务商 chosen, the service completed 20 days ago and no report."""
    c, app, org = cc_transform.listed_enterprise(COUNTY)
    diag = sql1("SELECT id FROM applications WHERE stage = 'diagnosis' AND project_id = (SELECT project_id FROM applications"
                " WHERE id = %s)" % app)
    assert cc_life.choose(c, diag, account(provider)).status == 303
    assert cc_life.complete(logged_in(provider), diag, day(-20)).status == 303
    return org


def test_dashboard_counts_what_the_pages_made_and_keeps_to_its_region():
    city, county, other = logged_in('city-cc'), logged_in('county-cc-6'), logged_in('county-cc-1')
    batch = sql1("SELECT MAX(id) FROM batches WHERE programme = 'changchun'")
    provider = sql1("SELECT display_name FROM accounts WHERE username = 'provider3'")
    before = snapshot(city, batch)
    c, filing, ev, org = through_evaluation('provider3')
    late = overdue_report('provider3')
    after = snapshot(city, batch)
    # per 县（市）区: 入库, 咨询诊断, 逾期, 备案入库, 评测认定, 验收通过
    assert delta(before, after, 'counties', '双阳区', range(1, 7)) == [2, 2, 1, 1, 1, 0]
    assert delta(before, after, 'counties', '南关区', range(1, 7)) == [0] * 6
    # levels: 无等级 before (自评测 of the first), 二级 after (55: 40 <= total < 60)
    assert delta(before, after, 'levels', '无等级', [1, 2]) == [1, 0]
    assert delta(before, after, 'levels', '二级', [1, 2]) == [0, 1]
    # per 服务商: projects, overdue, 满意 / 基本满意 / 不满意, 验收 (no 验收 stage decided: "—")
    assert delta(before, after, 'providers', provider, range(1, 6)) == [2, 1, 1, 0, 0]
    assert row(after['providers'], provider)[8] == '—'
    # 第二章: target vs now
    t = row(after['targets'], '入选试点企业库')
    assert t[1] == int((sql("SELECT value FROM batch_params WHERE batch_id = %s AND name = 'target'" % batch) or [['500']])[0][0])
    for name, k in (('入选试点企业库', 2), ('咨询诊断验收通过', 1), ('数字化改造备案入库', 1), ('水平评测复核认定', 1),
                    ('其中评测二级及以上', 1), ('项目验收通过（实现数字化转型升级）', 0)):
        assert delta(before, after, 'targets', name, [2]) == [k], name
    # the 县区's own dashboard: its numbers equal SQL over its region, no per-县区 table
    now = sql1("SELECT COUNT(*) FROM applications WHERE batch_id = %s AND stage = 'apply' AND state = 'listed'"
               " AND region_code = '%s'" % (batch, COUNTY))
    assert row(part(county, 'targets', batch), '入选试点企业库')[2] == int(now)
    overdue = sql1("SELECT COUNT(*) FROM diagnoses d JOIN applications p ON p.id = d.application_id WHERE p.batch_id = %s"
                   " AND p.region_code = '%s' AND d.report_id IS NULL AND CURDATE() > DATE_ADD(d.completed_on, INTERVAL"
                   " d.report_days DAY)" % (batch, COUNTY))
    assert row(part(county, 'providers', batch), provider)[2] <= int(overdue) and int(overdue) >= 1
    t = county.get('/cgi-bin/cc_dash.cgi?batch=%s' % batch).text
    assert '各县（市）区' not in t and '工作目标进度' in t and '各服务商' in t
    # a count leads to its list: the city's 双阳区 备案入库 and overdue, the 服务商's overdue
    t = city.get('/cgi-bin/cc_dash.cgi?batch=%s' % batch).text
    href = '/cgi-bin/cc_export.cgi?batch=%s&amp;stage=filing&amp;state=filed&amp;county=%s' % (batch, COUNTY)
    assert href in t
    assert org in city.get(href.replace('&amp;', '&')).text
    assert '/cgi-bin/diag.cgi?overdue=1&amp;county=%s' % COUNTY in t
    lst = city.get('/cgi-bin/diag.cgi?overdue=1&county=%s' % COUNTY).text
    assert late in lst and org not in lst
    pv = account('provider3')
    assert '/cgi-bin/diag.cgi?provider=%s&amp;overdue=1' % pv in t and late in city.get('/cgi-bin/diag.cgi?provider=%s&overdue=1' % pv).text
    assert org in city.get('/cgi-bin/cc_export.cgi?batch=%s&stage=evaluation&state=evaluated&level=2' % batch).text
    # another 县区: none of it, whatever it asks for
    o = snapshot(other, batch)
    assert all(org not in str(v) and late not in str(v) for v in o.values())
    assert row(o['targets'], '入选试点企业库')[2] == int(sql1(
        "SELECT COUNT(*) FROM applications WHERE batch_id = %s AND stage = 'apply' AND state = 'listed'"
        " AND region_code = '220102'" % batch))
    for q in ('stage=filing&county=%s' % COUNTY, 'stage=evaluation', 'stage=diagnosis&provider=%s' % pv):
        r = other.get('/cgi-bin/cc_export.cgi?batch=%s&%s' % (batch, q))
        assert r.status == 200 and org not in r.text and late not in r.text, q
    assert org not in other.get('/cgi-bin/pilot.cgi?format=csv').body.decode('utf-8')
    # the roles without a dashboard
    for who in ('cc-enterprise1', 'provider3', 'evaluator1'):
        assert logged_in(who).get('/cgi-bin/cc_dash.cgi').status == 403, who
        assert logged_in(who).get('/cgi-bin/cc_export.cgi?stage=filing').status == 403, who


def test_exports_and_the_record_of_one_enterprise():
    c, filing, ev, org = through_evaluation('provider2')
    city, county = logged_in('city-cc'), logged_in('county-cc-6')
    batch = sql1("SELECT batch_id FROM applications WHERE id = %s" % ev)
    code = sql1("SELECT o.credit_code FROM applications p JOIN accounts o ON o.id = p.account_id WHERE p.id = %s" % ev)
    evaluator = sql1("SELECT display_name FROM accounts WHERE username = 'evaluator1'")
    provider = sql1("SELECT display_name FROM accounts WHERE username = 'provider2'")
    # 评测 results: CSV and XLSX
    rows = csv_rows(county.get('/cgi-bin/cc_export.cgi?batch=%s&stage=evaluation&format=csv' % batch))
    head = rows[0]
    assert head[:7] == ['企业名称', '统一社会信用代码', '所属县（市、区）', '状态', '服务商', '提交日期', '最近办理日期']
    mine = [x for x in rows if x[0] == org]
    assert len(mine) == 1, rows
    got = dict(zip(head, mine[0]))
    assert (got['统一社会信用代码'], got['所属县（市、区）'], got['状态'], got['服务商']) == (code, '双阳区', '评测结果已复核认定', provider)
    assert (got['评测机构'], got['数字化基础'], got['数字化成效'], got['总分'], got['评测等级'], got['改造前等级（自评测）']) == \
        (evaluator, '15', '10', '55', '二级', '无等级')
    assert got['现场评测日期'] == sql1("SELECT visited_on FROM evaluations WHERE application_id = %s" % ev)
    r = county.get('/cgi-bin/cc_export.cgi?batch=%s&stage=evaluation&format=xlsx' % batch)
    assert r.status == 200 and 'spreadsheetml' in (r.header('content-type') or '')
    cells, _ = xlsx_cells(r.body)
    y = [k[1:] for k, v in cells.items() if k.startswith('A') and v == org]
    assert len(y) == 1 and cells['D' + y[0]] == '评测结果已复核认定' and float(cells['M' + y[0]]) == 55, cells
    # the 备案 list
    rows = csv_rows(city.get('/cgi-bin/cc_export.cgi?batch=%s&stage=filing&state=filed&format=csv' % batch))
    got = dict(zip(rows[0], [x for x in rows if x[0] == org][0]))
    assert (got['状态'], got['改造总花费（万元）'], got['目标等级'], got['改造项目开始日期'], got['改造项目结束日期']) == \
        ('已备案入库', '380', '三级', day(10), day(250))
    # the 试点企业库
    rows = csv_rows(city.get('/cgi-bin/pilot.cgi?format=csv'))
    assert rows[0] == ['企业名称', '统一社会信用代码', '所属县（市、区）', '入库日期', '入库名单数', '服务商', '改造前等级', '改造后等级']
    assert [x for x in rows if x[1] == code] == [[org, code, '双阳区', day(0), '1', provider, '无等级', '二级']]
    cells, _ = xlsx_cells(city.get('/cgi-bin/pilot.cgi?format=xlsx').body)
    assert org in cells.values() and code in cells.values()
    for fmt in ('print', 'pdf'):
        assert county.get('/cgi-bin/cc_export.cgi?batch=%s&stage=evaluation&format=%s' % (batch, fmt)).status == 200
        assert county.get('/cgi-bin/pilot.cgi?format=%s' % fmt).status == 200
    # 一企一档: every stage with state, days, documents; the 服务商, the 评测机构, levels before and after
    for who in (c, county, city):
        t = who.get('/cgi-bin/pilot.cgi?code=%s' % code).text
        assert provider in t and evaluator in t and '二级（总分 55.00）' in t, who
        for stage, state in (('申请入库', '已公布，入试点企业库'), ('咨询诊断', '诊断验收通过'), ('数字化改造备案', '已备案入库'),
                             ('水平评测', '评测结果已复核认定')):
            assert re.search(r'%s.*?</td>\s*<td>%s</td>' % (stage, state), t, re.S), (stage, state)
        for kind in ('咨询诊断服务协议', '咨询诊断报告', '满意度评价表', '数字化水平评测报告'):
            assert kind + '：<a href="/cgi-bin/file.cgi?id=' in t, kind
    f = re.search(r'咨询诊断报告：<a href="(/cgi-bin/file.cgi\?id=\d+)"', t).group(1)
    assert county.get(f).status == 200 and logged_in('county-cc-1').get(f).status == 404
    assert logged_in('county-cc-1').get('/cgi-bin/pilot.cgi?code=%s' % code).status == 404
    assert 'pilot.cgi?code=%s&amp;format=print' % code in t
    p = city.get('/cgi-bin/pilot.cgi?code=%s&format=print' % code).text
    assert '一企一档' in p and '数字化水平评测报告：' in p and 'file.cgi' not in p


def test_the_provider_edits_its_parts_of_attachment_3_and_the_enterprise_confirms():
    c, app, org = cc_transform.listed_enterprise(COUNTY)
    city, p1, p2 = logged_in('city-cc'), logged_in('provider1'), logged_in('provider2')
    filing = cc_transform.open_stage(c, app, p1, account('provider1'), city)
    scenes = cc_transform.scene_ids(['2.8.1'])
    parts = cc_transform.parts(scenes)
    cc_transform.fill(c, filing, scenes, [cc_transform.pool_product(scenes[0])])
    assert cc_transform.contract(c, filing).status == 303
    # the 服务商 finds the form from its 咨询诊断 page; its sections open for editing, the enterprise's are read-only
    diag = sql1("SELECT id FROM applications WHERE stage = 'diagnosis' AND project_id = (SELECT project_id FROM applications"
                " WHERE id = %s)" % filing)
    assert '/cgi-bin/ent_edit.cgi?id=%s&amp;section=f2' % filing in p1.get('/cgi-bin/diag.cgi?id=%s' % diag).text
    t = p1.get('/cgi-bin/ent_edit.cgi?id=%s&section=f3' % filing).text
    assert '您可以修改，保存后须经企业核对确认' in t and '<fieldset disabled' not in t
    t = p1.get('/cgi-bin/ent_edit.cgi?id=%s&section=f1' % filing).text
    assert '本部分由企业填写，服务商只能查看' in t and '<fieldset disabled' in t
    # it saves 三、改造情况 (the row locked at its state and version); the enterprise is told
    v0 = sql1("SELECT version FROM applications WHERE id = %s" % filing)
    r = cc_transform.save(p1, filing, 'f3', dict(parts['f3'], f_total='420', f_target='4'))
    assert r.status == 303, r
    assert sql("SELECT name, value FROM app_fields WHERE application_id = %s AND name IN ('f_total', 'f_target') ORDER BY name"
               % filing) == [['f_target', '4'], ['f_total', '420']]
    assert sql1("SELECT party_saved_by FROM app_sections WHERE application_id = %s AND section = 'f3'" % filing) == \
        str(account('provider1'))
    assert sql1("SELECT version FROM applications WHERE id = %s" % filing) == v0
    assert '待确认' in c.get('/cgi-bin/messages.cgi').text
    # not the enterprise's parts (一、基本情况, 真实性声明), not another project's, not as another 服务商
    for sec in ('f1', 'f6'):
        r = cc_transform.save(p1, filing, sec, parts[sec]) if sec != 'f1' else None
        if r is None:
            p1.page('/cgi-bin/ent_edit.cgi?id=%s&section=f1' % filing)
            r = p1.post('/cgi-bin/ent_edit.cgi?id=%s&section=f1' % filing, dict(parts['f1'], f_revenue='1', sv='1'))
        assert r.status == 403, (sec, r)
    assert sql1("SELECT value FROM app_fields WHERE application_id = %s AND name = 'f_revenue'" % filing) == '12000'
    assert p2.get('/cgi-bin/ent_edit.cgi?id=%s&section=f3' % filing).status == 404
    p2.page('/cgi-bin/home.cgi')
    assert p2.post('/cgi-bin/ent_edit.cgi?id=%s&section=f3' % filing, dict(parts['f3'], f_total='1', sv='1')).status == 404
    other = sql1("SELECT p.id FROM applications p JOIN project_parties x ON x.project_id = p.project_id AND x.role = 'provider'"
                 " WHERE p.stage = 'filing' AND x.account_id <> %s ORDER BY p.id LIMIT 1" % account('provider1'))
    assert p1.get('/cgi-bin/ent_edit.cgi?id=%s&section=f3' % other).status == 404
    # the enterprise confirms before submitting: the check names the section, submission waits
    t = c.get('/cgi-bin/ent.cgi?id=%s&check=1' % filing).text
    assert '修改了“三、改造情况”，请核对后点击“保存草稿”确认' in t
    c.page('/cgi-bin/ent.cgi?id=%s' % filing)
    r = c.post('/cgi-bin/app_submit.cgi', {'id': filing, 'op': 'submit',
                                           'version': sql1("SELECT version FROM applications WHERE id = %s" % filing)})
    assert 'check=1' in (r.header('location') or '') and sql1("SELECT state FROM applications WHERE id = %s" % filing) == 'draft'
    assert cc_transform.save(c, filing, 'f3', dict(parts['f3'], f_total='420', f_target='4')).status == 303
    assert sql1("SELECT party_saved_by FROM app_sections WHERE application_id = %s AND section = 'f3'" % filing) == 'NULL'
    assert cc_filing.submit(c, filing).status == 303
    # submitted: the 服务商's part is closed too
    r = cc_transform.save(p1, filing, 'f5', parts['f5'])
    assert r.status == 409 and sql1("SELECT state FROM applications WHERE id = %s" % filing) == 'submitted'
