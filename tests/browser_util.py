"""Headless Chromium helpers for the browser tests."""
import os
from dt import VAR, PORT

SHOTS = os.path.join(VAR, 'screenshots')
BASE = 'http://127.0.0.1:%d' % PORT


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    o = webdriver.ChromeOptions()
    for a in ('--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
              '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--window-size=1280,900',
              '--lang=zh-CN', '--user-data-dir=' + os.path.join(VAR, 'chromium-profile')):
        o.add_argument(a)
    o.binary_location = '/usr/bin/chromium'
    return webdriver.Chrome(service=Service('/usr/bin/chromedriver'), options=o)


def shot(d, name):
    os.makedirs(SHOTS, exist_ok=True)
    path = os.path.join(SHOTS, name + '.png')
    d.save_screenshot(path)
    assert os.path.getsize(path) > 10000
    return path


def wait_replaced(d, old):
    """Waits until the page that `old` (its <html>) belonged to has been replaced
    and the new one has loaded.  Selenium's staleness_of is not enough here: for
    a node of a page being torn down, Chrome may answer "Node ... does not belong
    to the document" (a plain WebDriverException), which it lets escape."""
    from selenium.webdriver.support.ui import WebDriverWait

    def gone(_):
        try:
            old.is_enabled()
            return False
        except Exception:
            return True
    WebDriverWait(d, 15).until(gone)
    WebDriverWait(d, 15).until(lambda x: x.execute_script('return document.readyState') == 'complete')


def submit(d, css='button.primary'):
    """Clicks a submit button and waits until the next page has loaded."""
    from selenium.webdriver.common.by import By
    old = d.find_element(By.TAG_NAME, 'html')
    d.find_element(By.CSS_SELECTOR, css).click()
    wait_replaced(d, old)


def cjk_renders(d, text):
    """True when the text is drawn with a font that has the glyphs (not tofu):
    a CJK font must be available and give the characters full-width advances."""
    return d.execute_script("""
        const ok = document.fonts.check('16px "Noto Sans CJK SC"');
        const c = document.createElement('canvas').getContext('2d');
        c.font = '16px "Noto Sans CJK SC", sans-serif';
        const w = c.measureText(arguments[0]).width / arguments[0].length;
        return ok && w > 14;""", text)




def on_failure(d, name):
    """Keeps the evidence of a failed browser test: a screenshot and the page source."""
    try:
        # outside var/test, which the next `make test` starts by deleting
        keep = os.path.join(os.path.dirname(VAR), 'failed-screenshots')
        os.makedirs(keep, exist_ok=True)
        d.save_screenshot(os.path.join(keep, 'FAILED-%s.png' % name))
        open(os.path.join(keep, 'FAILED-%s.html' % name), 'w', encoding='utf-8').write(d.page_source)
    except Exception:
        pass


def login(d, user, password='demo-password-2026'):
    """Signs in through the login form and waits for the home page."""
    from selenium.webdriver.common.by import By
    d.get(BASE + '/cgi-bin/login.cgi')
    d.find_element(By.ID, 'f-username').send_keys(user)
    d.find_element(By.ID, 'f-password').send_keys(password)
    submit(d)
