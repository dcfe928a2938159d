"""Real browser, issue 16 part 3: nothing typed is lost.  In the middle of
each kind of form (a platform's section, a served enterprise with its proof
files, a reviewer's opinion, an expert's scores, a 新乡 office record, 财政's 拨付) the session is ended in the
database, as the idle timeout would; the save then answers with the login
form ("登录已超时……您填写的内容已保留"), signing in returns to the same page
(its query kept), the input comes back and the save is repeated.  A page
opened under an earlier session (signed in again in another tab) is repaired
the same way; a file over the limit is refused in the browser, in Chinese,
before it is sent.  Screenshots 6x-session-* in var/test/screenshots/."""
import os, re, tempfile
from dt import sql, day, PASSWORD, logged_in, upload_limit, limit_text
from filing import register_platform, start, filed
from browser_util import browser, shot, login, on_failure, wait_replaced, BASE

TIMEOUT = '登录已超时，请重新登录，您填写的内容已保留'


def end_sessions(user):
    """What Session.IdleMinutes does to a session left alone: it is no longer live."""
    sql("UPDATE sessions s JOIN accounts a ON a.id = s.account_id SET s.last_seen = NOW() - INTERVAL 1 DAY"
        " WHERE a.username = '%s'" % user)


def sign_in_again(d, user, password):
    """On the timed-out login form the save answered with."""
    from selenium.webdriver.common.by import By
    assert TIMEOUT in d.page_source, d.page_source[:2000]
    d.find_element(By.ID, 'f-username').send_keys(user)
    d.find_element(By.ID, 'f-password').send_keys(password)
    old = d.find_element(By.TAG_NAME, 'html')
    d.find_element(By.CSS_SELECTOR, 'button.primary').click()
    wait_replaced(d, old)


def wait_saved(d, text):
    """The form page reopened, refilled and saved again by itself (two page loads)."""
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(d, 20).until(lambda x: text in x.page_source and
                               x.execute_script('return document.readyState') == 'complete')


def click(d, xpath, confirm=False):
    from selenium.webdriver.common.by import By
    if confirm:
        d.execute_script('window.confirm = function () { return true; };')
    old = d.find_element(By.TAG_NAME, 'html')
    d.find_element(By.XPATH, xpath).click()
    wait_replaced(d, old)


def test_every_kind_of_form_survives_an_expired_session():
    from selenium.webdriver.common.by import By
    c, n = register_platform('sx', '超时测试平台#有限公司', '6', '150102')
    user = 'sx%06d' % n
    app = start(c)
    d = browser()
    try:
        # 1. a platform's section: typed, the session ends, 保存草稿
        login(d, user, 'Test-password-2026')
        d.get(BASE + '/cgi-bin/app_edit.cgi?id=%s&section=basic' % app)
        d.find_element(By.ID, 'f-legal_rep').send_keys('超时法人')
        d.find_element(By.ID, 'f-reg_address').send_keys('呼和浩特市新城区超时路8号')
        end_sessions(user)
        click(d, '//button[@type="submit" and contains(@class, "primary")]')
        shot(d, '60-session-expired-login')
        assert d.current_url.endswith('/cgi-bin/app_edit.cgi?id=%s&section=basic' % app)
        sign_in_again(d, user, 'Test-password-2026')
        wait_saved(d, '已保存为草稿')
        assert 'section=basic' in d.current_url and 'id=%s' % app in d.current_url
        assert d.find_element(By.ID, 'f-legal_rep').get_attribute('value') == '超时法人'
        assert '尚未保存到服务器' not in d.page_source          # saved: no "unsaved content" bar
        stored = sql("SELECT value FROM app_fields WHERE application_id=%s AND name IN ('legal_rep', 'reg_address')"
                     " ORDER BY name" % app)
        assert [v for (v,) in stored] == ['超时法人', '呼和浩特市新城区超时路8号'], stored
        shot(d, '61-session-section-saved-again')

        # 2. a served enterprise with its proof files: the files cannot be kept by a browser, and it says so
        d.get(BASE + '/cgi-bin/app_ent.cgi?id=%s' % app)
        d.find_element(By.ID, 'f-name').send_keys('超时试点企业有限公司')
        d.find_element(By.ID, 'f-contract').send_keys('30')
        tmp = tempfile.mkdtemp()
        proof = os.path.join(tmp, '服务合同.pdf')
        open(proof, 'wb').write(b'%PDF-1.4\n%%EOF\n')
        d.find_element(By.ID, 'f-f_contract').send_keys(proof)
        end_sessions(user)
        click(d, '//button[text()="保存服务企业"]')
        sign_in_again(d, user, 'Test-password-2026')
        assert '/cgi-bin/app_ent.cgi?id=%s' % app in d.current_url
        assert d.find_element(By.ID, 'f-name').get_attribute('value') == '超时试点企业有限公司'
        note = d.find_element(By.CSS_SELECTOR, '.resave').text
        assert '服务合同.pdf' in note and '重新选择' in note, note
        shot(d, '62-session-enterprise-files-to-choose-again')

        # 3. a file over the limit is refused before it is sent, in Chinese, with the limit
        big = os.path.join(tmp, '扫描件.pdf')
        with open(big, 'wb') as f:
            f.truncate(21 * 1024 * 1024)
        d.find_element(By.ID, 'f-f_invoice').send_keys(big)
        msg = d.find_element(By.ID, 'fe-f-f_invoice').text
        assert '扫描件.pdf' in msg and '有 21 MB，超过上限 %s。' % limit_text(upload_limit()) in msg, msg
        assert d.find_element(By.ID, 'f-f_invoice').get_attribute('value') == ''
        shot(d, '63-session-file-too-large')

        # 4. a page opened under an earlier session: signed in again in another tab, then saved here
        d.get(BASE + '/cgi-bin/app_edit.cgi?id=%s&section=plan' % app)
        d.find_element(By.ID, 'f-plan_1').send_keys('另一个标签页重新登录之后保存的实施方案。')
        first = d.current_window_handle
        d.switch_to.new_window('tab')
        d.get(BASE + '/static/favicon.svg')
        d.delete_cookie('dtp_sid')                  # this tab signs in afresh: a new session, a new token
        login(d, user, 'Test-password-2026')
        d.close()
        d.switch_to.window(first)
        click(d, '//button[@type="submit" and contains(@class, "primary")]')
        assert '页面已过期' in d.page_source and '您填写的内容已保留' in d.page_source
        assert d.find_element(By.CSS_SELECTOR, 'header .brand').text            # the site's frame
        shot(d, '64-session-stale-page')
        click(d, '//a[text()="返回原页面并重新保存"]')
        wait_saved(d, '已保存为草稿')
        assert sql("SELECT value FROM app_fields WHERE application_id=%s AND name='plan_1'" % app) == \
            [['另一个标签页重新登录之后保存的实施方案。']]
        d.delete_all_cookies()

        # 5. a reviewer's opinion: 退回修改 with its reason, the session ended before the click
        _, app2 = filed('150102', 12, 'X')
        login(d, 'county-150102')
        d.get(BASE + '/cgi-bin/app.cgi?id=%s' % app2)
        d.find_element(By.ID, 'f-opinion').send_keys('请补充第三家企业的发票。\n并核对合同日期。')
        end_sessions('county-150102')
        click(d, '//button[@name="action" and @value="return"]', confirm=True)
        sign_in_again(d, 'county-150102', PASSWORD)
        wait_saved(d, '已办理：退回修改')
        st, reason = sql("SELECT state, REPLACE(REPLACE(return_reason, '\\r', ''), '\\n', '|') FROM applications WHERE id=%s" % app2)[0]
        assert st == 'returned' and reason == '请补充第三家企业的发票。|并核对合同日期。', (st, reason)
        shot(d, '65-session-review-returned')
        d.delete_all_cookies()

        # 6. an expert's nine scores and opinion
        x = expert_task()
        expert = x['user']
        login(d, expert)
        d.get(BASE + '/cgi-bin/score.cgi?a=%s' % x['id'])
        if d.find_elements(By.ID, 'f-declare'):
            d.find_element(By.ID, 'f-declare').click()
            click(d, '//form[.//input[@value="declare"]]//button')
        boxes = d.find_elements(By.CSS_SELECTOR, 'input[name="points"]')
        assert boxes
        for b in boxes:
            b.send_keys('1.5')
        d.find_element(By.ID, 'f-comments').send_keys('方案扎实，案例充分。')
        end_sessions(expert)
        click(d, '//form[.//input[@value="submit"]]//button[@type="submit"]', confirm=True)
        assert d.find_element(By.NAME, 'next').get_attribute('value') == '/cgi-bin/score.cgi?a=%s' % x['id']
        sign_in_again(d, expert, PASSWORD)
        wait_saved(d, '评分已提交')
        row = sql("SELECT submitted_at IS NOT NULL, total, comments FROM expert_assignments WHERE id=%s" % x['id'])[0]
        assert row[0] == '1' and row[2] == '方案扎实，案例充分。', row
        assert int(row[1]) == 150 * len(boxes), row            # hundredths of a point
        shot(d, '66-session-scores-submitted')
        d.delete_all_cookies()

        # 7. a 新乡 office record (第十七条): typed, the session ends, saved again by itself
        code = sql("SELECT credit_code FROM accounts WHERE username='xx-enterprise1'")[0][0]
        year = int(day()[:4]) - 3
        login(d, 'city-xx')
        d.get(BASE + '/cgi-bin/xx_records.cgi')
        for f, v in (('f-c_code', code), ('f-c_year', str(year)), ('f-c_amount', '12345'), ('f-c_doc', '新工信〔超时〕7号')):
            d.find_element(By.ID, f).send_keys(v)
        end_sessions('city-xx')
        click(d, '//form[.//input[@value="city"]]//button[@type="submit"]')
        sign_in_again(d, 'city-xx', PASSWORD)
        wait_saved(d, '提出奖励时就高不重复')
        assert sql("SELECT amount_yuan, doc_no FROM xx_city_policy WHERE credit_code='%s' AND year=%d" % (code, year)) == \
            [['12345', '新工信〔超时〕7号']]
        sql("DELETE FROM xx_city_policy WHERE credit_code='%s' AND year=%d" % (code, year))
        d.delete_all_cookies()

        # 8. 财政's 拨付 with its voucher: the typed fields come back, the file is asked for again by name
        dec = sql("SELECT x.id FROM money_decisions x JOIN accounts a ON a.credit_code = x.credit_code"
                  " WHERE a.username = 'platform9' AND x.state = 'decided'")[0][0]
        login(d, 'finance-150100')
        d.get(BASE + '/cgi-bin/payments.cgi?id=%s' % dec)
        d.execute_script("document.getElementById('f-pay_day').value = arguments[0];", day())
        d.find_element(By.ID, 'f-pay_amount').send_keys('1')
        d.find_element(By.ID, 'f-bank_ref').send_keys('HHHT-超时-0001')
        voucher = os.path.join(tmp, '付款凭证.pdf')
        open(voucher, 'wb').write(b'%PDF-1.4\n%%EOF\n')
        d.find_element(By.ID, 'f-voucher').send_keys(voucher)
        end_sessions('finance-150100')
        click(d, '//form[.//input[@value="pay"]]//button[@type="submit"]', confirm=True)
        sign_in_again(d, 'finance-150100', PASSWORD)
        assert '/cgi-bin/payments.cgi?id=%s' % dec in d.current_url
        assert d.find_element(By.ID, 'f-bank_ref').get_attribute('value') == 'HHHT-超时-0001'
        assert d.find_element(By.ID, 'f-pay_amount').get_attribute('value') == '1'
        note = d.find_element(By.CSS_SELECTOR, '.resave').text
        assert '付款凭证.pdf' in note and '重新选择' in note, note
        shot(d, '67-session-payment-voucher-to-choose-again')
        assert sql("SELECT COUNT(*) FROM payments WHERE decision_id=%s AND bank_ref='HHHT-超时-0001'" % dec) == [['0']]
    except Exception:
        on_failure(d, 'session')
        raise
    finally:
        d.quit()


def expert_task():
    """An expert's assignment not scored yet: one of the demo set's, else expert2 given platform8's."""
    rows = sql("SELECT x.id, a.username FROM expert_assignments x JOIN accounts a ON a.id = x.expert_id"
               " WHERE x.submitted_at IS NULL AND a.username LIKE 'expert%' ORDER BY x.id LIMIT 1")
    if rows:
        return {'id': rows[0][0], 'user': rows[0][1]}
    app, batch = sql("SELECT p.id, p.batch_id FROM applications p JOIN accounts a ON a.id = p.account_id"
                     " WHERE a.username = 'platform8'")[0]
    for e in ('expert2', 'expert3', 'expert4', 'expert5'):
        eid = sql("SELECT id FROM accounts WHERE username='%s'" % e)[0][0]
        if sql("SELECT COUNT(*) FROM expert_assignments WHERE application_id=%s AND expert_id=%s" % (app, eid))[0][0] != '0':
            continue
        adm = logged_in('province')
        adm.page('/cgi-bin/experts.cgi?batch=%s' % batch)
        adm.post('/cgi-bin/experts.cgi?batch=%s' % batch, [('op', 'assign'), ('expert', eid), ('apps', app)])
        rows = sql("SELECT id FROM expert_assignments WHERE application_id=%s AND expert_id=%s" % (app, eid))
        if rows:
            return {'id': rows[0][0], 'user': e}
    raise AssertionError('no expert could be given a task')
