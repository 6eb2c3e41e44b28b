#!/usr/bin/env bash
# Start-up with and without class data sharing (CDS), alternating runs so both see the same machine.
# Usage: bench/startup-cds.sh [runs]   (build first: ./mvnw -B -DskipTests package)
# Extracts the packaged jar (Spring Boot's jarmode=tools), makes a CDS archive with one training
# run that stops after the context refresh, then starts the extracted app [runs] times each way on a
# fresh embedded database, polling /actuator/health every 50 ms. Prints every run, the medians of
# seconds-to-UP and RSS, and the ratio CDS / plain.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=config/target/samspill.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh \
  -jar "$work/app/samspill.jar" --server.port=0 --samspill.mongodb.embedded-file=memory \
  > "$work/train.log" 2>&1

start_once() { # prints "seconds rss"
  local port start pid t r
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  start=$(date +%s.%N)
  java "$@" -XX:+UseSerialGC -jar "$work/app/samspill.jar" --server.port="$port" \
    --samspill.mongodb.embedded-file="$work/s-$port.mv" > "$work/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "app died; see its log" >&2; cat "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  t=$(echo "$(date +%s.%N) - $start" | bc)
  r=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$t $r"
}
plain_t=(); plain_r=(); cds_t=(); cds_r=()
for i in $(seq 1 "$runs"); do
  read -r t r < <(start_once -Xshare:auto)
  plain_t+=("$t"); plain_r+=("$r"); printf 'run %d plain: %.2f s, RSS %d MiB\n' "$i" "$t" "$r"
  read -r t r < <(start_once -XX:SharedArchiveFile="$work/app.jsa")
  cds_t+=("$t"); cds_r+=("$r"); printf 'run %d CDS:   %.2f s, RSS %d MiB\n' "$i" "$t" "$r"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
p=$(median "${plain_t[@]}"); c=$(median "${cds_t[@]}")
printf 'median plain: %.2f s, RSS %s MiB; CDS: %.2f s, RSS %s MiB; CDS/plain %.2f (%d runs each, %s cores)\n' \
  "$p" "$(median "${plain_r[@]}")" "$c" "$(median "${cds_r[@]}")" "$(echo "$c / $p" | bc -l)" "$runs" "$(nproc)"
