namespace Vigil.Domain.Compliance.Rules;

/// <summary>The three evidence facts of one yes/no/unknown name.</summary>
internal sealed class YesNoFacts(string name)
{
    private readonly EvidenceFact _yes = new(name, "yes");
    private readonly EvidenceFact _no = new(name, "no");
    private readonly EvidenceFact _unknown = new(name, "unknown");

    public EvidenceFact Of(bool? value) => value switch
    {
        true => _yes,
        false => _no,
        null => _unknown,
    };
}
