namespace Vigil.Domain.Organisation;

/// <summary>A node of the organisation tree (province, commune/ward, agency, school, clinic…).</summary>
/// <remarks>
/// <see cref="Path"/> is the materialised path of ancestor ids ("/root/…/self/") so that a subtree is one
/// prefix comparison; it is maintained by <see cref="UnitTree"/> whenever a unit is created or moved.
/// </remarks>
public sealed class OrgUnit
{
    public Guid Id { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>Unique, stable code used in imports and reports (e.g. <c>DB-MUONGANG</c>).</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public UnitKind Kind { get; set; }

    public string Path { get; set; } = "";

    public int Depth { get; set; }

    /// <summary>The district the unit belonged to before districts were abolished on 1/7/2025, kept for history.</summary>
    public string? FormerDistrict { get; set; }

    /// <summary>IANA zone in which the unit's deadlines and dates are shown.</summary>
    public string TimeZone { get; set; } = UnitTree.DefaultTimeZone;

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public string? Address { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
