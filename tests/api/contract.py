#!/usr/bin/env python3
"""The JSON API against its own OpenAPI document, with schemathesis (tests/python/requirements.txt).

For each caller — admin, supervisor, officer, intake agent, auditor (domain::Role), the
anonymous public and a complainant with their follow-up secret — a fresh `redress serve` on a
temporary SQLite database, staff and a token made with the command line, a few complaints
filed, then schemathesis over every operation of /api/v1/openapi.json: examples, coverage,
fuzzing and the stateful phase (the document's links from a new complaint to its lookup,
actions and audit trail), with the default checks (not_a_server_error,
status_code_conformance, content_type_conformance, response_headers_conformance,
response_schema_conformance, positive_data_acceptance, negative_data_rejection…).

What the document cannot say (whether a category exists, what an action needs in a given
state) may refuse schema-valid data with 400/422 on the operations in SEMANTIC_OPERATIONS
only, and then only with the error codes that tests/api/contract_hooks.py names.

    .venv/bin/python3 tests/api/contract.py [path/to/redress]

Environment: CONTRACT_EXAMPLES (examples per operation, default 15), CONTRACT_SEED (default
20261130), CONTRACT_ROLES (comma-separated subset), CONTRACT_VERBOSE=1 (schemathesis's report
even when it passes). Exits 1 on any failure. Without
schemathesis the test is skipped with a message, except under CI=true where it fails.
"""
import json, os, re, subprocess, sys, tempfile, time, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from redress_server import binary_path, running_server  # noqa: E402

PASSWORD = "contract-pass-2026"
# role -> unit (admins and auditors see everything)
STAFF = {"admin": None, "supervisor": "SAN", "officer": "SAN", "intake": "SAN", "auditor": None}
CALLERS = ["anonymous", "complainant", *STAFF]

# Operations whose schema-valid requests may name reference data that does not exist or ask
# for what the complaint's state does not allow (see contract_hooks.py).
SEMANTIC_OPERATIONS = {
    "create_complaint": ["422"],
    "list_complaints": ["400"],
    "act_on_complaint": ["422"],
    "add_routing_rule": ["422"],
    "add_holiday": ["422"],
    "set_deadlines": ["422"],
    "add_unit": ["422"],
}
POSITIVE_DEFAULT = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]


def skip_or_fail(why):
    if os.environ.get("CI") == "true":
        sys.exit(f"API contract test: {why} (required under CI=true)")
    print(f"SKIPPED: API contract test: {why}")
    sys.exit(0)


def cli(binary, data, *args):
    env = {**os.environ, "REDRESS_DATA_DIR": data, "REDRESS_PASSWORD": PASSWORD}
    env.pop("REDRESS_DATABASE_URL", None)
    out = subprocess.run([binary, *args], env=env, cwd=data, check=True, capture_output=True, text=True)
    return out.stdout.strip()


def staff_token(binary, data, role):
    email = f"{role}@contract.example.bf"
    unit = STAFF[role]
    cli(binary, data, "user", "add", "--email", email, "--name", f"Contract {role}", "--role", role,
        *(["--unit", unit] if unit else []))
    return cli(binary, data, "token", "create", "--email", email)


def file_complaint(base):
    body = json.dumps({
        "category": "SAN-FEES", "language": "fr",
        "description": "On m'a fait payer 2000 F pour une consultation gratuite au CSPS.",
        "complainant": {"name": "Awa Ouedraogo", "phone": "70112233"},
    }).encode()
    request = urllib.request.Request(f"{base}/api/v1/complaints", body, {"content-type": "application/json"})
    with urllib.request.urlopen(request) as r:
        return json.loads(r.read())


def config_file(folder, caller, receipt):
    """schemathesis.toml: the allowances above; the complainant's own complaint in its paths."""
    lines = []
    for operation, extra in SEMANTIC_OPERATIONS.items():
        statuses = ", ".join(f'"{s}"' for s in POSITIVE_DEFAULT + extra)
        lines += ["[[operations]]", f'include-operation-id = "{operation}"',
                  "[operations.checks.positive_data_acceptance]", f"expected-statuses = [{statuses}]", ""]
    if caller == "complainant":
        lines += ["[parameters]", f'"path.code" = "{receipt["tracking_code"]}"', ""]
    path = os.path.join(folder, f"schemathesis-{caller}.toml")
    with open(path, "w") as f:
        f.write("\n".join(lines))
    return path


def run_schemathesis(base, caller, headers, config, report, examples, seed):
    st = os.path.join(os.path.dirname(sys.executable), "st")
    args = [st, "--config-file", config, "run", f"{base}/api/v1/openapi.json",
            "--max-examples", str(examples), "--seed", str(seed), "--workers", "1",
            "--generation-database", "none", "--no-color", "--output-sanitize", "false",
            "--report", "json", "--report-json-path", report]
    for name, value in headers.items():
        args += ["-H", f"{name}: {value}"]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "contract_hooks",
           "PYTHONPATH": HERE + os.pathsep + os.environ.get("PYTHONPATH", "")}
    started = time.monotonic()
    # In the temporary folder: schemathesis keeps state in ./.schemathesis.
    done = subprocess.run(args, env=env, capture_output=True, text=True, cwd=os.path.dirname(report))
    return done, time.monotonic() - started


def main():
    try:
        import schemathesis  # noqa: F401
    except ImportError:
        skip_or_fail("schemathesis is missing: run ./scripts/setup and use .venv/bin/python3")
    binary = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else binary_path()
    examples = int(os.environ.get("CONTRACT_EXAMPLES", "15"))
    seed = int(os.environ.get("CONTRACT_SEED", "20261130"))
    wanted = [c for c in os.environ.get("CONTRACT_ROLES", ",".join(CALLERS)).split(",") if c]
    failed = False
    results = []
    with tempfile.TemporaryDirectory(prefix="redress-contract-") as work:
        for caller in wanted:
            with running_server(binary) as (base, _, data):
                receipt = file_complaint(base)
                file_complaint(base)
                headers = {}
                if caller in STAFF:
                    headers["Authorization"] = f"Bearer {staff_token(binary, data, caller)}"
                elif caller == "complainant":
                    headers["X-Complaint-Secret"] = receipt["secret"]
                config = config_file(work, caller, receipt)
                report = os.path.join(work, f"report-{caller}.json")
                done, seconds = run_schemathesis(base, caller, headers, config, report, examples, seed)
                cases, failures = counts(done.stdout)
                results.append((caller, cases, failures, seconds))
                print(f"{caller:12} {cases:5} cases {failures:3} failures  {seconds:5.1f}s", flush=True)
                if done.returncode != 0 or failures or not cases:
                    failed = True
                    print(done.stdout[-20000:])
                elif os.environ.get("CONTRACT_VERBOSE") == "1":
                    print(done.stdout)
                    print(done.stderr[-5000:], file=sys.stderr)
    total_cases = sum(r[1] for r in results)
    total_failures = sum(r[2] for r in results)
    print(f"contract: {total_cases} cases, {total_failures} failures over {len(results)} callers")
    sys.exit(1 if failed else 0)


def counts(stdout):
    """Cases run and failures, from schemathesis's closing summary."""
    cases = failures = 0
    m = re.search(r"Test cases:\s*\n?\s*(\d+) generated", stdout)
    if m:
        cases = int(m.group(1))
    m = re.search(r"(\d+) unique failures?", stdout)
    if m:
        failures = int(m.group(1))
    return cases, failures


if __name__ == "__main__":
    main()
