#!/usr/bin/env bash
# The regrade against its raw read on a throw-away PostgreSQL (as tests/run.sh starts one): generate, start the portal on it, regrade.
# Run as root (initdb as the postgres user). Needs ENTERPRISES, RECORDS, OUT, WORK, HERE, ROOT from run-all.sh (or the environment).
set -euo pipefail
command -v /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
  || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq postgresql >/dev/null; }
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=${PGPORT:-55462}
PGD=$(mktemp -d /tmp/fc-bench-pg.XXXXXX); chown postgres:postgres "$PGD"
WEB="$ROOT/src/FangchengCredit.Web"; PORT=5311; BASE="http://127.0.0.1:$PORT"; SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGD" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$PGD"
}
trap cleanup EXIT
runuser -u postgres -- "$PGBIN/initdb" -D "$PGD" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGD" -l "$PGD/server.log" -w -t 60 -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGD -c fsync=off" start >/dev/null
CS="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
echo "== PostgreSQL: generate $ENTERPRISES / $RECORDS"
"$HERE/bin/Release/net10.0/FangchengCredit.Benchmarks" generate --provider postgresql --connection "$CS" --enterprises "$ENTERPRISES" --records "$RECORDS" 2>&1 | grep -E "^[0-9]|migrated" | tee "$OUT/pg-generate.txt"
# A database in use has been vacuumed and analysed by autovacuum; a freshly bulk-loaded one has not (no statistics, no visibility
# map for index-only scans), so both sides are measured on a vacuumed database.
runuser -u postgres -- "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -qc "VACUUM ANALYZE" >/dev/null
(cd "$WEB" && ASPNETCORE_ENVIRONMENT=Development Database__Provider=PostgreSql ConnectionStrings__Default="$CS" Benchmarks__Baselines=true \
   Jobs__DailyCredit__Enabled=false Serilog__FilePath="" exec dotnet bin/Release/net10.0/FangchengCredit.Web.dll --urls "$BASE" >"$OUT/server-pg.log" 2>&1) &
SERVER_PID=$!
until curl -fs "$BASE/health/ready" >/dev/null 2>&1; do kill -0 "$SERVER_PID" || exit 1; sleep 0.1; done
jar="$WORK/pg-cookies"
token=$(curl -s -c "$jar" "$BASE/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=staff@fangcheng.local" --data-urlencode "Password=Demo@12345" --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/Login"
echo "== PostgreSQL: regrade vs raw read"
curl -fs -X POST -b "$jar" "$BASE/baselines/regrade?rawWrite=true" > "$OUT/pg-regrade-first.json"; cat "$OUT/pg-regrade-first.json"; echo
# The first run inserted 200,000 rows; autovacuum would vacuum the tables within a minute (insert threshold) and long before the
# next daily run: without it, the next reads of the new rows set their hint bits and find no visibility map.
runuser -u postgres -- "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -qc "VACUUM ANALYZE" >/dev/null
# The same day three times, then three new days in a row (regrade-days.sh).
source "$(dirname "$0")/regrade-days.sh"
regrade_daily_runs "$BASE" "$jar" "pg-"
echo "== PostgreSQL: import 10,000 enterprises vs MiniExcel read"
curl -fs -b "$jar" -F "file=@$WORK/import.xlsx" "$BASE/baselines/import" > "$OUT/pg-import.json"; cat "$OUT/pg-import.json"; echo
