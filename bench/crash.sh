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
  as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi; }
  read -r version cluster db_port status _ < <(pg_lsclusters -h | head -n 1)
  [ "$status" = online ] || pg_ctlcluster "$version" "$cluster" start
  as_postgres psql -q -p "$db_port" -v ON_ERROR_STOP=1 <<SQL
select 'create role ecoles login password ''ecoles'''
 where not exists (select from pg_roles where rolname = 'ecoles') \gexec
drop database if exists ecoles_crash with (force);
create database ecoles_crash owner ecoles;
SQL
  export DB_URL="jdbc:postgresql://localhost:$db_port/ecoles_crash" DB_USER=ecoles DB_PASSWORD=ecoles
  export ADMIN_PASSWORD=bench-admin-0123
else
  export DATA_DIR=bench/target/crash-data
  rm -rf "$DATA_DIR"
  export ADMIN_PASSWORD=demo # the embedded default's demonstration administrator
fi

java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" fr.normandie.ecoles.bench.Crash | tee bench/target/crash.md
