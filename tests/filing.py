"""Files a platform application the way a user does, page by page.  Used by
the HTTP and browser tests and, through CGIClient, by the demo loader."""
import os, re
from dt import Client, fresh_address, logged_in, post_files, pdf, png, day


def uscc(body17):
    cs = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(cs.index(c) * w[i] for i, c in enumerate(body17))
    return body17 + cs[(31 - s % 31) % 31]


def register_platform(prefix, org, mark, region='150207', contact='测试'):
    """Registers a platform account of its own through register.cgi; '#' in
    org becomes a random number.  Returns (logged-in client, that number)."""
    n = int.from_bytes(os.urandom(3), 'big') % 1000000
    c = Client(source=fresh_address())        # registrations are limited per address
    c.page('/cgi-bin/register.cgi')
    r = c.post('/cgi-bin/register.cgi', {
        'kind': 'platform', 'org_name': org.replace('#', '%06d' % n), 'credit_code': uscc('91%sMA%s%06d' % (region, mark, n)),
        'region': region, 'contact_person': contact, 'mobile': '13912345678', 'email': 'r@example.com',
        'username': prefix + '%06d' % n, 'password': 'Test-password-2026', 'password2': 'Test-password-2026'})
    assert r.status == 303, r.text
    return logged_in(prefix + '%06d' % n, 'Test-password-2026'), n


def sections(region, sub_industry, org='服务平台'):
    kpi = {}
    targets = ['85', '80', '60', '90', '120', '7', '99.5', '3', '90', '85', '95', '100', '2', '3']
    bases = ['40', '35', '10', '50', '60', '15', '95', '1.5', '', '', '', '30', '24', '1']
    for i in range(14):
        kpi['kpi_%d_target' % (i + 1)] = targets[i]
        kpi['kpi_%d_base' % (i + 1)] = bases[i]
    text = '%s长期聚焦细分行业，提供转型咨询、诊断评估、设备改造、软件应用等一揽子数字化服务。' % org
    return {
        'basic': {'legal_rep': '王法人', 'contact_person': '李联系', 'contact_phone': '0471-4824952',
                  'reg_address': '内蒙古自治区某市某区某路1号', 'region': region, 'apply_date': day()},
        'industry': {'sub_industry': str(sub_industry)},
        'conditions': {'cond%d' % i: '1' for i in range(1, 6)},
        'pledge': dict({'pledge%d' % i: '1' for i in range(1, 6)}, signatory='王法人', pledge_date=day()),
        'plan': {k: text for k in ('plan_1', 'plan_2_1', 'plan_2_2', 'plan_2_3', 'plan_3_1', 'plan_3_2',
                                   'plan_4_1', 'plan_4_2', 'plan_4_3')},
        'kpi': kpi,
    }


def section_version(c, app_id, section):
    r = c.page('/cgi-bin/app_edit.cgi?id=%s&section=%s' % (app_id, section))
    assert r.status == 200, r
    return re.search(r'name="sv" value="(\d+)"', r.text).group(1)


def save_section(c, app_id, section, data):
    sv = section_version(c, app_id, section)
    return c.post('/cgi-bin/app_edit.cgi?id=%s&section=%s' % (app_id, section), dict(data, sv=sv))


def start(c, page='app'):
    """Starts an application on /cgi-bin/<page>.cgi (app: 内蒙古, ent: 洛阳) and gives its id."""
    c.page('/cgi-bin/%s.cgi' % page)
    r = c.post('/cgi-bin/%s.cgi' % page, {'op': 'create'})
    assert r.status == 303, r
    m = re.search(r'id=(\d+)', r.header('Location'))
    if m:
        return m.group(1)
    return re.search(r'%s_edit.cgi\?id=(\d+)' % page, c.page('/cgi-bin/%s.cgi' % page).text).group(1)


def add_enterprise(c, app_id, name, code, region='150102', cost='50', subsidy=None, contract='60',
                   files=True, tag='', fname=None, sub=None, scale='small', contract_date=None):
    fname = fname or name
    page = c.page('/cgi-bin/app_ent.cgi?id=%s' % app_id).text
    if sub is None:                                    # the platform's own sub-industry, as a clerk would pick
        m = re.search(r'<option value="(\d+)"[^>]*>[^<]*（本平台申报的细分行业）', page)
        sub = m.group(1) if m else '1'
    fields = {'op': 'save', 'name': name, 'credit_code': code, 'region': region, 'scale': scale, 'ent_sub': sub,
              'contract_date': contract_date or day(),
              'service_content': '设备联网、生产管理系统部署与数据采集', 'contract': contract, 'cost': cost}
    if subsidy is not None:
        fields['subsidy'] = subsidy
    fl = {}
    if files:
        fl = {'f_contract': ('服务合同-%s.pdf' % fname, pdf('contract ' + code + tag)),
              'f_invoice': ('发票-%s.pdf' % fname, pdf('invoice ' + code + tag)),
              'f_scene': ('效果场景.png', png(len(code) + ord(code[-1])))}
    return post_files(c, '/cgi-bin/app_ent.cgi?id=%s' % app_id, fields, fl)


def upload(c, app_id, kind, filename, data):
    c.page('/cgi-bin/app_files.cgi?id=%s' % app_id)
    return post_files(c, '/cgi-bin/app_files.cgi?id=%s' % app_id, {'op': 'upload', 'kind': kind},
                      {'upload': (filename, data)})


def fill_complete(c, app_id, region, sub_industry, n_ents=6, seed='A', org='服务平台'):
    for sec, data in sections(region, sub_industry, org).items():
        r = save_section(c, app_id, sec, data)
        assert r.status == 303, (sec, r)
    for i in range(n_ents):
        code = uscc('91%sMA%s%06d' % (region, seed, i + 1))
        r = add_enterprise(c, app_id, '试点企业%s%d有限公司' % (seed, i + 1), code, region=region,
                           cost=str(40 + 10 * i), tag=seed)
        assert r.status == 303, r
    assert upload(c, app_id, 'license', '营业执照.pdf', pdf('license ' + seed)).status == 303
    assert upload(c, app_id, 'credit', '信用报告.pdf', pdf('credit ' + seed)).status == 303


def submit(c, app_id):
    r = c.page('/cgi-bin/app.cgi?id=%s' % app_id)
    ver = re.search(r'name="op" value="submit">\s*<input type="hidden" name="version" value="(\d+)"', r.text).group(1)
    return c.post('/cgi-bin/app_submit.cgi', {'id': app_id, 'op': 'submit', 'version': ver})


def filed(region, sub, seed, prefix='rplat', org='评审测试平台#有限公司', mark='8'):
    """A platform of its own registered in region, its application complete and submitted."""
    c, n = register_platform(prefix, org, mark, region)
    app = start(c)
    fill_complete(c, app, region, sub, seed=seed)
    r = submit(c, app)
    assert r.status == 303 and 'check=1' not in r.header('Location'), r.header('Location')
    return c, app
