using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Export;
using Vigil.Server.Features.Inventory;
using Vigil.Server.Features.Units;
using Vigil.Storage;

namespace Vigil.Server.Pages.Inventory;

public sealed class IndexModel(InventoryQuery inventory, InventoryExport export, UnitService units, AccessContext access, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Subtree { get; set; } = true;

    [BindProperty(SupportsGet = true)]
    public string? Os { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Release { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Unsupported { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Personal { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Stale { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Conflicts { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Retired { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public List<OrgUnit> Units { get; private set; } = [];

    public int MinDepth => Units.Count == 0 ? 0 : Units.Min(u => u.Depth);

    public ComputerListDto? List { get; private set; }

    public bool SortsUnassigned => access.Scope.SortsUnassigned;

    public PageMessages Messages { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // An unchecked checkbox sends nothing; only a submitted form without it means "this unit only".
        if (Request.Query.ContainsKey("unit") && !Request.Query.ContainsKey("subtree"))
        {
            Subtree = false;
        }

        var filter = new InventoryFilter
        {
            UnitId = Unit, IncludeSubtree = Subtree, OsFamily = Os, OsRelease = Release, Source = Source, Unsupported = Unsupported,
            Personal = Personal, Stale = Stale, Conflicts = Conflicts, Retired = Retired, Search = Q, Sort = Sort, Page = Math.Max(1, PageNumber),
        };
        if (ExportFormat.WantsXlsx(Format) is { IsSuccess: true, Value: true })
        {
            var file = await export.ExportAsync(filter, ct);
            if (file.IsSuccess)
            {
                return file.Value!.ToActionResult();
            }

            Messages.Add(file.Error!, text);
        }

        Units = await units.ListAsync(ct);
        var result = await inventory.ListAsync(filter, ct);
        if (result.IsSuccess)
        {
            List = result.Value;
        }
        else
        {
            Response.StatusCode = Infrastructure.ErrorResults.StatusOf(result.Error!);
            Messages.Add(result.Error!, text);
        }

        return Page();
    }

    public string TimeZoneOf(Guid unitId) => Units.Find(u => u.Id == unitId)?.TimeZone ?? UnitTree.DefaultTimeZone;

    /// <summary>This page's address with some filters changed; paging starts over unless it is the change.</summary>
    public string Link(params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["unit"] = Unit?.ToString(), ["subtree"] = Unit is null ? null : Subtree ? "true" : "false", ["os"] = Os, ["release"] = Release,
            ["source"] = Source, ["unsupported"] = Flag(Unsupported), ["personal"] = Flag(Personal), ["stale"] = Flag(Stale),
            ["conflicts"] = Flag(Conflicts), ["retired"] = Flag(Retired), ["q"] = Q, ["sort"] = Sort,
        };
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }

        var query = QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value)));
        return "/inventory" + query.Value;
    }

    public string ExportLink => Link(("format", ExportFormat.Xlsx));

    public string PageLink(int page) => Link(("page", page.ToString(CultureInfo.InvariantCulture)));

    public static string GigaBytes(int? mb) => mb is { } m ? (m / 1024.0).ToString("0.#", CultureInfo.CurrentCulture) + " GB" : "—";

    private static string? Flag(bool on) => on ? "true" : null;
}
