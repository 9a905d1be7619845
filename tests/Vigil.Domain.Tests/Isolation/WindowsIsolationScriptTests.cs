using System.Net;
using System.Net.Sockets;
using Vigil.Domain.Isolation;

namespace Vigil.Domain.Tests.Isolation;

public sealed class WindowsIsolationScriptTests
{
    [Fact]
    public void The_block_rules_cover_everything_but_the_allowed_addresses()
    {
        Assert.Equal(["0.0.0.0-10.0.0.4", "10.0.0.6-10.0.0.52", "10.0.0.54-255.255.255.255"],
            AddressRanges.Complement([IPAddress.Parse("10.0.0.53"), IPAddress.Parse("10.0.0.5"), IPAddress.Parse("::1")], AddressFamily.InterNetwork));
        Assert.Equal(["0.0.0.1-255.255.255.254"], AddressRanges.Complement([IPAddress.Any, IPAddress.Broadcast], AddressFamily.InterNetwork));
        Assert.Equal(["::", "::2-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"], AddressRanges.Complement([IPAddress.IPv6Loopback], AddressFamily.InterNetworkV6));
    }

    [Fact]
    public void Apply_blocks_the_complement_both_ways_and_allows_server_dns_dhcp()
    {
        var policy = IsolationPolicy.Create([IPAddress.Parse("10.0.0.5")], 443, [IPAddress.Parse("10.0.0.53")], allowDhcp: true).Value!;
        var lines = WindowsIsolationScript.Apply(policy).Split('\n');

        const string blocked = "-RemoteAddress @('0.0.0.0-10.0.0.4','10.0.0.6-10.0.0.52','10.0.0.54-127.0.0.0','127.0.0.2-255.255.255.254','::','::2-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')";
        Assert.Contains("Remove-NetFirewallRule -Group 'Vigil isolation' -ErrorAction SilentlyContinue", lines);
        Assert.Contains($"New-NetFirewallRule -Group 'Vigil isolation' -DisplayName 'Vigil isolation: block outbound' -Direction Outbound -Action Block -Profile Any -Protocol Any {blocked} | Out-Null", lines);
        Assert.Contains($"New-NetFirewallRule -Group 'Vigil isolation' -DisplayName 'Vigil isolation: block inbound' -Direction Inbound -Action Block -Profile Any -Protocol Any {blocked} | Out-Null", lines);
        Assert.Contains("New-NetFirewallRule -Group 'Vigil isolation' -DisplayName 'Vigil isolation: server 10.0.0.5 443' -Direction Outbound -Action Allow -Profile Any -Protocol TCP -RemoteAddress '10.0.0.5' -RemotePort 443 | Out-Null", lines);
        Assert.Contains("New-NetFirewallRule -Group 'Vigil isolation' -DisplayName 'Vigil isolation: dns udp 10.0.0.53' -Direction Outbound -Action Allow -Profile Any -Protocol UDP -RemoteAddress '10.0.0.53' -RemotePort 53 | Out-Null", lines);
        Assert.Contains("New-NetFirewallRule -Group 'Vigil isolation' -DisplayName 'Vigil isolation: dhcp' -Direction Outbound -Action Allow -Profile Any -Protocol UDP -LocalPort 68 -RemotePort 67 | Out-Null", lines);
        Assert.Equal("Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Block", lines[^2]);
    }

    [Fact]
    public void Release_restores_the_remembered_profiles_and_ignores_anything_else_read_back()
    {
        var read = "Domain|True|Block|Allow\r\nPrivate|False|NotConfigured|NotConfigured\nPublic; Remove-Item C:\\|True|Block|Allow\nPublic|True|Allow;calc|Allow\nPublic|True|Block|Block\n";
        var profiles = FirewallProfileState.Parse(read);

        Assert.Equal(
            """
            # Vigil isolation release (Windows Firewall). Run as Administrator.
            Remove-NetFirewallRule -Group 'Vigil isolation' -ErrorAction SilentlyContinue
            Set-NetFirewallProfile -Name Domain -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow
            Set-NetFirewallProfile -Name Private -Enabled False -DefaultInboundAction NotConfigured -DefaultOutboundAction NotConfigured
            Set-NetFirewallProfile -Name Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Block

            """.ReplaceLineEndings("\n"), WindowsIsolationScript.Release(profiles));
        Assert.Contains("Set-NetFirewallProfile -Name Public -Enabled True -DefaultInboundAction Block -DefaultOutboundAction Allow", WindowsIsolationScript.Release([]), StringComparison.Ordinal);
    }
}
