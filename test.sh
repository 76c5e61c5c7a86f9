#!/usr/bin/env bash
# Runs every test of EngagementAdvisor on a machine that has the .NET 10 SDK.
# It installs what the tests need when it is missing (Chromium, poppler, Node.js, PostgreSQL, and for the container
# image debootstrap, umoci, skopeo, docker-registry, podman and runc), builds, runs all
# test projects on SQLite, runs the integration suite again on PostgreSQL, and ends with one summary line summed
# over both passes: "Tests: N passed, N failed, N skipped".
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
# PostgreSQL for the integration suite's second pass (Debian's server; bookworm ships 15).
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
[ -x "$(pg_bin)/initdb" ] || apt_needed+=(postgresql)
# The container image test: a base image from Debian's packages, a private registry, and podman to run the image.
for tool in debootstrap umoci skopeo docker-registry podman runc; do
  command -v "$tool" >/dev/null 2>&1 || apt_needed+=("$tool")
done
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

# A private PostgreSQL cluster that lives only for this run: its own directory, a free loopback port and a random
# password, so it neither needs nor touches a system cluster. The server refuses to run as root, so as root it runs
# as the postgres user that Debian's package creates. fsync is off: the data is thrown away at the end.
pg_dir=""
stop_postgres() {
  [ -n "$pg_dir" ] || return 0
  if [ -f "$pg_dir/data/postmaster.pid" ]; then
    (cd "$pg_dir" && ${pg_as[@]+"${pg_as[@]}"} "$(pg_bin)/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1) || true
  fi
  rm -rf "$pg_dir"
}
start_postgres() {
  local bin password port
  bin=$(pg_bin)
  pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/ea-test-pg.XXXXXX")
  pg_as=()
  password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$password" >"$pg_dir/password"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres "$pg_dir"
    pg_as=(runuser -u postgres --)
  fi
  # From inside the cluster's directory: the postgres user may not be allowed into the repository's.
  (cd "$pg_dir" && ${pg_as[@]+"${pg_as[@]}"} "$bin/initdb" -D "$pg_dir/data" -U ea_test --pwfile="$pg_dir/password" \
    --auth=scram-sha-256 -E UTF8 --locale=C --no-sync >"$pg_dir/initdb.log" 2>&1) \
    || { cat "$pg_dir/initdb.log"; return 1; }
  for port in $(seq 55432 55482); do
    # Taken ports answer; try the next. pg_ctl fails too if another process takes the port first.
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
    if (cd "$pg_dir" && ${pg_as[@]+"${pg_as[@]}"} "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 -o \
        "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$pg_dir -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null); then
      export EA_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=ea_test;Password=$password;Database=postgres"
      # For the restart test: the same cluster stopped and started again (pg_ctl keeps its options).
      pg_restart="cd $pg_dir && ${pg_as[*]+${pg_as[*]}} $bin/pg_ctl -D $pg_dir/data -l $pg_dir/server.log -m fast -w -t 60 restart"
      log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (private cluster in $pg_dir)"
      return 0
    fi
  done
  cat "$pg_dir/server.log" 2>/dev/null
  return 1
}
trap stop_postgres EXIT
start_postgres || { echo "PostgreSQL could not be started"; exit 1; }

log "running tests"
out=$(mktemp)
set +e
# One project at a time: the browser suite shares two cores with Chromium, and timing-sensitive
# waits are steadier without the other suites competing.
dotnet test EngagementAdvisor.sln --no-build -c Release -nologo -m:1 --filter "Category!=DatabaseRestart" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
# The integration suite again with every app on PostgreSQL (each test on its own fresh database); the scale-out tests
# (two instances on one database) run only in this pass.
log "running the integration tests on PostgreSQL"
EA_TEST_PROVIDER=Postgres dotnet test tests/EngagementAdvisor.Web.Tests --no-build -c Release -nologo --filter "Category!=DatabaseRestart" 2>&1 | tee -a "$out"
pg_status=${PIPESTATUS[0]}
[ "$status" -ne 0 ] || status=$pg_status
# Alone, since it restarts the cluster every other PostgreSQL test uses: PostgreSQL restarted under load.
log "restarting PostgreSQL under load"
EA_TEST_PROVIDER=Postgres EA_TEST_PG_RESTART="$pg_restart" dotnet test tests/EngagementAdvisor.Web.Tests --no-build -c Release -nologo \
  --filter "Category=DatabaseRestart" 2>&1 | tee -a "$out"
restart_status=${PIPESTATUS[0]}
[ "$status" -ne 0 ] || status=$restart_status

# Load and crash: 32 clients against the published app on a SQLite file, then kill -9 mid-load and a restart;
# every acknowledged result must be there (tests/durability/README.md). The short run takes about 30 s.
log "running the load and durability test (short)"
tests/durability/run.sh --short --no-build
durability_status=$?
[ "$status" -ne 0 ] || status=$durability_status

# The container image made with `dotnet publish -t:PublishContainer`, run, replaced, its result kept (about a minute).
log "building and running the container image"
tests/container/run.sh
container_status=$?
[ "$status" -ne 0 ] || status=$container_status
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
if [ "$durability_status" -eq 0 ]; then echo "Durability: passed"; else echo "Durability: FAILED"; fi
exit "$status"
