#!/usr/bin/env bash
# Installs the Debian package on this machine and runs what it installed, as CI does:
# builds the .deb from the dev binary (deploy/debian/build-deb), installs it with dpkg,
# checks the user, folders, modes and key file its postinst makes, starts /usr/bin/redress
# the way redress.service does (its user, environment, umask, working folder; the file
# system read-only but /var/lib/redress when mount namespaces are allowed), files a
# complaint, stops it with SIGTERM; installs it over itself (edited settings and key kept),
# removes and purges it (data kept), installs it again over the kept data and reads the
# complaint's personal data back.
# Leaves the machine as it found it, so it can run again.
#
#   tests/package/install.sh [BINARY]    # as root; BINARY: package this one, no cargo build
#
# Not root, or no dpkg: fails when CI=true, otherwise prints SKIPPED.
set -euo pipefail
cd "$(dirname "$0")/../.."

data=/var/lib/redress
unit=/lib/systemd/system/redress.service
# Beside the data folder, not in it: says that this test, not an administrator, made it.
marker=/var/lib/.redress-package-test

say() { echo "package test: $*"; }
fail() {
  echo "package test: FAILED: $*" >&2
  exit 1
}
not_here() {
  if [ "${CI:-}" = true ]; then fail "$1"; fi
  say "SKIPPED: $1"
  exit 0
}
[ "$(id -u)" = 0 ] || not_here "it installs a package and a system user: run it as root"
for tool in dpkg dpkg-deb setpriv python3; do
  command -v "$tool" >/dev/null || not_here "$tool is missing (a Debian or Ubuntu machine is needed)"
done

installed() { dpkg-query -W -f='${Status}' redress 2>/dev/null | grep -q 'ok installed'; }
present() { dpkg-query -W -f='${Status}' redress 2>/dev/null | grep -qv 'not-installed'; }
server=
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server"
    wait "$server" || true
  fi
  if [ -e "$marker" ]; then
    if present; then dpkg -P redress >/dev/null 2>&1 || true; fi
    rm -rf "$data"
    if getent passwd redress >/dev/null; then userdel redress; fi
    if getent group redress >/dev/null; then groupdel redress; fi
    rm -f "$marker"
  fi
}
# A real installation is never touched; what an interrupted run left is cleaned first.
if [ ! -e "$marker" ] && { present || [ -e "$data" ] || getent passwd redress >/dev/null; }; then
  fail "redress is installed here, or $data or the user redress exists: not touching a real installation"
fi
cleanup
trap cleanup EXIT
touch "$marker"

# --- Build and install -------------------------------------------------------------------
deb="$(deploy/debian/build-deb ${1:+--binary "$1"} | tail -n 1)"
version="$(dpkg-deb -f "$deb" Version)"
say "package $(basename "$deb"): $(($(stat -c %s "$deb") / 1024)) KiB, installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
say "depends: $(dpkg-deb -f "$deb" Depends)"

install_package() {
  local start=$EPOCHREALTIME
  if ! dpkg -i "$deb" >"$1" 2>&1; then
    # Missing dependencies: let apt bring them and finish the configuration.
    apt-get -f install -y -qq >>"$1" 2>&1 || { cat "$1"; fail "dpkg -i $deb"; }
  fi
  installed || { cat "$1"; fail "redress is not installed after dpkg -i"; }
  say "installed in $(python3 -c "print(f'{$EPOCHREALTIME - $start:.1f}')") s"
}
log="$(mktemp)"
install_package "$log"
grep -q "created $data/secret.key" "$log" || fail "postinst did not say it created the key file"

# --- What the package put in place -------------------------------------------------------
expect() { # what, expected, actual
  [ "$2" = "$3" ] || fail "$1: expected \"$2\", got \"$3\""
}
expect "redress --version" "redress $version" "$(/usr/bin/redress --version)"
IFS=: read -r _ _ uid _ _ home shell <<<"$(getent passwd redress)"
sys_uid_max="$(awk '$1=="SYS_UID_MAX" {print $2}' /etc/login.defs 2>/dev/null)"
[ "$uid" -lt "${sys_uid_max:-1000}" ] || fail "user redress has uid $uid: not a system user"
expect "home of redress" "$data" "$home"
expect "shell of redress" /usr/sbin/nologin "$shell"
expect "group redress" redress "$(id -gn redress)"
expect "$data (owner, group, mode)" "redress redress 750" "$(stat -c '%U %G %a' "$data")"
expect "key file (owner, group, mode)" "redress redress 600" "$(stat -c '%U %G %a' "$data/secret.key")"
key="$(cat "$data/secret.key")"
[[ "$key" =~ ^[0-9a-f]{64}$ ]] || fail "the key file does not hold 64 hexadecimal characters"
expect "/etc/redress/redress.toml (owner, group, mode)" "root redress 640" \
  "$(stat -c '%U %G %a' /etc/redress/redress.toml)"
dpkg-query -W -f='${Conffiles}' redress | grep -q ' /etc/redress/redress.toml ' ||
  fail "/etc/redress/redress.toml is not a conffile"
[ -f "$unit" ] || fail "$unit is not installed"
if command -v systemd-analyze >/dev/null; then
  # It exits 0 on unknown keys and bad values, only saying so: any word from it fails.
  verified="$(systemd-analyze verify "$unit" 2>&1)" || fail "systemd-analyze verify $unit: $verified"
  [ -z "$verified" ] || fail "systemd-analyze verify $unit: $verified"
  say "systemd-analyze verify: clean"
else
  say "systemd-analyze missing: the unit file was not verified"
fi

# --- Run it as the unit does -------------------------------------------------------------
unit_value() { sed -n "s/^$1=//p" "$unit"; }
mapfile -t unit_env < <(unit_value Environment)
read -r -a exec_start <<<"$(unit_value ExecStart)"
service_user="$(unit_value User)"
service_dir="$(unit_value WorkingDirectory)"
service_umask="$(unit_value UMask)"
[ "$(unit_value ReadWritePaths)" = "$data" ] || fail "the unit must write to $data only"
sandbox=()
if unshare --mount true 2>/dev/null; then
  # ProtectSystem=strict, ReadWritePaths and PrivateTmp, approximated: everything read-only
  # but the data folder, an empty /tmp.
  sandbox=(unshare --mount --propagation private sh -c
    "mount --bind $data $data && mount -o remount,bind,ro / && mount -t tmpfs tmpfs /tmp && exec \"\$0\" \"\$@\"")
  say "running with the root file system read-only but $data"
fi
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
start_server() { # log file
  (
    cd "$service_dir"
    umask "$service_umask"
    exec "${sandbox[@]}" setpriv --reuid="$service_user" --regid="$service_user" --init-groups \
      --no-new-privs --bounding-set=-all --inh-caps=-all \
      env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$home" USER="$service_user" \
      LOGNAME="$service_user" "${unit_env[@]}" "${exec_start[@]}" --listen "127.0.0.1:$port"
  ) >"$1" 2>&1 &
  server=$!
  local start=$EPOCHREALTIME
  until [ "$(status_of /healthz)" = 200 ]; do
    kill -0 "$server" 2>/dev/null || { cat "$1"; fail "redress serve exited at start"; }
    if python3 -c "import sys; sys.exit($EPOCHREALTIME - $start < 30)"; then
      cat "$1"
      fail "GET /healthz did not answer 200 within 30 s"
    fi
    sleep 0.2
  done
}
stop_server() { # log file
  kill -TERM "$server"
  local code=0
  wait "$server" || code=$?
  server=
  [ "$code" = 0 ] || { cat "$1"; fail "redress serve exited $code after SIGTERM"; }
  if grep -q $'\e' "$1"; then fail "terminal colours in the log despite NO_COLOR"; fi
}
http() { # method path [json body] [secret]: prints the status, then the body
  python3 - "$base" "$@" <<'PY'
import json, sys, urllib.error, urllib.request
base, method, path = sys.argv[1:4]
body = sys.argv[4].encode() if len(sys.argv) > 4 and sys.argv[4] else None
request = urllib.request.Request(base + path, data=body, method=method)
request.add_header("content-type", "application/json")
if len(sys.argv) > 5:
    request.add_header("x-complaint-secret", sys.argv[5])
try:
    with urllib.request.urlopen(request, timeout=10) as r:
        print(r.status)
        print(r.read().decode())
except urllib.error.HTTPError as e:
    print(e.code)
    print(e.read().decode())
except OSError:
    print(0)
PY
}
status_of() { http GET "$1" | sed -n 1p; }

serve_log="$(mktemp)"
start_server "$serve_log"
expect "GET /" 200 "$(status_of /)"
filed="$(http POST /api/v1/complaints '{"category":"SAN-FEES","location":{"commune":"BF130004"},
  "description":"Essai du paquet Debian: une plainte pour verifier le chiffrement.",
  "complainant":{"name":"Awa Paquet","phone":"+22670000001"}}')"
expect "POST /api/v1/complaints" 201 "$(head -n 1 <<<"$filed")"
read -r code secret < <(tail -n +2 <<<"$filed" | python3 -c \
  'import json, sys; d = json.load(sys.stdin); print(d["tracking_code"], d["secret"])')
[ -f "$data/redress.db" ] || fail "no redress.db in $data"
# The README's way to run a command: as the service's user, with its settings.
(cd / && REDRESS_PASSWORD=package-test-password setpriv --reuid="$service_user" \
  --regid="$service_user" --init-groups /usr/bin/redress --config /etc/redress/redress.toml \
  user add --email admin@example.org --name "Admin Paquet" --role admin) >"$log" 2>&1 ||
  { cat "$log"; fail "redress user add as $service_user"; }
expect "redress.db (owner, mode)" "redress 640" "$(stat -c '%U %a' "$data/redress.db")"
stop_server "$serve_log"
expect "the key file after a start (the program took it as it is)" "$key" "$(cat "$data/secret.key")"
say "served as $service_user from $service_dir: /healthz and / 200, complaint $code filed, admin added, exit 0 on SIGTERM"

# --- Installed over itself, as an upgrade is: edits and key kept ---------------------------
echo '# edited by the package test' >>/etc/redress/redress.toml
install_package "$log"
grep -q '^# edited by the package test$' /etc/redress/redress.toml || fail "dpkg -i overwrote the edited settings"
expect "settings after an upgrade (owner, group, mode)" "root redress 640" \
  "$(stat -c '%U %G %a' /etc/redress/redress.toml)"
expect "key file after an upgrade" "$key" "$(cat "$data/secret.key")"

# --- Remove, purge: the data stays ---------------------------------------------------------
dpkg -r redress >/dev/null
[ ! -e /usr/bin/redress ] || fail "/usr/bin/redress left after dpkg -r"
[ -f /etc/redress/redress.toml ] || fail "dpkg -r removed the configuration"
getent passwd redress >/dev/null || fail "dpkg -r removed the user"
dpkg -P redress >"$log" 2>&1
[ ! -e /etc/redress ] || fail "/etc/redress left after dpkg -P"
! getent passwd redress >/dev/null || fail "user redress left after dpkg -P"
! getent group redress >/dev/null || fail "group redress left after dpkg -P"
for kept in "$data/redress.db" "$data/secret.key"; do
  [ -f "$kept" ] || fail "dpkg -P deleted $kept"
done
grep -q "$data was kept" "$log" || fail "dpkg -P did not say that $data was kept"
say "removed and purged: user and /etc/redress gone, $data kept"

# --- Installed again over the kept data: the same key opens the same complaint -----------
# The user comes back with a new id, say: the postinst gives it the kept files.
chown -R 54321:54321 "$data"
install_package "$log"
if grep -q "created $data/secret.key" "$log"; then fail "the postinst replaced the kept key file"; fi
expect "key file kept across purge and install" "$key" "$(cat "$data/secret.key")"
expect "kept key file (owner, mode)" "redress 600" "$(stat -c '%U %a' "$data/secret.key")"
expect "kept $data (owner, mode)" "redress 750" "$(stat -c '%U %a' "$data")"
expect "kept redress.db (owner)" redress "$(stat -c %U "$data/redress.db")"
start_server "$serve_log"
found="$(http GET "/api/v1/complaints/$code" "" "$secret")"
expect "GET /api/v1/complaints/$code after reinstalling" 200 "$(head -n 1 <<<"$found")"
grep -q '"name":"Awa Paquet"' <<<"$found" || fail "the complainant's name did not open after reinstalling"
stop_server "$serve_log"
say "installed again over the kept data: the complainant's name opens with the kept key"

dpkg -P redress >/dev/null
rm -f "$log" "$serve_log"
say "passed"
