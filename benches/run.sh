#!/usr/bin/env bash
# Compare whirl with CPython on the benchmark scripts, side by side.
#
#   benches/run.sh                      # every script
#   benches/run.sh fib gen_pingpong     # only these (names without .py)
#
# Scripts: $BENCH_DIR/*.py (default: ../shared/bench next to the repository)
# plus benches/cycles.py and benches/realistic/*.py (programs of the kinds
# issue 14 holds to CPython's speed: simulations, a parser, generators). For each script it
#   1. runs it once under CPython and once under whirl and checks that every
#      output line of whirl equals CPython's (a wrong answer is not timed);
#   2. times both with hyperfine (-N, $WARMUP warm-up runs, $RUNS runs) and
#      keeps the JSON in $OUT_DIR/<script>.json;
#   3. measures the peak RSS of one run of each with GNU time (-v).
# It ends with a markdown table (medians, whirl/CPython ratio, peak RSS),
# also written to $OUT_DIR/results.md, ready to paste into BENCHMARKS.md.
#
# Environment (all optional):
#   BENCH_DIR  folder of benchmark scripts   (default: <repo>/../shared/bench)
#   PYTHON     CPython to compare with       (default: `command -pv python3`,
#              i.e. the system python3, not a pyenv shim)
#   WHIRL      whirl binary                  (default: <repo>/target/release/whirl)
#   RUNS       timed runs per command        (default: 5)
#   WARMUP     warm-up runs per command      (default: 1)
#   OUT_DIR    where results go              (default: <repo>/target/bench)
#
# It installs nothing. Needs: hyperfine and GNU time
#   (Debian: apt-get install -y hyperfine time), and `cargo build --release`.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-$repo/../shared/bench}"
PYTHON="${PYTHON:-$(command -pv python3 || true)}"
WHIRL="${WHIRL:-$repo/target/release/whirl}"
RUNS="${RUNS:-5}"
WARMUP="${WARMUP:-1}"
OUT_DIR="${OUT_DIR:-$repo/target/bench}"

missing=()
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
if [ ! -x /usr/bin/time ] || ! /usr/bin/time -v true >/dev/null 2>&1; then
    missing+=("time (GNU time at /usr/bin/time)")
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "run.sh: missing: ${missing[*]}" >&2
    echo "run.sh: install them with: apt-get install -y hyperfine time" >&2
    exit 1
fi
if [ -z "$PYTHON" ] || ! "$PYTHON" -c 'pass' >/dev/null 2>&1; then
    echo "run.sh: no CPython found (set PYTHON=/path/to/python3)" >&2
    exit 1
fi
if [ ! -x "$WHIRL" ]; then
    echo "run.sh: $WHIRL not found: run 'cargo build --release' first (or set WHIRL=...)" >&2
    exit 1
fi
if [ ! -d "$BENCH_DIR" ]; then
    echo "run.sh: benchmark folder $BENCH_DIR not found (set BENCH_DIR=...)" >&2
    exit 1
fi
BENCH_DIR="$(cd "$BENCH_DIR" && pwd)"

scripts=()
if [ $# -gt 0 ]; then
    for name in "$@"; do
        name="${name%.py}"
        if [ -f "$BENCH_DIR/$name.py" ]; then
            scripts+=("$BENCH_DIR/$name.py")
        elif [ -f "$repo/benches/$name.py" ]; then
            scripts+=("$repo/benches/$name.py")
        elif [ -f "$repo/benches/realistic/$name.py" ]; then
            scripts+=("$repo/benches/realistic/$name.py")
        else
            echo "run.sh: no benchmark named $name" >&2
            exit 1
        fi
    done
else
    for s in "$BENCH_DIR"/*.py "$repo/benches/cycles.py" "$repo/benches/realistic"/*.py; do
        [ -f "$s" ] && scripts+=("$s")
    done
fi

mkdir -p "$OUT_DIR"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Peak RSS in MB of one run of "$@" (GNU time reports kilobytes).
peak_rss_mb() {
    if /usr/bin/time -v "$@" >/dev/null 2>"$tmp/time.txt"; then :; fi
    awk -F': *' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$tmp/time.txt"
}

# Median in seconds of command number $2 in hyperfine's JSON file $1.
median() {
    "$PYTHON" -c 'import json, sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["median"])' "$1" "$2"
}

py_version="$("$PYTHON" -c 'import sys, platform; print(platform.python_implementation(), sys.version.split()[0])')"
whirl_version="$("$WHIRL" --version 2>/dev/null | head -n 1 || echo "whirl (version unknown)")"
rows=()
wrong=0

for script in "${scripts[@]}"; do
    name="$(basename "$script" .py)"
    echo "== $name"
    expected="$tmp/$name.cpython"
    got="$tmp/$name.whirl"
    "$PYTHON" "$script" > "$expected"
    status=0
    "$WHIRL" "$script" > "$got" 2> "$tmp/$name.stderr" || status=$?
    if [ "$status" -ne 0 ] || ! cmp -s "$expected" "$got"; then
        wrong=$((wrong + 1))
        echo "   WRONG: whirl exit status $status; output differs from CPython:"
        diff "$expected" "$got" | head -n 10 | sed 's/^/     /' || true
        tail -n 5 "$tmp/$name.stderr" | sed 's/^/     stderr: /'
        hyperfine -N -w "$WARMUP" -r "$RUNS" --export-json "$OUT_DIR/$name.json" \
            "$PYTHON $script"
        py_med="$(median "$OUT_DIR/$name.json" 0)"
        py_rss="$(peak_rss_mb "$PYTHON" "$script")"
        rows+=("| $name | **wrong output** | $py_med | — | — | $py_rss | — |")
        continue
    fi
    echo "   output OK: $(head -n 1 "$got")"
    hyperfine -N -w "$WARMUP" -r "$RUNS" --export-json "$OUT_DIR/$name.json" \
        "$PYTHON $script" "$WHIRL $script"
    py_med="$(median "$OUT_DIR/$name.json" 0)"
    wh_med="$(median "$OUT_DIR/$name.json" 1)"
    ratio="$(awk -v w="$wh_med" -v p="$py_med" 'BEGIN { if (p > 0) printf "%.2f", w / p; else print "n/a" }')"
    py_rss="$(peak_rss_mb "$PYTHON" "$script")"
    wh_rss="$(peak_rss_mb "$WHIRL" "$script")"
    rows+=("| $name | ok | $py_med | $wh_med | $ratio | $py_rss | $wh_rss |")
done

{
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(uname -m), $(nproc) cores;"
    echo "$py_version ($PYTHON) vs $whirl_version ($WHIRL);"
    echo "hyperfine -N, $WARMUP warm-up + $RUNS runs, medians in seconds; peak RSS of one run in MB."
    echo
    echo "| script | whirl output | CPython median (s) | whirl median (s) | whirl/CPython | CPython peak RSS (MB) | whirl peak RSS (MB) |"
    echo "|---|---|---:|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
} > "$OUT_DIR/results.md"

echo
cat "$OUT_DIR/results.md"
echo
echo "(table saved to $OUT_DIR/results.md, hyperfine JSON in $OUT_DIR/)"
if [ "$wrong" -gt 0 ]; then
    echo "run.sh: $wrong script(s) gave a wrong answer under whirl" >&2
    exit 1
fi
