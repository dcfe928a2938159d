"""Real browser: platform1 completes and submits its application (every
section through the forms, a served enterprise with its proofs, the
营业执照 and 信用报告 uploads), then opens the print view.  Screenshots in
var/test/screenshots/ (1x-filing-*)."""
import os, re
from dt import VAR, sql, pdf, png, day
from browser_util import browser, shot, submit, login, on_failure, wait_replaced, BASE
from filing import sections, uscc


def save(d, By):
    submit(d)
    assert '已保存为草稿' in d.page_source, d.page_source[:3000]


def test_platform1_files_and_prints_in_a_real_browser():
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    tmp = os.path.join(VAR, 'tmp')
    os.makedirs(tmp, exist_ok=True)
    files = {}
    for name, data in (('营业执照.pdf', pdf('browser license')), ('信用报告.pdf', pdf('browser credit')),
                       ('合同.pdf', pdf('browser contract')), ('发票.pdf', pdf('browser invoice')),
                       ('效果场景.png', png(99))):
        files[name] = os.path.join(tmp, name)
        open(files[name], 'wb').write(data)
    from selenium.webdriver.support.ui import WebDriverWait
    from selenium.webdriver.support import expected_conditions as EC
    d = browser()
    try:
        login(d, 'platform1')
        d.get(d.find_element(By.LINK_TEXT, '我的申报').get_attribute('href'))
        assert '申请报告各部分' in d.page_source
        app = re.search(r'app_edit.cgi\?id=(\d+)', d.page_source).group(1)
        data = sections('150102', 11, '内蒙古草原云数字科技有限公司')
        # 基本信息
        d.get(BASE + '/cgi-bin/app_edit.cgi?id=%s&section=basic' % app)
        for k in ('legal_rep', 'reg_address'):
            e = d.find_element(By.ID, 'f-' + k); e.clear(); e.send_keys(data['basic'][k])
        # 所在旗县区 is the registered one, shown and not chosen (it decides who reviews the application)
        reg = d.find_element(By.ID, 'f-region')
        assert reg.get_attribute('readonly') is not None and '新城区' in reg.get_attribute('value')
        d.execute_script("document.getElementById('f-apply_date').value = '%s'" % day())
        save(d, By)
        shot(d, '10-filing-basic')
        # 申报细分行业
        d.get(BASE + '/cgi-bin/app_edit.cgi?id=%s&section=industry' % app)
        Select(d.find_element(By.ID, 'f-sub_industry')).select_by_value('11')
        save(d, By)
        # 申报条件 and 承诺书: every box ticked through its label
        for sec, names in (('conditions', ['cond%d' % i for i in range(1, 6)]),
                           ('pledge', ['pledge%d' % i for i in range(1, 6)])):
            d.get(BASE + '/cgi-bin/app_edit.cgi?id=%s&section=%s' % (app, sec))
            for n in names:
                box = d.find_element(By.ID, 'f-' + n)
                if not box.is_selected():
                    d.find_element(By.CSS_SELECTOR, 'label[for="f-%s"]' % n).click()
            if sec == 'pledge':
                e = d.find_element(By.ID, 'f-signatory'); e.clear(); e.send_keys('王法人')
                d.execute_script("document.getElementById('f-pledge_date').value = '%s'" % day())
            save(d, By)
        shot(d, '11-filing-pledge')
        # 实施方案: the live counter counts characters as the user types
        d.get(BASE + '/cgi-bin/app_edit.cgi?id=%s&section=plan' % app)
        t = d.find_element(By.ID, 'f-plan_1'); t.clear(); t.send_keys('平台主要服务功能：设备联网、数据采集与生产管理。')
        assert d.find_element(By.ID, 'c-plan_1').text == '24 / 3000 字'
        shot(d, '12-filing-plan')
        save(d, By)
        # 绩效评价目标表
        d.get(BASE + '/cgi-bin/app_edit.cgi?id=%s&section=kpi' % app)
        for k, v in data['kpi'].items():
            e = d.find_element(By.ID, 'f-' + k); e.clear(); e.send_keys(v)
        save(d, By)
        shot(d, '13-filing-kpi')
        # the sixth served enterprise, with its proofs
        d.get(BASE + '/cgi-bin/app_ent.cgi?id=%s' % app)
        d.find_element(By.ID, 'f-name').send_keys('呼和浩特浏览器试点企业有限公司')
        d.find_element(By.ID, 'f-credit_code').send_keys(uscc('91150102MAY000099'))
        Select(d.find_element(By.ID, 'f-region')).select_by_value('150104')
        Select(d.find_element(By.ID, 'f-scale')).select_by_value('small')
        Select(d.find_element(By.ID, 'f-ent_sub')).select_by_value('11')
        d.execute_script("document.getElementById('f-contract_date').value = '%s'" % day())
        d.find_element(By.ID, 'f-service_content').send_keys('生产设备联网与能耗监测')
        d.find_element(By.ID, 'f-contract').send_keys('80')
        d.find_element(By.ID, 'f-cost').send_keys('75.5')
        # the amount in 元 and the 奖补资金额 the rule gives, as the clerk types
        assert '755,000 元' in d.find_element(By.ID, 'm-cost').text
        assert '15.1000 万元' in d.find_element(By.ID, 'subsidy-rule').text
        d.find_element(By.ID, 'f-f_contract').send_keys(files['合同.pdf'])
        d.find_element(By.ID, 'f-f_invoice').send_keys(files['发票.pdf'])
        d.find_element(By.ID, 'f-f_scene').send_keys(files['效果场景.png'])
        submit(d)
        assert '奖补资金额 15.1000 万元' in d.page_source, d.page_source[:2000]   # 75.5 x 20%
        shot(d, '14-filing-enterprise')
        # 附件材料
        for kind, name in (('license', '营业执照.pdf'), ('credit', '信用报告.pdf')):
            d.get(BASE + '/cgi-bin/app_files.cgi?id=%s' % app)
            d.find_element(By.CSS_SELECTOR, 'label[for="f-%s"]' % kind).click()
            d.find_element(By.ID, 'f-upload').send_keys(files[name])
            submit(d)
            assert '已上传' in d.page_source
        # 校验, then submit (accepting the confirmation)
        d.get(BASE + '/cgi-bin/app.cgi?id=%s&check=1' % app)
        assert '未发现问题，可以提交' in d.page_source, re.findall(r'<li><a[^>]*>([^<]*)', d.page_source)
        shot(d, '15-filing-check')
        old = d.find_element(By.TAG_NAME, 'html')
        d.find_element(By.XPATH, '//button[text()="提交申请报告"]').click()
        WebDriverWait(d, 10).until(EC.alert_is_present()).accept()
        from selenium.webdriver.support.ui import WebDriverWait
        from selenium.webdriver.support import expected_conditions as EC
        wait_replaced(d, old)
        assert '已提交第 1 版' in d.page_source
        code = sql("SELECT code FROM app_versions WHERE application_id=%s" % app)[0][0]
        d.get(BASE + '/cgi-bin/app_print.cgi?id=%s' % app)
        src = d.page_source
        assert '呼和浩特市食品、饮料、烟草专用设备制造行业<br>中小企业' in src and code[:4] + '-' in src
        assert '呼和浩特浏览器试点企业有限公司' in src and '15.1000' in src
        assert d.execute_script("return document.querySelector('.print-footer img').naturalWidth") > 0
        shot(d, '16-filing-print')
        d.execute_script("window.scrollTo(0, document.body.scrollHeight * 0.55)")
        shot(d, '17-filing-print-table')
    except Exception:
        on_failure(d, __name__)
        raise
    finally:
        d.quit()
