using Vigil.Contracts.V1;
using Vigil.Domain.Assets;
using Vigil.Domain.Compliance.Catalogs;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// What an inventory filter chose: the unit's computers before the other filters (for the counts), the filtered
/// computers, the same in the list's order, and what turns a row into the list's summary.
/// </summary>
internal sealed record InventorySelection(
    IQueryable<Computer> Scoped,
    IQueryable<Computer> Filtered,
    IQueryable<Computer> Sorted,
    Dictionary<Guid, InventoryUnits.Info> Units,
    DateTime Now,
    DateTime StaleBefore,
    DateOnly Today,
    string[] Unsupported,
    OsLifecycleCatalog Lifecycle)
{
    public ComputerSummaryDto Summary(Computer c) =>
        c.ToSummary(Units.GetValueOrDefault(c.UnitId) ?? InventoryUnits.Unknown(c.UnitId), StaleBefore, Today, Lifecycle);
}
