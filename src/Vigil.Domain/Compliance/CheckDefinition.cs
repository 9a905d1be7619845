namespace Vigil.Domain.Compliance;

/// <summary>A check rules can use and the parameters it understands.</summary>
public sealed record CheckDefinition(string Name, IReadOnlyList<ParameterDefinition> Parameters)
{
    public ParameterDefinition? Find(string parameter)
    {
        foreach (var definition in Parameters)
        {
            if (string.Equals(definition.Name, parameter, StringComparison.Ordinal))
            {
                return definition;
            }
        }

        return null;
    }
}
