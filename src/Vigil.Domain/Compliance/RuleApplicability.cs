using Vigil.Domain.Inventory;

namespace Vigil.Domain.Compliance;

/// <summary>Which computers a rule judges; the others get NotApplicable.</summary>
/// <param name="OsFamilies">The OS families the rule applies to; empty means every family.</param>
/// <param name="Organisation">Whether it applies to the organisation's own computers.</param>
/// <param name="Personal">Whether it applies to personal computers used for work.</param>
/// <param name="OsReleases">Product lines ("Windows 7") the rule is limited to; empty means every release.</param>
public sealed record RuleApplicability(
    IReadOnlyList<OsFamily> OsFamilies,
    bool Organisation,
    bool Personal,
    IReadOnlyList<string> OsReleases)
{
    /// <summary>Every computer.</summary>
    public static RuleApplicability All { get; } = new([], true, true, []);
}
