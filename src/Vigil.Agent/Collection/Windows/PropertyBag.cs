using System.Globalization;

namespace Vigil.Agent.Collection.Windows;

/// <summary>
/// One WMI/CIM instance or registry key as name → text, whatever produced it: System.Management on a real Windows
/// machine, or a recorded "Format-List" output in tests and support. Names are case-insensitive, like WMI's.
/// </summary>
internal sealed class PropertyBag(IReadOnlyDictionary<string, string?> values)
{
    public IReadOnlyDictionary<string, string?> Values { get; } = values;

    public string? this[string name] => String(name);

    public string? String(string name) =>
        Values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public long? Long(string name) =>
        long.TryParse(String(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public int? Int(string name) => Long(name) is { } v and >= int.MinValue and <= int.MaxValue ? (int)v : null;

    public bool? Bool(string name) => String(name)?.ToLowerInvariant() switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => null,
    };

    public DateTime? Date(string name) => CimDateTime.Parse(String(name));

    /// <summary>An array property as PowerShell prints it: "{a, b, c}" (a trailing "…" marks a cut list).</summary>
    public IReadOnlyList<string> List(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return [];
        }

        if (text.StartsWith('{') && text.EndsWith('}'))
        {
            text = text[1..^1];
        }

        return text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => s.TrimEnd('…')).Where(s => s.Length > 0).ToList();
    }
}
