#!/usr/bin/env bash
# Start-up benchmark: launch to /health/ready answering 200, for the application (embedded default,
# as ./run starts it, on an existing data directory) and for a bare Payara Micro deploying an empty
# WAR, alternated, RUNS times each (default 3). Prints each time and the medians. Not part of the tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${RUNS:-3}"
port="${BENCH_PORT:-18999}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
. bench/ports.sh
refuse_busy_port "$port" # later waits for the port to be free again are for our own previous run

[ -f modules/app/target/ROOT.war ] || ./mvnw -B -q package -DskipTests
micro=modules/app/target/payara-micro.jar

mkdir -p "$work/empty/WEB-INF"
printf '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>\n' > "$work/empty/WEB-INF/web.xml"
(cd "$work/empty" && jar cf "$work/empty.war" .)

# first start of the application fills its data directory (migrations, demonstration data): not timed
measure() { # label, command...
  local label=$1; shift
  local start end
  while curl -s -o /dev/null "http://localhost:$port/"; do sleep 0.2; done # the port is free again
  start=$(date +%s%N)
  setsid "$@" > "$work/$label.log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "$label exited early: $work/$label.log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  kill -- "-$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

measure warmup env DB_URL= DATA_DIR="$work/data" PORT="$port" ./run >/dev/null
app_times=(); bare_times=()
for i in $(seq "$runs"); do
  bare_times+=("$(measure bare java -jar "$micro" --deploy "$work/empty.war" --port "$port" --nohazelcast)")
  app_times+=("$(measure app env DB_URL= DATA_DIR="$work/data" PORT="$port" ./run)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "bare Payara Micro, empty WAR (ms): ${bare_times[*]}  median $(median "${bare_times[@]}")"
echo "application, embedded default (ms): ${app_times[*]}  median $(median "${app_times[@]}")"
awk -v a="$(median "${app_times[@]}")" -v b="$(median "${bare_times[@]}")" 'BEGIN {printf "ratio: %.2f\n", a / b}'
