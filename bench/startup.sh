#!/usr/bin/env bash
# Measures start-up to a healthy /actuator/health and the resident memory after start-up, for
# Samspill and, alternately in the same run, for a bare Spring Boot app (bench/bare-app: the same
# Spring Boot, web MVC and the Actuator, nothing else), and prints both medians and their ratio.
# Usage: [BENCH_STARTUP_AS=jar|extracted|cds] bench/startup.sh [runs] [extra JVM options for both...]
#   (build first: ./mvnw -B -DskipTests package; the bare app is built here when missing)
# Each run starts the app on a free port (Samspill on a fresh embedded database), polls health every
# 50 ms, records seconds-to-UP and RSS, then stops it. BENCH_STARTUP_AS treats both apps alike:
# "jar" (default) starts the packaged jars; "extracted" their extracted form (Spring Boot's
# jarmode=tools, plain jars in lib/); "cds" that plus a class data sharing archive made for each app
# by one training run that stops after the context refresh, as deploy/Dockerfile does.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
jar=config/target/samspill.jar
bare=bench/bare-app/target/bare-app.jar
[ -f "$jar" ] || { echo "Build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
[ -f "$bare" ] || ./mvnw -B -q -f bench/bare-app/pom.xml package
as=${BENCH_STARTUP_AS:-jar}
prepared=$(mktemp -d)
trap 'rm -rf "$prepared"' EXIT
# prepare NAME JAR: prints the jar to start (for "cds", its archive app.jsa lies beside it).
prepare() {
  local name=$1 app=$2 dir
  if [ "$as" = jar ]; then echo "$app"; return; fi
  dir="$prepared/$name"
  java -Djarmode=tools -jar "$app" extract --destination "$dir" > /dev/null
  if [ "$as" = cds ]; then
    java "${jvm[@]}" -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh \
      -jar "$dir/$(basename "$app")" --server.port=0 --samspill.mongodb.embedded-file=memory \
      > "$dir/train.log" 2>&1
  fi
  echo "$dir/$(basename "$app")"
}

# start NAME JAR ARGS...: one start; appends seconds and MiB to the arrays named NAME_t, NAME_r.
start() {
  local name=$1 app=$2; shift 2
  local work port began pid t r
  work=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  began=$(date +%s.%N)
  local extra=()
  [ "$as" = cds ] && extra=(-XX:SharedArchiveFile="$(dirname "$app")/app.jsa")
  java "${jvm[@]}" "${extra[@]}" -jar "$app" --server.port="$port" "$@" > "$work/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$name died; log in $work/app.log" >&2; exit 1; fi
    if (( $(echo "$(date +%s.%N) - $began > 120" | bc) )); then echo "timeout" >&2; kill "$pid"; exit 1; fi
    sleep 0.05
  done
  t=$(echo "$(date +%s.%N) - $began" | bc)
  r=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$work"
  printf 'run %d %-8s %.2f s to healthy, RSS %d MiB\n' "$i" "$name" "$t" "$r"
  eval "${name}_t+=($t); ${name}_r+=($r)"
}

jvm=("$@")
case "$as" in jar|extracted|cds) ;; *) echo "BENCH_STARTUP_AS: jar, extracted or cds" >&2; exit 2 ;; esac
bare=$(prepare bare "$bare")
jar=$(prepare samspill "$jar")
bare_t=(); bare_r=(); samspill_t=(); samspill_r=()
for i in $(seq 1 "$runs"); do
  start bare "$bare"
  dir=$(mktemp -d)
  start samspill "$jar" --samspill.mongodb.embedded-file="$dir/s.mv"
  rm -rf "$dir"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
bt=$(median "${bare_t[@]}"); st=$(median "${samspill_t[@]}")
printf 'median bare:     %.2f s to healthy, RSS %s MiB\n' "$bt" "$(median "${bare_r[@]}")"
printf 'median samspill: %.2f s to healthy, RSS %s MiB\n' "$st" "$(median "${samspill_r[@]}")"
printf 'ratio samspill / bare: %.2f (%d runs each, alternating, %s cores, started as %s, JVM options: %s)\n' \
  "$(echo "$st / $bt" | bc -l)" "$runs" "$(nproc)" "$as" "${jvm[*]:-none}"
