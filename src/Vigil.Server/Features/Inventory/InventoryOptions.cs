namespace Vigil.Server.Features.Inventory;

/// <summary>Inventory settings, bound from <c>Vigil:Inventory</c>.</summary>
public sealed class InventoryOptions
{
    public const string SectionName = "Vigil:Inventory";

    /// <summary>
    /// A computer no source has seen for this many days is shown as stale (default 30: a monthly sweep should have
    /// refreshed it). Agents report daily and OCS at its own interval, so a stale machine is off, gone, or unreported.
    /// </summary>
    public int StaleAfterDays { get; set; } = 30;
}
