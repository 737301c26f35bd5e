# Sourced by server-scenarios.sh and regrade-postgresql.sh. One regrade takes about a second, so each daily kind is measured
# three times, as the load is, and summary.py takes the median run (by ratio): the same day three times, then three new days in
# a row (the bureau's next three days, UTC+8), each beside its own raw read. Writes $OUT/<prefix>regrade-steady[-2|-3].json and
# $OUT/<prefix>regrade-next-day[-2|-3].json.
regrade_daily_runs() {  # <base url> <cookie jar> <file prefix>
  local base=$1 jar=$2 prefix=$3 run day
  for run in "" -2 -3; do
    curl -fs -X POST -b "$jar" "$base/baselines/regrade" > "$OUT/${prefix}regrade-steady$run.json"
    cat "$OUT/${prefix}regrade-steady$run.json"; echo
  done
  for day in 1 2 3; do
    run=$([ "$day" = 1 ] && echo "" || echo "-$day")
    curl -fs -X POST -b "$jar" "$base/baselines/regrade?today=$(date -u -d "+$(( 8 + 24 * day )) hours" +%Y-%m-%d)" > "$OUT/${prefix}regrade-next-day$run.json"
    cat "$OUT/${prefix}regrade-next-day$run.json"; echo
  done
}
