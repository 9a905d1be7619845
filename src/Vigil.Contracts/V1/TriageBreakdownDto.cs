namespace Vigil.Contracts.V1;

/// <summary>
/// The upgrade triage of a unit (or subtree) now: how many computers on an unsupported OS need a reinstall, parts
/// then a reinstall, or a replacement, by the target their hardware reaches (windows11, windows10, none), the parts
/// the upgrades need, and how many the triage cannot judge. <paramref name="RuleId"/> is null when the active policy
/// has no triage rule.
/// </summary>
public sealed record TriageBreakdownDto(
    Guid? UnitId,
    bool Subtree,
    string? RuleId,
    int Fail,
    int Unknown,
    int NotApplicable,
    IReadOnlyList<TriageCountDto> Counts,
    int UpgradeRamOnly,
    int UpgradeSsdOnly,
    int UpgradeBoth);

/// <summary>Computers whose triage asks for <paramref name="Remediation"/> and reach <paramref name="Target"/>.</summary>
public sealed record TriageCountDto(string Remediation, string Target, int Count);
