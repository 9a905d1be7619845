namespace Vigil.Domain.Hunting;

/// <summary>
/// Which fields of the structured formats hold which kinds of indicator. A value anywhere else (a user agent, an
/// alert signature, a JA3 hash, a certificate serial) is not a hit: that is what field awareness is for.
/// </summary>
internal static class FieldKinds
{
    private const HuntValueKinds AddressOrDomain = HuntValueKinds.Address | HuntValueKinds.Domain;

    /// <summary>Suricata eve.json paths; arrays are written "[]" ("dns.query[].rrname").</summary>
    private static readonly Dictionary<string, HuntValueKinds> s_eve = new(StringComparer.Ordinal)
    {
        ["src_ip"] = HuntValueKinds.Address,
        ["dest_ip"] = HuntValueKinds.Address,
        ["dns.rrname"] = HuntValueKinds.Domain,
        ["dns.rdata"] = AddressOrDomain,
        ["dns.query[].rrname"] = HuntValueKinds.Domain,
        ["dns.queries[].rrname"] = HuntValueKinds.Domain,
        ["dns.answers[].rrname"] = HuntValueKinds.Domain,
        ["dns.answers[].rdata"] = AddressOrDomain,
        ["dns.grouped.A[]"] = HuntValueKinds.Address,
        ["dns.grouped.AAAA[]"] = HuntValueKinds.Address,
        ["dns.grouped.CNAME[]"] = HuntValueKinds.Domain,
        ["tls.sni"] = HuntValueKinds.Domain,
        ["http.hostname"] = AddressOrDomain,
        ["http.url"] = HuntValueKinds.Url | HuntValueKinds.Domain,
        ["http.http_refer"] = HuntValueKinds.Url,
        ["fileinfo.md5"] = HuntValueKinds.Hash,
        ["fileinfo.sha1"] = HuntValueKinds.Hash,
        ["fileinfo.sha256"] = HuntValueKinds.Hash,
    };

    /// <summary>Zeek field names, the same in TSV and JSON; sets and vectors hold several values.</summary>
    private static readonly Dictionary<string, HuntValueKinds> s_zeek = new(StringComparer.Ordinal)
    {
        ["id.orig_h"] = HuntValueKinds.Address,
        ["id.resp_h"] = HuntValueKinds.Address,
        ["tx_hosts"] = HuntValueKinds.Address,
        ["rx_hosts"] = HuntValueKinds.Address,
        ["query"] = HuntValueKinds.Domain,
        ["answers"] = AddressOrDomain,
        ["host"] = AddressOrDomain,
        ["uri"] = HuntValueKinds.Url,
        ["referrer"] = HuntValueKinds.Url,
        ["server_name"] = HuntValueKinds.Domain,
        ["san.dns"] = HuntValueKinds.Domain,
        ["san.ip"] = HuntValueKinds.Address,
        ["md5"] = HuntValueKinds.Hash,
        ["sha1"] = HuntValueKinds.Hash,
        ["sha256"] = HuntValueKinds.Hash,
        ["fingerprint"] = HuntValueKinds.Hash,
        ["cert_chain_fps"] = HuntValueKinds.Hash,
        ["client_cert_chain_fps"] = HuntValueKinds.Hash,
    };

    public static HuntValueKinds Eve(string path) => s_eve.GetValueOrDefault(path);

    public static HuntValueKinds Zeek(string name) => s_zeek.GetValueOrDefault(name);

    /// <summary>Windows Firewall pfirewall.log columns.</summary>
    public static HuntValueKinds WindowsFirewall(string name) => name is "src-ip" or "dst-ip" ? HuntValueKinds.Address : HuntValueKinds.None;
}
