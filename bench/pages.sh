#!/usr/bin/env bash
# Page throughput, as ratios. Starts the site (Release build, Production environment, Stripe
# configured but never called by these pages) on loopback with the
# repo's content/ and a throw-away SQLite file, loads each page with wrk, and prints requests per
# second relative to a static file served by the same process. Ratios travel between machines;
# absolute numbers do not. Compare with bench/baseline.txt; record a new baseline with --record.
# Usage: bench/pages.sh [--record]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."

port=${BENCH_PORT:-5099}
duration=${BENCH_DURATION:-4s}
rounds=${BENCH_ROUNDS:-3}
connections=${BENCH_CONNECTIONS:-32}
work=$(mktemp -d)
trap 'kill "$site" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build src/Academy.Web -c Release -nologo -v quiet
ASPNETCORE_ENVIRONMENT=Production \
Logging__LogLevel__Default=Warning \
Academy__Mail__SmtpHost=127.0.0.1 \
Academy__Site__PublicUrl=https://127.0.0.1 Academy__Site__KnownProxies__0=127.0.0.1 \
Stripe__SecretKey=sk_test_bench Stripe__WebhookSecret=whsec_bench Stripe__ApiBase=http://127.0.0.1:9 \
Academy__Content__Path="$PWD/content" \
ConnectionStrings__Academy="Data Source=$work/bench.db" \
Academy__Mail__PickupFolder="$work/mail" \
  dotnet src/Academy.Web/bin/Release/net10.0/Academy.Web.dll --urls "http://127.0.0.1:$port" --contentRoot "$PWD/src/Academy.Web" >"$work/site.log" 2>&1 &
site=$!
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
if ! curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
  echo "bench/pages.sh: the site did not start:" >&2
  cat "$work/site.log" >&2
  exit 1
fi

lesson=$(curl -fs -H "X-Forwarded-Proto: https" "http://127.0.0.1:$port/" | grep -o 'href="/courses/[a-z0-9-]*"' | head -1 | cut -d'"' -f2)
preview=$(curl -fs -H "X-Forwarded-Proto: https" "http://127.0.0.1:$port$lesson" | grep -o "href=\"$lesson/[a-z0-9-]*\"" | head -1 | cut -d'"' -f2)

declare -A pages=([catalogue]=/ [course]="$lesson" [preview-lesson]="$preview" [healthz]=/healthz)

# As behind nginx, which ends TLS: without this header Production redirects to https.
proxied="X-Forwarded-Proto: https"

# Warm every path first, so tiered JIT has settled before anything is measured.
for path in /css/site.css "${pages[@]}"; do wrk -t1 -c"$connections" -d3s -H "$proxied" "http://127.0.0.1:$port$path" >/dev/null; done

rps() { # path -> median requests per second over several rounds; wrk and the site share 2 cores
  for _ in $(seq 1 "$rounds"); do
    wrk -t1 -c"$connections" -d"$duration" -H "$proxied" "http://127.0.0.1:$port$1" | awk '/Requests\/sec/ { print $2 }'
  done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

static=$(rps /css/site.css)
results=""
printf '%-16s %12s %10s %10s\n' page req/s ratio baseline
for name in catalogue course preview-lesson healthz; do
  value=$(rps "${pages[$name]}")
  ratio=$(awk -v v="$value" -v s="$static" 'BEGIN { printf "%.3f", v / s }')
  base=$(awk -v n="$name" '$1 == n { print $2 }' bench/baseline.txt 2>/dev/null || true)
  printf '%-16s %12s %10s %10s\n' "$name" "$value" "$ratio" "${base:--}"
  results+="$name $ratio"$'\n'
done
printf '%-16s %12s %10s\n' static-file "$static" 1.000

if [ "${1:-}" = "--record" ]; then
  { echo "# page ratio-to-static-file, recorded $(date -u +%F) by bench/pages.sh on $(nproc) cores"; printf '%s' "$results"; } > bench/baseline.txt
  echo "recorded bench/baseline.txt"
fi
