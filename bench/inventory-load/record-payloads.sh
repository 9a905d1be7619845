#!/usr/bin/env bash
# Records the payloads of the inventory benchmark on this machine, from the real agents:
#   payloads/fusioninventory-debian.xml  fusioninventory-agent --local (what it would POST to /ocsinventory)
#   payloads/vigil-agent-linux.json      vigil-agent inventory --json (built from src/Vigil.Agent)
# Both keep the first 300 software entries (in the agent's own order, dpkg's alphabetical), the size the product
# issue calls realistic. Left out of the OCS one at the agent (--no-category): environment variables and the process
# list, which would carry this machine's command lines and variables into the repository, and printers; left out
# of the agent one: listening sockets without a process name (this machine's sandbox plumbing).
# Usage: bench/inventory-load/record-payloads.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
keep="${KEEP_SOFTWARE:-300}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fusioninventory-agent --local "$work" --tag BENCH --no-category=environment,process,printer >/dev/null 2>&1
python3 - "$work"/*.ocs "$keep" payloads/fusioninventory-debian.xml <<'PY'
import re, sys
source, keep, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = open(source, encoding="utf-8").read()
seen = 0
def trim(match):
    global seen
    seen += 1
    return match.group(0) if seen <= keep else ""
text = re.sub(r"    <SOFTWARES>\n.*?</SOFTWARES>\n", trim, text, flags=re.S)
open(target, "w", encoding="utf-8").write(text)
print(f"{target}: kept {min(seen, keep)} of {seen} SOFTWARES entries, {len(text.encode())} bytes")
PY

dotnet build -c Release ../../src/Vigil.Agent -o "$work/agent" >"$work/agent-build.log" 2>&1 || { cat "$work/agent-build.log"; exit 1; }
"$work/agent/vigil-agent" inventory --json >"$work/agent.json"
python3 - "$work/agent.json" "$keep" payloads/vigil-agent-linux.json <<'PY'
import json, sys
source, keep, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
inventory = json.load(open(source, encoding="utf-8"))
total = len(inventory.get("software") or [])
inventory["software"] = (inventory.get("software") or [])[:keep]
inventory["listeningPorts"] = [p for p in inventory.get("listeningPorts") or [] if p.get("process")]
with open(target, "w", encoding="utf-8") as f:
    json.dump(inventory, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"{target}: kept {len(inventory['software'])} of {total} software entries")
PY
