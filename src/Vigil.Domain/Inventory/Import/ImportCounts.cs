namespace Vigil.Domain.Inventory.Import;

/// <summary>How many rows of one kind an import adds, changes and leaves as they were.</summary>
public sealed record ImportCounts(int New, int Updated, int Unchanged)
{
    public static ImportCounts Of(IEnumerable<ImportAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        int n = 0, u = 0, same = 0;
        foreach (var action in actions)
        {
            _ = action switch
            {
                ImportAction.New => n++,
                ImportAction.Updated => u++,
                _ => same++,
            };
        }

        return new ImportCounts(n, u, same);
    }
}
