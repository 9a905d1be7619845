#!/usr/bin/env bash
# Measures the cost of the per-request scope (load the caller's units, filter every query) on the demo dataset:
# the same API calls as an administrator (no filter) and as a provincial coordinator (filter over ~45 units), with
# /healthz as the ASP.NET Core floor of this machine. Needs wrk. Usage: bench/http-scope/run.sh [seconds]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
duration="${1:-10}"
port=5099
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build -c Release src/Vigil.Server -o "$work/bin" >/dev/null
(cd "$work" && exec dotnet bin/vigil-server.dll --demo --urls "http://127.0.0.1:$port" --Vigil:AdminPassword=Bench-Admin-2026 \
    --Logging:LogLevel:Default=Warning --Jobs:Enabled=false --Vigil:SignInPermitsPerMinute=1000 --Vigil:MachinePermitsPerMinute=100000000 >"$work/server.log" 2>&1) &
server=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.5; done

# Signs in through the login form and creates an API token on the account page, as a person would.
token_for() {
    local jar="$work/$1.cookies" page csrf
    page="$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/login")"
    csrf="$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')"
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "UserName=$1" --data-urlencode "Password=$2" \
        --data-urlencode "__RequestVerificationToken=$csrf" "http://127.0.0.1:$port/login"
    page="$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/account")"
    csrf="$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')"
    curl -s -c "$jar" -b "$jar" --data-urlencode "TokenName=bench" --data-urlencode "TokenDays=1" \
        --data-urlencode "__RequestVerificationToken=$csrf" "http://127.0.0.1:$port/account?handler=CreateToken" |
        grep -o '<code id="one-time-secret">[^<]*' | sed 's/.*>//'
}
admin="$(token_for admin Bench-Admin-2026)"
coordinator="$(token_for dieuphoi.dienbien Vigil-Demo-2026)"

measure() { # label, path, token
    local args=(-t2 -c16 -d"${duration}s" --latency)
    [[ -n "$3" ]] && args+=(-H "Authorization: Bearer $3")
    wrk "${args[@]}" "http://127.0.0.1:$port$2" | awk -v l="$1" '/Requests\/sec/ {rps=$2} /99%/ {p99=$2} END {printf "%-44s %10.0f req/s   p99 %s\n", l, rps, p99}'
}
echo "machine: $(nproc) cores; wrk -t2 -c16 -d${duration}s; demo dataset (90 units, 568 computers)"
measure "GET /healthz (framework floor)" /healthz ""
measure "GET /api/v1/dashboard as administrator" /api/v1/dashboard "$admin"
measure "GET /api/v1/dashboard as coordinator" /api/v1/dashboard "$coordinator"
measure "GET /api/v1/units as administrator" /api/v1/units "$admin"
measure "GET /api/v1/units as coordinator" /api/v1/units "$coordinator"
