#!/usr/bin/env bash
# The product at scale (issue 21): the same pages measured at a small and a large number of stored results, in one
# run, on SQLite and on PostgreSQL. Results are stored by the seed command (bench/README.md), not through the API.
#
#   bench/scale.sh [--sizes 10000,1000000] [--providers sqlite,postgres] [--duration S] [--keep]
#
# For each provider and size it prints, and writes to $WORK/scale.md: start-up (median of 3), the result page and
# the API read of random stored results, the admin list's newest page, a page deep in the list and a deep page within
# one model (each paged by key from a random stored result), the CSV export of every result (rows/s and the
# server's resident memory before and at its highest during the export), and the weights editor's impact preview over
# every result (bench/preview-timer.py), on a freshly started server and again right after.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")
SIZES=10000,1000000
PROVIDERS=sqlite,postgres
DURATION=10
# As in bench/run.sh: the first seconds under load are spent re-compiling hot methods; 15 s measures the server, not
# its JIT.
WARMUP=15
KEEP=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --sizes) SIZES=$2; shift ;;
    --providers) PROVIDERS=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --keep) KEEP=1 ;;
    -h|--help) sed -n 2,10p "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 64 ;;
  esac
  shift
done

log() { printf '[scale %s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
command -v wrk >/dev/null || die "wrk is missing (bench/run.sh installs it)"

WORK=$(mktemp -d /tmp/ea-scale.XXXXXX)
SERVER_PID="" PG_DIR=""
cleanup() {
  [[ -z $SERVER_PID ]] || { kill -TERM "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; }
  if [[ -n $PG_DIR && -f $PG_DIR/data/postmaster.pid ]]; then
    (cd "$PG_DIR" && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1) || true
  fi
  if [[ $KEEP == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK" "${PG_DIR:-}"; fi
}
trap cleanup EXIT

log "publishing the app (Release, ReadyToRun)"
RID=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
dotnet publish "$REPO/src/EngagementAdvisor.Web" -c Release -o "$WORK/app" -nologo -v quiet -r "$RID" --self-contained false \
  -p:PublishReadyToRun=true >/dev/null
APP="$WORK/app/EngagementAdvisor.Web.dll"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT"
ADMIN_EMAIL=bench@example.org
ADMIN_PASSWORD=Correct-Horse-Battery-9

# The app's settings as arrays: a connection string holds spaces.
APP_ENV=(ASPNETCORE_ENVIRONMENT=Production "ASPNETCORE_URLS=$URL" "Admin__Email=$ADMIN_EMAIL" "Admin__Password=$ADMIN_PASSWORD"
  RateLimits__CreatePerMinute=1000000 RateLimits__LookupPerMinute=100000000 RateLimits__SignInPerMinute=1000
  Serilog__MinimumLevel__Default=Warning)
db_env() {
  if [[ $1 == sqlite ]]; then DB_ENV=("ConnectionStrings__Default=Data Source=$WORK/ea.db")
  else DB_ENV=(Database__Provider=Postgres "ConnectionStrings__Default=$PG_CONN"); fi
}

start_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR=$(mktemp -d /tmp/ea-scale-pg.XXXXXX)
  chown postgres "$PG_DIR"
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  echo bench >"$PG_DIR/password"
  (cd "$PG_DIR" && runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U ea --pwfile="$PG_DIR/password" -A scram-sha-256 -E UTF8 --locale=C >/dev/null)
  (cd "$PG_DIR" && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -o \
    "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$PG_DIR -c shared_buffers=1GB -c max_connections=200" start >/dev/null)
  PG_CONN="Host=127.0.0.1;Port=$port;Username=ea;Password=bench;Database=engagement_advisor"
}

start_app() {
  local started
  started=$(date +%s%N)
  (cd "$WORK/app" && exec env "${DB_ENV[@]}" "${APP_ENV[@]}" dotnet "$APP") >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$URL/healthz" || true) == 200 ]]; do
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 5 "$WORK/server.log" >&2; die "the app did not start"; }
    sleep 0.01
  done
  STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}
stop_app() { kill -TERM "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }

seed() {
  local count=$1
  log "seeding $count results"
  # The seed command appends the share tokens to the file: one file per provider, growing with each size.
  (cd "$WORK/app" && env "${DB_ENV[@]}" Serilog__MinimumLevel__Default=Warning dotnet "$APP" seed "$count" "$WORK/tokens.txt") \
    >"$WORK/seed.log" 2>&1 || { tail -n 5 "$WORK/seed.log" >&2; die "seed"; }
}

sign_in() {
  rm -f "$WORK/cookies"
  local form token
  form=$(curl -s -c "$WORK/cookies" -b "$WORK/cookies" "$URL/account/signin")
  token=$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' <<<"$form" | head -n 1)
  [[ -n $token ]] || die "no antiforgery token on the sign-in page"
  curl -s -o /dev/null -c "$WORK/cookies" -b "$WORK/cookies" --data-urlencode "Email=$ADMIN_EMAIL" \
    --data-urlencode "Password=$ADMIN_PASSWORD" --data-urlencode "__RequestVerificationToken=$token" "$URL/account/signin"
  COOKIE=$(awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, ""); if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$WORK/cookies")
  [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$URL/admin/assessments") == 200 ]] || die "admin sign-in failed"
}

# measure NAME CONNECTIONS PATHS_FILE [COOKIE]: wrk on random paths from the file; prints "rps p99-ms non2xx".
# Public pages are measured under 16 connections (many readers at once); admin pages with one, as an admin uses them:
# their p99 is what one admin waits, not a queue.
measure() {
  local name=$1 connections=$2 paths=$3 cookie=${4:-} threads=2
  [[ $connections -gt 1 ]] || threads=1
  # As a browser asks: compressed, and with the admin's session cookie for admin pages.
  local headers=(-H "Accept-Encoding: gzip, br")
  [[ -z $cookie ]] || headers+=(-H "Cookie: $cookie")
  BENCH_DIR="$BENCH_DIR" TOKENS_FILE="$paths" TOKEN_PATH_PREFIX="" BENCH_RESULT="$WORK/$name.warm" \
    wrk -t$threads -c"$connections" -d"${WARMUP}s" "${headers[@]}" -s "$BENCH_DIR/random-token.lua" "$URL" >/dev/null
  BENCH_DIR="$BENCH_DIR" TOKENS_FILE="$paths" TOKEN_PATH_PREFIX="" BENCH_RESULT="$WORK/$name.txt" \
    wrk -t$threads -c"$connections" -d"${DURATION}s" --latency "${headers[@]}" -s "$BENCH_DIR/random-token.lua" "$URL" >/dev/null
  printf '%s %s %s' "$(sed -n 's/^rps=//p' "$WORK/$name.txt")" "$(sed -n 's/^p99_ms=//p' "$WORK/$name.txt")" "$(sed -n 's/^non2xx=//p' "$WORK/$name.txt")"
}

# The ids of random stored results, for pages deep in the list (before=id) and per model.
edges() {
  local provider=$1 model=${2:-}
  if [[ $provider == sqlite ]]; then
    sqlite3 "$WORK/ea.db" "SELECT Id FROM Assessments WHERE DeletedAt IS NULL ${model:+AND RecommendedModel='$model'} ORDER BY random() LIMIT 200;"
  else
    local port=${PG_CONN#*Port=}; port=${port%%;*}
    PGPASSWORD=bench psql -h 127.0.0.1 -p "$port" -U ea -d engagement_advisor -Atc \
      "SELECT \"Id\" FROM \"Assessments\" WHERE \"DeletedAt\" IS NULL ${model:+AND \"RecommendedModel\"='$model'} ORDER BY random() LIMIT 200;" 2>/dev/null
  fi
}

export_csv() {
  local before peak rows started elapsed pid
  before=$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$SERVER_PID/status")
  peak=$before
  started=$(date +%s%N)
  curl -s -H "Cookie: $COOKIE" "$URL/admin/assessments?handler=Csv" -o "$WORK/export.csv" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    peak=$(awk -v p="$peak" '/^VmRSS/ { r = int($2 / 1024); print (r > p ? r : p) }' "/proc/$SERVER_PID/status")
    sleep 0.1
  done
  wait "$pid"
  elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
  rows=$(( $(wc -l <"$WORK/export.csv") - 1 ))
  printf '%s %s %s %s' "$rows" "$(awk -v r="$rows" -v ms="$elapsed" 'BEGIN { printf "%d", r / (ms / 1000) }')" "$before" "$peak"
}

table="$WORK/scale.md"
{
  echo "| Provider | Results | Start-up (ms, median of 3) | Result page (16 conn.) rps / p99 ms | API read (16 conn.) rps / p99 ms | Admin newest page (1 conn.) rps / p99 ms | Admin deep page (1 conn.) rps / p99 ms | Admin deep page, one model (1 conn.) rps / p99 ms | CSV export: rows, rows/s, RSS before → peak MB | Impact preview: results, s after start-up / s again |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$table"

IFS=, read -r -a provider_list <<<"$PROVIDERS"
IFS=, read -r -a size_list <<<"$SIZES"
for provider in "${provider_list[@]}"; do
  rm -f "$WORK/ea.db"* "$WORK/tokens.txt"
  [[ $provider == postgres ]] && start_postgres
  db_env "$provider"
  (cd "$WORK/app" && env "${DB_ENV[@]}" "${APP_ENV[@]}" dotnet "$APP" migrate >"$WORK/migrate.log" 2>&1) || die "migrate"
  stored=0
  for size in "${size_list[@]}"; do
    seed $(( size - stored ))
    stored=$size
    startups=()
    for _ in 1 2 3; do start_app; startups+=("$STARTUP_MS"); stop_app; done
    startup=$(printf '%s\n' "${startups[@]}" | sort -n | sed -n 2p)
    start_app
    sign_in
    # The same number of distinct links at every size, so the output cache holds the same share of them.
    shuf -n 5000 "$WORK/tokens.txt" | sed 's|^|/r/|' >"$WORK/result-paths.txt"
    sed 's|^/r/|/api/assessments/|' "$WORK/result-paths.txt" >"$WORK/api-paths.txt"
    echo "/admin/assessments" >"$WORK/newest-paths.txt"
    edges "$provider" | sed 's|^|/admin/assessments?before=|' >"$WORK/deep-paths.txt"
    edges "$provider" offshoring | sed 's|^|/admin/assessments?model=offshoring\&before=|' >"$WORK/model-paths.txt"
    log "$provider at $size: measuring"
    read -r r_rps r_p99 r_bad <<<"$(measure result 16 "$WORK/result-paths.txt")"
    read -r a_rps a_p99 a_bad <<<"$(measure api 16 "$WORK/api-paths.txt")"
    read -r n_rps n_p99 n_bad <<<"$(measure newest 1 "$WORK/newest-paths.txt" "$COOKIE")"
    read -r d_rps d_p99 d_bad <<<"$(measure deep 1 "$WORK/deep-paths.txt" "$COOKIE")"
    read -r m_rps m_p99 m_bad <<<"$(measure model 1 "$WORK/model-paths.txt" "$COOKIE")"
    read -r rows rows_s rss_before rss_peak <<<"$(export_csv)"
    # The preview on a fresh server (its code not yet compiled by the JIT, as an admin after a deployment meets it), then again.
    stop_app; start_app; sign_in
    preview_first=$(python3 "$BENCH_DIR/preview-timer.py" "$URL" "$COOKIE") || die "impact preview"
    preview_again=$(python3 "$BENCH_DIR/preview-timer.py" "$URL" "$COOKIE") || die "impact preview"
    p_checked=$(sed -n 's/^checked=//p' <<<"$preview_first")
    p_first=$(sed -n 's/^seconds=//p' <<<"$preview_first")
    p_again=$(sed -n 's/^seconds=//p' <<<"$preview_again")
    bad=$(( r_bad + a_bad + n_bad + d_bad + m_bad ))
    [[ $bad == 0 ]] || die "$bad responses were not 2xx: the table would measure error pages"
    printf '| %s | %s | %s | %s / %s | %s / %s | %s / %s | %s / %s | %s / %s | %s, %s, %s → %s | %s, %s / %s |\n' "$provider" "$size" "$startup" \
      "$r_rps" "$r_p99" "$a_rps" "$a_p99" "$n_rps" "$n_p99" "$d_rps" "$d_p99" "$m_rps" "$m_p99" "$rows" "$rows_s" "$rss_before" "$rss_peak" \
      "$p_checked" "$p_first" "$p_again" | tee -a "$table"
    stop_app
  done
done
log "table in $table"
cat "$table"
[[ $KEEP == 1 ]] || cp "$table" "${TMPDIR:-/tmp}/ea-scale-latest.md"
