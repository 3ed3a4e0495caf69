#!/usr/bin/env bash
# The load harness (issue 15; not part of mvn verify): two instances of app/target/keng.jar on the
# machine's PostgreSQL (database keng_load, recreated) and a Redis of its own (port 6391), both sending
# SMS through the real Twilio SDK to a fake Twilio (WireMock) with a cap of 30 SMS/s, and the generator
# benchmarks/LoadHarness.java. Prints: startup time, signed SMS webhooks/s at p99 < 200 ms with 0
# errors (and the liveness probe at the same rates, for the ratio), a fire report while 5,000 duty
# reminders drain (first alarm SMS handed over), the send rate of both instances against the cap, heap
# and RSS. Figures and a run's output: docs/performance.md.
#   bash benchmarks/load.sh            (builds the jar when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=$(mktemp -d /tmp/keng-load.XXXX)
TOKEN=load-token
PUBLIC=http://keng-load.example
WM_PORT=18097; P1=18181; P2=18182; REDIS_PORT=6391
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  redis-cli -p $REDIS_PORT shutdown nosave >/dev/null 2>&1 || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
log() { printf '=== %s\n' "$*"; }

[ -f app/target/keng.jar ] || mvn -B -ntp -q -DskipTests package
version=$(sed -n 's:.*<wiremock.version>\(.*\)</wiremock.version>.*:\1:p' pom.xml)
mvn -B -q -ntp dependency:copy -Dartifact="org.wiremock:wiremock-standalone:$version" -DoutputDirectory="$WORK" \
  -Dmdep.stripVersion=true
cp -r deploy/verify/twilio-fake/mappings "$WORK/"

psql -h 127.0.0.1 -U postgres -d postgres -q -c 'drop database if exists keng_load' -c 'create database keng_load'
redis-server --port $REDIS_PORT --save "" --appendonly no --daemonize yes --logfile "$WORK/redis.log"
java -jar "$WORK/wiremock-standalone.jar" --port $WM_PORT --root-dir "$WORK" \
  --async-response-enabled=true --container-threads=50 > "$WORK/wiremock.log" 2>&1 &
pids+=($!)

start_instance() { # port, name
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/keng_load SPRING_DATASOURCE_USERNAME=postgres \
  KENG_REDIS_URL=redis://127.0.0.1:$REDIS_PORT KENG_ADMIN_USERNAME=admin KENG_ADMIN_PASSWORD=load-secret \
  KENG_DEMO_ENABLED=true KENG_SMS_PROVIDER=twilio KENG_SMS_TWILIO_ACCOUNT_SID=AC00000000000000000000000000000000 \
  KENG_SMS_TWILIO_AUTH_TOKEN=$TOKEN KENG_SMS_TWILIO_FROM=+15005550006 KENG_SMS_TWILIO_PUBLIC_URL=$PUBLIC \
  KENG_SMS_TWILIO_API_URL=http://127.0.0.1:$WM_PORT KENG_MESSAGING_SMSRATE=30 KENG_MESSAGING_INBOUNDPERMINUTE=100000 \
  java -Xmx1g -jar app/target/keng.jar --server.port="$1" > "$WORK/$2.log" 2>&1 &
  pids+=($!)
}
ready() { # port
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "instance on $1 not ready" >&2; tail -40 "$WORK"/*.log >&2; return 1
}
memory() { # port, pid, label
  local heap rss
  heap=$(curl -s -u admin:load-secret "http://127.0.0.1:$1/actuator/prometheus" \
    | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {s+=$NF} END {printf "%.0f", s/1048576}')
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$2/status")
  echo "MEMORY $3 (port $1): heap used ${heap} MiB, RSS ${rss} MiB"
}

log "Startup (first instance migrates the schema and loads the demo commune)"
t0=$(date +%s.%N); start_instance $P1 keng-1; pid1=${pids[-1]}; ready $P1
t1=$(date +%s.%N); start_instance $P2 keng-2; pid2=${pids[-1]}; ready $P2; t2=$(date +%s.%N)
printf 'STARTUP keng-1 %.1f s (empty database), keng-2 %.1f s\n' "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)"
grep -h "Started KengApplication" "$WORK"/keng-*.log | sed 's/.*: /  /'
memory $P1 "$pid1" "idle keng-1"

log "Signed SMS webhooks at rising rates across both instances, then the liveness probe"
java benchmarks/LoadHarness.java steps "http://127.0.0.1:$P1,http://127.0.0.1:$P2" $TOKEN $PUBLIC
memory $P1 "$pid1" "after the steps keng-1"; memory $P2 "$pid2" "after the steps keng-2"

log "A fire report while 5,000 duty reminders drain"
psql -h 127.0.0.1 -U postgres -d keng_load -q -c "delete from outbound_message where status in ('PENDING', 'SENDING')"
curl -s -X DELETE "http://127.0.0.1:$WM_PORT/__admin/requests" >/dev/null
psql -h 127.0.0.1 -U postgres -d keng_load -q -c "insert into outbound_message (channel, address, template, text, priority,
  status, attempts, next_attempt_at, created_at) select 'SMS', '+849139' || lpad(g::text, 5, '0'), 'duty.reminder',
  'Nhac lich: toi nay anh/chi danh keng luc 22:00. Tra loi 1 khi da danh.', 1, 'PENDING', 0, now(), now()
  from generate_series(1, 5000) g"
sleep 5
java benchmarks/LoadHarness.java fire "http://127.0.0.1:$P2" $TOKEN $PUBLIC "http://127.0.0.1:$WM_PORT"
sleep 40
log "Send rate of both instances against the cap of 30 SMS/s (non-alarm traffic may use 80% of it)"
java benchmarks/LoadHarness.java rate "http://127.0.0.1:$WM_PORT" 40
memory $P1 "$pid1" "draining keng-1"; memory $P2 "$pid2" "draining keng-2"
log "Done (logs in $WORK)"
