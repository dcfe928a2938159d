"""Real browser: county-150105 passes platform2's application (初审通过, with
the confirmation), city-150200 recommends platform4 within its quota.
Screenshots 2x-review-* in var/test/screenshots/."""
import re
from dt import sql
from browser_util import browser, shot, login, on_failure, wait_replaced, BASE


def test_county_review_and_city_recommendation_in_a_real_browser():
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    from selenium.webdriver.support import expected_conditions as EC
    app2 = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id=p.account_id WHERE a.username='platform2'")[0][0]
    app4 = sql("SELECT p.id FROM applications p JOIN accounts a ON a.id=p.account_id WHERE a.username='platform4'")[0][0]
    d = browser()
    try:
        login(d, 'county-150105')
        d.get(BASE + '/cgi-bin/queue.cgi')
        assert '呼和浩特智造工业互联网有限公司' in d.page_source
        shot(d, '20-review-queue')
        d.get(BASE + '/cgi-bin/app.cgi?id=%s' % app2)
        assert '审核办理' in d.page_source and '自动校验结果' in d.page_source
        d.find_element(By.ID, 'f-opinion').send_keys('材料齐全，符合申报条件，同意推荐。')
        shot(d, '21-review-county-decision')
        old = d.find_element(By.TAG_NAME, 'html')
        d.find_element(By.XPATH, '//button[@name="action" and @value="pass"]').click()
        WebDriverWait(d, 10).until(EC.alert_is_present()).accept()
        wait_replaced(d, old)
        assert '已办理：初审通过' in d.page_source and '同意推荐' in d.page_source   # flash and timeline
        assert sql("SELECT state FROM applications WHERE id=%s" % app2)[0][0] == 'county_passed'
        shot(d, '22-review-county-done')
        d.delete_all_cookies()
        login(d, 'city-150200')
        d.get(BASE + '/cgi-bin/recommend.cgi')
        assert '包头钢联工业软件有限公司' in d.page_source
        d.find_element(By.ID, 'f-reason-%s' % app4).send_keys('钢铁行业共性场景提炼充分，服务案例成熟。')
        old = d.find_element(By.TAG_NAME, 'html')
        d.find_element(By.XPATH, '//textarea[@id="f-reason-%s"]/ancestor::form//button' % app4).click()
        wait_replaced(d, old)
        assert '已加入推荐名单' in d.page_source and '1 / 5' in d.page_source
        shot(d, '23-review-city-recommend')
        d.get(BASE + '/cgi-bin/rec_print.cgi?batch=%s&city=150200' % sql("SELECT batch_id FROM applications WHERE id=%s" % app4)[0][0])
        assert '包头钢联工业软件有限公司' in d.page_source and '小计' in d.page_source
        shot(d, '24-review-city-summary-print')
    except Exception:
        on_failure(d, __name__)
        raise
    finally:
        d.quit()
