namespace Vigil.Domain.Indicators.Import.Stix;

/// <summary>A value named by a STIX pattern, with the type its object path implies (null: any, detect it), not yet normalised.</summary>
public sealed record StixValue(IndicatorType? Type, string Raw, string ObjectPath);

/// <summary>The values a pattern names, or why it names none (code and reason); notes tell what was ignored.</summary>
public sealed record StixPatternResult(IReadOnlyList<StixValue> Values, string? Code, string? Reason, IReadOnlyList<string> Notes)
{
    public bool IsSupported => Reason is null;

    internal static StixPatternResult Fail(string code, string reason) => new([], code, reason, []);
}

/// <summary>One comparison of an expanded pattern; <see cref="Observation"/> numbers its [ ] observation.</summary>
internal sealed record StixComparison(string ObjectType, string Path, StixValue Value, int Observation);
