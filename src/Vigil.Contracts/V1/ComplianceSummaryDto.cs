namespace Vigil.Contracts.V1;

/// <summary>
/// Per rule counts of computers in service for a unit (or subtree) as of a day. <paramref name="Basis"/> says where
/// the figures come from: "current" (today's stored verdicts), "history" (the day's stored counts) or
/// "projection" (a later day: every computer judged now on its current facts as of that day).
/// </summary>
public sealed record ComplianceSummaryDto(
    Guid? UnitId,
    bool Subtree,
    DateOnly AsOf,
    string Basis,
    int Computers,
    string Fingerprint,
    IReadOnlyList<RuleCountDto> Rules);

/// <summary>One rule's counts; <paramref name="PassShare"/> is pass / (pass + fail + unknown), null when none apply.</summary>
public sealed record RuleCountDto(
    string RuleId,
    string TitleVi,
    string TitleEn,
    string Severity,
    int Pass,
    int Fail,
    int Unknown,
    int NotApplicable,
    double? PassShare);
