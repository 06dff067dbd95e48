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

. bench/application.sh
start_application bench/target/application-reads.log

APP_PID=$app BENCH_URL="http://localhost:$port/" DB_PORT=$db_port REPORT_FILE=bench/target/reads-report.md \
  java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" fr.normandie.ecoles.bench.Bench reads
