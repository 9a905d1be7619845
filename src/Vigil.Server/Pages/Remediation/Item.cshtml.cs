using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Server.Features.Inventory;
using Vigil.Server.Features.Remediation;
using Vigil.Storage;

namespace Vigil.Server.Pages.Remediation;

/// <summary>
/// One remediation item: its facts, its timeline (every step with the person and time, and the verdict behind
/// automatic steps), the status moves the person may make, owner and due day, comments and evidence, and for a
/// "replace" item the replacement computer, found by hostname in the item's unit.
/// </summary>
public sealed class ItemModel(
    RemediationQuery query, RemediationService service, ComputerRetirementService retirement, InventoryQuery inventory, AccessContext access,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ItemId { get; set; }

    /// <summary>Part of a hostname: the replacement search.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    [BindProperty]
    public string? NewStatus { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Owner { get; set; }

    [BindProperty]
    public string? DueOn { get; set; }

    [BindProperty]
    public string? CommentText { get; set; }

    [BindProperty]
    public bool IsEvidence { get; set; }

    [BindProperty]
    public Guid? ReplacementId { get; set; }

    public RemediationDetailDto? Detail { get; private set; }

    public bool CanWrite { get; private set; }

    /// <summary>Computers of the item's unit matching <see cref="Find"/>, the candidates for its replacement.</summary>
    public IReadOnlyList<ComputerSummaryDto> Candidates { get; private set; } = [];

    public PageMessages Messages { get; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostTransitionAsync(CancellationToken ct) =>
        await AfterAsync(await service.TransitionAsync(ItemId, new RemediationTransitionDto(NewStatus, Note), ct), "Remediation.Moved", ct);

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken ct)
    {
        var due = PageLinks.ParseDay(DueOn);
        if (due is null && !string.IsNullOrWhiteSpace(DueOn))
        {
            Messages.Errors.Add(text["Compliance.DayInvalid", DueOn]);
            return await LoadAsync(ct);
        }

        return await AfterAsync(await service.UpdateAsync(ItemId, new RemediationUpdateDto(Owner ?? "", due), ct), "Common.Saved", ct);
    }

    public async Task<IActionResult> OnPostCommentAsync(CancellationToken ct)
    {
        var result = await service.CommentAsync(ItemId, new RemediationCommentDto(CommentText, IsEvidence), ct);
        if (result.IsSuccess)
        {
            CommentText = null;
            IsEvidence = false;
            ModelState.Clear();
        }

        return await AfterAsync(result, IsEvidence ? "Remediation.EvidenceAdded" : "Remediation.Commented", ct);
    }

    public async Task<IActionResult> OnPostReplacementAsync(CancellationToken ct) =>
        await AfterAsync(await retirement.LinkReplacementAsync(ItemId, new ReplacementLinkDto(ReplacementId, Note), ct), "Remediation.ReplacementLinked", ct);

    private async Task<IActionResult> AfterAsync(Result<Guid> result, string successKey, CancellationToken ct)
    {
        if (result.IsSuccess)
        {
            Messages.Success = text[successKey];
        }
        else
        {
            if (result.Error!.Kind == ErrorKind.NotFound && result.Error.Code == "remediation.not_found")
            {
                return NotFound();
            }

            Response.StatusCode = Infrastructure.ErrorResults.StatusOf(result.Error);
            Messages.Add(result.Error, text);
        }

        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var detail = await query.GetAsync(ItemId, ct);
        if (!detail.IsSuccess)
        {
            return NotFound();
        }

        Detail = detail.Value!;
        var item = Detail.Item;
        CanWrite = access.Scope.CanWrite(item.UnitId);
        Owner ??= item.Owner;
        DueOn ??= PageLinks.Day(item.DueOn);
        if (CanWrite && item.Kind == "Replace" && item.ComputerId is not null && item.ReplacementComputerId is null && !string.IsNullOrWhiteSpace(Find))
        {
            var found = await inventory.ListAsync(new InventoryFilter { UnitId = item.UnitId, IncludeSubtree = false, Search = Find }, ct);
            Candidates = found.IsSuccess ? [.. found.Value!.Items.Where(c => c.Id != item.ComputerId)] : [];
        }

        return Page();
    }
}
