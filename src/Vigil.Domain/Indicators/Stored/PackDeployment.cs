using Vigil.Domain.Common;

namespace Vigil.Domain.Indicators.Stored;

/// <summary>A unit's confirmation that it deployed a pack somewhere (a firewall, an IDS, the DNS resolver, endpoints).</summary>
public sealed class PackDeployment : IUnitOwned
{
    /// <summary>The kinds of <see cref="Kind"/>.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["firewall", "ids", "dns", "endpoint"];

    public Guid Id { get; set; }

    public Guid PackId { get; set; }

    /// <summary>The unit that deployed it; only that unit records it.</summary>
    public Guid UnitId { get; set; }

    public string Kind { get; set; } = "";

    /// <summary>Free text: "FortiGate 100F at the ward office".</summary>
    public string Location { get; set; } = "";

    public string? Note { get; set; }

    public DateTime DeployedAt { get; set; }

    public Guid? RecordedById { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAt { get; set; }
}
