"""长春's stage 数字化改造备案 (实施细则 第四章（三）): a 试点企业 of the 试点企业库 files 附件3 长春市中小企业
数字化改造项目备案入库申请表 on the shared section pages (every 多选 group as check boxes, the scenes of 附件2 and
the 服务商 products for them), is refused beside the field on bad input, submits; its 县（市）区 returns it with a
reason, then agrees; the 市 records it 备案入库.  The print follows 附件3 row by row.  附件2 as data: the scene tree
(only 长春's 市 adds 二级/三级 scenes) and the product pool (a 服务商 changes only its own products)."""
import os, re
from urllib.parse import quote
from dt import day, logged_in, sql
import cc_filing
import cc_transform as T
from cc_transform import add_product


def state(app):
    return sql("SELECT state FROM applications WHERE id = %s" % app)[0][0]


# 附件3 长春市中小企业数字化改造项目备案入库申请表: the boxes of its 二、数字化改造需求, as printed in seed 002
ATTACHMENT3_NEEDS = ['设备系统', '业务系统', '数据资源', '网络安全', '平台和产业大脑', '研发设计', '生产管控', '产品质量', '采购供应',
                     '仓储物流', '业务流程', '运营管理', '营销管理', '产品服务', '业务协同', '售后服务', '经营战略', '管理机制',
                     '转型规划', '转型参考范例', '数字信贷服务', '数字化人才', '数字化转型生态（协同转型、权益保障、法律援助等）',
                     '其他需求', 'CAD(计算机辅助设计)', 'CAE(计算机辅助分析)', 'CAPP(计算机辅助工艺设计)', 'CAM(计算机辅助制造)',
                     '数字孪生', 'PLC(可编程逻辑控制器)', 'SCADA(数据采集与监视控制系统)', 'DCS(分散控制系统)',
                     'APC(先进过程控制系统)', 'SIS(产品全生命周期管理)', 'EAM(企业资产管理系统)', 'EMS(能源管理系统)',
                     'MES(制造执行系统)', 'PCS(生产控制系统)', 'AMS(仪表设备管理)', 'QMS(质量管理系统)', 'LIMS(实验室管理系统)',
                     'ERP(企业资源管理)', 'CRM(客户关系管理系统)', 'SRM(供应商管理系统)', 'SCM(供应链管理系统)', 'OA(办公软件)',
                     'BI(数据分析系统)', 'FMIS(财务管理信息系统)', 'BOM(物料清单)', 'WMS(仓储管理系统)', '数字化水平评测诊断',
                     '公益培训', '专题培训', '组织标杆企业参访', '对接优质转型服务商', '其他支持']


def test_filing_from_draft_to_the_citys_record():
    c, apply_app, org = T.listed_enterprise('220102')               # 南关区: county-cc-1
    n = int.from_bytes(os.urandom(3), 'big') % 1000000
    quality, lims = T.scene_ids(['2.3.1']), T.scene_ids(['2.3.5'])
    mine = add_product(logged_in('provider1'), '质量追溯云%06d' % n, quality)
    other = add_product(logged_in('provider2'), '检测平台%06d' % n, lims)
    app = T.open_stage(c, apply_app, logged_in('provider1'), T.sql1("SELECT id FROM accounts WHERE username = 'provider1'"),
                       logged_in('city-cc'))

    t = c.get('/cgi-bin/ent.cgi?id=%s&check=1' % app).text
    assert '数字化改造项目备案入库申请表' in t and '请填写注册地址（一、基本情况）' in t
    t = c.get('/cgi-bin/ent_edit.cgi?id=%s&section=f2' % app).text
    for label in ATTACHMENT3_NEEDS:
        assert '>%s</label>' % label in t, label
    assert 'type="checkbox" id="f-f_need_ops-quality" name="f_need_ops" value="quality"' in t
    assert '4.2.1 数据中台建设' in t and '4.2.2 业务中台建设' in t
    # refused beside the field, what was typed kept
    p = T.parts(quality, [])
    r = T.save(c, app, 'f2', dict(p['f2'], f_sw_prod_text=''))
    assert r.status == 422 and '已勾选“其它”，请填写具体内容' in r.text and 'id="e-f_sw_prod_text"' in r.text
    assert 'value="mes" checked' in r.text and 'value="device" checked' in r.text
    r = T.save(c, app, 'f2', dict(p['f2'], f_need_base=['device', 'cloudy']))
    assert r.status == 422 and '请从列出的选项中选择' in r.text
    r = T.save(c, app, 'f2', dict(p['f2'], f_products=[other]))
    assert r.status == 422 and '所选产品须是所选场景的适配产品' in r.text
    assert T.save(c, app, 'f2', p['f2']).status == 303
    t = c.get('/cgi-bin/ent_edit.cgi?id=%s&section=f2' % app).text
    assert '质量追溯云%06d' % n in t and '检测平台%06d' % n not in t          # only the chosen scenes' products
    assert 'value="production" checked' in t and 'value="rnd" checked' not in t
    r = T.save(c, app, 'f3', dict(p['f3'], f_cloud='other'))
    assert r.status == 422 and '已勾选“其他”，请填写具体内容' in r.text and 'id="f-f_cloud-other" name="f_cloud" value="other" checked' in r.text
    r = T.save(c, app, 'f3', dict(p['f3'], f_end=day(9)))
    assert r.status == 422 and '结束日期不能早于开始日期' in r.text and 'value="380"' in r.text
    r = T.save(c, app, 'f4', dict(p['f4'], f_p1_amount=''))
    assert r.status == 422 and '已签合同，请填写合同金额' in r.text
    r = T.save(c, app, 'f5', dict(p['f5'], f_content='建' * 1501))
    assert r.status == 422 and '最多1500个字，当前1501个字' in r.text
    T.fill(c, app, quality, [mine])
    assert sql("SELECT value FROM app_fields WHERE application_id = %s AND name = 'f_need_ops'" % app)[0][0] == \
        'production,quality,logistics'
    assert T.contract(c, app).status == 303                             # the signed 改造合同 (test_cc_contract)
    t = c.get('/cgi-bin/ent.cgi?id=%s&check=1' % app).text
    assert '未发现问题' in t and '质量追溯云%06d' % n in t and '长春数智工业互联网科技有限公司' in t
    assert cc_filing.submit(c, app).status == 303 and state(app) == 'submitted'
    assert '已提交，待县（市）区工信主管部门意见' in c.get('/cgi-bin/ent.cgi?id=%s' % app).text

    # the 县（市）区 of the enterprise (another sees nothing), returns with a reason, then agrees
    assert logged_in('county-cc-2').get('/cgi-bin/ent.cgi?id=%s' % app).status == 404
    county = logged_in('county-cc-1')
    assert org in county.get('/cgi-bin/queue.cgi').text
    t = county.get('/cgi-bin/ent.cgi?id=%s' % app).text
    assert '同意备案' in t and '退回修改' in t and '备案入库' not in re.sub(r'备案入库申请表', '', t)
    r = cc_filing.decide(county, app, 'return', '')
    assert r.status == 422 and state(app) == 'submitted'
    assert cc_filing.decide(county, app, 'return', '改造总花费与合同金额不一致，请核对。').status == 303
    assert state(app) == 'returned'
    assert '改造总花费与合同金额不一致' in c.get('/cgi-bin/ent_edit.cgi?id=%s&section=f3' % app).text
    assert T.save(c, app, 'f3', dict(p['f3'], f_total='300')).status == 303
    assert cc_filing.submit(c, app).status == 303 and state(app) == 'submitted'
    assert cc_filing.decide(county, app, 'agree', '同意该项目备案。').status == 303 and state(app) == 'county_agreed'
    assert '县（市）区同意，待市备案入库' in c.get('/cgi-bin/ent.cgi?id=%s' % app).text
    # the 市 records it
    city = logged_in('city-cc')
    assert org in city.get('/cgi-bin/queue.cgi').text
    assert logged_in('city-ly').get('/cgi-bin/ent.cgi?id=%s' % app).status == 404
    version = sql("SELECT version FROM applications WHERE id = %s" % app)[0][0]
    r = county.post('/cgi-bin/review.cgi', {'id': app, 'action': 'file', 'opinion': '', 'version': version})
    assert r.status == 403 and state(app) == 'county_agreed'
    assert cc_filing.decide(city, app, 'file', '').status == 303 and state(app) == 'filed'
    t = c.get('/cgi-bin/ent_print.cgi?id=%s' % app).text
    assert '同意备案。同意该项目备案。' in t and '质量追溯云%06d（长春数智工业互联网科技有限公司，12.5万元）' % n in t
    # a product a 备案 chose stays
    p1 = logged_in('provider1')
    p1.page('/cgi-bin/products.cgi')
    r = p1.post('/cgi-bin/products.cgi', {'op': 'delete', 'id': mine, 'version': 1})
    assert r.status == 409 and '已被试点企业的备案入库申请表选用' in r.text


# 附件3's row labels in order (一 to 三, the 服务商 table's head, 预期成效's rows, the declaration and the county's box);
# the data year's figures carry the year as printed ("2023 年营业收入" in the seed's call)
def attachment3_labels(year):
    return ['企业名称', '所属县（市、区）', '注册地址', '企业信用代码', '联系人', '联系方式', '企业基本情况', '企业性质', '企业规模',
            '优质中小企业情况', '数字化水平自评测等级', '所属细分行业',
            '已获得中央财政中小企业发展专项资金支持的专精特新“小巨人”企业',
            '已纳入《工业和信息化部办公厅 财政部办公厅关于开展财政支持中小企业数字化转型试点工作的通知》'
            '（工信厅联企业〔2022〕22号）中改造试点的中小企业',
            '%d年营业收入（万元）' % year, '%d年利润（万元）' % year, '%d年12月企业参保人数（人）' % year,
            '%d年人均营业收入（万元）' % year, '已有数字化转型投入（万元）',
            '数字化转型基础需求（多选）', '数字化转型经营管理需求（多选）', '数字化转型其它需求（多选）', '软件需求（多选）',
            '希望得到的政府支持及工作建议（多选）', '改造场景（附件2）', '适用产品及解决方案（附件2）',
            '数字化转型计划投入成本', '云应用情况', '改造项目起止时间', '改造总花费（万元）', '企业改造后目标数字化水平',
            '合作的服务商信息', '项目建设内容',
            '数字化改造预期成效（尽量用若干定量指标，从降本、提质、增效、减存、绿色、安全等方面描述）',
            '申报资料真实性声明', '县（市、区）工信主管部门意见',
            # after the form: the 改造合同 (第四章（三）1（2）)
            '签约服务商', '预算金额（万元）', '合同关联的产品及解决方案', '合同明确的改造需求', '合同文件']


def test_print_follows_attachment_3():
    c, apply_app, org = T.listed_enterprise('220103')
    app = T.open_stage(c, apply_app, logged_in('provider1'), T.sql1("SELECT id FROM accounts WHERE username = 'provider1'"),
                       logged_in('city-cc'))
    scene = T.scene_ids(['2.8.1'])
    T.fill(c, app, scene, [T.pool_product(scene[0])])
    assert T.contract(c, app).status == 303
    assert cc_filing.submit(c, app).status == 303
    t = c.get('/cgi-bin/ent_print.cgi?id=%s' % app).text
    year = int(sql("SELECT value FROM batch_params WHERE batch_id = (SELECT batch_id FROM applications WHERE id = %s)"
                   " AND name = 'data_year'" % app)[0][0])
    labels = [re.sub(r'<[^>]+>', '', x) for x in re.findall(r'<td[^>]*class="k"[^>]*>(.*?)</td>', t)]
    assert labels == attachment3_labels(year), labels
    flat = re.sub(r'<[^>]+>', '', t)
    for row in ('附件3', '长春市中小企业数字化改造项目备案入库申请表', '一、基本情况（试点企业改造前填写）',
                '二、数字化改造需求（试点企业与数字化服务商共同填写）', '三、数字化改造情况及预期成效（试点企业与数字化服务商共同填写）',
                '序号', '单位名称', '是否签合同', '合同金额', '联系电话', '改造阶段', '改造前', '改造后', '创新方面成效', '市场方面成效',
                '提质方面成效', '降本方面成效', '增效方面成效', '绿色方面成效', '安全方面成效', '试点企业法定代表人（签字/盖章）',
                '试点企业（公章）', '单位（公章）', '%d 年计划投入 260 万元，近两年计划投入 420 万元。' % (year + 1), '验证码'):
        assert row in flat, row
    for box in ATTACHMENT3_NEEDS + ['公有云', '私有云', '混合云', '已上云暂无进一步上云规划', '未上云且暂无上云规划', '二级', '三级', '四级']:
        assert re.search(r'[☑☐] %s　' % re.escape(box), flat), box
    assert '☑ MES(制造执行系统)' in flat and '☐ CAD(计算机辅助设计)' in flat and '☑ 其它　（批记录电子化系统）' in flat
    assert '☑ 三级' in flat and '2.8.1 设备数据采集感知' in flat and '☑ 是　☐ 否' in flat


def test_the_scene_list_of_attachment_2():
    rows = sql("SELECT level, COUNT(*) FROM cc_scenes WHERE city_code = '220100' AND added_by IS NULL GROUP BY level ORDER BY level")
    assert rows == [['1', '4'], ['2', '17'], ['3', '54']]
    assert sql("SELECT name, seed_code FROM cc_scenes WHERE city_code = '220100' AND code IN ('4.2.1', '4.2.2') ORDER BY code") == \
        [['数据中台建设', 'NULL'], ['业务中台建设', '4.2.1']]
    city = logged_in('city-cc')
    t = city.page('/cgi-bin/scenes.cgi').text
    for s in ('产品生命周期数字化', '生产过程数字化', '产业链供应链数字化', '智能管理决策数字化', '基于设备、装置、产线升级的生产作业',
              '网络、数据安全防护', '原清单编号 4.2.1', '行业共性需求示例'):
        assert s in t, s
    n = int.from_bytes(os.urandom(3), 'big') % 1000000
    # refused beside the field: no name, a 三级 scene as parent (三级 is the last level)
    r = city.post('/cgi-bin/scenes.cgi', {'op': 'add', 'parent': '4', 'name': ''})
    assert r.status == 422 and '请填写场景名称' in r.text
    r = city.post('/cgi-bin/scenes.cgi', {'op': 'add', 'parent': '2.3.1', 'name': '不该有的四级%06d' % n})
    assert r.status == 422 and '请从清单中选择一级或二级场景作为上级场景' in r.text
    r = city.post('/cgi-bin/scenes.cgi', {'op': 'add', 'parent': '4', 'name': '数字化治理%06d' % n, 'needs': '制度与数据治理'})
    assert r.status == 303
    code2 = sql("SELECT code FROM cc_scenes WHERE name = '数字化治理%06d'" % n)[0][0]
    assert re.fullmatch(r'4\.\d+', code2) and code2 not in ('4.1', '4.2')
    assert city.post('/cgi-bin/scenes.cgi', {'op': 'add', 'parent': code2, 'name': '数据资产登记%06d' % n}).status == 303
    assert sql("SELECT code, level FROM cc_scenes WHERE name = '数据资产登记%06d'" % n) == [[code2 + '.1', '3']]
    r = city.post('/cgi-bin/scenes.cgi', {'op': 'add', 'parent': code2, 'name': '数据资产登记%06d' % n})
    assert r.status == 422 and '上级场景下已有同名场景' in r.text
    # read by the 市's 县（市）区, enterprises and 服务商; added to by 长春's 市 alone
    for user in ('county-cc-3', 'cc-enterprise1', 'provider2'):
        c = logged_in(user)
        assert '数据资产登记%06d' % n in c.page('/cgi-bin/scenes.cgi').text, user
        assert c.post('/cgi-bin/scenes.cgi', {'op': 'add', 'parent': '1', 'name': '越权%06d' % n}).status == 403, user
    other = logged_in('city-ly')
    assert '数据资产登记' not in other.page('/cgi-bin/scenes.cgi').text
    assert other.post('/cgi-bin/scenes.cgi', {'op': 'add', 'parent': '1', 'name': '越权%06d' % n}).status == 403
    assert not sql("SELECT 1 FROM cc_scenes WHERE name = '越权%06d'" % n)
    t = logged_in('county-cc-3').get('/cgi-bin/scenes.cgi?q=%s' % quote('数据资产登记%06d' % n)).text
    assert '数据资产登记%06d' % n in t and '数字化治理%06d' % n in t and '产品生命周期数字化' not in t


def test_a_provider_changes_only_its_own_products():
    n = int.from_bytes(os.urandom(3), 'big') % 1000000
    p1, p2 = logged_in('provider1'), logged_in('provider3')
    sid = T.scene_ids(['3.2.1'])
    p1.page('/cgi-bin/products.cgi')
    r = p1.post('/cgi-bin/products.cgi', [('op', 'add'), ('name', '仓储看板%06d' % n), ('summary', ''), ('price', '十万')])
    assert r.status == 422 and '请填写简述' in r.text and '请选择至少一个适用的三级场景' in r.text
    assert 'value="仓储看板%06d"' % n in r.text
    r = p1.post('/cgi-bin/products.cgi', [('op', 'add'), ('name', '仓储看板%06d' % n), ('summary', 'x'), ('price', '3'),
                                         ('scenes', T.scene_ids(['1'])[0])])
    assert r.status == 422 and '请从本市场景清单的三级场景中选择' in r.text
    pid = add_product(p1, '仓储看板%06d' % n, sid, '8.8')
    assert sql("SELECT price_yuan FROM cc_products WHERE id = %s" % pid) == [['88000']]
    # everyone of the 市 reads the pool, by scene
    for user in ('cc-enterprise2', 'county-cc-14', 'city-cc', 'provider3'):
        assert '仓储看板%06d' % n in logged_in(user).get('/cgi-bin/products.cgi?scene=%s' % sid[0]).text, user
    assert '仓储看板%06d' % n not in logged_in('enterprise1').get('/cgi-bin/products.cgi').text        # 洛阳
    # another 服务商 cannot change or delete it, nor open it for editing; the enterprise and the 市 cannot post
    assert p2.get('/cgi-bin/products.cgi?edit=%s' % pid).status == 404
    p2.page('/cgi-bin/products.cgi')
    r = p2.post('/cgi-bin/products.cgi', [('op', 'save'), ('id', pid), ('version', '1'), ('name', '改名'), ('summary', 'x'),
                                         ('price', '1'), ('scenes', sid[0])])
    assert r.status == 409
    assert p2.post('/cgi-bin/products.cgi', {'op': 'delete', 'id': pid, 'version': 1}).status == 409
    for user in ('cc-enterprise2', 'city-cc'):
        c = logged_in(user)
        c.page('/cgi-bin/products.cgi')
        assert c.post('/cgi-bin/products.cgi', {'op': 'delete', 'id': pid, 'version': 1}).status == 403, user
    assert sql("SELECT name, version FROM cc_products WHERE id = %s" % pid) == [['仓储看板%06d' % n, '1']]
    # its own: changed (a stale tab refused), then deleted
    t = p1.page('/cgi-bin/products.cgi?edit=%s' % pid).text
    assert 'value="仓储看板%06d"' % n in t and 'value="%s" checked' % sid[0] in t
    form = [('op', 'save'), ('id', pid), ('version', '1'), ('name', '仓储看板二代%06d' % n), ('summary', '升级'), ('price', '9'),
            ('scenes', sid[0])] + [('scenes', x) for x in T.scene_ids(['3.2.5'])]
    assert p1.post('/cgi-bin/products.cgi', form).status == 303
    assert p1.post('/cgi-bin/products.cgi', form).status == 409
    assert sql("SELECT COUNT(*) FROM cc_product_scenes WHERE product_id = %s" % pid) == [['2']]
    assert p1.post('/cgi-bin/products.cgi', {'op': 'delete', 'id': pid, 'version': 2}).status == 303
    assert not sql("SELECT 1 FROM cc_products WHERE id = %s" % pid)
    # a 服务商 not approved yet sees the pool, cannot add
    sql("UPDATE providers v JOIN accounts a ON a.id = v.account_id SET v.state = 'pending' WHERE a.username = 'provider3'")
    try:
        t = p2.page('/cgi-bin/products.cgi').text
        assert '审核通过后，方可登记产品' in t
        assert p2.post('/cgi-bin/products.cgi', [('op', 'add'), ('name', '未审核%06d' % n), ('summary', 'x'), ('price', '1'),
                                                 ('scenes', sid[0])]).status == 403
    finally:
        sql("UPDATE providers v JOIN accounts a ON a.id = v.account_id SET v.state = 'approved' WHERE a.username = 'provider3'")
