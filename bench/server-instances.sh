#!/usr/bin/env bash
# The server under a mixed read load (list pages, searches, /me) at 100,000
# members: requests per second and latency percentiles with 1, 2 and 4
# instances on one PostgreSQL database and 1 on SQLite, side by side in one
# run. On demand, not in ctest; figures go to docs/performance.md.
#
#   bench/server-instances.sh [BUILD_DIR] [SECONDS_PER_RUN] [MEMBERS]
#
# Needs wrk (Debian: wrk) and PostgreSQL (a throwaway cluster in /tmp, as the
# tests use). Loopback only; each run is bounded by SECONDS_PER_RUN (default
# 20) with 32 connections over 2 wrk threads. On the shared 2-core machine run
# it under the build lock: /work/bin/build-lock bench/server-instances.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
seconds=${2:-20}
members=${3:-100000}
server=$build/bin/testops-users-server
[[ -x $server ]] || { echo "no $server: build testops-users-server first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d /tmp/testops-bench.XXXXXX)
chmod 0755 "$work"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    tests/support/postgresql-cluster.sh stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

tests/support/postgresql-cluster.sh start "$work/pg" >/dev/null
admin=$(cat "$work/pg/url")
socket=${admin#*host=}
psql -q -h "$socket" -U testops -d postgres -c "CREATE DATABASE bench" >/dev/null
pg_url="postgresql://testops@/bench?host=$socket"
sqlite_db=$work/bench.db

# start_server DATABASE EXTRA... : starts one instance, prints its base URL.
start_server() {
    local database=$1
    shift
    local out=$work/server-$RANDOM$RANDOM
    "$server" serve --listen 127.0.0.1:0 --database "$database" --secret-file "$work/secret" \
        --outbox "$work/outbox" --rate-limit 0 "$@" >"$out.out" 2>"$out.err" &
    pids+=($!)
    for _ in $(seq 1 1200); do
        if grep -q '^Listening on' "$out.out" 2>/dev/null; then
            sed -n 's/^Listening on //p' "$out.out"
            return 0
        fi
        sleep 0.1
    done
    echo "server did not start: $(cat "$out.err")" >&2
    exit 1
}

stop_servers() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    pids=()
}

echo "Seeding $members members on PostgreSQL and on SQLite…" >&2
start_server "$pg_url" --demo --demo-members "$members" >/dev/null
start_server "$sqlite_db" --demo --demo-members "$members" >/dev/null
stop_servers
pg_token=$("$server" token create --database "$pg_url" --email owner@example.com 2>/dev/null | tail -n 1)
sqlite_token=$("$server" token create --database "$sqlite_db" --email owner@example.com 2>/dev/null | tail -n 1)

# The mix: wrk's Lua picks one request of the list in turn.
cat >"$work/mix.lua" <<'LUA'
local paths = {
  "/api/v1/me",
  "/api/v1/organizations/1/members?size=50",
  "/api/v1/organizations/1/members?size=50&page=1000&sort=email",
  "/api/v1/organizations/1/members?size=50&sort=lastAccessAt,desc",
  "/api/v1/organizations/1/members?size=50&q=ana",
  "/api/v1/organizations/1/members?size=50&q=kowalski",
  "/api/v1/organizations/1/members?status=removed&size=50",
  "/api/v1/organizations/1/invitations?size=50",
  "/api/v1/organizations/1",
  "/api/v1/organizations/1/members?size=50&page=200&sort=joinedAt,desc",
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA

# run LABEL TOKEN URL... : wrk spread over the instances (one wrk per
# instance, the connections divided), the figures added up.
run() {
    local label=$1 token=$2
    shift 2
    local per=$((32 / $#)) i=0 clients=()
    for url in "$@"; do
        wrk -t 1 -c "$per" -d "${seconds}s" --timeout 10s \
            -H "Authorization: Bearer $token" -s "$work/mix.lua" "$url" >"$work/wrk-$i.txt" &
        clients+=($!)
        i=$((i + 1))
    done
    wait "${clients[@]}"
    awk -v label="$label" '/^RESULT/ { rps += $2; if ($4 > p99) p99 = $4; if ($3 > p50) p50 = $3;
                                       bad += $6 + $7 }
        END { printf "| %s | %.0f | %.1f | %.1f | %d |\n", label, rps, p50, p99, bad }' \
        "$work"/wrk-*.txt
    rm -f "$work"/wrk-*.txt
}

echo "| configuration | requests/s | p50 ms | p99 ms | errors |"
echo "|---|---|---|---|---|"
url=$(start_server "$sqlite_db")
run "SQLite, 1 instance" "$sqlite_token" "$url"
stop_servers
for n in 1 2 4; do
    urls=()
    for _ in $(seq 1 "$n"); do urls+=("$(start_server "$pg_url")"); done
    run "PostgreSQL, $n instance(s)" "$pg_token" "${urls[@]}"
    stop_servers
done
