"""An award application (lib/programmes/awards.c) through its pages: started in a named call, its one section
saved, its documents uploaded, submitted; the 市's selection and publishing on 奖励遴选 (awards.cgi).
Used by tests/http/test_awards.py and scripts/demo-filings."""
import re
from dt import day, pdf, post_files
import ent_filing

CC_FORM = {'a_legal': '王法人', 'a_amount': '20', 'a_lead': '李负责', 'a_phone': '13904310888', 'a_type': 'benchmark'}
LY_FORM = {'a_type': 'workshop', 'a_project': '轴承磨加工智能车间', 'a_summary': '建成设备联网与MES，生产效率提升20%。',
           'a_contact': '赵联系', 'a_phone': '13903790888'}
CC_FILES = ('stamped', 'evidence')
LY_FILES = ('evidence',)


def start(c, batch):
    c.page('/cgi-bin/ent.cgi')
    r = c.post('/cgi-bin/ent.cgi', {'op': 'create', 'batch': batch})
    assert r.status == 303, r
    return re.search(r'id=(\d+)', r.header('Location')).group(1)


def save(c, app, data):
    r = c.page('/cgi-bin/ent_edit.cgi?id=%s&section=w1' % app)
    county = re.search(r'name="a_county" value="(\d{6})"', r.text)
    return ent_filing.save(c, app, 'w1', dict(data, a_county=county.group(1) if county else ''))


def upload(c, app, kinds):
    for kind in kinds:
        r = post_files(c, '/cgi-bin/app_files.cgi?id=%s' % app, {'op': 'upload', 'kind': kind},
                       {'upload': ('%s.pdf' % kind, pdf('%s %s' % (kind, app)))})
        assert r.status == 303, (kind, r)


def filed(c, batch, form, kinds):
    """Started, filled, documents uploaded and submitted; returns the application's id."""
    app = start(c, batch)
    r = save(c, app, form)
    assert r.status == 303, r
    upload(c, app, kinds)
    r = ent_filing.submit(c, app)
    assert r.status == 303, r
    return app


def select(city, batch, app, amount, meeting='专家评审会、局长办公会', act_date=None):
    """入选并核定奖励 as the row's form on awards.cgi sends it."""
    t = city.page('/cgi-bin/awards.cgi?batch=%s' % batch).text
    ver = re.search(r'name="id" value="%s"><input type="hidden" name="version" value="(\d+)"' % app, t).group(1)
    return city.post('/cgi-bin/awards.cgi?batch=%s' % batch, {'op': 'select', 'id': app, 'version': ver, 'amount': amount,
                                                              'meeting': meeting, 'act_date': act_date or day(-1)})


def publish(city, batch, doc_no, on=None):
    city.page('/cgi-bin/awards.cgi?batch=%s' % batch)
    return city.post('/cgi-bin/awards.cgi?batch=%s' % batch, {'op': 'publish', 'doc_no': doc_no, 'published_on': on or day(0)})
