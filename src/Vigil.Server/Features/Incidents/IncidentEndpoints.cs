using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.Incidents;

internal static class IncidentEndpoints
{
    public static RouteGroupBuilder MapIncidentEndpoints(RouteGroupBuilder api)
    {
        var incidents = api.MapGroup("/incidents").WithTags("Incidents");
        incidents.MapGet("/", async (
                Guid? unitId, bool? subtree, string? status, string? severity, bool? open, bool? overdue, Guid? assigneeId, string? q, int? page,
                IncidentQuery query, CancellationToken ct) =>
            {
                var filter = new IncidentFilter
                {
                    UnitId = unitId, IncludeSubtree = subtree ?? true, Status = status, Severity = severity, Open = open ?? false, Overdue = overdue ?? false,
                    AssigneeId = assigneeId, Search = q,
                };
                return TypedResults.Ok(await query.ListAsync(filter, page ?? 1, ct));
            })
            .WithSummary("Incidents in your scope, filtered (unit or subtree, status, severity, open, overdue report, assignee, title words) and paged.");
        incidents.MapPost("/", async (IncidentCreateDto body, IncidentService s, IncidentQuery q, CancellationToken ct) => await ThenIncidentAsync(await s.CreateAsync(body, ct), q, ct))
            .WithSummary("Open an incident by hand; the report deadline follows the regulation in force on the detection day.");
        incidents.MapGet("/{incidentId:guid}", async (Guid incidentId, IncidentQuery q, CancellationToken ct) => (await q.GetAsync(incidentId, ct)).ToHttp())
            .WithSummary("One incident with its affected assets, timeline, files, deadline state and the statuses you may move it to.");
        incidents.MapPatch("/{incidentId:guid}", async (Guid incidentId, IncidentUpdateDto body, IncidentService s, IncidentQuery q, CancellationToken ct) =>
                await ThenIncidentAsync(await s.UpdateAsync(incidentId, body, ct), q, ct))
            .WithSummary("Change the description fields (null keeps, empty clears an optional field).");
        incidents.MapPost("/{incidentId:guid}/transition", async (Guid incidentId, IncidentTransitionDto body, IncidentService s, IncidentQuery q, CancellationToken ct) =>
                await ThenIncidentAsync(await s.TransitionAsync(incidentId, body, ct), q, ct))
            .WithSummary("Move the incident to another status; 409 when the step is not allowed.");
        incidents.MapPost("/{incidentId:guid}/notes", async (Guid incidentId, IncidentNoteDto body, IncidentService s, IncidentQuery q, CancellationToken ct) =>
                await ThenIncidentAsync(await s.AddNoteAsync(incidentId, body, ct), q, ct))
            .WithSummary("Add a note to the timeline.");
        incidents.MapPost("/{incidentId:guid}/assign", async (Guid incidentId, IncidentAssignDto body, IncidentService s, IncidentQuery q, CancellationToken ct) =>
                await ThenIncidentAsync(await s.AssignAsync(incidentId, body, ct), q, ct))
            .WithSummary("Assign the incident to an account that can see its unit; null unassigns.");
        incidents.MapPost("/{incidentId:guid}/reported", async (Guid incidentId, IncidentService s, IncidentQuery q, CancellationToken ct) =>
                await ThenIncidentAsync(await s.MarkReportedAsync(incidentId, ct), q, ct))
            .WithSummary("Record that the initial report was sent to the authority; the deadline stops counting.");
        incidents.MapPost("/{incidentId:guid}/files", async (Guid incidentId, HttpRequest request, IncidentFiles files, CancellationToken ct) =>
            {
                // The incident and the caller's right are checked before the body is read.
                if (await files.CheckAttachAsync(incidentId, ct) is { } refused)
                {
                    return refused.ToProblem();
                }

                if (!request.HasFormContentType || request.ContentLength > files.MaxBytes + 64 * 1024)
                {
                    return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "incident.file_form",
                        detail: $"Send the file as multipart/form-data field 'file' of at most {files.MaxBytes} bytes.");
                }

                var form = await request.ReadFormAsync(ct);
                if (form.Files.GetFile("file") is not { } file)
                {
                    return new Error("incident.file_missing", "The form has no field 'file'.", ErrorKind.Validation, "file").ToProblem();
                }

                await using var content = file.OpenReadStream();
                return (await files.AttachAsync(incidentId, file.FileName, file.ContentType, content, ct)).ToHttp();
            })
            .DisableAntiforgery() // Bearer-token API: no cookie, so no cross-site request can ride it.
            .WithSummary("Attach a file (multipart field 'file', size limit Vigil:Incidents:MaxFileBytes).");
        incidents.MapGet("/{incidentId:guid}/files/{fileId:guid}", async (Guid incidentId, Guid fileId, IncidentFiles files, CancellationToken ct) =>
            {
                var found = await files.OpenAsync(incidentId, fileId, ct);
                return found.IsSuccess
                    ? Results.File(found.Value.Content, found.Value.File.ContentType, found.Value.File.FileName)
                    : found.Error!.ToProblem();
            })
            .WithSummary("Download a file of the incident.");
        incidents.MapGet("/{incidentId:guid}/reports/{form}", async (
                Guid incidentId, string form, [AsParameters] IncidentReportRequest request, IncidentReportService reports, CancellationToken ct) =>
            {
                var file = await reports.ExportAsync(incidentId, form, request, ct);
                return file.IsSuccess ? Results.File(file.Value!.Content, file.Value.ContentType, file.Value.FileName) : file.Error!.ToProblem();
            })
            .WithSummary("The initial (Mẫu 03) or closure (Mẫu 04) report of Circular 20/2017/TT-BTTTT as DOCX or PDF (format=pdf).");
        return incidents;
    }

    private static async Task<IResult> ThenIncidentAsync(Result<Guid> changed, IncidentQuery query, CancellationToken ct) =>
        changed.IsSuccess ? (await query.GetAsync(changed.Value, ct)).ToHttp() : changed.Error!.ToProblem();
}
