#!/usr/bin/env bash
# HTTP benchmarks: each server in benches/tornado/ run by whirl and by
# Tornado 6 on Debian's CPython, one after the other, each loaded with
#   wrk -t1 -c50 -d${DURATION}s --latency
# Prints requests/second and p99 latency side by side (markdown), also saved
# to target/bench/tornado.md. Needs wrk (apt-get install -y wrk); makes a
# venv with Tornado in target/bench/tornado-venv on first use.
#   benches/tornado.sh                 # hello sleep0 proxy json_args
#   DURATION=5 benches/tornado.sh hello
set -euo pipefail
cd "$(dirname "$0")/.."
WHIRL="${WHIRL:-target/release/whirl}"
PY="${PYTHON:-$(command -pv python3)}"
DURATION="${DURATION:-10}"
OUT_DIR="${OUT_DIR:-target/bench}"
VENV="$OUT_DIR/tornado-venv"
mkdir -p "$OUT_DIR"
command -v wrk >/dev/null || { echo "tornado.sh: wrk not found (apt-get install -y wrk)" >&2; exit 1; }
[ -x "$WHIRL" ] || cargo build --release
if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -m venv "$VENV"
    "$VENV/bin/pip" install -q tornado
fi
TPY="$VENV/bin/python"
tversion="$("$TPY" -c 'import tornado; print(tornado.version)')"
pyversion="$("$TPY" -c 'import sys; print(sys.version.split()[0])')"
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(hello sleep0 proxy json_args)
port=18900

# run_one LABEL CMD... : starts the server on $port, loads it, prints "rps p99"
run_one() {
    "$@" "$port" >/dev/null 2>"$OUT_DIR/server.err" &
    local pid=$!
    for _ in $(seq 50); do
        curl -s -o /dev/null "http://127.0.0.1:$port/" && break
        sleep 0.1
    done
    local out
    out="$(wrk -t1 -c50 -d"${DURATION}s" --latency "http://127.0.0.1:$port/")"
    local rss
    rss="$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    local rps p99 errors
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    errors="$(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr '\n' ' ' || true)"
    echo "$rps $p99 $((rss / 1024)) ${errors:-}"
    port=$((port + 2))
}

table="$OUT_DIR/tornado.md"
{
    echo "wrk -t1 -c50 -d${DURATION}s on $(nproc) cores; Tornado $tversion on CPython $pyversion ($TPY)"
    echo
    echo "| server | whirl req/s | Tornado req/s | ratio | whirl p99 | Tornado p99 | whirl peak RSS MB | Tornado peak RSS MB |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
} > "$table"
for name in "${names[@]}"; do
    read -r w_rps w_p99 w_rss w_err < <(run_one "$WHIRL" "benches/tornado/$name.py") || true
    read -r t_rps t_p99 t_rss t_err < <(run_one "$TPY" "benches/tornado/$name.py") || true
    ratio="$(awk -v a="$w_rps" -v b="$t_rps" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }')"
    echo "| $name | $w_rps | $t_rps | $ratio | $w_p99 | $t_p99 | $w_rss | $t_rss |" >> "$table"
    [ -z "${w_err:-}" ] || echo "whirl $name: $w_err" >&2
    [ -z "${t_err:-}" ] || echo "tornado $name: $t_err" >&2
done
cat "$table"
