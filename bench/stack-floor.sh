#!/usr/bin/env bash
# What the chosen stack holds in memory before EngagementAdvisor adds anything (issue 8's memory target).
# Builds two apps next to each other and measures resident memory after the same number of requests:
#   1. `dotnet new webapp`, its home page;
#   2. the same template plus EF Core on SQLite, a page that reads one of 10,000 stored rows by key (what a result
#      link does, without anything else of the product), published ReadyToRun like the app.
# Each is started, given a warm-up-free run of REQUESTS requests over 32 connections, and read from /proc.
# Usage: bench/stack-floor.sh [--requests N] [--keep]. About 3 minutes. Not part of CI.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REQUESTS=100000 KEEP=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --requests) REQUESTS=$2; shift ;;
    --keep) KEEP=1 ;;
    -h|--help) sed -n 2,8p "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 64 ;;
  esac
  shift
done

log() { printf '[floor %s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
command -v wrk >/dev/null || die "wrk not found (bench/run.sh installs it)"
# The EF Core package is pinned like the app's (Directory.Packages.props).
EF_VERSION=$(sed -n 's:.*<MicrosoftPackageVersion>\(.*\)</MicrosoftPackageVersion>.*:\1:p' "$BENCH_DIR/../Directory.Packages.props" | head -n1)
[[ -n $EF_VERSION ]] || die "MicrosoftPackageVersion not found in Directory.Packages.props"

WORK=$(mktemp -d /tmp/ea-floor.XXXXXX)
SERVER=""
cleanup() {
  if [[ -n $SERVER ]]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  if [[ $KEEP == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
RID=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n1)

log "generating the template and the template with EF Core ($EF_VERSION)"
(cd "$WORK" && dotnet new webapp -o template --no-https >/dev/null && dotnet new webapp -o efcore --no-https >/dev/null)
(cd "$WORK/efcore" && dotnet add package Microsoft.EntityFrameworkCore.Sqlite --version "$EF_VERSION" >/dev/null)
cat >"$WORK/efcore/Program.cs" <<'EOF'
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages();
builder.Services.AddDbContextPool<FloorDb>(o => o.UseSqlite(builder.Configuration.GetConnectionString("Default")));
var app = builder.Build();
if (args.Contains("--seed"))
{
    using var scope = app.Services.CreateScope();
    var db = scope.ServiceProvider.GetRequiredService<FloorDb>();
    db.Database.EnsureCreated();
    // About the size of a stored result's JSON.
    for (var i = 0; i < 10000; i++) db.Items.Add(new Item { Id = "k" + i, Body = new string('x', 4000) });
    db.SaveChanges();
    return;
}
app.UseRouting();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.Run();

public sealed class Item { public string Id { get; set; } = ""; public string Body { get; set; } = ""; }
public sealed class FloorDb(DbContextOptions<FloorDb> options) : DbContext(options) { public DbSet<Item> Items => Set<Item>(); }
EOF
mkdir -p "$WORK/efcore/Pages/Item"
cat >"$WORK/efcore/Pages/Item/Index.cshtml" <<'EOF'
@page "/item/{id}"
@model ItemModel
<h1>@Model.Id</h1>
<p>@Model.Body</p>
EOF
cat >"$WORK/efcore/Pages/Item/Index.cshtml.cs" <<'EOF'
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

public class ItemModel(FloorDb db) : PageModel
{
    public string Id { get; private set; } = "";
    public string Body { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id);
        if (item is null) return NotFound();
        (Id, Body) = (item.Id, item.Body);
        return Page();
    }
}
EOF
cat >"$WORK/requests.lua" <<'EOF'
-- Each thread stops after its share of REQUESTS responses and leaves a marker file; the script then interrupts
-- wrk, which otherwise waits out its whole duration. PATH_KIND=item picks one of 10,000 keys per request.
local per_thread = math.ceil(tonumber(os.getenv("REQUESTS")) / tonumber(os.getenv("THREADS")))
local item = os.getenv("PATH_KIND") == "item"
local seen, id = 0, nil
setup = function(thread)
  counter = (counter or 0) + 1
  thread:set("id", counter)
end
request = function()
  if item then return wrk.format("GET", "/item/k" .. math.random(0, 9999)) end
  return wrk.format("GET", "/")
end
response = function(status)
  seen = seen + 1
  if seen == per_thread then
    local f = io.open(os.getenv("MARKERS") .. "/done-" .. tostring(id), "w"); f:close()
    wrk.thread:stop()
  end
end
init = function() id = wrk.thread:get("id") end
EOF

for app in template efcore; do
  log "publishing $app (Release, ReadyToRun for $RID)"
  dotnet publish "$WORK/$app" -c Release -o "$WORK/out-$app" -r "$RID" --self-contained false -p:PublishReadyToRun=true \
    >"$WORK/publish-$app.log" 2>&1 || { cat "$WORK/publish-$app.log" >&2; die "publish of $app failed"; }
done

ENV=(ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning ConnectionStrings__Default="Data Source=$WORK/floor.db")
(cd "$WORK/out-efcore" && env "${ENV[@]}" dotnet efcore.dll --seed) || die "seeding failed"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
printf '| app | requests | VmRSS | files | code | anonymous | peak (VmHWM) |\n|---|---:|---:|---:|---:|---:|---:|\n'
for app in template efcore; do
  kind=home; [[ $app == efcore ]] && kind=item
  (cd "$WORK/out-$app" && exec env "${ENV[@]}" ASPNETCORE_URLS="http://127.0.0.1:$PORT" dotnet "$app.dll") >"$WORK/$app.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 300); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
  rm -rf "$WORK/markers"; mkdir -p "$WORK/markers"
  REQUESTS=$REQUESTS THREADS=2 PATH_KIND=$kind MARKERS="$WORK/markers" \
    wrk -t2 -c32 -d600s -s "$WORK/requests.lua" "http://127.0.0.1:$PORT" >"$WORK/wrk-$app.txt" 2>&1 &
  WRK=$!
  until [[ $(ls "$WORK/markers" | wc -l) -ge 2 ]]; do kill -0 "$WRK" 2>/dev/null || break; sleep 0.2; done
  kill -INT "$WRK" 2>/dev/null || true
  wait "$WRK" || true
  out=$(cat "$WORK/wrk-$app.txt")
  done_requests=$(awk '/requests in/ { print $1 }' <<<"$out")
  grep -q "Non-2xx" <<<"$out" && die "$app answered errors: $out"
  sleep 1
  read -r rss hwm file shmem anon < <(awk '/^VmRSS/ { r = $2 } /^VmHWM/ { h = $2 } /^RssFile/ { f = $2 } /^RssShmem/ { s = $2 } /^RssAnon/ { a = $2 }
    END { print int(r / 1024), int(h / 1024), int(f / 1024), int(s / 1024), int(a / 1024) }' "/proc/$SERVER/status")
  label="\`dotnet new webapp\`, \`GET /\`"
  [[ $app == efcore ]] && label="the same + EF Core on SQLite, \`GET /item/{key}\` (one row of 10,000)"
  printf '| %s | %s | %s MB | %s MB | %s MB | %s MB | %s MB |\n' "$label" "$done_requests" "$rss" "$file" "$shmem" "$anon" "$hwm"
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
done
