"""Rule sets (issue 15, part 1): `dtpilot-admin subsidy` and the 政策测算 page
(subsidy.cgi) compute the same amounts with the same explanation; a batch
records the rule set and version it was made under and keeps it; README's
worked examples are run as written."""
import html, os, re, subprocess
from dt import BUILD, ROOT, Client, day, logged_in, new_batch, sql

ADMIN = os.path.join(BUILD, 'dtpilot-admin')
XX = dict(level='2', category='srdi', batch='2', revenue_base='10000000', revenue_next='15000000',
          paid_before='450000', excluded='0')


def admin(*args):
    return subprocess.run([ADMIN, 'subsidy'] + list(args), capture_output=True, text=True,
                          env={'PATH': os.environ.get('PATH', '')})


def kv(d):
    return ['%s=%s' % i for i in d.items()]


def text(h):
    return re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', ' ', h)))


def test_command_prints_the_explanation_and_ends_with_the_amount():
    p = admin('xinxiang-2025', *kv(XX))
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert lines[-1] == 'amount_yuan=50000'
    out = p.stdout
    # inputs, parameters with their clauses, each step with its clause
    assert 'revenue_next 评定等级后第一个自然年度营业收入（元） = 15000000元' in out
    assert '新增营业收入 = 15000000元 − 10000000元 = 5000000元' in out
    assert '第2批：4% − 1个百分点 × 1 = 3%' in out and '第二批政策相对第一批政策降低1个百分点' in out
    assert '5000000元 × 3% = 150000元' in out
    assert '累计上限 500000元 − 本规则已奖励 450000元 = 尚可奖励 50000元（第十五条：累计最高不超50万元）' in out
    assert '四级按此等级执行 = 3级' in out and '本系统的设定' in out         # a local choice says so
    # the version may be named; an unknown one is refused
    assert admin('xinxiang-2025@1', *kv(XX)).stdout == out
    p = admin('xinxiang-2025@2', *kv(XX))
    assert p.returncode == 2 and 'xinxiang-2025@2' in p.stderr and p.stdout == ''


def test_command_refuses_a_missing_or_invalid_input_naming_it():
    for name in XX:
        p = admin('xinxiang-2025', *kv({k: v for k, v in XX.items() if k != name}))
        assert p.returncode == 2 and ('missing input %s ' % name) in p.stderr and p.stdout == '', (name, p)
    for name, bad in (('level', '5'), ('category', 'SRDI'), ('batch', '4'), ('revenue_base', '-1'),
                      ('revenue_next', '1.5'), ('paid_before', '1,000'), ('excluded', 'yes')):
        p = admin('xinxiang-2025', *kv(dict(XX, **{name: bad})))
        assert p.returncode == 2 and ('invalid input %s ' % name) in p.stderr and p.stdout == '', (name, p)
    p = admin('xinxiang-2025', *kv(XX), 'bonus=1')
    assert p.returncode == 2 and 'unknown input bonus' in p.stderr
    p = admin('xinxiang-2025', *kv(XX), 'level=3')
    assert p.returncode == 2 and 'repeated input level' in p.stderr
    p = admin('luoyang-2025', 'level=2', 'software=1', 'cloud=1', 'equipment=1')
    assert p.returncode == 2 and 'missing input other ' in p.stderr
    p = admin('nowhere-2025')
    assert p.returncode == 2 and 'unknown rule set' in p.stderr and 'changchun-2024@1' in p.stderr
    # an optional input (city_policy) defaults to 0; given, 就高不重复 applies
    assert admin('xinxiang-2025', *kv(XX), 'city_policy=50000').stdout.splitlines()[-1] == 'amount_yuan=0'
    assert admin('xinxiang-2025', *kv(XX), 'city_policy=49999').stdout.splitlines()[-1] == 'amount_yuan=50000'
    p = admin('xinxiang-2025', *kv(dict(XX, excluded='1')))
    assert p.returncode == 0 and p.stdout.endswith('amount_yuan=0\n') and '第二十五条' in p.stdout


def readme_examples():
    """README's worked examples: an indented `dtpilot-admin subsidy ...` line, then its output up to amount_yuan=N."""
    lines = open(os.path.join(ROOT, 'README.md'), encoding='utf-8').read().splitlines()
    out = []
    for i, line in enumerate(lines):
        if line.strip().startswith('$ dtpilot-admin subsidy '):
            for j in range(i + 1, len(lines)):
                m = re.match(r'\s*amount_yuan=(\d+)$', lines[j])
                if m:
                    out.append((line.strip()[2:].split()[2:], [x[4:] for x in lines[i + 1:j + 1]]))
                    break
    return out


def test_readme_has_a_worked_example_per_rule_set_that_runs_as_written():
    examples = readme_examples()
    keys = {args[0] for args, _ in examples}
    assert keys == {'neimenggu-2025', 'luoyang-2025', 'luoyang-awards-2025', 'xinxiang-2025', 'changchun-2024',
                    'changchun-awards-2024'}, keys
    for args, want in examples:
        p = admin(*args)
        assert p.returncode == 0 and p.stdout.splitlines() == want, (args, p.stdout, want)


def test_page_lists_rule_sets_and_shows_parameters_with_their_clauses():
    c = logged_in('enterprise2')
    r = c.get('/cgi-bin/home.cgi')
    assert '<a href="/cgi-bin/subsidy.cgi"' in r.text and '政策测算' in r.text      # in the menu
    r = c.get('/cgi-bin/subsidy.cgi')
    assert r.status == 200
    for key in ('neimenggu-2025', 'luoyang-2025', 'luoyang-awards-2025', 'xinxiang-2025', 'changchun-2024',
                'changchun-awards-2024'):
        assert 'subsidy.cgi?rs=%s&amp;v=1' % key in r.text, key
    r = c.get('/cgi-bin/subsidy.cgi?rs=luoyang-2025')
    t = text(r.text)
    assert r.status == 200 and 'luoyang-2025 第1版 参数' in t
    assert '四级企业补助上限 700000元（70万元） 二（六）14：四级企业最高补助不超过70万元' in t
    assert re.search(r'给予补助的最低等级 2级 二（六）14 只规定二级至四级的上限[^<]*本系统的设定，政策文件未作规定', t)
    assert '不予补助' not in t.split('四级企业补助上限')[0]          # nothing computed yet
    # every input has its label
    for name in ('level', 'software', 'cloud', 'equipment', 'other'):
        assert '<label for="f-%s">' % name in r.text and 'id="f-%s"' % name in r.text, name
    assert Client().get('/cgi-bin/subsidy.cgi').status in (302, 303)          # signed-in users only
    assert c.get('/cgi-bin/subsidy.cgi?rs=nowhere-2025').status == 404
    assert c.get('/cgi-bin/subsidy.cgi?rs=luoyang-2025&v=2').status == 404


def test_page_computes_the_same_amount_as_the_command():
    c = logged_in('county-ly-2')
    q = '&'.join(kv(XX))
    r = c.get('/cgi-bin/subsidy.cgi?rs=xinxiang-2025&v=1&go=1&' + q)
    t = text(r.text)
    assert r.status == 200 and '测算结果：50000 元（5.0000 万元）' in t
    assert '累计上限 500000元 − 本规则已奖励 450000元 = 尚可奖励 50000元 依据：第十五条：累计最高不超50万元' in t
    steps = re.findall(r'<li>(.*?)</li>', r.text.split('计算步骤')[1], re.S)
    cli = [l for l in admin('xinxiang-2025', *kv(XX)).stdout.splitlines() if re.match(r'  \d+\. ', l)]
    assert len(steps) == len(cli) == 6
    for s, l in zip(steps, cli):
        assert text(s.split('<br>')[0]).strip() in l, (s, l)
    # the inputs are kept in the form
    assert '<option value="srdi" selected>' in r.text and 'value="15000000"' in r.text
    # every rule set's form computes (defaults for the optional inputs)
    for rs, inp, amount in (('neimenggu-2025', dict(cost='1000005'), '200000'),
                            ('luoyang-2025', dict(level='4', software='800000', cloud='300000', equipment='500000',
                                                  other='100000'), '700000'),
                            ('luoyang-awards-2025', dict(type='factory', requested='300000', before='100000'), '200000'),
                            ('changchun-2024', dict(level='1', audited='1000000'), '0'),
                            ('changchun-awards-2024', dict(applied='50000', proposed='80000'), '50000')):
        r = c.get('/cgi-bin/subsidy.cgi?rs=%s&go=1&%s' % (rs, '&'.join(kv(inp))))
        assert r.status == 200 and '测算结果：%s 元' % amount in text(r.text), (rs, text(r.text)[-600:])


def test_page_marks_each_bad_input_beside_its_field_and_keeps_it():
    c = logged_in('enterprise2')
    bad = dict(XX, revenue_base='1,000', level='', excluded='2')
    r = c.get('/cgi-bin/subsidy.cgi?rs=xinxiang-2025&go=1&' + '&'.join(kv(bad)))
    assert r.status == 422 and '测算结果' not in r.text
    assert '提交的内容有 3 处需要修改' in r.text
    assert re.search(r'id="f-revenue_base"[^>]*value="1,000"', r.text)           # kept as typed
    assert '<p class="err" id="e-revenue_base">评定等级后第一个自然年度的上一年营业收入（元）：应为不小于0的整数（元）</p>' in r.text
    assert '<p class="err" id="e-level">请选择考核小组评定的数字化水平等级</p>' in r.text
    assert '<p class="err" id="e-excluded">存在第二十五条情形：不是可选的值</p>' in r.text
    assert 'aria-invalid="true"' in r.text
    r = c.get('/cgi-bin/subsidy.cgi?rs=xinxiang-2025&go=1&' + '&'.join(kv(dict(XX, excluded='1'))))
    assert r.status == 200 and '测算结果：0 元' in text(r.text) and '不予支持：第二十五条' in text(r.text)
    assert c.get('/cgi-bin/subsidy.cgi?rs=xinxiang-2025&go=1&bonus=1').status == 400   # undeclared field


def test_a_batch_records_its_rule_set_and_keeps_it():
    adm = logged_in('province')
    r = adm.get('/cgi-bin/batch.cgi')                    # a new batch: the newest version, its defaults and clauses
    assert 'neimenggu-2025 第1版' in r.text and 'subsidy.cgi?rs=neimenggu-2025&amp;v=1' in r.text
    assert '附件3注：每个服务平台最高奖补不超过200万元' in r.text and 'name="cap_platform" type="text" value="200"' in r.text
    form = {'year': day(400)[:4], 'title': '规则集测试批次', 'open_date': day(400), 'applicant_deadline': day(410),
            'county_deadline': day(420), 'city_deadline': day(430), 'min_smes': '6', 'max_subind_per_city': '5',
            'max_platforms_per_subind': '3', 'cap_platform': '200', 'cap_enterprise_pct': '20', 'cap_enterprise': '20',
            'min_expert_scores': '3', 'plausible_cost': '5000'}
    r = adm.post('/cgi-bin/batch.cgi?programme=platform', form)
    assert r.status == 303, r
    bid = re.search(r'id=(\d+)', r.header('Location')).group(1)
    try:
        assert sql("SELECT ruleset, ruleset_version FROM batches WHERE id = %s" % bid) == [['neimenggu-2025', '1']]
        assert 'ruleset=neimenggu-2025@1' in sql("SELECT after_summary FROM audit_log WHERE action = 'batch.create'"
                                                 " AND object_id = %s" % bid)[0][0]
        # an edit keeps the version the batch was made under
        sql("UPDATE batches SET ruleset_version = 1 WHERE id = %s" % bid)
        v = sql("SELECT version FROM batches WHERE id = %s" % bid)[0][0]
        r = adm.post('/cgi-bin/batch.cgi?id=%s' % bid, dict(form, version=v, title='规则集测试批次（改）'))
        assert r.status == 303
        assert sql("SELECT ruleset, ruleset_version FROM batches WHERE id = %s" % bid) == [['neimenggu-2025', '1']]
        # a version the table does not have is a fault, never a silent change of rule
        sql("UPDATE batches SET ruleset_version = 99 WHERE id = %s" % bid)
        assert adm.get('/cgi-bin/summary.cgi?batch=%s' % bid).status == 500
    finally:
        sql("DELETE FROM batches WHERE id = %s" % bid)
    # a batch made without one (by SQL) is under version 1 of its programme's rule set
    bid = new_batch('无规则集记录的批次', (400, 410, 420, 430))
    try:
        assert sql("SELECT ruleset FROM batches WHERE id = %s" % bid) == [['NULL']]
        assert 'neimenggu-2025 第1版' in adm.get('/cgi-bin/batch.cgi?id=%s' % bid).text
    finally:
        sql("DELETE FROM batches WHERE id = %s" % bid)
    # the demo batches say theirs
    assert sql("SELECT DISTINCT ruleset, ruleset_version FROM batches WHERE programme = 'enterprise'") == [['luoyang-2025', '1']]
    r = logged_in('city-ly').get('/cgi-bin/batch.cgi?id=%s' % sql("SELECT MIN(id) FROM batches WHERE programme = 'enterprise'")[0][0])
    assert 'luoyang-2025 第1版' in r.text
