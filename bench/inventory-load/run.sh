#!/usr/bin/env bash
# Inventory ingestion benchmark: full inventories (~300 software entries, recorded from fusioninventory-agent) replayed
# by 32 concurrent clients against Vigil's /ocsinventory and agent API, on SQLite and PostgreSQL, as new machines
# ("first") and as an unchanged fleet re-reporting ("repeat"); the named peer, OCS Inventory NG's own server (Apache +
# mod_perl + MariaDB, see peer-ocs-server.sh), gets the same payload, clients and modes in the same run.
#
#   bench/inventory-load/run.sh [seconds per measurement, default 15]
#
# Environment: VIGIL_BENCH_POSTGRES=<Npgsql connection string> to use an existing PostgreSQL (give it an empty,
# throwaway database); otherwise a throwaway cluster is started from /usr/lib/postgresql/*/bin when present, and
# VIGIL_BENCH_PG_EXTRA="Key=Value;…" adds Npgsql options to its connection string (to compare settings).
# VIGIL_BENCH_SYSTEMS picks what runs (default "ocs-server sqlite postgres"; the OCS server needs root and apt).
# VIGIL_BENCH_SERVER_DIR=<folder with a built vigil-server> skips building the server, VIGIL_BENCH_LOAD_DIR=<folder with
# a built inventory-load> the load generator.
# VIGIL_BENCH_CONCURRENCY (32), VIGIL_BENCH_POOL (repeat pool, 200), VIGIL_BENCH_FIRST (new machines prepared per
# "first" measurement, warm-up included, 20000), VIGIL_BENCH_AGENT_FIRST (new agents enrolled for agent "first", 6000;
# the measurement stops early when they are used up). VIGIL_BENCH_WARM_UP (seconds of untimed load before each
# measurement, 10: a freshly started server runs its first seconds in unoptimised code while the JIT catches up; 0
# warms up with two requests per client only). VIGIL_BENCH_MODES limits Vigil's measurements to some modes (default
# "first repeat"; "first" compares builds on new machines only).
# Results: a table on stdout, JSON per measurement and logs under bench/inventory-load/results/<timestamp>/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
duration="${1:-15}"
concurrency="${VIGIL_BENCH_CONCURRENCY:-32}"
pool="${VIGIL_BENCH_POOL:-200}"
first_machines="${VIGIL_BENCH_FIRST:-20000}"
agent_first_machines="${VIGIL_BENCH_AGENT_FIRST:-6000}"
warm_up="${VIGIL_BENCH_WARM_UP:-10}"
tag=BENCH
port=5098
peer_port=8089
out="$PWD/bench/inventory-load/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
work="$(mktemp -d /tmp/vigil-bench.XXXXXX)"
server=""
pg_dir=""
pg_port=""
pg_ctl_cmd=()
as_root=()
[[ "$(id -u)" != 0 ]] && as_root=(sudo)

cleanup() {
    [[ -n "$server" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    if [[ -n "$pg_dir" && -f "$pg_dir/data/postmaster.pid" ]]; then
        "${pg_ctl_cmd[@]}" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
    fi
    # PostgreSQL's own log (checkpoints, autovacuum) stays with the results: it explains a latency tail.
    [[ -n "$pg_dir" && -f "$pg_dir/server.log" ]] && cp "$pg_dir/server.log" "$out/postgres-server.log" 2>/dev/null
    [[ -n "$pg_dir" ]] && rm -rf "$pg_dir"
    rm -rf "$work"
}
trap cleanup EXIT

systems=" ${VIGIL_BENCH_SYSTEMS:-ocs-server sqlite postgres} "
modes=" ${VIGIL_BENCH_MODES:-first repeat} "
server_dir="${VIGIL_BENCH_SERVER_DIR:-$work/server}"
echo "inventory-load: building Release" >&2
if [[ -z "${VIGIL_BENCH_SERVER_DIR:-}" ]]; then
    dotnet build -c Release src/Vigil.Server -o "$work/server" >"$work/build-server.log" 2>&1 || { cat "$work/build-server.log"; exit 1; }
fi
load_dir="${VIGIL_BENCH_LOAD_DIR:-$work/load}"
if [[ -z "${VIGIL_BENCH_LOAD_DIR:-}" ]]; then
    dotnet build -c Release bench/inventory-load -o "$work/load" >"$work/build-load.log" 2>&1 || { cat "$work/build-load.log"; exit 1; }
fi
load=("$load_dir/inventory-load")
ocs_payload=bench/inventory-load/payloads/fusioninventory-debian.xml
agent_payload=bench/inventory-load/payloads/vigil-agent-linux.json

# One measurement; its JSON goes to $out/<name>.json, its progress lines to the console. A failed one (any error
# answer) is reported and the run goes on; the script then exits 1. Afterwards the server's own records are checked:
# the errors it logged meanwhile (a server may log a failure and still answer 200) and, for new machines, how many of
# the timed ones its database really holds.
failed=0
measure() { # name, system, then inventory-load options
    local name="$1" system="$2"
    shift 2
    local run errors_before errors_after stored=() warm
    run="$(printf '%04x%04x' $RANDOM $RANDOM)"
    errors_before="$(server_errors "$system")"
    # CPU time of the server and of its database from the moment the timed phase starts ("measuring") to the end:
    # on a shared machine throughput swings with the neighbours' load, CPU per request far less.
    : >"$out/$name.progress"
    cpu_watch "$out/$name.progress" "$out/$name.cpu-start" &
    local watcher=$!
    if ! "${load[@]}" --concurrency "$concurrency" --duration "$duration" --warm-up "$warm_up" --json "$out/$name.json" --label "$name" \
        --system "$system" --run-id "$run" "$@" >"$out/$name.txt" 2> >(tee "$out/$name.progress" >&2); then
        failed=1
        echo "inventory-load: $name FAILED (see $out/$name.txt and the error lines above)" >&2
    fi
    kill "$watcher" 2>/dev/null || true
    wait "$watcher" 2>/dev/null || true
    cpu_report "$name" "$out/$name.cpu-start"
    [[ -f "$out/$name.json" ]] || return 0
    errors_after="$(server_errors "$system")"
    if grep -q '"mode": "first"' "$out/$name.json"; then
        warm="$(grep -o '"warmUp": [0-9]*' "$out/$name.json" | grep -o '[0-9]*$')"
        local count
        count="$(stored_count "$system" "bench-$run-" "bench-$run-$(printf '%06d' "$warm")")"
        [[ -n "$count" ]] && stored=(--stored "$count")
    fi
    "${load[@]}" verified "$out/$name.json" "${stored[@]}" --server-errors $((errors_after - errors_before))
    tail -n 1 "$out/$name.txt"
}

# Clock ticks used so far by the Vigil server and by the PostgreSQL cluster (postmaster, its backends and the
# backends that have exited): "server database", or nothing for a system this script did not start.
cpu_ticks() {
    local vigil=0 pg=0 pid
    [[ -n "$server" && -r "/proc/$server/stat" ]] && vigil="$(awk '{print $14 + $15}' "/proc/$server/stat")"
    if [[ -n "$pg_dir" && -r "$pg_dir/data/postmaster.pid" ]]; then
        local master
        master="$(head -n 1 "$pg_dir/data/postmaster.pid")"
        pg="$(awk '{print $14 + $15 + $16 + $17}' "/proc/$master/stat" 2>/dev/null || echo 0)"
        for pid in $(ps -o pid= --ppid "$master"); do
            pg=$((pg + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
        done
    fi
    echo "$vigil $pg"
}

# Waits for the load generator to start its timed phase, then notes the CPU ticks.
cpu_watch() { # progress file, output file
    until grep -q 'measuring' "$1" 2>/dev/null; do sleep 0.05; done
    cpu_ticks >"$2"
}

# Prints the server's and the database's CPU milliseconds per timed request.
cpu_report() { # name, start file
    [[ -s "$2" && -f "$out/$1.json" ]] || return 0
    local start end requests generator hz
    read -r -a start <"$2"
    read -r -a end <<<"$(cpu_ticks)"
    requests="$(grep -o '"requests": [0-9]*' "$out/$1.json" | grep -o '[0-9]*$')"
    generator="$(grep -o '"generatorCpuMsPerRequest": [0-9.]*' "$out/$1.json" | grep -o '[0-9.]*$')"
    hz="$(getconf CLK_TCK)"
    [[ "${requests:-0}" -gt 0 ]] || return 0
    awk -v n="$1" -v v=$((end[0] - start[0])) -v p=$((end[1] - start[1])) -v r="$requests" -v hz="$hz" -v g="${generator:-0}" \
        'BEGIN { printf "%s: CPU per request: server %.2f ms, PostgreSQL %.2f ms, load generator %.2f ms (%d requests)\n", n, v * 1000 / hz / r, p * 1000 / hz / r, g, r }' |
        tee "$out/$1.cpu"
}

# Error lines each system has logged so far.
server_errors() {
    case "$1" in
        ocs-server*) grep -c 'DBD::mysql::st execute failed' /var/log/apache2/error.log || true ;;
        *) grep -c '^fail:' "$out/$1.log" || true ;;
    esac
}

# Machines named prefix* at or above the first timed name that the system's database holds (empty: cannot tell).
stored_count() { # system, prefix, first timed name
    case "$1" in
        ocs-server*)
            "${as_root[@]}" mariadb ocsweb -Ne "SELECT COUNT(*) FROM hardware WHERE NAME LIKE '$2%' AND NAME >= '$3'" ;;
        vigil-sqlite)
            python3 -c "import sqlite3, sys; c = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True, timeout=30); print(c.execute(\"SELECT COUNT(*) FROM computers WHERE hostname LIKE ? AND hostname >= ?\", (sys.argv[2] + '%', sys.argv[3])).fetchone()[0])" \
                "$work/data-vigil-sqlite/vigil.db" "$2" "$3" ;;
        vigil-postgres)
            # Only the cluster this script started is known by port; with VIGIL_BENCH_POSTGRES the check is skipped.
            if [[ -n "$pg_port" ]] && command -v psql >/dev/null; then
                psql -h 127.0.0.1 -p "$pg_port" -U vigil -d postgres -Atc "SELECT COUNT(*) FROM computers WHERE hostname LIKE '$2%' AND hostname >= '$3'"
            fi ;;
    esac
}

start_postgres() {
    if [[ -n "${VIGIL_BENCH_POSTGRES:-}" ]]; then
        postgres="$VIGIL_BENCH_POSTGRES"
        return 0
    fi
    local pg_bin
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [[ -z "$pg_bin" ]] && return 1
    # As in test.sh: initdb refuses root, so root runs the cluster as the postgres OS user, under /tmp.
    local run_pg=()
    [[ "$(id -u)" == 0 ]] && run_pg=(runuser -u postgres --)
    pg_ctl_cmd=("${run_pg[@]}" "$pg_bin/pg_ctl")
    pg_dir="$(mktemp -d /tmp/vigil-bench-pg.XXXXXX)"
    [[ "$(id -u)" == 0 ]] && chown postgres: "$pg_dir"
    "${run_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U vigil --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 || return 1
    for _ in 1 2 3 4 5; do
        pg_port=$((20000 + RANDOM % 20000))
        # A port someone else listens on (another cluster) is skipped, never shared.
        (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null && continue
        # Durable defaults (fsync, synchronous_commit on), unlike test.sh: MariaDB under the peer and SQLite commit durably too.
        if "${pg_ctl_cmd[@]}" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start \
            -o "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=$pg_dir -c max_connections=200" >/dev/null; then
            postgres="Host=127.0.0.1;Port=$pg_port;Username=vigil;Database=postgres${VIGIL_BENCH_PG_EXTRA:+;$VIGIL_BENCH_PG_EXTRA}"
            return 0
        fi
    done
    pg_port=""
    return 1
}

# Signs in through the login form and creates an API token on the account page, as in bench/http-scope.
admin_token() {
    local jar="$work/admin.cookies" page csrf base="http://127.0.0.1:$port"
    rm -f "$jar"
    page="$(curl -s -c "$jar" -b "$jar" "$base/login")"
    csrf="$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')"
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "UserName=admin" --data-urlencode "Password=Bench-Admin-2026" \
        --data-urlencode "__RequestVerificationToken=$csrf" "$base/login"
    page="$(curl -s -c "$jar" -b "$jar" "$base/account")"
    csrf="$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')"
    curl -s -c "$jar" -b "$jar" --data-urlencode "TokenName=bench" --data-urlencode "TokenDays=1" \
        --data-urlencode "__RequestVerificationToken=$csrf" "$base/account?handler=CreateToken" |
        grep -o '<code id="one-time-secret">[^<]*' | sed 's/.*>//'
}

run_vigil() { # provider label, then storage options
    local system="vigil-$1"
    shift
    local data="$work/data-$system"
    mkdir -p "$data"
    # Rate limits per client address are lifted: all 32 simulated machines share 127.0.0.1.
    (cd "$data" && exec "$server_dir/vigil-server" --urls "http://127.0.0.1:$port" --Vigil:AdminPassword=Bench-Admin-2026 \
        --Logging:LogLevel:Default=Warning --Jobs:Enabled=false --Vigil:SignInPermitsPerMinute=1000 \
        --Vigil:MachinePermitsPerMinute=100000000 --Vigil:Ocs:PermitsPerMinute=100000000 --Agents:EnrolPermitsPerMinute=100000000 "$@" >"$out/$system.log" 2>&1) &
    server=$!
    for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.5; done
    curl -sf "http://127.0.0.1:$port/readyz" >/dev/null || { echo "vigil-server did not start:"; cat "$out/$system.log"; exit 1; }

    local token unit
    token="$(admin_token)"
    [[ -n "$token" ]] || { echo "could not create an API token"; exit 1; }
    # The unit the OCS TAG names and the agents enrol in.
    unit="$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"code\":\"$tag\",\"name\":\"Benchmark unit\",\"kind\":\"province\"}" "http://127.0.0.1:$port/api/v1/units" |
        grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)"
    [[ -n "$unit" ]] || { echo "could not create the unit $tag"; exit 1; }

    local ocs="http://127.0.0.1:$port/ocsinventory" base="http://127.0.0.1:$port/"
    if [[ "$modes" == *" first "* ]]; then
        measure "$system-ocs-first" "$system" --url "$ocs" --protocol ocs --payload "$ocs_payload" --mode first --machines "$first_machines" --tag "$tag"
    fi
    if [[ "$modes" == *" repeat "* ]]; then
        measure "$system-ocs-repeat" "$system" --url "$ocs" --protocol ocs --payload "$ocs_payload" --mode repeat --machines "$pool" --tag "$tag"
    fi
    if [[ "$modes" == *" first "* ]]; then
        measure "$system-agent-first" "$system" --url "$base" --protocol agent --payload "$agent_payload" --mode first \
            --machines "$agent_first_machines" --api-token "$token" --unit-id "$unit"
    fi
    if [[ "$modes" == *" repeat "* ]]; then
        measure "$system-agent-repeat" "$system" --url "$base" --protocol agent --payload "$agent_payload" --mode repeat \
            --machines "$pool" --api-token "$token" --unit-id "$unit"
    fi

    kill "$server" && wait "$server" 2>/dev/null || true
    server=""
}

if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "inventory-load: port $port is in use; stop what listens there first" >&2
    exit 1
fi

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run; $concurrency clients; ${warm_up}s warm-up, ${duration}s per measurement" | tee "$out/machine.txt"

if [[ "$systems" == *" ocs-server "* ]]; then
    peer_url="$(bench/inventory-load/peer-ocs-server.sh start "$peer_port" 2>"$out/ocs-server-start.log" | tail -n 1)"
    bench/inventory-load/peer-ocs-server.sh reset
    measure ocs-server-ocs-first ocs-server --url "$peer_url" --protocol ocs --payload "$ocs_payload" --mode first --machines "$first_machines" --tag "$tag"
    measure ocs-server-ocs-repeat ocs-server --url "$peer_url" --protocol ocs --payload "$ocs_payload" --mode repeat --machines "$pool" --tag "$tag"
    # With concurrent clients the OCS server loses inventories to MariaDB deadlocks while answering 200 (the check
    # after each measurement counts them); one client at a time is where it stores everything, measured for reference.
    measure ocs-server-1-client-ocs-first ocs-server-1-client --url "$peer_url" --protocol ocs --payload "$ocs_payload" --mode first \
        --machines "$first_machines" --tag "$tag" --concurrency 1
    measure ocs-server-1-client-ocs-repeat ocs-server-1-client --url "$peer_url" --protocol ocs --payload "$ocs_payload" --mode repeat \
        --machines 20 --tag "$tag" --concurrency 1
    # Leaves the machine's two cores to Vigil.
    bench/inventory-load/peer-ocs-server.sh stop
fi

if [[ "$systems" == *" sqlite "* ]]; then
    run_vigil sqlite --Storage:Provider=Sqlite --Storage:DataDirectory=.
fi
if [[ "$systems" == *" postgres "* ]]; then
    if start_postgres; then
        run_vigil postgres --Storage:Provider=Postgres "--Storage:ConnectionString=$postgres"
    else
        echo "inventory-load: no PostgreSQL (set VIGIL_BENCH_POSTGRES or install postgresql): skipped" >&2
    fi
fi

echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
"${load[@]}" report "$out"/*.json | tee "$out/table.md" || failed=1
exit "$failed"
