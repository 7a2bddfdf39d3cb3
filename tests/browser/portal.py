#!/usr/bin/env python3
"""Browser test of the citizen portal in headless Chromium (Debian's chromium and
chromium-driver, driven by Selenium): file a complaint in French and in Mooré, with
JavaScript and without, read the receipt, and track the complaint with its secret.

    python3 tests/browser/portal.py [path/to/redress]

Without Chromium the test is skipped with a message, except under CI=true where it fails.
"""
import os, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "scripts"))
from redress_server import binary_path, running_server

CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


def skip_or_fail(why):
    if os.environ.get("CI") == "true":
        sys.exit(f"browser test: {why} (required under CI=true)")
    print(f"SKIPPED: browser test: {why}")
    sys.exit(0)


def browser(javascript):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=360,800",
                 f"--user-data-dir={tempfile.mkdtemp(prefix='redress-chromium-')}"]:
        opts.add_argument(flag)
    if not javascript:
        opts.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service(DRIVER), options=opts)


def wait_for(d, suffix):
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(d, 15).until(lambda drv: drv.current_url.endswith(suffix))


def fits_320_pixels(base, lang):
    """Every citizen page is usable on a 320-pixel-wide screen: nothing scrolls sideways."""
    d = browser(True)
    try:
        d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                          {"width": 320, "height": 800, "deviceScaleFactor": 1, "mobile": True})
        for path in ["/", "/complaints/new", "/track", "/privacy"]:
            d.get(f"{base}{path}?lang={lang}")
            width = d.execute_script("return window.innerWidth")
            overflow = d.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert width == 320, width
            assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
    finally:
        d.quit()


def file_and_track(base, lang, javascript):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    d = browser(javascript)
    try:
        d.get(f"{base}/?lang={lang}")
        assert d.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
        d.find_element(By.CSS_SELECTOR, "main a.button[href='/complaints/new']").click()
        wait_for(d, "/complaints/new")
        Select(d.find_element(By.ID, "category")).select_by_value("SAN-STOCKOUT")
        Select(d.find_element(By.ID, "commune")).select_by_value("BF530102")
        d.find_element(By.ID, "address").send_keys("CMA de Dô")
        words = f"Plus de paracétamol au dépôt depuis deux semaines ({lang}, js={javascript})."
        d.find_element(By.ID, "description").send_keys(words)
        d.find_element(By.ID, "phone").send_keys("70 11 22 33")
        # A first try without consent comes back with the error and the text kept.
        d.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        from selenium.webdriver.support.ui import WebDriverWait
        WebDriverWait(d, 15).until(lambda drv: drv.find_elements(By.ID, "consent-error"))
        assert d.find_element(By.ID, "consent-error").is_displayed()
        assert d.find_element(By.ID, "description").get_attribute("value") == words
        d.find_element(By.ID, "consent").click()
        d.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        wait_for(d, "/complaints/receipt")
        assert d.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
        code = d.find_element(By.ID, "tracking-code").text
        secret = d.find_element(By.ID, "secret").text
        assert len(code) == 13 and len(secret) == 8, (code, secret)
        d.get(f"{base}/track")
        d.find_element(By.ID, "code").send_keys(code.lower().replace("-", " "))
        d.find_element(By.ID, "secret").send_keys(secret)
        d.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        wait_for(d, f"/track/{code}")
        assert words in d.page_source, "the complainant sees their complaint"
        status = d.find_element(By.ID, "status").text
        assert status, "a status is shown"
        return code
    finally:
        d.quit()


def officer_handles_a_complaint(base, data, binary):
    """An officer signs in, finds a complaint in the triage queue and takes it to the answer."""
    import json, subprocess, urllib.request
    from selenium.webdriver.common.by import By
    env = {**os.environ, "REDRESS_DATA_DIR": data, "REDRESS_PASSWORD": "mot de passe de test"}
    env.pop("REDRESS_DATABASE_URL", None)
    subprocess.run([binary, "user", "add", "--email", "agent@sante.bf", "--name", "Mariam Sawadogo",
                    "--role", "officer", "--unit", "SAN-BF13"], env=env, cwd=data, check=True, capture_output=True)
    body = json.dumps({"category": "SAN-WAIT", "description": "Six heures d'attente aux urgences du CMA.",
                       "location": {"commune": "BF130004"}}).encode()
    req = urllib.request.Request(base + "/api/v1/complaints", data=body, headers={"Content-Type": "application/json"})
    code = json.loads(urllib.request.urlopen(req).read())["tracking_code"]
    d = browser(False)
    try:
        d.get(base + "/staff/?lang=fr")
        d.find_element(By.ID, "email").send_keys("agent@sante.bf")
        d.find_element(By.ID, "password").send_keys("mot de passe de test")
        d.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        wait_for(d, "/staff/home")
        d.get(base + "/staff/queue?view=triage")
        d.find_element(By.LINK_TEXT, code).click()
        wait_for(d, f"/staff/complaints/{code}")

        def act(action, fill=None):
            form = d.find_element(By.ID, f"action-{action}")
            if fill:
                name, value = fill
                form.find_element(By.NAME, name).send_keys(value)
            before = len(d.find_elements(By.CSS_SELECTOR, "ol.history li"))
            form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
            from selenium.common.exceptions import WebDriverException
            from selenium.webdriver.support.ui import WebDriverWait

            def recorded(drv):
                # Each action adds one event to the history of the page it lands on. While the
                # page is being replaced, Chromium may answer about nodes of the old document
                # with an error: that means "not yet", not a failure.
                try:
                    return len(drv.find_elements(By.CSS_SELECTOR, "ol.history li")) > before \
                        or bool(drv.find_elements(By.CSS_SELECTOR, ".summary"))
                except WebDriverException:
                    return False
            WebDriverWait(d, 15).until(recorded)
            assert not d.find_elements(By.CSS_SELECTOR, ".summary"), d.find_element(By.CSS_SELECTOR, ".summary").text

        act("accept")
        act("assign", ("assignee", "agent@sante.bf"))
        act("start")
        act("answer", ("message", "Un second médecin assure désormais les urgences de nuit."))
        status = d.find_element(By.ID, "status").text
        assert status == "Répondue", status
        assert "Un second médecin" in d.page_source
    finally:
        d.quit()
    return code


def main():
    if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
        skip_or_fail("chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)")
    try:
        import selenium  # noqa: F401
    except ImportError:
        skip_or_fail("the selenium package is missing (pip install selenium)")
    binary = sys.argv[1] if len(sys.argv) > 1 else binary_path()
    with running_server(binary) as (base, _, data):
        codes = []
        for javascript in (False, True):
            for lang in ("fr", "mos"):
                codes.append(file_and_track(base, lang, javascript))
                print(f"ok: filed and tracked {codes[-1]} in {lang}, javascript {'on' if javascript else 'off'}")
        assert len(set(codes)) == 4
        for lang in ("fr", "mos"):
            fits_320_pixels(base, lang)
            print(f"ok: every page fits 320 pixels in {lang}")
        handled = officer_handles_a_complaint(base, data, binary)
        print(f"ok: an officer took {handled} from the triage queue to the answer")
    print("browser test passed")


if __name__ == "__main__":
    main()
