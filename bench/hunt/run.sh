#!/usr/bin/env bash
# Hunting benchmark: vigil hunt (Release) against rg -F -f and grep -F -f on the same files, in one run.
# usage: bench/hunt/run.sh [DATA_DIR] [EVE_MB] [DNS_MB]   (data is generated once into DATA_DIR; files must fit in RAM)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
data=${1:-/tmp/vigil-hunt-bench}
eve_mb=${2:-1024}
dns_mb=${3:-512}
command -v rg >/dev/null || { echo "needs ripgrep: apt-get install ripgrep" >&2; exit 2; }

if [ ! -f "$data/eve.json" ]; then
  python3 "$here/generate.py" "$data" --eve-mb "$eve_mb" --dns-mb "$dns_mb"
fi
# The native executable, as shipped (docs/hunting.md).
dotnet publish "$repo/src/Vigil.Cli" -c Release -o "$data/vigil-bin" >/dev/null
vigil=("$data/vigil-bin/vigil")
: > "$data/empty.log"

# Output goes to a file, not /dev/null: GNU grep stops at the first match when its output is /dev/null.
# Warm the page cache so every tool reads from memory.
cat "$data"/eve.json "$data"/dns.log "$data"/iocs-*.txt > /dev/null

seconds() { local s e; s=$(date +%s.%N); "$@" > "$data/out.tmp" || [ $? -eq 1 ]; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
mbps() { echo "scale=1; $1 / 1000000 / $2" | bc -l; }
size() { stat -c %s "$1"; }

printf '%-10s %-6s %-26s %9s %9s %9s\n' file iocs tool seconds MB/s net_MB/s
for file in eve.json dns.log; do
  bytes=$(size "$data/$file")
  for set in 1k 100k 1m; do
    iocs="$data/iocs-$set.txt"
    load=$(seconds "${vigil[@]}" hunt --iocs "$iocs" "$data/empty.log")
    for threads in 1 2; do
      t=$(seconds "${vigil[@]}" hunt --iocs "$iocs" --threads "$threads" "$data/$file")
      net=$(echo "$t - $load" | bc -l)
      printf '%-10s %-6s %-26s %9.2f %9s %9s\n' "$file" "$set" "vigil hunt --threads $threads" "$t" "$(mbps "$bytes" "$t")" "$(mbps "$bytes" "$net")"
    done
    if [ "$set" != 1m ]; then
      t=$(seconds rg -c -F -f "$iocs" "$data/$file")
      printf '%-10s %-6s %-26s %9.2f %9s\n' "$file" "$set" "rg -F -f" "$t" "$(mbps "$bytes" "$t")"
      t=$(seconds grep -c -F -f "$iocs" "$data/$file")
      printf '%-10s %-6s %-26s %9.2f %9s\n' "$file" "$set" "grep -F -f" "$t" "$(mbps "$bytes" "$t")"
    fi
  done
done

echo
echo "correctness (1k indicators, every hit re-checked, planted hits all found):"
"${vigil[@]}" hunt --iocs "$data/iocs-1k.txt" --threads 2 "$data/eve.json" > "$data/hits-eve.jsonl" || true
python3 "$here/check.py" "$data/expected-eve.tsv" "$data/hits-eve.jsonl"
"${vigil[@]}" hunt --iocs "$data/iocs-1k.txt" --threads 2 "$data/dns.log" > "$data/hits-dns.jsonl" || true
python3 "$here/check.py" "$data/expected-dns.tsv" "$data/hits-dns.jsonl"
echo "correctness (1m indicators):"
"${vigil[@]}" hunt --iocs "$data/iocs-1m.txt" --threads 2 "$data/eve.json" > "$data/hits-eve-1m.jsonl" || true
python3 "$here/check.py" "$data/expected-eve.tsv" "$data/hits-eve-1m.jsonl"

echo
echo "peak memory with 1,000,000 indicators:"
/usr/bin/time -v "${vigil[@]}" hunt --iocs "$data/iocs-1m.txt" "$data/dns.log" 2>&1 >/dev/null | grep -E "Maximum resident|Elapsed"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2), load $(cut -d' ' -f1-3 /proc/loadavg)"
