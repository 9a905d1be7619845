using Vigil.Domain.Common;

namespace Vigil.Domain.Incidents;

/// <summary>One affected computer, device, unit or hit indicator of an incident; the rows dedupe alerts onto it.</summary>
public sealed class IncidentAsset : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid IncidentId { get; set; }

    /// <summary>The incident's unit.</summary>
    public Guid UnitId { get; set; }

    public IncidentAssetKind Kind { get; set; }

    /// <summary>The computer, device or unit id; null for an indicator.</summary>
    public Guid? RefId { get; set; }

    /// <summary>What people read: hostname, device name, unit name or the normalised indicator value.</summary>
    public string Label { get; set; } = "";

    public DateTime AddedAt { get; set; }
}
