#!/usr/bin/python3
"""Peer of bench/device-parse: python3-textfsm over the same corpus, one FSM per template, reused (Reset) per paste.

Usage: textfsm_peer.py CORPUS TEMPLATE_DIR. Prints "<seconds> <pastes with a version>". Only the parse loop is timed;
the corpus is read and split before the clock starts. Each paste is given its show-version template by name (TextFSM
cannot tell the software by itself); the show inventory template also runs when the paste holds an inventory.
"""
import os
import sys
import time

import textfsm

corpus_path, template_dir = sys.argv[1], sys.argv[2]
with open(corpus_path, encoding="utf-8") as handle:
    entries = [e.split("\n", 1) for e in handle.read().split("\0") if e]

fsms = {}
for name in os.listdir(template_dir):
    if name.endswith(".textfsm"):
        with open(os.path.join(template_dir, name), encoding="utf-8") as template:
            fsms[name[:-len(".textfsm")]] = textfsm.TextFSM(template)
inventory = fsms["cisco_show_inventory"]

versions = 0
start = time.perf_counter()
for template, text in entries:
    fsm = fsms.get(template)
    if fsm is not None:
        fsm.Reset()
        rows = fsm.ParseText(text)
        if rows and any(rows[0][i] for i, h in enumerate(fsm.header) if h in ("VERSION", "OS")):
            versions += 1
    if "NAME:" in text or "Name:" in text:
        inventory.Reset()
        inventory.ParseText(text)
elapsed = time.perf_counter() - start
print(f"{elapsed:.4f} {versions}")
