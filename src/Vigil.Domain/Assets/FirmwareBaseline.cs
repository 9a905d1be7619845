using Vigil.Domain.Common;

namespace Vigil.Domain.Assets;

/// <summary>
/// The minimum recommended software version of a unit's devices of one family, or of one model of it (an empty
/// <see cref="Model"/> means the whole family; a model's baseline wins over the family's).
/// </summary>
public sealed class FirmwareBaseline : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>A <c>CiscoOsFamilies</c> code.</summary>
    public string SoftwareFamily { get; set; } = "";

    /// <summary>A product id (WS-C2960X-48FPD-L), or "" for every model of the family.</summary>
    public string Model { get; set; } = "";

    public string MinimumVersion { get; set; } = "";

    public string? Note { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}
