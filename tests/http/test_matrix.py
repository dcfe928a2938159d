"""The access matrix: every page x every role, on the records of a platform in
包头市九原区 (platform4's application): inside the scope the page answers,
outside it the record does not exist (404), and a role the page is not for
gets 403.  The matrix is built from cgi-bin/*.c, so a new page without an
entry here fails."""
import glob, os
from dt import ROOT, logged_in, sql

USERS = {'owner': 'platform4', 'other_applicant': 'platform1', 'enterprise': 'enterprise1',
         'county_in': 'county-150207', 'county_out': 'county-150102', 'city_in': 'city-150200',
         'city_out': 'city-150100', 'province': 'province', 'expert': 'expert5', 'provider': 'provider1',
         'evaluator': 'evaluator1', 'finance': 'finance-150100', 'auditor': 'auditor1'}

APP_RECORD = {'owner': 200, 'other_applicant': 404, 'enterprise': 403, 'county_in': 200, 'county_out': 404,
              'city_in': 200, 'city_out': 404, 'province': 200, 'expert': 404, 'provider': 403, 'evaluator': 403,
              'finance': 403, 'auditor': 403}
REVIEWERS = {'owner': 403, 'other_applicant': 403, 'enterprise': 403, 'county_in': 200, 'county_out': 200,
             'city_in': 200, 'city_out': 200, 'province': 200, 'expert': 403, 'provider': 403, 'evaluator': 403,
             'finance': 403, 'auditor': 403}
ORG_RECORD = dict(REVIEWERS, county_out=404, city_out=404)
PROVINCE = {k: (200 if k == 'province' else 403) for k in USERS}
CITY_PAGES = dict(PROVINCE, city_in=200, city_out=200)   # a city always sees its own; scope from the session
EXPERT = {k: (200 if k == 'expert' else 403) for k in USERS}
ANYONE = {k: 200 for k in USERS}
APPLICANT = dict(ANYONE, county_in=403, county_out=403, city_in=403, city_out=403, province=403, expert=403, provider=403,
                 evaluator=403, finance=403, auditor=403)
MONEY = dict(REVIEWERS, finance=200)     # 财政 sees (and records) the money of its region; reviewers read it

# page -> (url template, expectations); None: public or POST-only, covered elsewhere
MATRIX = {
    'app': ('/cgi-bin/app.cgi?id={app}', APP_RECORD),
    'app_edit': ('/cgi-bin/app_edit.cgi?id={app}&section=plan', APP_RECORD),
    'app_ent': ('/cgi-bin/app_ent.cgi?id={app}&ent={ent}', APP_RECORD),
    'app_files': ('/cgi-bin/app_files.cgi?id={app}', dict(APP_RECORD, enterprise=404, provider=404)),   # any applicant's (服务商: its award)
    'app_print': ('/cgi-bin/app_print.cgi?id={app}', APP_RECORD),
    'app_versions': ('/cgi-bin/app_versions.cgi?id={app}', dict(APP_RECORD, enterprise=404, provider=404)),   # any applicant's page
    # any applicant's, 服务商's or 审计机构's page (the 审计机构: only the files of its projects' 资金申报)
    'file': ('/cgi-bin/file.cgi?id={file}', dict(APP_RECORD, enterprise=404, provider=404, auditor=404)),
    'org': ('/cgi-bin/org.cgi?id={account}', ORG_RECORD),
    'orgs': ('/cgi-bin/orgs.cgi', REVIEWERS),
    'queue': ('/cgi-bin/queue.cgi', REVIEWERS),
    'summary': ('/cgi-bin/summary.cgi?batch={batch}', MONEY),
    'payments': ('/cgi-bin/payments.cgi', MONEY),
    'kpi': ('/cgi-bin/kpi.cgi?batch={batch}', REVIEWERS),
    'stats': ('/cgi-bin/stats.cgi?batch={batch}', REVIEWERS),
    'recommend': ('/cgi-bin/recommend.cgi?batch={batch}&city=150200', dict(CITY_PAGES, finance=200)),   # 财政: its own city's list
    'rec_print': ('/cgi-bin/rec_print.cgi?batch={batch}&city=150200', CITY_PAGES),
    'province': ('/cgi-bin/province.cgi', PROVINCE),
    'experts': ('/cgi-bin/experts.cgi?batch={batch}', PROVINCE),
    'rubric': ('/cgi-bin/rubric.cgi?batch={batch}', PROVINCE),
    'publicity': ('/cgi-bin/publicity.cgi?batch={batch}', PROVINCE),
    'claims': ('/cgi-bin/claims.cgi?batch={batch}', PROVINCE),
    'batches': ('/cgi-bin/batches.cgi', dict(PROVINCE, city_in=200, city_out=200)),     # a 市 lists its own programme's
    'batch': ('/cgi-bin/batch.cgi?id={batch}', dict(PROVINCE, city_in=404, city_out=404)),  # not the 市's programme
    'accounts': ('/cgi-bin/accounts.cgi', PROVINCE),
    'account': ('/cgi-bin/account.cgi?id={account}', PROVINCE),
    'audit': ('/cgi-bin/audit.cgi', PROVINCE),
    'score': ('/cgi-bin/score.cgi', EXPERT),
    'profile': ('/cgi-bin/profile.cgi', APPLICANT),
    'home': ('/cgi-bin/home.cgi', ANYONE),
    'messages': ('/cgi-bin/messages.cgi', ANYONE),
    'password': ('/cgi-bin/password.cgi', ANYONE),
    'totp': ('/cgi-bin/totp.cgi', dict(REVIEWERS, expert=200)),
    # 长春's pages (tested on 长春 records in test_changchun and CC_MATRIX below)
    'pilot_list': ('/cgi-bin/pilot_list.cgi', dict(PROVINCE, province=403, city_in=404, city_out=404)),   # no 长春 batch there
    'pilot': ('/cgi-bin/pilot.cgi', dict(REVIEWERS, province=403, enterprise=404)),   # a 县区 / 市 list; not in the 库
    'providers': ('/cgi-bin/providers.cgi', dict(REVIEWERS, province=403, enterprise=200)),
    'evaluators': ('/cgi-bin/evaluators.cgi', dict(PROVINCE, province=403, city_in=200, city_out=200)),
    'diag': ('/cgi-bin/diag.cgi', dict(REVIEWERS, province=403, enterprise=200, provider=200)),   # each sees its own list
    'eval': ('/cgi-bin/eval.cgi', dict(REVIEWERS, province=403, enterprise=200, evaluator=200)),   # each sees its own list
    # 长春's 工作看板 and 成果清单: no 长春 batch over a 内蒙古 县区 / 市 (CC_MATRIX below on 长春's)
    'cc_dash': ('/cgi-bin/cc_dash.cgi', dict(REVIEWERS, province=403, county_in=404, county_out=404, city_in=404, city_out=404)),
    'cc_export': ('/cgi-bin/cc_export.cgi', dict(REVIEWERS, province=403, county_in=404, county_out=404, city_in=404,
                                                 city_out=404)),
    'accept': ('/cgi-bin/accept.cgi', dict(REVIEWERS, province=403, enterprise=200, evaluator=200)),   # each sees its own list
    'fund': ('/cgi-bin/fund.cgi', dict(REVIEWERS, province=403, enterprise=200, auditor=200)),   # each sees its own list
    # 长春's 附件2 (a 市 without a scene list shows it has none; test_cc_filing edits them)
    'scenes': ('/cgi-bin/scenes.cgi', dict(REVIEWERS, province=403, enterprise=200, provider=200)),
    'products': ('/cgi-bin/products.cgi', dict(REVIEWERS, province=403, enterprise=200, provider=200)),
    'sessions': ('/cgi-bin/sessions.cgi', ANYONE),
    'online': ('/cgi-bin/online.cgi', PROVINCE),
    'subsidy': ('/cgi-bin/subsidy.cgi?rs=xinxiang-2025', ANYONE),
    # 新乡经开区's pages (tested in test_xinxiang and XX_MATRIX below): a 市 of another region has no round there
    'xx_records': ('/cgi-bin/xx_records.cgi', dict(PROVINCE, province=403, city_in=200, city_out=200)),
    'xx_import': ('/cgi-bin/xx_import.cgi', dict(PROVINCE, province=403, city_in=200, city_out=200)),
    'xx_round': ('/cgi-bin/xx_round.cgi', dict(PROVINCE, province=403, city_in=404, city_out=404)),
    'xx_reward': ('/cgi-bin/xx_reward.cgi', dict(PROVINCE, province=403, enterprise=200, city_in=303, city_out=303)),
    # the award calls' 奖励遴选 (AWARD_MATRIX below on 洛阳 records): 包头 runs no award call
    'awards': ('/cgi-bin/awards.cgi', dict(PROVINCE, province=403, city_in=404, city_out=404)),
    # public pages, and POST-only actions (tested in test_review / test_filing / test_http)
    # the enterprise programme's pages (tested in test_enterprise: 洛阳 records)
    'ent': None, 'ent_edit': None, 'ent_print': None, 'county_rec': None, 'ent_summary': None,
    'login': None, 'register': None, 'health': None, 'verify': None, 'qr': None, 'public': None,
    'logout': None, 'session': None, 'review': None, 'app_submit': None,
}


def test_every_page_has_a_matrix_entry():
    pages = {os.path.basename(p)[:-2] for p in glob.glob(os.path.join(ROOT, 'cgi-bin', '*.c'))}
    missing = pages - set(MATRIX)
    assert not missing, 'pages without an access-matrix entry: %s' % sorted(missing)


def test_access_matrix():
    ids = {
        'app': sql("SELECT p.id FROM applications p JOIN accounts a ON a.id=p.account_id WHERE a.username='platform4'")[0][0],
        'account': sql("SELECT id FROM accounts WHERE username='platform4'")[0][0],
    }
    ids['ent'] = sql("SELECT MIN(id) FROM app_enterprises WHERE application_id=%s" % ids['app'])[0][0]
    ids['file'] = sql("SELECT MIN(id) FROM attachments WHERE application_id=%s" % ids['app'])[0][0]
    ids['batch'] = sql("SELECT batch_id FROM applications WHERE id=%s" % ids['app'])[0][0]
    clients = {k: logged_in(u) for k, u in USERS.items()}
    before = snapshot()
    wrong = []
    for page, entry in sorted(MATRIX.items()):
        if not entry:
            continue
        url, expect = entry
        for who, want in expect.items():
            got = clients[who].get(url.format(**ids)).status
            if got != want:
                wrong.append('%s as %s (%s): %d, expected %d' % (page, who, USERS[who], got, want))
    assert not wrong, '\n'.join(wrong)
    # every page was asked for by every role: a GET changes nothing but the session's last-seen time
    after = snapshot()
    assert before == after, 'written on GET: %s' % sorted(t for t in before if before[t] != after.get(t))


def snapshot():
    """The checksum of every table but the sessions (whose last-seen time a request moves)."""
    tables = [t for (t,) in sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                                " AND table_type = 'BASE TABLE' AND table_name <> 'sessions'")]
    return dict(sql('CHECKSUM TABLE ' + ', '.join('`%s`' % t for t in tables)))


# 长春: the demo's enterprise in the 试点企业库 (cc-enterprise4, 净月高新区 = county-cc-15) and its application
CC_USERS = {'owner': 'cc-enterprise4', 'other_enterprise': 'cc-enterprise2', 'county_in': 'county-cc-15',
            'county_out': 'county-cc-14', 'city_in': 'city-cc', 'city_out': 'city-ly', 'province': 'province',
            'expert': 'expert1', 'provider': 'provider1', 'evaluator': 'evaluator1', 'finance': 'finance-cc'}
CC_RECORD = {'owner': 200, 'other_enterprise': 404, 'county_in': 200, 'county_out': 404, 'city_in': 200,
             'city_out': 404, 'province': 403, 'expert': 403, 'provider': 403, 'evaluator': 403, 'finance': 403}
CC_DASH = dict(CC_RECORD, owner=403, other_enterprise=403, county_out=200)
CC_MATRIX = {
    'pilot': ('/cgi-bin/pilot.cgi?code={code}', CC_RECORD),
    'pilot print': ('/cgi-bin/pilot.cgi?code={code}&print=1', CC_RECORD),
    'ent': ('/cgi-bin/ent.cgi?id={app}', dict(CC_RECORD, province=404, provider=404)),   # a 服务商 applies for awards: not its own
    'ent_print': ('/cgi-bin/ent_print.cgi?id={app}', dict(CC_RECORD, province=404, evaluator=404, provider=404)),   # not its project
    'ent_edit': ('/cgi-bin/ent_edit.cgi?id={app}&section=c1', dict(CC_RECORD, province=404, provider=404)),   # 服务商: only its projects'
    'pilot_list': ('/cgi-bin/pilot_list.cgi?batch={batch}', {k: (200 if k == 'city_in' else 404 if k == 'city_out' else 403)
                                                              for k in CC_USERS}),
    # the 工作看板 and 成果清单 of 长春's batch: its 县区 (each its own region) and 市; another 市 has no such batch
    'cc_dash': ('/cgi-bin/cc_dash.cgi?batch={batch}', CC_DASH),
    'cc_dash csv': ('/cgi-bin/cc_dash.cgi?batch={batch}&part=providers&format=csv', CC_DASH),
    'cc_export': ('/cgi-bin/cc_export.cgi?batch={batch}', CC_DASH),
    'cc_export filing': ('/cgi-bin/cc_export.cgi?batch={batch}&stage=filing', CC_DASH),
    'cc_export xlsx': ('/cgi-bin/cc_export.cgi?batch={batch}&stage=evaluation&format=xlsx', CC_DASH),
    'pilot csv': ('/cgi-bin/pilot.cgi?format=csv', dict(CC_DASH, owner=303, other_enterprise=404, city_out=200)),
}


def test_changchun_access_matrix():
    app = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username = 'cc-enterprise4'"
              " AND p.stage = 'apply'")[0][0]
    ids = {'app': app, 'code': sql("SELECT credit_code FROM accounts WHERE username = 'cc-enterprise4'")[0][0],
           'batch': sql("SELECT batch_id FROM applications WHERE id = %s" % app)[0][0]}
    check_matrix(CC_MATRIX, CC_USERS, ids)


def check_matrix(matrix, users, ids):
    clients = {k: logged_in(u) for k, u in users.items()}
    wrong = []
    for page, (url, expect) in sorted(matrix.items()):
        for who, want in expect.items():
            got = clients[who].get(url.format(**ids)).status
            if got != want:
                wrong.append('%s as %s (%s): %d, expected %d' % (page, who, users[who], got, want))
    assert not wrong, '\n'.join(wrong)


# 长春 数字化改造备案: cc-enterprise9's draft (绿园区 = county-cc-5; a later stage of a project in the 试点企业库 is
# followed by its 县区 and 市 from the day it opens)
FILING_USERS = dict(CC_USERS, owner='cc-enterprise9', county_in='county-cc-5', provider_in='provider3')
FILING_RECORD = dict(CC_RECORD, province=404, provider_in=403)
FILING_MATRIX = {
    'ent filing': ('/cgi-bin/ent.cgi?id={filing}', dict(FILING_RECORD, provider=404)),   # its party: 403 (only its own parts)
    # the project's 服务商 (provider3) sees every part and edits its own (test_cc_dash); another 服务商 sees none
    'ent_edit filing': ('/cgi-bin/ent_edit.cgi?id={filing}&section=f2', dict(FILING_RECORD, provider=404, provider_in=200)),
    'ent_edit filing f1': ('/cgi-bin/ent_edit.cgi?id={filing}&section=f1', dict(FILING_RECORD, provider=404, provider_in=200)),
    'ent_print filing': ('/cgi-bin/ent_print.cgi?id={filing}', dict(FILING_RECORD, evaluator=404, provider=404)),
    # the 改造合同: its part filled with the 服务商 too, the signed contract on the 附件材料 page (the enterprise uploads it)
    'ent_edit filing f7': ('/cgi-bin/ent_edit.cgi?id={filing}&section=f7', dict(FILING_RECORD, provider=404, provider_in=200)),
    'app_files filing': ('/cgi-bin/app_files.cgi?id={filing}', dict(FILING_RECORD, expert=404, provider=404)),
}


def test_filing_access_matrix():
    filing = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username = 'cc-enterprise9'"
                 " AND p.stage = 'filing'")[0][0]
    check_matrix(FILING_MATRIX, FILING_USERS, {'filing': filing})


# 长春 项目验收: cc-enterprise10's (南关区 = county-cc-1), submitted, its 验收意见 waiting for evaluator1 (the 评测机构
# of its 水平评测); another 评测机构 (evaluator2), 县（市）区 or 市 sees nothing
ACCEPT_USERS = dict(CC_USERS, owner='cc-enterprise10', county_in='county-cc-1', evaluator_out='evaluator2')
ACCEPT_RECORD = dict(CC_RECORD, province=403, evaluator=200, evaluator_out=404)
ACCEPT_MATRIX = {
    'accept': ('/cgi-bin/accept.cgi?id={acc}', ACCEPT_RECORD),
    'accept print': ('/cgi-bin/accept.cgi?id={acc}&format=print', ACCEPT_RECORD),
    'accept list': ('/cgi-bin/accept.cgi', dict({k: 200 for k in ACCEPT_USERS}, province=403, expert=403, provider=403,
                                                 finance=403)),
    'accept overdue': ('/cgi-bin/accept.cgi?overdue=1', dict({k: 200 for k in ACCEPT_USERS}, province=403, expert=403,
                                                            provider=403, finance=403)),
    'ent accept': ('/cgi-bin/ent.cgi?id={acc}', dict(ACCEPT_RECORD, province=404, evaluator=403, evaluator_out=403)),
    'ent_print accept': ('/cgi-bin/ent_print.cgi?id={acc}', dict(ACCEPT_RECORD, province=404)),
}


def test_accept_access_matrix():
    acc = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username = 'cc-enterprise10'"
              " AND p.stage = 'accept'")[0][0]
    check_matrix(ACCEPT_MATRIX, ACCEPT_USERS, {'acc': acc})


# 长春 资金申报: cc-enterprise11's (朝阳区 = county-cc-3), submitted, its 专项审计 waiting for auditor1 (assigned by the 市);
# another 审计机构 (auditor2), 县（市）区 or 市 sees nothing; the 审计机构 sees no other page of the project
FUND_USERS = dict(CC_USERS, owner='cc-enterprise11', county_in='county-cc-3', auditor='auditor1', auditor_out='auditor2')
FUND_RECORD = dict(CC_RECORD, auditor=200, auditor_out=404)
FUND_MATRIX = {
    'fund': ('/cgi-bin/fund.cgi?id={fund}', FUND_RECORD),
    'fund list': ('/cgi-bin/fund.cgi', dict({k: 200 for k in FUND_USERS}, province=403, expert=403, provider=403, evaluator=403,
                                             finance=403)),
    'fund published csv': ('/cgi-bin/fund.cgi?show=published&format=csv', dict({k: 200 for k in FUND_USERS}, province=403,
                                                                                expert=403, provider=403, evaluator=403,
                                                                                finance=403)),
    'ent fund': ('/cgi-bin/ent.cgi?id={fund}', dict(FUND_RECORD, province=404, auditor=403, auditor_out=403)),
    # the project's 评测机构 (evaluator1) prints its project's documents; its 服务商 (provider1) sees its files
    'ent_print fund': ('/cgi-bin/ent_print.cgi?id={fund}', dict(FUND_RECORD, province=404, evaluator=200, auditor=403,
                                                                 auditor_out=403)),
    'app_files fund': ('/cgi-bin/app_files.cgi?id={fund}', dict(FUND_RECORD, province=404, expert=404, auditor=403,
                                                                 auditor_out=403)),
    'file fund': ('/cgi-bin/file.cgi?id={file}', dict(FUND_RECORD, province=404, expert=404, provider=200, evaluator=403,
                                                      auditor_out=404)),
    'file accept': ('/cgi-bin/file.cgi?id={accfile}', dict(FUND_RECORD, province=404, expert=404, provider=200, evaluator=403,
                                                           auditor=404, auditor_out=404)),
    'auditor accounts': ('/cgi-bin/evaluators.cgi?kind=auditor', dict({k: 403 for k in FUND_USERS}, city_in=200, city_out=200)),
}


def test_fund_access_matrix():
    fund = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username = 'cc-enterprise11'"
               " AND p.stage = 'fund'")[0][0]
    ids = {'fund': fund, 'file': sql("SELECT MIN(id) FROM attachments WHERE application_id = %s" % fund)[0][0],
           'accfile': sql("SELECT MIN(t.id) FROM attachments t JOIN applications p ON p.id = t.application_id"
                          " JOIN applications f ON f.project_id = p.project_id AND f.id = %s WHERE p.stage <> 'fund'" % fund)[0][0]}
    clients = {k: logged_in(u) for k, u in FUND_USERS.items()}
    before = snapshot()
    wrong = ['%s as %s (%s): %d, expected %d' % (page, who, FUND_USERS[who], got, want)
             for page, (url, expect) in sorted(FUND_MATRIX.items()) for who, want in expect.items()
             for got in [clients[who].get(url.format(**ids)).status] if got != want]
    assert not wrong, '\n'.join(wrong)
    assert snapshot() == before, 'written on GET'


def test_an_experts_assignment_is_theirs_alone():
    aid = sql("SELECT x.id FROM expert_assignments x JOIN accounts e ON e.id = x.expert_id WHERE e.username='expert1' LIMIT 1")
    assert aid, 'the demo set assigns platform8 to expert1'
    assert logged_in('expert5').get('/cgi-bin/score.cgi?a=%s' % aid[0][0]).status == 404
    assert logged_in('expert1').get('/cgi-bin/score.cgi?a=%s' % aid[0][0]).status == 200


# 长春 咨询诊断: cc-enterprise5's project (朝阳区 = county-cc-3), which chose provider1: the 服务商 chosen sees it and
# its files, another 服务商, 县（市）区 or enterprise, an evaluator (not assigned) do not
DIAG_USERS = {'owner': 'cc-enterprise5', 'other_enterprise': 'cc-enterprise4', 'county_in': 'county-cc-3',
              'county_out': 'county-cc-15', 'city_in': 'city-cc', 'city_out': 'city-ly', 'province': 'province',
              'expert': 'expert1', 'provider_in': 'provider1', 'provider_out': 'provider2', 'evaluator': 'evaluator1'}
DIAG_RECORD = {'owner': 200, 'other_enterprise': 404, 'county_in': 200, 'county_out': 404, 'city_in': 200, 'city_out': 404,
               'province': 403, 'expert': 403, 'provider_in': 200, 'provider_out': 404, 'evaluator': 403}


def test_diagnosis_access_matrix():
    diag = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username = 'cc-enterprise5'"
               " AND p.stage = 'diagnosis'")[0][0]
    agreement = sql("SELECT agreement_id FROM diagnoses WHERE application_id = %s" % diag)[0][0]
    ev = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username = 'cc-enterprise8'"
             " AND p.stage = 'evaluation'")[0][0]
    # cc-enterprise8 (经开区 = county-cc-13), its 水平评测 assigned to evaluator1: the same matrix with the roles swapped
    swap = {'owner': 'cc-enterprise8', 'county_in': 'county-cc-13', 'provider_in': 'evaluator1', 'evaluator': 'provider1',
            'provider_out': 'evaluator2'}
    pages = {'diag': ('/cgi-bin/diag.cgi?id=%s' % diag, DIAG_RECORD),
             'eval': ('/cgi-bin/eval.cgi?id=%s' % ev, DIAG_RECORD, swap),
             'file': ('/cgi-bin/file.cgi?id=%s' % agreement, dict(DIAG_RECORD, province=404, expert=404))}
    wrong = []
    for page, (url, expect, *users) in sorted(pages.items()):
        clients = {k: logged_in(u) for k, u in dict(DIAG_USERS, **(users[0] if users else {})).items()}
        wrong += ['%s as %s: %d, expected %d' % (page, who, got, want) for who, want in expect.items()
                  for got in [clients[who].get(url).status] if got != want]


# 新乡经开区: xx-enterprise1's reward of this year's round (demo-filings proposes it), the zone's 考核工作小组办公室,
# another region's 市, the zone's 财政局 (its pages are another issue's)
XX_USERS = {'owner': 'xx-enterprise1', 'other_enterprise': 'xx-enterprise2', 'city_in': 'city-xx', 'city_out': 'city-cc',
            'finance': 'finance-xx', 'county': 'county-cc-15', 'province': 'province', 'expert': 'expert1',
            'provider': 'provider1', 'evaluator': 'evaluator1'}
XX_CITY = {k: (200 if k == 'city_in' else 404 if k == 'city_out' else 403) for k in XX_USERS}
XX_MATRIX = {
    'xx_reward': ('/cgi-bin/xx_reward.cgi?id={app}', dict(XX_CITY, owner=200, other_enterprise=404)),
    'xx_reward list': ('/cgi-bin/xx_reward.cgi', dict(XX_CITY, owner=200, other_enterprise=200, city_in=303, city_out=303)),
    'xx_round': ('/cgi-bin/xx_round.cgi?batch={batch}', XX_CITY),
    'xx_round csv': ('/cgi-bin/xx_round.cgi?batch={batch}&format=csv', XX_CITY),
    'xx_records': ('/cgi-bin/xx_records.cgi', dict(XX_CITY, city_out=200)),     # a 市 sees its own region's
    'xx_import': ('/cgi-bin/xx_import.cgi', dict(XX_CITY, city_out=200)),
}


def test_xinxiang_access_matrix():
    app = sql("SELECT MAX(p.id) FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username = 'xx-enterprise1'")[0][0]
    ids = {'app': app, 'batch': sql("SELECT batch_id FROM applications WHERE id = %s" % app)[0][0]}
    clients = {k: logged_in(u) for k, u in XX_USERS.items()}
    wrong = []
    for page, (url, expect) in sorted(XX_MATRIX.items()):
        for who, want in expect.items():
            got = clients[who].get(url.format(**ids)).status
            if got != want:
                wrong.append('%s as %s (%s): %d, expected %d' % (page, who, XX_USERS[who], got, want))
    assert not wrong, '\n'.join(wrong)


# The award calls: ly-award1's application (涧西区 = county-ly-6), recommended and waiting for city-ly's 遴选; and
# cc-award1's (二道区 = county-cc-4), waiting for its 县（市）区 (demo-filings files both)
AWARD_USERS = {'owner': 'ly-award1', 'other_enterprise': 'enterprise2', 'county_in': 'county-ly-6', 'county_out': 'county-ly-4',
               'city_in': 'city-ly', 'city_out': 'city-cc', 'province': 'province', 'expert': 'expert1',
               'provider': 'provider1', 'evaluator': 'evaluator1', 'finance': 'finance-ly'}
AWARD_RECORD = dict(CC_RECORD, province=404, provider=404)    # a 服务商 applies too: another's is not there
AWARD_CITY = {k: (200 if k == 'city_in' else 404 if k == 'city_out' else 403) for k in AWARD_USERS}
AWARD_MATRIX = {
    'ent': ('/cgi-bin/ent.cgi?id={app}', AWARD_RECORD),
    # a 服务商 edits its parts of the projects it serves (长春 附件3), so the page serves the role: not its project, 404
    'ent_edit': ('/cgi-bin/ent_edit.cgi?id={app}&section=w1', dict(AWARD_RECORD, provider=404)),
    'ent_print': ('/cgi-bin/ent_print.cgi?id={app}', dict(AWARD_RECORD, evaluator=404)),   # a 评测机构 prints its own projects only
    'app_files': ('/cgi-bin/app_files.cgi?id={app}', dict(AWARD_RECORD, expert=404)),
    'app_versions': ('/cgi-bin/app_versions.cgi?id={app}', dict(AWARD_RECORD, expert=404)),
    'awards': ('/cgi-bin/awards.cgi?batch={batch}', AWARD_CITY),
}


def test_award_access_matrix():
    for owner, county_in, county_out, city_in, city_out, finance in (
            ('ly-award1', 'county-ly-6', 'county-ly-4', 'city-ly', 'city-cc', 'finance-ly'),
            ('cc-award1', 'county-cc-4', 'county-cc-14', 'city-cc', 'city-ly', 'finance-cc'),
            ('provider-ly1', 'county-ly-6', 'county-ly-4', 'city-ly', 'city-cc', 'finance-ly')):   # a 服务商's own
        app = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id = p.account_id WHERE a.username = '%s'" % owner)[0][0]
        ids = {'app': app, 'batch': sql("SELECT batch_id FROM applications WHERE id = %s" % app)[0][0]}
        users = dict(AWARD_USERS, owner=owner, county_in=county_in, county_out=county_out, city_in=city_in, city_out=city_out,
                     finance=finance, other_enterprise='cc-enterprise2' if owner == 'cc-award1' else 'enterprise2')
        clients = {k: logged_in(u) for k, u in users.items()}
        before = snapshot()
        wrong = ['%s as %s (%s): %d, expected %d' % (page, who, users[who], got, want)
                 for page, (url, expect) in sorted(AWARD_MATRIX.items()) for who, want in expect.items()
                 for got in [clients[who].get(url.format(**ids)).status] if got != want]
        assert not wrong, '\n'.join(wrong)
        assert snapshot() == before, 'written on GET'


# 洛阳's 市确定试点企业名单 (recommend.cgi, the enterprise programme's 市 list): the 市 and its 财政局; a 县区, its 财政
# and another 市 have none
def test_ly_city_list_access_matrix():
    batch = sql("SELECT MIN(id) FROM batches WHERE programme = 'enterprise'")[0][0]
    expect = {'city-ly': 200, 'finance-ly': 200, 'city-cc': 404, 'finance-cc': 404, 'county-ly-6': 403, 'finance-ly-6': 404,
              'enterprise2': 403, 'provider-ly1': 403, 'expert1': 403, 'evaluator1': 403, 'province': 404}
    clients = {u: logged_in(u) for u in expect}
    before = snapshot()
    wrong = ['%s: %d, expected %d' % (u, got, want) for u, want in expect.items()
             for got in [clients[u].get('/cgi-bin/recommend.cgi?batch=%s' % batch).status] if got != want]
    assert not wrong, '\n'.join(wrong)
    assert snapshot() == before, 'written on GET'
