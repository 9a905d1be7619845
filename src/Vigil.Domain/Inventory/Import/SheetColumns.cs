namespace Vigil.Domain.Inventory.Import;

/// <summary>The columns a sheet's header row named: which column index holds which key, under what header.</summary>
internal sealed class SheetColumns(string sheet, int headerRow)
{
    private readonly Dictionary<string, (int Index, string Header)> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<int> _known = [];

    public string Sheet { get; } = sheet;

    public int HeaderRow { get; } = headerRow;

    public void Add(InventoryColumn column, int index, string header)
    {
        _byKey[column.Key] = (index, header);
        _known.Add(index);
    }

    public void Ignore(int index) => _known.Add(index);

    public (int Index, string Header)? Find(string key) => _byKey.TryGetValue(key, out var found) ? found : null;

    public bool Knows(int index) => _known.Contains(index);
}
