#!/usr/bin/env bash
# Dispatches one nudge each to many Slack leaders in several workspaces, through the real Slack
# adapter, to a fake Slack that enforces 1 message/s per channel and a workspace budget (429
# beyond). Prints each round's time against the bound those limits allow; the first round opens
# the DM channels (a cold cache), later rounds reuse them.
# Usage: bench/paced-dispatch.sh [slack|teams] [instances] [tenants] [leaders-per-tenant] [rounds]
# BENCH_JAVA_OPTS passes settings: -Dbench.warmup=N (rounds left out of the median, default 1),
# every instance is configured with the whole budget and takes its share (SharedBudgets).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl config -am -DskipTests install
./mvnw -B -q -pl config dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Xmx256m ${BENCH_JAVA_OPTS:-} -cp "config/target/test-classes:config/target/classes:$(cat config/target/bench.classpath)" \
  no.samspill.app.dispatch.PacedDispatchBenchmark "${1:-slack}" "${2:-1}" "${3:-10}" "${4:-100}" "${5:-4}" 2>/dev/null \
  | grep -E '^(round|median)'
