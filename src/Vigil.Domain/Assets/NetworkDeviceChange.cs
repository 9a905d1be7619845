using Vigil.Domain.Common;

namespace Vigil.Domain.Assets;

/// <summary>One field of a network device that a report changed; "created" when the device first appeared.</summary>
public sealed class NetworkDeviceChange : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid DeviceId { get; set; }

    public Guid UnitId { get; set; }

    public DateTime At { get; set; }

    public string Source { get; set; } = "";

    public string Field { get; set; } = "";

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    /// <summary>Who stored the report.</summary>
    public string Actor { get; set; } = "";
}
