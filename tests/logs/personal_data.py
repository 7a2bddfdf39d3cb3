#!/usr/bin/env python3
"""No personal data in any log line, at any level (issue 13).

`redress demo` and then `redress serve` run with REDRESS_LOG=trace (every level of Redress
and of its libraries) on a fresh SQLite folder; the script then does what citizens, staff
and gateways do: files complaints with names, phone numbers and e-mail addresses through
the API, the no-JS form, SMS (the Kannel route) and USSD; follows them with the secret;
signs staff in (and fails once), opens a denunciation and reveals its author, uses an API
token. Afterwards every line both processes wrote is searched for the demo data's staff
names, e-mails and complainants' phone numbers, and for what this run sent: names, numbers,
addresses, descriptions, secrets, passwords and tokens, in the forms they may take (phone
numbers as typed and as stored). Any match fails the test and prints the lines.

    .venv/bin/python3 tests/logs/personal_data.py [path/to/redress]
"""
import os, re, subprocess, sys, tempfile, time

import requests

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from redress_server import binary_path, free_port  # noqa: E402

PASSWORD = "formation-redress-2026"  # the demo accounts' (cli/demo.rs)
NAME = "Salimata Yaméogo-Kinda"
PHONE_TYPED, PHONE_STORED = "76 54 32 10", "+22676543210"
EMAIL = "salimata.kinda@example.bf"
DESCRIPTION = "Le surveillant Tiémoko Barry exige 2500 F pour le bulletin de ma fille Rokia."
SMS_PHONE, SMS_TEXT = "+22665432109", "SANTE On m'a fait payer le carnet de vaccination au CSPS de Gounghin"
USSD_PHONE = "+22671112233"


def demo_people():
    """The demo's staff (names, e-mails) and complainants' numbers, read from its source."""
    source = open(os.path.join(ROOT, "crates/redress/src/cli/demo.rs"), encoding="utf-8").read()
    staff = re.findall(r'"([^"]+@demo\.redress\.bf)",\s*"([^"]+)"', source)
    assert len(staff) >= 10, "the demo's staff list was not found in cli/demo.rs"
    secrets = []
    for email, name in staff:
        secrets += [email, name]
    # Phones "70 00 {i/100:02} {i%100:02}": as typed and as stored (E.164).
    secrets += ["70 00 00 0", "+2267000", "2267000000"]
    return secrets


def main():
    binary = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else binary_path()
    with tempfile.TemporaryDirectory(prefix="redress-logs-") as data:
        env = {**os.environ, "REDRESS_DATA_DIR": data, "REDRESS_LOG": "trace",
               "REDRESS_FILINGS_PER_MINUTE": "0", "REDRESS_LOOKUPS_PER_MINUTE": "0",
               "REDRESS_SIGN_INS_PER_MINUTE": "0", "REDRESS_GATEWAY_ALLOW": "127.0.0.1",
               "REDRESS_PASSWORD": PASSWORD}
        for key in ("REDRESS_DATABASE_URL", "REDRESS_CONFIG", "RUST_LOG"):
            env.pop(key, None)
        logs = os.path.join(data, "logs.txt")
        # `redress demo` reports to the trainer who it made (the accounts, on purpose): that
        # report is its output, not a log line; its log lines are kept.
        demo = subprocess.run([binary, "demo"], env=env, cwd=data, check=True, capture_output=True, text=True)
        report = [line for line in demo.stderr.splitlines() if line.startswith(("redress: ", "  "))]
        assert any("@demo.redress.bf" in line for line in report), "the demo's report lists its accounts"
        with open(logs, "w") as out:
            out.write("".join(line + "\n" for line in demo.stderr.splitlines() + demo.stdout.splitlines()
                              if line not in report))
        with open(logs, "ab") as out:
            token = subprocess.run([binary, "token", "create", "--email", "superviseur.sante@demo.redress.bf"],
                                   env=env, cwd=data, check=True, capture_output=True, text=True).stdout.strip()
            port = free_port()
            server = subprocess.Popen([binary, "serve", "--listen", f"127.0.0.1:{port}"],
                                      env=env, cwd=data, stdout=out, stderr=out)
            base = f"http://127.0.0.1:{port}"
            try:
                wait_until_up(base)
                sent = exercise(base, token)
            finally:
                server.terminate()
                server.wait(timeout=30)
        text = open(logs, encoding="utf-8", errors="replace").read()
    lines = text.splitlines()
    assert len(lines) > 500, f"only {len(lines)} log lines: was REDRESS_LOG=trace taken?"
    assert "redress" in text and "sqlx" in text, "libraries' lines are in the log too"
    found = []
    for secret in demo_people() + sent:
        for line in lines:
            if secret.lower() in line.lower():
                found.append((secret, line[:300]))
    print(f"personal data in logs: {len(lines)} lines at trace level searched for "
          f"{len(demo_people()) + len(sent)} values: {len(found)} found")
    for secret, line in found[:40]:
        print(f"  {secret!r} in: {line}")
    sys.exit(1 if found else 0)


def wait_until_up(base):
    for _ in range(300):
        try:
            requests.get(base + "/healthz", timeout=1)
            return
        except requests.RequestException:
            time.sleep(0.1)
    raise RuntimeError("redress serve did not start")


def field(html, name):
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)


def exercise(base, token):
    """What people do; returns the values that must not be in the logs."""
    sent = [NAME, PHONE_TYPED, PHONE_STORED, "76543210", EMAIL, DESCRIPTION, "Tiémoko", "Rokia",
            SMS_PHONE, SMS_PHONE[1:], SMS_TEXT, "vaccination au CSPS", USSD_PHONE, USSD_PHONE[1:],
            PASSWORD, token]
    # The API: a named complaint, a denunciation, follow-up with the secret (and a wrong one).
    filed = requests.post(f"{base}/api/v1/complaints", json={
        "category": "EDU-FEES", "language": "fr", "description": DESCRIPTION,
        "location": {"commune": "BF130004"},
        "complainant": {"name": NAME, "phone": PHONE_TYPED, "email": EMAIL}}).json()
    code, secret = filed["tracking_code"], filed["secret"]
    sent += [secret]
    denunciation = requests.post(f"{base}/api/v1/complaints", json={
        "category": "SAN-FEES", "kind": "denunciation", "language": "fr",
        "description": "L'infirmier Tiémoko Barry vend les moustiquaires gratuites.",
        "location": {"commune": "BF130004"},
        "complainant": {"name": NAME, "phone": PHONE_TYPED}}).json()
    sent += [denunciation["secret"]]
    assert requests.get(f"{base}/api/v1/complaints/{code}", headers={"x-complaint-secret": secret}).status_code == 200
    requests.get(f"{base}/api/v1/complaints/{code}", headers={"x-complaint-secret": "12345678"})
    # The no-JS form, then tracking by the form.
    web = requests.Session()
    page = web.get(f"{base}/complaints/new?lang=fr").text
    fields = {"csrf": field(page, "csrf"), "intake_key": field(page, "intake_key"), "kind": "complaint",
              "category": "SAN-FEES", "commune": "BF130004", "description": DESCRIPTION, "name": NAME,
              "phone": PHONE_TYPED, "email": EMAIL, "consent": "yes"}
    # The form is multipart (it may carry a photo).
    answer = web.post(f"{base}/complaints/new", files={k: (None, v) for k, v in fields.items()})
    assert answer.status_code == 200, answer.status_code
    track = web.get(f"{base}/track").text
    web.post(f"{base}/track", data={"csrf": field(track, "csrf"), "code": code, "secret": secret})
    # SMS and USSD through the gateway routes.
    for text in (SMS_TEXT, "STATUT"):
        reply = requests.get(f"{base}/channels/sms/kannel", params={"from": SMS_PHONE, "text": text})
        assert reply.status_code == 200, reply.text
    for text in ("", "1", "1*1"):
        reply = requests.post(f"{base}/channels/ussd", data={
            "sessionId": "logs-1", "serviceCode": "*123#", "phoneNumber": USSD_PHONE, "text": text})
        assert reply.status_code == 200, reply.text
    # Staff: a failed sign-in, a sign-in, the queue, the complaint, the author revealed.
    staff = requests.Session()
    login = staff.get(f"{base}/staff/").text
    staff.post(f"{base}/staff/login", data={"csrf": field(login, "csrf"),
               "email": "superviseur.sante@demo.redress.bf", "password": "not the password"})
    login = staff.get(f"{base}/staff/").text
    signed = staff.post(f"{base}/staff/login", data={"csrf": field(login, "csrf"),
                        "email": "superviseur.sante@demo.redress.bf", "password": PASSWORD})
    assert signed.url.endswith("/staff/home"), signed.url
    staff.get(f"{base}/staff/queue?q=moustiquaires")
    shown = denunciation["tracking_code"].replace("-", "")
    page = staff.get(f"{base}/staff/complaints/{shown}").text
    revealed = staff.post(f"{base}/staff/complaints/{shown}/reveal", data={
        "csrf": field(page, "csrf"), "reason": "Enquête administrative ouverte par l'inspection"})
    assert revealed.status_code == 200 and NAME in revealed.text, "the author is shown to the supervisor"
    # The API with a staff token.
    auth = {"authorization": f"Bearer {token}"}
    assert requests.get(f"{base}/api/v1/complaints?q=moustiquaires", headers=auth).status_code == 200
    requests.get(f"{base}/api/v1/complaints/{shown}/events", headers=auth)
    return sent


if __name__ == "__main__":
    main()
