#!/usr/bin/env bash
# bench/ocs-parse: Vigil's OCS/FusionInventory XML parse against System.Xml's XmlReader on the recorded documents.
# Usage: run.sh [documents per pass] — needs only the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build -c Release --nologo -v quiet >/dev/null
exec dotnet bin/Release/net10.0/ocs-parse.dll "${1:-3000}"
