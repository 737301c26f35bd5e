#!/usr/bin/env bash
# The data set (SQLite file in $WORK) and the 10,000-row import workbook.
set -euo pipefail
BENCH="$HERE/bin/Release/net10.0/FangchengCredit.Benchmarks"
echo "== generate $ENTERPRISES enterprises / $RECORDS records"
start=$(date +%s.%N)
"$BENCH" generate --provider sqlite --connection "Data Source=$WORK/big.db" --enterprises "$ENTERPRISES" --records "$RECORDS" --seed 1 | tee "$OUT/generate.txt"
echo "generate_seconds $(echo "$(date +%s.%N) - $start" | bc)" >> "$OUT/generate.txt"
"$BENCH" xlsx "$WORK/import.xlsx" 10000 8
