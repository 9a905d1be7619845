#!/usr/bin/env python3
"""bench/vulnerabilities peer: an independent, straightforward NVD matcher written from the specs (CPE 2.3 formatted
string binding and name matching after NISTIR 7695/7696, NVD configurations with AND/OR/negate and version ranges),
sharing no code with Vigil. No CPE matcher package is installed on this machine and the Python ones are not reachable
from its registries, so this is the named peer. It evaluates every configuration of every candidate CVE for each
asset (no memoisation), times that, and cross-checks Vigil's output (vigil-*.tsv) on the same assets.
Usage: peer.py DATA_DIR [sample-every]"""
import csv, gzip, json, os, re, sys, time

data = sys.argv[1]
every = int(sys.argv[2]) if len(sys.argv) > 2 else 200

def split_cpe(text):
    out, cur, i = [], "", 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            cur += text[i:i + 2]; i += 2; continue
        if c == ":":
            out.append(cur); cur = ""
        else:
            cur += c
        i += 1
    out.append(cur)
    return out

def value(v):
    if v in ("*", ""): return ("ANY", None)
    if v == "-": return ("NA", None)
    plain, wild, i = "", False, 0
    while i < len(v):
        if v[i] == "\\": plain += v[i + 1]; i += 2; continue
        if v[i] in "*?": wild = True
        plain += v[i]; i += 1
    return ("VAL", (v if wild else plain).lower(), wild)

def parse(text):
    parts = split_cpe(text)
    assert parts[0] == "cpe" and parts[1] == "2.3" and len(parts) == 13, text
    return [parts[2]] + [value(v) for v in parts[3:]]

def wild(pattern, s):
    rx = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in re.findall(r"\\.|.", pattern))
    rx = rx.replace(re.escape("\\"), "")
    return re.fullmatch(rx, s) is not None

def contains(src, tgt):
    if src[0] == "ANY": return True
    if src[0] == "NA": return tgt[0] == "NA"
    if tgt[0] != "VAL": return False
    return wild(src[1], tgt[1]) if src[2] else src[1] == tgt[1]

def tokens(v):
    return [int(t) if t.isdigit() else t.lower() for t in re.findall(r"\d+|[A-Za-z]+", v)]

def vcmp(a, b, scheme):
    if scheme == "asa":
        a, b = a.replace("(", ".").replace(")", "."), b.replace("(", ".").replace(")", ".")
    x, y = tokens(a), tokens(b)
    for i in range(max(len(x), len(y))):
        if i >= len(x): return -1 if isinstance(y[i], str) or y[i] > 0 or any(t for t in y[i:] if t) else 0
        if i >= len(y): return 1 if isinstance(x[i], str) or x[i] > 0 or any(t for t in x[i:] if t) else 0
        p, q = x[i], y[i]
        if isinstance(p, int) and isinstance(q, int):
            if p != q: return -1 if p < q else 1
        elif isinstance(p, int): return 1
        elif isinstance(q, int): return -1
        elif p != q: return -1 if p < q else 1
    return 0

def criterion_holds(m, prod):
    src = m["cpe"]
    if src[0] != "*" and src[0] != prod["cpe"][0]: return None
    unsure = prod["unsure"]
    for i in range(1, 11):
        if i == 3: continue
        if not contains(src[i], prod["cpe"][i]):
            if i >= 4 and prod["cpe"][i][0] == "ANY" and src[i][0] == "VAL": unsure = True; continue
            return None
    s, t = src[3], prod["cpe"][3]
    bounds = [(m.get("versionStartIncluding"), lambda c: c >= 0), (m.get("versionStartExcluding"), lambda c: c > 0),
              (m.get("versionEndIncluding"), lambda c: c <= 0), (m.get("versionEndExcluding"), lambda c: c < 0)]
    if any(b for b, _ in bounds):
        if prod["range"] is None: return None
        if all(b is None or ok(vcmp(prod["range"], b, prod["scheme"])) for b, ok in bounds): return unsure
        return None
    if s[0] == "ANY": return unsure
    if s[0] == "NA": return unsure if (t[0] == "NA" or prod["scheme"] == "windows") else None
    if t[0] != "VAL": return None
    if s[2]: return unsure if wild(s[1], t[1]) else None
    return unsure if (s[1] == t[1] or vcmp(t[1], s[1], prod["scheme"]) == 0) else None

def evaluate(cve, asset):
    """None when the CVE does not apply, else True when only uncertain facts made it apply."""
    result = None
    for conf in cve["configurations"]:
        hits = []
        def node(n):
            found = []
            for m in n["cpeMatch"]:
                h = next((u for u in (criterion_holds(m, p) for p in asset["products"]) if u is not None), None)
                if h is not None: found.append((m["vulnerable"], h))
            holds = (len(found) == len(n["cpeMatch"])) if n.get("operator") == "AND" else bool(found)
            if n.get("negate"): return not holds
            if holds: hits.extend(found)
            return holds
        nodes = [node(n) for n in conf["nodes"]]
        holds = all(nodes) if conf.get("operator") == "AND" else any(nodes)
        if conf.get("negate"): holds = not holds
        if holds and any(v for v, _ in hits):
            unsure = any(u for _, u in hits)
            result = unsure if result is None else (result and unsure)
    return result

# --- what the fleet is, named independently of Vigil's mappers ---
RELEASES = {19044: "windows_10_21h2", 19045: "windows_10_22h2", 22621: "windows_11_22h2", 22631: "windows_11_23h2",
            17763: "windows_server_2019", 20348: "windows_server_2022"}
SOFT = [("Google Chrome", "google:chrome"), ("Mozilla Firefox", "mozilla:firefox"), ("Microsoft Edge", "microsoft:edge_chromium"),
        ("7-Zip", "7-zip:7-zip"), ("WinRAR", "rarlab:winrar"), ("Notepad++", "notepad-plus-plus:notepad++"),
        ("VLC media player", "videolan:vlc_media_player"), ("Adobe Acrobat Reader", "adobe:acrobat_reader_dc"),
        ("Foxit PDF Reader", "foxit:pdf_reader"), ("Java 8 Update", "oracle:jre"), ("Zoom", "zoom:meetings"),
        ("TeamViewer", "teamviewer:teamviewer"), ("AnyDesk", "anydesk:anydesk"), ("PuTTY", "putty:putty"), ("WinSCP", "winscp:winscp"),
        ("FileZilla", "filezilla-project:filezilla_client"), ("Wireshark", "wireshark:wireshark"), ("Python 3", "python:python"),
        ("UltraViewer", "ultraviewer:ultraviewer"), ("Microsoft Teams", "microsoft:teams")]

def product(cpe, rng, scheme, unsure=False):
    parsed = parse(cpe)
    return {"cpe": parsed, "range": rng, "scheme": scheme, "unsure": unsure, "key": parsed[1][1] + ":" + parsed[2][1]}

def profile(a):
    if a["kind"] == "device":
        v, fam = a["version"], a["family"]
        if fam == "asa":
            nvd = a["version"].replace("(", ".").replace(")", ".").rstrip(".")
            return {"id": a["id"], "products": [product(f"cpe:2.3:o:cisco:adaptive_security_appliance_software:{nvd}:*:*:*:*:*:*:*", nvd, "asa")], "kbs": set(), "win7": False}
        name = {"ios": "ios", "ios-xe": "ios_xe", "nx-os": "nx-os"}[fam]
        nvd = v.lower()
        esc = nvd.replace("(", "\\(").replace(")", "\\)")
        return {"id": a["id"], "products": [product(f"cpe:2.3:o:cisco:{name}:{esc}:*:*:*:*:*:*:*", nvd, fam)], "kbs": set(), "win7": False}
    os_ = a["os"]
    prods = []
    win7 = os_["build"] == "7601"
    if win7:
        prods.append(product("cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:x64:*", None, "windows"))
        if a["smb1"] is not False:
            prods.append(product("cpe:2.3:a:microsoft:server_message_block:1.0:*:*:*:*:*:*:*", "1.0", "generic", a["smb1"] is None))
    else:
        prods.append(product(f"cpe:2.3:o:microsoft:{RELEASES[int(os_['build'])]}:{os_['version']}:*:*:*:*:*:x64:*", os_["version"], "windows"))
    for name, version, _ in a["software"]:
        key = next((k for prefix, k in SOFT if name.startswith(prefix)), None)
        if key:
            vendor, prod = key.split(":")
            prods.append(product(f"cpe:2.3:a:{vendor}:{prod.replace('+', chr(92) + '+')}:{version}:*:*:*:*:*:*:*", version, "generic"))
    return {"id": a["id"], "products": prods, "kbs": set(a["hotfixes"]), "win7": win7}

t0 = time.time()
cves, index = {}, {}
for f in sorted(os.listdir(os.path.join(data, "nvd"))):
    with gzip.open(os.path.join(data, "nvd", f), "rt", encoding="utf-8") as fh:
        for item in json.load(fh)["vulnerabilities"]:
            c = {"id": item["cve"]["id"], "configurations": item["cve"]["configurations"]}
            for conf in c["configurations"]:
                for n in conf["nodes"]:
                    for m in n["cpeMatch"]:
                        m["cpe"] = parse(m["criteria"])
            cves[c["id"]] = c
            for key in {m["cpe"][1][1] + ":" + m["cpe"][2][1] for conf in c["configurations"] for n in conf["nodes"] for m in n["cpeMatch"] if m["vulnerable"]}:
                index.setdefault(key, []).append(c["id"])
load_s = time.time() - t0
fleet = [profile(json.loads(line)) for line in open(os.path.join(data, "fleet.jsonl"), encoding="utf-8")]
with open(os.path.join(data, "bulletin.csv"), encoding="utf-8") as fh:
    rows = list(csv.DictReader(fh))
fix = {r["CVE"]: set(re.findall(r"KB\d+", r["Fix"])) for r in rows}

def status(cid, a, unsure):
    if a["win7"] and a["kbs"] & fix.get(cid, set()): return "fixed"
    return "probable" if unsure else "affected"

def match(a, ids=None):
    out = []
    cands = ids if ids is not None else sorted({cid for p in a["products"] for cid in index.get(p["key"], [])})
    for cid in cands:
        r = evaluate(cves[cid], a)
        if r is not None: out.append((a["id"], cid, status(cid, a, r)))
    return out

sample = fleet[::every]
t0 = time.time()
peer_full = [m for a in sample for m in match(a)]
full_s = time.time() - t0
bulletin_ids = list(dict.fromkeys(r["CVE"] for r in rows))
bkeys = {m["cpe"][1][1] + ":" + m["cpe"][2][1] for cid in bulletin_ids for conf in cves[cid]["configurations"] for n in conf["nodes"] for m in n["cpeMatch"] if m["vulnerable"]}
t0 = time.time()
peer_bulletin = [m for a in fleet if any(p["key"] in bkeys for p in a["products"]) for m in match(a, bulletin_ids)]
bulletin_s = time.time() - t0

def read(name):
    return {tuple(l.rstrip("\n").split("\t")) for l in open(os.path.join(data, name), encoding="utf-8")}
sample_ids = {a["id"] for a in sample}
vigil_full = {t for t in read("vigil-full.tsv") if t[0] in sample_ids}
vigil_bulletin = read("vigil-bulletin.tsv")
def diff(label, ours, theirs):
    only_v, only_p = sorted(ours - theirs), sorted(theirs - ours)
    print(f"- cross-check {label}: {len(ours & theirs):,} agree, {len(only_v)} only Vigil, {len(only_p)} only peer" + (f" e.g. {only_v[:3]} {only_p[:3]}" if only_v or only_p else ""))
    return not only_v and not only_p
print(f"- PEER_LOAD_SECONDS={load_s:.1f}")
print(f"- PEER_FULL_SECONDS={full_s:.2f} on {len(sample):,} of {len(fleet):,} assets (every {every}th) -> {full_s * len(fleet) / max(1, len(sample)):.0f} s extrapolated to the fleet, matches={len(peer_full)}")
print(f"- PEER_BULLETIN_SECONDS={bulletin_s:.2f} matches={len(peer_bulletin)}")
ok = diff("full match (sample)", vigil_full, set(peer_full)) & diff("bulletin", vigil_bulletin, set(peer_bulletin))
sys.exit(0 if ok else 2)
