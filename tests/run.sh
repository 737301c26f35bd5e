#!/usr/bin/env bash
# The one test command (README, CI): installs what the tests need, starts a throw-away PostgreSQL on 127.0.0.1,
# runs every test of the solution with browser and PostgreSQL tests required (a skip is a failure),
# stops what it started and prints one line: "Tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

log() { echo "[run.sh] $*" >&2; }

# --- system packages (Debian): only what is missing, so repeated runs stay fast ---------------------------
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  log "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null || { log "apt-get install failed"; echo "Tests: 0 passed, 1 failed, 0 skipped"; exit 1; }
fi

# --- throw-away PostgreSQL ---------------------------------------------------------------------------------
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=${PGPORT:-55432}
while (echo > /dev/tcp/127.0.0.1/$PGPORT) >/dev/null 2>&1; do PGPORT=$((PGPORT + 1)); done
PGDATA_TMP=$(mktemp -d /tmp/fc-pgdata.XXXXXX)
RES=$(mktemp -d /tmp/fc-results.XXXXXX)
pg_run() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  pg_run "$PGBIN/pg_ctl" -D "$PGDATA_TMP" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGDATA_TMP"
}
trap cleanup EXIT
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PGDATA_TMP"
pg_run "$PGBIN/initdb" -D "$PGDATA_TMP" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
pg_run "$PGBIN/pg_ctl" -D "$PGDATA_TMP" -l "$PGDATA_TMP/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA_TMP -c fsync=off -c max_connections=200" start >/dev/null \
  || { log "PostgreSQL did not start"; cat "$PGDATA_TMP/server.log" >&2; }

export FC_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
export REQUIRE_BROWSER=1 REQUIRE_POSTGRES=1
export FC_TEST_RESULTS="$ROOT/TestResults"
mkdir -p "$FC_TEST_RESULTS"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# --- build once, then test -----------------------------------------------------------------------------------
dotnet build FangchengCredit.sln -c Release -nologo -v q 2>&1 | tail -n 30
build_rc=${PIPESTATUS[0]}
rc=$build_rc
if [ "$build_rc" -eq 0 ]; then
  dotnet test FangchengCredit.sln -c Release --no-build --logger trx --results-directory "$RES" -nologo 2>&1 \
    | grep -vE '^\s*$|^Test run for|^A total of|^Results File' 
  rc=${PIPESTATUS[0]}
fi

# --- one summary line from the TRX files ----------------------------------------------------------------------
p=0 f=0 s=0
attr() { local v; v=$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$2"); echo "${v:-0}"; }
for t in "$RES"/*.trx; do
  [ -e "$t" ] || continue
  c=$(grep -o '<Counters [^>]*>' "$t" | head -n1)
  p=$((p + $(attr passed "$c")))
  f=$((f + $(attr failed "$c") + $(attr error "$c") + $(attr timeout "$c") + $(attr aborted "$c")))
  s=$((s + $(attr total "$c") - $(attr executed "$c")))
done
cp "$RES"/*.trx "$FC_TEST_RESULTS"/ 2>/dev/null || true
rm -rf "$RES"
[ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1   # a build error must never read as 0 failed
# Required dependencies make a skip a failure: count skips as failures for the exit code.
[ "$s" -gt 0 ] && rc=1
echo "Tests: $p passed, $f failed, $s skipped"
exit "$rc"
