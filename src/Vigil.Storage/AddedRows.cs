using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Vigil.Storage;

/// <summary>New rows of one unit of work, their column values copied, grouped by entity type, ready for <see cref="AddedRowWriter"/>.</summary>
public sealed class AddedRows
{
    internal AddedRows(Dictionary<IEntityType, List<object?[]>> byType, int count)
    {
        ByType = byType;
        Count = count;
    }

    internal Dictionary<IEntityType, List<object?[]>> ByType { get; }

    public int Count { get; }

    /// <summary>The tables the rows go to, with the number of rows for each.</summary>
    public IEnumerable<(string Table, int Rows)> Tables =>
        ByType.Select(t => (t.Key.GetTableName() ?? throw new InvalidOperationException("An added row has no table."), t.Value.Count));
}
