#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (the ctest fixture
# "postgresql" runs this before and after the PostgreSQL variants).
#
#   postgresql-cluster.sh start STATE_DIR   initdb + pg_ctl start in a new
#       temporary folder, listening on a Unix socket there only (no TCP port
#       to collide with); writes the admin URL to STATE_DIR/url.
#   postgresql-cluster.sh stop STATE_DIR    stops it and deletes the folder.
#
# PostgreSQL refuses to run as root: as root (CI), the cluster belongs to the
# unprivileged user "nobody". Durability is off (fsync, full pages): a test
# database that survives no crash is fine and much faster.
set -euo pipefail

action=${1:?start or stop}
state=${2:?state folder}
mkdir -p "$state"

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[[ -x "$bindir/pg_ctl" ]] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    if [[ -f "$state/dir" ]] && [[ -d "$(cat "$state/dir")" ]]; then
        "$0" stop "$state" || true
    fi
    dir=$(mktemp -d /tmp/testops-pg.XXXXXX)
    echo "$dir" > "$state/dir"
    [[ $(id -u) -eq 0 ]] && chown nobody "$dir"
    chmod 0755 "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U testops --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off \
            -c full_page_writes=off -c synchronous_commit=off -c max_connections=300" \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://testops@/postgres?host=$dir" > "$state/url"
    echo "PostgreSQL test cluster in $dir"
    ;;
stop)
    [[ -f "$state/dir" ]] || exit 0
    dir=$(cat "$state/dir")
    if [[ -d "$dir/data" ]]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir" "$state/dir" "$state/url"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
