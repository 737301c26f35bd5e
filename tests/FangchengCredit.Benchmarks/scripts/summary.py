#!/usr/bin/env python3
"""Turns one results folder of run-all.sh into the Markdown tables of docs/benchmarks.md (ratio, target, pass/fail)."""
import json, os, re, sys

out = sys.argv[1]
def read(name):
    p = os.path.join(out, name)
    return open(p, encoding="utf-8").read() if os.path.exists(p) else ""

def ms(text):
    m = re.match(r"([\d.]+)(us|ms|s)", text)
    if not m: return float("nan")
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v

def parse_wrk(t):
    rps = re.search(r"Requests/sec:\s+([\d.]+)", t)
    p99 = re.search(r"^\s+99%\s+(\S+)", t, re.M)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
    return (float(rps.group(1)) if rps else float("nan"), ms(p99.group(1)) if p99 else float("nan"), int(non2xx.group(1)) if non2xx else 0)

def wrk(name):
    return parse_wrk(read(f"wrk-{name}.txt"))

def rounds(name):
    """The rounds of a path measured by server-scenarios.sh's pair(): wrk-<name>.r1.txt … (empty if there are none)."""
    return [parse_wrk(read(f"wrk-{name}.r{i}.txt")) for i in range(1, 10) if read(f"wrk-{name}.r{i}.txt")]

def paired(name):
    """Portal and baseline of the median round (by ratio), the worst portal and baseline p99, all non-2xx answers."""
    a, b = rounds(name), rounds(name + "-raw")
    if not a or len(a) != len(b):
        a, b = [wrk(name)], [wrk(name + "-raw")]
    by_ratio = sorted(range(len(a)), key=lambda i: a[i][0] / b[i][0] if b[i][0] else float("nan"))
    m = by_ratio[len(by_ratio) // 2]
    ratios = [a[i][0] / b[i][0] for i in by_ratio if b[i][0]]
    return a[m], b[m], max(x[1] for x in a), max(x[1] for x in b), sum(x[2] for x in a), ratios, len(a)

def ok(b): return "pass" if b else "**FAIL**"
gen = read("generate.txt").strip().splitlines()
print(f"Data set: {gen[-2] if len(gen) > 1 else '?'}; generated in {gen[-1].split()[-1] if gen else '?'} s\n")

print("Raw read: the rows and columns the job reads (its records: those that can count, decision 0018); the ratio and the target are")
print("to that read. Beside it, the same read with every record of every enterprise (what the job read before) and the ratio to it.")
print("A first run writes a grade and a history line per enterprise: its baseline is the raw read plus a plain write of the rows it")
print("wrote (binary COPY / one prepared INSERT, rolled back; decision 0019), and its ratio to the read alone is in brackets.\n")
print("| Regrade (daily job) | raw read ms | regrade ms | ratio | target | result | every record: raw ms, ratio | enterprises | expired | grades changed |")
print("|---|---:|---:|---:|---|---|---:|---:|---:|---:|")
for label, f in (("first run (writes every grade)", "regrade-first.json"), ("steady state (the same day again; three runs)", "regrade-steady.json"), ("next day (a daily run: some records expire; three days in a row)", "regrade-next-day.json"), ("PostgreSQL, first run", "pg-regrade-first.json"), ("PostgreSQL, steady state (three runs)", "pg-regrade-steady.json"), ("PostgreSQL, next day (three days in a row)", "pg-regrade-next-day.json")):
    # The daily kinds are measured three times (files name.json, name-2.json, name-3.json): the median run by ratio is shown,
    # every run's ratio in brackets, as for the load.
    runs = [json.loads(t) for t in (read(f), read(f.replace(".json", "-2.json")), read(f.replace(".json", "-3.json"))) if t]
    if not runs: continue
    j = sorted(runs, key=lambda r: r['ratio'])[len(runs) // 2]
    each = " (" + ", ".join(f"{r['ratio']:.2f}" for r in runs) + ")" if len(runs) > 1 else ""
    if j.get('rawWriteMs') is not None:
        raw, ratio, target, passed = f"{j['rawReadMs']:.0f} + {j['rawWriteMs']:.0f} written", f"{j['ratioToReadAndWrite']:.2f}× (read alone {j['ratio']:.2f}×)", "≤ 2× of read + write", j['ratioToReadAndWrite'] <= 2
    else:
        raw, ratio, target, passed = f"{j['rawReadMs']:.0f}", f"{j['ratio']:.2f}×{each}", "≤ 2×", j['ratio'] <= 2
    print(f"| {label} | {raw} | {j['regradeMs']:.0f} | {ratio} | {target} | {ok(passed)} | {j['rawAllRecordsMs']:.0f}, {j['ratioToAllRecords']:.2f}× | {j['enterprises']} | {j['expired']} | {j['gradesChanged']} |")

print("\nLoad: every path warmed together first (`WARM_UP_SECONDS`, default 40); then each portal path and its baseline in three rounds of")
print("4 s, in turn (2 s warm-up first). req/s and ratio: the median round (by ratio; every round's ratio in brackets); p99: the worst round.\n")
print("| Load (wrk -t2 -c32) | portal req/s | baseline req/s | ratio (rounds) | portal p99 ms | baseline p99 ms | target | result |")
print("|---|---:|---:|---:|---:|---:|---|---|")
for label, name, p99_target in (("Enterprise list, township filter, page 1", "list-first", True), ("Enterprise list, deep page (no filter), by the \"next\" link (keyset)", "list-deep", True), ("Enterprise list, deep page (no filter), typed page number (OFFSET)", "list-deep-offset", False), ("GET /api/v1/credit/{code} (1,000 codes)", "credit", False)):
    a, b, a_p99, b_p99, non2xx, ratios, n = paired(name)
    ratio = a[0] / b[0] if b[0] else float("nan")
    passed = ratio >= 0.5 and (a_p99 < 50 if p99_target else True) and non2xx == 0
    target = "≥ 0.5× and p99 < 50 ms" if p99_target else "≥ 0.5×"
    errors = f" ({non2xx} non-2xx)" if non2xx else ""
    each = f" ({', '.join(f'{r:.2f}' for r in ratios)})" if n > 1 else ""
    print(f"| {label} | {a[0]:.0f}{errors} | {b[0]:.0f} | {ratio:.2f}×{each} | {a_p99:.1f} | {b_p99:.1f} | {target} | {ok(passed)} |")

cold = wrk("list-first-cold")
if cold[0] == cold[0]:
    print(f"| (for the record, not a target) the list's first page measured cold: its first 12 s under load, before the warm-up | {cold[0]:.0f} | — | — | {cold[1]:.1f} | — | — | — |")

imports = [(label, read(f)) for label, f in (("EnterpriseImporter.ImportAsync", "import.json"), ("the same on PostgreSQL", "pg-import.json"))]
if any(t for _, t in imports):
    print("\n| Import 10,000 enterprises (.xlsx) | MiniExcel read ms | portal import ms | ratio | target | result | outcome |")
    print("|---|---:|---:|---:|---|---|---|")
    for label, t in imports:
        if not t: continue
        j = json.loads(t)
        print(f"| {label} | {j['miniExcelMs']:.0f} | {j['importMs']:.0f} | {j['ratio']:.2f}× | ≤ 5× | {ok(j['ratio'] <= 5 and j['outcome'] == 'Saved')} | {j['outcome']}, {j['created']} created |")

st = dict(l.split() for l in read("startup.txt").splitlines() if l.strip())
rss = dict(l.split() for l in read("rss.txt").splitlines() if l.strip())
print("\n| Start-up and memory | value | target | result |")
print("|---|---:|---|---|")
if "startup_ms_empty" in st: print(f"| start-up to /health/ready, empty database (Development: migrations + demo seed) | {st['startup_ms_empty']} ms | — | — |")
if "startup_ms_big" in st: print(f"| start-up to /health/ready, generated data set | {st['startup_ms_big']} ms | — | — |")
if "peak_rss_kb_under_load" in rss:
    mb = int(rss["peak_rss_kb_under_load"]) / 1024
    print(f"| peak RSS of the server (VmHWM) after regrade, load and before import | {mb:.0f} MB | < 400 MB | {ok(mb < 400)} |")

micro = [l for l in read("micro.txt").splitlines() if l.startswith("|")]
if micro:
    print("\nMicro-benchmarks (BenchmarkDotNet, --job short):\n")
    print("\n".join(micro))
