using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Inventory;
using Vigil.Server.Features.Compliance;
using Vigil.Server.Features.Inventory;
using Vigil.Server.Features.Vulnerabilities;

namespace Vigil.Server.Pages.Inventory;

public sealed class ComputerModel(
    ComputerDetailQuery details, ConflictService conflicts, PeopleFactsService people, ComputerComplianceQuery compliance, EsuService esu, VulnerabilityQuery vulnerabilities, TimeProvider clock,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ComputerId { get; set; }

    [BindProperty(SupportsGet = true, Name = "history")]
    public int HistoryPage { get; set; } = 1;

    [BindProperty]
    public Guid ConflictId { get; set; }

    [BindProperty]
    public string? ChosenSource { get; set; }

    [BindProperty]
    public string? Owner { get; set; }

    [BindProperty]
    public bool IsPersonal { get; set; }

    [BindProperty]
    public string? EsuUntil { get; set; }

    [BindProperty]
    public string? EsuNote { get; set; }

    public ComputerDetailDto? Detail { get; private set; }

    /// <summary>Verdicts with evidence, verdict history, ESU exception and remediation items.</summary>
    public ComputerComplianceDto? Compliance { get; private set; }

    public ComputerHistoryDto? History { get; private set; }

    /// <summary>The computer's vulnerability findings (open and closed) and the programs no CPE names.</summary>
    public VulnAssetDto? Vulnerabilities { get; private set; }

    public PageMessages Messages { get; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostResolveAsync(CancellationToken ct) =>
        await AfterAsync(await conflicts.ResolveAsync(ComputerId, ConflictId, ChosenSource, ct), "Computer.Resolved", ct);

    public async Task<IActionResult> OnPostFactsAsync(CancellationToken ct) =>
        await AfterAsync(await people.UpdateAsync(ComputerId, new ComputerPatchDto(Owner ?? "", IsPersonal), ct), "Computer.FactsSaved", ct);

    public async Task<IActionResult> OnPostEsuAsync(CancellationToken ct)
    {
        var until = PageLinks.ParseDay(EsuUntil);
        if (until is null && !string.IsNullOrWhiteSpace(EsuUntil))
        {
            Messages.Errors.Add(text["Compliance.DayInvalid", EsuUntil]);
            return await LoadAsync(ct);
        }

        var result = await esu.SetAsync(ComputerId, new EsuWriteDto(until, EsuNote), ct);
        return await AfterAsync(result.Map(_ => ComputerId), "Computer.EsuSaved", ct);
    }

    public async Task<IActionResult> OnPostEsuRemoveAsync(CancellationToken ct) =>
        await AfterAsync(await esu.RemoveAsync(ComputerId, ct), "Computer.EsuRemoved", ct);

    public string Local(DateTime? utc) => TimeDisplay.Format(utc, Detail?.UnitTimeZone);

    /// <summary>"3 ngày trước": how old the source's observation behind a fact is.</summary>
    public string Age(DateTime? utc)
    {
        if (utc is not { } t)
        {
            return "";
        }

        var days = (int)(clock.GetUtcNow().UtcDateTime - t).TotalDays;
        return days < 1 ? text["Computer.Today"] : text["Computer.DaysAgo", days];
    }

    public string YesNo(string? value) => value switch
    {
        "true" => text["Common.Yes"],
        "false" => text["Common.No"],
        _ => value ?? "—",
    };

    /// <summary>An OS change reads as its product lines first ("Windows 7 → Windows 10"); the full names follow.</summary>
    public static string? Headline(ComputerChangeDto change)
    {
        if (change.Field != "os")
        {
            return null;
        }

        string? Release(string? name) => name is null ? null : OsRelease.Of(new OsInfo { Name = name.Split(" · ")[0] });
        var before = Release(change.OldValue);
        var after = Release(change.NewValue);
        return before is null || after is null || before == after ? null : before + " → " + after;
    }

    public string HistoryLink(int page) => $"/inventory/computer/{ComputerId}?history={page.ToString(CultureInfo.InvariantCulture)}#history";

    private async Task<IActionResult> AfterAsync(Result<Guid> result, string successKey, CancellationToken ct)
    {
        if (result.IsSuccess)
        {
            Messages.Success = text[successKey];
        }
        else
        {
            Messages.Add(result.Error!, text);
            if (result.Error!.Kind is ErrorKind.NotFound or ErrorKind.Forbidden)
            {
                Response.StatusCode = Infrastructure.ErrorResults.StatusOf(result.Error);
                if (result.Error.Kind == ErrorKind.NotFound)
                {
                    return NotFound();
                }
            }
        }

        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var detail = await details.GetAsync(ComputerId, ct);
        if (!detail.IsSuccess)
        {
            return NotFound();
        }

        Detail = detail.Value;
        var owner = Detail!.Facts.FirstOrDefault(f => f.Field == "owner");
        Owner = owner?.Source == "manual" ? owner.Value : Owner ?? owner?.Value;
        IsPersonal = Detail.Summary.IsPersonal;
        History = (await details.HistoryAsync(ComputerId, Math.Max(1, HistoryPage), ct)).Value;
        Compliance = (await compliance.GetAsync(ComputerId, null, ct)).Value;
        Vulnerabilities = (await vulnerabilities.AssetAsync(ComputerId, device: false, ct)).Value;
        return Page();
    }
}
