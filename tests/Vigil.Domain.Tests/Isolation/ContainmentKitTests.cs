using Vigil.Domain.Isolation;

namespace Vigil.Domain.Tests.Isolation;

public sealed class ContainmentKitTests
{
    private static ContainmentTarget Target(string? port = null) =>
        ContainmentTarget.Create("PC-KeToan-01", ["10.20.1.15", "2001:db8::15"], ["00-1A-2B-3C-4D-5E"], port).Value!;

    [Fact]
    public void Cisco_ios_shuts_the_known_switch_port_down()
    {
        var kit = ContainmentKits.Write(ContainmentKits.CiscoIos, [Target("GigabitEthernet1/0/5")])!;

        Assert.StartsWith("""
            ! Vigil network quarantine: PC-KeToan-01
            configure terminal
            interface GigabitEthernet1/0/5
             description VIGIL-QUARANTINE PC-KeToan-01
             shutdown
            end

            """.ReplaceLineEndings("\n"), kit.Text, StringComparison.Ordinal);
        Assert.Contains("! With the VLAN known: mac address-table static 001a.2b3c.4d5e vlan VLAN-ID drop", kit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cisco_ios_without_a_port_gives_acls_for_both_address_families()
    {
        var text = ContainmentKits.Write(ContainmentKits.CiscoIos, [Target()])!.Text;

        Assert.DoesNotContain("shutdown", text, StringComparison.Ordinal);
        Assert.Contains("ip access-list extended VIGIL-QUARANTINE\n deny ip host 10.20.1.15 any log\n deny ip any host 10.20.1.15 log\n permit ip any any\n", text, StringComparison.Ordinal);
        Assert.Contains("ipv6 access-list VIGIL-QUARANTINE-V6\n deny ipv6 host 2001:db8::15 any log\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Asa_fortigate_mikrotik_and_ip_list_carry_the_addresses_and_macs()
    {
        var targets = new[] { Target() };
        var asa = ContainmentKits.Write(ContainmentKits.CiscoAsa, targets)!.Text;
        var forti = ContainmentKits.Write(ContainmentKits.FortiGate, targets)!.Text;
        var mikrotik = ContainmentKits.Write(ContainmentKits.MikroTik, targets)!.Text;

        Assert.Contains("shun 10.20.1.15\n", asa, StringComparison.Ordinal);
        Assert.Contains("access-list VIGIL-QUARANTINE extended deny ip object-group VIGIL-QUARANTINE any log\n", asa, StringComparison.Ordinal);
        Assert.Contains("    edit \"VIGIL-Q-10.20.1.15\"\n        set subnet 10.20.1.15 255.255.255.255\n", forti, StringComparison.Ordinal);
        Assert.Contains("        set type mac\n        set macaddr 00:1a:2b:3c:4d:5e\n", forti, StringComparison.Ordinal);
        Assert.Contains("        set member \"VIGIL-Q-10.20.1.15\" \"VIGIL-Q-00:1a:2b:3c:4d:5e\"\n", forti, StringComparison.Ordinal);
        Assert.Contains("        set ip6 2001:db8::15/128\n", forti, StringComparison.Ordinal);
        Assert.Contains("/ip firewall address-list add list=\"vigil-quarantine\" address=\"10.20.1.15\" comment=\"vigil quarantine PC-KeToan-01\"\n", mikrotik, StringComparison.Ordinal);
        Assert.Contains("/ipv6 firewall address-list add list=\"vigil-quarantine\" address=\"2001:db8::15\"", mikrotik, StringComparison.Ordinal);
        Assert.Contains("src-mac-address=00:1A:2B:3C:4D:5E/FF:FF:FF:FF:FF:FF action=drop", mikrotik, StringComparison.Ordinal);
        Assert.Equal("10.20.1.15\n2001:db8::15\n", ContainmentKits.Write(ContainmentKits.IpList, targets)!.Text);
        Assert.Null(ContainmentKits.Write("junos", targets));
    }

    [Fact]
    public void The_nftables_kit_is_accepted_by_nft_with_one_host_many_hosts_and_none()
    {
        var other = ContainmentTarget.Create("b", ["192.168.1.9"], [], null).Value!;
        foreach (var targets in new[] { new[] { Target() }, [Target(), other], [] })
        {
            NftCheck.Run(ContainmentKits.Write(ContainmentKits.Nftables, targets)!.Text).AssertOk("nft -c");
        }
    }

    [Theory]
    [InlineData("Gi1/0/5\n shutdown", "containment.interface_invalid")]
    [InlineData("Gi1/0/5 ; reload", "containment.interface_invalid")]
    [InlineData("\"Gi1\"", "containment.interface_invalid")]
    public void Values_that_could_inject_commands_are_refused(string port, string code) =>
        Assert.Equal(code, ContainmentTarget.Create("pc", ["10.0.0.1"], [], port).Error?.Code);

    [Fact]
    public void Addresses_and_macs_are_parsed_not_copied()
    {
        Assert.Equal("containment.address_invalid", ContainmentTarget.Create("pc", ["10.0.0.1\nshun 0.0.0.0"], [], null).Error?.Code);
        Assert.Equal("containment.address_invalid", ContainmentTarget.Create("pc", ["fe80::1%eth0"], [], null).Error?.Code);
        Assert.Equal("containment.mac_invalid", ContainmentTarget.Create("pc", [], ["00:1a:2b:3c:4d:5e\""], null).Error?.Code);
        Assert.Equal("containment.nothing_known", ContainmentTarget.Create("pc", ["127.0.0.1"], ["00:00:00:00:00:00"], null).Error?.Code);
        Assert.Equal("001a.2b3c.4d5e", ContainmentTarget.Create("pc", [], ["001a.2b3c.4d5e"], null).Value!.Macs[0].Replace(":", "", StringComparison.Ordinal).Insert(4, ".").Insert(9, "."));
        Assert.Equal("PC_K__To_n_01_x___reload", ContainmentTarget.Create("PC Kế Toán 01\"x\n;;reload", ["10.0.0.1"], [], null).Value!.Label);
    }

    [Fact]
    public void Seeded_fuzz_never_throws_and_accepted_values_stay_on_one_line_without_quotes()
    {
        var random = new Random(909);
        const string alphabet = "abcGi0123456789/.:-_ \n\r\"';$[]{}%fe80::ffff.";
        for (var i = 0; i < 5000; i++)
        {
            string Next() => new([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var target = ContainmentTarget.Create(Next(), [Next()], [Next()], Next());
            if (!target.IsSuccess)
            {
                continue;
            }

            foreach (var kind in ContainmentKits.All)
            {
                var text = ContainmentKits.Write(kind, [target.Value!])!.Text;
                var values = target.Value!.Addresses.Select(a => a.ToString()).Concat(target.Value.Macs).Append(target.Value.Label).Append(target.Value.SwitchInterface ?? "");
                Assert.All(values, v => Assert.DoesNotMatch("[\\s\"';$\\[\\]{}]", v));
                Assert.DoesNotContain('\r', text);
            }
        }
    }
}
