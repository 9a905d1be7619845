namespace Vigil.Contracts.V1;

/// <summary>A unit's minimum recommended version for a software family, or for one model of it (model "" = the whole family).</summary>
public sealed record FirmwareBaselineDto(Guid Id, Guid UnitId, string SoftwareFamily, string Model, string MinimumVersion, string? Note, DateTime UpdatedAt, string UpdatedBy);

/// <summary>Create or replace the baseline of (family, model) in a unit.</summary>
public sealed record FirmwareBaselineWriteDto(string? SoftwareFamily, string? Model, string? MinimumVersion, string? Note);

/// <summary>How many baselines an import created, replaced or left unchanged.</summary>
public sealed record FirmwareBaselineImportDto(int Created, int Updated, int Unchanged);
