using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Server.Features.Incidents;

namespace Vigil.Server.Pages.Incidents;

/// <summary>One incident: facts, deadline, affected assets, timeline, files, and the forms that move it on.</summary>
public sealed class IncidentModel(IncidentQuery query, IncidentService incidents, IncidentFiles files, IStringLocalizer<SharedResource> text) : PageModel
{
    public IncidentDto Incident { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Name)> Assignable { get; private set; } = [];

    public bool CanWrite => Incident.NextStatuses.Count > 0;

    public PageMessages Messages { get; } = new();

    public Task<IActionResult> OnGetAsync(Guid incidentId, CancellationToken ct) => LoadAsync(incidentId, ct);

    public async Task<IActionResult> OnPostStatusAsync(Guid incidentId, string? status, string? note, CancellationToken ct) =>
        await AfterAsync(incidentId, await incidents.TransitionAsync(incidentId, new IncidentTransitionDto(status ?? "", note), ct), ct);

    public async Task<IActionResult> OnPostNoteAsync(Guid incidentId, string? note, CancellationToken ct) =>
        await AfterAsync(incidentId, await incidents.AddNoteAsync(incidentId, new IncidentNoteDto(note ?? ""), ct), ct);

    public async Task<IActionResult> OnPostAssignAsync(Guid incidentId, Guid? assigneeId, CancellationToken ct) =>
        await AfterAsync(incidentId, await incidents.AssignAsync(incidentId, new IncidentAssignDto(assigneeId), ct), ct);

    public async Task<IActionResult> OnPostReportedAsync(Guid incidentId, CancellationToken ct) =>
        await AfterAsync(incidentId, await incidents.MarkReportedAsync(incidentId, ct), ct);

    public async Task<IActionResult> OnPostFileAsync(Guid incidentId, IFormFile? file, CancellationToken ct)
    {
        if (await files.CheckAttachAsync(incidentId, ct) is { } refused)
        {
            return refused.Kind == ErrorKind.NotFound ? NotFound() : Forbid();
        }

        if (file is null)
        {
            return await AfterAsync(incidentId, Error.Validation("incident.file_missing", "Choose a file.", "file"), ct);
        }

        await using var content = file.OpenReadStream();
        var stored = await files.AttachAsync(incidentId, file.FileName, file.ContentType, content, ct);
        return await AfterAsync(incidentId, stored.IsSuccess ? incidentId : stored.Error!, ct);
    }

    private async Task<IActionResult> AfterAsync(Guid incidentId, Result<Guid> outcome, CancellationToken ct)
    {
        if (outcome.IsSuccess)
        {
            // Post-redirect-get: a reload does not post the step again.
            return Redirect($"/incidents/{incidentId}");
        }

        if (outcome.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        if (outcome.Error.Kind == ErrorKind.Forbidden)
        {
            return Forbid();
        }

        Messages.Add(outcome.Error, text);
        Response.StatusCode = Infrastructure.ErrorResults.StatusOf(outcome.Error);
        return await LoadAsync(incidentId, ct);
    }

    private async Task<IActionResult> LoadAsync(Guid incidentId, CancellationToken ct)
    {
        var found = await query.GetAsync(incidentId, ct);
        if (!found.IsSuccess)
        {
            return NotFound();
        }

        Incident = found.Value!;
        Assignable = CanWrite ? await query.AssignableAsync(Incident.UnitId, ct) : [];
        return Page();
    }
}
