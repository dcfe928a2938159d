"""Real browser: a 长春 pilot enterprise, taken through 申请入库, 咨询诊断, 数字化改造备案 and 水平评测 with the HTTP
helpers (tests/cc_accept.py, tests/cc_life.py), goes through 项目验收 in the browser: it changes and submits its 附件4;
evaluator1 records 书面 and 现场 and fails it with its 整改要求 and 评测工作方案; 朝阳区 gives its 意见; the enterprise
sees its 整改期 with the days left, applies once more; evaluator1 passes it, 朝阳区 agrees; 附件5 prints.
Screenshots in var/test/screenshots/ (60-accept-*)."""
import datetime, os
from dt import VAR, day, logged_in, pdf, sql
from browser_util import browser, shot, submit, login, on_failure, wait_replaced, BASE
import cc_accept as A


def confirmed(d, xpath):
    """Clicks a submit button of a form that asks for confirmation, accepts it, waits for the next page."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    from selenium.webdriver.support import expected_conditions as EC
    old = d.find_element(By.TAG_NAME, 'html')
    d.find_element(By.XPATH, xpath).click()
    WebDriverWait(d, 10).until(EC.alert_is_present()).accept()
    wait_replaced(d, old)


def set_date(d, field, value):
    d.execute_script("document.getElementById('f-%s').value = '%s'" % (field, value))


def logout(d):
    d.delete_all_cookies()


def test_an_enterprise_through_acceptance_in_a_real_browser():
    from selenium.webdriver.common.by import By
    c, org, app = A.evaluated('220104', 'county-cc-3')                     # 朝阳区, 三级
    user = sql("SELECT a.username FROM applications p JOIN accounts a ON a.id = p.account_id WHERE p.id = %s" % app)[0][0]
    plan = os.path.join(VAR, 'tmp', '评测工作方案.pdf')
    os.makedirs(os.path.dirname(plan), exist_ok=True)
    open(plan, 'wb').write(pdf('browser plan'))
    d = browser()
    try:
        # the enterprise: its 附件4's 项目名称 changed on the section page, then submitted
        login(d, user, 'Test-password-2026')
        assert '项目验收' in d.page_source
        d.get(BASE + '/cgi-bin/ent_edit.cgi?id=%s&section=a2' % app)
        e = d.find_element(By.ID, 'f-a_project')
        e.clear()
        e.send_keys('中成药MES、QMS与仓储追溯改造项目')
        submit(d)
        assert '已保存为草稿' in d.page_source, d.page_source[:2000]
        d.get(BASE + '/cgi-bin/ent.cgi?id=%s' % app)
        shot(d, '60-accept-application')
        confirmed(d, '//form[.//input[@name="op" and @value="submit"]]//button[@type="submit"]')
        assert '已申请验收，待评测机构验收' in d.page_source
        # evaluator1: 书面 and 现场, 未通过 with its 整改要求, the 评测工作方案
        logout(d)
        login(d, 'evaluator1')
        d.get(BASE + '/cgi-bin/accept.cgi?id=%s' % app)
        assert org in d.page_source and '出具验收意见（附件5）' in d.page_source
        set_date(d, 'paper_on', day(-2))
        set_date(d, 'site_on', day(-1))
        set_date(d, 'act_date', day(0))
        d.find_element(By.ID, 'f-leader').send_keys('李组长')
        d.find_element(By.ID, 'f-members').send_keys('王组员、张组员')
        d.find_element(By.CSS_SELECTOR, 'label[for="f-action-accept_fail"]').click()
        d.find_element(By.ID, 'f-opinion').send_keys('原料批次追溯尚未上线，请补充并试运行。')
        d.find_element(By.ID, 'f-upload').send_keys(plan)
        shot(d, '61-accept-opinion-form')
        confirmed(d, '//section[@id="step"]//button[@type="submit"]')
        assert '已出具验收意见：未通过验收' in d.page_source, d.page_source[:2000]
        # 朝阳区's 意见: the 整改期 starts
        logout(d)
        login(d, 'county-cc-3')
        assert '评测机构验收意见：限期整改，待县（市）区意见' in d.page_source
        # it first returns the 验收意见 to the 评测机构 (the reason required), which issues it again
        d.get(BASE + '/cgi-bin/accept.cgi?id=%s' % app)
        d.find_element(By.CSS_SELECTOR, 'label[for="f-action-opinion_return"]').click()
        d.find_element(By.ID, 'f-opinion').send_keys('请补充原料批次追溯的现场核查记录。')
        confirmed(d, '//section[@id="step"]//button[@type="submit"]')
        assert '已退回评测机构' in d.page_source and sql("SELECT state FROM applications WHERE id = %s" % app)[0][0] == 'applied'
        assert '县（市）区退回的验收意见' in d.page_source
        shot(d, '61b-accept-returned-to-evaluator')
        assert A.opinion(logged_in('evaluator1'), app, 'fail', plan=False).status == 303
        d.get(BASE + '/cgi-bin/accept.cgi?id=%s' % app)
        d.find_element(By.ID, 'f-opinion').send_keys('同意限期整改。')
        set_date(d, 'act_date', day(0))
        confirmed(d, '//section[@id="step"]//button[@type="submit"]')
        assert sql("SELECT state FROM applications WHERE id = %s" % app)[0][0] == 'returned'
        # the enterprise sees its 整改要求 and the days left, and applies once more
        logout(d)
        login(d, user, 'Test-password-2026')
        d.get(BASE + '/cgi-bin/accept.cgi?id=%s' % app)
        left = (datetime.date.fromisoformat(A.month_after(day(0))) - datetime.date.fromisoformat(day(0))).days
        assert '原料批次追溯尚未上线' in d.page_source and '剩余 %d 天' % left in d.page_source
        shot(d, '62-accept-rectify')
        d.get(BASE + '/cgi-bin/ent.cgi?id=%s' % app)
        confirmed(d, '//form[.//input[@name="op" and @value="submit"]]//button[@type="submit"]')
        assert '整改后再次申请验收，待评测机构验收' in d.page_source
        # evaluator1 passes it (its 工作方案 on file), 朝阳区 agrees
        logout(d)
        login(d, 'evaluator1')
        d.get(BASE + '/cgi-bin/accept.cgi?id=%s' % app)
        assert 'f-upload' not in d.page_source
        set_date(d, 'paper_on', day(0))
        set_date(d, 'site_on', day(0))
        set_date(d, 'act_date', day(0))
        d.find_element(By.ID, 'f-leader').send_keys('李组长')
        d.find_element(By.ID, 'f-members').send_keys('王组员、张组员')
        d.find_element(By.CSS_SELECTOR, 'label[for="f-action-accept_pass"]').click()
        d.find_element(By.ID, 'f-opinion').send_keys('整改到位，同意通过验收。')
        confirmed(d, '//section[@id="step"]//button[@type="submit"]')
        logout(d)
        login(d, 'county-cc-3')
        d.get(BASE + '/cgi-bin/accept.cgi?id=%s' % app)
        d.find_element(By.ID, 'f-opinion').send_keys('同意通过验收。')
        set_date(d, 'act_date', day(0))
        confirmed(d, '//section[@id="step"]//button[@type="submit"]')
        assert '验收通过' in d.page_source and sql("SELECT state FROM applications WHERE id = %s" % app)[0][0] == 'passed'
        shot(d, '63-accept-passed')
        d.get(BASE + '/cgi-bin/accept.cgi?id=%s&format=print' % app)
        assert '第三方评测机构出具的企业数字化改造项目验收意见' in d.page_source and '整改到位，同意通过验收。' in d.page_source
        shot(d, '64-accept-attachment5')
    except Exception:
        on_failure(d, __name__)
        raise
    finally:
        d.quit()
