"""新乡经开区 免申即享 the way the 考核工作小组办公室 does it on the pages (tests and the demo set): propose a
round's reward list from the records, 考察核实 each reward, 公示 for 7 working days, 管委会审定."""
import re
from dt import day


def rewards(c, batch):
    """The round's rewards on its page: [(application id, enterprise name)]"""
    t = c.page('/cgi-bin/xx_round.cgi?batch=%s' % batch).text
    return re.findall(r'href="/cgi-bin/xx_reward.cgi\?id=(\d+)"[^>]*>([^<]+)</a>', t)


def propose(c, batch):
    c.page('/cgi-bin/xx_round.cgi?batch=%s' % batch)
    return c.post('/cgi-bin/xx_round.cgi?batch=%s' % batch, {'op': 'propose'})


def version(c, app):
    t = c.page('/cgi-bin/xx_reward.cgi?id=%s' % app).text
    return re.search(r'name="version" value="(\d+)"', t).group(1)


def verify(c, app, on=None, note='已召集纪工委、财政局深入企业核实，营业收入与纳税申报一致。'):
    return c.post('/cgi-bin/xx_reward.cgi?id=%s' % app, {'op': 'verify', 'version': version(c, app),
                                                         'act_date': on or day(0), 'opinion': note})


def drop(c, app, reason):
    return c.post('/cgi-bin/xx_reward.cgi?id=%s' % app, {'op': 'drop', 'version': version(c, app),
                                                         'opinion': reason})


def publicize(c, batch, start=None):
    c.page('/cgi-bin/xx_round.cgi?batch=%s' % batch)
    return c.post('/cgi-bin/xx_round.cgi?batch=%s' % batch, {'op': 'publicize', 'start_date': start or day(0)})


def decide(c, batch, on=None, meeting='管委会第12次主任办公会'):
    c.page('/cgi-bin/xx_round.cgi?batch=%s' % batch)
    return c.post('/cgi-bin/xx_round.cgi?batch=%s' % batch, {'op': 'decide', 'act_date': on or day(0), 'meeting': meeting})


def backdate_publicity_sql(batch, start_days_ago=30):
    """SQL that moves a round's 公示 into the past (a past round in the demo set or a test): it starts
    start_days_ago days ago and ends on its 7th working day."""
    from dt import workdays_end
    start = day(-start_days_ago)
    return ("UPDATE publications SET start_date = '%s', end_date = '%s' WHERE batch_id = %s"
            % (start, workdays_end(start, 7), batch))
