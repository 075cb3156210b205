#!/usr/bin/env bash
# A throwaway PostgreSQL on 127.0.0.1 for the tests (Debian's postgresql).
#   test-postgres.sh start DIR [PORT] [WATCH_PID] [tls]
#                                                   initdb into DIR (once), start; prints the port;
#                                                   with tls, TLS on too (a self-signed certificate)
#   test-postgres.sh stop DIR                       fast stop (kept for a later start)
#   test-postgres.sh createdb DIR NAME              a fresh database NAME (dropped first)
#   test-postgres.sh psql DIR DB SQL                one statement, unaligned output
# PostgreSQL refuses to run as root: as root, the server runs as the
# unprivileged `postgres` user the package creates (runuser), DIR owned by it.
# With WATCH_PID, a watcher stops the server when that process ends (a test
# run killed before its own clean-up leaves no server behind).
set -euo pipefail

# Descriptors inherited from the caller (a test process's own sockets) are
# closed: the server and the watcher below outlive this script, and a caller
# that waits for their end (Foundation's Process does) would wait for them.
for fd in /proc/$$/fd/*; do
    n=${fd##*/}
    [ "$n" -gt 2 ] 2>/dev/null && [ "$n" != 255 ] && eval "exec $n>&-" 2>/dev/null || true
done

bindir=""
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/pg_ctl" ] && bindir="$d"; done
[ -n "$bindir" ] || { echo "test-postgres: no PostgreSQL server (apt-get install postgresql; scripts/deps.sh does)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

cmd=${1:?usage: test-postgres.sh start|stop|createdb|psql DIR ...}
dir=${2:?DIR}
data="$dir/data"

case "$cmd" in
start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || { echo "test-postgres: no postgres user (install postgresql)" >&2; exit 1; }
        chown postgres "$dir"
        # Every folder above DIR must let postgres through.
        p="$dir"; while [ "$p" != "/" ]; do p=$(dirname "$p"); chmod o+x "$p" 2>/dev/null || true; done
    fi
    if [ ! -f "$data/PG_VERSION" ]; then
        as_owner "$bindir/initdb" -D "$data" -U tradewatch -A trust --no-sync -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    tls_options=""
    if [ "${5:-}" = tls ]; then
        if [ ! -f "$data/server.key" ]; then
            openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
                -keyout "$data/server.key" -out "$data/server.crt" >"$dir/openssl.log" 2>&1 \
                || { cat "$dir/openssl.log" >&2; exit 1; }
            chmod 600 "$data/server.key"
            [ "$(id -u)" -eq 0 ] && chown postgres "$data/server.key" "$data/server.crt"
        fi
        tls_options="-c ssl=on"
    fi
    port=${3:-}
    [ -n "$port" ] || port=$(free_port)
    echo "$port" > "$dir/port"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir/port"
    # fsync off: a test server's data need not survive a machine crash.
    as_owner "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 $tls_options" \
        start >/dev/null || { tail -20 "$dir/server.log" >&2; exit 1; }
    if [ -n "${4:-}" ]; then
        watch=$4
        ( while kill -0 "$watch" 2>/dev/null; do sleep 1; done
          as_owner "$bindir/pg_ctl" -D "$data" -m immediate stop ) </dev/null >/dev/null 2>&1 &
    fi
    echo "$port"
    ;;
stop)
    as_owner "$bindir/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
createdb)
    name=${3:?NAME}
    port=$(cat "$dir/port")
    psql="$bindir/psql"; [ -x "$psql" ] || psql=psql
    "$psql" -h 127.0.0.1 -p "$port" -U tradewatch -d postgres -qAt -v ON_ERROR_STOP=1 \
        -c "DROP DATABASE IF EXISTS \"$name\"" -c "CREATE DATABASE \"$name\"" >/dev/null
    ;;
psql)
    db=${3:?DB}; sql=${4:?SQL}
    port=$(cat "$dir/port")
    psql="$bindir/psql"; [ -x "$psql" ] || psql=psql
    "$psql" -h 127.0.0.1 -p "$port" -U tradewatch -d "$db" -qAt -v ON_ERROR_STOP=1 -c "$sql"
    ;;
*)
    echo "test-postgres: unknown command $cmd" >&2; exit 2
    ;;
esac
