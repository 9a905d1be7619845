using System.Net.Sockets;
using System.Text;

namespace Vigil.Domain.Isolation;

/// <summary>
/// The Windows side of isolation as PowerShell (NetSecurity module, Windows 8/2012 and later). All rules live in the
/// rule group <see cref="Group"/>, so release removes exactly them. Windows Firewall applies a block rule over any
/// allow rule, so the block rules name the complement of the allowed addresses (in both directions, all profiles);
/// the profiles' defaults are also set to block, and allow rules open the server port, DNS and DHCP so the defaults
/// do not stop them. Loopback is not filtered by Windows Firewall and needs no rule.
/// </summary>
public static class WindowsIsolationScript
{
    public const string Group = "Vigil isolation";

    /// <summary>What the agent runs first to remember the profiles (parsed by <see cref="FirewallProfileState.Parse"/>).</summary>
    public const string ReadProfilesCommand =
        "Get-NetFirewallProfile | ForEach-Object { \"$($_.Name)|$($_.Enabled)|$($_.DefaultInboundAction)|$($_.DefaultOutboundAction)\" }";

    public static string Apply(IsolationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var text = new StringBuilder();
        text.Append("# Vigil host isolation (Windows Firewall). Run as Administrator: powershell -NoProfile -ExecutionPolicy Bypass -File FILE\n");
        text.Append("$ErrorActionPreference = 'Stop'\n");
        text.Append("Remove-NetFirewallRule -Group '").Append(Group).Append("' -ErrorAction SilentlyContinue\n");

        var allowed = policy.AllowedAddresses.ToList();
        if (policy.AllowDhcp)
        {
            // DHCP discovery and rebinding go to the broadcast address; renewals to the DHCP server's own address are
            // only let through when that address is among the allowed ones (documented in docs/isolation.md).
            allowed.Add(System.Net.IPAddress.Broadcast);
        }

        allowed.Add(System.Net.IPAddress.Loopback);
        allowed.Add(System.Net.IPAddress.IPv6Loopback);
        var blocked = AddressRanges.Complement(allowed, AddressFamily.InterNetwork)
            .Concat(AddressRanges.Complement(allowed, AddressFamily.InterNetworkV6)).ToList();
        var blockList = string.Join(",", blocked.Select(r => $"'{r}'"));
        Rule(text, "block outbound", "Outbound", "Block", "Any", $"-RemoteAddress @({blockList})");
        Rule(text, "block inbound", "Inbound", "Block", "Any", $"-RemoteAddress @({blockList})");
        foreach (var e in policy.ServerEndpoints)
        {
            Rule(text, $"server {e.Address} {e.Port}", "Outbound", "Allow", e.Protocol.ToUpperInvariant(), $"-RemoteAddress '{e.Address}' -RemotePort {e.Port}");
        }

        foreach (var dns in policy.DnsServers)
        {
            Rule(text, $"dns udp {dns}", "Outbound", "Allow", "UDP", $"-RemoteAddress '{dns}' -RemotePort 53");
            Rule(text, $"dns tcp {dns}", "Outbound", "Allow", "TCP", $"-RemoteAddress '{dns}' -RemotePort 53");
        }

        if (policy.AllowDhcp)
        {
            Rule(text, "dhcp", "Outbound", "Allow", "UDP", "-LocalPort 68 -RemotePort 67");
            Rule(text, "dhcp replies", "Inbound", "Allow", "UDP", "-LocalPort 68 -RemotePort 67");
        }

        text.Append("Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Block\n");
        return text.ToString();
    }

    /// <summary>Removes the group's rules and puts each remembered profile back as it was.</summary>
    public static string Release(IReadOnlyList<FirewallProfileState> previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        var text = new StringBuilder();
        text.Append("# Vigil isolation release (Windows Firewall). Run as Administrator.\n");
        text.Append("Remove-NetFirewallRule -Group '").Append(Group).Append("' -ErrorAction SilentlyContinue\n");
        // Nothing remembered (state lost): Windows' own defaults, so the host is never left with outbound blocked.
        var profiles = previous.Count > 0 ? previous : FirewallProfileState.ProfileNames.Select(n => new FirewallProfileState(n, true, "Block", "Allow")).ToList();
        foreach (var p in profiles)
        {
            // Values come from FirewallProfileState's closed lists, never from free text.
            var name = FirewallProfileState.ProfileNames.First(n => n == p.Name);
            var inbound = FirewallProfileState.Actions.First(a => a == p.DefaultInboundAction);
            var outbound = FirewallProfileState.Actions.First(a => a == p.DefaultOutboundAction);
            text.Append("Set-NetFirewallProfile -Name ").Append(name).Append(" -Enabled ").Append(p.Enabled ? "True" : "False")
                .Append(" -DefaultInboundAction ").Append(inbound).Append(" -DefaultOutboundAction ").Append(outbound).Append('\n');
        }

        return text.ToString();
    }

    private static void Rule(StringBuilder text, string name, string direction, string action, string protocol, string match) =>
        text.Append("New-NetFirewallRule -Group '").Append(Group).Append("' -DisplayName 'Vigil isolation: ").Append(name)
            .Append("' -Direction ").Append(direction).Append(" -Action ").Append(action).Append(" -Profile Any -Protocol ").Append(protocol)
            .Append(' ').Append(match).Append(" | Out-Null\n");
}
