#!/usr/bin/env bash
# bench/compliance-eval: full re-evaluation of generated computers against the default policy pack, single-threaded,
# against the same verdicts as one SQL query in SQLite. Usage: run.sh [computers] [seed] [as-of] [--no-peer]
set -euo pipefail
cd "$(dirname "$0")"
dotnet build -c Release --nologo -v quiet >/dev/null
exec dotnet bin/Release/net10.0/compliance-eval.dll "${1:-1000000}" "${2:-42}" "${3:-2026-03-02}" "${@:4}"
