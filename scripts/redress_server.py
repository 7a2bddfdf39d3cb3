"""Start `redress serve` on a fresh data folder and a free port, for scripts and
browser tests: `with running_server(binary) as base: ...`."""
import contextlib, os, shutil, socket, subprocess, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def binary_path(profile="debug"):
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    path = os.path.join(target, profile, "redress")
    # Cargo rebuilds only what changed: a stale binary would miss new migrations.
    args = ["cargo", "build", "--quiet", "--bin", "redress"] + (["--release"] if profile == "release" else [])
    subprocess.run(args, cwd=ROOT, check=True)
    return path


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(binary, extra_env=None, database_url=None):
    """Yields (base URL, server process, data folder); stops the server with SIGTERM."""
    data = tempfile.mkdtemp(prefix="redress-run-")
    port = free_port()
    env = {**os.environ, "REDRESS_DATA_DIR": data, "REDRESS_LOG": "warn",
           # one address drives all the traffic here: per-address limits would refuse it
           "REDRESS_FILINGS_PER_MINUTE": "0", "REDRESS_LOOKUPS_PER_MINUTE": "0",
           "REDRESS_SIGN_INS_PER_MINUTE": "0", **(extra_env or {})}
    env.pop("REDRESS_DATABASE_URL", None)
    if database_url:
        env["REDRESS_DATABASE_URL"] = database_url
    server = subprocess.Popen([binary, "serve", "--listen", f"127.0.0.1:{port}"], env=env, cwd=data)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("redress serve did not start")
        yield base, server, data
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(data, ignore_errors=True)
