#!/usr/bin/env python3
"""Browser test of the citizen portal in headless Chromium (Debian's chromium and
chromium-driver, driven by Selenium): file a complaint in French and in Mooré, with
JavaScript and without, read the receipt, and track the complaint with its secret; attach a
2 MB photo, sent about ten times smaller with JavaScript and as it is without; an officer
takes a complaint to its answer; and axe-core (WCAG 2.1 A and AA rules) finds no violation on
any citizen or staff page, at phone and desk widths.

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


# A photo-like picture (shapes, a line of text and sensor-like noise) drawn by Chromium itself,
# so that the test needs no image library: arguments width, height, noise, JPEG quality.
NOISY_PHOTO_JS = """
const [w, h, amp, quality] = arguments;
let seed = 12345;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const c = document.createElement('canvas'); c.width = w; c.height = h;
const x = c.getContext('2d');
const g = x.createLinearGradient(0, 0, w, h);
g.addColorStop(0, '#7aa7d8'); g.addColorStop(0.6, '#d8c9a3'); g.addColorStop(1, '#5b7a3a');
x.fillStyle = g; x.fillRect(0, 0, w, h);
for (let i = 0; i < 400; i++) {
  x.fillStyle = `hsla(${rnd() * 360},${30 + rnd() * 50}%,${25 + rnd() * 50}%,${0.3 + rnd() * 0.6})`;
  x.beginPath(); x.ellipse(rnd() * w, rnd() * h, 10 + rnd() * w / 6, 10 + rnd() * h / 6, rnd() * 3, 0, 6.3); x.fill();
}
x.fillStyle = '#111'; x.font = `${Math.round(h / 12)}px sans-serif`;
x.fillText('Rupture de stock au CMA de Do', w / 20, h / 2);
const img = x.getImageData(0, 0, w, h), d = img.data;
for (let i = 0; i < d.length; i += 4) { const n = (rnd() - 0.5) * amp; d[i] += n; d[i + 1] += n; d[i + 2] += n; }
x.putImageData(img, 0, 0);
return c.toDataURL('image/jpeg', quality);
"""


def noisy_photo(folder):
    """A 3000 x 2000 JPEG of about 2 MB, as a phone camera would give, written to `folder`."""
    import base64
    d = browser(True)
    try:
        url = d.execute_script(NOISY_PHOTO_JS, 3000, 2000, 40, 0.9)
    finally:
        d.quit()
    path = os.path.join(folder, "depot.jpeg")
    with open(path, "wb") as f:
        f.write(base64.b64decode(url.split(",", 1)[1]))
    return path


def stored_attachment(data, code):
    """(size in bytes, content type, file name) of the complaint's attachment, from the database."""
    import sqlite3
    db = sqlite3.connect(f"file:{os.path.join(data, 'redress.db')}?mode=ro", uri=True)
    try:
        return db.execute(
            "SELECT a.size_bytes, a.content_type, a.file_name FROM attachments a "
            "JOIN complaints c ON c.id = a.complaint_id WHERE c.tracking_code = ?",
            (code.replace("-", ""),)).fetchone()
    finally:
        db.close()


def file_with_photo(base, photo, javascript):
    """Files a complaint with `photo` attached; returns the tracking code and, with JavaScript,
    the status line and (name, type, size, width, height) of the file the form sends."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait
    d = browser(javascript)
    try:
        d.get(f"{base}/complaints/new?lang=fr")
        Select(d.find_element(By.ID, "category")).select_by_value("SAN-STOCKOUT")
        d.find_element(By.ID, "description").send_keys(
            f"Le dépôt est vide, voici la photo des étagères (javascript {javascript}).")
        d.find_element(By.ID, "attachment").send_keys(photo)
        shown, sent = None, None
        if javascript:
            WebDriverWait(d, 30).until(lambda drv: drv.find_element(By.ID, "attachment-shrunk").text)
            shown = d.find_element(By.ID, "attachment-shrunk").text
            sent = d.execute_async_script("""
                const done = arguments[arguments.length - 1];
                const f = document.getElementById('attachment').files[0];
                createImageBitmap(f).then((b) => done([f.name, f.type, f.size, b.width, b.height]),
                                          (e) => done(String(e)));""")
        else:
            assert not d.find_elements(By.ID, "attachment-shrunk")
        d.find_element(By.ID, "consent").click()
        d.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        wait_for(d, "/complaints/receipt")
        return d.find_element(By.ID, "tracking-code").text, shown, sent
    finally:
        d.quit()


def photo_is_made_smaller(base, data):
    """With JavaScript the page sends a large photo as a JPEG of about 200 KB; without it, the
    photo as chosen."""
    import re, shutil
    folder = tempfile.mkdtemp(prefix="redress-photo-")
    try:
        photo = noisy_photo(folder)
        original = os.path.getsize(photo)
        assert 1_500_000 <= original <= 3_000_000, original
        code, _, _ = file_with_photo(base, photo, javascript=False)
        assert stored_attachment(data, code) == (original, "image/jpeg", "photo.jpg"), \
            stored_attachment(data, code)
        code, shown, sent = file_with_photo(base, photo, javascript=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert isinstance(sent, list), sent
    name, kind, size, width, height = sent
    assert (name, kind) == ("depot.jpg", "image/jpeg"), sent
    assert 1024 <= max(width, height) <= 1600 and abs(width / height - 1.5) < 0.01, sent
    assert stored_attachment(data, code) == (size, "image/jpeg", "photo.jpg"), \
        (stored_attachment(data, code), sent)
    assert size < 300 * 1024, size
    assert re.fullmatch(r"Photo réduite : \d,\d Mo → \d+ Ko", shown), shown
    saved = (original - size) * 8 / 50_000
    return original, size, width, height, saved


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


AXE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "axe", "node_modules", "axe-core", "axe.min.js")
WIDTHS = {"phone": 360, "desk": 1280}


def violations(d):
    """axe-core's WCAG 2.1 A/AA violations on the page in `d` (injected by the driver, which
    the page's content security policy does not restrict)."""
    d.execute_script(open(AXE, encoding="utf-8").read())
    result = d.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
           .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' @ ' +
                                            v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))))
           .catch(e => done(['axe failed: ' + e]));""")
    return result


def accessible_everywhere(base, data, binary, tracked):
    """Every citizen and staff page, at phone and desk widths: no axe-core violation."""
    import subprocess
    from selenium.webdriver.common.by import By
    env = {**os.environ, "REDRESS_DATA_DIR": data, "REDRESS_PASSWORD": "mot de passe de test"}
    env.pop("REDRESS_DATABASE_URL", None)
    subprocess.run([binary, "user", "add", "--email", "admin@redress.bf", "--name", "Aminata Kaboré",
                    "--role", "admin"], env=env, cwd=data, check=True, capture_output=True)
    citizen = ["/", "/complaints/new", "/complaints/new?sp=NO-SUCH-POSTER", "/track", f"/track/{tracked}", "/privacy", "/stats", "/open-data"]
    staff = ["/staff/home", "/staff/queue", "/staff/queue?view=triage", f"/staff/complaints/{tracked}",
             "/staff/users", "/staff/password", "/staff/security", "/staff/guide", "/staff/intake",
             "/staff/handbook", "/staff/handbook/handling", "/staff/posters",
             "/staff/admin/categories", "/staff/admin/units", "/staff/admin/routing",
             "/staff/admin/holidays", "/staff/admin/retention", "/staff/admin/log"]
    found, checked = [], 0
    # With JavaScript on: axe-core runs in the page (the pages are the same; the form's photo
    # script adds nothing visible until a photo is chosen).
    d = browser(True)
    d.set_script_timeout(60)
    try:
        def check(label):
            nonlocal checked
            checked += 1
            found.extend(f"{label} ({width}): {v}" for v in violations(d))

        for width, pixels in WIDTHS.items():
            d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                              {"width": pixels, "height": 900, "deviceScaleFactor": 1, "mobile": pixels < 600})
            d.delete_all_cookies()
            for path in citizen:
                for lang in ("fr", "mos"):
                    d.get(f"{base}{path}{'&' if '?' in path else '?'}lang={lang}")
                    check(f"{path} {lang}")
            # The form with its errors, a receipt, a failed lookup.
            d.get(f"{base}/complaints/new?lang=fr")
            d.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
            wait_for_element(d, "#consent-error")
            check("/complaints/new with errors")
            from selenium.webdriver.support.ui import Select
            Select(d.find_element(By.ID, "category")).select_by_value("SAN-WAIT")
            Select(d.find_element(By.ID, "commune")).select_by_value("BF130004")
            d.find_element(By.ID, "description").send_keys("Quatre heures d'attente au CSPS de Gounghin.")
            d.find_element(By.ID, "consent").click()
            d.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
            wait_for(d, "/complaints/receipt")
            check("/complaints/receipt")
            d.get(f"{base}/track")
            d.find_element(By.ID, "code").send_keys(tracked)
            d.find_element(By.ID, "secret").send_keys("00000000")
            d.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
            wait_for_element(d, ".summary, [role=alert], .error")
            check("/track with a wrong secret")
            d.get(f"{base}/staff/?lang=fr")
            check("/staff/")
            d.find_element(By.ID, "email").send_keys("admin@redress.bf")
            d.find_element(By.ID, "password").send_keys("mot de passe de test")
            d.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
            wait_for(d, "/staff/home")
            for path in staff:
                d.get(base + path)
                check(path)
    finally:
        d.quit()
    assert not found, "accessibility violations:\n  " + "\n  ".join(found)
    return checked


def training_pages_are_accessible(base):
    """`serve --training`: the banner on citizen and staff pages, the held messages in the
    admin's inbox, and no axe-core violation on any of them."""
    from selenium.webdriver.common.by import By
    import json, urllib.request
    body = json.dumps({"category": "SAN-WAIT", "description": "Six heures d'attente aux urgences du CMA.",
                       "location": {"commune": "BF130004"},
                       "complainant": {"name": "Awa", "phone": "70 11 22 33"}}).encode()
    req = urllib.request.Request(base + "/api/v1/complaints", data=body, headers={"Content-Type": "application/json"})
    code = json.loads(urllib.request.urlopen(req).read())["tracking_code"]
    found, checked = [], 0
    d = browser(True)
    d.set_script_timeout(60)
    try:
        for width, pixels in WIDTHS.items():
            d.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                              {"width": pixels, "height": 900, "deviceScaleFactor": 1, "mobile": pixels < 600})
            d.delete_all_cookies()
            d.get(base + "/?lang=fr")
            assert "Mode formation." in d.find_element(By.CSS_SELECTOR, ".training").text
            found.extend(f"/ ({width}): {v}" for v in violations(d))
            d.get(base + "/staff/?lang=fr")
            d.find_element(By.ID, "email").send_keys("admin@demo.redress.bf")
            d.find_element(By.ID, "password").send_keys("formation-redress-2026")
            d.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
            wait_for(d, "/staff/home")
            for path in ["/staff/home", "/staff/training/inbox"]:
                d.get(base + path)
                assert d.find_elements(By.CSS_SELECTOR, ".training"), path
                found.extend(f"{path} ({width}): {v}" for v in violations(d))
            assert code in d.page_source, "the receipt is in the trainers' inbox"
            # The trainer prepares every demo account's exercises in one action (once).
            d.get(base + "/staff/training")
            buttons = d.find_elements(By.CSS_SELECTOR, "form[action='/staff/training/prepare'] button")
            if buttons:
                from selenium.webdriver.support.ui import WebDriverWait
                buttons[0].click()
                WebDriverWait(d, 60).until(lambda drv: not drv.find_elements(
                    By.CSS_SELECTOR, "form[action='/staff/training/prepare']") or
                    drv.find_elements(By.CSS_SELECTOR, "#training-error"))
            assert not d.find_elements(By.CSS_SELECTOR, "#training-error"), d.page_source
            rows = d.find_elements(By.CSS_SELECTOR, "tr[data-exercise]")
            assert len(rows) >= 15, f"the demo accounts' exercises: {len(rows)}"
            found.extend(f"/staff/training ({width}): {v}" for v in violations(d))
            d.get(base + "/staff/training/exercises")
            found.extend(f"/staff/training/exercises ({width}): {v}" for v in violations(d))
            checked += 5
    finally:
        d.quit()
    assert not found, "accessibility violations:\n  " + "\n  ".join(found)
    return checked


def wait_for_element(d, css):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(d, 15).until(lambda drv: drv.find_elements(By.CSS_SELECTOR, css))


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
        original, size, width, height, saved = photo_is_made_smaller(base, data)
        print(f"ok: a {original} byte photo is sent as is without JavaScript, as {size} bytes "
              f"({width} x {height}) with it: {saved:.0f} s less at 50 kbit/s")
        handled = officer_handles_a_complaint(base, data, binary)
        print(f"ok: an officer took {handled} from the triage queue to the answer")
        if not os.path.exists(AXE):
            skip_or_fail("axe-core is missing: run ./scripts/setup (npm ci in tests/browser/axe)")
        checked = accessible_everywhere(base, data, binary, handled)
        print(f"ok: axe-core (WCAG 2.1 A and AA) finds no violation on {checked} page views "
              f"at {' and '.join(f'{w} px' for w in WIDTHS.values())}")
    with running_server(binary, extra_env={"REDRESS_TRAINING": "true"}) as (base, _, _):
        checked = training_pages_are_accessible(base)
        print(f"ok: a training server: the banner, the trainers' inbox, every demo account's exercises "
              f"prepared in one action, no axe-core violation "
              f"on {checked} page views")
    print("browser test passed")


if __name__ == "__main__":
    main()
