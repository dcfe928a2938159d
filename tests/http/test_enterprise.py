"""HTTP tests of the enterprise programme (洛阳 申报书): every part saved and
reloaded intact, the 500-character limit in Chinese characters, eligibility
refusals citing 征集条件, consistency flags, submit / return / resubmit, the
县区 recommendation against its quota, the 推荐汇总表 in its 15 columns as screen,
XLSX and CSV, scope, and the 市's final list."""
import csv, io, os, re, zipfile
from dt import Client, logged_in, sql, post_files, pdf, day, doc_no, xlsx_text
from filing import uscc
import ent_filing
from ent_filing import new_enterprise


def problems(c, app):
    return re.findall(r'<li><a href="[^"]*">([^<]*)</a></li>', c.get('/cgi-bin/ent.cgi?id=%s&check=1' % app).text)


def test_every_part_saved_and_reloaded_intact():
    c, n = new_enterprise()
    app = ent_filing.start(c)
    ent_filing.fill(c, app)
    t = c.get('/cgi-bin/ent_edit.cgi?id=%s&section=e2' % app).text
    for f in ('e_proj_line', 'e_proj_workshop', 'e_cloud_public', 'e_ct_business', 'e_sw_cad', 'e_sw_mes', 'e_sw_erp',
              'e_sw_wh_other', 'e_pf_ent'):
        assert re.search(r'id="f-%s" name="%s" value="1" checked' % (f, f), t), f
    assert 'id="f-e_sw_aps" name="e_sw_aps" value="1">' in t                       # unticked stays unticked
    assert 'value="自研仓储看板"' in t and 'id="f-e_level-2" name="e_level" value="2" checked' in t
    t = c.get('/cgi-bin/ent_edit.cgi?id=%s&section=e1' % app).text
    assert 'value="洛阳轴承集团"' in t and 'name="e_chain" value="yes" checked' in t and 'value="650.5"' in t
    assert '<label for="f-e_industry-1">轴承及通用零部件</label>' in t and '生产经营情况' in t
    # "其他" ticked without its text is refused with the input kept
    r = ent_filing.save(c, app, 'e3', dict(ent_filing.parts()['e3'], e_gov_other='1'))
    assert r.status == 422 and '勾选“其他”时请填写具体内容' in r.text
    assert re.search(r'id="f-e_gov_subsidy" name="e_gov_subsidy" value="1" checked', r.text)
    # 200万及以上 needs the amount
    r = ent_filing.save(c, app, 'e3', dict(ent_filing.parts()['e3'], e_budget='ge200'))
    assert r.status == 422 and '请填写具体金额' in r.text
    r = ent_filing.save(c, app, 'e3', dict(ent_filing.parts()['e3'], e_budget='ge200', e_budget_amount='350'))
    assert r.status == 303
    assert problems(c, app) == []


def test_500_character_limit_counted_in_chinese_characters():
    c, n = new_enterprise()
    app = ent_filing.start(c)
    e1 = ent_filing.parts()['e1']
    r = ent_filing.save(c, app, 'e1', dict(e1, e_profile='数' * 501))
    assert r.status == 422 and '企业基本情况（500字以内）最多500个字，当前501个字' in r.text
    assert ent_filing.save(c, app, 'e1', dict(e1, e_profile='数' * 500)).status == 303      # 1500 bytes


def test_eligibility_refusals_cite_the_conditions():
    c, n = new_enterprise()
    app = ent_filing.start(c)
    ent_filing.fill(c, app)
    e1 = ent_filing.parts()['e1']
    assert ent_filing.save(c, app, 'e1', dict(e1, e_giant_funded='yes', e_pilot2022='yes', e_scale='')).status == 303
    ps = problems(c, app)
    assert any('专精特新“小巨人”企业不可申报（征集条件（五））' in p for p in ps)
    assert any('2022〕22号改造试点的中小企业不可申报（征集条件（五））' in p for p in ps)
    assert any('中型、小型或微型企业（征集条件（一））' in p for p in ps)
    r = ent_filing.submit(c, app)
    assert 'check=1' in r.header('Location') and sql("SELECT state FROM applications WHERE id=%s" % app)[0][0] == 'draft'
    assert ent_filing.save(c, app, 'e1', e1).status == 303
    r = ent_filing.save(c, app, 'e1', dict(e1, e_scale='large'))
    assert r.status == 422 and '请从列出的选项中选择' in r.text


def test_figures_are_flagged_not_refused():
    c, n = new_enterprise()
    app = ent_filing.start(c)
    ent_filing.fill(c, app)
    assert ent_filing.save(c, app, 'e1', dict(ent_filing.parts()['e1'], e_rev_per_capita='55')).status == 303
    t = c.get('/cgi-bin/ent.cgi?id=%s' % app).text
    assert '人均营业收入填报 55.00 万元，与营业收入 ÷ 员工总数 = 40.00 万元不一致' in t
    assert problems(c, app) == []
    assert ent_filing.submit(c, app).status == 303 and sql("SELECT state FROM applications WHERE id=%s" % app)[0][0] == 'submitted'


def decide(c, app, action, opinion='意见'):
    r = c.page('/cgi-bin/ent.cgi?id=%s' % app)
    ver = re.search(r'name="id" value="%s"><input type="hidden" name="version" value="(\d+)"' % app, r.text).group(1)
    return c.post('/cgi-bin/review.cgi', {'id': app, 'action': action, 'opinion': opinion, 'version': ver})


def test_return_resubmit_recommend_within_quota_and_city_list():
    # 新安县 (附件2: 20) — two enterprises filed, returned once, passed, recommended with a confirmation
    apps = []
    for i in range(2):
        c, n = new_enterprise('410323')
        app = ent_filing.start(c)
        ent_filing.fill(c, app)
        assert ent_filing.submit(c, app).status == 303
        apps.append((c, app))
    county = logged_in('county-ly-3')
    assert decide(county, apps[0][1], 'return', '请补充研发投入证明').status == 303
    c0 = apps[0][0]
    assert '请补充研发投入证明' in c0.get('/cgi-bin/ent.cgi?id=%s' % apps[0][1]).text
    assert ent_filing.save(c0, apps[0][1], 'e1', dict(ent_filing.parts()['e1'], e_county='410323', e_rnd='330')).status == 303
    assert ent_filing.submit(c0, apps[0][1]).status == 303
    for c, app in apps:
        assert decide(county, app, 'pass').status == 303
    # scope: another 县区 cannot see them
    assert logged_in('county-ly-1').get('/cgi-bin/ent.cgi?id=%s' % apps[0][1]).status == 404
    county.page('/cgi-bin/county_rec.cgi')
    for c, app in apps:
        assert county.post('/cgi-bin/county_rec.cgi', {'op': 'add', 'app': app}).status == 303
    t = county.get('/cgi-bin/county_rec.cgi').text
    assert '参考推荐数量：<strong>20</strong>' in t and '已推荐 <strong>2</strong> 家' in t
    ver = re.search(r'name="op" value="submit"><input type="hidden" name="version" value="(\d+)"', t).group(1)
    r = post_files(county, '/cgi-bin/county_rec.cgi', {'op': 'submit', 'version': ver, 'doc_no': doc_no('新工信', 3)},
                   {'doc': ('推荐文件.pdf', pdf('xinan'))})
    assert r.status == 422 and '少于参考推荐数量 20 家' in r.text and '请填写少于推荐数量的理由' in r.text
    r = post_files(county, '/cgi-bin/county_rec.cgi', {'op': 'submit', 'version': ver, 'doc_no': doc_no('新工信', 3),
                                                       'confirm_fewer': '1', 'fewer_reason': '本县区符合条件的企业较少'},
                   {'doc': ('推荐文件.pdf', pdf('xinan'))})
    assert r.status == 303
    assert [sql("SELECT state FROM applications WHERE id=%s" % a)[0][0] for _, a in apps] == ['recommended', 'recommended']
    # the 县区's 推荐汇总表: 15 columns, on screen, in CSV and XLSX
    t = county.get('/cgi-bin/ent_summary.cgi').text
    assert '共 2 家企业' in t and '是否优质中小企业' in t and '是（专精特新中小企业）' in t
    assert '上云用云：设备上云；工业软件：MES、APS、QMS；工业互联网平台：产业链级' in t
    rows = list(csv.reader(io.StringIO(county.get('/cgi-bin/ent_summary.cgi?format=csv').body[3:].decode())))
    assert len(rows[0]) == 15 and len(rows) == 3 and rows[1][2] == '小型' and rows[1][3] == '规上' and rows[1][5] == '8000.0000'
    x = county.get('/cgi-bin/ent_summary.cgi?format=xlsx').body
    sheet = xlsx_text(x)
    assert '洛阳市中小企业数字化转型试点企业推荐汇总表' in sheet and '新安县' in sheet and '是（专精特新中小企业）' in sheet
    assert '新安县' in county.get('/cgi-bin/ent_summary.cgi?format=print').text
    # the 市 selects one, returns nothing, and exports its final list
    city = logged_in('city-ly')
    assert ent_filing.city_lists(apps[1][1]).status == 303
    t = city.get('/cgi-bin/ent_summary.cgi?state=selected').text
    # (other tests of the run may have listed enterprises of this batch too: counted from the table)
    n = int(sql("SELECT COUNT(*) FROM applications WHERE batch_id = (SELECT batch_id FROM applications WHERE id=%s)"
                " AND stage = 'apply' AND state = 'selected'" % apps[1][1])[0][0])
    name = lambda a: sql("SELECT a.display_name FROM applications p JOIN accounts a ON a.id = p.account_id WHERE p.id=%s" % a)[0][0]
    assert '共 %d 家企业' % n in t and name(apps[1][1]) in t and name(apps[0][1]) not in t
    rows = list(csv.reader(io.StringIO(city.get('/cgi-bin/ent_summary.cgi?state=selected&format=csv').body[3:].decode())))
    assert len(rows) == n + 1
    # an Inner Mongolia city has no business here
    assert logged_in('city-150200').get('/cgi-bin/ent.cgi?id=%s' % apps[1][1]).status == 404
    assert logged_in('city-150200').get('/cgi-bin/ent_summary.cgi').status == 404


def test_city_sets_up_its_enterprise_batch_with_industries_and_quotas():
    city = logged_in('city-ly')
    t = city.page('/cgi-bin/batch.cgi').text
    assert '<label for="f-quota-410308">孟津区</label>' in t and '试点行业（每行一个，共4个）' in t
    form = [('year', day(300)[:4]), ('title', '洛阳市第二批中小企业数字化转型试点企业'), ('open_date', day(300)),
            ('applicant_deadline', day(331)), ('county_deadline', day(345)), ('city_deadline', day(360)),
            ('data_year', str(int(day()[:4]) - 1))]
    quotas = [('quota_county', '410308'), ('quota', '30'), ('quota_county', '410305'), ('quota', '25'),
              ('quota_county', '410371'), ('quota', '')]
    r = city.post('/cgi-bin/batch.cgi', form + [('industries', '轴承及通用零部件\n铜铝及先进合金材料\n电气及光电设备')] + quotas)
    assert r.status == 422 and '请填写4个试点行业' in r.text and 'value="30"' in r.text
    r = city.post('/cgi-bin/batch.cgi', form + [('industries', '轴承及通用零部件\n铜铝及先进合金材料\n电气及光电设备\n化工材料及产品')] + quotas)
    assert r.status == 303
    bid = re.search(r'id=(\d+)', r.header('Location')).group(1)
    row = sql("SELECT b.programme, b.region_code, y.value, i.value FROM batches b JOIN batch_params y ON y.batch_id = b.id"
              " AND y.name = 'data_year' JOIN batch_params i ON i.batch_id = b.id AND i.name = 'industries' WHERE b.id=%s" % bid)[0]
    assert row == ['enterprise', '410300', str(int(day()[:4]) - 1), '轴承及通用零部件|铜铝及先进合金材料|电气及光电设备|化工材料及产品']
    assert sql("SELECT GROUP_CONCAT(CONCAT(region_code, ':', quota) ORDER BY region_code) FROM rec_quotas WHERE batch_id=%s" % bid)[0][0] \
        == '410305:25,410308:30'
    assert '洛阳市第二批' in city.get('/cgi-bin/batches.cgi').text
    assert '洛阳市第二批' not in logged_in('province').get('/cgi-bin/batches.cgi').text
    assert logged_in('province').get('/cgi-bin/batch.cgi?id=%s' % bid).status == 404
