#!/usr/bin/env bash
# HTTP soak: sends REQUESTS requests (default 1,000,000) to a hello-world
# server with wrk (one thread, 50 keep-alive connections, in 5-second
# slices until the count is reached or MAX_SECS pass), sampling the
# server's RSS every second; first whirl, then Tornado on CPython. Prints
# requests done, req/s, and RSS at start / peak / end (end: after the
# load, 2 s idle), and writes the samples to target/bench/soak-*.tsv.
#
#   benches/soak_http.sh                       # 1M requests each
#   REQUESTS=200000 MAX_SECS=60 benches/soak_http.sh
#
# Needs wrk. Tornado comes from $TORNADO_PYTHON (default
# /work/tornado-venv/bin/python, else target/bench/tornado-venv as
# benches/tornado.sh makes it). Listens on 127.0.0.1:$PORT (23800).
set -euo pipefail
cd "$(dirname "$0")/.."
WHIRL="${WHIRL:-target/release/whirl}"
REQUESTS="${REQUESTS:-1000000}"
MAX_SECS="${MAX_SECS:-240}"
PORT="${PORT:-23800}"
OUT_DIR="${OUT_DIR:-target/bench}"
mkdir -p "$OUT_DIR"
command -v wrk >/dev/null || { echo "soak_http.sh: wrk not found" >&2; exit 1; }
TPY="${TORNADO_PYTHON:-/work/tornado-venv/bin/python}"
[ -x "$TPY" ] || TPY="$OUT_DIR/tornado-venv/bin/python"

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

soak() {
    local name="$1"; shift
    "$@" benches/tornado/hello.py "$PORT" >/dev/null 2>&1 &
    local pid=$!
    for _ in $(seq 50); do
        curl -s "http://127.0.0.1:$PORT/" >/dev/null 2>&1 && break
        sleep 0.1
    done
    local samples="$OUT_DIR/soak-$name.tsv"
    echo -e "second\trss_kb" > "$samples"
    ( t=0; while kill -0 "$pid" 2>/dev/null; do
          echo -e "$t\t$(rss_kb "$pid")" >> "$samples"; sleep 1; t=$((t + 1)); done ) &
    local sampler=$!
    local start_rss; start_rss=$(rss_kb "$pid")
    local done_reqs=0 t0=$SECONDS
    while [ "$done_reqs" -lt "$REQUESTS" ] && [ $((SECONDS - t0)) -lt "$MAX_SECS" ]; do
        local n
        n=$(wrk -t1 -c50 -d5s "http://127.0.0.1:$PORT/" | awk '/requests in/ {print $1}')
        done_reqs=$((done_reqs + ${n:-0}))
    done
    local secs=$((SECONDS - t0))
    sleep 2
    local end_rss; end_rss=$(rss_kb "$pid")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    local peak; peak=$(awk 'NR > 1 && $2 > m {m = $2} END {print m + 0}' "$samples")
    [ "$end_rss" -gt "$peak" ] && peak=$end_rss
    printf '| %s | %d | %d | %.0f | %.1f | %.1f | %.1f |\n' "$name" "$done_reqs" "$secs" \
        "$(echo "$done_reqs / ($secs + 0.001)" | bc -l)" \
        "$(echo "$start_rss / 1024" | bc -l)" "$(echo "$peak / 1024" | bc -l)" \
        "$(echo "$end_rss / 1024" | bc -l)"
}

echo "| server | requests | seconds | req/s | RSS start MB | RSS peak MB | RSS end MB |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
soak whirl "$WHIRL"
if [ -x "$TPY" ]; then
    soak tornado "$TPY"
else
    echo "soak_http.sh: no Python with Tornado ($TPY): skipping Tornado" >&2
fi
