namespace Vigil.Contracts.V1;

/// <summary>
/// A device model's lifecycle today. Status: unknown (no catalog entry covers the model), supported, end_of_sale,
/// end_of_sw_maintenance, end_of_security_support, end_of_support. The dates and source are those of the entry
/// that matched (<see cref="ModelPattern"/>); all null when none did.
/// </summary>
public sealed record DeviceLifecycleDto(
    string Status,
    string? ModelPattern,
    string? Series,
    DateOnly? EndOfSale,
    DateOnly? EndOfSoftwareMaintenance,
    DateOnly? EndOfSecuritySupport,
    DateOnly? LastDateOfSupport,
    string? Source);
