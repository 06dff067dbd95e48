# Sourced by the benchmark's scripts that start the application: a port already answering is another process's,
# whose "ready" would be taken for ours (seen: a foreign application on 18080, "ready in 324 ms", then 401s).
refuse_busy_port() { # port
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    echo "bench: port $1 is already in use by another process; stop it or choose another port (BENCH_PORT, PORT)" >&2
    exit 1
  fi
}
