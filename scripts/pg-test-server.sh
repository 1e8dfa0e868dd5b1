#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: initdb and pg_ctl in a folder of its own, listening
# on 127.0.0.1 only, trusting local connections (it holds nothing but test data and dies with the run).
#   scripts/pg-test-server.sh start DIR [PORT]   prints the address (postgres://postgres@127.0.0.1:PORT/postgres)
#   scripts/pg-test-server.sh restart DIR        stops and starts it again (the fault tests)
#   scripts/pg-test-server.sh stop DIR           stops it and removes DIR
# Run as root, the server runs as the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail

action="${1:-}"
dir="${2:-}"
if [[ -z "$action" || -z "$dir" ]]; then
  echo "usage: $0 start|restart|stop DIR [PORT]" >&2
  exit 2
fi

bin="${PG_BIN:-}"
if [[ -z "$bin" ]]; then
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [[ -z "$bin" || ! -x "$bin/pg_ctl" ]]; then
  echo "$0: no PostgreSQL server binaries (install Debian's postgresql package)" >&2
  exit 3
fi

as_owner() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

data="$dir/data"
case "$action" in
  start)
    port="${3:-$(( 20000 + RANDOM % 20000 ))}"
    mkdir -p "$dir"
    if [[ "$(id -u)" == 0 ]]; then chown postgres: "$dir"; fi
    as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 3; }
    as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null ||
      { cat "$dir/server.log" >&2; exit 3; }
    echo "$port" >"$dir/port"
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  restart)
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w -t 30 restart >/dev/null
    ;;
  stop)
    if [[ -d "$data" ]]; then as_owner "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|restart|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
