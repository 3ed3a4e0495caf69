#!/usr/bin/env bash
# Builds, from Debian packages alone, the base images that app/Dockerfile and docker-compose.yml use,
# for machines that reach Debian's mirror but no image registry:
#   keng-base/debian:bookworm  debootstrap --variant=minbase, imported with `docker import`
#   keng-base/maven:jdk17      build stage: OpenJDK 17 JDK and Maven    (instead of maven:3.9-eclipse-temurin-17)
#   keng-base/jre:17           runtime:     OpenJDK 17 JRE and curl     (instead of eclipse-temurin:17-jre)
#   keng-base/postgres:15      PostgreSQL 15, POSTGRES_* like the official image (instead of postgres:16)
#   keng-base/redis:7          Redis 7                                  (instead of redis:7)
# Then use them with deploy/local-images.env (docker compose --env-file) or deploy/verify-compose.sh.
# Needs root (debootstrap), debootstrap and a running Docker engine. An image that exists is kept;
# --force rebuilds them all. Certificate authorities under /usr/local/share/ca-certificates are copied in.
set -euo pipefail
cd "$(dirname "$0")"
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
force=false
[ "${1:-}" = "--force" ] && force=true

exists() { docker image inspect "$1" >/dev/null 2>&1; }

if $force || ! exists keng-base/debian:bookworm; then
  rootfs=$(mktemp -d)
  trap 'rm -rf "$rootfs"' EXIT
  echo "debootstrap bookworm from $MIRROR (a few minutes)"
  debootstrap --variant=minbase bookworm "$rootfs" "$MIRROR" >/dev/null
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  # This machine's own certificate authorities (a TLS-inspecting egress proxy's, for example), so that
  # Maven in the build stage reaches Maven Central as the host does; installed with ca-certificates.
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    mkdir -p "$rootfs/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/"
  fi
  tar -C "$rootfs" -c . | docker import --change 'CMD ["bash"]' - keng-base/debian:bookworm >/dev/null
  echo "built keng-base/debian:bookworm"
fi

for spec in maven:jdk17:jdk jre:17:jre postgres:15:postgres redis:7:redis; do
  IFS=: read -r name tag file <<<"$spec"
  image="keng-base/$name:$tag"
  if $force || ! exists "$image"; then
    docker build -q -f "base/$file.Dockerfile" -t "$image" base >/dev/null
    echo "built $image"
  fi
done
docker image ls 'keng-base/*'
