#!/usr/bin/env bash
# The container image, as users make it (issue 20, point 4): `dotnet publish -t:PublishContainer`, the SDK's own
# container publishing, then the image run with a volume, a result created and read back, the container restarted
# and the result still there.
#
# This machine reaches no container registry, so the base image users get from mcr.microsoft.com/dotnet/aspnet is
# built here the same way: Debian's minimal system from the Debian mirror (debootstrap), the ASP.NET Core runtime
# that came with the SDK in /usr/share/dotnet, the non-root user `app` (uid 1654) and the environment of Microsoft's
# image, packed as an OCI image (umoci) and served by a private registry on loopback (Debian's docker-registry). The
# image is run with podman (no Docker engine runs here); see docs/operations.md and ADR 0025.
#
#   tests/container/run.sh            build the base image, publish, run, check
set -euo pipefail
cd "$(dirname "$0")/../.."

log() { printf '==> container: %s\n' "$*"; }
fail() { printf '==> container: FAILED: %s\n' "$*" >&2; exit 1; }

for tool in debootstrap umoci skopeo docker-registry podman runc curl; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (test.sh installs it)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/ea-container.XXXXXX")
registry_pid=""
name="ea-container-test-$$"
image="localhost/engagement-advisor:test-$$"
# This VM drops CAP_SYS_RESOURCE and mixes cgroup v1 and v2: podman needs runc, cgroupfs and limits no higher than
# the host's. On an ordinary machine `docker run` or plain `podman run` is enough.
podman_() { podman --cgroup-manager=cgroupfs --runtime "$(command -v runc)" "$@"; }
cleanup() {
  podman_ rm -f "$name" >/dev/null 2>&1 || true
  podman_ rmi -f "$image" >/dev/null 2>&1 || true
  [ -n "$registry_pid" ] && kill "$registry_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  local port
  for port in $(seq "$1" "$(($1 + 50))"); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  return 1
}

# 1. The base image: what mcr.microsoft.com/dotnet/aspnet:10.0 holds, from what this machine has.
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
runtime=$(ls "$dotnet_root/shared/Microsoft.AspNetCore.App" | grep '^10\.' | sort -V | tail -n 1)
[ -n "$runtime" ] || fail "no ASP.NET Core 10 runtime under $dotnet_root"
log "base image: Debian bookworm from $mirror with ASP.NET Core $runtime"
rootfs="$work/bundle/rootfs"
debootstrap --variant=minbase --include=ca-certificates,libicu72,libssl3,tzdata bookworm "$work/rootfs" "$mirror" \
  >"$work/debootstrap.log" 2>&1 || { tail -n 20 "$work/debootstrap.log"; fail "debootstrap"; }
rm -rf "$work/rootfs/var/cache/apt/archives/"*.deb "$work/rootfs/var/lib/apt/lists/"*
mkdir -p "$work/rootfs/usr/share/dotnet/shared"
cp -a "$dotnet_root/dotnet" "$dotnet_root/host" "$work/rootfs/usr/share/dotnet/"
cp -a "$dotnet_root/shared/Microsoft.NETCore.App" "$dotnet_root/shared/Microsoft.AspNetCore.App" "$work/rootfs/usr/share/dotnet/shared/"
ln -sf /usr/share/dotnet/dotnet "$work/rootfs/usr/bin/dotnet"
chroot "$work/rootfs" groupadd --gid 1654 app
chroot "$work/rootfs" useradd --no-log-init --uid 1654 --gid 1654 --create-home app

umoci init --layout "$work/oci" >/dev/null
umoci new --image "$work/oci:aspnet" >/dev/null
umoci unpack --image "$work/oci:aspnet" "$work/bundle" >/dev/null
rm -rf "$rootfs"
mv "$work/rootfs" "$rootfs"
umoci repack --image "$work/oci:aspnet" "$work/bundle" >/dev/null
umoci config --image "$work/oci:aspnet" --os linux --architecture amd64 \
  --config.env "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  --config.env "APP_UID=1654" --config.env "ASPNETCORE_HTTP_PORTS=8080" \
  --config.env "DOTNET_RUNNING_IN_CONTAINER=true" --config.env "DOTNET_VERSION=$runtime" \
  --config.env "ASPNET_VERSION=$runtime" >/dev/null

registry_port=$(free_port 5000) || fail "no free port for the registry"
cat >"$work/registry.yml" <<EOF
version: 0.1
storage:
  filesystem:
    rootdirectory: $work/registry
http:
  addr: 127.0.0.1:$registry_port
EOF
docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 &
registry_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$registry_port/v2/" >/dev/null && break; sleep 0.2; done
base="localhost:$registry_port/dotnet/aspnet:10.0"
skopeo copy --quiet --dest-tls-verify=false "oci:$work/oci:aspnet" "docker://$base" || fail "pushing the base image"

# 2. The SDK's own container publishing, as in docs/operations.md, on that base image.
log "dotnet publish -t:PublishContainer"
SDK_CONTAINER_INSECURE_REGISTRIES="localhost:$registry_port" dotnet publish src/EngagementAdvisor.Web -c Release -nologo -v quiet \
  -t:PublishContainer -p:ContainerBaseImage="$base" -p:ContainerImageTag="test-$$" \
  -p:ContainerArchiveOutputPath="$work/engagement-advisor.tar.gz" >"$work/publish.log" 2>&1 \
  || { tail -n 30 "$work/publish.log"; fail "dotnet publish -t:PublishContainer"; }
podman_ load --quiet -i "$work/engagement-advisor.tar.gz" >/dev/null
podman_ tag "docker.io/library/engagement-advisor:test-$$" "$image"
podman_ rmi "docker.io/library/engagement-advisor:test-$$" >/dev/null

user=$(podman_ image inspect --format '{{.Config.User}}' "$image")
[ "$user" = "1654" ] || fail "the image runs as '$user', not as the non-root user app (1654)"

# 3. Run it as users would: a volume for the SQLite file, owned by the image's user.
mkdir -p "$work/data" && chown 1654:1654 "$work/data"
port=$(free_port 18080) || fail "no free port for the app"
run() {
  podman_ run -d --name "$name" --network host --ulimit nofile=1024:1024 --ulimit nproc=1024:1024 \
    -e ASPNETCORE_HTTP_PORTS="$port" -e ConnectionStrings__Default="Data Source=/data/engagement-advisor.db" \
    -v "$work/data:/data" "$image" >/dev/null
}
wait_healthy() {
  for _ in $(seq 100); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz")" = "200" ] && return 0
    sleep 0.2
  done
  podman_ logs "$name" 2>&1 | tail -n 20
  fail "the container did not answer /healthz"
}
log "running the image with no settings at all"
podman_ run -d --name "$name" --network host --ulimit nofile=1024:1024 --ulimit nproc=1024:1024 \
  -e ASPNETCORE_HTTP_PORTS="$port" "$image" >/dev/null
wait_healthy
podman_ rm -f "$name" >/dev/null

log "running the image with a volume"
run
wait_healthy
created=$(curl -s -w '\n%{http_code}' "http://127.0.0.1:$port/api/assessments" -H 'Content-Type: application/json' \
  -d '{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000,"label":"Container check"}')
[ "$(tail -n 1 <<<"$created")" = "201" ] || fail "creating a result answered $(tail -n 1 <<<"$created")"
token=$(head -n 1 <<<"$created" | sed -E 's/.*"token":"([^"]+)".*/\1/')
page() { curl -s "http://127.0.0.1:$port/r/$token"; }
[[ "$(page)" == *"Outsourcing"* ]] || fail "the result page does not show the verdict"
[ "$(stat -c %u "$work/data/engagement-advisor.db")" = "1654" ] || fail "the database is not the app user's"

log "restarting the container"
podman_ rm -f "$name" >/dev/null
run
wait_healthy
[[ "$(page)" == *"Container check"* ]] || fail "the result was lost when the container was replaced"
log "ok: image built by the SDK on $base, ran as uid 1654, kept its result across a new container"
