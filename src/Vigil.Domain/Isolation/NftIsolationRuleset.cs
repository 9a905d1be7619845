using System.Text;

namespace Vigil.Domain.Isolation;

/// <summary>
/// The Linux side of isolation: one nftables table, <c>inet vigil_isolation</c>, with input, output and forward
/// chains whose policy is drop, accepting only loopback, the server endpoints, DNS to the listed servers, DHCP and
/// the ICMP that IPv6 neighbour discovery and path MTU need. The text declares the table, deletes it and declares
/// it again filled, so one <c>nft -f</c> transaction replaces any previous isolation atomically: either the new
/// rules are all in force or nothing changed. Matching is stateless (address and port of both directions), so
/// connections to other hosts that were open before isolation die too.
/// </summary>
public static class NftIsolationRuleset
{
    public const string Family = "inet";

    public const string TableName = "vigil_isolation";

    /// <summary>
    /// Deletes the table (declaring it first, so removing an absent isolation succeeds too); the host's own rules live
    /// in other tables and were never touched, so this restores them.
    /// </summary>
    public static string RemoveText => $"table {Family} {TableName} {{\n}}\ndelete table {Family} {TableName}\n";

    public static string Generate(IsolationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var input = new List<string> { "iifname \"lo\" accept" };
        var output = new List<string> { "oifname \"lo\" accept" };
        foreach (var e in policy.ServerEndpoints)
        {
            var ip = e.IsV6 ? "ip6" : "ip";
            input.Add($"{ip} saddr {e.Address} {e.Protocol} sport {e.Port} accept");
            output.Add($"{ip} daddr {e.Address} {e.Protocol} dport {e.Port} accept");
        }

        foreach (var dns in policy.DnsServers)
        {
            var ip = dns.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "ip6" : "ip";
            foreach (var protocol in new[] { "udp", "tcp" })
            {
                input.Add($"{ip} saddr {dns} {protocol} sport 53 accept");
                output.Add($"{ip} daddr {dns} {protocol} dport 53 accept");
            }
        }

        if (policy.AllowDhcp)
        {
            input.Add("udp sport 67 udp dport 68 accept");
            output.Add("udp sport 68 udp dport 67 accept");
            input.Add("udp sport 547 udp dport 546 accept");
            output.Add("udp sport 546 udp dport 547 accept");
        }

        // Without neighbour discovery IPv6 stops working even towards the server; path MTU errors keep TCP alive.
        input.Add("icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, nd-router-advert, packet-too-big, destination-unreachable, time-exceeded } accept");
        output.Add("icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert, nd-router-solicit } accept");
        input.Add("icmp type { destination-unreachable, time-exceeded } accept");
        input.Add("counter comment \"dropped by vigil isolation\"");
        output.Add("counter comment \"dropped by vigil isolation\"");

        var text = new StringBuilder();
        text.Append("# Vigil host isolation. Load: nft -f FILE (replaces table ").Append(Family).Append(' ').Append(TableName).Append(" atomically)\n");
        text.Append("# Allowed: ").Append(string.Join(", ", policy.ServerEndpoints)).Append('\n');
        text.Append(RemoveText);
        text.Append("table ").Append(Family).Append(' ').Append(TableName).Append(" {\n");
        Chain(text, "input", input);
        Chain(text, "output", output);
        Chain(text, "forward", []);
        text.Append("}\n");
        return text.ToString();
    }

    // Priority filter - 20: before the distribution's filter chains, so their accepts cannot open what isolation closes
    // (an accept here is not final; a drop is).
    private static void Chain(StringBuilder text, string hook, List<string> rules)
    {
        text.Append("\tchain ").Append(hook).Append(" {\n\t\ttype filter hook ").Append(hook).Append(" priority filter - 20; policy drop;\n");
        foreach (var rule in rules)
        {
            text.Append("\t\t").Append(rule).Append('\n');
        }

        text.Append("\t}\n");
    }
}
