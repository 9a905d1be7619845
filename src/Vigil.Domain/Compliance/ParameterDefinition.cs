namespace Vigil.Domain.Compliance;

/// <summary>One parameter a check understands.</summary>
/// <param name="Default">The value when a rule leaves it out, in canonical text; checks with per-kind defaults document them.</param>
/// <param name="Choices">For <see cref="ParameterKind.Choice"/>: the allowed values.</param>
public sealed record ParameterDefinition(
    string Name,
    ParameterKind Kind,
    string Default,
    decimal Min = 0,
    decimal Max = decimal.MaxValue,
    IReadOnlyList<string>? Choices = null);
