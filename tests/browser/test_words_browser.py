"""Real browser, issue 16 part 4: a submitted report read back is legible --
long answers shown whole, ticked boxes drawn in the text colour -- and the
绩效评价目标表's errors are red beside their cells.  Screenshots 8x-words-*."""
from dt import sql
from filing import register_platform, start, fill_complete, save_section, sections, submit
from browser_util import browser, shot, login, on_failure, wait_replaced, BASE

TEXT = 'rgb(29, 39, 51)'      # --text
RED = 'rgb(179, 38, 30)'      # --red


def test_read_only_answers_are_whole_and_legible_and_kpi_errors_are_red():
    from selenium.webdriver.common.by import By
    c, n = register_platform('wd', '只读测试平台#有限公司', '2', '150102')
    app = start(c)
    fill_complete(c, app, '150102', 17, seed='W')
    plan = sections('150102', 17)['plan']
    plan['plan_1'] = '\n'.join('第%d段：平台围绕细分行业共性需求，提供诊断、改造、上云与培训的一揽子服务，形成可复制的解决方案。' % i
                               for i in range(1, 41))
    assert save_section(c, app, 'plan', plan).status == 303
    assert submit(c, app).status == 303
    d = browser()
    try:
        login(d, 'wd%06d' % n, 'Test-password-2026')
        d.get(BASE + '/cgi-bin/app_edit.cgi?id=%s&section=plan' % app)
        t = d.find_element(By.ID, 'f-plan_1')
        assert t.get_attribute('disabled') is not None or d.find_elements(By.CSS_SELECTOR, 'fieldset[disabled]')
        h = d.execute_script('var t = arguments[0]; return [t.scrollHeight, t.clientHeight];', t)
        assert h[0] <= h[1] + 2 and h[1] > 600, h            # all forty paragraphs in view, no inner scrolling
        assert d.execute_script('return getComputedStyle(arguments[0]).webkitTextFillColor', t) == TEXT
        shot(d, '80-words-read-only-plan')
        d.get(BASE + '/cgi-bin/app_edit.cgi?id=%s&section=conditions' % app)
        box = d.find_element(By.ID, 'f-cond1')
        assert box.is_selected()
        st = d.execute_script('var s = getComputedStyle(arguments[0]); return [s.opacity, s.borderTopColor, s.backgroundColor];', box)
        assert st == ['1', TEXT, TEXT], st
        label = d.find_element(By.CSS_SELECTOR, 'label[for="f-cond1"]')
        assert d.execute_script('return getComputedStyle(arguments[0]).color', label) == TEXT
        shot(d, '81-words-read-only-checkboxes')

        # a draft's 绩效评价目标表: an error is red beside its cell
        c2, n2 = register_platform('wk', '目标表测试平台#有限公司', '1', '150102')
        app2 = start(c2)
        d.delete_all_cookies()
        login(d, 'wk%06d' % n2, 'Test-password-2026')
        d.get(BASE + '/cgi-bin/app_edit.cgi?id=%s&section=kpi' % app2)
        d.find_element(By.ID, 'f-kpi_1_target').send_keys('八十')
        d.find_element(By.ID, 'f-kpi_2_target').send_keys('40%')
        old = d.find_element(By.TAG_NAME, 'html')
        d.find_element(By.CSS_SELECTOR, 'button.primary').click()
        wait_replaced(d, old)
        err = d.find_element(By.ID, 'e-kpi_1_target')
        assert '例如 85 或 92.5' in err.text and d.execute_script('return getComputedStyle(arguments[0]).color', err) == RED
        assert d.find_element(By.ID, 'f-kpi_2_target').get_attribute('value') == '40'     # the % was understood
        assert not d.find_elements(By.ID, 'e-kpi_2_target')
        shot(d, '82-words-kpi-error-red')
    except Exception:
        on_failure(d, 'words')
        raise
    finally:
        d.quit()
