namespace Vigil.Domain.Compliance.Rules;

/// <summary>One computer's evaluation as of a day; what several rules need (the OS lookup) is resolved once.</summary>
internal struct Evaluation(ComplianceFacts facts, DateOnly asOf, ComplianceLookups lookups)
{
    private OsHit? _os;

    public readonly ComplianceFacts Facts => facts;

    public readonly DateOnly AsOf => asOf;

    public readonly ComplianceLookups Lookups => lookups;

    public OsHit Os => _os ??= lookups.Os(facts);

    /// <summary>Whole days from the UTC day of <paramref name="utc"/> to the as-of day; never negative.</summary>
    public readonly int DaysSince(DateTime utc) => Math.Max(0, asOf.DayNumber - DateOnly.FromDateTime(utc).DayNumber);

    /// <summary>Whole days between the UTC day of <paramref name="utc"/> and the day the facts were observed; never negative.</summary>
    public readonly int DaysBeforeObservation(DateTime utc) =>
        Math.Max(0, DateOnly.FromDateTime(facts.ObservedAt).DayNumber - DateOnly.FromDateTime(utc).DayNumber);
}
