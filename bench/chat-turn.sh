#!/usr/bin/env bash
# Measures what one chat turn costs on the embedded database for each durability (background: the
# old ~1 s commit; written: committed before the reply; synced: also fsync'd), in one JVM, rounds
# interleaved. Usage: bench/chat-turn.sh [turns-per-round] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
# Compiled in the reactor, not installed: the class path points at each module's target folder.
./mvnw -B -q -pl config -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath
java -cp "config/target/test-classes:config/target/classes:$(cat config/target/bench.classpath)" \
  no.samspill.app.ChatTurnBenchmark "${1:-300}" "${2:-7}" 2>/dev/null | grep -E '^(round|median)'
