"""新乡经开区 免申即享 (seed 004 第十五至十八条、第二十一至二十五条): the 考核工作小组办公室 (city-xx) records levels,
revenues (on the page and from CSV, bad rows refused in Chinese) and 第二十五条 cases; a round proposes the reward
list from them through the rule set xinxiang-2025 (each amount equal to `dtpilot-admin subsidy`'s, for every rate);
an excluded enterprise is refused with its clause; 考察核实 (day, findings) or 移出 (reason); 公示 for 7 working days
from today, shown on the public page; 管委会审定 after it writes the money decisions in one step, and the cumulative
cap counts them in the next round.  Scope: another region's 市 sees nothing, an enterprise only its own reward."""
import csv as csvmod, html, io, os, re, subprocess
from dt import BUILD, Client, cn_date, day, logged_in, new_batch, post_files, sql, workdays_end
from filing import uscc
import xx_flow

ADMIN = os.path.join(BUILD, 'dtpilot-admin')
ZONE = '410772'
CATS = {'plain': 0, 'srdi': 1, 'srdi_factory': 2}


def text(h):
    return re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', h)))


def year(n=0):
    return int(day(0)[:4]) + n


def enterprise(tag):
    """An enterprise registered in the zone (made in SQL: registration is tested on its own); (name, code)"""
    n = int.from_bytes(os.urandom(3), 'big') % 1000000
    code = uscc('91%sMA8%06d' % (ZONE, n))
    name = '新乡测试%s企业%06d有限公司' % (tag, n)
    sql("INSERT INTO accounts (username, password_hash, role, display_name, credit_code, region_code, contact_person,"
        " mobile, email) VALUES ('xxt%06d', 'x', 'enterprise', '%s', '%s', '%s', '测试', '13903731234', 'e@example.com')"
        % (n, name, code, ZONE))
    return name, code


def city():
    return logged_in('city-xx')


def level(c, code, yr, lv, cat, batch, note=''):
    c.page('/cgi-bin/xx_records.cgi')
    return c.post('/cgi-bin/xx_records.cgi', {'op': 'level', 'l_code': code, 'l_year': str(yr), 'level': str(lv),
                                              'category': cat, 'batch_no': str(batch), 'l_note': note})


def revenue(c, code, yr, yuan):
    c.page('/cgi-bin/xx_records.cgi')
    return c.post('/cgi-bin/xx_records.cgi', {'op': 'revenue', 'r_code': code, 'r_year': str(yr), 'revenue': str(yuan)})


def round_(title):
    bid = new_batch(title, (-5, 60, 70, 80), programme='xinxiang', region=ZONE)
    sql("UPDATE batches SET ruleset = 'xinxiang-2025', ruleset_version = 1 WHERE id = %s" % bid)
    return bid


def reward_of(batch, code):
    rows = sql("SELECT p.id, p.state, x.amount_yuan, x.explanation FROM applications p JOIN accounts a ON a.id = p.account_id"
               " JOIN xx_rewards x ON x.application_id = p.id WHERE p.batch_id = %s AND a.credit_code = '%s'" % (batch, code))
    return rows[0] if rows else None


def admin_amount(**kw):
    p = subprocess.run([ADMIN, 'subsidy', 'xinxiang-2025'] + ['%s=%s' % i for i in kw.items()],
                       capture_output=True, text=True, env={'PATH': os.environ.get('PATH', '')})
    assert p.returncode == 0, p.stderr
    return int(p.stdout.splitlines()[-1].split('=')[1])


def test_records_entered_on_the_page_with_chinese_errors():
    c = city()
    name, code = enterprise('记录')
    r = level(c, code, year(-3), 2, 'steel', '')
    assert r.status == 422
    t = text(r.text)
    assert '请从列出的企业类别中选择' in t and '请选择改造批次' in t
    r = level(c, uscc('91%sMA9%06d' % ('220104', 1)), year(-3), 2, 'plain', 1)     # a 长春 code: not in the zone
    assert r.status == 422 and '该统一社会信用代码不是本区已注册的企业' in text(r.text)
    assert level(c, code, year(-3), 2, 'srdi', 2, '评测报告 T-1').status == 303
    assert level(c, code, year(-3), 3, 'srdi', 2, '复核后更正').status == 303            # the same year corrects
    assert sql("SELECT level, category, batch_no FROM xx_levels WHERE credit_code = '%s'" % code) == [['3', 'srdi', '2']]
    r = revenue(c, code, year(-3), '12.5万')
    assert r.status == 422 and '营业收入（元）' in text(r.text)
    assert revenue(c, code, year(-3), 30000000).status == 303
    c.page('/cgi-bin/xx_records.cgi')
    r = c.post('/cgi-bin/xx_records.cgi', {'op': 'exclusion', 'e_code': code, 'e_year': str(year(-2)), 'kind': 'tax', 'e_note': ''})
    assert r.status == 422 and '请填写核查情况' in text(r.text)
    h = c.page('/cgi-bin/xx_records.cgi?q=%s' % code).text
    t = text(h)
    assert name in t and '30000000' in t and '专精特新企业' in t and '第2批' in t
    # the 评定等级 list names the level as the dropdown does
    row = re.search(r'<tr><td>%s</td>.*?</tr>' % re.escape(name), h).group(0)
    assert '<td>%d年</td><td>三级</td><td>专精特新企业</td><td>第2批</td>' % year(-3) in row, row


def test_revenues_imported_from_csv_with_a_preview_and_row_errors():
    c = city()
    name, code = enterprise('导入')
    other = uscc('91%sMA9%06d' % (ZONE, int.from_bytes(os.urandom(3), 'big') % 1000000))   # valid, not registered
    bad = ('统一社会信用代码,年度,营业收入（元）\n'
           '%s,%d,41000000\n'
           '%s,%d,12.5万\n'
           '91410772MA0000000X,%d,100\n'
           '%s,%d,100\n'
           '%s,1999,100\n'
           '%s,%d\n'
           '%s,%d,42000000\n' % (code, year(-2), code, year(-1), year(-1), other, year(-1), code, code, year(-1), code, year(-2)))
    c.page('/cgi-bin/xx_import.cgi')
    r = post_files(c, '/cgi-bin/xx_import.cgi', {'op': 'preview'}, {'csv': ('营业收入.csv', ('\ufeff' + bad).encode())})
    assert r.status == 422
    t = text(r.text)
    assert '第3行：营业收入须为不小于0的整数' in t
    assert '第4行：统一社会信用代码' in t
    assert '第5行：该统一社会信用代码不是本区已注册的企业' in t
    assert '第6行：年度须为2000至2100之间的整数' in t
    assert '第7行：应为3列' in t
    assert '第8行：与第2行重复（同一企业同一年度）' in t
    assert '>导入</button>' not in r.text
    # the text sent back as it was: still refused whole, nothing written
    c.page('/cgi-bin/xx_import.cgi')
    r = c.post('/cgi-bin/xx_import.cgi', {'op': 'import', 'csvtext': bad})
    assert r.status == 422 and '未导入任何数据' in text(r.text)
    assert sql("SELECT COUNT(*) FROM xx_revenues WHERE credit_code = '%s'" % code) == [['0']]
    good = '统一社会信用代码,年度,营业收入（元）\r\n%s,%d,41000000\r\n"%s",%d,"52000000"\r\n' % (code, year(-2), code, year(-1))
    assert revenue(c, code, year(-2), 1).status == 303                                  # corrected by the import
    c.page('/cgi-bin/xx_import.cgi')
    r = post_files(c, '/cgi-bin/xx_import.cgi', {'op': 'preview'}, {'csv': ('ok.csv', good.encode())})
    assert r.status == 200, text(r.text)
    t = text(r.text)
    assert name in t and '更正（原为1元）' in t and '新增' in t
    csvtext = html.unescape(re.search(r'name="csvtext" hidden>(.*?)</textarea>', r.text, re.S).group(1))
    r = c.post('/cgi-bin/xx_import.cgi', {'op': 'import', 'csvtext': csvtext})
    assert r.status == 303 and r.header('Location') == '/cgi-bin/xx_records.cgi'
    assert sql("SELECT year, revenue_yuan FROM xx_revenues WHERE credit_code = '%s' ORDER BY year" % code) == \
        [[str(year(-2)), '41000000'], [str(year(-1)), '52000000']]


def test_proposed_amounts_equal_the_rule_sets_for_every_rate_and_exclusions_are_refused():
    c = city()
    made = []
    # 二级 and 三级, each category, batches 1-3: every rate of 第十五、十六条
    for lv, cat, batch in (('2', 'plain', 1), ('2', 'srdi', 2), ('2', 'srdi_factory', 3),
                           ('3', 'plain', 2), ('3', 'srdi', 3), ('3', 'srdi_factory', 1)):
        name, code = enterprise('比例')
        base, nxt = 10000000 + 1000 * len(made), 13456789 + 7 * len(made)
        assert level(c, code, year(-2), lv, cat, batch).status == 303
        assert revenue(c, code, year(-2), base).status == 303
        assert revenue(c, code, year(-1), nxt).status == 303
        made.append((name, code, dict(level=lv, category=cat, batch=str(batch), revenue_base=str(base),
                                      revenue_next=str(nxt), paid_before='0', excluded='0')))
    ex_name, ex_code = enterprise('失信')
    assert level(c, ex_code, year(-2), 3, 'srdi', 1).status == 303
    assert revenue(c, ex_code, year(-2), 20000000).status == 303
    assert revenue(c, ex_code, year(-1), 30000000).status == 303
    c.page('/cgi-bin/xx_records.cgi')
    assert c.post('/cgi-bin/xx_records.cgi', {'op': 'exclusion', 'e_code': ex_code, 'e_year': str(year(-1)), 'kind': 'accident',
                                              'e_note': '应急管理局通报：较大生产安全事故'}).status == 303
    # 第十七、十八条: the 新乡市 policy's money for the same assessment, applied 就高不重复
    hi_name, hi_code = enterprise('市政策高')
    lo_name, lo_code = enterprise('市政策低')
    for code in (hi_code, lo_code):
        assert level(c, code, year(-2), 2, 'plain', 1).status == 303
        assert revenue(c, code, year(-2), 10000000).status == 303
        assert revenue(c, code, year(-1), 12000000).status == 303     # 2,000,000 more × 3% = 60000
    r = c.post('/cgi-bin/xx_records.cgi', {'op': 'city', 'c_code': hi_code, 'c_year': str(year(-2)), 'c_amount': '', 'c_doc': ''})
    assert r.status == 422 and '请填写按新乡市政策可获的金额' in text(r.text) and '请填写新乡市政策文件或资金文号' in text(r.text)
    assert 'value="%s"' % hi_code in r.text
    for code, amount in ((hi_code, '80000'), (lo_code, '50000')):
        assert c.post('/cgi-bin/xx_records.cgi', {'op': 'city', 'c_code': code, 'c_year': str(year(-2)), 'c_amount': amount,
                                                  'c_doc': '新工信〔%d〕15号' % year(0)}).status == 303
    assert '记录第十七条新乡市政策金额' in logged_in('province').get('/cgi-bin/audit.cgi').text
    gap_name, gap_code = enterprise('缺收入')
    assert level(c, gap_code, year(-2), 2, 'plain', 1).status == 303
    assert revenue(c, gap_code, year(-2), 5000000).status == 303
    bid = round_('测试奖励轮次%s' % os.urandom(3).hex())
    r = xx_flow.propose(c, bid)
    assert r.status == 303
    flash = text(c.page(r.header('Location')).text)
    assert '%s：%d年评定为二级，缺少%d年营业收入记录' % (gap_name, year(-2), year(-1)) in flash
    assert reward_of(bid, gap_code) is None
    page = c.page('/cgi-bin/xx_round.cgi?batch=%s' % bid).text
    for name, code, inputs in made:
        app, state, amount, why = reward_of(bid, code)
        want = admin_amount(**inputs)
        assert state == 'proposed' and int(amount) == want > 0, (inputs, amount, want)
        rate = {'2': 3, '3': 4}[inputs['level']] + CATS[inputs['category']] - (int(inputs['batch']) - 1)
        assert '× %d%% = %d元' % (rate, want) in why.replace('\\n', '\n'), why
        assert name in page
        t = text(c.page('/cgi-bin/xx_reward.cgi?id=%s' % app).text)
        assert '%d元' % want in t and ('第十五条' if inputs['level'] == '2' else '第十六条') in t
    app, state, amount, why = reward_of(bid, ex_code)
    assert state == 'refused' and amount == '0'
    t = text(c.page('/cgi-bin/xx_reward.cgi?id=%s' % app).text)
    assert '不予支持：第二十五条' in t and '应急管理局通报' in t and '不予奖励' in t
    app, state, amount, why = reward_of(bid, hi_code)           # the lower claim is refused, both figures and the clause
    assert state == 'refused' and amount == '0'
    t = text(c.page('/cgi-bin/xx_reward.cgi?id=%s' % app).text)
    assert '就高不重复：按第十七条（新乡市政策）可获 80000元，不低于本条款的 60000元' in t and '第十八条' in t
    app, state, amount, why = reward_of(bid, lo_code)
    assert state == 'proposed' and amount == '60000' and '本条款的 60000元 高于按第十七条（新乡市政策）可获的 50000元' in why
    # the list as a table: CSV and Excel with the same amounts, the print
    csv = c.get('/cgi-bin/xx_round.cgi?batch=%s&format=csv' % bid)
    assert csv.status == 200
    body = csv.body.decode('utf-8-sig')
    assert '测算说明' in body and '奖励金额（元）' in body
    rows = {row[2]: row for row in csvmod.reader(io.StringIO(body))}
    for name, code, inputs in made:
        assert rows[code][1] == name and rows[code][8] == str(admin_amount(**inputs)), rows[code]
    assert rows[ex_code][8] == '0' and rows[ex_code][9].startswith('不予支持：第二十五条')
    assert rows[hi_code][8] == '0' and rows[hi_code][9].startswith('不予支持：第十八条')
    assert c.get('/cgi-bin/xx_round.cgi?batch=%s&format=xlsx' % bid).header('Content-Type').startswith(
        'application/vnd.openxmlformats-officedocument.spreadsheetml')
    assert '奖励建议名单' in c.get('/cgi-bin/xx_round.cgi?batch=%s&format=print' % bid).text
    # nothing left to propose: said, nothing written
    r = xx_flow.propose(c, bid)
    assert r.status in (303, 409)


def test_verification_publicity_decision_and_the_cap_across_two_rounds():
    c = city()
    name, code = enterprise('封顶')
    other_name, other_code = enterprise('移出')
    assert level(c, code, year(-3), 2, 'srdi_factory', 1).status == 303
    assert level(c, code, year(-2), 3, 'srdi_factory', 1).status == 303
    for y, v in ((-3, 50000000), (-2, 62000000), (-1, 75000000)):
        assert revenue(c, code, year(y), v).status == 303
        assert revenue(c, other_code, year(y), v).status == 303
    assert level(c, other_code, year(-3), 2, 'plain', 1).status == 303
    first = round_('测试第一轮%s' % os.urandom(3).hex())
    assert xx_flow.propose(c, first).status == 303
    app, state, amount, why = reward_of(first, code)
    assert amount == '500000' and '12000000元 × 5% = 600000元' in why     # 50万 cap of 二级
    other = reward_of(first, other_code)[0]
    # 考察核实: findings and a day not after today are required
    r = xx_flow.verify(c, app, note='')
    assert r.status == 422 and '须填写意见' in text(r.text)
    r = xx_flow.verify(c, app, on=day(1))
    assert r.status == 422 and '不能晚于今天' in text(r.text)
    assert xx_flow.verify(c, app, on=day(-1)).status == 303
    assert sql("SELECT label, act_date FROM app_decisions WHERE application_id = %s" % app) == [['考察核实', day(-1)]]
    r = xx_flow.drop(c, other, '')
    assert r.status == 422
    assert xx_flow.drop(c, other, '核实发现营业收入含关联交易，待核清后再提').status == 303
    assert reward_of(first, other_code)[1] == 'removed'
    # 公示: 7 working days counted from its start, not before today; the public page shows the amount
    r = xx_flow.publicize(c, first, day(-1))
    assert r.status == 422 and '公示开始日期不能早于发布之日' in text(r.text)
    r = xx_flow.publicize(c, first, day(0))
    assert r.status == 303
    end = workdays_end(day(0), 7)
    assert '已公示：%s至%s（7个工作日）' % (cn_date(day(0)), cn_date(end)) in text(c.page(r.header('Location')).text)
    assert sql("SELECT start_date, end_date, working_days FROM publications p JOIN publication_items i ON i.publication_id = p.id"
               " WHERE i.application_id = %s" % app) == [[day(0), end, '7']]
    pub = text(logged_in('xx-enterprise2').get('/cgi-bin/public.cgi').text)
    assert name in pub and '500000' in pub and other_name not in pub
    # in its programme's words: the zone's 公示 and where objections go, nothing of 内蒙古's
    sec = [x for x in Client().get('/cgi-bin/public.cgi').text.split('<section') if name in x]
    assert len(sec) == 1 and '新乡经开区数字化转型奖励公示' in sec[0] and '奖励金额（元）' in sec[0]
    assert '向新乡经开区经济发展和统计局反映' in sec[0] and '%s 至 %s（7 个工作日）' % (cn_date(day(0)), cn_date(end)) in sec[0]
    assert '内蒙古' not in sec[0] and '自治区' not in sec[0] and '细分行业' not in sec[0]
    # 审定 before the 公示 is over: refused, nothing written
    r = xx_flow.decide(c, first, day(0))
    assert r.status == 422 and '公示期（7个工作日）尚未期满' in text(r.text)
    assert sql("SELECT COUNT(*) FROM money_decisions WHERE application_id = %s" % app) == [['0']]
    r = xx_flow.decide(c, first, day(0), meeting='')
    assert r.status == 422 and '请填写审定会议' in text(r.text)
    sql(xx_flow.backdate_publicity_sql(first, 20))
    assert xx_flow.decide(c, first, day(-1), '管委会第3次主任办公会').status == 303
    assert reward_of(first, code)[1] == 'decided'
    d = sql("SELECT kind, state, amount_yuan, ruleset, ruleset_version, decided_on, region_code FROM money_decisions"
            " WHERE application_id = %s" % app)
    assert d == [['reward', 'decided', '500000', 'xinxiang-2025', '1', day(-1), ZONE]]
    assert '管委会第3次主任办公会' in sql("SELECT explanation FROM money_decisions WHERE application_id = %s" % app)[0][0]
    assert sql("SELECT COUNT(*) FROM money_decisions WHERE application_id = %s" % other) == [['0']]
    # the next round: the 三级 reward counts the 50万 decided; 70万 − 50万 leaves 20万
    second = round_('测试第二轮%s' % os.urandom(3).hex())
    assert xx_flow.propose(c, second).status == 303
    app2, state, amount, why = reward_of(second, code)
    assert amount == '200000' and '本规则已奖励 500000元 = 尚可奖励 200000元' in why
    assert amount == str(admin_amount(level='3', category='srdi_factory', batch='1', revenue_base='62000000',
                                      revenue_next='75000000', paid_before='500000', excluded='0'))
    # the removed one is proposed again in the next round
    assert reward_of(second, other_code)[1] == 'proposed'


def test_scope_another_city_and_other_enterprises_see_nothing():
    c = city()
    bid = sql("SELECT MAX(id) FROM batches WHERE programme = 'xinxiang'")[0][0]
    mine = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username = 'xx-enterprise1'"
               " ORDER BY p.id LIMIT 1")[0][0]
    theirs = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username = 'xx-enterprise2'"
                 " ORDER BY p.id LIMIT 1")[0][0]
    assert c.get('/cgi-bin/xx_round.cgi?batch=%s' % bid).status == 200
    home = text(c.get('/cgi-bin/home.cgi').text)                     # the demo's round waits for 考察核实
    assert '拟奖励，待考察核实' in home and '可办理：考察核实' in home and '考核工作小组办公室' in home
    other = logged_in('city-cc')
    assert other.get('/cgi-bin/xx_round.cgi?batch=%s' % bid).status == 404
    assert other.get('/cgi-bin/xx_reward.cgi?id=%s' % mine).status == 404
    t = other.page('/cgi-bin/xx_records.cgi').text
    assert 'xx-enterprise1' not in t and '新乡经开区华锐机械有限公司' not in t
    code = sql("SELECT credit_code FROM accounts WHERE username = 'xx-enterprise1'")[0][0]
    r = other.post('/cgi-bin/xx_records.cgi', {'op': 'revenue', 'r_code': code, 'r_year': str(year(-1)), 'revenue': '1'})
    assert r.status == 422 and '该统一社会信用代码不是本区已注册的企业' in text(r.text)
    e = logged_in('xx-enterprise1')
    t = text(e.get('/cgi-bin/xx_reward.cgi').text)
    assert '60000' in t and '× 1% = 60000元' in t                  # its own, with why
    assert e.get('/cgi-bin/xx_reward.cgi?id=%s' % mine).status == 200
    assert e.get('/cgi-bin/xx_reward.cgi?id=%s' % theirs).status == 404
    assert e.get('/cgi-bin/xx_round.cgi?batch=%s' % bid).status == 403
    assert e.get('/cgi-bin/xx_records.cgi').status == 403
    assert '拟奖励，待考察核实 打开奖励' in text(e.get('/cgi-bin/home.cgi').text)     # this year's, in its programme's words
    r = e.page('/cgi-bin/xx_reward.cgi?id=%s' % mine)
    assert 'name="op"' not in r.text                                  # nothing to do for the enterprise
