namespace Vigil.Domain.Inventory.Ocs;

/// <summary>
/// One child of <c>CONTENT</c> (a <c>HARDWARE</c>, one <c>SOFTWARES</c> entry…) as flat fields. Nested elements such as
/// <c>OPERATINGSYSTEM/TIMEZONE/OFFSET</c> are kept as "TIMEZONE/OFFSET"; the first value of a repeated field wins.
/// </summary>
internal sealed class OcsSection(string name)
{
    /// <summary>
    /// Up to this many fields are kept in a small array and found by comparing names, which for the ten or so fields
    /// of a section costs less than hashing them. Beyond it (no agent sends that many) a dictionary takes over, so a
    /// hostile section cannot make reading quadratic.
    /// </summary>
    private const int ComparedFields = 24;

    private KeyValuePair<string, string>[] _fields = new KeyValuePair<string, string>[12];
    private int _count;
    private Dictionary<string, string>? _index;

    public string Name { get; } = name;

    /// <summary>The trimmed value, or null when the field is missing or blank.</summary>
    public string? this[string field] => Find(field) is { } value ? OcsValues.Clean(value) : null;

    public IEnumerable<KeyValuePair<string, string>> Fields => _fields.Take(_count);

    public void Add(string field, string value)
    {
        if (_index is null ? IndexOf(field) >= 0 : !_index.TryAdd(field, value))
        {
            return;
        }

        if (_count == _fields.Length)
        {
            Array.Resize(ref _fields, _count * 2);
        }

        _fields[_count++] = new(field, value);
        if (_index is null && _count > ComparedFields)
        {
            _index = new Dictionary<string, string>(_fields.Take(_count), StringComparer.Ordinal);
        }
    }

    private string? Find(string field)
    {
        if (_index is not null)
        {
            return _index.GetValueOrDefault(field);
        }

        var at = IndexOf(field);
        return at >= 0 ? _fields[at].Value : null;
    }

    private int IndexOf(string field)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_fields[i].Key, field, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
