#!/usr/bin/env bash
# Runs the container stack for real: builds the app image, starts docker-compose.yml (PostgreSQL,
# Redis, two Keng instances) with a fake Twilio API, waits for both instances to be ready, sends a
# fire report as a signed Twilio webhook to instance 2 and checks that the alarm SMS reached the
# fake Twilio, then tears the stack down (volumes included).
#   bash deploy/verify-compose.sh            base images from Debian packages (deploy/build-base-images.sh)
#   KENG_USE_REGISTRY=1 bash deploy/verify-compose.sh   the official images of the registry
# Needs a Docker engine and docker compose (v2) or docker-compose (v1.29); not part of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
log() { printf '=== %s (%ss)\n' "$*" "$(( $(date +%s) - started ))"; }

if docker compose version >/dev/null 2>&1; then compose=(docker compose); else compose=(docker-compose); fi
env_args=()
if [ "${KENG_USE_REGISTRY:-0}" != "1" ]; then
  log "Base images from Debian packages"
  bash deploy/build-base-images.sh >/dev/null
  env_args=(--env-file deploy/local-images.env)
  set -a; . deploy/local-images.env; set +a
fi

log "WireMock for the fake Twilio API"
wiremock_dir=$(mktemp -d)
cp -r deploy/verify/twilio-fake/mappings "$wiremock_dir/"
version=$(sed -n 's:.*<wiremock.version>\(.*\)</wiremock.version>.*:\1:p' pom.xml)
mvn -B -q -ntp dependency:copy -Dartifact="org.wiremock:wiremock-standalone:$version" \
  -DoutputDirectory="$wiremock_dir" -Dmdep.stripVersion=true
chmod -R a+rX "$wiremock_dir"
export KENG_VERIFY_WIREMOCK_DIR=$wiremock_dir
export KENG_ADMIN_USERNAME=admin KENG_ADMIN_PASSWORD=verify-compose-secret
project=(-p kengverify -f docker-compose.yml -f deploy/verify/compose-verify.yml "${env_args[@]}")

cleanup() {
  log "Tearing down"
  "${compose[@]}" "${project[@]}" down -v --remove-orphans >/dev/null 2>&1 || true
  rm -rf "$wiremock_dir"
}
trap cleanup EXIT

log "Building the app image and starting the stack"
# the classic builder: BuildKit needs the buildx plugin, which Debian's docker.io does not ship
export DOCKER_BUILDKIT=0 COMPOSE_DOCKER_CLI_BUILD=0
"${compose[@]}" "${project[@]}" build --quiet
"${compose[@]}" "${project[@]}" up -d

wait_ready() { # port
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1; then return 0; fi
    sleep 3
  done
  echo "instance on port $1 not ready after 6 minutes" >&2
  "${compose[@]}" "${project[@]}" logs --tail 80 >&2
  return 1
}
wait_ready 8080 && log "keng-1 ready"
wait_ready 8081 && log "keng-2 ready"
docker ps --filter name=kengverify --format '{{.Names}}\t{{.Status}}'

log "A signed fire report (Twilio webhook) to keng-2"
token=verify-compose-token
url="http://localhost:8080/webhooks/sms/twilio"
sid="SMverify$(date +%s)"
declare -A p=([AccountSid]=AC00000000000000000000000000000000 [Body]="co chay nha toi" [From]="+84913010900"
  [MessageSid]="$sid" [To]="+15005550006")
signed="$url"
for k in $(printf '%s\n' "${!p[@]}" | LC_ALL=C sort); do signed+="$k${p[$k]}"; done
signature=$(printf '%s' "$signed" | openssl dgst -sha1 -hmac "$token" -binary | base64)
args=(); for k in "${!p[@]}"; do args+=(--data-urlencode "$k=${p[$k]}"); done
status=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Twilio-Signature: $signature" "${args[@]}" \
  http://127.0.0.1:8081/webhooks/sms/twilio)
echo "webhook answered $status"
[ "$status" = 200 ]
forged=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Twilio-Signature: forged" "${args[@]}" \
  http://127.0.0.1:8081/webhooks/sms/twilio)
echo "the same webhook with a forged signature answered $forged"
[ "$forged" = 403 ]

log "Waiting for the alarm SMS at the fake Twilio"
count=0
for _ in $(seq 1 60); do
  count=$(curl -s -X POST http://127.0.0.1:18099/__admin/requests/count -H 'Content-Type: application/json' \
    -d '{"method":"POST","urlPathPattern":"/2010-04-01/Accounts/.*/Messages.json","bodyPatterns":[{"contains":"BAO+DONG"}]}' \
    | sed -n 's/.*"count" *: *\([0-9]*\).*/\1/p')
  [ "${count:-0}" -ge 5 ] && break
  sleep 2
done
echo "alarm SMS handed to the fake Twilio: ${count:-0}"
curl -s http://127.0.0.1:18099/__admin/requests | grep -o 'Body=[^&"]*' | head -3 | sed 's/^/  e.g. /'
[ "${count:-0}" -ge 5 ]
log "The stack works: both instances ready, the fire report alarmed ${count} people by SMS"
