using Vigil.Domain.Common;

namespace Vigil.Domain.Assets;

/// <summary>The latest report one source gave about a device (one row per device and source), kept as evidence.</summary>
public sealed class NetworkDeviceReport : IUnitOwned
{
    public Guid DeviceId { get; set; }

    /// <summary>"cli" or "import" (spreadsheet).</summary>
    public string Source { get; set; } = "";

    public Guid UnitId { get; set; }

    public DateTime ObservedAt { get; set; }

    /// <summary>The parsed facts as JSON (the same shape as the parse preview).</summary>
    public string FactsJson { get; set; } = "{}";
}
