namespace Vigil.Domain.Indicators.Import;

/// <summary>
/// What happened to one line or item. <see cref="Code"/> is stable ("imported", "skipped.duplicate",
/// "rejected.invalid_value"…); <see cref="Reason"/> explains it (for an import, a note such as a refang or a CIDR
/// alignment); <see cref="Raw"/> is the text read, shortened.
/// </summary>
public sealed record ImportEntry(ImportLocation Location, ImportOutcome Outcome, string Code, string? Reason, string? Raw, IndicatorValue? Value);
