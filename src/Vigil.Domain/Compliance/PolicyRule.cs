namespace Vigil.Domain.Compliance;

/// <summary>
/// One rule of a policy pack: a check from <see cref="PolicyChecks"/> with its parameters, titles, severity and the
/// computers it applies to.
/// </summary>
/// <param name="Id">Unique in the pack; verdicts and site overrides refer to it.</param>
/// <param name="Check">One of <see cref="PolicyChecks.Names"/>: supported-os, upgrade-triage, anti-malware, ms17-010, smb1-disabled, fresh-data.</param>
/// <param name="Parameters">
/// As written in the file, in canonical text: integers and numbers in invariant culture, booleans "true"/"false",
/// lists one item per line. Parameters left out take the check's defaults when the pack is compiled.
/// </param>
public sealed record PolicyRule(
    string Id,
    string Check,
    string TitleVi,
    string TitleEn,
    RuleSeverity Severity,
    RuleApplicability AppliesTo,
    IReadOnlyDictionary<string, string> Parameters,
    string ExplanationVi,
    string ExplanationEn)
{
    /// <summary>A site override may switch a default rule off; a disabled rule gives no verdict.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The parts the file wrote. A complete pack writes all; a site override only what it changes.</summary>
    public RuleFields Given { get; init; } = RuleFields.All;

    /// <summary>"file:line:column" of the rule in its file, for errors found after parsing (overrides, compilation).</summary>
    public string? Location { get; init; }

    /// <summary>"file:line:column" of each parameter's value, for the same reason.</summary>
    public IReadOnlyDictionary<string, string>? ParameterLocations { get; init; }
}
