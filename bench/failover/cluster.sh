#!/usr/bin/env bash
# A PostgreSQL primary with a synchronous standby, managed by pg_auto_failover (Debian package
# postgresql-15-auto-failover): a monitor and two data nodes, all on loopback, each run by `pg_autoctl` as the
# postgres user, in a folder of their own.
#
#   cluster.sh start DIR          create and start the three nodes; prints the multi-host connection string
#   cluster.sh state DIR          the monitor's view of the nodes
#   cluster.sh primary DIR        the port of the current primary
#   cluster.sh kill-primary DIR   SIGKILL the primary's pg_autoctl and PostgreSQL: the machine is lost
#   cluster.sh stop DIR           stop everything and remove DIR
#
# A lost primary is replaced within about 10 s rather than a minute (pg_auto_failover's defaults):
# - the monitor checks each node every second, gives a check 1 s, tries once more after 0.5 s, and calls a node unhealthy
#   when it has failed its checks and not reported for 3 s (defaults: 5 s, 5 s, 2 retries, 2 s, 20 s);
# - it then waits 6 s (primary_demote_timeout; default 30 s) for the old primary to have stopped taking writes before it
#   promotes the standby. That wait must stay longer than the data nodes' network_partition_timeout (set here to 3 s;
#   default 20 s), after which a primary cut off from the monitor and its standby stops accepting writes itself: so two
#   nodes never both take writes, even when the "lost" primary is only cut off.
# - the standby waits at most 2 s for its WAL receiver to stop when preparing its promotion (default 5 s).
set -euo pipefail

command="${1:?usage: cluster.sh start|state|primary|kill-primary|stop DIR}"
dir="${2:?usage: cluster.sh $command DIR}"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- env XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/share" PATH="$pgbin:$PATH" "$@"
  else
    env XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/share" PATH="$pgbin:$PATH" "$@"
  fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

monitor_sql() {
  # shellcheck disable=SC1091
  . "$dir/cluster.env"
  as_postgres psql -X -A -t -h 127.0.0.1 -p "$MONITOR_PORT" -U autoctl_node -d pg_auto_failover -c "$1"
}

primary_port() {
  monitor_sql "SELECT nodeport FROM pgautofailover.node WHERE reportedstate IN ('primary','wait_primary','single') AND goalstate IN ('primary','wait_primary','single') ORDER BY nodeid LIMIT 1"
}

fast_keeper() { # a data node's own timeouts (see the top), once its configuration exists; the running keeper reloads it
  local name="$1"
  wait_for 60 "$name's configuration" test -f "$dir/config/pg_autoctl$dir/$name/pg_autoctl.cfg"
  as_postgres pg_autoctl config set --pgdata "$dir/$name" timeout.network_partition_timeout 3 >/dev/null
  as_postgres pg_autoctl config set --pgdata "$dir/$name" timeout.prepare_promotion_walreceiver 2 >/dev/null
  as_postgres pg_autoctl reload --pgdata "$dir/$name" >/dev/null 2>&1 || true
}

run_node() { # name, then the pg_autoctl create arguments
  local name="$1"; shift
  as_postgres nohup pg_autoctl "$@" --pgdata "$dir/$name" --pgctl "$pgbin/pg_ctl" --run >"$dir/$name.log" 2>&1 &
  echo $! >"$dir/$name.pid"
}

descendants() { # the process and everything it started, by process id
  local pid
  echo "$1"
  for pid in $(ps -o pid= --ppid "$1" 2>/dev/null); do descendants "$pid"; done
}

kill_node() { # SIGKILL a node's pg_autoctl (which would restart PostgreSQL) and its PostgreSQL, by their ids
  local node="$1" pids=""
  if [ -f "$dir/$node.pid" ]; then pids="$(descendants "$(cat "$dir/$node.pid")")"; fi
  if [ -f "$dir/$node/postmaster.pid" ]; then pids="$pids $(head -1 "$dir/$node/postmaster.pid")"; fi
  # shellcheck disable=SC2086
  [ -n "${pids// /}" ] && kill -9 $pids 2>/dev/null || true
}

wait_for() { # seconds, description, command...
  local seconds="$1" what="$2"; shift 2
  for _ in $(seq 1 "$seconds"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "cluster.sh: $what did not happen within $seconds s; see $dir/*.log" >&2
  exit 1
}

two_healthy() {
  [ "$(monitor_sql "SELECT count(*) FROM pgautofailover.node WHERE reportedstate = goalstate AND reportedstate IN ('primary','secondary')")" = 2 ]
}

case "$command" in
  start)
    mkdir -p "$dir/config" "$dir/share"
    chown -R postgres:postgres "$dir" 2>/dev/null || true
    monitor_port="$(free_port)"; node1_port="$(free_port)"; node2_port="$(free_port)"
    printf 'MONITOR_PORT=%s\nNODE1_PORT=%s\nNODE2_PORT=%s\n' "$monitor_port" "$node1_port" "$node2_port" >"$dir/cluster.env"
    monitor="postgres://autoctl_node@127.0.0.1:$monitor_port/pg_auto_failover?sslmode=disable"

    run_node monitor create monitor --pgport "$monitor_port" --hostname 127.0.0.1 --auth trust --no-ssl
    wait_for 60 "the monitor's start" as_postgres psql -X -h 127.0.0.1 -p "$monitor_port" -U autoctl_node -d pg_auto_failover -c "SELECT 1 FROM pgautofailover.node LIMIT 1"
    as_postgres psql -X -q -h 127.0.0.1 -p "$monitor_port" -U postgres -d pg_auto_failover \
      -c "ALTER SYSTEM SET pgautofailover.health_check_period = 1000" \
      -c "ALTER SYSTEM SET pgautofailover.health_check_timeout = 1000" \
      -c "ALTER SYSTEM SET pgautofailover.health_check_max_retries = 1" \
      -c "ALTER SYSTEM SET pgautofailover.health_check_retry_delay = 500" \
      -c "ALTER SYSTEM SET pgautofailover.node_considered_unhealthy_timeout = 3000" \
      -c "ALTER SYSTEM SET pgautofailover.primary_demote_timeout = 6000" \
      -c "SELECT pg_reload_conf()" >/dev/null

    run_node node1 create postgres --pgport "$node1_port" --hostname 127.0.0.1 --name node1 --dbname passage \
      --monitor "$monitor" --auth trust --no-ssl --replication-quorum true --candidate-priority 50
    wait_for 90 "the first node's start as primary" bash -c "[ \"\$(XDG_CONFIG_HOME=$dir/config $0 primary $dir 2>/dev/null)\" = $node1_port ]"
    fast_keeper node1
    run_node node2 create postgres --pgport "$node2_port" --hostname 127.0.0.1 --name node2 --dbname passage \
      --monitor "$monitor" --auth trust --no-ssl --replication-quorum true --candidate-priority 50
    wait_for 120 "the second node's start as a synchronous standby" two_healthy
    fast_keeper node2
    # Timeout: a connection attempt to a lost host gives up after 3 s (default 15 s). Host Recheck Seconds: Npgsql looks
    # again after 1 s at which host takes writes (default 10 s), so it finds the promoted standby at once.
    echo "Host=127.0.0.1:$node1_port,127.0.0.1:$node2_port;Database=passage;Username=postgres;Target Session Attributes=read-write;Timeout=3;Host Recheck Seconds=1"
    ;;
  state)
    # shellcheck disable=SC1091
    . "$dir/cluster.env"
    as_postgres pg_autoctl show state --pgdata "$dir/monitor"
    ;;
  primary)
    primary_port
    ;;
  kill-primary)
    # shellcheck disable=SC1091
    . "$dir/cluster.env"
    port="$(primary_port)"
    node=node1; [ "$port" = "$NODE2_PORT" ] && node=node2
    kill_node "$node"
    echo "$node"
    ;;
  stop)
    for node in node1 node2 monitor; do kill_node "$node"; done
    rm -rf "$dir"
    ;;
  *)
    echo "usage: cluster.sh start|state|primary|kill-primary|stop DIR" >&2
    exit 2
    ;;
esac
