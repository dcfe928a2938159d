"""长春's 资金申报 (实施细则 第四章（六）): a passed 项目验收 opens it; the enterprise files its 资金申报书 with 合同、发票、
付款凭证 and submits (only with a passed 验收 and 二级 or above, refused otherwise with the clause); the 市 assigns a
第三方审计机构 (回避: not the enterprise's nor its 服务商's organisation), which uploads its 专项审计报告 and records the
audited amount (whole 元, never above what was applied for, each error beside its field); the 县（市）区 汇总s its list;
the 市's 专家评审 and 集体决策 (day, meeting) decide the 补贴 by changchun-2024 (一定比例 of the audited amount within
the cap, the explanation beside it); the list is published and 财政 (finance-cc) pays on 资金拨付.  Another 审计机构,
县（市）区 or enterprise sees nothing, and the 审计机构 sees no other page."""
import html, re
from dt import day, logged_in, pdf, post_files, sql
import cc_fund as F
import ent_filing


def text(r):
    return html.unescape(re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', r.text)))


def state(app):
    return sql("SELECT state FROM applications WHERE id = %s" % app)[0][0]


def rule(app):
    """The batch's 补贴比例 (%) and 上限 (元): its own parameters, else changchun-2024's defaults."""
    got = dict(sql("SELECT x.name, x.value FROM batch_params x JOIN applications p ON p.batch_id = x.batch_id"
                   " WHERE p.id = %s AND x.name IN ('rate_pct', 'cap_yuan')" % app))
    return int(got.get('rate_pct', 50)), int(got.get('cap_yuan', 500000))


def err(r, field):
    m = re.search(r'id="e-%s">(.*?)</p>' % field, r.text)
    return html.unescape(m.group(1)) if m else ''


def test_an_enterprise_applies_is_audited_decided_published_and_paid():
    c, org, app = F.accepted('220104', 'county-cc-3')                       # 朝阳区, 60 分: 三级
    city, a1, a2 = logged_in('city-cc'), logged_in('auditor1'), logged_in('auditor2')
    county, fin = logged_in('county-cc-3'), logged_in('finance-cc')
    assert state(app) == 'draft' and '当前阶段：<strong>资金申报</strong>' in c.get('/cgi-bin/home.cgi').text
    assert '试点项目进入资金申报阶段' in c.get('/cgi-bin/messages.cgi').text
    # the 申报书: what is applied for is covered by 合同, 发票 and 付款凭证 (beside the field, the input kept)
    F.fill(c, app, files=('contract', 'invoice'))
    r = ent_filing.save(c, app, 'u2', dict(F.parts()['u2'], u_applied='95'))
    assert r.status == 422 and '不能超过已付款金额合计（付款凭证）' in err(r, 'u_applied') and 'value="95"' in r.text
    # the 校验 lists the missing 付款凭证 with its clause; submitted once it is there
    r = ent_filing.submit(c, app)
    assert r.status == 303 and 'check=1' in r.header('Location') and state(app) == 'draft'
    assert '请上传付款凭证（第四章（六）1（2）' in text(c.get(r.header('Location').split('#')[0]))
    post_files(c, '/cgi-bin/app_files.cgi?id=%s' % app, {'op': 'upload', 'kind': 'voucher'},
               {'upload': ('付款凭证.pdf', pdf('voucher %s' % app))})
    assert ent_filing.submit(c, app).status == 303 and state(app) == 'fund_applied'
    t = text(c.get('/cgi-bin/ent_print.cgi?id=%s' % app))
    for row in ('长春市中小企业数字化转型城市试点改造项目资金申报书', '改造合同金额合计（万元）', '已付款金额合计（万元）', '90',
                '申请审计核定的改造投入（万元）', '80', '☑ 本单位承诺', '县（市、区）工信主管部门审核意见'):
        assert row in t, row
    # nothing for a 审计机构 before it is assigned
    assert a1.get('/cgi-bin/fund.cgi?id=%s' % app).status == 404 and org not in a1.get('/cgi-bin/fund.cgi').text
    # the 市 assigns auditor1
    assert '已提交资金申报，待市分配审计机构' in text(city.get('/cgi-bin/home.cgi'))
    assert F.step(city, app, 'audit_assign', {'auditor': F.account('auditor1')}).status == 303 and state(app) == 'audit_assigned'
    assert '待办：%s的改造项目专项审计' % org in a1.get('/cgi-bin/messages.cgi').text
    t = text(a1.get('/cgi-bin/home.cgi'))
    assert '已分配审计机构，待专项审计 1 件' in t or re.search(r'已分配审计机构，待专项审计 \d+ 件', t), t[:800]
    # scope: another 审计机构, 县（市）区, enterprise; the 审计机构 on the enterprise's other pages
    for who, want in ((a2, 404), (logged_in('county-cc-14'), 404), (logged_in('cc-enterprise2'), 404), (county, 200),
                      (city, 200), (c, 200), (a1, 200), (logged_in('evaluator1'), 403), (fin, 403)):
        assert who.get('/cgi-bin/fund.cgi?id=%s' % app).status == want, who
    assert org not in a2.get('/cgi-bin/fund.cgi').text and org in a1.get('/cgi-bin/fund.cgi').text
    assert F.audit(a2, app, 700000).status == 404
    for page in ('ent.cgi?id=%s' % app, 'ent_edit.cgi?id=%s&section=u2' % app, 'app_files.cgi?id=%s' % app,
                 'pilot.cgi', 'accept.cgi', 'eval.cgi', 'payments.cgi', 'evaluators.cgi'):
        assert a1.get('/cgi-bin/' + page).status == 403, page
    # its files: the 申报书's 合同、发票、付款凭证, not the project's other stages'
    files = sql("SELECT t.id, p.stage FROM attachments t JOIN applications p ON p.id = t.application_id"
                " WHERE p.project_id = (SELECT project_id FROM applications WHERE id = %s)" % app)
    assert {s for _, s in files} >= {'fund', 'evaluation'}
    for fid, stage in files:
        assert a1.get('/cgi-bin/file.cgi?id=%s' % fid).status == (200 if stage == 'fund' else 404), stage
    # the 专项审计: whole 元, never above what was applied for (80万元) nor the amounts it verified, the report required
    r = F.audit(a1, app, 800001)
    assert r.status == 422 and '不能超过企业申报的改造投入 800000 元' in err(r, 'audited_yuan') and 'value="800001"' in r.text
    r = F.audit(a1, app, 800000, paid='750000')
    assert r.status == 422 and '不能超过审计核实的已付款金额（元）' in err(r, 'audited_yuan')
    r = F.audit(a1, app, '65.5')
    assert r.status == 422 and err(r, 'audited_yuan')
    r = F.audit(a1, app, 650000, report=False)
    assert r.status == 422 and '请上传专项审计报告' in err(r, 'upload') and state(app) == 'audit_assigned'
    assert F.audit(a1, app, 650000).status == 303 and state(app) == 'audited'
    row = sql("SELECT contract_yuan, invoice_yuan, paid_yuan, audited_yuan, applied_yuan, audited_on FROM cc_fund_audits"
              " WHERE application_id = %s" % app)
    assert row == [['1200000', '1000000', '900000', '650000', '800000', day(0)]], row
    # the 县（市）区 汇总: its list (and the 汇总表) has it; the 市 is told
    t = text(county.get('/cgi-bin/fund.cgi'))
    assert org in t and '800000 650000' in t
    csv = county.get('/cgi-bin/fund.cgi?format=csv').text
    assert re.search(r'"%s","朝阳区","吉林长审会计师事务所有限公司","80\.0000","65\.0000"' % re.escape(org), csv), csv[:500]
    assert org not in logged_in('county-cc-4').get('/cgi-bin/fund.cgi?format=csv').text
    # the 县（市）区's list to the 市 as a whole (each by its row): another 县（市）区 may not, the 市 may not
    assert '汇总上报市工信局' in county.get('/cgi-bin/fund.cgi').text
    assert city.post('/cgi-bin/fund.cgi', {'action': 'fund_list'}).status == 403
    r = logged_in('county-cc-14').post('/cgi-bin/fund.cgi', {'action': 'fund_list'})
    assert r.status == 303 and state(app) == 'audited'
    county.page('/cgi-bin/fund.cgi')
    r = county.post('/cgi-bin/fund.cgi', {'action': 'fund_list'})
    assert r.status == 303 and state(app) == 'fund_listed', r
    assert '汇总上报市工信局' in text(county.get(r.header('Location')))
    # 专家评审 and 集体决策, each with its day and meeting (required, beside the field)
    r = F.city(city, app, 'fund_expert_pass', meeting='')
    assert r.status == 422 and state(app) == 'fund_listed'
    assert F.city(city, app, 'fund_expert_pass').status == 303 and state(app) == 'fund_reviewed'
    rate, cap = rule(app)
    want = min(650000 * rate // 100, cap)
    t = text(city.get('/cgi-bin/fund.cgi?id=%s' % app))
    assert '按资金规则测算的补贴金额 %d 元' % want in t and '650000元 × %d%% = %d元' % (rate, 650000 * rate // 100) in t, t
    assert '第四章（六）' in t
    assert F.city(city, app, 'fund_decide', meeting='2024年第3次局长办公会').status == 303 and state(app) == 'fund_decided'
    dec = sql("SELECT id, amount_yuan, kind, ruleset, ruleset_version, credit_code, explanation FROM money_decisions"
              " WHERE application_id = %s" % app)
    assert [x[1:5] for x in dec] == [[str(want), 'subsidy', 'changchun-2024', '1']], dec
    assert dec[0][5] == sql("SELECT credit_code FROM accounts WHERE username = (SELECT a.username FROM accounts a JOIN"
                            " applications p ON p.account_id = a.id WHERE p.id = %s)" % app)[0][0]
    assert '2024年第3次局长办公会' in dec[0][6] and '审计核定的改造支出（元） = 650000元' in dec[0][6]
    labels = [x[0] for x in sql("SELECT label FROM app_decisions WHERE application_id = %s ORDER BY id" % app)]
    assert labels[-2:] == ['专家评审通过', '集体决策：核定补贴金额'], labels
    meetings = sql("SELECT meeting, act_date FROM app_decisions WHERE application_id = %s ORDER BY id" % app)
    assert meetings[-1] == ['2024年第3次局长办公会', day(0)], meetings
    # the amount, its explanation beside it, for the enterprise too
    t = text(c.get('/cgi-bin/fund.cgi?id=%s' % app))
    assert '核定的补贴金额 %d 元' % want in t and '改造后数字化水平三级，达到二级及以上' in t
    # 公布 and the published list; 财政 pays what was decided
    assert org not in city.get('/cgi-bin/fund.cgi?show=published').text
    assert F.step(city, app, 'fund_publish', {'act_date': day(0)}).status == 303 and state(app) == 'fund_published'
    t = text(city.get('/cgi-bin/fund.cgi?show=published'))
    assert org in t and str(want) in t
    assert '已公布补贴名单，待财政拨付' in text(c.get('/cgi-bin/fund.cgi?id=%s' % app))
    assert org in text(fin.get('/cgi-bin/home.cgi'))
    page = fin.page('/cgi-bin/payments.cgi?id=%s' % dec[0][0])
    ver = re.search(r'name="op" value="pay">.*?name="version" value="(\d+)"', page.text, re.S).group(1)
    r = post_files(fin, '/cgi-bin/payments.cgi?id=%s' % dec[0][0],
                   {'op': 'pay', 'version': ver, 'pay_day': day(0), 'pay_amount': '%d.%04d' % (want // 10000, want % 10000),
                    'bank_ref': 'CC-FUND-0001'}, {'voucher': ('付款凭证.pdf', pdf('pay %s' % app))})
    assert r.status == 303, r
    assert sql("SELECT SUM(amount_yuan) FROM payments WHERE decision_id = %s" % dec[0][0])[0][0] == str(want)


def test_the_cap_and_a_rejection():
    c, org, app = F.accepted('220105', 'county-cc-4', total=(20, 20, 20, 20))   # 二道区, 80 分: 四级
    city, a1, county = logged_in('city-cc'), logged_in('auditor1'), logged_in('county-cc-4')
    F.fill(c, app, applied='120', u_contract='130', u_invoice='125', u_paid='120')
    assert ent_filing.submit(c, app).status == 303
    assert F.step(city, app, 'audit_assign', {'auditor': F.account('auditor1')}).status == 303
    full = dict(contract='1300000', invoice='1250000', paid='1200000')
    assert F.audit(a1, app, 1100000, **full).status == 303
    rate, cap = rule(app)
    assert 1100000 * rate // 100 > cap, 'the cap binds at the default 50% and 50万'
    # the 县（市）区 returns it once: the enterprise resubmits, the 市 assigns again, the 审计机构 audits again
    r = F.step(county, app, 'fund_return', {'opinion': ''})
    assert r.status == 422 and state(app) == 'audited'
    assert F.step(county, app, 'fund_return', {'opinion': '请补充设备采购合同的验收单。'}).status == 303 and state(app) == 'returned'
    assert '请补充设备采购合同的验收单。' in text(c.get('/cgi-bin/fund.cgi?id=%s' % app))
    # its 附件材料 are editable again, but the 审计机构's report is not the enterprise's to delete
    report = sql("SELECT report_id FROM cc_fund_audits WHERE application_id = %s" % app)[0][0]
    c.page('/cgi-bin/app_files.cgi?id=%s' % app)
    assert post_files(c, '/cgi-bin/app_files.cgi?id=%s' % app, {'op': 'delete', 'file': report}, {}).status == 404
    assert sql("SELECT COUNT(*) FROM attachments WHERE id = %s" % report) == [['1']]
    assert ent_filing.submit(c, app).status == 303 and state(app) == 'fund_applied'
    assert F.step(city, app, 'audit_assign', {'auditor': F.account('auditor1')}).status == 303
    assert sql("SELECT audited_yuan IS NULL FROM cc_fund_audits WHERE application_id = %s" % app)[0][0] == '1'
    assert F.audit(a1, app, 1100000, **full).status == 303
    assert F.step(county, app, 'fund_list').status == 303
    assert F.city(city, app, 'fund_expert_pass').status == 303 and F.city(city, app, 'fund_decide').status == 303
    got = sql("SELECT amount_yuan, explanation FROM money_decisions WHERE application_id = %s" % app)
    assert got[0][0] == str(cap) and '超过每家企业上限 %d元' % cap in got[0][1], got
    # another, turned down by the 集体决策 with its reason: no money
    c2, org2, app2 = F.accepted('220105', 'county-cc-4')
    F.fill(c2, app2)
    assert ent_filing.submit(c2, app2).status == 303
    assert F.step(city, app2, 'audit_assign', {'auditor': F.account('auditor1')}).status == 303
    assert F.audit(a1, app2, 500000).status == 303 and F.step(county, app2, 'fund_list').status == 303
    r = F.city(city, app2, 'fund_expert_fail')
    assert r.status == 422 and state(app2) == 'fund_listed'
    assert F.city(city, app2, 'fund_expert_fail', opinion='改造投入与验收内容不符。').status == 303
    assert state(app2) == 'fund_rejected' and sql("SELECT COUNT(*) FROM money_decisions WHERE application_id = %s" % app2) == [['0']]
    assert '不予补贴' in text(c2.get('/cgi-bin/fund.cgi?id=%s' % app2))


def test_conflicts_of_interest_are_refused_beside_the_field():
    c, org, app = F.accepted('220104', 'county-cc-3')
    city = logged_in('city-cc')
    F.fill(c, app)
    assert ent_filing.submit(c, app).status == 303
    # the 市 opens two 审计机构 accounts: one of the enterprise's organisation, one of its 服务商's (provider1)
    n = sql("SELECT COUNT(*) FROM accounts")[0][0]
    codes = {'self': sql("SELECT o.credit_code FROM accounts o JOIN applications p ON p.account_id = o.id WHERE p.id = %s" % app)[0][0],
             'provider': sql("SELECT credit_code FROM accounts WHERE username = 'provider1'")[0][0]}
    ids = {}
    page = city.page('/cgi-bin/evaluators.cgi?kind=auditor')
    assert '第三方审计机构' in text(page) and '审计机构名称' in page.text
    for k, code in codes.items():
        r = city.post('/cgi-bin/evaluators.cgi', {'op': 'create', 'kind': 'auditor', 'username': 'au%s%s' % (k, n),
                                                               'display_name': '审计%s%s' % (k, n), 'org_credit_code': code,
                                                               'contact_person': '联系人', 'mobile': '13704319999'})
        assert r.status == 200 and '已开通审计机构账户' in r.text, r.text[:500]
        ids[k] = sql("SELECT id, role FROM accounts WHERE username = 'au%s%s'" % (k, n))[0]
        assert ids[k][1] == 'auditor'
    assert 'au%s%s' % ('self', n) in city.get('/cgi-bin/evaluators.cgi?kind=auditor').text
    assert 'au%s%s' % ('self', n) not in city.get('/cgi-bin/evaluators.cgi').text
    r = F.step(city, app, 'audit_assign', {'auditor': ids['self'][0]})
    assert r.status == 422 and '回避：该审计机构与试点企业为同一单位' in err(r, 'auditor') and state(app) == 'fund_applied'
    r = F.step(city, app, 'audit_assign', {'auditor': ids['provider'][0]})
    assert r.status == 422 and '回避：该审计机构与本项目的服务商' in err(r, 'auditor') and state(app) == 'fund_applied'
    r = F.step(city, app, 'audit_assign', {'auditor': F.account('evaluator1')})
    assert r.status == 422 and '请选择本市的审计机构' in err(r, 'auditor')
    # a 县（市）区 or the enterprise may not assign
    assert F.step(logged_in('county-cc-3'), app, 'audit_assign', {'auditor': F.account('auditor1')}).status == 403
    assert F.step(city, app, 'audit_assign', {'auditor': F.account('auditor2')}).status == 303


def test_only_after_a_passed_acceptance_at_level_two_or_above():
    # a failed 验收 opens no 资金申报
    import cc_accept as A
    c, org, acc = A.evaluated('220104', 'county-cc-3')
    assert A.submit(c, acc).status == 303
    assert A.opinion(logged_in('evaluator1'), acc, 'fail').status == 303
    assert A.county(logged_in('county-cc-3'), acc).status == 303 and state(acc) == 'returned'
    assert F.fund_of(acc) is None and 'fund.cgi?id=' not in c.get('/cgi-bin/fund.cgi').text
    # the submission checks both again in its own transaction: a passed project whose level stands below 二级 (the
    # level confirmed in 水平评测, changed here in SQL: no page lowers it after 验收) is refused with the clause
    c, org, app = F.accepted('220104', 'county-cc-3')
    F.fill(c, app)
    ev = sql("SELECT x.id FROM applications p JOIN applications x ON x.project_id = p.project_id AND x.stage = 'evaluation'"
             " WHERE p.id = %s" % app)[0][0]
    sql("UPDATE evaluations SET level = '1' WHERE application_id = %s" % ev)
    r = ent_filing.submit(c, app)
    assert state(app) == 'draft'
    t = text(c.get(r.header('Location').split('#')[0])) if r.status == 303 else text(r)
    assert '水平评测认定的数字化水平为一级，未达到二级，不能申请资金补贴' in t and '第四章（六）1（1）' in t, t[:2000]
    assert '未达到二级' in text(c.get('/cgi-bin/fund.cgi?id=%s' % app))
    # and one whose 验收 no longer stands passed
    sql("UPDATE evaluations SET level = '3' WHERE application_id = %s" % ev)
    acc = sql("SELECT x.id FROM applications p JOIN applications x ON x.project_id = p.project_id AND x.stage = 'accept'"
              " WHERE p.id = %s" % app)[0][0]
    sql("UPDATE applications SET state = 'opined_pass' WHERE id = %s" % acc)
    r = ent_filing.submit(c, app)
    t = text(c.get(r.header('Location').split('#')[0])) if r.status == 303 else text(r)
    assert state(app) == 'draft' and '改造项目验收尚未通过，不能申请资金补贴' in t, t[:2000]
    sql("UPDATE applications SET state = 'passed' WHERE id = %s" % acc)
    assert ent_filing.submit(c, app).status == 303 and state(app) == 'fund_applied'
