#!/usr/bin/env bash
# Starts the real API host (Release build, embedded defaults) on loopback over a fresh SQLite folder for one browser
# test run. Playwright's webServer runs this and stops it when the run ends.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
port="${E2E_PORT:-5391}"
data="$(mktemp -d /tmp/si-e2e.XXXXXX)"
dll="$repo/src/Api/bin/Release/net10.0/SocialInsurance.Api.dll"
if [ ! -f "$dll" ]; then
  echo "build the solution first: dotnet build -c Release SocialInsuranceWorkflows.sln" >&2
  exit 1
fi
cd "$data"
# Login and submission limits are per address; every browser test signs in from 127.0.0.1.
exec dotnet "$dll" \
  --urls "http://127.0.0.1:$port" \
  --Data:Folder="$data/data" \
  --Studio:Path="$repo/src/Studio/dist" \
  --Workflows:DefinitionsPath="$repo/workflows-definitions" \
  --RateLimiting:Login:PermitLimit=1000 \
  --RateLimiting:Submission:PermitLimit=1000 \
  --Logging:LogLevel:Default=Warning
