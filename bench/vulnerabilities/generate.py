#!/usr/bin/env python3
"""bench/vulnerabilities: scales the real NVD records of tests/fixtures/vulnerabilities/nvd to a catalog of N CVEs
(NVD CVE API 2.0 pages, gzipped, 2,000 records each) and a fleet of M computers and devices (JSON lines).

Every generated CVE is a copy of one of the five real records with a new id and new products/versions in the same
shape: Windows build bounds per feature release (CVE-2024-26169), SMBv1-on-Windows AND configurations
(CVE-2017-0143/0144), IOS XE version ranges (CVE-2023-20198) and exact version lists (CVE-2024-20353) — the last
two also for third-party applications, which make up most of the catalog as they do in NVD.
Usage: generate.py OUT_DIR [cves] [assets] [seed]"""
import copy, gzip, json, os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "..", "tests", "fixtures", "vulnerabilities", "nvd")
out = sys.argv[1]
n_cves = int(sys.argv[2]) if len(sys.argv) > 2 else 250_000
n_assets = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 42
rng = random.Random(seed)
real = {f[:-5]: json.load(open(os.path.join(fixtures, f))) for f in sorted(os.listdir(fixtures)) if f.endswith(".json")}

# Windows feature releases the fleet runs, with the revisions a month's update brings (oldest first).
WIN = {
    "windows_10_21h2": (19044, [3930, 4046, 4170, 4291, 4412, 4529]),
    "windows_10_22h2": (19045, [3930, 4046, 4170, 4291, 4412, 4529, 4651, 4780, 4894, 5011, 5131, 5247]),
    "windows_11_22h2": (22621, [3007, 3155, 3296, 3447, 3593, 3737, 3880, 4037]),
    "windows_11_23h2": (22631, [3007, 3155, 3296, 3447, 3593, 3737, 3880, 4037, 4169, 4317]),
    "windows_server_2019": (17763, [5329, 5458, 5576, 5696, 5820, 5936, 6054]),
    "windows_server_2022": (20348, [2227, 2340, 2402, 2461, 2527, 2582, 2655, 2700]),
}
LEGACY = ["cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:*:*", "cpe:2.3:o:microsoft:windows_server_2008:r2:sp1:*:*:*:*:x64:*",
          "cpe:2.3:o:microsoft:windows_8.1:-:*:*:*:*:*:*:*", "cpe:2.3:o:microsoft:windows_server_2012:r2:*:*:*:*:*:*:*"]
# Installed programs: (name as Windows lists it, publisher, vendor:product in NVD or None when unmapped, version maker).
def chrome(): return f"{rng.randint(118, 131)}.0.{rng.randint(6000, 6800)}.{rng.randint(50, 220)}"
def dotted(*ranges): return lambda: ".".join(str(rng.randint(*r)) for r in ranges)
SOFTWARE = [
    ("Google Chrome", "Google LLC", "google:chrome", chrome),
    ("Mozilla Firefox (x64 vi)", "Mozilla", "mozilla:firefox", dotted((110, 133), (0, 3))),
    ("Microsoft Edge", "Microsoft Corporation", "microsoft:edge_chromium", chrome),
    ("7-Zip 23.01 (x64)", "Igor Pavlov", "7-zip:7-zip", dotted((19, 24), (0, 9))),
    ("WinRAR 6.02 (64-bit)", "win.rar GmbH", "rarlab:winrar", dotted((5, 7), (0, 90))),
    ("Notepad++ (64-bit x64)", "Notepad++ Team", "notepad-plus-plus:notepad++", dotted((7, 8), (0, 9), (0, 9))),
    ("VLC media player", "VideoLAN", "videolan:vlc_media_player", dotted((3, 3), (0, 0), (10, 21))),
    ("Adobe Acrobat Reader DC", "Adobe", "adobe:acrobat_reader_dc", dotted((21, 24), (1, 5), (20000, 20999))),
    ("Foxit PDF Reader", "Foxit Software Inc.", "foxit:pdf_reader", dotted((10, 2024), (0, 4), (0, 2))),
    ("Java 8 Update 381", "Oracle Corporation", "oracle:jre", dotted((1, 1), (8, 8), (0, 0))),
    ("Zoom", "Zoom Video Communications, Inc.", "zoom:meetings", dotted((5, 6), (0, 17), (0, 11))),
    ("TeamViewer", "TeamViewer", "teamviewer:teamviewer", dotted((15, 15), (20, 60), (0, 9))),
    ("AnyDesk", "philandro Software GmbH", "anydesk:anydesk", dotted((7, 8), (0, 9), (0, 15))),
    ("PuTTY release 0.78 (64-bit)", "Simon Tatham", "putty:putty", dotted((0, 0), (70, 83))),
    ("WinSCP 6.1.2", "Martin Prikryl", "winscp:winscp", dotted((5, 6), (0, 9), (0, 5))),
    ("FileZilla 3.66.4", "Tim Kosse", "filezilla-project:filezilla_client", dotted((3, 3), (50, 68), (0, 5))),
    ("Wireshark 4.2.2 64-bit", "The Wireshark developer community", "wireshark:wireshark", dotted((3, 4), (0, 4), (0, 12))),
    ("Python 3.11.4 (64-bit)", "Python Software Foundation", "python:python", dotted((3, 3), (8, 12), (0, 9))),
    ("UltraViewer version 6.6.50", "DucFabulous", "ultraviewer:ultraviewer", dotted((6, 6), (2, 6), (0, 140))),
    ("Microsoft Teams", "Microsoft Corporation", "microsoft:teams", dotted((1, 1), (5, 7), (0, 99), (0, 99999))),
    ("Phần mềm kế toán MISA SME", "MISA JSC", None, dotted((2019, 2024),)),
    ("UniKey 4.3 RC5", "Pham Kim Long", None, dotted((4, 4), (0, 6))),
    ("Zalo", "VNG Corp.", None, dotted((23, 24), (1, 12), (1, 9))),
    ("Vietkey 2007", "Dang Minh Tuan", None, dotted((2000, 2007),)),
    ("VNPT-CA Plugin", "VNPT", None, dotted((1, 3), (0, 9), (0, 9))),
    ("Bkav Pro", "Bkav Corporation", None, dotted((5, 6), (0, 9))),
    ("Kaspersky Endpoint Security for Windows", "AO Kaspersky Lab", None, dotted((11, 12), (0, 9), (0, 999))),
    ("Microsoft Office Professional Plus 2016", "Microsoft Corporation", None, dotted((16, 16), (0, 0), (4266, 5400))),
]
# A fleet's installs cluster on few versions (auto-update, one installer per unit): each program gets a pool of 40.
POOLS = {s[0]: sorted({s[3]() for _ in range(40)}) for s in SOFTWARE}
SOFTWARE = [(n, p, k, (lambda pool: lambda: rng.choice(pool))(POOLS[n])) for n, p, k, _ in SOFTWARE]
MAPPED = [s for s in SOFTWARE if s[2]]
XE = ["16.9.3", "16.12.4", "16.12.8", "16.12.10a", "17.3.1a", "17.3.4", "17.3.8a", "17.6.1", "17.6.5", "17.6.6a", "17.9.3a", "17.9.4a", "17.12.1", "17.12.2"]
ASA = ["9.8.4.45", "9.12.4.62", "9.14.4.22", "9.16.3.23", "9.16.4.55", "9.16.4.57", "9.18.3.56", "9.18.4.8", "9.18.4.22", "9.20.2", "9.20.2.10"]
IOS = ["15.2(7)E4", "15.2(7)E9", "15.2(4)M11", "15.1(4)M12a", "12.2(55)SE12"]

def crit(cpe, vulnerable=True, **rng_bounds):
    d = {"vulnerable": vulnerable, "criteria": cpe, "matchCriteriaId": "00000000-0000-0000-0000-000000000000"}
    d.update(rng_bounds)
    return d

def third_party_key():
    # Most of NVD is products no fleet runs: 20,000 vendor:product pairs; a tenth of CVEs name the fleet's programs,
    # and of those most were fixed before the oldest version the fleet runs (an old major version stands for them).
    if rng.random() < 0.10:
        s = rng.choice(MAPPED)
        if rng.random() < 0.85:
            return s[2], (lambda: "0." + str(rng.randint(1, 99)))
        return s[2], s[3]
    k = rng.randrange(20000)
    return f"vendor{k % 4000}:product{k}", dotted((1, 12), (0, 30), (0, 99))

def make(i):
    r = rng.random()
    if r < 0.012:
        # ~3,000 Windows CVEs, as NVD has for Windows 10 over its life; one in eight is from the last year, whose
        # monthly builds the fleet runs; the others were fixed by builds older than any in the fleet.
        base = real["CVE-2024-26169"]
        recent = rng.random() < 0.125
        nodes = [{"operator": "OR", "negate": False, "cpeMatch":
                  [crit(f"cpe:2.3:o:microsoft:{p}:*:*:*:*:*:*:*:*", versionEndExcluding=f"10.0.{b}.{rng.choice(revs) if recent else rng.randint(100, revs[0] - 1)}") for p, (b, revs) in WIN.items()]
                  + [crit(c) for c in LEGACY if rng.random() < 0.5]}]
        configs = [{"nodes": nodes}]
    elif r < 0.0122:
        base = real["CVE-2017-0144"]
        configs = copy.deepcopy(base["configurations"][:1])
    elif r < 0.022:
        base = real["CVE-2023-20198"]
        starts = sorted(rng.sample(["16.9", "16.12", "17.3", "17.6", "17.9", "17.12"], 3))
        configs = [{"nodes": [{"operator": "OR", "negate": False, "cpeMatch":
                    [crit("cpe:2.3:o:cisco:ios_xe:*:*:*:*:*:*:*:*", versionStartIncluding=s, versionEndExcluding=s + "." + str(rng.randint(1, 12)) + rng.choice(["", "a"])) for s in starts]}]}]
    elif r < 0.032:
        base = real["CVE-2024-20353"]
        versions = rng.sample(ASA, 6)
        configs = [{"nodes": [{"operator": "OR", "negate": False, "cpeMatch":
                    [crit(f"cpe:2.3:o:cisco:adaptive_security_appliance_software:{v}:*:*:*:*:*:*:*") for v in versions]}]}]
    elif r < 0.037:
        base = real["CVE-2024-20353"]
        configs = [{"nodes": [{"operator": "OR", "negate": False, "cpeMatch":
                    [crit("cpe:2.3:o:cisco:ios:" + v.lower().replace("(", "\\(").replace(")", "\\)") + ":*:*:*:*:*:*:*") for v in rng.sample(IOS, 2)]}]}]
    else:
        key, version = third_party_key()
        key = key.replace("+", "\\+")  # CPE 2.3 quotes "+" (notepad\+\+)
        if rng.random() < 0.6:
            base = real["CVE-2023-20198"]
            end = version()
            configs = [{"nodes": [{"operator": "OR", "negate": False, "cpeMatch": [crit(f"cpe:2.3:a:{key}:*:*:*:*:*:*:*:*", versionEndExcluding=end)]}]}]
        else:
            base = real["CVE-2024-20353"]
            configs = [{"nodes": [{"operator": "OR", "negate": False, "cpeMatch":
                        [crit(f"cpe:2.3:a:{key}:{version().replace('+', '')}:*:*:*:*:*:*:*") for _ in range(rng.randint(1, 8))]}]}]
    record = {k: base[k] for k in ("sourceIdentifier", "published", "lastModified", "vulnStatus", "descriptions", "metrics", "weaknesses")}
    record["id"] = f"CVE-{2000 + i // 100000}-{100000 + i % 100000}"
    record["configurations"] = configs
    return record

def asset(i):
    if i % 100 < 8:
        family = rng.choices(["ios-xe", "asa", "ios", "nx-os"], [40, 20, 30, 10])[0]
        version = {"ios-xe": lambda: rng.choice(XE), "asa": lambda: rng.choice(ASA), "ios": lambda: rng.choice(IOS), "nx-os": lambda: "9.3(10)"}[family]()
        if family == "asa":
            p = version.split(".")
            version = f"{p[0]}.{p[1]}({p[2]})" + (p[3] if len(p) > 3 else "")
        return {"id": f"dev-{i}", "kind": "device", "family": family, "version": version}
    product = rng.choices(list(WIN) + ["windows_7"], [10, 50, 8, 15, 5, 4, 8])[0]
    if product == "windows_7":
        os_ = {"name": "Microsoft Windows 7 Professional", "version": "6.1.7601", "build": "7601", "sp": "Service Pack 1"}
    else:
        build, revs = WIN[product]
        name = {"windows_10_21h2": "Microsoft Windows 10 Pro", "windows_10_22h2": "Microsoft Windows 10 Pro", "windows_11_22h2": "Microsoft Windows 11 Pro",
                "windows_11_23h2": "Microsoft Windows 11 Pro", "windows_server_2019": "Microsoft Windows Server 2019 Standard",
                "windows_server_2022": "Microsoft Windows Server 2022 Standard"}[product]
        os_ = {"name": name, "version": f"10.0.{build}.{rng.choice(revs)}", "build": str(build), "sp": None}
    os_["arch"] = "64-bit"
    software = [[s[0], s[3](), s[1]] for s in rng.sample(SOFTWARE, rng.randint(4, 16))]
    hotfixes = ["KB4012212"] if product == "windows_7" and rng.random() < 0.5 else []
    smb1 = rng.choice([True, False, None]) if product == "windows_7" else False
    return {"id": f"pc-{i}", "kind": "computer", "os": os_, "smb1": smb1, "hotfixes": hotfixes, "software": software}

os.makedirs(os.path.join(out, "nvd"), exist_ok=True)
page = []
for i in range(n_cves):
    page.append({"cve": make(i)})
    if len(page) == 2000 or i == n_cves - 1:
        with gzip.open(os.path.join(out, "nvd", f"page-{i // 2000:04d}.json.gz"), "wt", encoding="utf-8", compresslevel=1) as f:
            json.dump({"resultsPerPage": len(page), "startIndex": i - len(page) + 1, "totalResults": n_cves, "format": "NVD_CVE", "version": "2.0", "vulnerabilities": page}, f)
        page = []
with open(os.path.join(out, "fleet.jsonl"), "w", encoding="utf-8") as f:
    for i in range(n_assets):
        f.write(json.dumps(asset(i), ensure_ascii=False) + "\n")
# The bulletin: 100 CVEs drawn from the catalog.
ids = [f"CVE-{2000 + i // 100000}-{100000 + i % 100000}" for i in rng.sample(range(n_cves), 100)]
with open(os.path.join(out, "bulletin.csv"), "w", encoding="utf-8") as f:
    f.write("CVE,Product,Severity,CVSS,Exploited,Fix\n")
    for cid in ids:
        f.write(f"{cid},Windows 7 for x64-based Systems Service Pack 1,High,8.1,no,KB4012212\n")
print(f"{n_cves} CVEs, {n_assets} assets, seed {seed} -> {out}")
