using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Server.Features.Compliance;
using Vigil.Server.Features.Export;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.Remediation;

internal static class RemediationEndpoints
{
    public static RouteGroupBuilder MapRemediationEndpoints(this RouteGroupBuilder api)
    {
        var items = api.MapGroup("/remediation").WithTags("Remediation");
        items.MapGet("/", async (
                Guid? unitId, bool? subtree, string? status, string? kind, string? ruleId, string? owner, bool? overdue, bool? open, string? q, int? page,
                string? format, RemediationQuery query, RemediationExport export, CancellationToken ct) =>
            {
                var filter = new RemediationFilter
                {
                    UnitId = unitId, IncludeSubtree = subtree ?? true, Status = status, Kind = kind, RuleId = ruleId, Owner = owner,
                    Overdue = overdue ?? false, Open = open ?? false, Search = q,
                };
                return await ExportFormat.RespondAsync(format, () => export.ExportAsync(filter, ct), () => query.ListAsync(filter, page ?? 1, ct));
            })
            .WithSummary("Remediation items in your scope, filtered (unit or subtree, status, kind, rule, owner, overdue, open, hostname) and paged; format=xlsx: all of them as a spreadsheet.");
        items.MapGet("/{itemId:guid}", async (Guid itemId, RemediationQuery query, CancellationToken ct) => (await query.GetAsync(itemId, ct)).ToHttp())
            .WithSummary("One item with its history and the statuses you may move it to.");
        items.MapPost("/", async (RemediationCreateDto body, RemediationService s, RemediationQuery query, CancellationToken ct) =>
                await ThenItemAsync(await s.CreateAsync(body, ct), query, ct))
            .WithSummary("Open an item on a computer by hand: for a rule (kind from its verdict) or any work with a title.");
        items.MapPatch("/{itemId:guid}", async (Guid itemId, RemediationUpdateDto body, RemediationService s, RemediationQuery query, CancellationToken ct) =>
                await ThenItemAsync(await s.UpdateAsync(itemId, body, ct), query, ct))
            .WithSummary("Set the owner and due day; null keeps, an empty owner clears.");
        items.MapPost("/{itemId:guid}/transition", async (Guid itemId, RemediationTransitionDto body, RemediationService s, RemediationQuery query, CancellationToken ct) =>
                await ThenItemAsync(await s.TransitionAsync(itemId, body, ct), query, ct))
            .WithSummary("Move the item to another status; refused with a typed error when the step is not allowed.");
        items.MapPost("/{itemId:guid}/comments", async (Guid itemId, RemediationCommentDto body, RemediationService s, RemediationQuery query, CancellationToken ct) =>
                await ThenItemAsync(await s.CommentAsync(itemId, body, ct), query, ct))
            .WithSummary("Add a comment, or (evidence: true) the text that proves a step.");
        items.MapPost("/{itemId:guid}/replacement", async (Guid itemId, ReplacementLinkDto body, ComputerRetirementService s, RemediationQuery query, CancellationToken ct) =>
                await ThenItemAsync(await s.LinkReplacementAsync(itemId, body, ct), query, ct))
            .WithSummary("For a 'replace' item: name the replacement; the old computer is retired and the item verified when the replacement passes.");
        items.MapPost("/bulk", async (RemediationBulkDto body, RemediationBulkService s, CancellationToken ct) => (await s.ApplyAsync(body, ct)).ToHttp())
            .WithSummary("Assign an owner, set a due day or change status of many items (by ids or filter), all or nothing.");

        var computers = api.MapGroup("/computers").WithTags("Remediation");
        computers.MapPost("/{computerId:guid}/retire", async (Guid computerId, ComputerRetireDto body, ComputerRetirementService s, ComputerComplianceQuery q, CancellationToken ct) =>
                await ComplianceEndpoints.ThenComplianceAsync(await s.RetireAsync(computerId, body, ct), q, ct))
            .WithSummary("Take the computer out of service (optionally naming its replacement); it keeps its history.");
        computers.MapDelete("/{computerId:guid}/retire", async (Guid computerId, ComputerRetirementService s, ComputerComplianceQuery q, CancellationToken ct) =>
                await ComplianceEndpoints.ThenComplianceAsync(await s.UnretireAsync(computerId, ct), q, ct))
            .WithSummary("Undo a retirement made by mistake; the computer is evaluated again.");
        return items;
    }

    private static async Task<IResult> ThenItemAsync(Result<Guid> changed, RemediationQuery query, CancellationToken ct) =>
        changed.IsSuccess ? (await query.GetAsync(changed.Value, ct)).ToHttp() : changed.Error!.ToProblem();
}
