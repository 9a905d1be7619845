#!/usr/bin/env bash
# bench/device-parse: Vigil's Cisco CLI parser against python3-textfsm and grep -E on the same generated corpus.
# Usage: run.sh [pastes] — needs python3-textfsm (apt-get install python3-textfsm).
set -euo pipefail
cd "$(dirname "$0")"
dotnet build -c Release --nologo -v quiet >/dev/null
exec dotnet bin/Release/net10.0/device-parse.dll "${1:-20000}" ../../tests/fixtures/cisco results
