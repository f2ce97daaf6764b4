#!/usr/bin/env bash
# Runs every test of the solution and ends with one line: "tests: N passed, M failed, K skipped".
# Installs what the tests need when it is missing, so it works on a fresh Debian machine with the
# .NET 10 SDK and Node 20.
set -uo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# @ibm/telemetry-js (an install script of @carbon/grid and @carbon/layout) must not phone home (docs/security.md).
export IBM_TELEMETRY_DISABLED=true

# PostgreSQL (Debian's package) for the scale-out tests; without it those tests are reported as skipped.
start_postgres() {
  if [ -n "${SI_TEST_POSTGRES:-}" ]; then return 0; fi
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then return 1; fi
  if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
    echo "installing PostgreSQL from Debian packages..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null 2>&1 || return 1
  fi
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  pg_ctlcluster "$version" main start >/dev/null 2>&1 || pg_ctlcluster "$version" main status >/dev/null 2>&1 || return 1
  su postgres -c "psql -q -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'si') THEN CREATE ROLE si LOGIN CREATEDB PASSWORD 'si'; END IF; END \\\$\\\$;\"" >/dev/null 2>&1 || return 1
  export SI_TEST_POSTGRES="Host=127.0.0.1;Username=si;Password=si;Database=postgres"
}
start_postgres || echo "PostgreSQL not available: its tests will be skipped"

status=0
dotnet build SocialInsuranceWorkflows.sln -c Release 2>&1 | tail -n 30 || status=1
if [ "${PIPESTATUS[0]}" -ne 0 ]; then
  echo "build failed"
  echo "tests: 0 passed, 1 failed, 0 skipped"
  exit 1
fi

# Test projects run one after another: they share two cores, and each starts its own hosts.
dotnet test SocialInsuranceWorkflows.sln -c Release --no-build -m:1 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

sum() { grep -E '^(Passed|Failed)!' "$log" | grep -oE "$1: +[0-9]+" | awk '{s+=$2} END {print s+0}'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)

# The Studio's component tests (Vitest). The solution build above already installed and built it.
studio_log=$(mktemp)
(cd src/Studio && npx --no-install vitest run --reporter=default 2>&1) | sed 's/\x1b\[[0-9;]*m//g' | tee "$studio_log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
vitest_count() { grep -E '^ +Tests ' "$studio_log" | grep -oE "[0-9]+ $1" | grep -oE '[0-9]+' | head -n 1; }
studio_passed=$(vitest_count passed); studio_failed=$(vitest_count failed); studio_skipped=$(vitest_count skipped)
if [ -z "$(grep -E '^ +Tests ' "$studio_log")" ]; then status=1; studio_failed=1; fi
passed=$((passed + ${studio_passed:-0})); failed=$((failed + ${studio_failed:-0})); skipped=$((skipped + ${studio_skipped:-0}))
rm -f "$studio_log"

# Browser tests (Playwright driving Debian's Chromium against the real host, see src/Studio/e2e/README.md).
ensure_browser() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  # Without a CJK font the screenshots show boxes for Chinese (dpkg, not fc-list | grep -q: pipefail and SIGPIPE).
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then [ -x /usr/bin/chromium ]; return; fi
  echo "installing ${missing[*]} from Debian packages..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}") >/dev/null 2>&1
  [ -x /usr/bin/chromium ]
}
e2e_results=src/Studio/e2e/results/results.json
rm -f "$e2e_results"
if ensure_browser; then
  (cd src/Studio && npx --no-install playwright test -c e2e/playwright.config.ts 2>&1) | sed 's/\x1b\[[0-9;]*m//g'
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  if [ -f "$e2e_results" ]; then
    read -r e2e_passed e2e_failed e2e_skipped < <(node -e '
      const s = require(process.argv[1]).stats;
      console.log(s.expected + s.flaky, s.unexpected, s.skipped);' "$(pwd)/$e2e_results")
  else
    e2e_passed=0; e2e_failed=1; e2e_skipped=0; status=1
  fi
else
  echo "Chromium is not installed (run as root to install it): the browser tests are skipped"
  e2e_passed=0; e2e_failed=0
  e2e_skipped=$(cd src/Studio && npx --no-install playwright test -c e2e/playwright.config.ts --list 2>/dev/null | grep -oE 'Total: [0-9]+' | grep -oE '[0-9]+')
fi
passed=$((passed + ${e2e_passed:-0})); failed=$((failed + ${e2e_failed:-0})); skipped=$((skipped + ${e2e_skipped:-0}))

assemblies=$(grep -cE '^(Passed|Failed)!' "$log")
if [ "$assemblies" -eq 0 ]; then status=1; fi
if [ "$failed" -gt 0 ]; then status=1; fi
# A crashed test host prints no summary line for its assembly; count that as a failure.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi

echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit $status
