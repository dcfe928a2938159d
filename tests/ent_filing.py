"""Files a 洛阳 申报书 the way an enterprise does, part by part (tests and the demo set)."""
import os, re
from dt import Client, day, fresh_address, logged_in
import filing
from filing import uscc


def parts(county='410308'):
    return {
        'e1': {'e_county': county, 'e_reg_address': '洛阳市孟津区工业园区1号', 'e_mail_address': '洛阳市孟津区工业园区1号',
               'e_legal_rep': '刘法人', 'e_legal_phone': '0379-67088278', 'e_contact': '陈联系', 'e_contact_mobile': '13703790123',
               'e_profile': '企业主要从事轴承及通用零部件的研发与制造，拥有自动化生产线3条。', 'e_type': 'private', 'e_scale': 'small',
               'e_scale2': 'above', 'e_quality': 'specialized', 'e_products': '深沟球轴承、圆锥滚子轴承', 'e_industry': '1',
               'e_industry_detail': '深沟球轴承', 'e_chain': 'yes', 'e_chain_name': '洛阳轴承集团', 'e_honours': '',
               'e_invested': '120', 'e_revenue': '8000', 'e_profit': '650.5', 'e_rev_per_capita': '40', 'e_rnd': '320',
               'e_ip_count': '25', 'e_staff': '200', 'e_listing': 'none', 'e_cond2': '1', 'e_cond3': '1', 'e_cond4': '1',
               'e_giant_funded': 'no', 'e_pilot2022': 'no'},
        'e2': {'e_level': '2', 'e_proj_line': '1', 'e_proj_workshop': '1', 'e_cloud_public': '1', 'e_ct_business': '1',
               'e_sw_cad': '1', 'e_sw_mes': '1', 'e_sw_erp': '1', 'e_sw_wh_other': '1', 'e_sw_wh_other_text': '自研仓储看板',
               'e_pf_ent': '1'},
        'e3': {'e_plan': '6m', 'e_budget': '50_100', 'e_dc_device': '1', 'e_dsw_mes': '1', 'e_dsw_aps': '1', 'e_dsw_qms': '1',
               'e_dpf_chain': '1', 'e_sp_fast': '1', 'e_sp_lead': '1', 'e_gov_subsidy': '1'},
        'e4': {'e_pledge': '1', 'e_signer': '刘法人', 'e_pledge_date': day()},
    }


def save(c, app, part, data):
    r = c.page('/cgi-bin/ent_edit.cgi?id=%s&section=%s' % (app, part))
    sv = re.search(r'name="sv" value="(\d+)"', r.text).group(1)
    return c.post('/cgi-bin/ent_edit.cgi?id=%s&section=%s' % (app, part), dict(data, sv=sv))


def start(c):
    return filing.start(c, 'ent')


def fill(c, app, county=None, **over):
    county = county or re.search(r'"e_county" value|', '') and None
    p = parts()
    r = c.page('/cgi-bin/ent_edit.cgi?id=%s&section=e1' % app)
    m = re.search(r'name="e_county" value="(\d{6})"', r.text)     # the registered 县区, shown locked
    if m:
        p['e1']['e_county'] = m.group(1)
    for part, data in p.items():
        data = dict(data, **{k: v for k, v in over.items() if k in data or k.startswith(part)})
        r = save(c, app, part, data)
        assert r.status == 303, (part, r)


def submit(c, app):
    r = c.page('/cgi-bin/ent.cgi?id=%s' % app)
    ver = re.search(r'name="op" value="submit">\s*<input type="hidden" name="version" value="(\d+)"', r.text).group(1)
    return c.post('/cgi-bin/app_submit.cgi', {'id': app, 'op': 'submit', 'version': ver})


def new_enterprise(county='410308'):
    n = int.from_bytes(os.urandom(3), 'big') % 1000000
    user = 'ent%06d' % n
    c = Client(source=fresh_address())        # registrations are limited per address
    c.page('/cgi-bin/register.cgi')
    r = c.post('/cgi-bin/register.cgi', {
        'kind': 'enterprise', 'org_name': '洛阳测试企业%06d有限公司' % n, 'credit_code': uscc('91%sMA6%06d' % (county, n)),
        'region': county, 'contact_person': '测试', 'mobile': '13912345678', 'email': 'e@example.com',
        'username': user, 'password': 'Test-password-2026', 'password2': 'Test-password-2026'})
    assert r.status == 303, r
    return logged_in(user, 'Test-password-2026'), n


def city_version(t):
    return re.search(r'name="op" value="submit"><input type="hidden" name="version" value="(\d+)"', t).group(1)


def county_lists(rev, apps, number):
    """征集通知 三（二）1 as county_rec.cgi does it: the 县区's session rev puts the enterprises on its list and submits
    it with the 推荐文件, fewer than its quota.  Returns the response of the submission."""
    from dt import pdf, post_files
    rev.page('/cgi-bin/county_rec.cgi')
    for app in apps:
        assert rev.post('/cgi-bin/county_rec.cgi', {'op': 'add', 'app': app}).status == 303
    t = rev.get('/cgi-bin/county_rec.cgi').text
    return post_files(rev, '/cgi-bin/county_rec.cgi', {'op': 'submit', 'version': city_version(t), 'doc_no': number,
                                                       'confirm_fewer': '1', 'fewer_reason': '本县符合条件的企业较少'},
                      {'doc': ('推荐文件.pdf', pdf('county %s' % number))})


def city_lists(app, number=None):
    """征集通知 三（二）2 as the pages do it: city-ly puts the recommended enterprise on its 试点企业名单 (reopening the
    list when an earlier round was submitted), finance-ly (市财政局) confirms the list as it stands, city-ly submits it
    with the 名单文件; the enterprise is then listed (selected).  Returns the response of the submission."""
    from dt import day, doc_no, logged_in, pdf, post_files, sql
    city, fin = logged_in('city-ly'), logged_in('finance-ly')
    batch = sql("SELECT batch_id FROM applications WHERE id=%s" % app)[0][0]
    url = '/cgi-bin/recommend.cgi?batch=%s' % batch
    t = city.page(url).text
    if 'name="op" value="reopen"' in t:
        assert city.post(url, {'op': 'reopen'}).status == 303
    city.page(url)
    assert city.post(url, {'op': 'add', 'app': app}).status == 303
    t = fin.page(url).text
    ver = re.search(r'name="op" value="cosign"><input type="hidden" name="version" value="(\d+)"', t).group(1)
    assert fin.post(url, {'op': 'cosign', 'version': ver}).status == 303
    t = city.page(url).text
    return post_files(city, url, {'op': 'submit', 'version': city_version(t), 'doc_no': number or doc_no('洛工信', 8),
                                  'doc_date': day(0)},
                      {'doc': ('试点企业名单.pdf', pdf('list %s' % app))})
