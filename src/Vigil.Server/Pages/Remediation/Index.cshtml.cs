using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Compliance;
using Vigil.Server.Features.Compliance;
using Vigil.Server.Features.Export;
using Vigil.Server.Features.Remediation;
using Vigil.Server.Features.Units;
using Vigil.Storage;

namespace Vigil.Server.Pages.Remediation;

/// <summary>
/// The remediation board: items in the caller's scope grouped by status (planned → in progress → done → verified,
/// and cancelled), or one status as a paged list; bulk actions over the chosen items, all or nothing.
/// </summary>
public sealed class IndexModel(
    RemediationQuery query, RemediationBulkService bulk, RemediationExport export, CompliancePolicyHolder policies, UnitService units, AccessContext access,
    IStringLocalizer<SharedResource> text) : PageModel
{
    public static readonly string[] Statuses = [.. Enum.GetNames<RemediationStatus>()];

    /// <summary>Items a board column shows; the column links to its full list.</summary>
    public const int ColumnItems = 20;

    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Subtree { get; set; } = true;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Rule { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Owner { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    [BindProperty]
    public List<Guid> Ids { get; set; } = [];

    [BindProperty]
    public string? BulkAction { get; set; }

    [BindProperty]
    public string? BulkOwner { get; set; }

    [BindProperty]
    public string? BulkDue { get; set; }

    [BindProperty]
    public string? BulkStatus { get; set; }

    [BindProperty]
    public string? BulkNote { get; set; }

    public UnitPicker Picker { get; private set; } = new([], null, true);

    /// <summary>The board's columns (no status chosen) or the one list of the chosen status.</summary>
    public List<(string Status, RemediationListDto List)> Columns { get; } = [];

    public RemediationListDto? List { get; private set; }

    public IReadOnlyList<(string Id, string Title)> Rules { get; private set; } = [];

    public bool CanAct => access.Scope.CanWriteAnything;

    public PageMessages Messages { get; } = new();

    public RemediationFilter Filter => new()
    {
        UnitId = Unit, IncludeSubtree = Subtree, Status = Status, Kind = Kind, RuleId = Rule, Owner = Owner, Overdue = Overdue, Search = Q,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Subtree = UnitPicker.SubtreeOf(Request, Subtree);
        if (ExportFormat.WantsXlsx(Format) is { IsSuccess: true, Value: true })
        {
            var file = await export.ExportAsync(Filter, ct);
            if (file.IsSuccess)
            {
                return file.Value!.ToActionResult();
            }

            Messages.Add(file.Error!, text);
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostBulkAsync(CancellationToken ct)
    {
        Subtree = UnitPicker.SubtreeOf(Request, Subtree);
        var due = PageLinks.ParseDay(BulkDue);
        if (Ids.Count == 0)
        {
            Messages.Errors.Add(text["Remediation.ChooseItems"]);
        }
        else if (BulkAction == "due" && due is null && !string.IsNullOrWhiteSpace(BulkDue))
        {
            Messages.Errors.Add(text["Compliance.DayInvalid", BulkDue]);
        }
        else
        {
            // An empty owner field clears the owner, as in the API.
            var owner = BulkAction == "assign" ? BulkOwner ?? "" : null;
            var result = await bulk.ApplyAsync(new RemediationBulkDto(Ids, null, BulkAction, owner, due, BulkStatus, BulkNote), ct);
            if (result.IsSuccess)
            {
                Messages.Success = text["Remediation.BulkDone", result.Value!.Changed];
                Ids = [];
            }
            else
            {
                Response.StatusCode = Infrastructure.ErrorResults.StatusOf(result.Error!);
                Messages.Add(result.Error!, text);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    public bool CanWrite(Guid unitId) => access.Scope.CanWrite(unitId);

    public bool IsChosen(Guid id) => Ids.Contains(id);

    /// <summary>This board's address with some filters changed; paging starts over unless it is the change.</summary>
    public string Link(params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["unit"] = Unit?.ToString(), ["subtree"] = Unit is null ? null : Subtree ? "true" : "false", ["status"] = Status, ["kind"] = Kind,
            ["rule"] = Rule, ["owner"] = Owner, ["overdue"] = PageLinks.Flag(Overdue), ["q"] = Q,
        };
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }

        return PageLinks.To("/remediation", values);
    }

    public string PageLink(int page) => Link(("page", page.ToString(CultureInfo.InvariantCulture)));

    public string ExportLink => Link(("format", ExportFormat.Xlsx));

    /// <summary>The bulk form posts to this board's address, so the board comes back with the same filters.</summary>
    public string BulkLink
    {
        get
        {
            var link = Link(("page", PageNumber > 1 ? PageLinks.Number(PageNumber) : null));
            return link + (link.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=Bulk";
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Picker = new UnitPicker(await units.ListAsync(ct), Unit, Subtree);
        Rules = [.. policies.Active.Rules.Select(r => (r.Id, ComplianceText.RuleTitle(r.Id, r.TitleVi, r.TitleEn)))];
        if (!string.IsNullOrWhiteSpace(Status))
        {
            var result = await query.ListAsync(Filter, Math.Max(1, PageNumber), ct);
            if (result.IsSuccess)
            {
                List = result.Value;
            }
            else
            {
                Response.StatusCode = Infrastructure.ErrorResults.StatusOf(result.Error!);
                Messages.Add(result.Error!, text);
            }

            return;
        }

        foreach (var status in Statuses)
        {
            var result = await query.ListAsync(Filter with { Status = status }, 1, ct);
            if (!result.IsSuccess)
            {
                Response.StatusCode = Infrastructure.ErrorResults.StatusOf(result.Error!);
                Messages.Add(result.Error!, text);
                return;
            }

            Columns.Add((status, result.Value!));
        }
    }
}
