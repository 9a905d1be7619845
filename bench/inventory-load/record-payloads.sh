#!/usr/bin/env bash
# Records the OCS payload of the inventory benchmark from the real fusioninventory-agent on this machine and keeps
# the first 300 of its SOFTWARES entries (in the agent's own order), the size the product issue calls realistic.
# Left out at the agent (--no-category): environment variables and the process list, which would carry this
# machine's command lines and variables into the repository, and printers. Usage: bench/inventory-load/record-payloads.sh
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
