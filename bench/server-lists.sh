#!/usr/bin/env bash
# The server's list routes at 100,000 members, on SQLite and on PostgreSQL:
# search pages against the unfiltered first page, and the whole active list
# through the API against the database's own JSON output of the same rows
# (sqlite3 -json, psql), with the ratios. On demand, not in ctest; figures go
# to docs/performance.md.
#
#   bench/server-lists.sh [BUILD_DIR] [RUNS] [MEMBERS] [ENGINES]
#
# ENGINES is "sqlite postgresql" (default) or either. Each figure is the
# median of RUNS (default 7) samples, the samples of one row and of its
# baseline taken in turn so that a busy moment hits both. TESTOPS_SERVER_BINARY
# names another server binary (e.g. an older build, for before/after figures).
# Loopback only (127.0.0.1:0, a throwaway PostgreSQL cluster on a Unix
# socket); every server is stopped at the end. On the shared machine run it
# under the build lock: /work/bin/build-lock bench/server-lists.sh build
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${2:-7}
members=${3:-100000}
engines=${4:-sqlite postgresql}
server=${TESTOPS_SERVER_BINARY:-$build/bin/testops-users-server}
[[ -x $server ]] || { echo "no $server: build testops-users-server first" >&2; exit 1; }
for tool in curl jq sqlite3; do
    command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done

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

# start_server DATABASE EXTRA... : starts one instance, prints its base URL.
start_server() {
    local database=$1
    shift
    local out=$work/server-$RANDOM$RANDOM
    "$server" serve --listen 127.0.0.1:0 --database "$database" --secret-file "$work/secret" \
        --outbox "$work/outbox" --rate-limit 0 "$@" >"$out.out" 2>"$out.err" &
    pids+=($!)
    for _ in $(seq 1 3000); do
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

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# row LABEL OURS_MS BASE_LABEL BASE_MS TARGET
row() {
    awk -v l="$1" -v o="$2" -v bl="$3" -v b="$4" -v t="$5" 'BEGIN {
        r = o / b; verdict = (t == "") ? "" : (r <= t ? "PASS" : "MISS");
        printf "| %s | %.1f ms | %s %.1f ms | %.2fx | %s %s |\n", l, o, bl, b, r,
               (t == "") ? "" : "<= " t "x", verdict }'
}

# timed_urls URL... : one curl process, the URLs in turn on one kept-alive
# connection; prints each transfer's time in milliseconds.
timed_urls() {
    local args=() u
    for u in "$@"; do args+=(-o /dev/null "$u"); done
    curl -s -H @"$work/header" -w '%{time_total}\n' "${args[@]}" | awk '{ printf "%.3f\n", $1 * 1000 }'
}

# ms_of COMMAND... : wall time of a command in milliseconds, output dropped.
ms_of() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    echo $(((end - start) / 1000)) | awk '{ printf "%.1f\n", $1 / 1000 }'
}

# The active members with their licenses and teams, as JSON, in the list's
# order: what the API's 100 pages of 1,000 hold.
sqlite_query="SELECT m.user_id AS userId, u.full_name AS fullName, u.email AS email, m.role AS role,
 m.joined_at AS joinedAt, m.last_access_at AS lastAccessAt, m.machine_count AS machineCount,
 (SELECT json_group_array(p.product) FROM member_licenses ml JOIN license_pools p ON p.id = ml.pool_id
   WHERE ml.user_id = m.user_id AND p.org_id = m.org_id) AS licenses,
 (SELECT json_group_array(t.name) FROM team_members tm JOIN teams t ON t.id = tm.team_id
   WHERE tm.user_id = m.user_id AND t.org_id = m.org_id) AS teams
 FROM memberships m JOIN users u ON u.id = m.user_id
 WHERE m.org_id = 1 AND m.status = 0 ORDER BY m.name_key, m.user_id"
psql_query="COPY (SELECT row_to_json(r) FROM (SELECT m.user_id AS \"userId\", u.full_name AS \"fullName\",
 u.email, m.role, m.joined_at AS \"joinedAt\", m.last_access_at AS \"lastAccessAt\",
 m.machine_count AS \"machineCount\",
 ARRAY(SELECT p.product FROM member_licenses ml JOIN license_pools p ON p.id = ml.pool_id
   WHERE ml.user_id = m.user_id AND p.org_id = m.org_id ORDER BY p.product) AS licenses,
 ARRAY(SELECT t.name FROM team_members tm JOIN teams t ON t.id = tm.team_id
   WHERE tm.user_id = m.user_id AND t.org_id = m.org_id ORDER BY t.name) AS teams
 FROM memberships m JOIN users u ON u.id = m.user_id
 WHERE m.org_id = 1 AND m.status = 0 ORDER BY m.name_key, m.user_id) r) TO STDOUT"

bench_engine() {
    local engine=$1 database=$2 baseline_label=$3
    shift 3
    local -a baseline=("$@")
    echo "Seeding $members members on $engine…" >&2
    local seed_start=$(date +%s)
    start_server "$database" --demo --demo-members "$members" >/dev/null
    stop_servers
    echo "  seeded in $(($(date +%s) - seed_start)) s" >&2
    local token
    token=$("$server" token create --database "$database" --email owner@example.com 2>/dev/null | tail -n 1)
    printf 'Authorization: Bearer %s\n' "$token" >"$work/header"
    local url
    # Not in $(…): the server's pid must reach this shell's `pids` to be stopped.
    start_server "$database" >"$work/url"
    url=$(cat "$work/url")
    local list="$url/api/v1/organizations/1/members?status=active"

    # A query that matches about 1 % of the members: the demo's names are
    # few first names and surnames, so pick by the totals.
    local one_percent="" best=999999999 q total
    for q in lee son ang kim ito ova ski ian ell ard nen; do
        total=$(curl -s -H @"$work/header" "$list&size=1&q=$q" | jq .total)
        local diff=$(( total > members / 100 ? total - members / 100 : members / 100 - total ))
        if (( diff < best )); then best=$diff; one_percent=$q; fi
    done
    local hits
    hits=$(curl -s -H @"$work/header" "$list&size=1&q=$one_percent" | jq .total)
    echo "## $engine, $members members ($(date -u +%H:%M) UTC, load $(cut -d' ' -f1-3 /proc/loadavg))"
    echo
    echo "| figure | ours | baseline | ratio | target |"
    echo "|---|---|---|---|---|"
    # Warm up, then the pages in turn, one curl process for all samples.
    timed_urls "$list&size=50" "$list&size=50&q=zqxj" "$list&size=50&q=$one_percent" >/dev/null
    local urls=()
    for _ in $(seq 1 "$((runs * 3))"); do
        urls+=("$list&size=50" "$list&size=50&q=zqxjv" "$list&size=50&q=$one_percent"
               "$list&size=50&q=e" "$list&size=50&q=zq" "$list&size=50&q=example"
               "$list&size=50&q=ann")
    done
    timed_urls "${urls[@]}" >"$work/times"
    local first nothing some one two every ann
    first=$(awk 'NR % 7 == 1' "$work/times" | median)
    nothing=$(awk 'NR % 7 == 2' "$work/times" | median)
    some=$(awk 'NR % 7 == 3' "$work/times" | median)
    one=$(awk 'NR % 7 == 4' "$work/times" | median)
    two=$(awk 'NR % 7 == 5' "$work/times" | median)
    every=$(awk 'NR % 7 == 6' "$work/times" | median)
    ann=$(awk 'NR % 7 == 0' "$work/times" | median)
    local ann_hits
    ann_hits=$(curl -s -H @"$work/header" "$list&size=1&q=ann" | jq .total)
    row "search page, q matching nothing (\`zqxjv\`)" "$nothing" "first page" "$first" 3
    row "search page, q matching ~1 % (\`$one_percent\`: $hits)" "$some" "first page" "$first" 3
    row "search page, \`ann\` ($ann_hits)" "$ann" "first page" "$first" 3
    row "search page, one character (\`e\`, bounded count)" "$one" "first page" "$first" ""
    row "search page, two characters matching nothing (\`zq\`)" "$two" "first page" "$first" ""
    row "search page, q matching nearly everyone (\`example\`)" "$every" "first page" "$first" ""

    # The whole active list: 100 pages of 1,000 on one connection, against
    # the database's own JSON of the same rows.
    local pages=$(((members + 999) / 1000)) page_urls=() api=() base=()
    for p in $(seq 0 $((pages - 1))); do page_urls+=(-o /dev/null "$list&size=1000&page=$p"); done
    for _ in $(seq 1 "$runs"); do
        api+=("$(ms_of curl -s -H @"$work/header" "${page_urls[@]}")")
        base+=("$(ms_of "${baseline[@]}")")
    done
    row "whole active list, $pages pages of 1,000 (curl)" "$(printf '%s\n' "${api[@]}" | median)" \
        "$baseline_label" "$(printf '%s\n' "${base[@]}" | median)" 1.5
    # The same list paged by key (each page after the previous one's
    # "next"), as the app's client loads it; skipped on a server without it.
    if [[ $(curl -s -H @"$work/header" "$list&size=1" | jq 'has("next")') == true ]]; then
        local keyset=() base2=()
        for _ in $(seq 1 "$runs"); do
            keyset+=("$(python3 - "$list" "$work/header" <<'PY'
import http.client, json, re, sys, time, urllib.parse
url = urllib.parse.urlsplit(sys.argv[1])
header = open(sys.argv[2]).read().strip().split(': ', 1)
connection = http.client.HTTPConnection(url.hostname, url.port)
start = time.monotonic()
after = None
while True:
    path = url.path + '?' + url.query + '&size=1000'
    if after:
        path += '&after=' + urllib.parse.quote(after, safe='')
    connection.request('GET', path, headers={header[0]: header[1]})
    body = connection.getresponse().read()
    # "next" is among the last fields: read it from the tail, as bytes.
    found = re.search(rb'"next":(null|"[^"]*")', body[-400:])
    after = json.loads(found.group(1)) if found else None
    if not after:
        break
print('%.1f' % ((time.monotonic() - start) * 1000))
PY
)")
            base2+=("$(ms_of "${baseline[@]}")")
        done
        row "whole active list by \`after\`, pages of 1,000 (python, one connection)" \
            "$(printf '%s\n' "${keyset[@]}" | median)" \
            "$baseline_label" "$(printf '%s\n' "${base2[@]}" | median)" 1.5
    fi
    echo
    stop_servers
}

for engine in $engines; do
    case $engine in
    sqlite)
        db=$work/bench.db
        bench_engine SQLite "$db" "sqlite3 -json" sqlite3 -json "$db" "$sqlite_query"
        ;;
    postgresql)
        tests/support/postgresql-cluster.sh start "$work/pg" >/dev/null
        admin=$(cat "$work/pg/url")
        socket=${admin#*host=}
        psql -q -h "$socket" -U testops -d postgres -c "CREATE DATABASE bench" >/dev/null
        bench_engine PostgreSQL "postgresql://testops@/bench?host=$socket" "psql (row_to_json)" \
            psql -q -h "$socket" -U testops -d bench -c "$psql_query"
        ;;
    *)
        echo "unknown engine $engine" >&2
        exit 2
        ;;
    esac
done
