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
}
