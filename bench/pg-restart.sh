#!/usr/bin/env bash
# Measures how long requests keep failing once PostgreSQL is back after a restart under load (issue 17: goal
# under 5 s). By hand, never in CI. Starts a throwaway PostgreSQL cluster of its own (initdb, PG_PORT, never the
# machine's cluster), the application on it (PORT), CLIENTS clients that register projects and read them in a
# loop; after LOAD_BEFORE seconds stops PostgreSQL, keeps it down DOWN_SECONDS, starts it again, and goes on
# LOAD_AFTER seconds. Every request is logged with its start, end and status; the report says when PostgreSQL
# accepted connections again and when the last request failed.
#   bench/pg-restart.sh                    # after ./mvnw -B -q package -DskipTests
#   ROUNDS=3 DOWN_SECONDS=1 bench/pg-restart.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

pg_port=${PG_PORT:-5491}
port=${PORT:-8192}
clients=${CLIENTS:-8}
load_before=${LOAD_BEFORE:-15}
down_seconds=${DOWN_SECONDS:-5}
load_after=${LOAD_AFTER:-25}
rounds=${ROUNDS:-1}
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
out=bench/target/pg-restart
. bench/throwaway-postgres.sh

start_throwaway_postgres ecoles_restart
clients_pids=()
cleanup() {
  kill -- "-${app:-0}" 2>/dev/null || true
  kill "${clients_pids[@]}" 2>/dev/null || true
  pg stop -m immediate 2>/dev/null || true
}
trap cleanup EXIT
start_application_on ecoles_restart "$out/application.log"
await_ready
base="http://localhost:$port/api"
curl -sf -o /dev/null -u admin:bench-admin-0123 -H 'Content-Type: application/json' "$base/accounts" \
  -d '{"username":"load","password":"load-password-0123","fullName":"Charge","roles":["STAFF"]}'

client() { # id: registers a project then reads the list, until stopped; one line per request
  local n=0 started code
  while :; do
    n=$((n + 1))
    started=$(now)
    code=$(curl -s -o /dev/null -w '%{http_code}' -m 20 -u load:load-password-0123 -H 'Content-Type: application/json' \
      "$base/projects" -d '{"name":"École '"$1-$n"'","carrier":"Association","departmentCode":"61","communeCode":"61001","trades":["Usinage"],"capacity":24,"plannedOpening":"2030-09-01"}')
    echo "$started $(now) POST $code"
    started=$(now)
    code=$(curl -s -o /dev/null -w '%{http_code}' -m 20 -u load:load-password-0123 "$base/projects?department=61")
    echo "$started $(now) GET $code"
  done
}

for round in $(seq 1 "$rounds"); do
  log="$out/requests-$round.log"
  clients_pids=()
  for c in $(seq 1 "$clients"); do client "$round-$c" >> "$log" & clients_pids+=($!); done
  sleep "$load_before"
  down=$(now)
  pg stop -m fast
  sleep "$down_seconds"
  pg start
  until as_postgres "$pg_bin/pg_isready" -q -h /tmp -p "$pg_port"; do sleep 0.05; done
  back=$(now)
  sleep "$load_after"
  kill "${clients_pids[@]}" 2>/dev/null || true
  wait "${clients_pids[@]}" 2>/dev/null || true
  python3 - "$log" "$down" "$back" "$round" <<'PY' | tee -a "$out/report.md"
import sys
log, down, back, round_ = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
rows = [l.split() for l in open(log) if len(l.split()) == 4]
rows = [(float(s), float(e), m, c) for s, e, m, c in rows]
ok = {"200", "201"}
failed = [r for r in rows if r[3] not in ok]
after = [r for r in failed if r[0] >= back]
last = max((r[1] for r in failed), default=None)
codes = {}
for r in failed:
    codes[r[3]] = codes.get(r[3], 0) + 1
before = [r for r in rows if r[1] < down]
print(f"round {round_}: {len(rows)} requests, {len(failed)} failed {codes}; "
      f"PostgreSQL down {back - down:.1f} s (stop to accepting again); "
      f"failures begun after it was back: {len(after)}; "
      f"last failure ended {((last - back) if last else 0):+.2f} s after it was back "
      f"(failing window after PostgreSQL is back: {max(0.0, (last - back)) if last else 0:.2f} s); "
      f"successes before the stop: {sum(1 for r in before if r[3] in ok)}")
PY
done
