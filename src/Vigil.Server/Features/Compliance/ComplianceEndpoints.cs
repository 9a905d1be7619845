using Vigil.Contracts.V1;
using Vigil.Domain.Access;
using Vigil.Domain.Common;
using Vigil.Server.Features.Export;
using Vigil.Server.Infrastructure;
using Vigil.Storage;

namespace Vigil.Server.Features.Compliance;

internal static class ComplianceEndpoints
{
    public static RouteGroupBuilder MapComplianceEndpoints(this RouteGroupBuilder api)
    {
        var compliance = api.MapGroup("/compliance").WithTags("Compliance");
        compliance.MapGet("/summary", async (Guid? unitId, bool? subtree, DateOnly? asOf, ComplianceQuery q, CancellationToken ct) =>
                (await q.SummaryAsync(unitId, subtree ?? true, asOf, ct)).ToHttp())
            .WithSummary("Per rule counts of computers in service for a unit (and subtree) as of a day: current, history or projection.");
        compliance.MapGet("/trend", async (Guid? unitId, bool? subtree, DateOnly? from, DateOnly? to, ComplianceQuery q, CancellationToken ct) =>
                (await q.TrendAsync(unitId, subtree ?? true, from, to, ct)).ToHttp())
            .WithSummary("Daily counts per rule between two days (default: the last 30).");
        compliance.MapGet("/results", async (
                Guid? unitId, bool? subtree, string? ruleId, string? status, string? remediation, string? reason, string? target, string? parts, string? q,
                int? page, string? format, ComplianceQuery query, ComplianceResultsExport export, CancellationToken ct) =>
            {
                var filter = new ComplianceResultFilter
                {
                    UnitId = unitId, IncludeSubtree = subtree ?? true, RuleId = ruleId, Status = status, Remediation = remediation, Reason = reason,
                    Target = target, Parts = parts, Search = q,
                };
                return await ExportFormat.RespondAsync(format, () => export.ExportAsync(filter, ct), () => query.ResultsAsync(filter, page ?? 1, ct));
            })
            .WithSummary("The computers behind a number: current verdicts filtered by rule, status, remediation, reason, triage target or parts and hostname, 50 a page; format=xlsx: all of them as a spreadsheet.");
        compliance.MapGet("/triage", async (Guid? unitId, bool? subtree, ComplianceQuery q, CancellationToken ct) =>
                (await q.TriageAsync(unitId, subtree ?? true, ct)).ToHttp())
            .WithSummary("The upgrade triage now: computers to reinstall, upgrade (which parts) or replace, by the target their hardware reaches.");
        compliance.MapGet("/policy", (CompliancePolicyHolder policies) =>
                TypedResults.Ok(ComplianceMapping.ToDto(policies.Active, policies.Origin, policies.Errors)))
            .WithSummary("The active policy pack, its rules and fingerprint, and the errors of the site's policy files.");
        compliance.MapPost("/policy/reload", async (AccessContext access, CompliancePolicyService s, CompliancePolicyHolder policies, CancellationToken ct) =>
                access.Scope.Role != Role.Administrator ? AdministratorsOnly().ToProblem()
                : (await s.ReloadAsync(ct)).Map(p => ComplianceMapping.ToDto(p, policies.Origin, policies.Errors)).ToHttp())
            .WithSummary("Administrators: read the site's policy and catalog files again; on errors the running policy stays.");
        compliance.MapPost("/evaluate", async (AccessContext access, ComplianceRunner runner, CancellationToken ct) =>
            {
                if (access.Scope.Role != Role.Administrator)
                {
                    return AdministratorsOnly().ToProblem();
                }

                var pass = await runner.RunAsync(ct);
                return TypedResults.Ok(new CompliancePassDto(pass.Evaluated, pass.CountRows, pass.Leased));
            })
            .WithSummary("Administrators: run an evaluation pass now (what the evaluation job does) and write today's counts.");

        var computers = api.MapGroup("/computers").WithTags("Compliance");
        computers.MapGet("/{computerId:guid}/compliance", async (Guid computerId, DateOnly? asOf, ComputerComplianceQuery q, CancellationToken ct) =>
                (await q.GetAsync(computerId, asOf, ct)).ToHttp())
            .WithSummary("A computer's verdicts with evidence (as of a day), verdict history, ESU exception and remediation items.");
        computers.MapGet("/{computerId:guid}/esu", async (Guid computerId, EsuService s, CancellationToken ct) => (await s.ListAsync(computerId, ct)).ToHttp())
            .WithSummary("The computer's ESU exceptions, newest first, removed ones included.");
        computers.MapPut("/{computerId:guid}/esu", async (Guid computerId, EsuWriteDto body, EsuService s, CancellationToken ct) =>
                (await s.SetAsync(computerId, body, ct)).ToHttp())
            .WithSummary("Record that the computer has extended security updates until a day; replaces the current exception.");
        computers.MapDelete("/{computerId:guid}/esu", async (Guid computerId, EsuService s, ComputerComplianceQuery q, CancellationToken ct) =>
                await ThenComplianceAsync(await s.RemoveAsync(computerId, ct), q, ct))
            .WithSummary("Withdraw the computer's ESU exception; it is evaluated again at once.");
        return compliance;
    }

    internal static async Task<IResult> ThenComplianceAsync(Result<Guid> changed, ComputerComplianceQuery q, CancellationToken ct) =>
        changed.IsSuccess ? (await q.GetAsync(changed.Value, null, ct)).ToHttp() : changed.Error!.ToProblem();

    private static Error AdministratorsOnly() => Error.Forbidden("compliance.administrators_only", "Only administrators do this.");
}
