#!/usr/bin/env bash
# Measures saving one case (and moving one meeting) through the admin API with few and with many
# cases in the tenant, and the tenant-wide re-plan each save used to run, on the embedded database
# (or MONGODB_URI's server). Usage: bench/case-save.sh [case-counts] [runs] [leaders]
# With the defaults (10,10000 5 300) it takes about an hour on 2 cores: on the embedded server one
# tenant-wide re-plan of 10,000 cases takes minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor build, so the class path names this tree's modules, not whatever ~/.m2 holds.
./mvnw -B -q -pl config -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath
java -cp "config/target/test-classes:config/target/classes:$(cat config/target/bench.classpath)" \
  no.samspill.app.CaseSaveBenchmark "${1:-10,10000}" "${2:-5}" "${3:-300}" 2>/dev/null \
  | grep --line-buffered -E '^(ratio|[0-9]+ cases|save|move|old)'
