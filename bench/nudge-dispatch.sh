#!/usr/bin/env bash
# Measures how many due nudges one instance dispatches per second to a channel that answers at
# once, on the embedded database (or MONGODB_URI). Usage:
# bench/nudge-dispatch.sh [nudges-per-round] [rounds] [nudges already stored before round 1] [instances]
# On FerretDB, set BENCH_POSTGRESQL_URL to its PostgreSQL database (postgres://user@host:port/ferretdb)
# to give the benchmark's database the GIN indexes a deployment on FerretDB has
# (deploy/ferretdb/postgresql-indexes.sql), applied as soon as the app has created its collections.
set -euo pipefail
cd "$(dirname "$0")/.."
# Compiled in the reactor, not installed: the class path points at each module's target folder.
./mvnw -B -q -pl config -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath
database="bench-$(date +%s)-$RANDOM"
if [ -n "${BENCH_POSTGRESQL_URL:-}" ]; then
  sql="$(pwd)/deploy/ferretdb/postgresql-indexes.sql"
  # Until the nudges' table has its GIN indexes (the app creates every collection at start-up);
  # stopped with the benchmark, so an app that never starts leaves no loop behind.
  (until psql -qtA "$BENCH_POSTGRESQL_URL" -c "select 1 from pg_indexes where schemaname = '$database'
        and tablename like 'nudges%' and indexdef like '%gin%' limit 1" 2>/dev/null | grep -q 1; do
     sleep 1
     psql -q "$BENCH_POSTGRESQL_URL" -v db="$database" -f "$sql" >/dev/null 2>&1 || true
   done; echo "GIN indexes applied to $database" >&2) &
  indexer=$!
  trap 'kill "$indexer" 2>/dev/null || true' EXIT
fi
java ${BENCH_JAVA_OPTS:-} -Dbench.database="$database" \
  -cp "config/target/test-classes:config/target/classes:$(cat config/target/bench.classpath)" \
  no.samspill.app.NudgeDispatchBenchmark "${1:-2000}" "${2:-5}" "${3:-0}" "${4:-1}" 2>/dev/null |
  grep --line-buffered -E '^(round|median)'
