#!/usr/bin/env bash
# Dispatches one nudge each to many Slack leaders in several workspaces, through the real Slack
# adapter, to a fake Slack that enforces 1 message/s per channel and a workspace budget (429
# beyond). Prints each round's time against the bound those limits allow; the first round opens
# the DM channels (a cold cache), later rounds reuse them.
# Usage: bench/paced-dispatch.sh [instances] [workspaces] [leaders-per-workspace] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl config -am -DskipTests install
./mvnw -B -q -pl config dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Xmx256m -cp "config/target/test-classes:config/target/classes:$(cat config/target/bench.classpath)" \
  no.samspill.app.slack.PacedDispatchBenchmark "${1:-1}" "${2:-10}" "${3:-100}" "${4:-4}" 2>/dev/null \
  | grep -E '^(round|median)'
