#!/usr/bin/env bash
# The sector simulated: many municipalities, half on Slack and half on Teams, whose meetings end
# at the same quarter hours, so tens of thousands of nudges fall due in waves within one window,
# sent through the real adapters to fakes that enforce the platforms' limits (429 beyond them).
# Runs for the whole window in real time. Prints exactly-once and the lag from due to sent.
# Usage: bench/sector-scale.sh [tenants] [leaders] [nudges] [window-minutes] [instances]
#   full scale: bench/sector-scale.sh 356 20000 50000 60 1   (and 2 for two instances)
# Every instance is configured with the platforms' whole budgets and takes its share (SharedBudgets).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl config -am -DskipTests install
./mvnw -B -q -pl config dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Xmx1g ${JAVA_OPTS:-} -cp "config/target/test-classes:config/target/classes:$(cat config/target/bench.classpath)" \
  no.samspill.app.dispatch.SectorScaleBenchmark "${1:-356}" "${2:-20000}" "${3:-50000}" "${4:-60}" "${5:-1}" 2>/dev/null \
  | grep -E '^(seeded|lag|outcomes|20)'
