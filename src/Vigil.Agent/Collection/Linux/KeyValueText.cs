namespace Vigil.Agent.Collection.Linux;

/// <summary>Parsers for the small text formats of /etc and /proc. None of them throws on odd input.</summary>
internal static class KeyValueText
{
    /// <summary>os-release(5): KEY=value lines, values optionally quoted with shell escapes.</summary>
    public static Dictionary<string, string> ParseOsRelease(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (line.StartsWith('#') || eq <= 0)
            {
                continue;
            }

            var value = line[(eq + 1)..].Trim();
            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
            {
                value = value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\$", "$", StringComparison.Ordinal)
                    .Replace("\\`", "`", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            }

            result[line[..eq].Trim()] = value;
        }

        return result;
    }

    /// <summary>"name : value" lines (/proc/cpuinfo, /proc/meminfo); blank lines separate records.</summary>
    public static List<Dictionary<string, string>> ParseColonRecords(string text)
    {
        var records = new List<Dictionary<string, string>>();
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var colon = raw.IndexOf(':', StringComparison.Ordinal);
            if (raw.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    records.Add(current);
                    current = new(StringComparer.Ordinal);
                }

                continue;
            }

            if (colon > 0)
            {
                current.TryAdd(raw[..colon].Trim(), raw[(colon + 1)..].Trim());
            }
        }

        if (current.Count > 0)
        {
            records.Add(current);
        }

        return records;
    }
}
