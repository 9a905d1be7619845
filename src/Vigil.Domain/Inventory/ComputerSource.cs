using Vigil.Domain.Common;

namespace Vigil.Domain.Inventory;

/// <summary>The latest full report one source made about one computer, kept whole so views can show every fact.</summary>
public sealed class ComputerSource : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid ComputerId { get; set; }

    public Guid UnitId { get; set; }

    public InventorySource Source { get; set; }

    /// <summary>The source's own device key (OCS DEVICEID, agent id, sheet key); unique per source.</summary>
    public string SourceKey { get; set; } = "";

    public DateTime ObservedAt { get; set; }

    public DateTime FirstSeenAt { get; set; }

    /// <summary>SHA-256 of the canonical snapshot JSON: equal hashes mean an unchanged re-report.</summary>
    public string SnapshotHash { get; set; } = "";

    public string SnapshotJson { get; set; } = "";
}
