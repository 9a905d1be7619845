namespace Vigil.Contracts.V1;

/// <summary>A unit of the organisation tree as the API returns it.</summary>
public sealed record UnitDto(
    Guid Id,
    Guid? ParentId,
    string Code,
    string Name,
    string Kind,
    int Depth,
    string? FormerDistrict,
    string TimeZone,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail,
    string? Address,
    DateTime UpdatedAt);
