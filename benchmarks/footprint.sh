#!/usr/bin/env bash
# Footprint and read throughput of a running platform (the EMPORIUM_HOME and EMPORIUM_PORT_OFFSET it was started
# with; start it with EMPORIUM_GATEWAY_RATE_LIMIT_ENABLED=false). Linux only (reads /proc). See docs/performance.md.
#
#   benchmarks/footprint.sh [seconds-per-wrk-run]      (default 15)
#
# Prints, per service JVM: CPU seconds used so far (start-up plus what follows), PSS idle after a short warm-up,
# then wrk through the gateway (32 connections) for product detail, product list and search, then PSS after load.
set -euo pipefail

home=${EMPORIUM_HOME:-.emporium}
offset=${EMPORIUM_PORT_OFFSET:-0}
seconds=${1:-15}
gateway=http://127.0.0.1:$((8080 + offset))

pids() { for file in "$home"/run/services/*.pid; do echo "$(basename "$file" .pid) $(head -1 "$file")"; done; }
pss_mb() { awk '/^Pss:/ { printf "%d", $2 / 1024 }' "/proc/$1/smaps_rollup"; }
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / hz }' "/proc/$1/stat"; }
memory() {
  echo "--- $1 (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  printf '%-10s %8s %8s\n' SERVICE PSS_MB CPU_S
  pids | while read -r name pid; do printf '%-10s %8s %8s\n' "$name" "$(pss_mb "$pid")" "$(cpu_s "$pid")"; done
}

slug=$(curl -fsS "$gateway/api/v1/products?size=1" | grep -o '"slug":"[^"]*"' | head -1 | cut -d'"' -f4)
paths=("/api/v1/products/$slug" "/api/v1/products?page=2&size=20" "/api/v1/search?q=merino%20sweater&size=20")

memory "after readiness"
for path in "${paths[@]}"; do wrk -t1 -c8 -d5s "$gateway$path" >/dev/null; done   # warm-up
sleep 10
memory "idle after warm-up"
for path in "${paths[@]}"; do
  echo "--- wrk $path"
  wrk -t1 -c32 -d"${seconds}s" --latency "$gateway$path" | grep -E 'Requests/sec|^ +(50|99)%|Non-2xx|Socket errors'
done
memory "after load"
