namespace Vigil.Domain.Directives;

/// <summary>
/// One figure of a report: what Vigil measured (null for manual figures), what the unit reports, and why they differ.
/// Both values are kept so the coordinator sees every override.
/// </summary>
public sealed record FigureValue(string Key, long? Measured, long? Reported, string? Justification)
{
    /// <summary>The value the report stands for: the unit's figure when given, else the measurement.</summary>
    public long? Value => Reported ?? Measured;

    public bool IsOverride => Reported is not null && Reported != Measured;
}
