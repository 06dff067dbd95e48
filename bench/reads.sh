#!/usr/bin/env bash
# The reads of the benchmark alone, on the database the last bench/run.sh left (ecoles_bench, its projects in
# progress and open): builds, starts the application on it with -Xmx512m as bench/run.sh does, runs the reads
# (CLIENTS readers, READ_ROUNDS rounds) and each read alone, then stops it. To measure a change to the reads
# without an hour of seeding. Report printed and written to bench/target/reads-report.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

port="${BENCH_PORT:-18080}"
db_user=ecoles db_password=ecoles
./mvnw -B -q -Pbench package -DskipTests
read -r version cluster db_port status _ < <(pg_lsclusters -h | head -n 1)
[ "$status" = online ] || pg_ctlcluster "$version" "$cluster" start

log=bench/target/application-reads.log
DB_URL="jdbc:postgresql://localhost:$db_port/ecoles_bench" DB_USER=$db_user DB_PASSWORD=$db_password \
  ADMIN_PASSWORD=bench-admin-0123 BENCH_SQL_COUNT=true \
  setsid java -Xmx512m ${APP_JAVA_OPTS:-} -Duser.language=fr -Duser.country=FR -jar modules/app/target/payara-micro.jar \
  --deploy modules/app/target/ROOT.war --port "$port" --nohazelcast > "$log" 2>&1 &
app=$!
trap 'kill -- "-$app" 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://localhost:$port/health/ready"; do
  kill -0 "$app" 2>/dev/null || { echo "the application exited: $log" >&2; exit 1; }
  sleep 0.2
done

APP_PID=$app BENCH_URL="http://localhost:$port/" DB_PORT=$db_port REPORT_FILE=bench/target/reads-report.md \
  java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" fr.normandie.ecoles.bench.Bench reads
