#!/usr/bin/env bash
# Measures start-up to a healthy /actuator/health and the resident memory after start-up.
# Usage: bench/startup.sh [runs] [extra JVM options...]   (build first: ./mvnw -B -DskipTests package)
# Each run starts the packaged app on a fresh embedded database on a free port, polls health
# every 50 ms, records seconds-to-UP and RSS, then stops it. Prints each run and the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
jar=config/target/samspill.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw -B -DskipTests package" >&2; exit 1; }

times=(); rss=()
for i in $(seq 1 "$runs"); do
  work=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  start=$(date +%s.%N)
  java "$@" -jar "$jar" --server.port="$port" --samspill.mongodb.embedded-file="$work/s.mv" \
    > "$work/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "app died; log in $work/app.log" >&2; exit 1; fi
    if (( $(echo "$(date +%s.%N) - $start > 120" | bc) )); then echo "timeout" >&2; kill "$pid"; exit 1; fi
    sleep 0.05
  done
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  r=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$work"
  printf 'run %d: %.2f s to healthy, RSS %d MiB\n' "$i" "$t" "$r"
  times+=("$t"); rss+=("$r")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf 'median: %.2f s to healthy, RSS %s MiB (%d runs, %s cores)\n' "$(median "${times[@]}")" "$(median "${rss[@]}")" "$runs" "$(nproc)"
