#!/usr/bin/env bash
# Start-up, regrade, list and API under wrk, import, peak RSS: the portal on loopback in Development with the baselines mapped.
set -euo pipefail
WEB="$ROOT/src/FangchengCredit.Web"
PORT=${PORT:-5310}
BASE="http://127.0.0.1:$PORT"
SERVER_PID=""
stop_server() { if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; fi; }
trap stop_server EXIT

start_server() { # $1 = database file, $2 = label; prints ms to /health/ready
  local t0; t0=$(date +%s%N)
  (cd "$WEB" && ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Default="Data Source=$1" Benchmarks__Baselines=true \
     Jobs__DailyCredit__Enabled=false Api__RequestsPerMinute=100000000 Identity__SecurityStampValidationMinutes=60 Serilog__FilePath="" \
     exec dotnet bin/Release/net10.0/FangchengCredit.Web.dll --urls "$BASE" >"$OUT/server-$2.log" 2>&1) &
  SERVER_PID=$!
  until curl -fs "$BASE/health/ready" >/dev/null 2>&1; do
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died" >&2; tail -20 "$OUT/server-$2.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "startup_ms_$2 $(( ($(date +%s%N) - t0) / 1000000 ))" | tee -a "$OUT/startup.txt"
}

sign_in() {
  local jar="$WORK/cookies"
  rm -f "$jar"
  local token
  token=$(curl -s -c "$jar" "$BASE/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=staff@fangcheng.local" --data-urlencode "Password=Demo@12345" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/Login"
  local auth csrf
  auth=$(awk '$6=="fc.auth"{print $7}' "$jar"); csrf=$(awk '$6=="fc.csrf"{print $7}' "$jar")
  [ -n "$auth" ] && [ -n "$csrf" ] || { echo "sign-in failed" >&2; exit 1; }
  # Both cookies, as a browser sends them: without the antiforgery cookie every page would mint a new one. wrk replays this
  # sign-in cookie unchanged, where a browser takes the one renewed at each minute's stamp check: the server starts with the
  # check every 60 minutes instead (Identity:SecurityStampValidationMinutes), or every request after the first minute would be one.
  COOKIE="fc.auth=$auth; fc.csrf=$csrf"
}

load() { # $1 = name, $2 = path (or "credit"/"credit-raw" for the rotating-code script)
  local args=(-t2 -c32 -d10s --latency -H "Cookie: $COOKIE")
  if [[ "$2" == credit* ]]; then
    local prefix="/api/v1/credit/"; [ "$2" = credit-raw ] && prefix="/baselines/credit/"
    sed "s|@PREFIX@|$prefix|" "$WORK/credit.lua" > "$WORK/credit-run.lua"
    wrk -t2 -c8 -d2s -H "Cookie: $COOKIE" -s "$WORK/credit-run.lua" "$BASE" >/dev/null  # warm-up
    wrk "${args[@]}" -s "$WORK/credit-run.lua" "$BASE" > "$OUT/wrk-$1.txt"
  else
    wrk -t2 -c8 -d2s -H "Cookie: $COOKIE" "$BASE$2" >/dev/null  # warm-up
    wrk "${args[@]}" "$BASE$2" > "$OUT/wrk-$1.txt"
  fi
  echo "  $1: $(grep -E 'Requests/sec' "$OUT/wrk-$1.txt") p99 $(grep -E '^ +99%' "$OUT/wrk-$1.txt" | awk '{print $2}') non2xx $(grep -c 'Non-2xx' "$OUT/wrk-$1.txt" || true)"
}

run_wrk() { # $1 = path (or "credit"/"credit-raw" for the rotating-code script), $2 = duration, $3 = output file
  local args=(-t2 -c32 -d"$2" --latency -H "Cookie: $COOKIE")
  if [[ "$1" == credit* ]]; then
    local prefix="/api/v1/credit/"; [ "$1" = credit-raw ] && prefix="/baselines/credit/"
    sed "s|@PREFIX@|$prefix|" "$WORK/credit.lua" > "$WORK/credit-$1.lua"
    wrk "${args[@]}" -s "$WORK/credit-$1.lua" "$BASE" > "$3"
  else
    wrk "${args[@]}" "$BASE$1" > "$3"
  fi
}

# A portal path and its baseline, measured in three rounds of 4 s, portal and baseline in turn: whatever drifts during the
# measurement (the server's heap after the regrade, other processes) falls on both sides alike. summary.py reports the median
# round's ratio and the worst round's p99.
pair() { # $1 = name, $2 = portal path, $3 = baseline path
  run_wrk "$2" 2s /dev/null; run_wrk "$3" 2s /dev/null  # warm-up
  for round in 1 2 3; do
    run_wrk "$2" 4s "$OUT/wrk-$1.r$round.txt"
    run_wrk "$3" 4s "$OUT/wrk-$1-raw.r$round.txt"
    echo "  $1 round $round: portal $(awk '/Requests\/sec/{print $2}' "$OUT/wrk-$1.r$round.txt") req/s, baseline $(awk '/Requests\/sec/{print $2}' "$OUT/wrk-$1-raw.r$round.txt") req/s"
  done
}

echo "== server on the generated data set"
start_server "$WORK/big.db" big
sign_in

echo "== regrade (daily job) vs raw read"
curl -fs -X POST -b "$WORK/cookies" "$BASE/baselines/regrade?rawWrite=true" > "$OUT/regrade-first.json"; cat "$OUT/regrade-first.json"; echo
# The same day three times, then three new days in a row (regrade-days.sh).
source "$(dirname "$0")/regrade-days.sh"
regrade_daily_runs "$BASE" "$WORK/cookies" ""

echo "== list and API under load"
TOWNSHIP=$(sqlite3 "$WORK/big.db" 'SELECT "TownshipCode" FROM "Enterprises" GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1')
DEEP=$(( ENTERPRISES / 20 / 2 ))
# A deep page as a user reaches it: by the "next" link of the page before, which carries that page's last row (keyset cursor).
AFTER=$(sqlite3 "$WORK/big.db" "SELECT \"Id\" FROM \"Enterprises\" ORDER BY \"Name\", \"Id\" LIMIT 1 OFFSET $(( (DEEP - 1) * 20 - 1 ))")
sqlite3 "$WORK/big.db" 'SELECT "Code" FROM "Enterprises" WHERE "Id" % 97 = 0 LIMIT 1000' > "$WORK/codes.txt"
{
  echo 'local codes = {}'
  echo 'for line in io.lines("'"$WORK/codes.txt"'") do codes[#codes + 1] = line end'
  echo 'request = function() return wrk.format("GET", "@PREFIX@" .. codes[math.random(#codes)]) end'
} > "$WORK/credit.lua"
# The first seconds under load measure the JIT, not the portal: .NET compiles every method quickly first (tier 0) and recompiles the
# hot ones in the background (tier 1, with profile-guided optimisation), which two saturated cores delay by 20–30 s. Measured cold
# once, for the record; then every measured path, portal and baseline alike, runs together until steady, and only then is measured.
load list-first-cold "/Enterprises?Township=$TOWNSHIP"
{
  echo 'local paths = {'
  for p in "/Enterprises?Township=$TOWNSHIP" "/baselines/enterprises?township=$TOWNSHIP" "/Enterprises?Page=$DEEP&after=$AFTER" \
           "/baselines/enterprises?page=$DEEP&after=$AFTER" "/Enterprises?Page=$DEEP" "/baselines/enterprises?page=$DEEP"; do echo "  \"$p\","; done
  echo '}'
  echo 'local codes = {}'
  echo 'for line in io.lines("'"$WORK/codes.txt"'") do codes[#codes + 1] = line end'
  echo 'local i = 0'
  echo 'request = function()'
  echo '  i = i % (#paths + 2) + 1'
  echo '  if i == #paths + 1 then return wrk.format("GET", "/api/v1/credit/" .. codes[math.random(#codes)]) end'
  echo '  if i == #paths + 2 then return wrk.format("GET", "/baselines/credit/" .. codes[math.random(#codes)]) end'
  echo '  return wrk.format("GET", paths[i])'
  echo 'end'
} > "$WORK/warm-up.lua"
echo "  warm-up: every measured path in turn for ${WARM_UP_SECONDS:=40} s"
wrk -t2 -c32 -d"${WARM_UP_SECONDS}s" -H "Cookie: $COOKIE" -s "$WORK/warm-up.lua" "$BASE" > "$OUT/wrk-warm-up.txt"
pair list-first "/Enterprises?Township=$TOWNSHIP" "/baselines/enterprises?township=$TOWNSHIP"
pair list-deep "/Enterprises?Page=$DEEP&after=$AFTER" "/baselines/enterprises?page=$DEEP&after=$AFTER"
pair list-deep-offset "/Enterprises?Page=$DEEP" "/baselines/enterprises?page=$DEEP"
pair credit credit credit-raw
echo "peak_rss_kb_under_load $(awk '/VmHWM/{print $2}' /proc/"$SERVER_PID"/status)" | tee "$OUT/rss.txt"

echo "== import 10,000 enterprises vs MiniExcel read"
curl -fs -b "$WORK/cookies" -F "file=@$WORK/import.xlsx" "$BASE/baselines/import" > "$OUT/import.json"; cat "$OUT/import.json"; echo
stop_server

echo "== start-up on an empty database"
start_server "$WORK/empty.db" empty
stop_server
