"""长春's 咨询诊断 stage (实施细则 第四章（二）) the way its parties work it on diag.cgi: the enterprise chooses its
服务商 and uploads the signed 服务协议, the 服务商 records the day it completed the service and hands in the
咨询诊断报告 with the 自评测 level, the enterprise uploads the 满意度评价表 and rates, the 市 records the
诊断验收 (tests and the demo set)."""
import os
from dt import Client, day, fresh_address, logged_in, sql, stage_step
from filing import uscc
import cc_filing


def step(c, app, action, fields=None, upload=None):
    """One step on diag.cgi (upload: a file goes with it)."""
    return stage_step(c, 'diag', app, action, fields, '%s.pdf' % action if upload else None)


def choose(c, app, provider_id):
    return step(c, app, 'choose', {'provider': provider_id}, upload=True)


def complete(p, app, on):
    return step(p, app, 'complete', {'act_date': on})


def report(p, app, level='1'):
    return step(p, app, 'report', {'level_before': level}, upload=True)


def rate(c, app, rating='satisfied'):
    return step(c, app, 'rate', {'rating': rating}, upload=True)


def accept(city, app, action='diag_pass', opinion='诊断报告内容完整，同意通过验收。'):
    return step(city, app, action, {'act_date': day(0), 'meeting': '咨询诊断专家验收会', 'opinion': opinion})


def eval_step(c, app, action, fields=None, upload=False):
    """One step on eval.cgi (upload: the 评测报告 goes with it)."""
    return stage_step(c, 'eval', app, action, fields, '评测报告.pdf' if upload else None)


def scores(b, o, m, s):
    return {'s_basis': b, 's_operation': o, 's_management': m, 's_results': s, 'act_date': day(-2)}


# ---- an enterprise driven there (the tests of the later stages) ----

def enterprise(county):
    n = int.from_bytes(os.urandom(3), 'big') % 1000000
    form = {'kind': 'enterprise', 'org_name': '长春诊断测试%06d有限公司' % n, 'credit_code': uscc('91%sMA8%06d' % (county, n)),
            'region': county, 'contact_person': '测试', 'mobile': '13904312345', 'email': 'e@example.com',
            'username': 'ccd%06d' % n, 'password': 'Test-password-2026', 'password2': 'Test-password-2026'}
    c = Client(source=fresh_address())
    c.page('/cgi-bin/register.cgi')
    assert c.post('/cgi-bin/register.cgi', form).status == 303
    return logged_in(form['username'], 'Test-password-2026'), form['org_name']


def listed(county, reviewer):
    """A new enterprise of this 县（市）区 filed, recommended, selected and published: (client, org, its application)."""
    c, org = enterprise(county)
    app = cc_filing.start(c)
    cc_filing.fill(c, app)
    assert cc_filing.submit(c, app).status == 303
    assert cc_filing.decide(logged_in(reviewer), app, 'pass', '推荐', **cc_filing.COUNTY_CHECKS).status == 303
    city = logged_in('city-cc')
    cc_filing.city_decisions(city, app)
    assert cc_filing.publish(city, sql("SELECT batch_id FROM applications WHERE id = %s" % app)[0][0],
                             '长工信发诊断〔%s〕号' % app).status == 303
    return c, org, app


def account(user):
    return sql("SELECT id FROM accounts WHERE username = '%s'" % user)[0][0]


def diagnosed(county, reviewer, provider='provider1'):
    """A new enterprise listed and through 咨询诊断 with this 服务商: (client, org, its next stage's application)."""
    c, org, app = listed(county, reviewer)
    diag = sql("SELECT d.id FROM applications p JOIN applications d ON d.project_id = p.project_id AND d.stage = 'diagnosis'"
               " WHERE p.id = %s" % app)[0][0]
    p = logged_in(provider)
    assert choose(c, diag, account(provider)).status == 303
    assert complete(p, diag, day(-3)).status == 303 and report(p, diag, 'none').status == 303
    assert rate(c, diag).status == 303 and accept(logged_in('city-cc'), diag).status == 303
    nxt = sql("SELECT d.id, d.stage FROM applications p JOIN applications d ON d.project_id = p.project_id AND d.id > %s"
              " WHERE p.id = %s ORDER BY d.id" % (diag, app))
    assert nxt and nxt[0][1] == 'filing', ('the stage after 咨询诊断', nxt)
    # 数字化改造备案 (附件3) on its pages: filled, agreed by the 县（市）区, 备案入库 by the 市, which opens 水平评测
    import cc_transform
    cc_transform.filed(c, nxt[0][0], logged_in(reviewer), logged_in('city-cc'), cc_transform.scene_ids(['2.8.1']))
    nxt = sql("SELECT d.id, d.stage FROM applications p JOIN applications d ON d.project_id = p.project_id AND d.id > %s"
              " WHERE p.id = %s ORDER BY d.id" % (diag, app))
    assert [x[1] for x in nxt] == ['filing', 'evaluation'], nxt
    return c, org, nxt[1][0]
