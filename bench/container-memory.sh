#!/usr/bin/env bash
# Resident memory of the packaged app with the container image's JVM options, as in a 512 MiB
# container, before and after a bounded web-chat load. Usage: bench/container-memory.sh [turns]
# [threads] [extra JVM options...]   (build first: ./mvnw -B -DskipTests package)
# The options are read from deploy/Dockerfile's JAVA_TOOL_OPTIONS; -XX:MaxRAM=512m makes the JVM
# size itself as under a 512 MiB cgroup limit. Runs the production profile on the embedded
# database (which an external MongoDB would take out of the process) with the demo web chat and
# sample data switched on for the load. Prints RSS after start-up, peak RSS (VmHWM) and NMT totals.
set -euo pipefail
cd "$(dirname "$0")/.."
turns=${1:-3000}; threads=${2:-8}
shift 2 || shift $# || true
jar=config/target/samspill.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
opts=$(sed -n 's/.*JAVA_TOOL_OPTIONS="\([^"]*\)".*/\1/p' deploy/Dockerfile)
[ -n "$opts" ] || { echo "no JAVA_TOOL_OPTIONS in deploy/Dockerfile" >&2; exit 1; }
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
echo "JVM options: $opts -XX:MaxRAM=512m $*"
# shellcheck disable=SC2086
SPRING_PROFILES_ACTIVE=production SAMSPILL_WEB_DEMO=true SAMSPILL_SAMPLE_DATA_ENABLED=true \
  SAMSPILL_DATA_FILE="$work/s.mv" HOME="$work" MALLOC_ARENA_MAX=2 PORT="$port" \
  java $opts -XX:MaxRAM=512m -XX:NativeMemoryTracking=summary "$@" -jar "$jar" > "$work/app.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
start=$(date +%s)
until PORT=$port deploy/healthcheck.sh; do
  kill -0 "$pid" 2>/dev/null || { echo "app died:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
  (( $(date +%s) - start < 180 )) || { echo "not ready after 180 s" >&2; exit 1; }
  sleep 0.5
done
rss() { awk -v k="$1" '$1 == k":" {print int($2/1024)}' "/proc/$pid/status"; }
echo "ready after $(( $(date +%s) - start )) s: RSS $(rss VmRSS) MiB"
timeout 600 python3 bench/web-chat-load.py "http://127.0.0.1:$port" "$turns" "$threads"
echo "after the load: RSS $(rss VmRSS) MiB, peak RSS (VmHWM) $(rss VmHWM) MiB"
jcmd "$pid" VM.native_memory summary | grep -E '^(Total|-  *(Java Heap|Class|Thread|Code|Metaspace|Symbol))'
