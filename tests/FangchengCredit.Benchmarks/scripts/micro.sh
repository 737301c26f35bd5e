#!/usr/bin/env bash
# The BenchmarkDotNet micro-benchmarks with a short job; their reports go to $OUT/micro.
set -euo pipefail
echo "== micro-benchmarks (BenchmarkDotNet, short job)"
cd "$HERE"  # BenchmarkDotNet finds the project from here
dotnet "$HERE/bin/Release/net10.0/FangchengCredit.Benchmarks.dll" micro --job short --filter '*' --artifacts "$OUT/micro" > "$OUT/micro.txt" 2>&1 || { tail -30 "$OUT/micro.txt"; exit 1; }
grep -E '^\|' "$OUT/micro.txt" | tail -40
