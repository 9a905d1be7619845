using Vigil.Domain.Common;

namespace Vigil.Domain.Assets;

/// <summary>
/// A verified firmware update: a report showed the device at or above its baseline where the previous one showed it
/// below. These are what the directive report counts as "updated successfully"; the versions are the evidence.
/// </summary>
public sealed class FirmwareUpdateEvent : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid DeviceId { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>When Vigil recorded the event.</summary>
    public DateTime At { get; set; }

    /// <summary>When the new version was observed.</summary>
    public DateTime ObservedAt { get; set; }

    public string Source { get; set; } = "";

    public string SoftwareFamily { get; set; } = "";

    public string OldVersion { get; set; } = "";

    public string NewVersion { get; set; } = "";

    /// <summary>The baseline in force when the update was verified.</summary>
    public string BaselineVersion { get; set; } = "";

    public string Actor { get; set; } = "";
}
