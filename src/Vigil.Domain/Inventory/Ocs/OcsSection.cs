namespace Vigil.Domain.Inventory.Ocs;

/// <summary>
/// One child of <c>CONTENT</c> (a <c>HARDWARE</c>, one <c>SOFTWARES</c> entry…) as flat fields. Nested elements such as
/// <c>OPERATINGSYSTEM/TIMEZONE/OFFSET</c> are kept as "TIMEZONE/OFFSET"; the first value of a repeated field wins.
/// </summary>
internal sealed class OcsSection(string name)
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    /// <summary>The trimmed value, or null when the field is missing or blank.</summary>
    public string? this[string field] => _fields.TryGetValue(field, out var value) ? OcsValues.Clean(value) : null;

    public void Add(string field, string value) => _fields.TryAdd(field, value);
}
