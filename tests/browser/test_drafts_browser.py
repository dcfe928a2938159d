"""Real browser: the copy of unsaved fields that the script keeps in
localStorage belongs to the user who typed them.  It survives an expired
session (the same user signs in again and gets it back), is dropped at logout,
and is dropped when another user signs in on the same browser (issue 17, 8)."""
from dt import sql
from browser_util import browser, login, submit, on_failure, BASE
from filing import register_platform, start

PW = 'Test-password-2026'


def drafts(d):
    return d.execute_script("var o = {}; for (var i = 0; i < localStorage.length; i++) {"
                            " var k = localStorage.key(i); if (k.indexOf('dtpilot:') === 0) o[k] = localStorage.getItem(k); }"
                            " return o;")


def type_plan(d, app, text):
    from selenium.webdriver.common.by import By
    d.get(BASE + '/cgi-bin/app_edit.cgi?id=%s&section=plan' % app)
    d.find_element(By.ID, 'f-plan_1').send_keys(text)


def test_drafts_belong_to_their_user():
    from selenium.webdriver.common.by import By
    a, na = register_platform('dra', '草稿测试平台#', '5')
    app = start(a)
    uid = sql("SELECT id FROM accounts WHERE username='dra%06d'" % na)[0][0]
    _, nb = register_platform('drb', '草稿测试平台#', '6')
    d = browser()
    try:
        d.get(BASE + '/cgi-bin/login.cgi')
        d.execute_script('localStorage.clear()')
        login(d, 'dra%06d' % na, PW)
        type_plan(d, app, '尚未保存的平台介绍')
        keys = list(drafts(d))
        form = d.find_element(By.CSS_SELECTOR, 'form[data-autosave]').get_attribute('data-autosave')
        assert form.endswith('-%s-plan' % app), form                           # the page and the section
        assert 'dtpilot:%s:%s' % (uid, form) in keys, keys                     # keyed by the user
        # the session expires (no logout): the same user signs in again and is offered the copy
        sql("DELETE FROM sessions WHERE account_id=%s" % uid)
        login(d, 'dra%06d' % na, PW)
        d.get(BASE + '/cgi-bin/app_edit.cgi?id=%s&section=plan' % app)
        assert '此页有尚未保存到服务器的内容' in d.page_source
        # logout drops every copy
        submit(d, 'form[data-logout] button')
        assert drafts(d) == {}, drafts(d)
        # a copy left behind by an expired session is dropped when another user signs in
        login(d, 'dra%06d' % na, PW)
        type_plan(d, app, '另一段未保存的内容')
        assert any(k.startswith('dtpilot:%s:' % uid) for k in drafts(d))
        sql("DELETE FROM sessions WHERE account_id=%s" % uid)
        login(d, 'drb%06d' % nb, PW)
        assert not any(k.startswith('dtpilot:%s:' % uid) for k in drafts(d)), drafts(d)
        assert d.find_element(By.TAG_NAME, 'body').get_attribute('data-user') != uid
    except Exception:
        on_failure(d, 'drafts')
        raise
    finally:
        d.quit()
