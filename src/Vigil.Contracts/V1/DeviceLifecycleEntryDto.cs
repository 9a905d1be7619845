namespace Vigil.Contracts.V1;

/// <summary>One entry of the effective lifecycle catalog; Origin is "default" (embedded) or "imported".</summary>
public sealed record DeviceLifecycleEntryDto(
    string Vendor,
    string ModelPattern,
    string? Series,
    DateOnly? EndOfSale,
    DateOnly? EndOfSoftwareMaintenance,
    DateOnly? EndOfSecuritySupport,
    DateOnly? LastDateOfSupport,
    string? Source,
    string Origin);
