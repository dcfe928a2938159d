"""长春's 项目验收 (实施细则 第四章（五）) the way its parties work it: the enterprise files 附件4 on the shared section
pages and submits it, the project's 评测机构 issues its 验收意见 (附件5) on accept.cgi, the 县（市）区 gives its 意见,
the 市 closes a missed 整改 (tests and the demo set)."""
import calendar, datetime, re
from dt import day, logged_in, sql, stage_step
import cc_life
import ent_filing
from ent_filing import save    # noqa: F401  (the section pages)


def parts(level_after='3'):
    return {
        'a1': {'a_legal': '钱法人', 'a_address': '长春市南关区人民大街100号', 'a_manager': '赵负责', 'a_phone': '13904310066',
               'a_industry': 'medicine'},
        'a2': {'a_project': '中成药生产MES与质量追溯项目', 'a_start': day(-200), 'a_end': day(-10),
               'a_content': '建设MES与QMS，打通批记录、质量检验与仓储：1.批记录电子化；2.质量追溯；3.仓储条码管理。',
               'a_level_before': '1', 'a_level_after': level_after, 'a_cloud': 'hybrid', 'a_cloud_text': '吉林政务云+本地私有云',
               'a_total': '380'},
        'a3': {'a_eff_%s_%s' % (k, w): '%s%s' % (k, w) for k in ('innov', 'market', 'quality', 'cost', 'eff', 'green', 'safety')
               for w in ('before', 'after')},
        'a4': {'a_pledge': '1', 'a_signer': '钱法人'},
    }


def fill(c, app, **over):
    """Every part of 附件4 saved on the section pages (over: fields changed)."""
    p = parts()
    p['a1']['c_county'] = re.search(r'name="c_county" value="(\d{6})"',
                                    c.page('/cgi-bin/ent_edit.cgi?id=%s&section=a1' % app).text).group(1)   # the registered one
    for part, data in p.items():
        r = ent_filing.save(c, app, part, dict(data, **{k: v for k, v in over.items() if k in data}))
        assert r.status == 303, (part, r.status)


def step(c, app, action, fields=None, plan=False):
    """One step of accept.cgi as its form sends it (plan: the 评测工作方案 uploaded)."""
    return stage_step(c, 'accept', app, action, fields, '评测工作方案.pdf' if plan else None)


def opinion(ev, app, result='pass', on=None, text=None, plan=True):
    """The 评测机构's 验收意见: 书面 two days before the day, 现场 the day before."""
    on = on or day(0)
    return step(ev, app, 'accept_' + result, {
        'paper_on': day(-2) if on == day(0) else on, 'site_on': day(-1) if on == day(0) else on, 'act_date': on,
        'leader': '李组长', 'members': '王组员、张组员',
        'opinion': text if text is not None else ('改造内容按方案完成，建议持续推进数据贯通。' if result == 'pass'
                                                  else '质量追溯未覆盖原料批次，请补充原料批次追溯并试运行。')}, plan=plan)


def county(cl, app, text='同意评测机构验收意见。', on=None):
    """The 县（市）区's 意见 on the 验收意见 as it stands (the one step its form offers)."""
    r = cl.page('/cgi-bin/accept.cgi?id=%s' % app)
    m = re.search(r'name="action" value="(county_\w+)"', r.text)
    return step(cl, app, m.group(1) if m else 'county_pass', {'opinion': text, 'act_date': on or day(0)})


def evaluated(county_code, reviewer, total=(15, 15, 15, 15)):
    """A new enterprise through 申请, 咨询诊断, 备案 and 水平评测 (evaluator1, the scores given, the 市 confirming):
    (client, org, its 项目验收 application, filled and not submitted)."""
    c, org, ev = cc_life.diagnosed(county_code, reviewer)
    city, e1 = logged_in('city-cc'), logged_in('evaluator1')
    assert cc_life.eval_step(city, ev, 'assign', {'evaluator': cc_life.account('evaluator1')}).status == 303
    assert cc_life.eval_step(e1, ev, 'score', cc_life.scores(*[str(x) for x in total]), upload=True).status == 303
    assert cc_life.eval_step(city, ev, 'eval_confirm').status == 303
    app = sql("SELECT d.id FROM applications p JOIN applications d ON d.project_id = p.project_id AND d.stage = 'accept'"
              " WHERE p.id = %s" % ev)[0][0]
    fill(c, app)
    return c, org, app


def submit(c, app):
    return ent_filing.submit(c, app)


def month_after(d):
    """The 整改期's last day: 30 days (the default rectify_days) from d, never beyond one calendar month."""
    d = datetime.date.fromisoformat(d)
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    month = d.replace(year=y, month=m, day=min(d.day, calendar.monthrange(y, m)[1]))
    return min(d + datetime.timedelta(days=30), month).isoformat()
