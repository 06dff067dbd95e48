#!/usr/bin/env bash
# Sign-in timing (issue 15): does the time of a refused sign-in tell whether the user name exists? Starts the
# application on the embedded default (demonstration accounts; DATA_DIR in a temporary folder) on $PORT (8192) with
# throttling raised out of the way, or measures the one at $BASE when it is set (its throttling then applies), and
# sends, alternately, ROUNDS (100) wrong passwords for a known name (KNOWN, default staff) and ROUNDS for one unknown
# name, through HTTP Basic on GET /api/departments. Prints the median, p10 and p90 of each, in milliseconds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

rounds="${ROUNDS:-100}"
known="${KNOWN:-staff}"
unknown="inconnu-$RANDOM$RANDOM"
port="${PORT:-8192}"
base="${BASE:-}"

if [ -z "$base" ]; then
  . bench/ports.sh
  refuse_busy_port "$port"
  [ -f modules/app/target/ROOT.war ] || ./mvnw -B -q -pl modules/app -am package -DskipTests
  data=$(mktemp -d)
  log="$data/application.log"
  DATA_DIR="$data" SECURITY_SIGN_IN_NAME_SLOW_AFTER=1000000 SECURITY_SIGN_IN_NAME_LOCK_AFTER=1000000 \
    SECURITY_SIGN_IN_ADDRESS_SLOW_AFTER=1000000 SECURITY_SIGN_IN_ADDRESS_LOCK_AFTER=1000000 \
    setsid java -Xmx512m -Duser.language=fr -Duser.country=FR -jar modules/app/target/payara-micro.jar \
    --deploy modules/app/target/ROOT.war --port "$port" --nohazelcast > "$log" 2>&1 &
  app=$!
  trap 'kill -- "-$app" 2>/dev/null || true; rm -rf "$data"' EXIT
  until curl -sf -o /dev/null "http://localhost:$port/health/ready"; do
    kill -0 "$app" 2>/dev/null || { echo "the application exited: $log" >&2; tail -40 "$log" >&2; exit 1; }
    sleep 0.5
  done
  base="http://localhost:$port/"
fi

attempt() { # user -> seconds
  curl -s -o /dev/null -w '%{time_total}\n' -u "$1:pas-le-bon-mot-de-passe" "${base}api/departments"
}

for _ in $(seq 1 20); do attempt "echauffement-$RANDOM" > /dev/null; attempt "$known" > /dev/null; done
: > /tmp/sign-in-known.$$; : > /tmp/sign-in-unknown.$$
for i in $(seq 1 "$rounds"); do
  if (( i % 2 )); then
    attempt "$known" >> /tmp/sign-in-known.$$; attempt "$unknown" >> /tmp/sign-in-unknown.$$
  else
    attempt "$unknown" >> /tmp/sign-in-unknown.$$; attempt "$known" >> /tmp/sign-in-known.$$
  fi
done
summary() { # file label
  sort -n "$1" | awk -v label="$2" '{ t[NR] = $1 * 1000 } END {
    printf "%-8s n=%d median %.2f ms  p10 %.2f ms  p90 %.2f ms\n", label, NR, (t[int((NR+1)/2)] + t[int(NR/2)+1]) / 2,
      t[int(NR*0.1)+1], t[int(NR*0.9)] }'
}
summary /tmp/sign-in-known.$$ "known"
summary /tmp/sign-in-unknown.$$ "unknown"
rm -f /tmp/sign-in-known.$$ /tmp/sign-in-unknown.$$
