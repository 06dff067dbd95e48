#!/usr/bin/env bash
# Kill -9 under load (by hand, never in CI): builds the application and the benchmark, then runs Crash: CYCLES (3)
# times, starts the application, loads it with CLIENTS (8) clients taking projects through their steps for a random
# 8 to 20 s, kills its JVM with SIGKILL, starts it again and checks that nothing acknowledged was lost and that no
# project's workflow and file disagree. Exits non-zero if either happened.
# Default: the embedded H2 database, in a fresh data directory (bench/target/crash-data), as ./run uses it.
# DB=postgres runs it on the machine's PostgreSQL instead (database ecoles_crash, recreated).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./mvnw -B -q -Pbench package -DskipTests

if [ "${DB:-h2}" = postgres ]; then
  db_user=ecoles db_password=ecoles
  . bench/databases.sh
  fresh_databases ecoles_crash
  export DB_URL="jdbc:postgresql://localhost:$db_port/ecoles_crash" DB_USER=ecoles DB_PASSWORD=ecoles
  export ADMIN_PASSWORD=bench-admin-0123
else
  export DATA_DIR=bench/target/crash-data
  rm -rf "$DATA_DIR"
  export ADMIN_PASSWORD=demo # the embedded default's demonstration administrator
fi

java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" fr.normandie.ecoles.bench.Crash | tee bench/target/crash.md
