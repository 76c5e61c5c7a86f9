#!/usr/bin/env bash
# Soak (issue 21, point 5): the decision journey (bench/journey.lua: create a result, open it three times) held for
# ten minutes against the published app on SQLite, measured in chunks. Passes when no request failed, every created
# result is stored once and reads back, and neither memory nor p99 latency trends upwards: the last third of the
# chunks may not exceed the middle third by more than 10 % (resident memory) or 30 % (p99, which is noisier).
#
#   bench/soak.sh                 ten minutes in 30 s chunks
#   bench/soak.sh --short         one minute in 10 s chunks (CI): errors and storage only, trends printed
#   bench/soak.sh --minutes M --chunk S --connections N --keep
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")
MINUTES=10 CHUNK=30 CONNECTIONS=32 WARMUP=15 KEEP=0 TREND=1
while [[ $# -gt 0 ]]; do
  case $1 in
    # A minute is mostly the app warming up (JIT, caches filling): the short run checks errors and storage only and
    # prints the trends for information.
    --short) MINUTES=1; CHUNK=10; WARMUP=5; TREND=0 ;;
    --minutes) MINUTES=$2; shift ;;
    --chunk) CHUNK=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --keep) KEEP=1 ;;
    -h|--help) sed -n 2,10p "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 64 ;;
  esac
  shift
done

log() { printf '[soak %s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
command -v wrk >/dev/null || die "wrk is missing (bench/run.sh installs it)"

WORK=$(mktemp -d /tmp/ea-soak.XXXXXX)
SERVER_PID=""
cleanup() {
  [[ -z $SERVER_PID ]] || { kill -TERM "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; }
  if [[ $KEEP == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

log "publishing the app (Release, ReadyToRun)"
RID=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
dotnet publish "$REPO/src/EngagementAdvisor.Web" -c Release -o "$WORK/app" -nologo -v quiet -r "$RID" --self-contained false \
  -p:PublishReadyToRun=true >"$WORK/publish.log" 2>&1 || { tail -n 20 "$WORK/publish.log" >&2; die "publish"; }
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT"
# As bench/run.sh: every connection comes from one address, so the per-client limits are raised.
(cd "$WORK/app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$URL" \
  "ConnectionStrings__Default=Data Source=$WORK/ea.db" Serilog__MinimumLevel__Default=Warning \
  RateLimits__CreatePerMinute=1000000000 RateLimits__LookupPerMinute=1000000000 dotnet EngagementAdvisor.Web.dll) \
  >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$URL/healthz" || true) == 200 ]]; do
  kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 5 "$WORK/server.log" >&2; die "the app did not start"; }
  sleep 0.05
done

journey() { # journey SECONDS RESULT_FILE
  BENCH_DIR="$BENCH_DIR" TOKENS_DIR="$WORK/tokens" BENCH_RESULT="$2" \
    wrk -t2 -c"$CONNECTIONS" -d"$1s" --latency -s "$BENCH_DIR/journey.lua" "$URL/api/assessments" >/dev/null
}
mkdir -p "$WORK/tokens"
log "warming up for ${WARMUP}s"
journey "$WARMUP" "$WORK/warm.txt"

chunks=$(( MINUTES * 60 / CHUNK ))
log "$MINUTES minute(s) of decision journeys in $chunks chunks of ${CHUNK}s, $CONNECTIONS connections"
echo "chunk,seconds_from_start,requests_per_s,p99_ms,non2xx,socket_errors,rss_mb" >"$WORK/soak.csv"
for i in $(seq 1 "$chunks"); do
  journey "$CHUNK" "$WORK/chunk-$i.txt"
  kill -0 "$SERVER_PID" 2>/dev/null || die "the app exited during chunk $i"
  get() { sed -n "s/^$1=//p" "$WORK/chunk-$i.txt"; }
  errors=$(( $(get err_connect) + $(get err_read) + $(get err_write) + $(get err_timeout) ))
  rss=$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$SERVER_PID/status")
  echo "$i,$(( i * CHUNK )),$(get rps),$(get p99_ms),$(get non2xx),$errors,$rss" | tee -a "$WORK/soak.csv" >&2
done

log "checking every created result"
cat "$WORK"/tokens/tokens-*.txt | grep -v MISSING >"$WORK/tokens.txt" || true
python3 "$BENCH_DIR/check-stored.py" verify "$WORK/ea.db" "$WORK/tokens.txt" "$URL" >"$WORK/verify.txt" || true

python3 - "$WORK/soak.csv" "$WORK/verify.txt" "$TREND" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
verify = dict(line.strip().split("=", 1) for line in open(sys.argv[2]) if "=" in line)
third = max(1, len(rows) // 3)
middle, last = rows[third:2 * third] or rows[:1], rows[-third:]
mean = lambda part, key: sum(float(r[key]) for r in part) / len(part)
rss_growth = mean(last, "rss_mb") / mean(middle, "rss_mb") - 1
p99_growth = mean(last, "p99_ms") / mean(middle, "p99_ms") - 1
failed = sum(int(r["non2xx"]) + int(r["socket_errors"]) for r in rows)
problems = verify.get("problems", "verification did not run")
print(f"chunks: {len(rows)}; requests/s {mean(rows, 'requests_per_s'):.0f} on average; "
      f"p99 {mean(middle, 'p99_ms'):.1f} ms (middle third) -> {mean(last, 'p99_ms'):.1f} ms (last third), {p99_growth:+.0%}; "
      f"RSS {mean(middle, 'rss_mb'):.0f} MB -> {mean(last, 'rss_mb'):.0f} MB, {rss_growth:+.0%}; "
      f"failed requests: {failed}; created results checked: {verify.get('tokens', '?')}, read back: {verify.get('readable', '?')}, problems: {problems}")
judge_trend = sys.argv[3] == "1"
ok = failed == 0 and problems == "none" and (not judge_trend or (rss_growth <= 0.10 and p99_growth <= 0.30))
if not judge_trend:
    print("trends are for information in a short run")
print("soak: " + ("passed" if ok else "FAILED"))
sys.exit(0 if ok else 1)
EOF
