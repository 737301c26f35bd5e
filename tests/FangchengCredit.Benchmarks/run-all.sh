#!/usr/bin/env bash
# Every whole-system measurement of docs/benchmarks.md in one command, each beside its raw baseline in the same run.
#   run-all.sh            20,000 enterprises / 200,000 records (≈ 5 min on 2 cores)
#   run-all.sh --small    2,000 / 20,000 (a smoke run, ≈ 3 min)
#   run-all.sh --full     100,000 / 1,000,000 (the figures of docs/benchmarks.md, ≈ 7–10 min)
#   add --no-micro to skip the BenchmarkDotNet micro-benchmarks, --postgresql to add the regrade on a throw-away PostgreSQL (root).
# Results: tests/FangchengCredit.Benchmarks/results/<time>/summary.md (+ the raw wrk and JSON outputs).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ENTERPRISES=20000 RECORDS=200000 MICRO=1 POSTGRES=0
for a in "$@"; do
  case "$a" in
    --small) ENTERPRISES=2000 RECORDS=20000 ;;
    --full) ENTERPRISES=100000 RECORDS=1000000 ;;
    --no-micro) MICRO=0 ;;
    --postgresql) POSTGRES=1 ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done
export ENTERPRISES RECORDS MICRO ROOT HERE
export OUT="$HERE/results/$(date -u +%Y%m%d-%H%M%S)-$ENTERPRISES"
mkdir -p "$OUT"
export WORK=$(mktemp -d /tmp/fc-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

command -v wrk >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }

echo "== build (Release)"
dotnet build -c Release "$ROOT/src/FangchengCredit.Web" -v q -nologo >/dev/null
dotnet build -c Release "$HERE" -v q -nologo >/dev/null

"$HERE/scripts/generate.sh"
"$HERE/scripts/server-scenarios.sh"
[ "$POSTGRES" = 1 ] && "$HERE/scripts/regrade-postgresql.sh"
[ "$MICRO" = 1 ] && "$HERE/scripts/micro.sh"
python3 "$HERE/scripts/summary.py" "$OUT" | tee "$OUT/summary.md"
