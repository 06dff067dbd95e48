#!/usr/bin/env bash
# Measures how late a killed node's reminders fire once it is restarted (issue 17: goal within 60 s of the
# restart). By hand, never in CI. On a throwaway PostgreSQL cluster of its own (PG_PORT), starts the application
# (PORT) with reminders due REMIND_AFTER after a step opens, registers PROJECTS projects, then holds a lock on the
# project journal so that the reminders, once due, stay acquired (locked by this node) and blocked in their
# transaction; kills the application with kill -9 while they are locked, lets the journal go, restarts the
# application and times until every reminder is recorded.
#   bench/kill-reminders.sh                # after ./mvnw -B -q package -DskipTests
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

pg_port=${PG_PORT:-5492}
port=${PORT:-8193}
projects=${PROJECTS:-20}
remind_after=${REMIND_AFTER:-PT30S}
pg_bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
out=bench/target/kill-reminders
. bench/throwaway-postgres.sh

start_throwaway_postgres ecoles_reminders
cleanup() {
  kill -- "-${app:-0}" 2>/dev/null || true
  pg stop -m immediate 2>/dev/null || true
}
trap cleanup EXIT
db() { as_postgres psql -qtA -h /tmp -p "$pg_port" -U postgres -d ecoles_reminders -c "$1"; }
start_application_on ecoles_reminders "$out/application.log" WORKFLOW_REMIND_AFTER="$remind_after"
await_ready
base="http://localhost:$port/api"
curl -sf -o /dev/null -u admin:bench-admin-0123 -H 'Content-Type: application/json' "$base/accounts" \
  -d '{"username":"load","password":"load-password-0123","fullName":"Charge","roles":["STAFF"]}'
for n in $(seq 1 "$projects"); do
  curl -sf -o /dev/null -u load:load-password-0123 -H 'Content-Type: application/json' "$base/projects" \
    -d '{"name":"École '"$n"'","carrier":"Association","departmentCode":"61","communeCode":"61001","trades":["Usinage"],"capacity":24,"plannedOpening":"2030-09-01"}'
done

# the journal locked: the reminders, once due, are acquired by this node and wait for the lock
PGAPPNAME=hold-journal as_postgres psql -q -h /tmp -p "$pg_port" -U postgres -d ecoles_reminders \
  -c "begin; lock table schools.project_event in exclusive mode; select pg_sleep(3600);" >/dev/null 2>&1 &
reminders="select count(*) from act_ru_job where type_ = 'timer' and handler_cfg_ like '%Reminder%'"
until [ "$(db "$reminders and lock_owner_ is not null")" -gt 0 ]; do sleep 0.2; done
sleep 2
locked=$(db "$reminders and lock_owner_ is not null")
expires=$(db "select extract(epoch from max(lock_exp_time_) - now()) from act_ru_job where lock_owner_ is not null")
killed=$(now)
kill -9 -- "-$app"
db "select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'hold-journal'" >/dev/null
echo "killed with $locked reminder job(s) locked, the last lock expiring $expires s later" | tee "$out/report.md"

restarted=$(now)
start_application_on ecoles_reminders "$out/application.log" WORKFLOW_REMIND_AFTER="$remind_after"
await_ready
ready=$(now)
sent="select count(*) from schools.project_event where kind = 'REMINDER_SENT'"
until [ "$(db "$sent")" -ge "$projects" ]; do sleep 0.2; done
fired=$(now)
python3 - "$killed" "$restarted" "$ready" "$fired" "$projects" <<'PY' | tee -a "$out/report.md"
import sys
killed, restarted, ready, fired, projects = map(float, sys.argv[1:])
print(f"all {int(projects)} reminders recorded {fired - restarted:.1f} s after the restart was launched "
      f"({fired - ready:+.1f} s after it was ready; ready {ready - restarted:.1f} s after launch; "
      f"{fired - killed:.1f} s after the kill)")
PY
