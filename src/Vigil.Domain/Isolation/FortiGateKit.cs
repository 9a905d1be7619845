using System.Text;

namespace Vigil.Domain.Isolation;

/// <summary>
/// FortiGate (FortiOS 6.4+ CLI): one address object per IP and per MAC, the group VIGIL-QUARANTINE, and two deny
/// policies (from and to the group) that must be moved above the accept policies.
/// </summary>
internal static class FortiGateKit
{
    public static string Write(IReadOnlyList<ContainmentTarget> targets)
    {
        var text = new StringBuilder(ContainmentKits.Header("#", targets));
        var members = new List<string>();
        var members6 = new List<string>();
        text.Append("config firewall address\n");
        foreach (var t in targets)
        {
            foreach (var a in t.Addresses.Where(a => !ContainmentKits.IsV6(a)))
            {
                var name = $"VIGIL-Q-{a}";
                members.Add(name);
                text.Append("    edit \"").Append(name).Append("\"\n        set subnet ").Append(a).Append(" 255.255.255.255\n");
                text.Append("        set comment \"vigil quarantine ").Append(t.Label).Append("\"\n    next\n");
            }

            foreach (var mac in t.Macs)
            {
                var name = $"VIGIL-Q-{mac}";
                members.Add(name);
                text.Append("    edit \"").Append(name).Append("\"\n        set type mac\n        set macaddr ").Append(mac).Append('\n');
                text.Append("        set comment \"vigil quarantine ").Append(t.Label).Append("\"\n    next\n");
            }
        }

        text.Append("end\n");
        var v6 = targets.SelectMany(t => t.Addresses.Where(ContainmentKits.IsV6).Select(a => (t.Label, a))).ToList();
        if (v6.Count > 0)
        {
            text.Append("config firewall address6\n");
            foreach (var (label, a) in v6)
            {
                var name = $"VIGIL-Q-{a}";
                members6.Add(name);
                text.Append("    edit \"").Append(name).Append("\"\n        set ip6 ").Append(a).Append("/128\n");
                text.Append("        set comment \"vigil quarantine ").Append(label).Append("\"\n    next\n");
            }

            text.Append("end\n");
        }

        Group(text, "addrgrp", ContainmentKits.ListName, members);
        Group(text, "addrgrp6", ContainmentKits.ListName + "-V6", members6);
        text.Append("config firewall policy\n");
        Policy(text, "VIGIL-QUARANTINE-FROM", members.Count > 0 ? ContainmentKits.ListName : null, members6.Count > 0 ? ContainmentKits.ListName + "-V6" : null, from: true);
        Policy(text, "VIGIL-QUARANTINE-TO", members.Count > 0 ? ContainmentKits.ListName : null, members6.Count > 0 ? ContainmentKits.ListName + "-V6" : null, from: false);
        text.Append("end\n");
        text.Append("# Move both policies above the accept policies: config firewall policy / move ID before FIRST-ID\n");
        return text.ToString();
    }

    private static void Group(StringBuilder text, string kind, string name, List<string> members)
    {
        if (members.Count == 0)
        {
            return;
        }

        text.Append("config firewall ").Append(kind).Append("\n    edit \"").Append(name).Append("\"\n        set member ")
            .Append(string.Join(' ', members.Select(m => $"\"{m}\""))).Append("\n    next\nend\n");
    }

    private static void Policy(StringBuilder text, string name, string? group, string? group6, bool from)
    {
        text.Append("    edit 0\n        set name \"").Append(name).Append("\"\n        set srcintf \"any\"\n        set dstintf \"any\"\n");
        if (group is not null)
        {
            text.Append(from ? "        set srcaddr \"" : "        set srcaddr \"all\"\n        set dstaddr \"").Append(group).Append('"').Append('\n');
            text.Append(from ? "        set dstaddr \"all\"\n" : "");
        }

        if (group6 is not null)
        {
            text.Append(from ? "        set srcaddr6 \"" : "        set srcaddr6 \"all\"\n        set dstaddr6 \"").Append(group6).Append('"').Append('\n');
            text.Append(from ? "        set dstaddr6 \"all\"\n" : "");
        }

        text.Append("        set action deny\n        set schedule \"always\"\n        set service \"ALL\"\n        set logtraffic all\n    next\n");
    }
}
