"""Real browser, issue 16 part 2: every reviewer's home page is its to-do
list (what waits for it in its region, with the deadline and the days left,
linking to the work), reviewers get a 站内消息 with the deadline when work
arrives, and the applicant's section pages show 已完成/未完成, 保存并下一步,
the reason of a return with its line breaks, the countdown, the call's
guide and 业务咨询, and after submission what to deliver on paper.
Screenshots 7x-todo-* in var/test/screenshots/."""
import datetime, re
import dt
from dt import sql, logged_in, Client
from filing import register_platform, start, save_section, sections, filed
from browser_util import browser, shot, login, on_failure, wait_replaced, BASE


def waiting(scope, state):
    """Applications in a state within a reviewer's region, and the nearest level deadline, from SQL."""
    return sql("SELECT COUNT(*) FROM applications p JOIN regions g ON g.code = p.region_code"
               " WHERE p.state = '%s' AND '%s' IN (g.code, g.city_code, g.province_code)" % (state, scope))[0][0]


def days_left(name, scope, state):
    d = sql("SELECT MIN(d.day) FROM applications p JOIN regions g ON g.code = p.region_code"
            " JOIN batch_deadlines d ON d.batch_id = p.batch_id AND d.name = '%s' AND d.day >= CURDATE()"
            " WHERE p.state = '%s' AND '%s' IN (g.code, g.city_code, g.province_code)" % (name, state, scope))[0][0]
    return (datetime.date.fromisoformat(d) - dt.today()).days


def todo_items(d):
    from selenium.webdriver.common.by import By
    return [li.text for li in d.find_elements(By.CSS_SELECTOR, '.todo-list li')]


def test_home_pages_are_to_do_lists_and_the_applicant_is_guided():
    from selenium.webdriver.common.by import By
    # work that arrives: a submission tells the county's reviewers, with their deadline
    c, app = filed('150102', 15, 'T')
    org = sql("SELECT a.display_name FROM applications p JOIN accounts a ON a.id = p.account_id WHERE p.id = %s" % app)[0][0]
    msg = sql("SELECT m.title, m.body FROM messages m JOIN accounts a ON a.id = m.account_id"
              " WHERE a.username = 'county-150102' AND m.application_id = %s ORDER BY m.id DESC LIMIT 1" % app)
    assert msg and msg[0][0] == '待办：%s（提交）' % org and '本级截止日期' in msg[0][1], msg
    d = browser()
    try:
        for user, scope, state, deadline, words in (
                ('county-150102', '150102', 'submitted', 'county', '已提交，待旗县区初审'),
                ('city-150200', '150200', 'county_passed', 'city', '旗县区初审通过，待盟市审核'),
                ('province', '150000', 'recommended', None, '已推荐')):
            d.delete_all_cookies()
            login(d, user)
            items = todo_items(d)
            n = int(waiting(scope, state))
            assert n > 0, (user, state)
            line = [t for t in items if t.startswith(words)]
            assert line and ('%d 件' % n) in line[0], (user, items)
            if deadline:
                assert '还剩 %d 天' % days_left(deadline, scope, state) in line[0], (user, line)
            shot(d, '70-todo-home-%s' % user)
            old = d.find_element(By.TAG_NAME, 'html')
            d.find_element(By.XPATH, '//ul[@class="todo-list"]/li[starts-with(normalize-space(.), "%s")]/a' % words).click()
            wait_replaced(d, old)
            rows = d.find_elements(By.CSS_SELECTOR, 'table.list tbody tr')
            assert len(rows) == min(n, 20), (user, d.current_url, len(rows))

        # the applicant: a new report, its tabs, 保存并下一步, the countdown, the guide and 业务咨询
        c2, n2 = register_platform('td', '待办测试平台#有限公司', '4', '150102')
        app2 = start(c2)
        assert save_section(c2, app2, 'basic', sections('150102', 15)['basic']).status == 303
        d.delete_all_cookies()
        login(d, 'td%06d' % n2, 'Test-password-2026')
        d.get(BASE + '/cgi-bin/app.cgi?id=%s' % app2)
        assert '已完成 1 / 6 部分' in d.page_source and '处问题' not in d.find_element(By.TAG_NAME, 'main').text
        d.get(BASE + '/cgi-bin/app_edit.cgi?id=%s&section=basic' % app2)
        tabs = d.find_element(By.CSS_SELECTOR, 'nav.section-nav').text
        assert re.search(r'基本信息\s*已完成', tabs) and re.search(r'申报细分行业\s*未完成', tabs), tabs
        left = (datetime.date.fromisoformat(sql("SELECT applicant_deadline FROM batches b JOIN applications p"
                                                " ON p.batch_id = b.id WHERE p.id = %s" % app2)[0][0]) - dt.today()).days
        assert '还剩 %d 天' % left in d.page_source
        help_ = d.find_element(By.CSS_SELECTOR, 'aside.help').text
        assert '业务咨询：自治区工业和信息化厅 牟立茁 0471-4824952' in help_, help_
        href = d.find_element(By.CSS_SELECTOR, 'aside.help a').get_attribute('href')
        g = Client().get(href.replace(BASE, ''))
        assert g.status == 200 and '申报指南' in g.text and '联系方式：牟立茁  0471-4824952' in g.text
        shot(d, '71-todo-applicant-section')
        old = d.find_element(By.TAG_NAME, 'html')
        d.find_element(By.XPATH, '//button[text()="保存并下一步"]').click()
        wait_replaced(d, old)
        assert 'section=industry' in d.current_url and '“基本信息”已保存为草稿' in d.page_source

        # returned with a reason of two lines: shown on the section being fixed, line breaks kept
        county = logged_in('county-150102')
        t = county.page('/cgi-bin/app.cgi?id=%s' % app).text
        ver = re.search(r'name="version" value="(\d+)"', t).group(1)
        r = county.post('/cgi-bin/review.cgi', {'id': app, 'action': 'return', 'version': ver,
                                                'opinion': '第一，补充发票。\n第二，核对合同日期。'})
        assert r.status == 303, r
        d.delete_all_cookies()
        user = sql("SELECT a.username FROM applications p JOIN accounts a ON a.id = p.account_id WHERE p.id = %s" % app)[0][0]
        login(d, user, 'Test-password-2026')
        d.get(BASE + '/cgi-bin/app_edit.cgi?id=%s&section=plan' % app)
        reason = d.find_element(By.CSS_SELECTOR, '.error-summary .reason').text
        assert reason == '第一，补充发票。\n第二，核对合同日期。', repr(reason)
        shot(d, '72-todo-returned-reason')
        # after submission: what to print, stamp and deliver, and to whom
        d.get(BASE + '/cgi-bin/app.cgi?id=%s' % app)
        d.execute_script('window.confirm = function () { return true; };')
        old = d.find_element(By.TAG_NAME, 'html')
        d.find_element(By.XPATH, '//form[.//input[@value="submit"]]//button').click()
        wait_replaced(d, old)
        note = d.find_element(By.CSS_SELECTOR, '.delivery').text
        assert '加盖单位公章' in note and '旗县区工信局' in note, note
        shot(d, '73-todo-after-submission')
    except Exception:
        on_failure(d, 'todo')
        raise
    finally:
        d.quit()
