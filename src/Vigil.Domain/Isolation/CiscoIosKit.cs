using System.Text;

namespace Vigil.Domain.Isolation;

/// <summary>
/// Cisco IOS: when the switch port is known, shut it down (the surest containment); otherwise extended ACLs that drop
/// the host's addresses, to apply on the SVI or uplink in front of it, and a MAC drop entry once the VLAN is known.
/// </summary>
internal static class CiscoIosKit
{
    public static string Write(IReadOnlyList<ContainmentTarget> targets)
    {
        var text = new StringBuilder(ContainmentKits.Header("!", targets));
        var ports = targets.Where(t => t.SwitchInterface is not null).ToList();
        if (ports.Count > 0)
        {
            text.Append("configure terminal\n");
            foreach (var t in ports)
            {
                text.Append("interface ").Append(t.SwitchInterface).Append('\n');
                text.Append(" description VIGIL-QUARANTINE ").Append(t.Label).Append('\n');
                text.Append(" shutdown\n");
            }

            text.Append("end\n");
            text.Append("! Release: interface NAME / no shutdown (and restore its description)\n");
        }

        var addresses = ContainmentKits.Addresses(targets).ToList();
        if (addresses.Exists(a => !ContainmentKits.IsV6(a)))
        {
            text.Append("ip access-list extended ").Append(ContainmentKits.ListName).Append('\n');
            foreach (var a in addresses.Where(a => !ContainmentKits.IsV6(a)))
            {
                text.Append(" deny ip host ").Append(a).Append(" any log\n");
                text.Append(" deny ip any host ").Append(a).Append(" log\n");
            }

            text.Append(" permit ip any any\n");
            text.Append("! Apply: interface VLAN-OR-UPLINK / ip access-group ").Append(ContainmentKits.ListName).Append(" in\n");
        }

        if (addresses.Exists(ContainmentKits.IsV6))
        {
            text.Append("ipv6 access-list ").Append(ContainmentKits.ListName).Append("-V6\n");
            foreach (var a in addresses.Where(ContainmentKits.IsV6))
            {
                text.Append(" deny ipv6 host ").Append(a).Append(" any log\n");
                text.Append(" deny ipv6 any host ").Append(a).Append(" log\n");
            }

            text.Append(" permit ipv6 any any\n");
            text.Append("! Apply: interface VLAN-OR-UPLINK / ipv6 traffic-filter ").Append(ContainmentKits.ListName).Append("-V6 in\n");
        }

        foreach (var mac in targets.SelectMany(t => t.Macs).Distinct())
        {
            text.Append("! With the VLAN known: mac address-table static ").Append(CiscoMac(mac)).Append(" vlan VLAN-ID drop\n");
        }

        return text.ToString();
    }

    private static string CiscoMac(string mac)
    {
        var hex = mac.Replace(":", "", StringComparison.Ordinal);
        return $"{hex[..4]}.{hex[4..8]}.{hex[8..]}";
    }
}
