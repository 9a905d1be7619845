namespace Vigil.Domain.Compliance;

public enum RuleSeverity
{
    Low = 0,
    Medium = 1,
    High = 2,
    Critical = 3,
}
