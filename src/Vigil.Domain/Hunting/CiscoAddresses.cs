using System.Net;

namespace Vigil.Domain.Hunting;

/// <summary>
/// The source and destination of the Cisco messages that name a connection, so a hit knows which side is the office's
/// machine: ASA "src iface:a/p dst iface:b/p" (106023 and kin), "from a/p to b/p" (106001, 106015…), "Built inbound|
/// outbound … for iface:a/p (…) to iface:b/p" (302013/302015: an outbound connection starts on the second side), "a
/// Accessed URL b:…" (304001), and IOS access-list logs "a(p) -> b(p)". Anything else leaves both unknown.
/// </summary>
internal static class CiscoAddresses
{
    public static (string? Src, string? Dst) Read(string message)
    {
        if (Between(message, " src ", " dst ") is { } src)
        {
            return (Address(src), Address(Word(message, " dst ")));
        }

        if (message.Contains(" Accessed URL ", StringComparison.Ordinal))
        {
            var client = message[..message.IndexOf(" Accessed URL ", StringComparison.Ordinal)];
            var server = Word(message, " Accessed URL ");
            var colon = server?.IndexOf(":http", StringComparison.OrdinalIgnoreCase) ?? -1;
            return (Address(client[(client.LastIndexOf(' ') + 1)..]), colon > 0 ? Address(server![..colon]) : null);
        }

        var built = message.IndexOf("Built ", StringComparison.Ordinal);
        if (built >= 0 && Between(message, " for ", " to ") is { } first)
        {
            var second = Address(Word(message, " to "));
            var outbound = message.AsSpan(built).StartsWith("Built outbound", StringComparison.Ordinal);
            return outbound ? (second, Address(first)) : (Address(first), second);
        }

        if (Between(message, " from ", " to ") is { } from)
        {
            return (Address(from), Address(Word(message, " to ")));
        }

        var arrow = message.IndexOf(" -> ", StringComparison.Ordinal);
        if (arrow > 0)
        {
            var before = message[..arrow];
            return (Address(before[(before.LastIndexOf(' ') + 1)..]), Address(Word(message, " -> ")));
        }

        return (null, null);
    }

    /// <summary>The word right after <paramref name="marker"/>, when the next marker follows it directly.</summary>
    private static string? Between(string message, string marker, string next)
    {
        var word = Word(message, marker);
        if (word is null)
        {
            return null;
        }

        var after = message.IndexOf(marker, StringComparison.Ordinal) + marker.Length + word.Length;
        var rest = message.AsSpan(after).TrimStart();
        // "for outside:a/p (a/p) to …": the mapped address in brackets may stand between the two.
        if (rest.StartsWith("(") && rest.IndexOf(')') is var close and > 0)
        {
            rest = rest[(close + 1)..].TrimStart();
        }

        return (" " + rest.ToString()).StartsWith(next, StringComparison.Ordinal) ? word : null;
    }

    private static string? Word(string message, string marker)
    {
        var at = message.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = at + marker.Length;
        var end = message.IndexOfAny([' ', ',', '\t'], start);
        return end < 0 ? message[start..] : message[start..end];
    }

    /// <summary>"iface:addr/port", "addr/port", "addr(port)" or "addr" → the address, or null when it is not one.</summary>
    private static string? Address(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && !IPAddress.TryParse(token, out _))
        {
            token = token[(colon + 1)..];
        }

        var cut = token.IndexOfAny(['/', '(']);
        if (cut >= 0)
        {
            token = token[..cut];
        }

        // IPAddress also reads "1234" and "1.2" as IPv4; a log names an address as a dotted quad.
        return IPAddress.TryParse(token, out var address) &&
            (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 || token.Count(c => c == '.') == 3)
            ? token
            : null;
    }
}
