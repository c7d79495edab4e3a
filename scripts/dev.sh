#!/usr/bin/env bash
# Runs the whole platform on this machine: the local stack (real Kafka and PostgreSQL), then the five
# services from a fresh build, each on its port with its own database. Ctrl-C stops the services.
set -euo pipefail
cd "$(dirname "$0")/.."
bash deploy/local/stack.sh up
npm run build

DATABASE_HOST_URL="${DATABASE_HOST_URL:-postgres://postgres@127.0.0.1:5432}"
pids=()
trap 'kill -TERM "${pids[@]}" 2>/dev/null; wait' INT TERM EXIT
for service in customer-profile interaction-log complaints loan-servicing notifications; do
  DATABASE_URL="$DATABASE_HOST_URL/crm_${service//-/_}" \
  KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}" \
  OTEL_TRACES_EXPORTER="${OTEL_TRACES_EXPORTER:-none}" \
    node dist/services/$service/src/main.js 2>&1 | sed -u "s/^/[$service] /" &
  pids+=($!)
done
echo "[dev] services on http://127.0.0.1:3001-3005 (docs at /docs). A development token:"
echo "[dev]   TOKEN=\$(npm run -s token -- --scopes customers:read,customers:write,interactions:read,pii:read)"
wait
