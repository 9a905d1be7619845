namespace Vigil.Domain.Compliance.Rules;

/// <summary>Evidence facts of one name for small whole numbers (ages in days, RAM in MB), created once each and shared.</summary>
internal sealed class NumberFacts(string name)
{
    private const int Cached = 65_536;

    private readonly EvidenceFact?[] _facts = new EvidenceFact?[Cached];

    public EvidenceFact Of(long value) =>
        value is >= 0 and < Cached ? _facts[value] ??= new EvidenceFact(name, Evidence.Number(value)) : new EvidenceFact(name, Evidence.Number(value));
}
