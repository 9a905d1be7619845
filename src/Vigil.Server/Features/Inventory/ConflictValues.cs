namespace Vigil.Server.Features.Inventory;

/// <summary>Reads a conflict's stored values, one "source (key): value" or "source: value" line per source.</summary>
internal static class ConflictValues
{
    public sealed record Line(string Source, string? SourceKey, string Value);

    public static List<Line> Parse(string? values)
    {
        var lines = new List<Line>();
        foreach (var raw in (values ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // The label is one word; the key is what stands in the first parentheses; the value follows "): " or ": ".
            var space = raw.IndexOf(' ', StringComparison.Ordinal);
            var colon = raw.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            if (space > 0 && space < colon && raw[space + 1] == '(' && raw.IndexOf("): ", space, StringComparison.Ordinal) is var close and > 0)
            {
                lines.Add(new Line(raw[..space], raw[(space + 2)..close], raw[(close + 3)..]));
            }
            else
            {
                lines.Add(new Line(raw[..colon], null, raw[(colon + 1)..].Trim()));
            }
        }

        return lines;
    }
}
