#!/usr/bin/env bash
# The one test command: installs what the tests need from Debian, starts a throwaway PostgreSQL unless
# VIGIL_TEST_POSTGRES already names one, runs every test of the solution and returns dotnet test's exit code.
# Extra arguments go to dotnet test, e.g. ./test.sh --filter FullyQualifiedName~Storage
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

as_root=()
if [[ "$(id -u)" != 0 ]]; then
    as_root=(sudo)
fi

missing=()
for package in postgresql chromium chromium-driver fusioninventory-agent libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils fonts-liberation2 snmpd snmp snmpsim nftables iptables ipset bind9-utils unbound iproute2 curl python3 gcc; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
if ((${#missing[@]} > 0)); then
    echo "test.sh: installing ${missing[*]}" >&2
    "${as_root[@]}" apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

pg_dir=""
pg_ctl_cmd=()

stop_postgres() {
    if [[ -n "$pg_dir" ]]; then
        if [[ -f "$pg_dir/data/postmaster.pid" ]]; then
            "${pg_ctl_cmd[@]}" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
        fi
        rm -rf "$pg_dir"
    fi
}

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "test.sh: no free port found" >&2
    return 1
}

if [[ -z "${VIGIL_TEST_POSTGRES:-}" ]]; then
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [[ -z "$pg_bin" ]]; then
        echo "test.sh: no PostgreSQL server binaries under /usr/lib/postgresql/*/bin" >&2
        exit 1
    fi

    # initdb refuses to run as root, so root runs the cluster as the postgres OS user.
    run_pg=()
    if [[ "$(id -u)" == 0 ]]; then
        run_pg=(runuser -u postgres --)
    fi
    pg_ctl_cmd=("${run_pg[@]}" "$pg_bin/pg_ctl")

    trap stop_postgres EXIT
    if [[ "$(id -u)" == 0 ]]; then
        # Under /tmp so that the postgres user can reach it whatever TMPDIR root has.
        pg_dir="$(mktemp -d /tmp/vigil-test-pg.XXXXXX)"
        chown postgres: "$pg_dir"
    else
        pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/vigil-test-pg.XXXXXX")"
    fi

    "${run_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U vigil --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 ||
        { cat "$pg_dir/initdb.log" >&2; exit 1; }

    started=0
    for _ in 1 2 3 4 5; do
        port="$(free_port)"
        if "${pg_ctl_cmd[@]}" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 start \
            -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            >/dev/null; then
            started=1
            break
        fi
    done
    if [[ "$started" != 1 ]]; then
        echo "test.sh: PostgreSQL did not start:" >&2
        cat "$pg_dir/server.log" >&2 || true
        exit 1
    fi

    export VIGIL_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=vigil;Database=postgres"
    echo "test.sh: throwaway PostgreSQL on 127.0.0.1:$port ($pg_dir)" >&2
fi

set +e
dotnet test Vigil.slnx "$@"
status=$?
set -e
exit "$status"
