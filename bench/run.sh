#!/usr/bin/env bash
# The benchmark (not a test, never in CI): builds the application and the benchmark, starts PostgreSQL if it
# is stopped, (re)creates the databases ecoles_bench (the application), ecoles_bench_raw (the bare engine) and
# ecoles_bench_pgbench, starts the application on PostgreSQL with -Xmx512m, runs bench/ (lifecycle through the
# API, pgbench -N, the bare engine, reads at scale, statements per read, memory), then bench/startup.sh.
# Prints the report and writes it to bench/target/report.md.
# BENCH_DB_PREFIX (ecoles_bench) names the three databases, BENCH_PORT (18080) the application's port.
# Sizes: PROJECTS (2000), SEED_PROJECTS (10000), CLIENTS (16), READ_ROUNDS (60), PGBENCH_SECONDS (30);
# SKIP_STARTUP=1 leaves out the start-up comparison, STARTUP_RUNS (3) sets its runs. APP_JAVA_OPTS adds options
# to the application's JVM, e.g. a flight recording to profile it:
#   APP_JAVA_OPTS='-XX:StartFlightRecording=filename=bench/target/app.jfr,settings=profile' bench/run.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

port="${BENCH_PORT:-18080}"
db_prefix="${BENCH_DB_PREFIX:-ecoles_bench}"   # another prefix lets two runs on one machine keep apart
db_user=ecoles db_password=ecoles
pgbin=/usr/lib/postgresql/15/bin

./mvnw -B -q -Pbench package -DskipTests

. bench/databases.sh
fresh_databases "$db_prefix" "${db_prefix}_raw" "${db_prefix}_pgbench"
PGPASSWORD=$db_password "$pgbin/pgbench" -i -q -s 16 -h localhost -p "$db_port" -U "$db_user" "${db_prefix}_pgbench" 2>&1 | tail -1

log=bench/target/application.log
start=$(date +%s%N)
. bench/application.sh
start_application "$log"
echo "bench: application ready on an empty PostgreSQL database in $(( ($(date +%s%N) - start) / 1000000 )) ms (-Xmx512m)" >&2

RAW_DB="${db_prefix}_raw" PGBENCH_DB="${db_prefix}_pgbench" APP_PID=$app BENCH_URL="http://localhost:$port/" DB_PORT=$db_port DB_USER=$db_user DB_PASSWORD=$db_password \
  ADMIN_PASSWORD=bench-admin-0123 REPORT_FILE=bench/target/report.md \
  java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" fr.normandie.ecoles.bench.Bench
{
  echo
  echo "application log: $(grep -c 'SEVERE\|OutOfMemoryError' "$log" || true) SEVERE or OutOfMemoryError lines"
} | tee -a bench/target/report.md
kill -- "-$app"; wait "$app" 2>/dev/null || true
trap - EXIT

if [ -z "${SKIP_STARTUP:-}" ]; then
  echo "bench: start-up, bench/startup.sh" >&2
  { echo; echo "### Start-up"; echo; echo '```'; RUNS="${STARTUP_RUNS:-3}" bench/startup.sh; echo '```'; } | tee -a bench/target/report.md
fi
