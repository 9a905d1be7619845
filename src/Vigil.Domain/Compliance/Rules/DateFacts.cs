namespace Vigil.Domain.Compliance.Rules;

/// <summary>Evidence facts of one name for calendar days ("2026-03-01"), created once per day and shared.</summary>
internal sealed class DateFacts(string name)
{
    private readonly BoundedCache<int, EvidenceFact> _facts = new(50_000);

    public EvidenceFact Of(DateOnly day) =>
        _facts.GetOrAdd(day.DayNumber, name, static (number, n) => new EvidenceFact(n, Evidence.Date(DateOnly.FromDayNumber(number))));

    public EvidenceFact Of(DateTime utc) => Of(DateOnly.FromDateTime(utc));
}
