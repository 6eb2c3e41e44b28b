#!/usr/bin/env bash
# The console's Innsikt page for one municipality of many leaders among others of the same size, on
# the embedded database (or MONGODB_URI's server).
# Usage: bench/insight-page.sh [leaders] [weeks] [other-municipalities] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
# Compiled in the reactor, not installed: the class path points at each module's target folder.
./mvnw -B -q -pl config -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath
java -cp "config/target/test-classes:config/target/classes:$(cat config/target/bench.classpath)" \
  no.samspill.app.InsightPageBenchmark "${1:-50}" "${2:-12}" "${3:-9}" "${4:-5}" 2>/dev/null \
  | grep -E '^insight:'
