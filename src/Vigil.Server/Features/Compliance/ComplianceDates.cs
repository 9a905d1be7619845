using Vigil.Server.Features.Inventory;

namespace Vigil.Server.Features.Compliance;

/// <summary>"As of" days are calendar days in the province's zone, like support end dates.</summary>
internal static class ComplianceDates
{
    public static DateOnly Today(TimeProvider clock) => InventoryUnits.Today(clock.GetUtcNow().UtcDateTime);
}
