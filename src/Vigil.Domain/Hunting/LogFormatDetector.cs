using System.Text;
using System.Text.RegularExpressions;

namespace Vigil.Domain.Hunting;

/// <summary>Recognises a log format from its first lines and reads the header a columnar format declares.</summary>
public static partial class LogFormatDetector
{
    /// <summary>How much of the start of a file detection looks at.</summary>
    public const int HeadLength = 64 * 1024;

    public static LogFormat Detect(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, HeadLength)]);
        var lines = text.Split('\n', 40).Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).Take(30).ToList();
        if (lines.Count == 0)
        {
            return LogFormat.Text;
        }

        if (lines.Any(l => l.StartsWith("#separator", StringComparison.Ordinal) || l.StartsWith("#fields\t", StringComparison.Ordinal)))
        {
            return LogFormat.ZeekTsv;
        }

        if (lines.Any(l => l.StartsWith("#Software: Microsoft Windows Firewall", StringComparison.Ordinal) ||
                           l.StartsWith("#Fields: date time action protocol", StringComparison.Ordinal)))
        {
            return LogFormat.WindowsFirewall;
        }

        var json = lines.Where(l => l.TrimStart().StartsWith('{')).ToList();
        if (json.Count > 0 && json.Count * 2 >= lines.Count)
        {
            if (json.Any(l => l.Contains("\"event_type\"", StringComparison.Ordinal)))
            {
                return LogFormat.SuricataEve;
            }

            if (json.Any(l => l.Contains("\"id.orig_h\"", StringComparison.Ordinal) || l.Contains("\"uid\"", StringComparison.Ordinal) ||
                              l.Contains("\"fuid\"", StringComparison.Ordinal)))
            {
                return LogFormat.ZeekJson;
            }

            return LogFormat.Text;
        }

        if (lines.Any(l => WindowsDnsPacket().IsMatch(l)))
        {
            return LogFormat.WindowsDns;
        }

        if (lines.Count(l => SquidLine().IsMatch(l)) * 2 >= lines.Count)
        {
            return LogFormat.Squid;
        }

        if (lines.Any(l => l.Contains("%ASA-", StringComparison.Ordinal) || l.Contains("%FTD-", StringComparison.Ordinal)))
        {
            return LogFormat.CiscoAsa;
        }

        return lines.Any(l => CiscoIosMessage().IsMatch(l)) ? LogFormat.CiscoIos : LogFormat.Text;
    }

    /// <summary>The column names and separator of a Zeek TSV or Windows Firewall log, from its header lines.</summary>
    public static LogHeader ReadHeader(LogFormat format, ReadOnlySpan<byte> head)
    {
        if (format is not (LogFormat.ZeekTsv or LogFormat.WindowsFirewall))
        {
            return LogHeader.None;
        }

        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, HeadLength)]);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (format == LogFormat.ZeekTsv && line.StartsWith("#fields\t", StringComparison.Ordinal))
            {
                return new LogHeader(line.Split('\t')[1..], (byte)'\t');
            }

            if (format == LogFormat.WindowsFirewall && line.StartsWith("#Fields:", StringComparison.Ordinal))
            {
                return new LogHeader(line["#Fields:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries), (byte)' ');
            }
        }

        return LogHeader.None;
    }

    [GeneratedRegex(@"\bPACKET\s+[0-9A-Fa-f]+\s+(UDP|TCP)\s+(Rcv|Snd)\b")]
    private static partial Regex WindowsDnsPacket();

    [GeneratedRegex(@"^\d{9,10}\.\d{3}\s+-?\d+\s+\S+\s+[A-Z_]+/\d{3}\s+\d+\s+[A-Z_]+\s+\S+")]
    private static partial Regex SquidLine();

    [GeneratedRegex(@"%[A-Z][A-Z0-9_]*-\d-[A-Z0-9_]+:")]
    private static partial Regex CiscoIosMessage();
}
