namespace Vigil.Domain.Compliance;

/// <summary>Which parts of a rule its file wrote; a site override changes only those of the default's rule.</summary>
[Flags]
public enum RuleFields
{
    None = 0,
    Check = 1,
    Title = 2,
    Severity = 4,
    AppliesTo = 8,
    Parameters = 16,
    Explanation = 32,
    Enabled = 64,
    All = Check | Title | Severity | AppliesTo | Parameters | Explanation | Enabled,
}
