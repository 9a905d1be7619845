using System.Text;

namespace Vigil.Domain.Hunting;

/// <summary>Windows DNS debug log lines, and the token scan used for Cisco syslog and any other text.</summary>
internal static class TextLineReader
{
    /// <summary>
    /// "4/21/2017 7:52:03 AM 06B0 PACKET 00000000028657F0 UDP Snd 10.2.0.1 6590 R Q [8081 DR NOERROR] A (7)example(3)com(0)":
    /// the question name in wire form (length-prefixed labels) is turned into "example.com"; the remote address is the
    /// source of a received packet and the destination of a sent one.
    /// </summary>
    public static void ReadWindowsDns(HuntLine hunt, ReadOnlySpan<byte> line)
    {
        var text = Encoding.UTF8.GetString(line);
        var tokens = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var packet = Array.IndexOf(tokens, "PACKET");
        if (packet < 1 || tokens.Length < packet + 5)
        {
            hunt.Match("text", line, HuntValueKinds.All);
            return;
        }

        hunt.Timestamp = string.Join(' ', tokens[..(packet - 1)]);
        var received = tokens[packet + 3] == "Rcv";
        var remote = tokens[packet + 4];
        if (received)
        {
            hunt.Src = remote;
        }
        else
        {
            hunt.Dst = remote;
        }

        hunt.Match("remote_ip", Encoding.UTF8.GetBytes(remote), HuntValueKinds.Address);
        var question = WireName(tokens[^1]);
        hunt.Match("question_name", Encoding.UTF8.GetBytes(question), HuntValueKinds.Domain);
    }

    /// <summary>"(3)www(6)google(3)com(0)" → "www.google.com"; a dotted name (".ns1.example.com.") is kept.</summary>
    internal static string WireName(string value)
    {
        if (!value.StartsWith('('))
        {
            return value;
        }

        var name = new StringBuilder();
        var position = 0;
        while (position < value.Length && value[position] == '(')
        {
            var close = value.IndexOf(')', position);
            if (close < 0 || !int.TryParse(value.AsSpan(position + 1, close - position - 1), out var length) || length == 0)
            {
                break;
            }

            var labelEnd = Math.Min(value.Length, close + 1 + length);
            if (name.Length > 0)
            {
                name.Append('.');
            }

            name.Append(value, close + 1, labelEnd - close - 1);
            position = labelEnd;
        }

        return name.ToString();
    }

    /// <summary>Cisco ASA and IOS syslog: the message is token-scanned; the time is the syslog header before the "%" tag.</summary>
    public static void ReadCisco(HuntLine hunt, ReadOnlySpan<byte> line)
    {
        var tag = line.IndexOf("%"u8);
        if (tag > 0)
        {
            var header = Encoding.UTF8.GetString(line[..tag]).Trim().TrimEnd(':').Trim();
            hunt.Timestamp = header.Length is > 0 and <= 64 ? header : null;
        }

        (hunt.Src, hunt.Dst) = CiscoAddresses.Read(Encoding.UTF8.GetString(tag > 0 ? line[tag..] : line));
        hunt.Match("message", line, HuntValueKinds.All);
    }
}
