#!/usr/bin/env bash
# Composes one tenant's digest with many reflections in the embedded database across 50 tenants.
# Usage: bench/digest-compose.sh [total-reflections] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl config -am -DskipTests install
./mvnw -B -q -pl config dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -cp "config/target/test-classes:config/target/classes:$(cat config/target/bench.classpath)" \
  no.samspill.app.DigestCompositionBenchmark "${1:-100000}" "${2:-5}" 2>/dev/null | grep -E 'reflections in the database'
