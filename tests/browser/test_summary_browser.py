"""Real browser: the province opens the statistics dashboard and the 汇总表
(with a 奖补资金额 explanation opened).  Screenshots 3x-summary-*."""
from dt import sql
from browser_util import browser, shot, login, on_failure, BASE


def test_dashboard_and_summary_in_a_real_browser():
    from selenium.webdriver.common.by import By
    batch = sql("SELECT MIN(id) FROM batches")[0][0]
    d = browser()
    try:
        login(d, 'province')
        d.get(BASE + '/cgi-bin/stats.cgi?batch=%s' % batch)
        assert '各地区申请状态' in d.page_source
        # the charts are drawn: SVG bars with a real size
        assert d.execute_script("return document.querySelector('svg.chart rect').getBBox().width") > 0
        shot(d, '30-summary-dashboard')
        d.get(BASE + '/cgi-bin/summary.cgi?batch=%s&state=all' % batch)
        d.find_element(By.CSS_SELECTOR, 'details.basis summary').click()
        assert '实际改造成本' in d.find_element(By.CSS_SELECTOR, 'details.basis[open] p').text
        shot(d, '31-summary-table')
        d.get(BASE + '/cgi-bin/summary.cgi?batch=%s&state=all&format=print' % batch)
        shot(d, '32-summary-print')
        d.get(BASE + '/cgi-bin/kpi.cgi?batch=%s&state=all' % batch)
        shot(d, '33-summary-kpi')
    except Exception:
        on_failure(d, __name__)
        raise
    finally:
        d.quit()
