namespace Vigil.Domain.Directives;

/// <summary>What a unit officer types for one figure: a value that replaces the measurement, and the justification.</summary>
public sealed record FigureEntry(string Key, long? Reported, string? Justification);
