#!/usr/bin/env bash
# Installs what the tests need and runs every test: unit, integration (real SQLite files) and
# browser (Playwright driving Debian's Chromium, with axe-core checking WCAG 2.2 AA).
# Prints "Tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET 10 SDK is required (https://dot.net); 'dotnet' is not on PATH." >&2
  exit 1
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing Chromium for the browser tests"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "test.sh: installing Node.js and npm for the accessibility check"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
# axe-core, which the browser test injects to check every page against WCAG 2.2 AA.
npm ci --prefix tests/Academy.BrowserTests --no-audit --no-fund --loglevel=error

# Each test site watches its content folder (one inotify instance each); Debian's default of 128 per
# user is too few for test classes running side by side.
if [ "$(cat /proc/sys/fs/inotify/max_user_instances 2>/dev/null || echo 1024)" -lt 1024 ]; then
  as_root sysctl -q -w fs.inotify.max_user_instances=1024 || echo "test.sh: could not raise fs.inotify.max_user_instances; tests that start many sites may fail" >&2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Academy.sln -c Release -nologo -v quiet

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Academy.sln -c Release --no-build -nologo 2>&1 | tee "$log" || status=$?

# One closing line that CI and people can read, summed over the test projects.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1); if ($i == "Skipped:") s += $(i + 1) } }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s; if (p == 0) exit 1 }' "$log" || status=1
exit "$status"
