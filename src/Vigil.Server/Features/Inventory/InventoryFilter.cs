namespace Vigil.Server.Features.Inventory;

/// <summary>
/// Filters of the inventory list; all optional. Text values are as in the API: <see cref="OsFamily"/> "Windows",
/// "Linux"…, <see cref="Source"/> "agent", "ocs", "import"…, <see cref="Sort"/> "hostname", "unit", "os", "ram",
/// "lastSeen" or "conflicts", with a leading "-" for descending.
/// </summary>
public sealed record InventoryFilter
{
    public Guid? UnitId { get; init; }

    /// <summary>With <see cref="UnitId"/>: include the units below it (default).</summary>
    public bool IncludeSubtree { get; init; } = true;

    public string? OsFamily { get; init; }

    /// <summary>Product line such as "Windows 7".</summary>
    public string? OsRelease { get; init; }

    /// <summary>
    /// Only release lines past their end of support as of today
    /// (<see cref="Domain.Compliance.Catalogs.OsLifecycleCatalog.UnsupportedReleasesAsOf"/>: judged by the line's general
    /// channel, so every Windows 10 counts from 15/10/2025, LTSC editions included).
    /// </summary>
    public bool Unsupported { get; init; }

    public bool Personal { get; init; }

    /// <summary>Only computers no source has seen for <see cref="InventoryOptions.StaleAfterDays"/>.</summary>
    public bool Stale { get; init; }

    public string? Source { get; init; }

    /// <summary>Only retired (replaced) computers; without it they are left out of the list and its counts.</summary>
    public bool Retired { get; init; }

    /// <summary>Only computers with open conflicts.</summary>
    public bool Conflicts { get; init; }

    /// <summary>Part of a hostname, owner, serial number, MAC or IP address.</summary>
    public string? Search { get; init; }

    public string? Sort { get; init; }

    public int Page { get; init; } = 1;
}
