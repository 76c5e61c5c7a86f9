#!/usr/bin/env bash
# Runs every test of EngagementAdvisor on a machine that has the .NET 10 SDK.
# It installs what the tests need when it is missing, builds, runs all test projects,
# and ends with one summary line: "Tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '==> %s\n' "$*"; }

# Debian packages the suites need; installed only when absent (we are root on CI and dev machines).
apt_needed=()
if [ -d tests/EngagementAdvisor.Browser.Tests ]; then
  command -v chromium >/dev/null 2>&1 || apt_needed+=(chromium)
  # pdfinfo/pdftotext read back the PDF the print test makes.
  command -v pdftotext >/dev/null 2>&1 || apt_needed+=(poppler-utils)
fi
if [ ${#apt_needed[@]} -gt 0 ]; then
  log "installing ${apt_needed[*]} from Debian's packages"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_needed[@]}" >/dev/null
fi

if [ -d tests/EngagementAdvisor.Browser.Tests ] && ! command -v npm >/dev/null 2>&1; then
  log "installing Node.js and npm from Debian's packages (for axe-core)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm >/dev/null
fi
if [ -f tests/EngagementAdvisor.Browser.Tests/package-lock.json ] && [ ! -f tests/EngagementAdvisor.Browser.Tests/node_modules/axe-core/axe.min.js ]; then
  log "installing axe-core from npm"
  (cd tests/EngagementAdvisor.Browser.Tests && npm ci --no-audit --no-fund --silent)
fi

log "restoring tools and packages"
dotnet tool restore >/dev/null
dotnet restore EngagementAdvisor.sln >/dev/null

log "building"
dotnet build EngagementAdvisor.sln --no-restore -c Release -nologo -v quiet

log "running tests"
out=$(mktemp)
set +e
# One project at a time: the browser suite shares two cores with Chromium, and timing-sensitive
# waits are steadier without the other suites competing.
dotnet test EngagementAdvisor.sln --no-build -c Release -nologo -m:1 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
set -e

# One line for humans and CI, summed over the test projects.
awk '
  /(Passed|Failed)! +- +Failed: / {
    gsub(",", "");
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") f += $(i+1);
      if ($i == "Passed:") p += $(i+1);
      if ($i == "Skipped:") s += $(i+1);
    }
    n++
  }
  END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s; if (n == 0) exit 1 }
' "$out" || { echo "no test results were reported"; status=1; }
rm -f "$out"
exit "$status"
