#!/usr/bin/env bash
# Soak benchmarks (memory over time, not timed): runs each script under
# whirl and under CPython, checks both print the same stdout, and reports
# the RSS samples each script writes to stderr (every 100k iterations, from
# /proc/self/status) plus GNU time's peak RSS, as markdown.
#
#   benches/soak.sh                    # cycles, futures, generators
#   benches/soak.sh generators         # some
#
# Scripts: benches/cycles.py --soak (1M cycles of each kind, collected),
# benches/soak_futures.py (1M future and coroutine cycles; CPython side
# needs Tornado: $TORNADO_PYTHON), benches/soak_generators.py (1M suspended
# generators alive at once, then del).
#
# Environment: PYTHON (default `command -pv python3`), TORNADO_PYTHON
# (default /work/tornado-venv/bin/python), WHIRL (target/release/whirl),
# OUT_DIR (target/bench/soak).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-$(command -pv python3 || true)}"
TORNADO_PYTHON="${TORNADO_PYTHON:-/work/tornado-venv/bin/python}"
WHIRL="${WHIRL:-$repo/target/release/whirl}"
OUT_DIR="${OUT_DIR:-$repo/target/bench/soak}"
mkdir -p "$OUT_DIR"

if [ $# -gt 0 ]; then parts=("$@"); else parts=(cycles futures generators); fi

run_one() { # name interpreter script args...
    local name="$1" interp="$2"
    shift 2
    /usr/bin/time -f "%M" -o "$OUT_DIR/$name.maxrss" "$interp" "$@" \
        >"$OUT_DIR/$name.out" 2>"$OUT_DIR/$name.err"
}

summary() { # name -> "samples | peak | end"
    local name="$1"
    local samples last peak
    samples="$(grep -E '^[a-z_]+ [0-9]+ [0-9.]+$' "$OUT_DIR/$name.err" | awk '{printf "%s%.0f", (NR>1?" ":""), $3}')"
    last="$(tail -n 1 "$OUT_DIR/$name.err")"
    peak="$(awk '{printf "%.1f", $1/1024}' "$OUT_DIR/$name.maxrss")"
    echo "$samples | $last | $peak"
}

echo "| script | interpreter | RSS samples (MB, every 100k) | final line | peak RSS (MB, GNU time) |"
echo "| --- | --- | --- | --- | --- |"
for p in "${parts[@]}"; do
    case "$p" in
        cycles) script=("$repo/benches/cycles.py" --soak); py="$PYTHON" ;;
        futures) script=("$repo/benches/soak_futures.py"); py="$TORNADO_PYTHON" ;;
        generators) script=("$repo/benches/soak_generators.py"); py="$PYTHON" ;;
        *) echo "soak.sh: unknown part $p" >&2; exit 1 ;;
    esac
    run_one "$p-whirl" "$WHIRL" "${script[@]}"
    run_one "$p-cpython" "$py" "${script[@]}"
    if ! cmp -s "$OUT_DIR/$p-whirl.out" "$OUT_DIR/$p-cpython.out"; then
        echo "soak.sh: $p: whirl's output differs from CPython's" >&2
    fi
    echo "| $p | whirl | $(summary "$p-whirl") |"
    echo "| $p | CPython | $(summary "$p-cpython") |"
done
