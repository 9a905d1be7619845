#!/usr/bin/env bash
# bench/vulnerabilities: generate the scaled catalog and fleet, run Vigil's matcher, then the independent peer
# (peer.py) on the same data, which also cross-checks Vigil's results.
# Usage: run.sh [cves] [assets] [seed] [peer-sample-every]   (defaults 250000 100000 42 200)
set -euo pipefail
cd "$(dirname "$0")"
data="${VULN_BENCH_DATA:-/tmp/vigil-vuln-bench}"
rm -rf "$data"
python3 generate.py "$data" "${1:-250000}" "${2:-100000}" "${3:-42}"
dotnet build -c Release --nologo -v quiet >/dev/null
dotnet bin/Release/net10.0/vuln-bench.dll "$data" "${4:-200}"
python3 peer.py "$data" "${4:-200}"
