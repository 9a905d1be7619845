using System.Net;
using Vigil.Domain.Isolation;
using Vigil.Domain.Tests.Indicators.Export;

namespace Vigil.Domain.Tests.Isolation;

public sealed class IsolationRulesetTests
{
    private static IsolationPolicy Policy(params string[] servers) =>
        IsolationPolicy.Create(servers.Select(IPAddress.Parse), 8443, [IPAddress.Parse("10.0.0.53"), IPAddress.Parse("2001:db8::53")], allowDhcp: true).Value!;

    private static RealTool.Result Check(string text) => NftCheck.Run(text);

    [Fact]
    public void The_ruleset_is_accepted_by_nft_for_ipv4_and_ipv6_servers()
    {
        Check(NftIsolationRuleset.Generate(Policy("10.1.2.3", "2001:db8::10"))).AssertOk("nft -c");
        Check(NftIsolationRuleset.RemoveText).AssertOk("nft -c (remove)");
        Check(NftIsolationRuleset.Generate(Policy("10.1.2.3")).Replace("policy drop;", "policy dropp;", StringComparison.Ordinal)).AssertRejected("nft -c");
    }

    [Fact]
    public void The_ruleset_replaces_one_table_and_allows_only_server_dns_dhcp_and_loopback()
    {
        var text = NftIsolationRuleset.Generate(IsolationPolicy.Create([IPAddress.Parse("10.1.2.3")], 443, [IPAddress.Parse("10.0.0.53")], allowDhcp: false).Value!);

        Assert.Equal("""
            # Vigil host isolation. Load: nft -f FILE (replaces table inet vigil_isolation atomically)
            # Allowed: 10.1.2.3:443/tcp
            table inet vigil_isolation {
            }
            delete table inet vigil_isolation
            table inet vigil_isolation {
            	chain input {
            		type filter hook input priority filter - 20; policy drop;
            		iifname "lo" accept
            		ip saddr 10.1.2.3 tcp sport 443 accept
            		ip saddr 10.0.0.53 udp sport 53 accept
            		ip saddr 10.0.0.53 tcp sport 53 accept
            		icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, nd-router-advert, packet-too-big, destination-unreachable, time-exceeded } accept
            		icmp type { destination-unreachable, time-exceeded } accept
            		counter comment "dropped by vigil isolation"
            	}
            	chain output {
            		type filter hook output priority filter - 20; policy drop;
            		oifname "lo" accept
            		ip daddr 10.1.2.3 tcp dport 443 accept
            		ip daddr 10.0.0.53 udp dport 53 accept
            		ip daddr 10.0.0.53 tcp dport 53 accept
            		icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, nd-router-solicit } accept
            		counter comment "dropped by vigil isolation"
            	}
            	chain forward {
            		type filter hook forward priority filter - 20; policy drop;
            	}
            }

            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void A_policy_needs_a_server_address_and_refuses_addresses_that_open_a_segment()
    {
        Assert.Equal("isolation.no_server_address", IsolationPolicy.Create([], 443, [], true).Error?.Code);
        Assert.Equal("isolation.port_invalid", IsolationPolicy.Create([IPAddress.Loopback], 0, [], true).Error?.Code);
        Assert.Equal("isolation.address_invalid", IsolationPolicy.Create([IPAddress.Parse("224.0.0.1")], 443, [], true).Error?.Code);
        Assert.Equal("isolation.address_invalid", IsolationPolicy.Create([IPAddress.Any], 443, [], true).Error?.Code);
        Assert.Equal("isolation.address_invalid", IsolationPolicy.Create([IPAddress.Parse("10.0.0.1")], 443, [IPAddress.Parse("ff02::1")], true).Error?.Code);

        var mapped = IsolationPolicy.Create([IPAddress.Parse("::ffff:10.0.0.1"), IPAddress.Parse("10.0.0.1")], 443, [], true).Value!;
        Assert.Equal("10.0.0.1:443/tcp", Assert.Single(mapped.ServerEndpoints).ToString());
    }
}
