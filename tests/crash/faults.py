#!/usr/bin/env python3
"""Crash and fault tests on a real `redress serve` (issue 13).

1. SIGKILL loop, on SQLite and on PostgreSQL (a fresh database on the shared server, dropped
   at the end): CRASH_CLIENTS threads file complaints through the JSON API (with an
   Idempotency-Key, named or anonymous) and through the no-JS form `/complaints/new`, and
   retry a failed submission with the same key, while the server is killed with SIGKILL at
   a random moment 0.3-1.5 s after each start and restarted on the same data, CRASH_ROUNDS
   times. Every acknowledged complaint (a 201, or the form's 303 to its receipt) must then
   be there as sent, none twice, and `redress audit verify` must pass.
2. PostgreSQL away under load: a private cluster (initdb, as the `postgres` user when run as
   root) stopped with `pg_ctl stop -m fast`, then `-m immediate`, while clients file and look
   up: the answers meanwhile are 503s (never a 500, none slower than 35 s), /healthz says
   503; once PostgreSQL is back the same server serves again by itself, nothing acknowledged
   is lost, audit verify passes.
3. Full disk on SQLite: the data folder on a 16 MB tmpfs filled but for 512 KB: filings
   (API and form) answer 503 once it is full (never 500), reads 200 (a lookup with the
   secret may answer 503: it records the attempt, a write); once the filler is gone filings
   succeed without a restart; `PRAGMA integrity_check` is ok, audit verify passes, nothing
   acknowledged is lost.

    python3 tests/crash/faults.py [path/to/redress]

Environment: CRASH_SEED (printed; random otherwise), CRASH_ROUNDS (kills per backend,
default 8; CRASH_ROUNDS=50 for the long form), CRASH_CLIENTS (default 16), CRASH_POSTGRES
(default postgres://postgres@127.0.0.1:5432), CRASH_PARTS (subset of "kill,pgaway,diskfull").
Parts 2 and 3 need root (runuser, mount) and PostgreSQL's server programs: without them they
are skipped with a message, except under CI=true where they fail. Exits 1 on any failure.
"""
import glob, http.client, json, os, random, re, shutil, signal, sqlite3, subprocess, sys
import tempfile, threading, time, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from redress_server import binary_path, free_port  # noqa: E402

SEED = int(os.environ.get("CRASH_SEED") or random.SystemRandom().randrange(1, 2**31))
ROUNDS = int(os.environ.get("CRASH_ROUNDS", "8"))
CLIENTS = int(os.environ.get("CRASH_CLIENTS", "16"))
PG_ADMIN = os.environ.get("CRASH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
PARTS = os.environ.get("CRASH_PARTS", "kill,pgaway,diskfull").split(",")
HANG = 35  # seconds: an answer slower than this is a hang
DESCRIPTION = "au CSPS on m'a fait payer 2000 F pour une consultation qui est gratuite."

problems = []  # what failed, in words
figures = []  # (part, figure, value) for the summary table


def fail(what):
    print(f"FAIL: {what}", flush=True)
    problems.append(what)


def figure(part, name, value):
    figures.append((part, name, value))


def skip_or_fail(part, why):
    if os.environ.get("CI") == "true":
        fail(f"{part}: {why} (required under CI=true)")
    else:
        print(f"SKIPPED: {part}: {why}", flush=True)
    figure(part, "skipped", why)


# --- HTTP -----------------------------------------------------------------------------------

class Answer:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def cookies(self):
        found = {}
        for name, value in self.headers:
            if name.lower() == "set-cookie":
                k, _, v = value.split(";")[0].partition("=")
                found[k.strip()] = v.strip()
        return found

    def json(self):
        return json.loads(self.body)

    def location(self):
        return next((v for k, v in self.headers if k.lower() == "location"), None)


def call(port, method, path, body=None, headers=None, timeout=HANG + 5):
    """One request on its own connection; raises OSError or HTTPException if it fails."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return Answer(r.status, r.getheaders(), r.read())
    finally:
        conn.close()


def cookie_header(jar):
    return "; ".join(f"{k}={v}" for k, v in jar.items())


def multipart(fields):
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
             for k, v in fields.items()]
    body = ("".join(parts) + f"--{boundary}--\r\n").encode()
    return body, f"multipart/form-data; boundary={boundary}"


# --- the server -----------------------------------------------------------------------------

def server_env(data, database_url=None):
    env = {**os.environ, "REDRESS_DATA_DIR": data, "REDRESS_LOG": "warn",
           "REDRESS_FILINGS_PER_MINUTE": "0", "REDRESS_LOOKUPS_PER_MINUTE": "0",
           "REDRESS_SIGN_INS_PER_MINUTE": "0"}
    env.pop("REDRESS_DATABASE_URL", None)
    if database_url:
        env["REDRESS_DATABASE_URL"] = database_url
    return env


class Server:
    """`redress serve` on one port and one data folder, started again and again."""

    def __init__(self, binary, data, env, log_path):
        self.binary, self.data, self.env, self.log_path = binary, data, env, log_path
        self.port = free_port()
        self.proc = None

    def start(self):
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen([self.binary, "serve", "--listen", f"127.0.0.1:{self.port}"],
                                         env=self.env, cwd=self.data, stdout=log, stderr=log)

    def wait_ready(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"redress serve exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                if call(self.port, "GET", "/healthz", timeout=5).status == 200:
                    return
            except (OSError, http.client.HTTPException):
                pass
            time.sleep(0.05)
        raise RuntimeError(f"redress serve did not answer /healthz in {timeout} s:\n{self.log_tail()}")

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                fail("redress serve did not stop within 30 s of SIGTERM")
                self.kill()

    def log_tail(self, lines=30):
        with open(self.log_path, errors="replace") as f:
            return "".join(f.readlines()[-lines:])

    def audit_verify(self):
        out = subprocess.run([self.binary, "audit", "verify"], env=self.env, cwd=self.data,
                             capture_output=True, text=True, timeout=300)
        return out.returncode, (out.stdout + out.stderr).strip()


# --- complaints -----------------------------------------------------------------------------

class Tally:
    """What the clients saw, shared between their threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.acked = []  # (code, secret, description)
        self.counts = {}
        self.unexpected = []

    def count(self, what, n=1):
        with self.lock:
            self.counts[what] = self.counts.get(what, 0) + n

    def ack(self, code, secret, description):
        with self.lock:
            self.acked.append((code, secret, description))

    def odd(self, what):
        with self.lock:
            self.unexpected.append(what)
            self.counts["unexpected"] = self.counts.get("unexpected", 0) + 1


def api_body(rng, description):
    body = {"category": "SAN-FEES", "description": description, "language": "mos",
            "location": {"commune": "BF130004", "address": "CSPS secteur 30"}}
    if rng.random() < 0.5:
        body["complainant"] = {"name": "Awa Ouédraogo", "phone": f"7{rng.randrange(10**7):07d}"}
    else:
        body["anonymous"] = True
    return json.dumps(body).encode()


def file_api(port, rng, description, tally, attempts=6):
    """One complaint through the API, retried with the same Idempotency-Key; True if acked."""
    body = api_body(rng, description)
    headers = {"content-type": "application/json", "idempotency-key": f"crash-{uuid.uuid4().hex}"}
    for attempt in range(attempts):
        try:
            r = call(port, "POST", "/api/v1/complaints", body, headers)
        except (OSError, http.client.HTTPException):
            tally.count("failed during kills")
            time.sleep(0.1 + 0.1 * attempt)
            continue
        if r.status == 201:
            receipt = r.json()
            tally.ack(receipt["tracking_code"], receipt["secret"], description)
            if attempt:
                tally.count("acked on a retry")
            return True
        if r.status == 503:
            tally.count("503")
            time.sleep(0.1 + 0.1 * attempt)
            continue
        tally.odd(f"POST /api/v1/complaints: {r.status} {r.body[:200]!r}")
        return False
    tally.count("given up")
    return False


def hidden(html, name):
    m = re.search(rf'name="{name}" value="([^"]*)"', html)
    return m.group(1) if m else None


def file_web(port, rng, description, tally, attempts=6):
    """One complaint through the no-JS form: its page, then its post, retried as it was."""
    jar, fields = {}, None
    for attempt in range(attempts):
        try:
            if fields is None:
                page = call(port, "GET", "/complaints/new")
                if page.status == 503:
                    tally.count("503")
                    continue
                if page.status != 200:
                    tally.odd(f"GET /complaints/new: {page.status}")
                    return False
                jar.update(page.cookies())
                html = page.body.decode()
                fields = {"csrf": hidden(html, "csrf"), "intake_key": hidden(html, "intake_key"),
                          "kind": "complaint", "category": "SAN-FEES", "commune": "BF130004",
                          "address": "CSPS secteur 30", "description": description, "consent": "on"}
                if rng.random() < 0.5:
                    fields.update(name="Awa Ouédraogo", phone=f"7{rng.randrange(10**7):07d}")
                else:
                    fields["anonymous"] = "on"
            body, ctype = multipart(fields)
            r = call(port, "POST", "/complaints/new", body,
                     {"content-type": ctype, "cookie": cookie_header(jar)})
        except (OSError, http.client.HTTPException):
            tally.count("failed during kills")
            time.sleep(0.1 + 0.1 * attempt)
            continue
        if r.status == 303 and r.location() == "/complaints/receipt":
            jar.update(r.cookies())
            if attempt:
                tally.count("acked on a retry")
            return read_receipt(port, jar, description, tally)
        if r.status == 503:
            tally.count("503")
            time.sleep(0.1 + 0.1 * attempt)
            continue
        tally.odd(f"POST /complaints/new: {r.status} {r.body[:200]!r}")
        return False
    tally.count("given up")
    return False


def read_receipt(port, jar, description, tally):
    """The receipt page of an acknowledged form (the server may be down for a while)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            r = call(port, "GET", "/complaints/receipt", headers={"cookie": cookie_header(jar)})
        except (OSError, http.client.HTTPException):
            time.sleep(0.2)
            continue
        html = r.body.decode(errors="replace")
        code = re.search(r'id="tracking-code">([^<]+)<', html)
        secret = re.search(r'id="secret">([^<]+)<', html)
        if r.status == 200 and code and secret:
            tally.ack(code.group(1).strip(), secret.group(1).strip(), description)
            tally.count("acked through the form")
            return True
        tally.odd(f"GET /complaints/receipt: {r.status} without a code")
        return False
    tally.odd("an acknowledged form's receipt could not be read within 120 s")
    return False


def clients(port, tally, stop, prefix, n=CLIENTS, web_share=0.3):
    """`n` threads filing until `stop` is set; each submission is retried until acked."""
    def run(i):
        rng = random.Random(SEED * 1000 + i)
        k = 0
        while not stop.is_set():
            k += 1
            description = f"{prefix} c{i}-{k}: {DESCRIPTION}"
            (file_web if rng.random() < web_share else file_api)(port, rng, description, tally)
    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(n)]
    for t in threads:
        t.start()
    return threads


def check_present(port, acked, part):
    """Each acknowledged complaint is there as it was sent; returns how many are lost."""
    lost = 0
    for code, secret, description in acked:
        try:
            r = call(port, "GET", f"/api/v1/complaints/{code}", headers={"x-complaint-secret": secret})
            ok = r.status == 200 and r.json().get("description") == description
        except (OSError, http.client.HTTPException, ValueError):
            ok = False
        if not ok:
            lost += 1
            if lost <= 5:
                fail(f"{part}: acknowledged complaint {code} is missing or changed")
    if lost:
        fail(f"{part}: {lost} acknowledged complaint(s) lost")
    return lost


def check_audit(server, part):
    code, out = server.audit_verify()
    if code != 0:
        fail(f"{part}: redress audit verify exited {code}: {out[-500:]}")
    return code


DUPLICATES = ("SELECT description, COUNT(*) FROM complaints WHERE description LIKE '{p} %' "
              "GROUP BY description HAVING COUNT(*) > 1")
STORED = "SELECT COUNT(*) FROM complaints WHERE description LIKE '{p} %'"


def sqlite_query(data, sql):
    db = sqlite3.connect(f"file:{os.path.join(data, 'redress.db')}?mode=ro", uri=True, timeout=30)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def psql(url, sql):
    out = subprocess.run(["psql", url, "-XAtq", "-v", "ON_ERROR_STOP=1", "-c", sql],
                         capture_output=True, text=True, check=True)
    return [tuple(line.split("|")) for line in out.stdout.splitlines() if line]


# --- 1. SIGKILL loop ------------------------------------------------------------------------

def kill_loop(binary, backend, database_url=None, query=None):
    part = f"kill/{backend}"
    rng = random.Random(f"{SEED}-{backend}")
    data = tempfile.mkdtemp(prefix=f"redress-crash-{backend}-")
    server = Server(binary, data, server_env(data, database_url), os.path.join(data, "serve.log"))
    tally, stop = Tally(), threading.Event()
    prefix = f"Crash {backend} {SEED}"
    started = time.monotonic()
    try:
        server.start()
        server.wait_ready()  # the first start creates the key file and the schema
        threads = clients(server.port, tally, stop, prefix)
        kills = 0
        for _ in range(ROUNDS):
            time.sleep(rng.uniform(0.3, 1.5))
            if server.proc.poll() is not None:
                raise RuntimeError(f"redress serve exited by itself ({server.proc.returncode}) "
                                   f"after a restart:\n{server.log_tail()}")
            server.kill()
            kills += 1
            server.start()
        server.wait_ready()
        time.sleep(1)
        stop.set()
        for t in threads:
            t.join(timeout=180)
        lost = check_present(server.port, tally.acked, part)
        server.stop()
        check_audit(server, part)
        query = query or (lambda sql: sqlite_query(data, sql))
        dups = query(DUPLICATES.format(p=prefix))
        if dups:
            fail(f"{part}: {len(dups)} complaint(s) registered twice, e.g. {dups[0]}")
        stored = int(query(STORED.format(p=prefix))[0][0])
        report_tally(part, tally)
        figure(part, "kills", kills)
        figure(part, "acknowledged", len(tally.acked))
        figure(part, "of which through the form", tally.counts.get("acked through the form", 0))
        figure(part, "lost", lost)
        figure(part, "registered twice", len(dups))
        figure(part, "registered, answer lost in a kill", stored - len(tally.acked))
        figure(part, "requests failed during kills", tally.counts.get("failed during kills", 0))
        figure(part, "acknowledged on a retry", tally.counts.get("acked on a retry", 0))
        figure(part, "given up after 6 tries", tally.counts.get("given up", 0))
        figure(part, "seconds", round(time.monotonic() - started, 1))
        if not tally.acked:
            fail(f"{part}: nothing was acknowledged")
    except Exception as e:  # noqa: BLE001 - reported as a failure with the server's log
        fail(f"{part}: {e}")
        stop.set()
    finally:
        server.stop()
        if not problems:
            shutil.rmtree(data, ignore_errors=True)
        else:
            print(f"{part}: data and log kept in {data}")


def report_tally(part, tally):
    for what in tally.unexpected[:5]:
        fail(f"{part}: unexpected answer: {what}")
    if len(tally.unexpected) > 5:
        fail(f"{part}: {len(tally.unexpected)} unexpected answers in all")


def kill_postgres(binary):
    name = f"redress_crash_{SEED}_{os.getpid()}"
    admin = f"{PG_ADMIN}/postgres"
    try:
        psql(admin, f"CREATE DATABASE {name}")
    except (OSError, subprocess.CalledProcessError) as e:
        return skip_or_fail("kill/postgres", f"cannot create a database on {PG_ADMIN}: {e}")
    url = f"{PG_ADMIN}/{name}"
    try:
        kill_loop(binary, "postgres", url, lambda sql: psql(url, sql))
    finally:
        psql(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


# --- 2. PostgreSQL away under load ----------------------------------------------------------

class PrivateCluster:
    """A PostgreSQL cluster of our own in a temporary folder, on a free port, to stop at will
    (the shared server on 5432 is never touched). PostgreSQL refuses to run as root: then
    its programs run as the `postgres` user."""

    def __init__(self, bindir):
        self.bindir = bindir
        self.dir = tempfile.mkdtemp(prefix="redress-pg-")
        self.data = os.path.join(self.dir, "data")
        self.port = free_port()
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def run(self, program, *args):
        command = [os.path.join(self.bindir, program), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)

    def init(self):
        self.run("initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")

    def start(self):
        self.run("pg_ctl", "-D", self.data, "-l", os.path.join(self.dir, "postgres.log"), "-w",
                 "-t", "60", "-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1", "start")

    def stop(self, mode):
        self.run("pg_ctl", "-D", self.data, "-m", mode, "-w", "-t", "60", "stop")

    def remove(self):
        try:
            self.stop("immediate")
        except subprocess.CalledProcessError:
            pass  # not running
        shutil.rmtree(self.dir, ignore_errors=True)


def postgres_bindir():
    found = glob.glob("/usr/lib/postgresql/*/bin/pg_ctl")
    found.sort(key=lambda p: int(re.search(r"/(\d+)/bin/", p).group(1)))
    return os.path.dirname(found[-1]) if found else None


class Load:
    """Clients filing (one try each) and looking up, each answer noted as (asked at,
    answered at, what, status or "error"/"timeout")."""

    def __init__(self, port, prefix, n=8):
        self.port, self.prefix = port, prefix
        self.tally, self.stop, self.samples = Tally(), threading.Event(), []
        self.threads = [threading.Thread(target=self.run, args=(i,), daemon=True) for i in range(n)]
        for t in self.threads:
            t.start()

    def run(self, i):
        rng, k = random.Random(f"{SEED}-load-{i}"), 0
        while not self.stop.is_set():
            k += 1
            started = time.monotonic()
            lookup = self.tally.acked and rng.random() < 0.3
            description = f"{self.prefix} c{i}-{k}: {DESCRIPTION}"
            try:
                if lookup:
                    code, secret, _ = rng.choice(self.tally.acked)
                    r = call(self.port, "GET", f"/api/v1/complaints/{code}",
                             headers={"x-complaint-secret": secret})
                else:
                    r = call(self.port, "POST", "/api/v1/complaints", api_body(rng, description),
                             {"content-type": "application/json"})
                outcome = r.status
                if r.status == 201:
                    receipt = r.json()
                    self.tally.ack(receipt["tracking_code"], receipt["secret"], description)
                elif r.status >= 500 and r.status != 503:
                    self.tally.odd(f"{r.status} {r.body[:200]!r}")
            except TimeoutError:
                outcome = "timeout"
            except (OSError, http.client.HTTPException):
                outcome = "error"
            with self.tally.lock:
                self.samples.append((started, time.monotonic(), "lookup" if lookup else "filing",
                                     outcome))
            time.sleep(0.02)

    def end(self):
        self.stop.set()
        for t in self.threads:
            t.join(timeout=HANG + 10)

    def answered(self, start, end):
        """What was answered between `start` and `end`."""
        with self.tally.lock:
            return [s for s in self.samples if start <= s[1] <= end]


def wait_for(port, what, ok, limit=30):
    """Seconds until `what` (a function of the port) gives an answer `ok` accepts, or None."""
    started = time.monotonic()
    while time.monotonic() - started < limit:
        try:
            if ok(what(port)):
                return time.monotonic() - started
        except (OSError, http.client.HTTPException):
            pass
        time.sleep(0.1)
    return None


def probe_filing(port):
    body = api_body(random.Random(), f"Crash probe {uuid.uuid4().hex[:8]}: {DESCRIPTION}")
    return call(port, "POST", "/api/v1/complaints", body, {"content-type": "application/json"})


def postgres_away(binary, away=12):
    part = "pgaway"
    bindir = postgres_bindir()
    if not bindir:
        return skip_or_fail(part, "PostgreSQL's server programs (/usr/lib/postgresql/*/bin) are missing")
    if os.geteuid() == 0 and not shutil.which("runuser"):
        return skip_or_fail(part, "running as root without runuser to start PostgreSQL as postgres")
    cluster = PrivateCluster(bindir)
    data = tempfile.mkdtemp(prefix="redress-pgaway-")
    server = Server(binary, data, server_env(data, cluster.url), os.path.join(data, "serve.log"))
    load = None
    try:
        cluster.init()
        cluster.start()
        server.start()
        server.wait_ready()
        load = Load(server.port, f"Crash pgaway {SEED}")
        for mode in ("fast", "immediate"):
            time.sleep(3)
            stopping = time.monotonic()
            cluster.stop(mode)
            started = time.monotonic()
            health = call(server.port, "GET", "/healthz")
            health_seconds = time.monotonic() - started
            if health.status != 503:
                fail(f"{part}: /healthz answered {health.status} while PostgreSQL was away")
            time.sleep(max(0.0, away - (time.monotonic() - stopping)))
            restarting = time.monotonic()
            cluster.start()
            pg_start = time.monotonic() - restarting
            recovery = wait_for(server.port, probe_filing, lambda r: r.status == 201)
            healthy = wait_for(server.port, lambda p: call(p, "GET", "/healthz"), lambda r: r.status == 200)
            if recovery is None or healthy is None:
                fail(f"{part}: no recovery within 30 s of PostgreSQL's return (-m {mode})")
            time.sleep(2)
            away_figures(part, mode, load.answered(stopping, restarting), health, health_seconds)
            figure(part, f"-m {mode}: PostgreSQL's restart (s)", round(pg_start, 1))
            figure(part, f"-m {mode}: then first 201 (s)", None if recovery is None else round(recovery, 1))
        load.end()
        report_tally(part, load.tally)
        for asked, answered, what, outcome in load.samples:
            if outcome in ("error", "timeout") or answered - asked > HANG:
                fail(f"{part}: a {what} ended in {outcome} after {answered - asked:.1f} s")
                break
        figure(part, "acknowledged", len(load.tally.acked))
        figure(part, "lost", check_present(server.port, load.tally.acked, part))
        server.stop()
        check_audit(server, part)
    except Exception as e:  # noqa: BLE001
        fail(f"{part}: {e}")
    finally:
        if load:
            load.stop.set()
        server.stop()
        cluster.remove()
        if not problems:
            shutil.rmtree(data, ignore_errors=True)
        else:
            print(f"{part}: data and log kept in {data}")


def away_figures(part, mode, seen, health, health_seconds):
    """`seen`: what was answered from the stop's beginning to the start's beginning."""
    answers = [s for s in seen if isinstance(s[3], int)]
    unavailable = [s for s in answers if s[3] == 503]
    other = sorted({s[3] for s in answers if s[3] != 503})
    if not unavailable:
        fail(f"{part}: no 503 seen while PostgreSQL was away (-m {mode})")
    if 500 in other:
        fail(f"{part}: 500 while PostgreSQL was away (-m {mode})")
    slowest = max((s[1] - s[0] for s in seen), default=0)
    figure(part, f"-m {mode}: answers while away", len(seen))
    figure(part, f"-m {mode}: 503s while away", len(unavailable))
    figure(part, f"-m {mode}: other answers while away",
           " ".join(f"{k}: {sum(1 for s in answers if s[3] == k)}" for k in other) or "none")
    figure(part, f"-m {mode}: slowest answer while away (s)", round(slowest, 1))
    figure(part, f"-m {mode}: /healthz while away", f"{health.status} in {health_seconds:.1f} s")


# --- 3. Full disk on SQLite -----------------------------------------------------------------

def fill(folder, leave):
    """A filler file taking all of the folder's free space but `leave` bytes."""
    path = os.path.join(folder, "filler")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 20, 1 << 12):
            chunk = b"x" * size
            try:
                while True:
                    os.write(fd, chunk)
            except OSError as e:
                if e.errno != 28:  # ENOSPC
                    raise
    finally:
        os.close(fd)
    os.truncate(path, max(0, os.path.getsize(path) - leave))
    return path


def disk_full(binary, size="16m", leave=512 * 1024):
    part = "diskfull"
    if os.geteuid() != 0:
        return skip_or_fail(part, "mounting a tmpfs needs root")
    mnt = tempfile.mkdtemp(prefix="redress-full-")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", mnt],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        os.rmdir(mnt)
        return skip_or_fail(part, f"cannot mount a tmpfs: {mounted.stderr.strip()}")
    logs = tempfile.mkdtemp(prefix="redress-full-log-")
    server = Server(binary, mnt, server_env(mnt), os.path.join(logs, "serve.log"))
    try:
        server.start()
        server.wait_ready()
        disk_full_run(server, mnt, part, leave)
    except Exception as e:  # noqa: BLE001
        fail(f"{part}: {e}")
    finally:
        server.stop()
        subprocess.run(["umount", mnt], check=False)
        os.rmdir(mnt)
        if not problems:
            shutil.rmtree(logs, ignore_errors=True)
        else:
            print(f"{part}: log kept in {logs}")


def disk_full_run(server, mnt, part, leave):
    port, tally, rng = server.port, Tally(), random.Random(f"{SEED}-full")
    prefix = f"Crash diskfull {SEED}"
    for i in range(5):
        file_api(port, rng, f"{prefix} before-{i}: {DESCRIPTION}", tally, attempts=1)
    filler = fill(mnt, leave)
    filings, lookups, secret_lookups, started = {}, {}, {}, time.monotonic()
    web = Tally()  # the form's filings
    slowest = 0.0
    while time.monotonic() - started < 60 and filings.get(503, 0) < 20:
        t = time.monotonic()
        description = f"{prefix} full-{sum(filings.values())}: {DESCRIPTION}"
        r = call(port, "POST", "/api/v1/complaints", api_body(rng, description),
                 {"content-type": "application/json"})
        slowest = max(slowest, time.monotonic() - t)
        filings[r.status] = filings.get(r.status, 0) + 1
        if r.status == 201:
            tally.ack(r.json()["tracking_code"], r.json()["secret"], description)
        code, secret, _ = rng.choice(tally.acked)
        for path in (f"/api/v1/complaints/{code}", f"/track/{code}", "/complaints/new"):
            status = call(port, "GET", path).status
            lookups[status] = lookups.get(status, 0) + 1
        file_web(port, rng, f"{prefix} form-{sum(filings.values())}: {DESCRIPTION}", web, attempts=1)
        # With its secret a lookup is a write too: the attempt is counted against guessing.
        status = call(port, "GET", f"/api/v1/complaints/{code}", headers={"x-complaint-secret": secret}).status
        secret_lookups[status] = secret_lookups.get(status, 0) + 1
    figure(part, "filings while full (status: count)", status_counts(filings))
    figure(part, "form filings while full", f"303: {len(web.acked)} 503: {web.counts.get('503', 0)}")
    figure(part, "lookups while full (status: count)", status_counts(lookups))
    figure(part, "lookups with the secret while full", status_counts(secret_lookups))
    figure(part, "slowest filing while full (s)", round(slowest, 1))
    if not filings.get(503):
        fail(f"{part}: no filing answered 503 on the full disk: {filings}")
    if set(filings) - {201, 503}:
        fail(f"{part}: filings on a full disk answered {filings} (only 201 or 503 expected)")
    if set(lookups) != {200}:
        fail(f"{part}: lookups on a full disk answered {lookups} (200 expected)")
    if set(secret_lookups) - {200, 503}:
        fail(f"{part}: lookups with the secret on a full disk answered {secret_lookups} (200 or 503 expected)")
    report_tally(part, web)
    if not web.counts.get("503"):
        fail(f"{part}: the form's filings never answered 503 on the full disk")
    tally.acked += web.acked
    os.remove(filler)
    recovery = wait_for(port, probe_filing, lambda r: r.status == 201)
    figure(part, "first 201 after freeing space (s)", None if recovery is None else round(recovery, 1))
    if recovery is None:
        fail(f"{part}: filings still fail 30 s after space was freed")
    for i in range(5):
        file_api(port, rng, f"{prefix} after-{i}: {DESCRIPTION}", tally, attempts=3)
    report_tally(part, tally)
    figure(part, "acknowledged", len(tally.acked))
    figure(part, "lost", check_present(port, tally.acked, part))
    server.stop()
    db = sqlite3.connect(os.path.join(mnt, "redress.db"))
    integrity = db.execute("PRAGMA integrity_check").fetchall()
    db.close()
    figure(part, "integrity_check", integrity[0][0] if len(integrity) == 1 else f"{len(integrity)} problems")
    if integrity != [("ok",)]:
        fail(f"{part}: PRAGMA integrity_check: {integrity[:5]}")
    check_audit(server, part)


def status_counts(counts):
    return " ".join(f"{k}: {v}" for k, v in sorted(counts.items()))


# --- the run --------------------------------------------------------------------------------

def main():
    binary = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else binary_path()
    print(f"crash and fault tests: seed {SEED} (CRASH_SEED), {ROUNDS} kills per backend "
          f"(CRASH_ROUNDS), {CLIENTS} clients", flush=True)
    started = time.monotonic()
    if "kill" in PARTS:
        kill_loop(binary, "sqlite")
        kill_postgres(binary)
    if "pgaway" in PARTS:
        postgres_away(binary)
    if "diskfull" in PARTS:
        disk_full(binary)
    parts = max((len(p) for p, _, _ in figures), default=0) + 2
    names = max((len(n) for _, n, _ in figures), default=0) + 2
    rule = "-" * (parts + names + 24)
    print("\n" + rule)
    for part, name, value in figures:
        print(f"{part:<{parts}}{name:<{names}}{value}")
    print(rule)
    print(f"seed {SEED}, {time.monotonic() - started:.0f} s, "
          f"{'FAILED: ' + str(len(problems)) + ' problem(s)' if problems else 'all passed'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
