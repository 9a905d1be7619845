namespace Vigil.Contracts.V1;

/// <summary>
/// The active policy pack with its rules, the fingerprint verdicts carry, where it came from ("Embedded", "Site" or
/// "LastGood" when the site files are broken) and the errors of the last attempt to load the site files.
/// </summary>
public sealed record CompliancePolicyDto(
    string PackId,
    int PackVersion,
    string TitleVi,
    string TitleEn,
    string Fingerprint,
    string Origin,
    DateTime LoadedAt,
    IReadOnlyList<string> SiteFiles,
    IReadOnlyList<PolicyRuleDto> Rules,
    IReadOnlyList<PolicyLoadErrorDto> Errors);

public sealed record PolicyRuleDto(
    string Id,
    string Check,
    string TitleVi,
    string TitleEn,
    string Severity,
    bool Enabled,
    IReadOnlyDictionary<string, string> Parameters,
    string ExplanationVi,
    string ExplanationEn);

public sealed record PolicyLoadErrorDto(string File, string Code, string Message);

/// <summary>What an evaluation pass did; <paramref name="Leased"/> is false when another instance was running one.</summary>
public sealed record CompliancePassDto(int Evaluated, int CountRows, bool Leased);
