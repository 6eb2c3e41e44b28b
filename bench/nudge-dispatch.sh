#!/usr/bin/env bash
# Measures how many due nudges one instance dispatches per second to a channel that answers at
# once, on the embedded database (or MONGODB_URI). Usage:
# bench/nudge-dispatch.sh [nudges-per-round] [rounds] [nudges already stored before round 1] [instances]
set -euo pipefail
cd "$(dirname "$0")/.."
# Compiled in the reactor, not installed: the class path points at each module's target folder.
./mvnw -B -q -pl config -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath
java ${BENCH_JAVA_OPTS:-} -cp "config/target/test-classes:config/target/classes:$(cat config/target/bench.classpath)" \
  no.samspill.app.NudgeDispatchBenchmark "${1:-2000}" "${2:-5}" "${3:-0}" "${4:-1}" 2>/dev/null | grep -E '^(round|median)'
