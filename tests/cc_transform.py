"""长春's stage 数字化改造备案 (附件3 备案入库申请表), filed the way an enterprise does, part by part, on the shared
section pages (tests and the demo set).  A multiple choice is a list: each key is sent as one check box."""
import re
from dt import day, sql


def sql1(q):
    return sql(q)[0][0]


def open_stage(c, apply_app, provider, provider_id, city, q1=None):
    """The project's 数字化改造备案 application, opened the way it opens: its 咨询诊断 driven on its pages (the
    enterprise c chooses the 服务商 provider_id, whose client provider completes and reports; c rates; the 市's client
    city passes the 诊断验收), whose passing opens the next stage.  q1: runs a statement, returns the first
    value (scripts/demo-filings passes its own)."""
    import cc_life
    q1 = q1 or (lambda q: (sql(q) or [['']])[0][0])
    stage = "SELECT id FROM applications WHERE stage = '%s' AND project_id = (SELECT project_id FROM applications WHERE id = %s)"
    diag = q1(stage % ('diagnosis', apply_app))
    assert cc_life.choose(c, diag, provider_id).status == 303
    assert cc_life.complete(provider, diag, day(-3)).status == 303
    assert cc_life.report(provider, diag, 'none').status == 303
    assert cc_life.rate(c, diag).status == 303
    assert cc_life.accept(city, diag).status == 303
    return q1(stage % ('filing', apply_app))


def filed(c, app, county, city, scenes=(), products=(), q1=None):
    """The 备案入库申请表 filled with its 改造合同 (without products: one of provider1's for the first scene), submitted,
    agreed by the 县（市）区 and 备案入库 by the 市 (which opens 水平评测)."""
    import cc_filing
    if not products and scenes:
        products = [pool_product(scenes[0], q1)]
    fill(c, app, scenes, products)
    assert contract(c, app).status == 303
    assert cc_filing.submit(c, app).status == 303
    assert cc_filing.decide(county, app, 'agree', '同意备案。').status == 303
    assert cc_filing.decide(city, app, 'file', '').status == 303


def add_product(p, name, scenes, price='12.5'):
    """A product of the 服务商's client p in the 供需适配库, serving the scenes (ids): its id."""
    p.page('/cgi-bin/products.cgi')
    r = p.post('/cgi-bin/products.cgi', [('op', 'add'), ('name', name), ('summary', '%s：质量数据采集、追溯与分析。' % name),
                                         ('price', price)] + [('scenes', s) for s in scenes])
    assert r.status == 303, r
    return sql("SELECT MAX(id) FROM cc_products WHERE name = '%s'" % name)[0][0]


def pool_product(scene, q1=None, provider='provider1'):
    """The first product of the 服务商 (a username) serving the scene (an id)."""
    return (q1 or sql1)("SELECT MIN(p.id) FROM cc_products p JOIN accounts a ON a.id = p.provider_id"
                        " JOIN cc_product_scenes x ON x.product_id = p.id WHERE a.username = '%s' AND x.scene_id = %s"
                        % (provider, scene))


def scene_ids(scenes=('2.3.1', '2.8.1')):
    """Ids of the 市's 三级 scenes by code."""
    return [sql1("SELECT id FROM cc_scenes WHERE city_code = '220100' AND code = '%s'" % s) for s in scenes]


def parts(scene_ids=(), product_ids=()):
    return {
        'f1': {'f_reg_address': '长春市净月区生态大街88号', 'f_contact': '赵联系', 'f_phone': '0431-85556666',
               'f_profile': '主导产品为中成药制剂，应用于呼吸系统疾病；已建ERP和财务系统；省级专精特新中小企业。',
               'f_type': 'private', 'f_scale': 'small', 'f_scale2': 'above', 'f_quality': 'specialized', 'f_level': '1',
               'f_industry': 'medicine', 'f_giant_funded': 'no', 'f_pilot2022': 'no', 'f_revenue': '12000',
               'f_profit': '950.5', 'f_insured': '260', 'f_rev_per_capita': '46.15', 'f_invested': '300'},
        'f2': {'f_need_base': ['device', 'data'], 'f_need_ops': ['production', 'quality', 'logistics'],
               'f_need_other': ['talent'], 'f_sw_prod': ['mes', 'other'], 'f_sw_prod_text': '批记录电子化系统',
               'f_sw_quality': ['qms'], 'f_sw_wh': ['wms'], 'f_gov': ['free', 'provider'],
               'f_scenes': list(scene_ids), 'f_products': list(product_ids)},
        'f3': {'f_plan_year': '260', 'f_plan_2y': '420', 'f_cloud': 'hybrid', 'f_start': day(10), 'f_end': day(250),
               'f_total': '380', 'f_target': '3'},
        'f4': {'f_p1_name': '长春数智工业互联网科技有限公司', 'f_p1_contract': 'yes', 'f_p1_amount': '300',
               'f_p1_contact': '孙服务', 'f_p1_phone': '13804310001'},
        'f5': dict({'f_content': '建设MES与QMS，打通批记录、质量检验与仓储，解决批记录手工填写、质量追溯慢的问题。'},
                   **{'f_eff_%s_%s' % (k, w): '%s%s' % (k, w) for k in ('innov', 'market', 'quality', 'cost', 'eff', 'green', 'safety')
                      for w in ('before', 'after')}),
        'f6': {'f_pledge': '1', 'f_signer': '钱法人'},
        # 第四章（三）1（2）: the 改造合同's 需求 and 预算金额, linked to the first product chosen
        'f7': {'f_k_need': '建设MES与QMS：批记录电子化、质量检验与原料批次追溯、仓储条码管理，与诊断报告所列问题对应。',
               'f_k_budget': '300', 'f_k_products': list(product_ids[:1])},
    }


def form(data):
    out = []
    for k, v in data.items():
        out += [(k, x) for x in v] if isinstance(v, list) else [(k, v)]
    return out


def save(c, app, part, data):
    r = c.page('/cgi-bin/ent_edit.cgi?id=%s&section=%s' % (app, part))
    sv = re.search(r'name="sv" value="(\d+)"', r.text).group(1)
    return c.post('/cgi-bin/ent_edit.cgi?id=%s&section=%s' % (app, part), form(data) + [('sv', sv)])


def fill(c, app, scene_ids=(), product_ids=(), only=None):
    """Saves every part (only: those named) on the section pages."""
    p = parts(scene_ids, product_ids)
    p['f1']['c_county'] = re.search(r'name="c_county" value="(\d{6})"',
                                    c.page('/cgi-bin/ent_edit.cgi?id=%s&section=f1' % app).text).group(1)
    for part, data in p.items():
        if only and part not in only:
            continue
        r = save(c, app, part, data)
        assert r.status == 303, (part, r)


def contract(c, app, name='改造合同.pdf'):
    """The signed 改造合同 uploaded on the 附件材料 page."""
    from dt import pdf, post_files
    c.page('/cgi-bin/app_files.cgi?id=%s' % app)
    return post_files(c, '/cgi-bin/app_files.cgi?id=%s' % app, {'op': 'upload', 'kind': 'contract'},
                      {'upload': (name, pdf('contract %s' % app))})


def listed_enterprise(county):
    """A new 长春 enterprise of the 县（市）区, through stage 1 on the pages into the 试点企业库; its client, its
    申请表 (apply) application and its name."""
    import os
    import cc_filing
    from dt import Client, fresh_address, logged_in
    from filing import uscc
    n = int.from_bytes(os.urandom(3), 'big') % 1000000
    c, user, org = Client(source=fresh_address()), 'ccf%06d' % n, '长春改造测试%06d有限公司' % n
    c.page('/cgi-bin/register.cgi')
    reg = dict(kind='enterprise', org_name=org, credit_code=uscc('91%sMA6%06d' % (county, n)), region=county, contact_person='测试',
               mobile='13904315678', email='f@example.com', username=user, password='Test-password-2026',
               password2='Test-password-2026')
    assert c.post('/cgi-bin/register.cgi', reg).status == 303
    c = logged_in(user, 'Test-password-2026')
    app = cc_filing.start(c)
    cc_filing.fill(c, app)
    assert cc_filing.submit(c, app).status == 303
    reviewer = sql1("SELECT a.username FROM accounts a JOIN account_scopes s ON s.account_id = a.id"
                    " WHERE a.role = 'county' AND s.region_code = '%s' ORDER BY a.id LIMIT 1" % county)
    assert cc_filing.decide(logged_in(reviewer), app, 'pass', '推荐', **cc_filing.COUNTY_CHECKS).status == 303
    city = logged_in('city-cc')
    cc_filing.city_decisions(city, app)
    batch = sql1("SELECT batch_id FROM applications WHERE id = %s" % app)
    assert cc_filing.publish(city, batch, '长工信发改造测试〔%s〕号' % app).status == 303
    return c, app, org
