using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Vigil.Domain.Isolation;

/// <summary>
/// Configuration for the devices in front of machines that cannot isolate themselves (no agent, unsupported OS):
/// one kit per device family, filled with the targets' addresses, MAC addresses and switch port. Every value in a
/// target is validated by <see cref="ContainmentTarget.Create"/>, and names are fixed, so nothing can be injected.
/// The same writers serve a single computer's kit and the quarantine feed of all quarantined hosts.
/// </summary>
public static class ContainmentKits
{
    public const string CiscoIos = "cisco-ios";
    public const string CiscoAsa = "cisco-asa";
    public const string FortiGate = "fortigate";
    public const string MikroTik = "mikrotik";
    public const string Nftables = "nftables";
    public const string IpList = "ip-list";

    public const string ListName = "VIGIL-QUARANTINE";

    public static IReadOnlyList<string> All { get; } = [CiscoIos, CiscoAsa, FortiGate, MikroTik, Nftables, IpList];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);

    /// <returns>The kit, or null for an unknown kind.</returns>
    public static ContainmentKit? Write(string kind, IReadOnlyList<ContainmentTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return kind switch
        {
            CiscoIos => Kit(kind, "vigil-quarantine-ios.txt", CiscoIosKit.Write(targets)),
            CiscoAsa => Kit(kind, "vigil-quarantine-asa.txt", CiscoAsaKit(targets)),
            FortiGate => Kit(kind, "vigil-quarantine-fortigate.conf", FortiGateKit.Write(targets)),
            MikroTik => Kit(kind, "vigil-quarantine.rsc", MikroTikKit(targets)),
            Nftables => Kit(kind, "vigil-quarantine.nft", NftablesKit(targets)),
            IpList => Kit(kind, "vigil-quarantine.txt", string.Concat(Addresses(targets).Select(a => a + "\n"))),
            _ => null,
        };
    }

    internal static IEnumerable<IPAddress> Addresses(IReadOnlyList<ContainmentTarget> targets) => targets.SelectMany(t => t.Addresses).Distinct();

    internal static bool IsV6(IPAddress a) => a.AddressFamily == AddressFamily.InterNetworkV6;

    internal static string Header(string marker, IReadOnlyList<ContainmentTarget> targets) =>
        $"{marker} Vigil network quarantine: {(targets.Count == 1 ? targets[0].Label : $"{targets.Count} host(s)")}\n";

    private static ContainmentKit Kit(string kind, string file, string text) => new(kind, file, "text/plain; charset=utf-8", text);

    // shun drops current and new connections at once; the ACL keeps them dropped after a reload (apply it with access-group).
    private static string CiscoAsaKit(IReadOnlyList<ContainmentTarget> targets)
    {
        var text = new StringBuilder(Header("!", targets));
        var addresses = Addresses(targets).ToList();
        foreach (var a in addresses.Where(a => !IsV6(a)))
        {
            text.Append("shun ").Append(a).Append('\n');
        }

        text.Append("object-group network ").Append(ListName).Append('\n');
        foreach (var a in addresses)
        {
            text.Append(" network-object host ").Append(a).Append('\n');
        }

        text.Append("access-list ").Append(ListName).Append(" extended deny ip object-group ").Append(ListName).Append(" any log\n");
        text.Append("access-list ").Append(ListName).Append(" extended deny ip any object-group ").Append(ListName).Append(" log\n");
        text.Append("access-list ").Append(ListName).Append(" extended permit ip any any\n");
        text.Append("! Apply on the inside interface: access-group ").Append(ListName).Append(" in interface inside\n");
        text.Append("! Release: no shun ADDRESS; no access-group ...; clear configure access-list ").Append(ListName)
            .Append("; no object-group network ").Append(ListName).Append('\n');
        return text.ToString();
    }

    private static string MikroTikKit(IReadOnlyList<ContainmentTarget> targets)
    {
        var text = new StringBuilder(Header("#", targets));
        var list = ListName.ToLowerInvariant();
        text.Append("/ip firewall address-list remove [find list=\"").Append(list).Append("\"]\n");
        text.Append("/ipv6 firewall address-list remove [find list=\"").Append(list).Append("\"]\n");
        foreach (var t in targets)
        {
            foreach (var a in t.Addresses)
            {
                text.Append(IsV6(a) ? "/ipv6" : "/ip").Append(" firewall address-list add list=\"").Append(list).Append("\" address=\"").Append(a)
                    .Append("\" comment=\"vigil quarantine ").Append(t.Label).Append("\"\n");
            }

            foreach (var mac in t.Macs)
            {
                text.Append("/interface bridge filter add chain=forward src-mac-address=").Append(mac.ToUpperInvariant())
                    .Append("/FF:FF:FF:FF:FF:FF action=drop comment=\"vigil quarantine ").Append(t.Label).Append("\"\n");
            }
        }

        text.Append("# Drop rules (once; move them to the top): /ip firewall filter add chain=forward src-address-list=").Append(list)
            .Append(" action=drop; /ip firewall filter add chain=forward dst-address-list=").Append(list).Append(" action=drop\n");
        return text.ToString();
    }

    private static string NftablesKit(IReadOnlyList<ContainmentTarget> targets)
    {
        const string table = "vigil_quarantine";
        var addresses = Addresses(targets).ToList();
        var v4 = addresses.Where(a => !IsV6(a)).Select(a => a.ToString()).ToList();
        var v6 = addresses.Where(IsV6).Select(a => a.ToString()).ToList();
        var macs = targets.SelectMany(t => t.Macs).Distinct().ToList();
        var text = new StringBuilder(Header("#", targets));
        text.Append("# Load: nft -f FILE (replaces table inet ").Append(table).Append("); release: nft delete table inet ").Append(table).Append('\n');
        text.Append("table inet ").Append(table).Append(" {\n}\ndelete table inet ").Append(table).Append("\ntable inet ").Append(table).Append(" {\n");
        Set(text, "hosts_v4", "ipv4_addr", v4);
        Set(text, "hosts_v6", "ipv6_addr", v6);
        Set(text, "hosts_mac", "ether_addr", macs);
        text.Append("\tchain forward {\n\t\ttype filter hook forward priority filter - 10; policy accept;\n");
        foreach (var match in new[] { "ip saddr @hosts_v4", "ip daddr @hosts_v4", "ip6 saddr @hosts_v6", "ip6 daddr @hosts_v6", "ether saddr @hosts_mac" })
        {
            text.Append("\t\t").Append(match).Append(" counter drop\n");
        }

        text.Append("\t}\n}\n");
        return text.ToString();
    }

    private static void Set(StringBuilder text, string name, string type, List<string> elements)
    {
        text.Append("\tset ").Append(name).Append(" {\n\t\ttype ").Append(type).Append('\n');
        if (elements.Count > 0)
        {
            text.Append("\t\telements = { ").Append(string.Join(", ", elements)).Append(" }\n");
        }

        text.Append("\t}\n");
    }
}
