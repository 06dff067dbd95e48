# Sourced by the bench scripts: fresh_databases NAME... starts the machine's PostgreSQL if it is stopped, sets
# $db_port to its port, makes sure the role $db_user (password $db_password) exists, and (re)creates each
# database NAME owned by it.
fresh_databases() {
  local version cluster status name
  read -r version cluster db_port status _ < <(pg_lsclusters -h | head -n 1)
  [ "$status" = online ] || pg_ctlcluster "$version" "$cluster" start
  {
    echo "select 'create role $db_user login password ''$db_password''' where not exists (select from pg_roles where rolname = '$db_user') \\gexec"
    for name in "$@"; do
      echo "drop database if exists $name with (force);"
      echo "create database $name owner $db_user;"
    done
  } | if [ "$(id -u)" = 0 ]; then runuser -u postgres -- psql -q -p "$db_port" -v ON_ERROR_STOP=1
      else sudo -n -u postgres psql -q -p "$db_port" -v ON_ERROR_STOP=1; fi
}
