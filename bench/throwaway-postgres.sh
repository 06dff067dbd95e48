# Sourced by bench/pg-restart.sh and bench/kill-reminders.sh: a throwaway PostgreSQL cluster of their own under
# $out/data on $pg_port (never the machine's cluster), the role ecoles and the database $1, and the application
# started on it on $port ($app: its process group). Needs $out, $pg_port, $port, $pg_bin.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
now() { date +%s.%N; }
pg() { as_postgres "$pg_bin/pg_ctl" -D "$out/data" -l "$out/postgres.log" -o "-p $pg_port -k /tmp" -w "$@" >/dev/null; }
psql_as_postgres() { as_postgres psql -q -h /tmp -p "$pg_port" -U postgres "$@"; }

start_throwaway_postgres() { # database
  rm -rf "$out"; mkdir -p "$out"; chmod 777 "$out"
  as_postgres "$pg_bin/initdb" -D "$out/data" -A trust -U postgres >/dev/null
  pg start
  psql_as_postgres -c "create role ecoles login password 'ecoles'" -c "create database $1 owner ecoles"
}

start_application_on() { # database log [environment assignments...]
  local database=$1 log=$2
  shift 2
  env DB_URL="jdbc:postgresql://localhost:$pg_port/$database" DB_USER=ecoles DB_PASSWORD=ecoles \
    ADMIN_PASSWORD=bench-admin-0123 "$@" \
    setsid java -Xmx512m -jar modules/app/target/payara-micro.jar --deploy modules/app/target/ROOT.war \
    --port "$port" --nohazelcast >> "$log" 2>&1 &
  app=$!
}

await_ready() {
  until curl -sf -o /dev/null "http://localhost:$port/health/ready"; do
    kill -0 "$app" 2>/dev/null || { echo "the application exited: $out/application.log" >&2; exit 1; }
    sleep 0.2
  done
}
