#!/usr/bin/env bash
# Composes one tenant's digest with many reflections across 50 tenants, on the embedded database
# (or MONGODB_URI's server).
# Usage: bench/digest-compose.sh [total-reflections] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
# Compiled in the reactor, not installed: the class path points at each module's target folder.
./mvnw -B -q -pl config -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath
java ${BENCH_JAVA_OPTS:-} -cp "config/target/test-classes:config/target/classes:$(cat config/target/bench.classpath)" \
  no.samspill.app.DigestCompositionBenchmark "${1:-100000}" "${2:-5}" 2>/dev/null | grep -E 'reflections in the database|^ratio'
