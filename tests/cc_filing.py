"""Files a 长春 试点企业申请表 (附件1) the way an enterprise does, and moves it along the chain the way the
县（市）区 and the 市 do (tests and the demo set).  The section page, submission and review are the shared
enterprise pages (ent_filing)."""
import re
from dt import day
from ent_filing import save, start, submit      # noqa: F401  (the same pages)


def parts():
    return {
        'c1': {'c_reg_address': '长春市朝阳区前进大街100号', 'c_contact': '王联系', 'c_phone': '0431-88776655',
               'c_profile': '企业主要从事汽车零部件的研发与制造，拥有冲压、焊接生产线4条，为一汽配套。'},
        'c2': {'c_type': 'private', 'c_scale': 'small', 'c_scale2': 'above', 'c_level': '1', 'c_quality': 'specialized',
               'c_industry': 'auto', 'c_revenue': '9000', 'c_profit': '720.5', 'c_rev_per_capita': '45', 'c_staff': '200',
               'c_invested': '150'},
    }


def fill(c, app, **over):
    p = parts()
    r = c.page('/cgi-bin/ent_edit.cgi?id=%s&section=c1' % app)
    p['c1']['c_county'] = re.search(r'name="c_county" value="(\d{6})"', r.text).group(1)   # the registered one, locked
    for part, data in p.items():
        r = save(c, app, part, dict(data, **{k: v for k, v in over.items() if k in data}))
        assert r.status == 303, (part, r)


def review_version(c, app):
    r = c.page('/cgi-bin/ent.cgi?id=%s' % app)
    return re.search(r'name="version" value="(\d+)"', r.text.split('id="review"')[1]).group(1)


def decide(c, app, action, opinion='', **extra):
    """One review step as the page's form sends it (extra: act_date, meeting, confirm_1 ...)."""
    return c.post('/cgi-bin/review.cgi', dict({'id': app, 'action': action, 'opinion': opinion,
                                               'version': review_version(c, app)}, **extra))


COUNTY_CHECKS = {'confirm_1': '1', 'confirm_2': '1', 'confirm_3': '1'}     # 资格条件、申报材料、信用情况


def city_decisions(c, app):
    """The 市's 专家评审 (yesterday) and 集体决策 (today), each with its meeting."""
    r = decide(c, app, 'expert_pass', '专家组认为企业转型基础较好，同意。', act_date=day(-1), meeting='长春市试点企业专家评审会')
    assert r.status == 303, r
    r = decide(c, app, 'select', '', act_date=day(0), meeting='市工信局局长办公会')
    assert r.status == 303, r


def publish(c, batch, doc_no):
    c.page('/cgi-bin/pilot_list.cgi?batch=%s' % batch)
    return c.post('/cgi-bin/pilot_list.cgi?batch=%s' % batch, {'op': 'publish', 'doc_no': doc_no, 'published_on': day(0)})
