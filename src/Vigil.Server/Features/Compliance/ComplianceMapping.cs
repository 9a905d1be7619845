using Vigil.Contracts.V1;
using Vigil.Domain.Compliance;
using Vigil.Storage;

namespace Vigil.Server.Features.Compliance;

internal static class ComplianceMapping
{
    public static List<EvidenceDto> Evidence(IReadOnlyList<EvidenceFact> facts) => facts.Select(f => new EvidenceDto(f.Name, f.Value)).ToList();

    public static List<EvidenceDto> Evidence(string json) => Evidence(ComputerFactColumns.ParseEvidence(json));

    public static VerdictDto ToDto(ComplianceResult r, PolicyRule? rule) =>
        new(r.RuleId, rule?.TitleVi ?? r.RuleId, rule?.TitleEn ?? r.RuleId, (rule?.Severity ?? RuleSeverity.Low).ToString(), r.Status.ToString(),
            r.Remediation.ToString(), r.Reason, Evidence(r.EvidenceJson), r.DataObservedAt, r.Since);

    public static VerdictDto ToDto(RuleVerdict v, PolicyRule? rule) =>
        new(v.RuleId, rule?.TitleVi ?? v.RuleId, rule?.TitleEn ?? v.RuleId, (rule?.Severity ?? RuleSeverity.Low).ToString(), v.Status.ToString(),
            v.Remediation.ToString(), v.Reason, Evidence(v.Evidence), v.DataObservedAt, null);

    public static ComplianceChangeDto ToDto(ComplianceChange c) =>
        new(c.Id, c.At, c.AsOf, c.RuleId, c.OldStatus?.ToString(), c.NewStatus.ToString(), c.Remediation.ToString(), c.Reason, Evidence(c.EvidenceJson), c.DataObservedAt);

    public static EsuExceptionDto ToDto(EsuException e) =>
        new(e.Id, e.ComputerId, e.Until, e.Note, e.RecordedBy, e.RecordedAt, e.RemovedAt, e.RemovedBy, e.RemovedAt is null);

    public static CompliancePolicyDto ToDto(ActivePolicy policy, PolicyOrigin origin, IReadOnlyList<PolicyLoadError> errors) =>
        new(policy.Pack.Id, policy.Pack.Version, policy.Pack.TitleVi, policy.Pack.TitleEn, policy.Fingerprint, origin.ToString(), policy.LoadedAt,
            [.. policy.SiteFiles.Keys.Order(StringComparer.Ordinal)],
            [.. policy.Pack.Rules.Select(r => new PolicyRuleDto(r.Id, r.Check, r.TitleVi, r.TitleEn, r.Severity.ToString(), r.Enabled,
                new Dictionary<string, string>(r.Parameters, StringComparer.Ordinal), r.ExplanationVi, r.ExplanationEn))],
            [.. errors.Select(e => new PolicyLoadErrorDto(e.File, e.Code, e.Message))]);

    public static RuleCountDto Count(PolicyRule rule, int pass, int fail, int unknown, int notApplicable)
    {
        var judged = pass + fail + unknown;
        return new RuleCountDto(rule.Id, rule.TitleVi, rule.TitleEn, rule.Severity.ToString(), pass, fail, unknown, notApplicable,
            judged == 0 ? null : Math.Round((double)pass / judged, 4));
    }
}
