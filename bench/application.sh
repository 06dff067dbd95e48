# Sourced by bench/run.sh and bench/reads.sh: starts the application on the database ecoles_bench (or $BENCH_DB_PREFIX) as the
# benchmark measures it (-Xmx512m, MALLOC_ARENA_MAX=2 and the serial collector as ./run, the bench-only statement counter, APP_JAVA_OPTS
# added; APP_GC_OPTS replaces '-XX:+UseSerialGC -XX:MetaspaceSize=160m':
# APP_GC_OPTS=-XX:+UseG1GC, or empty for the JVM's choice), sets $app to its
# process group, stops it on exit, and waits until it is ready. Refuses a port another process already answers on.
# Needs $port, $db_port, $db_user, $db_password.
start_application() { # log file
  local log=$1
  . bench/ports.sh
  refuse_busy_port "$port"
  DB_URL="jdbc:postgresql://localhost:$db_port/${BENCH_DB_PREFIX:-ecoles_bench}" DB_USER=$db_user DB_PASSWORD=$db_password \
    ADMIN_PASSWORD=bench-admin-0123 BENCH_SQL_COUNT=true MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" \
    setsid java -Xmx512m ${APP_GC_OPTS--XX:+UseSerialGC -XX:MetaspaceSize=160m} ${APP_JAVA_OPTS:-} -Duser.language=fr -Duser.country=FR -jar modules/app/target/payara-micro.jar \
    --deploy modules/app/target/ROOT.war --port "$port" --nohazelcast > "$log" 2>&1 &
  app=$!
  trap 'kill -- "-$app" 2>/dev/null || true' EXIT
  until curl -sf -o /dev/null "http://localhost:$port/health/ready"; do
    kill -0 "$app" 2>/dev/null || { echo "the application exited: $log" >&2; exit 1; }
    sleep 0.2
  done
}
