"""长春's 资金申报 (实施细则 第四章（六）) the way its parties work it: the enterprise files its 资金申报书 on the shared
section pages with 合同、发票、付款凭证 on 附件材料 and submits; on fund.cgi the 市 assigns a 审计机构, which uploads its
专项审计报告 with the audited amounts; the 县（市）区 汇总s; the 市's 专家评审, 集体决策 and 公布 (tests and the demo set)."""
import re
from dt import day, logged_in, sql, stage_step
import cc_accept
import award_filing
import ent_filing

FILES = ('contract', 'invoice', 'voucher')


def parts(applied='80'):
    return {
        'u1': {'u_legal': '孙法人', 'u_manager': '周负责', 'u_phone': '13904310077', 'u_bank': '中国工商银行长春朝阳支行',
               'u_account': '4200201109000123456'},
        'u2': {'u_project': '转向架构架焊接数字化车间改造', 'u_content': '1.焊接机器人联网（硬件）；2.MES与质量追溯系统（软件）；3.实施服务。',
               'u_contract': '120', 'u_invoice': '100', 'u_paid': '90', 'u_applied': applied},
        'u3': {'u_pledge': '1', 'u_signer': '孙法人'},
    }


def fill(c, app, applied='80', files=FILES, **over):
    """Every part of the 资金申报书 saved (over: fields changed), the financial documents uploaded (the three kinds)."""
    p = parts(applied)
    for part in p.values():
        part.update({k: v for k, v in over.items() if k in part})
    p['u1']['c_county'] = re.search(r'name="c_county" value="(\d{6})"',
                                    c.page('/cgi-bin/ent_edit.cgi?id=%s&section=u1' % app).text).group(1)
    for part, data in p.items():
        r = ent_filing.save(c, app, part, data)
        assert r.status == 303, (part, r.status, r.text[:3000])
    award_filing.upload(c, app, files)


def fund_of(app, query=None):
    """The 资金申报 application of the project of any of its applications (query: scripts/demo-filings' sql1)."""
    q = ("SELECT d.id FROM applications p JOIN applications d ON d.project_id = p.project_id AND d.stage = 'fund'"
         " WHERE p.id = %s" % app)
    if query:
        return query(q) or None
    rows = sql(q)
    return rows[0][0] if rows else None


def accepted(county_code, reviewer, total=(15, 15, 15, 15)):
    """A new enterprise through 申请 .. 水平评测 (the scores given) and a passed 项目验收 (evaluator1, the 县（市）区):
    (client, org, its 资金申报 application, a draft)."""
    c, org, acc = cc_accept.evaluated(county_code, reviewer, total)
    assert cc_accept.submit(c, acc).status == 303
    assert cc_accept.opinion(logged_in('evaluator1'), acc).status == 303
    assert cc_accept.county(logged_in(reviewer), acc).status == 303
    return c, org, fund_of(acc)


def step(c, app, action, fields=None, report=False):
    """One step of fund.cgi as its form sends it (report: the 专项审计报告 uploaded)."""
    return stage_step(c, 'fund', app, action, fields, '专项审计报告.pdf' if report else None)


def account(username):
    return sql("SELECT id FROM accounts WHERE username = '%s'" % username)[0][0]


def audit(a, app, audited, contract='1200000', invoice='1000000', paid='900000', report=True):
    return step(a, app, 'audit', {'contract_yuan': contract, 'invoice_yuan': invoice, 'paid_yuan': paid,
                                  'audited_yuan': str(audited), 'act_date': day(0),
                                  'opinion': '合同、发票、付款凭证核对一致，部分咨询费用不属于改造支出，予以核减。'}, report=report)


def city(cl, app, action, on=None, meeting='2024年第5次专家评审会', opinion=None):
    f = {'act_date': on or day(0), 'meeting': meeting}
    if opinion:
        f['opinion'] = opinion
    return step(cl, app, action, f)
