#!/usr/bin/env bash
# Inbound Teams messages and Slack acknowledgements under load: Samspill against a bare Bot
# Framework SDK app and a bare Bolt app, each in its own JVM on its own port, driven in one run by
# the same concurrent clients (typed "hjelp" and clicks on questions, real tokens and signatures)
# against fakes of the Bot Connector and Slack's Web API. Prints p50, p99, max and requests/s per
# target and round, Samspill/bare ratios, and medians. MONGODB_URI runs Samspill on that server.
# Usage: bench/inbound-latency.sh [clients] [requests-per-target-and-round] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
# Compiled in the reactor, not installed: the class path points at each module's target folder.
./mvnw -B -q -pl config -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath
java -cp "config/target/test-classes:config/target/classes:$(cat config/target/bench.classpath)" \
  ${BENCH_JAVA_OPTS:-} no.samspill.app.inbound.InboundLatencyBenchmark "${1:-32}" "${2:-4000}" "${3:-5}" \
  2>/dev/null | grep -E '^(bench|round|median)'
