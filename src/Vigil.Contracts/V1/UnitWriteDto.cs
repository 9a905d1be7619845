namespace Vigil.Contracts.V1;

/// <summary>Body to create a unit (all fields) or update one (ParentId is ignored: moving is its own call).</summary>
public sealed record UnitWriteDto(
    Guid? ParentId,
    string? Code,
    string? Name,
    string? Kind,
    string? FormerDistrict,
    string? TimeZone,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail,
    string? Address);
