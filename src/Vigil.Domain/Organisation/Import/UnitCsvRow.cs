namespace Vigil.Domain.Organisation.Import;

/// <summary>One valid, normalised row of an organisation CSV.</summary>
/// <param name="Row">1-based row of the file (header = 1), kept so later steps can point at it.</param>
/// <param name="ParentCode">Null for a root unit.</param>
public sealed record UnitCsvRow(
    int Row,
    string Code,
    string Name,
    string? ParentCode,
    UnitKind Kind,
    string? FormerDistrict,
    string TimeZone,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail,
    string? Address);
