using System.Text;

namespace Vigil.Agent.Collection.Windows;

/// <summary>
/// Parses PowerShell "Format-List" output (Get-CimInstance, Get-WmiObject, Get-ItemProperty) and WMIC "/Format:List"
/// output into property bags: "Name : value" (or "Name=value") lines, records separated by blank lines, long values
/// wrapped onto indented continuation lines. Prompts and command lines are skipped; a name seen twice in one record
/// keeps its first value (Get-WmiObject prints some properties again, formatted for display). Never throws.
/// </summary>
internal static class FormatListParser
{
    public static List<PropertyBag> Parse(string? text)
    {
        var records = new List<PropertyBag>();
        if (string.IsNullOrEmpty(text))
        {
            return records;
        }

        Dictionary<string, string?>? current = null;
        string? lastKey = null;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (char.IsWhiteSpace(raw[0]))
            {
                // A wrapped value; PowerShell breaks at a space, so one space joins the parts again.
                if (current is not null && lastKey is not null && current[lastKey] is var previous)
                {
                    current[lastKey] = (previous ?? "").TrimEnd() + " " + line.Trim();
                }

                continue;
            }

            if (!TrySplit(line, out var key, out var value))
            {
                lastKey = null;
                continue;
            }

            current ??= new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            if (current.TryAdd(key, value.Length == 0 ? null : value))
            {
                lastKey = key;
            }
            else
            {
                lastKey = null;
            }
        }

        Flush();
        return records;

        void Flush()
        {
            if (current is { Count: > 0 })
            {
                records.Add(new PropertyBag(current));
            }

            current = null;
            lastKey = null;
        }
    }

    /// <summary>"Name   : value", "Name :" or "Name=value", where Name is an identifier (so "PS C:\&gt;" is not a property).</summary>
    private static bool TrySplit(string line, out string key, out string value)
    {
        key = "";
        value = "";
        var i = 0;
        if (!(char.IsAsciiLetter(line[0]) || line[0] == '_'))
        {
            return false;
        }

        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] == '_'))
        {
            i++;
        }

        var nameEnd = i;
        if (i < line.Length && line[i] == '=')
        {
            key = line[..nameEnd];
            value = line[(i + 1)..].Trim();
            return true;
        }

        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        if (i >= line.Length || line[i] != ':' || (i + 1 < line.Length && line[i + 1] != ' '))
        {
            return false;
        }

        key = line[..nameEnd];
        value = new StringBuilder(line[(i + 1)..].Trim()).ToString();
        return true;
    }
}
