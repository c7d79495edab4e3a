#!/usr/bin/env bash
# The whole test suite: type check, lint, unit tests, then integration tests on real PostgreSQL and a
# real Kafka broker (found in the environment, in Docker, or started from deploy/local), then the fault
# suite on a PostgreSQL cluster and a broker of its own (e2e/faults).
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
npm run build  # the tracing test and the fault suite run the built services as real processes
npx jest --selectProjects integration --ci
# The fault suite starts a PostgreSQL cluster (initdb, pg_ctl) and a broker (Java) of its own; CI always
# has both, a machine with only Node.js says so and skips it, as the integration suites fall back.
if [[ "${CRM_REQUIRE_REAL_STACK:-}" == true ]] || { command -v java >/dev/null && compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; }; then
  npx jest --selectProjects faults --ci --runInBand
else
  echo "[test] no Java or PostgreSQL binaries here: the fault suite (npm run test:faults) does not run"
fi
echo "[test] all passed in $(( $(date +%s) - started ))s"
