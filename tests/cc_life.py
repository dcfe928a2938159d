"""长春's 咨询诊断 stage (实施细则 第四章（二）) the way its parties work it on diag.cgi: the enterprise chooses its
服务商 and uploads the signed 服务协议, the 服务商 records the day it completed the service and hands in the
咨询诊断报告 with the 自评测 level, the enterprise uploads the 满意度评价表 and rates, the 市 records the
诊断验收 (tests and the demo set)."""
import re
from dt import day, pdf, post_files


def version(c, app):
    r = c.page('/cgi-bin/diag.cgi?id=%s' % app)      # (a session that may not see it posts without one)
    m = re.search(r'name="version" value="(\d+)"', r.text)
    return m.group(1) if m else '0'


def step(c, app, action, fields=None, upload=None):
    """One step as its form sends it (upload: the file's tag, or None for no file)."""
    data = dict({'action': action, 'version': version(c, app)}, **(fields or {}))
    files = {'upload': ('%s.pdf' % action, pdf('%s %s' % (action, app)))} if upload else {}
    return post_files(c, '/cgi-bin/diag.cgi?id=%s' % app, data, files)


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
    r = c.page('/cgi-bin/eval.cgi?id=%s' % app)
    m = re.search(r'name="version" value="(\d+)"', r.text)
    data = dict({'action': action, 'version': m.group(1) if m else '0'}, **(fields or {}))
    files = {'upload': ('评测报告.pdf', pdf('%s %s' % (action, app)))} if upload else {}
    return post_files(c, '/cgi-bin/eval.cgi?id=%s' % app, data, files)


def scores(b, o, m, s):
    return {'s_basis': b, 's_operation': o, 's_management': m, 's_results': s, 'act_date': day(-2)}
