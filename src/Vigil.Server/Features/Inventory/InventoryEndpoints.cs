using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Server.Features.Export;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.Inventory;

internal static class InventoryEndpoints
{
    public static RouteGroupBuilder MapInventoryEndpoints(this RouteGroupBuilder api)
    {
        var computers = api.MapGroup("/computers").WithTags("Inventory");
        computers.MapGet("/", async (
                Guid? unitId, bool? subtree, string? osFamily, string? osRelease, bool? unsupported, bool? personal, bool? stale,
                string? source, bool? conflicts, bool? retired, string? q, string? sort, int? page, string? format, InventoryQuery query, InventoryExport export, CancellationToken ct) =>
            {
                var filter = new InventoryFilter
                {
                    UnitId = unitId, IncludeSubtree = subtree ?? true, OsFamily = osFamily, OsRelease = osRelease,
                    Unsupported = unsupported ?? false, Personal = personal ?? false, Stale = stale ?? false, Source = source,
                    Conflicts = conflicts ?? false, Retired = retired ?? false, Search = q, Sort = sort, Page = page ?? 1,
                };
                return await ExportFormat.RespondAsync(format, () => export.ExportAsync(filter, ct), () => query.ListAsync(filter, ct));
            })
            .WithSummary("Computers in your scope (retired ones only with retired=true), filtered, sorted and paged (50 a page), with counts per filter; format=xlsx: every page as a spreadsheet.");
        computers.MapGet("/{computerId:guid}", async (Guid computerId, ComputerDetailQuery query, CancellationToken ct) =>
                (await query.GetAsync(computerId, ct)).ToHttp())
            .WithSummary("One computer: resolved facts with their source and age, each source's latest report, conflicts.");
        computers.MapGet("/{computerId:guid}/history", async (Guid computerId, int? page, ComputerDetailQuery query, CancellationToken ct) =>
                (await query.HistoryAsync(computerId, page ?? 1, ct)).ToHttp())
            .WithSummary("What each report changed and what people decided, newest first (50 a page).");
        computers.MapPost("/{computerId:guid}/conflicts/{conflictId:guid}/resolve", async (Guid computerId, Guid conflictId, ConflictResolveDto body, ConflictService conflicts, ComputerDetailQuery query, CancellationToken ct) =>
                await ThenDetailAsync(await conflicts.ResolveAsync(computerId, conflictId, body.ChosenSource, ct), query, ct))
            .WithSummary("Believe one source for the conflict's field from now on; for a unit conflict, move the computer or keep it.");
        computers.MapPatch("/{computerId:guid}", async (Guid computerId, ComputerPatchDto body, PeopleFactsService people, ComputerDetailQuery query, CancellationToken ct) =>
                await ThenDetailAsync(await people.UpdateAsync(computerId, body, ct), query, ct))
            .WithSummary("State the owner and whether it is a personal computer used for work; null keeps, an empty owner withdraws.");

        var unassigned = api.MapGroup("/inventory/unassigned").WithTags("Inventory");
        unassigned.MapGet("/", async (UnassignedService s, CancellationToken ct) => (await s.ListAsync(ct)).ToHttp())
            .WithSummary("Reports no unit could be found for (administrators and coordinators of a top-level unit).");
        unassigned.MapPost("/{reportId:guid}/assign", async (Guid reportId, UnassignedAssignDto body, UnassignedService s, CancellationToken ct) =>
                (await s.AssignAsync(reportId, body.UnitId, ct)).ToHttp())
            .WithSummary("Ingest the queued report into a unit you may change.");
        unassigned.MapDelete("/{reportId:guid}", async (Guid reportId, UnassignedService s, CancellationToken ct) =>
                (await s.DiscardAsync(reportId, ct)).ToHttp())
            .WithSummary("Throw the queued report away; the device's next report queues it again.");
        return computers;
    }

    private static async Task<IResult> ThenDetailAsync(Result<Guid> changed, ComputerDetailQuery query, CancellationToken ct) =>
        changed.IsSuccess ? (await query.GetAsync(changed.Value, ct)).ToHttp() : changed.Error!.ToProblem();
}
