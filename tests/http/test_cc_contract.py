"""长春's 改造合同 (实施细则 第四章（三）1（2）: 数字化转型服务商……与试点企业签订实施改造合同，明确改造需求及预算金额),
part of the 数字化改造备案: the enterprise (or the project's 服务商, filling the part with it) records the contract's
需求 and 预算金额 and links it to products it chose in 二 from the 供需适配库 (附件2), all of the one 服务商 it is
signed with; the enterprise uploads the signed contract on the 附件材料 page.  校验 refuses submission without it,
naming the clause; bad input is refused beside the field with what was typed kept.  The contract shows on the
备案's page, its print, the 一企一档 and the 备案 list's export."""
import csv, html, io, os, re
from urllib.parse import quote
from dt import logged_in, sql
import cc_filing
import cc_transform as T
from cc_transform import add_product

CLAUSE = '实施细则 第四章（三）1（2）签订改造合同：明确改造需求及预算金额'


def text(r):
    return html.unescape(re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', r.text)))


def state(app):
    return sql("SELECT state FROM applications WHERE id = %s" % app)[0][0]


def error_of(r, field):
    m = re.search(r'id="e-%s"[^>]*>(.*?)</p>' % field, r.text, re.S)
    return html.unescape(re.sub(r'<[^>]+>', '', m.group(1))) if m else ''


def test_the_contract_of_a_filing():
    c, apply_app, org = T.listed_enterprise('220113')                # 九台区: county-cc-7
    p1, city = logged_in('provider1'), logged_in('city-cc')
    app = T.open_stage(c, apply_app, p1, T.sql1("SELECT id FROM accounts WHERE username = 'provider1'"), city)
    n = int.from_bytes(os.urandom(3), 'big') % 1000000
    scenes = T.scene_ids(['2.3.1', '2.8.1'])
    mine = add_product(p1, '合同质量云%06d' % n, scenes[:1], price='80')
    other = add_product(logged_in('provider2'), '合同采集盒%06d' % n, scenes[1:], price='20')
    unchosen = T.pool_product(scenes[1])                              # provider1's, in the pool, not chosen in 二
    T.fill(c, app, scenes, [mine, other], only=('f1', 'f2', 'f3', 'f4', 'f5', 'f6'))

    # 校验 without the contract: its part and its file, each naming the clause; submission refused
    t = text(c.get('/cgi-bin/ent.cgi?id=%s&check=1' % app))
    assert '请上传已签订的改造合同（%s）' % CLAUSE in t, t
    assert '请填写改造合同的合同预算金额（万元）（%s）' % CLAUSE in t and '请填写改造合同的合同明确的改造需求' in t
    r = cc_filing.submit(c, app)
    assert r.status == 303 and 'check=1' in r.header('Location') and state(app) == 'draft'

    # the part: its products are those chosen in 二 (with their 服务商), each with its label
    t = c.get('/cgi-bin/ent_edit.cgi?id=%s&section=f7' % app).text
    assert '合同质量云%06d' % n in t and '合同采集盒%06d' % n in t
    assert 'id="f-f_k_products-%s"' % unchosen not in t
    for f in ('f_k_need', 'f_k_budget'):
        assert '<label for="f-%s"' % f in t, f
    assert '<label for="f-f_k_products-%s"' % mine in t and 'data-autosave' in t
    need = '建设质量追溯平台：原料批次追溯、检验数据采集，覆盖两条生产线。'
    good = {'f_k_need': need, 'f_k_budget': '96.5', 'f_k_products': [mine]}
    # refused beside the field, what was typed kept
    for over, field, msg in (({'f_k_budget': '0'}, 'f_k_budget', '预算金额须大于0、不超过10000万元'),
                             ({'f_k_budget': '12000'}, 'f_k_budget', '预算金额须大于0、不超过10000万元'),
                             ({'f_k_budget': '一百万'}, 'f_k_budget', ''),
                             ({'f_k_products': [mine, other]}, 'f_k_products', '所选产品须属于同一服务商'),
                             ({'f_k_products': [unchosen]}, 'f_k_products', '已选用、仍在附件2 供需适配库中的产品')):
        r = T.save(c, app, 'f7', dict(good, **over))
        assert r.status == 422 and error_of(r, field) and msg in error_of(r, field), (over, error_of(r, field))
        assert need in r.text and 'value="%s"' % dict(good, **over)['f_k_budget'] in r.text, over
    assert T.save(c, app, 'f7', good).status == 303

    # the 服务商 of the project fills the part with the enterprise (its save waits for the enterprise's confirmation);
    # the signed contract is the enterprise's to upload
    assert p1.get('/cgi-bin/ent_edit.cgi?id=%s&section=f7' % app).status == 200
    assert T.save(p1, app, 'f7', dict(good, f_k_budget='500')).status == 303
    assert T.contract(p1, app).status in (403, 404)
    t = text(c.get('/cgi-bin/ent.cgi?id=%s&check=1' % app))
    assert '改造合同' in t and '请核对后点击“保存草稿”确认' in t
    # 预算金额 beyond 改造总花费 (380 万元) is caught by 校验
    assert '改造合同预算金额（500万元）超过改造总花费（380万元）' in t, t
    assert T.save(c, app, 'f7', good).status == 303
    assert T.contract(c, app, '改造合同（签字盖章）.pdf').status == 303
    # 二 changed afterwards: a product the contract links is no longer chosen
    parts = T.parts(scenes, [other])
    assert T.save(c, app, 'f2', parts['f2']).status == 303
    t = text(c.get('/cgi-bin/ent.cgi?id=%s&check=1' % app))
    assert '改造合同关联的产品：所选产品须是“二、数字化改造需求”中已选用' in t, t
    assert T.save(c, app, 'f2', T.parts(scenes, [mine, other])['f2']).status == 303
    t = text(c.get('/cgi-bin/ent.cgi?id=%s&check=1' % app))
    assert '未发现问题' in t, t
    assert cc_filing.submit(c, app).status == 303 and state(app) == 'submitted'

    # what each sees: the 备案's page (the enterprise, its 县（市）区), the print, the 一企一档, the export
    p1name = sql("SELECT display_name FROM accounts WHERE username = 'provider1'")[0][0]
    county = logged_in('county-cc-7')
    for who in (c, county):
        t = text(who.get('/cgi-bin/ent.cgi?id=%s' % app))
        i = t.index('改造合同（实施细则 第四章（三）1（2））')
        row = t[i:i + 400]
        for want in ('签约服务商 %s' % p1name, '合同质量云%06d（%s，80万元）' % (n, p1name), '预算金额（万元） 96.5', need,
                     '改造合同（签字盖章）.pdf'):
            assert want in row, (want, row)
    assert 'file.cgi?id=' in county.get('/cgi-bin/ent.cgi?id=%s' % app).text
    flat = re.sub(r'<[^>]+>', '', c.get('/cgi-bin/ent_print.cgi?id=%s' % app).text)
    assert '附：改造合同（%s）' % CLAUSE in flat and '合同质量云%06d（%s，80万元）' % (n, p1name) in flat
    assert '改造合同（签字盖章）.pdf' in flat and need in flat
    assert cc_filing.decide(county, app, 'agree', '同意备案。').status == 303
    assert cc_filing.decide(city, app, 'file', '').status == 303 and state(app) == 'filed'
    code = sql("SELECT credit_code FROM accounts WHERE id = (SELECT account_id FROM applications WHERE id = %s)" % app)[0][0]
    t = text(city.get('/cgi-bin/pilot.cgi?code=%s' % code))
    i = t.index('改造合同 批次')
    assert p1name in t[i:i + 400] and '合同质量云%06d' % n in t[i:i + 400] and '96.5' in t[i:i + 400], t[i:i + 400]
    batch = sql("SELECT batch_id FROM applications WHERE id = %s" % app)[0][0]
    r = county.get('/cgi-bin/cc_export.cgi?batch=%s&stage=filing&format=csv&q=%s' % (batch, quote(org)))
    rows = list(csv.reader(io.StringIO(r.body.decode('utf-8-sig'))))
    head = rows.index(next(x for x in rows if '企业名称' in x))
    row = dict(zip(rows[head], next(x for x in rows[head + 1:] if org in x)))
    assert row['改造合同预算（万元）'] == '96.5' and row['改造合同签约服务商'] == p1name, row
    assert row['改造合同关联产品'] == '合同质量云%06d' % n, row
    # another 县（市）区 sees none of it
    assert logged_in('county-cc-8').get('/cgi-bin/ent.cgi?id=%s' % app).status == 404
