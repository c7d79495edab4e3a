#!/usr/bin/env bash
# The whole test suite: type check, lint, unit tests, then integration tests on real PostgreSQL and a
# real Kafka broker (found in the environment, in Docker, or started from deploy/local).
set -euo pipefail
cd "$(dirname "$0")/.."
# kafkajs 2.2.4 passes negative timeouts to setTimeout, which Node 24 reports on every run.
export NODE_OPTIONS="${NODE_OPTIONS:-} --experimental-vm-modules --no-warnings=ExperimentalWarning --no-warnings=TimeoutNegativeWarning"
started=$(date +%s)
npx tsc -p tsconfig.json --noEmit
NX_DAEMON=false npx nx show projects >/dev/null  # builds the project graph the boundary rule reads
npx eslint --max-warnings=0 .
npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }
npx jest --selectProjects unit --ci
npm run build  # the tracing test runs the built services as real processes
npx jest --selectProjects integration --ci
echo "[test] all passed in $(( $(date +%s) - started ))s"
