using Vigil.Domain.Common;

namespace Vigil.Domain.Indicators.Stored;

/// <summary>An indicator in a pack. Owned by the pack's publishing unit; readable wherever the pack is.</summary>
public sealed class PackMember : IUnitOwned
{
    public Guid PackId { get; set; }

    public Guid IndicatorId { get; set; }

    public Guid UnitId { get; set; }
}
