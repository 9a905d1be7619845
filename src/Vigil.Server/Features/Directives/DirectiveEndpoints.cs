using Vigil.Contracts.V1;
using Vigil.Domain.Directives;
using Vigil.Server.Features.Export;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.Directives;

internal static class DirectiveEndpoints
{
    public static RouteGroupBuilder MapDirectiveEndpoints(this RouteGroupBuilder api)
    {
        var directives = api.MapGroup("/directives").WithTags("Directives");
        directives.MapGet("/templates", (DirectiveService s) => TypedResults.Ok(s.Templates.Select(t => new
            {
                t.Id, t.Version, t.TitleVi, t.TitleEn, t.SubjectVi, t.RequirementVi, t.PolicyPacks,
                Figures = t.Figures.Select(DirectiveMapping.ToDto).ToList(),
            }).ToList()))
            .WithSummary("The report templates in force (embedded defaults with the site's overrides).");
        directives.MapGet("/", async (DirectiveService s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)))
            .WithSummary("Directives you can see: those targeting your subtree and those addressing your unit.");
        directives.MapPost("/", async (DirectiveCreateDto body, DirectiveService s, CancellationToken ct) =>
            {
                var created = await s.CreateAsync(body, ct);
                return created.IsSuccess ? (await s.GetDtoAsync(created.Value!.Id, ct)).ToHttp() : created.Error!.ToProblem();
            })
            .WithSummary("Create a directive from a template; every addressed unit gets a report (coordinators of the target).");
        directives.MapGet("/{directiveId:guid}", async (Guid directiveId, DirectiveService s, CancellationToken ct) => (await s.GetDtoAsync(directiveId, ct)).ToHttp())
            .WithSummary("One directive with its figures and attachments.");
        directives.MapPost("/{directiveId:guid}/attachments", async (Guid directiveId, HttpRequest request, DirectiveService s, CancellationToken ct) =>
            {
                // The directive and the caller's right are checked before the body is read.
                if (await s.CheckAttachAsync(directiveId, ct) is { } refused)
                {
                    return refused.ToProblem();
                }

                if (!request.HasFormContentType || request.ContentLength > DirectiveService.MaxAttachmentBytes + 64 * 1024)
                {
                    return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "directive.attachment_form", detail: "Send the file as multipart/form-data field 'file' of at most 20 MiB.");
                }

                var form = await request.ReadFormAsync(ct);
                if (form.Files.GetFile("file") is not { } file)
                {
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "directive.attachment_missing", detail: "The form has no field 'file'.");
                }

                if (file.Length > DirectiveService.MaxAttachmentBytes)
                {
                    return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "directive.attachment_size", detail: $"{file.FileName}: larger than {DirectiveService.MaxAttachmentBytes} bytes.");
                }

                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                return (await s.AttachAsync(directiveId, file.FileName, file.ContentType, buffer.ToArray(), ct)).ToHttp();
            })
            .DisableAntiforgery() // Bearer-token API: no cookie, so no cross-site request can ride it.
            .WithSummary("Attach the original letter (PDF, DOCX…; multipart field 'file', at most 20 MiB).");
        directives.MapGet("/{directiveId:guid}/attachments/{attachmentId:guid}", async (Guid directiveId, Guid attachmentId, DirectiveService s, CancellationToken ct) =>
            {
                var found = await s.AttachmentAsync(directiveId, attachmentId, ct);
                return found.IsSuccess ? Results.File(found.Value!.Content, found.Value.ContentType, found.Value.FileName) : found.Error!.ToProblem();
            })
            .WithSummary("Download an attachment.");
        directives.MapGet("/{directiveId:guid}/board", async (Guid directiveId, DirectiveBoardService s, CancellationToken ct) => (await s.BoardAsync(directiveId, ct)).ToHttp())
            .WithSummary("Status of every addressed unit (NotStarted, Draft, Submitted, Reopened, Late) and the seconds left to the deadline.");
        directives.MapGet("/{directiveId:guid}/aggregate", async (Guid directiveId, string? format, string? lang, DirectiveBoardService s, DirectiveService d, CancellationToken ct) =>
            {
                var xlsx = ExportFormat.WantsXlsx(format);
                if (!xlsx.IsSuccess)
                {
                    return xlsx.Error!.ToProblem();
                }

                var report = await s.AggregateAsync(directiveId, ct);
                if (!report.IsSuccess)
                {
                    return report.Error!.ToProblem();
                }

                if (xlsx.Value)
                {
                    var details = await s.DetailsAsync(directiveId, ct);
                    return (await DirectiveExport.WriteAsync(report.Value!, details.Value!, lang == "en", ct)).ToResult();
                }

                var directive = await d.GetDtoAsync(directiveId, ct);
                return TypedResults.Ok(ToDto(report.Value!, directive.Value!));
            })
            .WithSummary("The aggregated report: submitted figures per unit, totals, live measurements and discrepancy flags; format=xlsx for a spreadsheet.");
        directives.MapGet("/{directiveId:guid}/document", async (Guid directiveId, [AsParameters] DirectiveDocumentRequest request, DirectiveDocumentService s, CancellationToken ct) =>
            {
                var file = await s.ExportAsync(directiveId, request, ct);
                return file.IsSuccess ? Results.File(file.Value!.Content, file.Value.ContentType, file.Value.FileName) : file.Error!.ToProblem();
            })
            .WithSummary("The roll-up as the reporting office's official report (BÁO CÁO, Nghị định 30/2020 layout): format=docx or pdf; signerTitle and signerName are required, the rest defaults from the directive and its target unit.");
        directives.MapGet("/{directiveId:guid}/figures/{figureKey}", async (Guid directiveId, string figureKey, Guid? unitId, DirectiveBoardService s, CancellationToken ct) =>
                (await s.DrillDownAsync(directiveId, figureKey, unitId, ct)).ToHttp())
            .WithSummary("Drill-down of a figure: per unit; with ?unitId= the computers or devices counted (those you may read).");

        var report = directives.MapGroup("/{directiveId:guid}/reports/{unitId:guid}");
        report.MapGet("/", async (Guid directiveId, Guid unitId, UnitReportService s, CancellationToken ct) => (await s.GetAsync(directiveId, unitId, ct)).ToHttp())
            .WithSummary("A unit's report: auto-filled from live data until submitted, then the frozen version; with its version history.");
        report.MapPut("/", async (Guid directiveId, Guid unitId, ReportWriteDto body, UnitReportService s, CancellationToken ct) => (await s.SaveAsync(directiveId, unitId, body, ct)).ToHttp())
            .WithSummary("Save the draft: overrides (each with a justification when it differs from the measurement) and notes.");
        report.MapPost("/submit", async (Guid directiveId, Guid unitId, ReportWriteDto? body, UnitReportService s, CancellationToken ct) => (await s.SubmitAsync(directiveId, unitId, body, ct)).ToHttp())
            .WithSummary("Submit: the figures are measured now and frozen as a new version.");
        report.MapPost("/reopen", async (Guid directiveId, Guid unitId, ReportReopenDto body, UnitReportService s, CancellationToken ct) => (await s.ReopenAsync(directiveId, unitId, body, ct)).ToHttp())
            .WithSummary("Send a submitted report back to the unit with a reason (coordinators of the target).");
        api.MapGet("/directive-reminders", async (DirectiveReminderQuery q, CancellationToken ct) => TypedResults.Ok(await q.MineAsync(ct)))
            .WithTags("Directives").WithSummary("In-app reminders for your units' reports not yet submitted.");
        return directives;
    }

    private static AggregatedReportDto ToDto(AggregatedReport r, DirectiveDto directive) => new(
        directive,
        [.. r.Figures.Select(DirectiveMapping.ToDto)],
        [.. r.Rows.Select(x => new AggregatedRowDto(x.UnitId, x.UnitCode, x.UnitName, x.CoversSubtree, x.Status.ToString(), x.Version, x.SubmittedAtUtc,
            [.. x.Values], [.. x.Measured], [.. x.Discrepant], [.. x.Justifications], x.Notes))],
        [.. r.Totals], [.. r.MeasuredTotals], r.Submitted, r.Late, r.GeneratedAtUtc);
}
