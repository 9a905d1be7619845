using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Directives;
using Vigil.Server.Features.Directives;

namespace Vigil.Server.Pages.Directives;

/// <summary>One directive: the letter, its attachments, the status board with the countdown, and the reports the person can open.</summary>
public sealed class DirectiveModel(DirectiveService directives, DirectiveBoardService boards, IStringLocalizer<SharedResource> text) : PageModel
{
    public DirectiveDto Directive { get; private set; } = null!;

    public DirectiveBoardDto? Board { get; private set; }

    public IReadOnlyList<(Guid UnitId, string Code, string Name, ReportStatus Status)> Reports { get; private set; } = [];

    public PageMessages Messages { get; } = new();

    public Task<IActionResult> OnGetAsync(Guid directiveId, CancellationToken ct) => LoadAsync(directiveId, ct);

    public async Task<IActionResult> OnPostAttachAsync(Guid directiveId, IFormFile? file, CancellationToken ct)
    {
        if (await directives.CheckAttachAsync(directiveId, ct) is { } refused)
        {
            return refused.Kind == Domain.Common.ErrorKind.NotFound ? NotFound() : Forbid();
        }

        if (file is null || file.Length > DirectiveService.MaxAttachmentBytes)
        {
            Messages.Errors.Add(text["Directives.AttachmentInvalid"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await LoadAsync(directiveId, ct);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var attached = await directives.AttachAsync(directiveId, file.FileName, file.ContentType, buffer.ToArray(), ct);
        if (attached.IsSuccess)
        {
            Messages.Success = text["Directives.Attached"];
        }
        else
        {
            Messages.Add(attached.Error!, text);
            Response.StatusCode = Infrastructure.ErrorResults.StatusOf(attached.Error!);
        }

        return await LoadAsync(directiveId, ct);
    }

    private async Task<IActionResult> LoadAsync(Guid directiveId, CancellationToken ct)
    {
        var directive = await directives.GetDtoAsync(directiveId, ct);
        if (!directive.IsSuccess)
        {
            return NotFound();
        }

        Directive = directive.Value!;
        var board = await boards.BoardAsync(directiveId, ct);
        Board = board.IsSuccess ? board.Value : null;
        Reports = await directives.VisibleReportsAsync(directiveId, ct);
        return Page();
    }
}
