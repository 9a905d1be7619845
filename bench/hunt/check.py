#!/usr/bin/env python3
"""Checks `vigil hunt --format jsonl` output against the planted hits: every expected (line, indicator) must be found
(zero misses), and every reported hit must be a true match of its indicator on the value seen (zero false positives:
the same semantics re-implemented independently here). usage: check.py expected.tsv hits.jsonl"""
import ipaddress
import json
import sys


def true_match(ind, typ, value):
    v = value.strip().lower().rstrip(".")
    if typ == "domain":
        return v == ind or v.endswith("." + ind)
    if typ in ("ipv4", "ipv6"):
        return ipaddress.ip_address(v) == ipaddress.ip_address(ind)
    if typ == "cidr":
        return ipaddress.ip_address(v) in ipaddress.ip_network(ind)
    if typ in ("md5", "sha1", "sha256"):
        return v == ind
    if typ == "url":
        return v == ind.lower()
    return False


def main():
    expected = set()
    with open(sys.argv[1]) as f:
        for row in f:
            line, ind = row.rstrip("\n").split("\t")
            expected.add((int(line), ind))
    found = set()
    false_positives = 0
    with open(sys.argv[2]) as f:
        for row in f:
            hit = json.loads(row)
            found.add((hit["line"], hit["indicator"]))
            if not true_match(hit["indicator"], hit["type"], hit["value"]):
                false_positives += 1
                print("false positive:", row.strip())
    misses = expected - found
    for m in sorted(misses)[:10]:
        print("missed:", m)
    extra = len(found - expected)
    print(f"expected {len(expected)}, found {len(found)}, missed {len(misses)}, false positives {false_positives}, "
          f"other true hits {extra - false_positives if extra >= false_positives else 0}")
    sys.exit(1 if misses or false_positives else 0)


if __name__ == "__main__":
    main()
