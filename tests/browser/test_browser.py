"""Real-browser test (headless Chromium through Selenium): register a platform
account, log in, see the home page.  Screenshots go to var/test/screenshots/."""
from dt import sql

from browser_util import browser, shot, submit, login, cjk_renders, on_failure, BASE


def test_register_login_home_in_a_real_browser():
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    d = browser()
    try:
        d.get(BASE + '/')
        assert '用户登录' in d.page_source
        shot(d, '01-login')
        d.get(d.find_element(By.LINK_TEXT, '注册申报账户').get_attribute('href'))
        assert '注册申报账户' in d.title
        # submit with mistakes first: messages beside the fields, input kept
        d.find_element(By.ID, 'f-kind').click()
        d.find_element(By.ID, 'f-org_name').send_keys('草原数字化服务有限公司')
        d.find_element(By.ID, 'f-credit_code').send_keys('91150602MA0B00001X')
        submit(d)
        assert '统一社会信用代码校验位不正确' in d.page_source
        assert d.find_element(By.ID, 'f-org_name').get_attribute('value') == '草原数字化服务有限公司'
        shot(d, '02-register-errors')
        cs = '0123456789ABCDEFGHJKLMNPQRTUWXY'
        w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
        body = '91150602MA0B00001'
        code = body + cs[(31 - sum(cs.index(c) * w[i] for i, c in enumerate(body)) % 31) % 31]
        f = d.find_element(By.ID, 'f-credit_code'); f.clear(); f.send_keys(code)
        Select(d.find_element(By.ID, 'f-region')).select_by_visible_text('东胜区')
        d.find_element(By.ID, 'f-contact_person').send_keys('白雪')
        d.find_element(By.ID, 'f-mobile').send_keys('13947700001')
        d.find_element(By.ID, 'f-email').send_keys('baixue@example.com')
        d.find_element(By.ID, 'f-username').send_keys('browserplatform')
        d.find_element(By.ID, 'f-password').send_keys('Browser-pass-2026')
        d.find_element(By.ID, 'f-password2').send_keys('Browser-pass-2026')
        submit(d)
        assert '注册成功' in d.page_source, d.page_source[:2000]
        d.find_element(By.ID, 'f-username').send_keys('browserplatform')
        d.find_element(By.ID, 'f-password').send_keys('Browser-pass-2026')
        submit(d)
        assert d.current_url.endswith('/cgi-bin/home.cgi')
        src = d.page_source
        assert '草原数字化服务有限公司' in src and code in src and '鄂尔多斯市 东胜区' in src
        assert cjk_renders(d, '草原数字化服务有限公司')
        shot(d, '03-home-platform')
        # labels are tied to their inputs on every form seen
        d.get(BASE + '/cgi-bin/profile.cgi')
        for inp in d.find_elements(By.CSS_SELECTOR, 'input:not([type=hidden]), select, textarea'):
            assert d.find_elements(By.CSS_SELECTOR, 'label[for="%s"]' % inp.get_attribute('id')), inp.get_attribute('name')
        shot(d, '04-profile')
        assert sql("SELECT region_code FROM accounts WHERE username='browserplatform'")[0][0] == '150602'
    except Exception:
        on_failure(d, __name__)
        raise
    finally:
        d.quit()


def test_admin_pages_in_a_real_browser():
    from selenium.webdriver.common.by import By
    d = browser()
    try:
        login(d, 'province')
        assert '已注册服务平台' in d.page_source
        shot(d, '05-home-province')
        d.get(BASE + '/cgi-bin/accounts.cgi?role=county&sort=username')
        assert 'county-150102' in d.page_source
        shot(d, '06-accounts')
        d.get(BASE + '/cgi-bin/account.cgi')
        shot(d, '07-account-create')
    except Exception:
        on_failure(d, __name__)
        raise
    finally:
        d.quit()
