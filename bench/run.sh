#!/usr/bin/env bash
# HTTP benchmark: the decision journey and the pages people open, side by side with an empty `dotnet new webapp`.
# See bench/README.md. Usage: bench/run.sh [--smoke] [--strict] [--duration S] [--warmup S] [--seed N]
#                                          [--connections N] [--threads N] [--startups N] [--slices N] [--keep] [--no-build]
#                                          [--app-env KEY=VALUE]... [--only ROW,ROW...]
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")

DURATION=${BENCH_DURATION:-15}      # seconds per measured endpoint
# Seconds of unmeasured load before each endpoint. The app's first 15-25 s under load on 2 saturated cores are
# spent re-compiling hot methods at tier 1 (ReadyToRun code is a first tier only), at up to 3x the steady-state
# CPU per request; 5 s measured that, not the server a link is opened on. The template gets the same warm-up.
WARMUP=${BENCH_WARMUP:-15}
SEED=${BENCH_SEED:-10000}           # results stored through the API before the GET benchmarks
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
STARTUPS=${BENCH_STARTUPS:-3}       # restarts timed against the existing database (median is compared)
RSS_REQUESTS=${BENCH_RSS_REQUESTS:-100000}
# Rows with a target are measured in this many slices, alternating with their reference (see paired()).
SLICES=${BENCH_SLICES:-3}
HOT_LINKS=${BENCH_HOT_LINKS:-400}   # distinct result links in the GET /r/{token} target row: about 26 MB of pages, within the default 32 MB result cache
STRICT=0 SMOKE=0 KEEP=0 BUILD=1
EXTRA_APP_ENV=()                    # --app-env KEY=VALUE, e.g. DOTNET_gcServer=0, for experiments
ONLY=""                             # --only: comma-separated rows (assess,result-page,api-get,journey,post,rss,startup); empty = all

while [[ $# -gt 0 ]]; do
  case $1 in
    --smoke) SMOKE=1; DURATION=2; WARMUP=1; SEED=300; STARTUPS=1; HOT_LINKS=100; SLICES=1 ;;
    --strict) STRICT=1 ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --seed) SEED=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --threads) THREADS=$2; shift ;;
    --startups) STARTUPS=$2; shift ;;
    --slices) SLICES=$2; shift ;;
    --keep) KEEP=1 ;;
    --no-build) BUILD=0 ;;
    --app-env) EXTRA_APP_ENV+=("$2"); shift ;;
    --only) ONLY=$2; shift ;;
    -h|--help) sed -n 2,5p "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 64 ;;
  esac
  shift
done

# want ROW: whether ROW is measured in this run (--only narrows a run to the rows an experiment is about).
want() { [[ -z $ONLY || ",$ONLY," == *",$1,"* ]]; }
log() { printf '[bench %s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------- tools
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v curl >/dev/null || need+=(curl)
command -v python3 >/dev/null || need+=(python3)
if [[ ${#need[@]} -gt 0 ]]; then
  log "installing ${need[*]} with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v dotnet >/dev/null || die "dotnet SDK not found"

# ---------------------------------------------------------------- work area and clean-up
WORK=$(mktemp -d /tmp/ea-bench.XXXXXX)
mkdir -p "$WORK/logs" "$WORK/results" "$WORK/db" "$WORK/seed-tokens" "$WORK/post-tokens"
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid" 2>/dev/null || true; fi
  done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ $KEEP == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start NAME DIR LOG ENV... -- CMD...: runs CMD in DIR with ENV, sets STARTED_PID (env execs, so it is the server's pid).
start() {
  local name=$1 dir=$2 out=$3; shift 3
  (cd "$dir" && exec env "$@") >"$out" 2>&1 &
  STARTED_PID=$!
  PIDS+=("$STARTED_PID")
  log "started $name (pid $STARTED_PID)"
}

stop() {
  local pid=$1 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for i in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# wait_200 URL PID TIMEOUT_S: polls every ~10 ms until URL answers 200.
wait_200() {
  local url=$1 pid=$2 deadline=$(( $(date +%s) + $3 ))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$url" || true) == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || return 1
    [[ $(date +%s) -lt $deadline ]] || return 1
    sleep 0.01
  done
}

expect_200() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1" || true)
  [[ $code == 200 ]] || die "GET $1 answered $code, not 200 (redirect or error); the benchmark would measure the wrong thing"
}

get() { sed -n "s/^$2=//p" "$1"; }       # get RESULT_FILE KEY
fmt() { awk -v x="$1" 'BEGIN { printf "%.*f", '"${2:-1}"', x }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }

# The server under load must still be running; on a shared machine something else may have stopped it.
SERVER_PID="" SERVER_LOG=""
alive_or_die() {
  [[ -z $SERVER_PID ]] && return 0
  kill -0 "$SERVER_PID" 2>/dev/null && return 0
  local rc=0; wait "$SERVER_PID" || rc=$?
  tail -n 5 "$SERVER_LOG" | cut -c1-400 >&2
  die "the server (pid $SERVER_PID) exited with status $rc during the run ($( ((rc > 128)) && echo "signal $((rc - 128))" || echo "no crash logged: was it stopped from outside, e.g. by a pkill of another session?"))"
}

APP_REQUESTS=0
REF_REQUESTS=0
FAILURES=()

# memory PID: "VmRSS-MB files-MB code-MB anonymous-MB" from /proc. RssShmem is the JIT's double-mapped code
# (memfd:doublemapper), RssFile the mapped framework and app images, RssAnon the GC heap and native memory.
memory() {
  awk '/^VmRSS/ { r = $2 } /^RssFile/ { f = $2 } /^RssShmem/ { s = $2 } /^RssAnon/ { a = $2 }
       END { printf "%d %d %d %d", r / 1024, f / 1024, s / 1024, a / 1024 }' "/proc/$1/status"
}
memory_parts() { set -- $1; echo "files $2 MB, code $3 MB, anonymous $4 MB"; }
# Pages are requested as a browser requests them: every browser accepts compressed responses (Chrome and Firefox
# send exactly this). The template app does not compress its page, so the header changes nothing there; the
# app compresses result pages only. API and health checks are requested as plain HTTP clients do, without it.
BROWSER_ACCEPT_ENCODING="Accept-Encoding: gzip, deflate, br, zstd"
WRK_ARGS=()   # extra wrk arguments for the next bench/measure (e.g. -H "$BROWSER_ACCEPT_ENCODING")

# bench NAME SCRIPT URL SECONDS [ENV...]: one wrk run; result lines in $WORK/results/NAME.txt.
bench() {
  local name=$1 script=$2 url=$3 seconds=$4; shift 4
  local result="$WORK/results/$name.txt"
  env BENCH_DIR="$BENCH_DIR" BENCH_RESULT="$result" "$@" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency ${WRK_ARGS[@]+"${WRK_ARGS[@]}"} -s "$BENCH_DIR/$script" "$url" \
    >"$WORK/logs/$name.wrk.log" 2>&1 || { alive_or_die; cat "$WORK/logs/$name.wrk.log" >&2; die "wrk failed for $name"; }
  [[ -s $result ]] || { cat "$WORK/logs/$name.wrk.log" >&2; die "wrk wrote no result for $name"; }
  alive_or_die
  local non2xx sock
  non2xx=$(get "$result" non2xx)
  sock=$(( $(get "$result" err_connect) + $(get "$result" err_read) + $(get "$result" err_write) + $(get "$result" err_timeout) ))
  log "$(printf '%-22s %9s req/s  p50 %7s ms  p99 %7s ms  requests %s  non-2xx %s  socket errors %s  statuses %s' \
    "$name" "$(get "$result" rps)" "$(get "$result" p50_ms)" "$(get "$result" p99_ms)" \
    "$(get "$result" requests)" "$non2xx" "$sock" "$(get "$result" statuses)")"
  if [[ $url == "$APP_URL/"* ]]; then APP_REQUESTS=$(( APP_REQUESTS + $(get "$result" requests) )); fi
  if [[ $url == "${REF_URL:-unset}/"* ]]; then REF_REQUESTS=$(( REF_REQUESTS + $(get "$result" requests) )); fi
  if [[ $non2xx != 0 ]]; then FAILURES+=("$name: $non2xx non-2xx responses ($(get "$result" statuses))"); fi
  if [[ $(get "$result" err_timeout) != 0 ]]; then FAILURES+=("$name: $(get "$result" err_timeout) timeouts"); fi
}

# measure NAME SCRIPT URL [ENV...]: warm-up run, then the measured run.
measure() {
  local name=$1 script=$2 url=$3; shift 3
  if [[ $WARMUP -gt 0 ]]; then bench "$name-warmup" "$script" "$url" "$WARMUP" "$@"; fi
  bench "$name" "$script" "$url" "$DURATION" "$@"
}

# paired NAME REF SCRIPT URL [ENV...]: the endpoint's warm-up, then SLICES rounds of the reference (REF: template-home
# or healthz) and the endpoint, DURATION/SLICES seconds each; NAME.txt and NAME-ref.txt hold the combined figures.
# Why: this shared VM's speed drifts by a third within minutes (in one run the template measured 15,900 req/s in its
# warm-up and 26,700 in the 15 s after it), so a reference measured minutes before its endpoint moved ratios by
# more than the margins being checked. Alternating puts both sides of a ratio in the same stretch of time.
paired() {
  local name=$1 ref=$2 script=$3 url=$4; shift 4
  local slice=$(( DURATION / SLICES )) i parts=() ref_parts=() endpoint_args=(${WRK_ARGS[@]+"${WRK_ARGS[@]}"})
  (( slice >= 1 )) || slice=1
  if [[ $WARMUP -gt 0 ]]; then bench "$name-warmup" "$script" "$url" "$WARMUP" "$@"; fi
  for i in $(seq "$SLICES"); do
    case $ref in
      template-home) WRK_ARGS=(-H "$BROWSER_ACCEPT_ENCODING"); bench "$name-ref-$i" plain.lua "$REF_URL/" "$slice" ;;
      healthz) WRK_ARGS=(); bench "$name-ref-$i" plain.lua "$APP_URL/healthz" "$slice" ;;
      *) die "paired: unknown reference $ref" ;;
    esac
    WRK_ARGS=(${endpoint_args[@]+"${endpoint_args[@]}"})
    bench "$name-$i" "$script" "$url" "$slice" "$@"
    parts+=("$WORK/results/$name-$i.txt"); ref_parts+=("$WORK/results/$name-ref-$i.txt")
  done
  python3 "$BENCH_DIR/combine-slices.py" "$WORK/results/$name.txt" "${parts[@]}"
  python3 "$BENCH_DIR/combine-slices.py" "$WORK/results/$name-ref.txt" "${ref_parts[@]}"
  log "$(printf '%-22s %9s req/s against %s %s req/s (%s slices of %s s)' "$name" "$(get "$WORK/results/$name.txt" rps)" \
    "$ref" "$(get "$WORK/results/$name-ref.txt" rps)" "$SLICES" "$slice")"
}

# ---------------------------------------------------------------- is the machine idle?
cpu_busy() { # percent of all CPUs busy over one second, from /proc/stat
  local a b
  a=($(head -n1 /proc/stat)); sleep 1; b=($(head -n1 /proc/stat))
  awk -v u=$(( b[1]+b[2]+b[3]+b[6]+b[7]+b[8] - a[1]-a[2]-a[3]-a[6]-a[7]-a[8] )) \
      -v t=$(( b[1]+b[2]+b[3]+b[4]+b[5]+b[6]+b[7]+b[8] - a[1]-a[2]-a[3]-a[4]-a[5]-a[6]-a[7]-a[8] )) 'BEGIN { printf "%.0f", 100 * u / t }'
}

# ---------------------------------------------------------------- build
APP_OUT="$WORK/app"
REF_OUT="$WORK/refapp-out"
log "publishing EngagementAdvisor.Web (Release)"
# Published as it is deployed (docs/operations.md): for this machine's runtime identifier, ReadyToRun, so that
# start-up does not wait for the JIT. The reference app is published plainly: only its requests/s are compared.
case $(uname -m) in x86_64) RID=linux-x64 ;; aarch64) RID=linux-arm64 ;; *) RID="" ;; esac
PUBLISH_ARGS=(-c Release -o "$APP_OUT" --nologo -v quiet)
[[ -z $RID ]] || PUBLISH_ARGS+=(-r "$RID" --self-contained false -p:PublishReadyToRun=true)
if [[ $BUILD == 1 ]]; then
  dotnet publish "$REPO/src/EngagementAdvisor.Web" "${PUBLISH_ARGS[@]}" >"$WORK/logs/publish-app.log" 2>&1 \
    || { cat "$WORK/logs/publish-app.log" >&2; die "publish of the app failed"; }
else
  dotnet publish "$REPO/src/EngagementAdvisor.Web" "${PUBLISH_ARGS[@]}" --no-build >"$WORK/logs/publish-app.log" 2>&1 \
    || { cat "$WORK/logs/publish-app.log" >&2; die "publish --no-build failed (build Release first or drop --no-build)"; }
fi
log "generating and publishing the reference app (dotnet new webapp, Release)"
dotnet new webapp -o "$WORK/refapp" -n RefApp --exclude-launch-settings >"$WORK/logs/new-refapp.log" 2>&1 \
  || { cat "$WORK/logs/new-refapp.log" >&2; die "dotnet new webapp failed"; }
dotnet publish "$WORK/refapp" -c Release -o "$REF_OUT" --nologo -v quiet >"$WORK/logs/publish-refapp.log" 2>&1 \
  || { cat "$WORK/logs/publish-refapp.log" >&2; die "publish of the reference app failed"; }

# ---------------------------------------------------------------- reference: the template's home page
BUSY_BEFORE=$(cpu_busy)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "CPU busy before the run: ${BUSY_BEFORE}% (load $LOAD_BEFORE)"
REF_PORT=$(free_port)
REF_URL="http://127.0.0.1:$REF_PORT"
APP_URL="http://127.0.0.1:unused"
start refapp "$REF_OUT" "$WORK/logs/refapp.log" \
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$REF_URL" \
  Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore=Warning \
  dotnet RefApp.dll
REF_PID=$STARTED_PID
SERVER_PID=$REF_PID SERVER_LOG="$WORK/logs/refapp.log"
wait_200 "$REF_URL/" "$REF_PID" 60 || { cat "$WORK/logs/refapp.log" >&2; die "reference app did not start"; }
expect_200 "$REF_URL/"
WRK_ARGS=(-H "$BROWSER_ACCEPT_ENCODING")
measure template-home plain.lua "$REF_URL/"
WRK_ARGS=()
sleep 1
REF_MEMORY=$(memory "$REF_PID")
REF_MEMORY_REQUESTS=$REF_REQUESTS
log "template RSS after $REF_REQUESTS requests: $(memory_parts "$REF_MEMORY") (VmRSS ${REF_MEMORY%% *} MB)"
# The template keeps running, idle but for the reference slices that alternate with the app's rows (paired).
SERVER_PID=""

# ---------------------------------------------------------------- the app
APP_PORT=$(free_port)
# Run the app under a neutral file name (links to the same files), so that on a shared machine a
# `pkill -f EngagementAdvisor...` by another session does not stop it in the middle of a run.
APP_DLL=eabench-server.dll
for ext in dll runtimeconfig.json deps.json; do ln -sf "EngagementAdvisor.Web.$ext" "$APP_OUT/eabench-server.$ext"; done
APP_URL="http://127.0.0.1:$APP_PORT"
DB="$WORK/db/advisor.db"
BIG=1000000000
APP_ENV=(
  ASPNETCORE_ENVIRONMENT=Production
  ASPNETCORE_URLS="$APP_URL"
  ConnectionStrings__Default="Data Source=$DB"
  Serilog__MinimumLevel__Default=Warning
  RateLimits__CreatePerMinute=$BIG
  RateLimits__LookupPerMinute=$BIG
  RateLimits__SignInPerMinute=$BIG
)
start app "$APP_OUT" "$WORK/logs/app.log" "${APP_ENV[@]}" "${EXTRA_APP_ENV[@]}" dotnet "$APP_DLL"
APP_PID=$STARTED_PID
SERVER_PID=$APP_PID SERVER_LOG="$WORK/logs/app.log"
wait_200 "$APP_URL/healthz" "$APP_PID" 60 || { cat "$WORK/logs/app.log" >&2; die "app did not start"; }
count_rows() { python3 "$BENCH_DIR/check-stored.py" count "$DB"; }

# Seed through the real API in chunks until SEED results are stored; tokens come from the Location headers.
log "seeding $SEED results through POST /api/assessments"
# Chunks are sized from the fastest rate seen so far and rounded down, so the total overshoots SEED by at most
# about one second of inserts (the rate climbs as the JIT warms up).
seconds=1 best=1
while :; do
  bench "seed" post-assessment.lua "$APP_URL/api/assessments" "$seconds" TOKENS_DIR="$WORK/seed-tokens"
  have=$(cat "$WORK"/seed-tokens/tokens-*.txt | wc -l)
  [[ $have -lt $SEED ]] || break
  best=$(awk -v a="$best" -v b="$(get "$WORK/results/seed.txt" rps)" 'BEGIN { print (b > a ? b : a) }')
  seconds=$(awk -v need=$(( SEED - have )) -v r="$best" 'BEGIN { s = int(need / r); s = (s < 1 ? 1 : s); print (s > 5 ? 5 : s) }')
done
cat "$WORK"/seed-tokens/tokens-*.txt | grep -v MISSING >"$WORK/seed-tokens.txt"
sleep 1
log "seeded: $(wc -l <"$WORK/seed-tokens.txt") tokens returned, $(count_rows) rows in the database"
FIRST_TOKEN=$(head -n1 "$WORK/seed-tokens.txt")
for path in /healthz /assess "/r/$FIRST_TOKEN" "/api/assessments/$FIRST_TOKEN"; do expect_200 "$APP_URL$path"; done

measure healthz plain.lua "$APP_URL/healthz"
WRK_ARGS=(-H "$BROWSER_ACCEPT_ENCODING")
if want assess; then paired assess template-home plain.lua "$APP_URL/assess"; fi
# A result link is opened by many people: the target row spreads the load over HOT_LINKS links chosen at random
# from the seeded results (the links being passed around); the next row spreads it over every seeded result,
# so most requests render a page nobody has opened yet.
shuf -n "$HOT_LINKS" "$WORK/seed-tokens.txt" >"$WORK/hot-tokens.txt"
if want result-page; then
  paired result-page template-home random-token.lua "$APP_URL/r/" TOKENS_FILE="$WORK/hot-tokens.txt" TOKEN_PATH_PREFIX=/r/
  measure result-page-any random-token.lua "$APP_URL/r/" TOKENS_FILE="$WORK/seed-tokens.txt" TOKEN_PATH_PREFIX=/r/
  # The same links for a client that accepts no compression (curl, scripts): the uncompressed copies.
  WRK_ARGS=()
  measure result-page-plain random-token.lua "$APP_URL/r/" TOKENS_FILE="$WORK/hot-tokens.txt" TOKEN_PATH_PREFIX=/r/
fi
WRK_ARGS=()
if want api-get || want post; then
  paired api-get healthz random-token.lua "$APP_URL/api/assessments/" TOKENS_FILE="$WORK/seed-tokens.txt" TOKEN_PATH_PREFIX=/api/assessments/
fi

# The decision journey, the load people create: a result made through the API, then opened three times as browsers
# open a link (journey.lua). Alternates with the template page like the other rows with a reference.
if want journey; then
mkdir -p "$WORK/journey-tokens"
paired journey template-home journey.lua "$APP_URL/api/assessments" TOKENS_DIR="$WORK/journey-tokens"
cat "$WORK"/journey-tokens/tokens-*.txt >"$WORK/journey-tokens.txt"
python3 "$BENCH_DIR/check-stored.py" verify "$DB" "$WORK/journey-tokens.txt" "$APP_URL" >"$WORK/results/journey-verify.txt" \
  || FAILURES+=("journey verification: $(get "$WORK/results/journey-verify.txt" problems)")
APP_REQUESTS=$(( APP_REQUESTS + $(get "$WORK/results/journey-verify.txt" readable) ))
log "journey verification: $(tr '\n' ' ' <"$WORK/results/journey-verify.txt")"
fi

# POST: rows before/after against the 201s counted in done(); every 201's token checked in the database and read back.
if want post; then
if [[ $WARMUP -gt 0 ]]; then bench api-post-warmup post-assessment.lua "$APP_URL/api/assessments" "$WARMUP"; fi
sleep 1
ROWS_BEFORE=$(count_rows)
bench api-post post-assessment.lua "$APP_URL/api/assessments" "$DURATION" TOKENS_DIR="$WORK/post-tokens"
sleep 1   # requests wrk abandoned at its deadline may still be committing
ROWS_AFTER=$(count_rows)
CREATED=$(get "$WORK/results/api-post.txt" created)
ROWS_ADDED=$(( ROWS_AFTER - ROWS_BEFORE ))
IN_FLIGHT=$(( ROWS_ADDED - CREATED ))
cat "$WORK"/post-tokens/tokens-*.txt >"$WORK/post-tokens.txt"
log "POST: $CREATED responses 201, $ROWS_ADDED rows added; checking every 201 in the database and reading each back"
python3 "$BENCH_DIR/check-stored.py" verify "$DB" "$WORK/post-tokens.txt" "$APP_URL" >"$WORK/results/post-verify.txt" \
  || FAILURES+=("POST verification: $(get "$WORK/results/post-verify.txt" problems)")
VERIFY_PROBLEMS=$(get "$WORK/results/post-verify.txt" problems)
READABLE=$(get "$WORK/results/post-verify.txt" readable)
APP_REQUESTS=$(( APP_REQUESTS + READABLE ))
# Rows beyond the 201s can only be requests still in flight when wrk stopped (at most one per connection).
if (( IN_FLIGHT < 0 || IN_FLIGHT > CONNECTIONS + $(get "$WORK/results/api-post.txt" err_timeout) )); then
  FAILURES+=("POST: $ROWS_ADDED rows added for $CREATED responses 201")
fi
log "POST verification: $(tr '\n' ' ' <"$WORK/results/post-verify.txt")"
fi

# ---------------------------------------------------------------- memory after RSS_REQUESTS requests
if (( APP_REQUESTS < RSS_REQUESTS )) && [[ $SMOKE == 0 ]] && want rss; then
  rate=$(get "$WORK/results/api-get.txt" rps)
  seconds=$(awk -v need=$(( RSS_REQUESTS - APP_REQUESTS )) -v r="$rate" 'BEGIN { print int(need / (r > 1 ? r : 1)) + 2 }')
  log "topping up to $RSS_REQUESTS requests with ${seconds}s of GET /api/assessments/{token}"
  bench rss-top-up random-token.lua "$APP_URL/api/assessments/" "$seconds" TOKENS_FILE="$WORK/seed-tokens.txt" TOKEN_PATH_PREFIX=/api/assessments/
fi
sleep 1
RSS_KB=$(awk '/^VmRSS/ { print $2 }' "/proc/$APP_PID/status")
APP_MEMORY=$(memory "$APP_PID")
HWM_KB=$(awk '/^VmHWM/ { print $2 }' "/proc/$APP_PID/status")
log "RSS after $APP_REQUESTS requests: $(( RSS_KB / 1024 )) MB (peak $(( HWM_KB / 1024 )) MB; $(memory_parts "$APP_MEMORY"))"
SERVER_PID=""
stop "$APP_PID"

# ---------------------------------------------------------------- start-up against the existing database
STARTUP_MS=()
want startup || STARTUPS=0
for i in $(seq "$STARTUPS"); do
  t0=$(date +%s%N)
  start app-restart-$i "$APP_OUT" "$WORK/logs/app-restart-$i.log" "${APP_ENV[@]}" "${EXTRA_APP_ENV[@]}" dotnet "$APP_DLL"
  pid=$STARTED_PID
  wait_200 "$APP_URL/healthz" "$pid" 60 || { cat "$WORK/logs/app-restart-$i.log" >&2; die "app did not restart"; }
  t1=$(date +%s%N)
  STARTUP_MS+=($(( (t1 - t0) / 1000000 )))
  log "start-up $i: ${STARTUP_MS[-1]} ms to the first 200 on /healthz"
  stop "$pid"
done
STARTUP_MEDIAN=$(printf '%s\n' ${STARTUP_MS[@]+"${STARTUP_MS[@]}"} | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')

# ---------------------------------------------------------------- report
MISSED=()
LINES=()
R() { get "$WORK/results/$1.txt" "$2"; }
VERDICT=""
verdict() { if [[ $1 == 1 ]]; then VERDICT=pass; else VERDICT="**FAIL**"; MISSED+=("$2"); fi; }

# row LABEL NAME REFNAME REFLABEL MIN_RATIO P99_MAX_MS(or "") EXTRA_OK EXTRA_TARGET
row() {
  local label=$1 name=$2 ref=$3 reflabel=$4 min=$5 p99max=$6 extra_ok=${7:-1} extra_target=${8:-}
  local rps ref_rps ratio ok=1 target
  rps=$(R "$name" rps); ref_rps=$(R "$ref" rps)
  ratio=$(awk -v a="$rps" -v b="$ref_rps" 'BEGIN { printf "%.2f", a / b }')
  target=""
  if [[ -n $min ]]; then
    awk -v a="$rps" -v b="$ref_rps" -v m="$min" 'BEGIN { exit !(a / b >= m) }' || ok=0   # unrounded
    target="≥ ${min}×"
  fi
  if [[ -n $p99max ]]; then
    target+="${target:+, }p99 ≤ $p99max ms"
    ge "$p99max" "$(R "$name" p99_ms)" || ok=0
  fi
  [[ -z $extra_target ]] || target+="${target:+, }$extra_target"
  [[ $extra_ok == 1 ]] || ok=0
  verdict $ok "$label"
  LINES+=("$(printf '| %s | %s | %s ms | %s ms | %s (%s req/s) | %s× | %s | %s |' "$label" "$(fmt "$rps" 0)" "$(fmt "$(R "$name" p50_ms)" 2)" \
    "$(fmt "$(R "$name" p99_ms)" 2)" "$reflabel" "$(fmt "$ref_rps" 0)" "$ratio" "$target" "$VERDICT")")
}
# info_row LABEL NAME REFNAME REFLABEL: measured and compared, but no target applies.
info_row() {
  local rps ref_rps
  rps=$(R "$2" rps); ref_rps=$(R "$3" rps)
  LINES+=("$(printf '| %s | %s | %s ms | %s ms | %s (%s req/s) | %s× | – (for information) | – |' "$1" "$(fmt "$rps" 0)" "$(fmt "$(R "$2" p50_ms)" 2)" \
    "$(fmt "$(R "$2" p99_ms)" 2)" "$4" "$(fmt "$ref_rps" 0)" "$(awk -v a="$rps" -v b="$ref_rps" 'BEGIN { printf "%.2f", a / b }')")")
}
reference_row() {
  LINES+=("$(printf '| %s (measured alone) | %s | %s ms | %s ms | – | – | – | – |' "$1" "$(fmt "$(R "$2" rps)" 0)" "$(fmt "$(R "$2" p50_ms)" 2)" "$(fmt "$(R "$2" p99_ms)" 2)")")
}

POST_OK=0
if want post; then
  [[ $(R api-post non2xx) == 0 && $VERIFY_PROBLEMS == none ]] && (( IN_FLIGHT >= 0 && IN_FLIGHT <= CONNECTIONS )) && POST_OK=1
fi

reference_row 'template `GET /`' template-home
reference_row 'app `GET /healthz`' healthz
if want result-page; then
  row "\`GET /r/{token}\` ($HOT_LINKS links)" result-page result-page-ref template 1.0 10
  info_row "\`GET /r/{token}\` ($HOT_LINKS links, client without compression)" result-page-plain template-home template
  info_row "\`GET /r/{token}\` (any of $(wc -l <"$WORK/seed-tokens.txt") results, mostly first views)" result-page-any template-home template
fi
# Issue 8's speed targets for these rows were retired by ADR 0017: only the decision journey decides what code stays
# for speed. They are still measured, so a change that slows them shows.
if want assess; then info_row '`GET /assess`' assess assess-ref template; fi
if want api-get; then info_row '`GET /api/assessments/{token}`' api-get api-get-ref /healthz; fi
# The POST counts rows before and after one run, so it is not sliced; its reference is the /healthz slices of the
# API row, measured in the minute before it. Its speed is for information; its correctness is a target.
if want post; then row '`POST /api/assessments`' api-post api-get-ref /healthz "" "" "$POST_OK" "0 non-2xx, every 201 stored once and readable"; fi
# The journey row: requests/s of the whole mix against the template's, and journeys (three views each) per second.
if want journey; then
JOURNEY_SECONDS=$(R journey seconds)
JOURNEYS_PER_S=$(awk -v v="$(R journey viewed)" -v s="$JOURNEY_SECONDS" 'BEGIN { printf "%.0f", v / 3 / s }')
LINES+=("$(printf '| decision journeys: `POST /api/assessments`, then `GET /r/{token}` three times (%s journeys/s; %s created, %s views) | %s | %s ms | %s ms | template (%s req/s) | %s× | – (issue 21: ≥ 0.5×, p99 ≤ 50 ms) | – |' \
  "$JOURNEYS_PER_S" "$(R journey created)" "$(R journey viewed)" "$(fmt "$(R journey rps)" 0)" "$(fmt "$(R journey p50_ms)" 2)" "$(fmt "$(R journey p99_ms)" 2)" \
  "$(fmt "$(R journey-ref rps)" 0)" "$(awk -v a="$(R journey rps)" -v b="$(R journey-ref rps)" 'BEGIN { printf "%.2f", a / b }')")")
fi
if want startup; then
  LINES+=("| start-up to first 200 on \`/healthz\` (existing db, $(count_rows) rows) | $STARTUP_MEDIAN ms (median of $STARTUPS: $(IFS=,; echo "${STARTUP_MS[*]}") ms) | – | – | – | – | – (for information) | – |")
fi
LINES+=("| RSS (VmRSS) after $APP_REQUESTS requests | $(( RSS_KB / 1024 )) MB (peak VmHWM $(( HWM_KB / 1024 )) MB; $(memory_parts "$APP_MEMORY")) | – | – | – | – | – (for information) | – |")
LINES+=("| template RSS after its $REF_MEMORY_REQUESTS requests (for information) | ${REF_MEMORY%% *} MB ($(memory_parts "$REF_MEMORY")) | – | – | – | – | – | – |")

CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
{
  echo "## EngagementAdvisor HTTP benchmark ($([[ $SMOKE == 1 ]] && echo smoke || echo full))"
  echo
  echo "Machine: $(nproc) cores, ${CPU:-$(uname -m)}; $(uname -sr); dotnet $(dotnet --version); $(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2)."
  echo "Before the run the CPUs were ${BUSY_BEFORE}% busy with other processes (load average $LOAD_BEFORE)$( (( BUSY_BEFORE > 10 )) && echo ': **the machine was not idle, so absolute numbers and even ratios are unreliable**')."
  echo "Load: wrk -t$THREADS -c$CONNECTIONS, ${WARMUP}s warm-up + ${DURATION}s measured per endpoint, client and servers on the same machine, plain HTTP on 127.0.0.1."
  echo "Rows with a target are measured in $SLICES slice(s) alternating with their reference (template page or \`/healthz\`, same slice length), and compared with the reference measured in those slices: the machine's speed drifts within minutes. Their p50 is the median of the slices', their p99 the worst slice's."
  echo "Pages (the template's, \`/assess\`, \`/r/{token}\`) are requested with a browser's \`$BROWSER_ACCEPT_ENCODING\` unless the row says otherwise; \`/healthz\` and the API without it, as plain HTTP clients do."
  echo
  echo "| endpoint | requests/s | p50 | p99 | reference | ratio | target | pass/fail |"
  echo "|---|---:|---:|---:|---|---:|---|---|"
  printf '%s\n' "${LINES[@]}"
  echo
  want post && echo "POST check: $CREATED responses 201, $(R api-post non2xx) non-2xx ($(R api-post statuses)); rows $ROWS_BEFORE → $ROWS_AFTER (+$ROWS_ADDED;" \
    "$IN_FLIGHT more than the 201s: requests in flight when wrk stopped, at most one per connection); every 201's token found in the database" \
    "exactly once and read back with 200: $READABLE of $(get "$WORK/results/post-verify.txt" tokens); problems: $VERIFY_PROBLEMS."
  want journey && echo "Journey check: every 201 of the journey row found in the database exactly once and read back with 200: $(get "$WORK/results/journey-verify.txt" readable) of $(get "$WORK/results/journey-verify.txt" tokens); problems: $(get "$WORK/results/journey-verify.txt" problems)."
  echo "Seeded: $(wc -l <"$WORK/seed-tokens.txt") results through POST /api/assessments before the GET runs; GETs pick among them at random."
  echo "App settings for the run: ASPNETCORE_ENVIRONMENT=Production, Serilog minimum level Warning (Microsoft.Hosting.Lifetime left at Information: start and stop only), SQLite file in a temporary directory," \
    "and **rate limits raised to $BIG per minute** (RateLimits__CreatePerMinute/LookupPerMinute/SignInPerMinute): all wrk connections come from one client IP," \
    "so the shipped limits (60 creates and 600 look-ups per minute per IP) would answer 429 within a second."
  [[ -z $ONLY ]] || echo "Rows measured (--only): $ONLY."
  [[ ${#EXTRA_APP_ENV[@]} -eq 0 ]] || echo "Extra app environment (--app-env): ${EXTRA_APP_ENV[*]}."
  echo "Reference app: \`dotnet new webapp\` (Release), Production, Logging:LogLevel Warning."
} >"$WORK/results.md"
cat "$WORK/results.md"
[[ -z ${BENCH_OUT:-} ]] || cp "$WORK/results.md" "$BENCH_OUT"

status=0
if [[ ${#FAILURES[@]} -gt 0 ]]; then
  echo; echo "Errors:"; printf -- '- %s\n' "${FAILURES[@]}"; status=1
fi
if [[ ${#MISSED[@]} -gt 0 ]]; then
  echo; echo "Missed targets: ${MISSED[*]}"
  if [[ $STRICT == 1 && $status == 0 ]]; then status=3; fi
fi
exit $status
