"""Real browser: enterprise1 fills the whole 洛阳 申报书 (four parts, choices,
multi-choice boxes, an "其他" text) and submits it; screenshots 4x-ent-*."""
import re
from dt import sql
from browser_util import browser, shot, submit, login, on_failure, wait_replaced, BASE
from ent_filing import parts


def test_enterprise1_files_the_whole_form_in_a_real_browser():
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait
    from selenium.webdriver.support import expected_conditions as EC
    d = browser()
    try:
        login(d, 'enterprise1')
        d.get(BASE + '/cgi-bin/ent.cgi')
        assert '开始填写申报书' in d.page_source
        submit(d)
        app = re.search(r'ent_edit.cgi\?id=(\d+)', d.page_source).group(1)
        p = parts()
        for part in ('e1', 'e2', 'e3', 'e4'):
            d.get(BASE + '/cgi-bin/ent_edit.cgi?id=%s&section=%s' % (app, part))
            for name, value in p[part].items():
                if value == '':
                    continue
                els = d.find_elements(By.NAME, name)
                if not els:
                    continue
                el = els[0]
                kind = el.get_attribute('type')
                if kind == 'hidden':                # 所属县区: the registered one, shown locked
                    continue
                if kind == 'radio':
                    d.find_element(By.CSS_SELECTOR, 'label[for="f-%s-%s"]' % (name, value)).click()
                elif kind == 'checkbox':
                    if not el.is_selected():
                        d.find_element(By.CSS_SELECTOR, 'label[for="f-%s"]' % name).click()
                elif el.tag_name == 'select':
                    Select(el).select_by_value(value)
                elif kind == 'date':
                    d.execute_script("arguments[0].value = arguments[1]", el, value)
                else:
                    el.clear()
                    el.send_keys(value)
            if part == 'e2':
                shot(d, '40-ent-part2')
            submit(d)
            assert '已保存为草稿' in d.page_source, (part, re.findall(r'class="err"[^>]*>([^<]*)', d.page_source))
        d.get(BASE + '/cgi-bin/ent.cgi?id=%s&check=1' % app)
        assert '未发现问题' in d.page_source, re.findall(r'<li><a[^>]*>([^<]*)', d.page_source)
        old = d.find_element(By.TAG_NAME, 'html')
        d.find_element(By.XPATH, '//button[text()="提交申报书"]').click()
        WebDriverWait(d, 10).until(EC.alert_is_present()).accept()
        wait_replaced(d, old)
        assert '已提交第 1 版' in d.page_source
        assert sql("SELECT state FROM applications WHERE id=%s" % app)[0][0] == 'submitted'
        shot(d, '41-ent-submitted')
        d.get(BASE + '/cgi-bin/ent_print.cgi?id=%s' % app)
        src = d.page_source
        assert '申 报 书' in src and '轴承及通用零部件' in src and '☑ MES' in src and '自研仓储看板' in src
        assert d.execute_script("return document.querySelector('.print-footer img').naturalWidth") > 0
        shot(d, '42-ent-print')
        d.execute_script("window.scrollTo(0, 1400)")
        shot(d, '43-ent-print-table')
    except Exception:
        on_failure(d, __name__)
        raise
    finally:
        d.quit()
