#!/usr/bin/env bash
# Failed sign-in time for an address with an account against one without, as a ratio (1.00 is the
# goal: the time must not tell which addresses have accounts). Starts the site on loopback with a
# throw-away SQLite file and the rate limits raised, registers one account, then sends interleaved
# failed sign-ins for it (18, below the lockout) and for unknown addresses (40), and prints the medians.
# Usage: bench/sign-in-timing.sh   (needs python3)
set -euo pipefail
cd "$(dirname "$0")/.."

port=${BENCH_PORT:-5098}
work=$(mktemp -d)
trap 'kill "$site" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build src/Academy.Web -c Release -nologo -v quiet
ASPNETCORE_ENVIRONMENT=Development \
Logging__LogLevel__Default=Warning \
Academy__RateLimits__SignIn__PermitLimit=100000 \
Academy__Content__Path="$PWD/content" \
ConnectionStrings__Academy="Data Source=$work/bench.db" \
Academy__Mail__PickupFolder="$work/mail" \
  dotnet src/Academy.Web/bin/Release/net10.0/Academy.Web.dll --urls "http://127.0.0.1:$port" --contentRoot "$PWD/src/Academy.Web" >"$work/site.log" 2>&1 &
site=$!
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done

python3 bench/sign-in-timing.py "http://127.0.0.1:$port"
