#!/usr/bin/env bash
# Public reads of a running platform, each measured three ways in one run: through the gateway, directly on the
# service that answers it, and as a static file of the same size served by nginx (the ceiling of this machine).
# Start the platform with EMPORIUM_GATEWAY_RATE_LIMIT_ENABLED=false and wait for the AOT trainings to end
# (./platform logs aot-training). Needs wrk and nginx (apt-get install wrk nginx; nginx is started here on its own
# port and stopped at the end). Linux only. See benchmarks/README.md and docs/performance.md.
#
#   benchmarks/reads.sh [seconds-per-run] [connections]      (defaults 20 and 32)
#
# Prints one markdown table row per request: req/s, p50 and p99 (ms) for each way, and the answer's size.
set -euo pipefail

seconds=${1:-20}
connections=${2:-32}
offset=${EMPORIUM_PORT_OFFSET:-0}
gateway=http://127.0.0.1:$((8080 + offset))
catalog=http://127.0.0.1:$((8082 + offset))
search=http://127.0.0.1:$((8083 + offset))
web=http://127.0.0.1:$((8092 + offset))
nginx_port=$((18080 + offset))
root=$(mktemp -d)
chmod 755 "$root"   # nginx's workers run as www-data
trap 'nginx -c "$root/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$root"' EXIT

cat > "$root/nginx.conf" <<EOF
worker_processes auto;
pid $root/nginx.pid;
error_log $root/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  server { listen 127.0.0.1:$nginx_port; root $root/www; }
}
EOF
mkdir -p "$root/www"
nginx -c "$root/nginx.conf"

slug=$(curl -fsS "$gateway/api/v1/products?size=1&page=3" | grep -o '"slug":"[^"]*"' | head -1 | cut -d'"' -f4)
total=$(curl -fsS "$gateway/api/v1/products?size=20" | grep -o '"totalPages":[0-9]*' | cut -d: -f2)
deep=$(( total > 500 ? 500 : total - 1 ))

# name | path (the same on the gateway and on the service) | the service's base URL
requests=(
  "product detail|/api/v1/products/$slug|$catalog"
  "product list, page 2|/api/v1/products?page=2&size=20|$catalog"
  "product list, page $deep|/api/v1/products?page=$deep&size=20|$catalog"
  "search \`merino sweater\` + facets|/api/v1/search?q=merino%20sweater&size=20|$search"
  "search \`merno sweatr\` (typos) + facets|/api/v1/search?q=merno%20sweatr&size=20|$search"
  "storefront product page|/p/$slug|$web"
)

# req/s p50 p99 of one wrk run
measure() {
  wrk -t1 -c"$connections" -d"${seconds}s" --latency "$@" | awk '
    / 50%/ { p50 = $2 } / 99%/ { p99 = $2 } /Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $NF }
    function ms(v) { if (v ~ /us$/) return sprintf("%.1f", v / 1000); if (v ~ /ms$/) return sprintf("%.1f", v + 0); return sprintf("%.0f", v * 1000) }
    END { printf "%s | %s | %s%s", int(rps), ms(p50), ms(p99), (bad ? " (" bad " non-2xx)" : "") }'
}

echo "| request | bytes | gateway req/s | p50 | p99 | service req/s | p50 | p99 | nginx req/s | p50 | p99 |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for request in "${requests[@]}"; do
  IFS='|' read -r name path service <<< "$request"
  curl -fsS -o "$root/www/answer" "$gateway$path"
  bytes=$(stat -c %s "$root/www/answer")
  for url in "$gateway$path" "$service$path" "http://127.0.0.1:$nginx_port/answer"; do
    wrk -t1 -c8 -d5s "$url" > /dev/null   # warm-up
  done
  echo "| $name | $bytes | $(measure "$gateway$path") | $(measure "$service$path") | $(measure "http://127.0.0.1:$nginx_port/answer") |"
done
