"""洛阳's 数字化改造补助 (实施方案 二（六）14, seed 001) as the second stage of 洛阳's programme: it opens when
the 市 lists the enterprise; the enterprise files its level and spend with the vouchers on the stage's own
附件材料 page; 校验 cites the clause for a level below 二级; the 县区 checks item by item; the 市 核定 on a
recorded day and meeting, which writes the money decision at the amount the batch's rule set gives (the
same figure and explanation the overview showed); 财政 (finance-ly) pays it."""
import re
from dt import day, logged_in, pdf, post_files, sql
import cc_filing
import ent_filing

decide = cc_filing.decide           # one review step as ent.cgi's form sends it (opinion, confirm_N, date, meeting)


def listed_enterprise(county='410329', user='county-ly-4'):
    """An enterprise of 伊川县 filed, passed and recommended by its 县区, then listed by the 市."""
    c, n = ent_filing.new_enterprise(county)
    app = ent_filing.start(c)
    ent_filing.fill(c, app)
    assert ent_filing.submit(c, app).status == 303
    rev = logged_in(user)
    assert decide(rev, app, 'pass').status == 303
    r = ent_filing.county_lists(rev, [app], '伊工信〔%s〕9号' % n)
    assert r.status == 303, r
    return c, app


def subsidy_of(app):
    rows = sql("SELECT s.id, s.state FROM applications s JOIN applications p ON p.project_id = s.project_id"
               " WHERE p.id = %s AND s.stage = 'subsidy'" % app)
    return rows[0] if rows else None


YEAR = int(day(-200)[:4])                # the transformation ended last year or this, as the clock says
S1 = {'s_project': '冲压车间数字化改造', 's_period': '%d年3月至%d年10月' % (YEAR, YEAR), 's_content': '部署MES与设备联网，打通订单到生产。',
      's_level': '3', 's_evaluator': '洛阳市数字化水平评测中心', 's_eval_date': day(-20)}
S2 = {'s_software': '40', 's_cloud': '20', 's_equipment': '50', 's_other': '30', 's_note': '合同3份，发票5张，付款凭证5份。'}


def test_a_listed_enterprise_files_its_subsidy_and_finance_pays_the_decided_amount():
    c, app = listed_enterprise()
    city = logged_in('city-ly')
    assert subsidy_of(app) is None                       # not before the 市 lists it
    assert ent_filing.city_lists(app).status == 303
    sub, state = subsidy_of(app)
    assert state == 'draft'
    assert '数字化改造补助' in c.get('/cgi-bin/home.cgi').text

    # 校验 of the empty draft: the fields and the four required documents, each with its clause
    t = c.get('/cgi-bin/ent.cgi?id=%s&check=1' % sub).text
    for what in ('改造后数字化水平评测报告', '改造合同', '发票', '付款凭证'):
        assert '请上传%s（二（六）14' % what in t, what
    # a figure with too many decimals is refused beside its field, what was typed kept
    r = ent_filing.save(c, sub, 's2', dict(S2, s_software='40.123456'))
    assert r.status == 422 and '最多保留4位小数' in r.text and 'value="40.123456"' in r.text
    assert ent_filing.save(c, sub, 's1', dict(S1, s_level='1')).status == 303
    assert ent_filing.save(c, sub, 's2', S2).status == 303
    t = c.get('/cgi-bin/ent.cgi?id=%s&check=1' % sub).text
    assert '改造后数字化水平须达到二级及以上方可申请补助' in t and '二（六）14' in t
    assert ent_filing.save(c, sub, 's1', S1).status == 303
    # the stage's own 附件材料 page: its kinds, not 内蒙古's
    t = c.page('/cgi-bin/app_files.cgi?id=%s' % sub).text
    assert '（1）改造后数字化水平评测报告（必需）' in t and '法人证书' not in t
    for kind in ('eval_report', 'contract', 'invoice', 'payment'):
        r = post_files(c, '/cgi-bin/app_files.cgi?id=%s' % sub, {'op': 'upload', 'kind': kind}, {'upload': ('%s.pdf' % kind, pdf(kind))})
        assert r.status == 303, (kind, r)
    # the overview shows what the rule set gives: (40 + 20 + 50)万 × 50% = 55万, 三级 cap 50万; 其他 30万 not counted
    t = c.get('/cgi-bin/ent.cgi?id=%s' % sub).text
    assert '（500000 元）' in t and '三级企业上限' in t and '不予计入' in t
    assert '申报截止日期' not in t          # the call's deadline closed stage 1 only: this stage is open while a draft
    assert '请上传' not in c.get('/cgi-bin/ent.cgi?id=%s&check=1' % sub).text
    assert ent_filing.submit(c, sub).status == 303 and subsidy_of(app)[1] == 'submitted'

    # the 县区 confirms each item; another 县区 sees nothing
    assert logged_in('county-ly-1').get('/cgi-bin/ent.cgi?id=%s' % sub).status == 404
    county = logged_in('county-ly-4')
    r = decide(county, sub, 'pass', '', confirm_1='1', confirm_2='1')
    assert r.status == 422 and 'id="e-confirm_3"' in r.text
    assert decide(county, sub, 'pass', '', confirm_1='1', confirm_2='1', confirm_3='1').status == 303
    # the 市 核定 on a recorded meeting and day; that step writes the decision
    r = decide(city, sub, 'grant', '', act_date=day(-1))
    assert r.status == 422 and 'id="e-meeting"' in r.text and not sql("SELECT 1 FROM money_decisions WHERE application_id = %s" % sub)
    assert decide(city, sub, 'grant', '同意补助。', act_date=day(-1), meeting='市工信局、市财政局联席会议').status == 303
    assert subsidy_of(app)[1] == 'granted'
    dec, amount, rs, why = sql("SELECT id, amount_yuan, CONCAT(ruleset, '@', ruleset_version), explanation"
                               " FROM money_decisions WHERE application_id = %s" % sub)[0]
    assert amount == '500000' and rs == 'luoyang-2025@1' and '1100000元 × 50% = 550000元' in why and '三级企业上限' in why

    # 财政 (finance-ly) pays part of it; 内蒙古's 财政 sees nothing of it
    assert logged_in('finance-150100').get('/cgi-bin/payments.cgi?id=%s' % dec).status in (403, 404)
    fin = logged_in('finance-ly')
    r = fin.page('/cgi-bin/payments.cgi?id=%s' % dec)
    assert r.status == 200 and '三级企业上限' in r.text
    ver = re.search(r'name="op" value="pay">.*?name="version" value="(\d+)"', r.text, re.S).group(1)
    r = post_files(fin, '/cgi-bin/payments.cgi?id=%s' % dec,
                   {'op': 'pay', 'version': ver, 'pay_day': day(0), 'pay_amount': '30', 'bank_ref': 'LY-%s' % sub},
                   {'voucher': ('付款凭证.pdf', pdf('ly voucher'))})
    assert r.status == 303, r
    assert sql("SELECT SUM(amount_yuan) FROM payments WHERE decision_id = %s" % dec)[0][0] == '300000'
