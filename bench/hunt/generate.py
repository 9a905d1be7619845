#!/usr/bin/env python3
"""Writes hunting benchmark data: Suricata eve.json and Zeek dns.log of a chosen size, indicator sets of 1,000,
100,000 and 1,000,000 entries, planted hits and near-misses, and the expected hits (expected-*.tsv: line, indicator)
so run.sh can check zero misses and zero false positives.

Background traffic uses private addresses and a fixed list of benign domains that no indicator covers, so the only
hits are the planted ones. Planted lines use indicators from the 1,000-entry set (a subset of the larger sets), so the
same expected hits hold for every set size. Near-misses (notevil.com, evil.com.au, 11.2.3.45-style neighbours, a
hash with one digit more, a version string) sit in the same fields and must not hit.

usage: generate.py OUTDIR [--eve-mb 1024] [--dns-mb 512] [--seed 7]
"""
import argparse
import ipaddress
import json
import os
import random
import string

TLDS = ["com", "net", "org", "info", "xyz", "top", "ru", "cn", "io", "biz", "vn", "cc"]
BENIGN = [f"{w}{i}.{t}" for i, (w, t) in enumerate(
    (random.Random(1).choice(["cdn", "img", "static", "api", "mail", "news", "shop", "gov", "edu", "bank"]),
     random.Random(2 + i).choice(["com", "net", "org", "vn"])) for i in range(500))]


def rand_label(r, lo=6, hi=14):
    return "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(r.randint(lo, hi)))


def public_ip(r):
    while True:
        a = r.randint(1, 223)
        if a in (10, 127, 100, 169, 172, 192, 0):
            continue
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def make_indicators(r, n):
    out = []
    for i in range(n):
        k = i % 20
        if k < 8:
            out.append(("domain", f"{rand_label(r)}.{r.choice(TLDS)}"))
        elif k < 13:
            out.append(("ipv4", public_ip(r)))
        elif k < 14:
            net = ipaddress.ip_network(f"{public_ip(r)}/{r.choice([16, 20, 24, 28])}", strict=False)
            out.append(("cidr", str(net)))
        elif k < 16:
            out.append(("md5", "%032x" % r.getrandbits(128)))
        elif k < 18:
            out.append(("sha256", "%064x" % r.getrandbits(256)))
        else:
            out.append(("url", f"http://{rand_label(r)}.{r.choice(TLDS)}/{rand_label(r, 3, 8)}/{rand_label(r, 3, 8)}.php"))
    return out


def private_ip(r):
    return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}" if r.random() < 0.7 else f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ts(i):
    return "2025-06-%02dT%02d:%02d:%02d.%06d+0700" % (1 + (i // 86400) % 28, (i // 3600) % 24, (i // 60) % 60, i % 60, i % 1000000)


def background_eve(r, i):
    src, dst = private_ip(r), private_ip(r)
    base = {"timestamp": ts(i), "flow_id": r.getrandbits(50), "in_iface": "eth0"}
    kind = r.random()
    host = f"{rand_label(r, 2, 5)}.{r.choice(BENIGN)}"
    if kind < 0.4:
        e = {**base, "event_type": "dns", "src_ip": src, "src_port": r.randint(1024, 65535), "dest_ip": dst, "dest_port": 53, "proto": "UDP",
             "dns": {"type": "query", "id": r.randint(0, 65535), "rrname": host, "rrtype": "A", "tx_id": 0, "opcode": 0}}
    elif kind < 0.6:
        e = {**base, "event_type": "flow", "src_ip": src, "src_port": r.randint(1024, 65535), "dest_ip": dst, "dest_port": 443, "proto": "TCP", "app_proto": "tls",
             "flow": {"pkts_toserver": r.randint(1, 90), "pkts_toclient": r.randint(1, 90), "bytes_toserver": r.randint(60, 90000), "bytes_toclient": r.randint(60, 900000),
                      "start": ts(i), "end": ts(i + 3), "age": 3, "state": "closed", "reason": "timeout", "alerted": False}}
    elif kind < 0.75:
        e = {**base, "event_type": "http", "src_ip": src, "src_port": r.randint(1024, 65535), "dest_ip": dst, "dest_port": 80, "proto": "TCP", "tx_id": 0,
             "http": {"hostname": host, "url": f"/{rand_label(r, 3, 9)}/index.html?v=1.2.{r.randint(0, 99)}", "http_user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0.0.0",
                      "http_content_type": "text/html", "http_method": "GET", "protocol": "HTTP/1.1", "status": 200, "length": r.randint(100, 90000)}}
    elif kind < 0.9:
        e = {**base, "event_type": "tls", "src_ip": src, "src_port": r.randint(1024, 65535), "dest_ip": dst, "dest_port": 443, "proto": "TCP",
             "tls": {"subject": f"CN={host}", "issuerdn": "C=US, O=Let's Encrypt, CN=R3", "serial": "03:AB:%02X:11" % r.randint(0, 255), "fingerprint": "d6:1f:%02x:9a" % r.randint(0, 255),
                     "sni": host, "version": "TLS 1.2", "notbefore": "2025-01-01T00:00:00", "notafter": "2025-12-31T00:00:00", "ja3": {"hash": "%032x" % r.getrandbits(128)}}}
    elif kind < 0.95:
        e = {**base, "event_type": "fileinfo", "src_ip": dst, "src_port": 80, "dest_ip": src, "dest_port": r.randint(1024, 65535), "proto": "TCP",
             "http": {"hostname": host, "url": "/download/setup.exe"},
             "fileinfo": {"filename": "/download/setup.exe", "magic": "PE32 executable", "gaps": False, "state": "CLOSED", "md5": "%032x" % r.getrandbits(128),
                          "sha256": "%064x" % r.getrandbits(256), "stored": False, "size": r.randint(1000, 9000000), "tx_id": 0}}
    else:
        e = {**base, "event_type": "alert", "src_ip": src, "src_port": r.randint(1024, 65535), "dest_ip": dst, "dest_port": 445, "proto": "TCP",
             "alert": {"action": "allowed", "gid": 1, "signature_id": 2024217, "rev": 3, "signature": "ET EXPLOIT Possible ETERNALBLUE MS17-010 Echo Response", "category": "Attempted Administrator Privilege Gain", "severity": 1}}
    return e


def plant_eve(r, i, ind, near):
    """A line with one planted indicator (expected hit) or a near-miss of it (no hit)."""
    e = background_eve(r, i)
    kind, value = ind
    if kind == "domain":
        name = value if r.random() < 0.5 else f"{rand_label(r, 2, 6)}.{value}"
        if near:
            name = r.choice([f"not{value}", f"{value}.au", f"{value}-cdn.com".replace(".", "-", 1) + "", f"x{value}"])
        e.update(event_type="dns", dns={"type": "query", "id": 1, "rrname": name.upper() if r.random() < 0.2 else name, "rrtype": "A", "tx_id": 0})
    elif kind == "ipv4":
        ip = value
        if near:
            a, b, c, d = value.split(".")
            ip = r.choice([f"1{a}.{b}.{c}.{d}" if int("1" + a) > 255 or True else "", f"{value}.5", f"v{value}"])
            if not ip.startswith("v") and not ip.endswith(".5"):
                ip = f"{value}.5"
            e["http"] = {"hostname": "update.example", "url": f"/ver/{ip}", "http_user_agent": f"agent/{ip}"}
            e["event_type"] = "http"
        else:
            e["dest_ip"] = ip
    elif kind == "cidr":
        net = ipaddress.ip_network(value)
        ip = str(net[r.randint(0, net.num_addresses - 1)])
        if near:
            ip = str(net.broadcast_address + 1) if net.broadcast_address < ipaddress.ip_address("223.255.255.255") else str(net.network_address - 1)
        e["dest_ip"] = ip
    elif kind in ("md5", "sha256"):
        h = value.upper() if r.random() < 0.3 else value
        if near:
            h = value + "0"
        e.update(event_type="fileinfo", fileinfo={"filename": "/x.exe", "md5" if kind == "md5" else "sha256": h, "size": 1234, "tx_id": 0})
    else:
        host = value.split("/")[2]
        path = "/" + value.split("/", 3)[3]
        if near:
            path = path + "x"
        e.update(event_type="http", http={"hostname": host, "url": path, "http_method": "GET", "status": 200})
        e["dest_port"] = 80
    return e


def write_eve(path, expected_path, size, r, planted):
    line = 0
    written = 0
    with open(path, "w") as f, open(expected_path, "w") as x:
        while written < size:
            line += 1
            p = r.random()
            if p < 0.001:
                ind = r.choice(planted)
                e = plant_eve(r, line, ind, near=False)
                x.write(f"{line}\t{ind[1]}\n")
            elif p < 0.002:
                e = plant_eve(r, line, r.choice(planted), near=True)
            else:
                e = background_eve(r, line)
            s = json.dumps(e, separators=(",", ":")) + "\n"
            f.write(s)
            written += len(s)


def write_zeek_dns(path, expected_path, size, r, planted_domains):
    header = ("#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\tdns\n#open\t2025-06-01-00-00-00\n"
              "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\ttrans_id\trtt\tquery\tqclass\tqclass_name\tqtype\tqtype_name\trcode\trcode_name\tAA\tTC\tRD\tRA\tZ\tanswers\tTTLs\trejected\n"
              "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tcount\tinterval\tstring\tcount\tstring\tcount\tstring\tcount\tstring\tbool\tbool\tbool\tbool\tcount\tvector[string]\tvector[interval]\tbool\n")
    line = header.count("\n")
    written = len(header)
    with open(path, "w") as f, open(expected_path, "w") as x:
        f.write(header)
        while written < size:
            line += 1
            p = r.random()
            query = f"{rand_label(r, 2, 5)}.{r.choice(BENIGN)}"
            if p < 0.001:
                value = r.choice(planted_domains)
                query = value if r.random() < 0.5 else f"www.{value}"
                x.write(f"{line}\t{value}\n")
            elif p < 0.002:
                value = r.choice(planted_domains)
                query = r.choice([f"not{value}", f"{value}.au"])
            s = (f"{1748736000 + line * 0.001:.6f}\tC{rand_label(r, 15, 17)}\t{private_ip(r)}\t{r.randint(1024, 65535)}\t{private_ip(r)}\t53\tudp\t{r.randint(0, 65535)}\t0.000{r.randint(100, 999)}\t"
                 f"{query}\t1\tC_INTERNET\t1\tA\t0\tNOERROR\tF\tF\tT\tT\t0\t{private_ip(r)},{private_ip(r)}\t60.000000,60.000000\tF\n")
            f.write(s)
            written += len(s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--eve-mb", type=int, default=1024)
    ap.add_argument("--dns-mb", type=int, default=512)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    r = random.Random(args.seed)
    everything = make_indicators(r, 1_000_000)
    benign = set(BENIGN)
    everything = [i for i in everything if i[1] not in benign]
    small = everything[:1000]
    for n, name in ((1000, "1k"), (100_000, "100k"), (len(everything), "1m")):
        with open(os.path.join(args.outdir, f"iocs-{name}.txt"), "w") as f:
            f.writelines(v + "\n" for _, v in everything[:n])
    planted = small[:200]
    write_eve(os.path.join(args.outdir, "eve.json"), os.path.join(args.outdir, "expected-eve.tsv"), args.eve_mb << 20, r, planted)
    write_zeek_dns(os.path.join(args.outdir, "dns.log"), os.path.join(args.outdir, "expected-dns.tsv"), args.dns_mb << 20, r,
                   [v for k, v in small if k == "domain"][:100])


if __name__ == "__main__":
    main()
