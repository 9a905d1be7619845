namespace Vigil.Domain.Organisation;

/// <summary>What a unit of the organisation tree is. The tree has no fixed levels; the kind is descriptive.</summary>
public enum UnitKind
{
    Province,
    Commune,
    Ward,
    SpecialZone,
    Department,
    Agency,
    School,
    Clinic,
    Other,
}
