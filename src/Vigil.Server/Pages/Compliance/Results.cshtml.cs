using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Server.Features.Compliance;
using Vigil.Server.Features.Export;
using Vigil.Server.Features.Units;

namespace Vigil.Server.Pages.Compliance;

/// <summary>The computers behind a dashboard number: current verdicts with their reason, evidence, data age and remediation.</summary>
public sealed class ResultsModel(
    ComplianceQuery compliance, ComplianceResultsExport export, CompliancePolicyHolder policies, UnitService units, TimeProvider clock,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Subtree { get; set; } = true;

    [BindProperty(SupportsGet = true)]
    public string? Rule { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Remediation { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Target { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Parts { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public UnitPicker Picker { get; private set; } = new([], null, true);

    public ComplianceResultListDto? List { get; private set; }

    public IReadOnlyList<(string Id, string Title)> Rules { get; private set; } = [];

    public DateTime Now { get; private set; }

    public PageMessages Messages { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Subtree = UnitPicker.SubtreeOf(Request, Subtree);
        Now = clock.GetUtcNow().UtcDateTime;
        Rules = [.. policies.Active.Rules.Select(r => (r.Id, ComplianceText.RuleTitle(r.Id, r.TitleVi, r.TitleEn)))];
        var filter = new ComplianceResultFilter
        {
            UnitId = Unit, IncludeSubtree = Subtree, RuleId = Rule, Status = Status, Remediation = Remediation, Reason = Reason,
            Target = Target, Parts = Parts, Search = Q,
        };
        var xlsx = ExportFormat.WantsXlsx(Format);
        if (xlsx is { IsSuccess: true, Value: true })
        {
            var file = await export.ExportAsync(filter, ct);
            if (file.IsSuccess)
            {
                return file.Value!.ToActionResult();
            }

            Messages.Add(file.Error!, text);
        }

        Picker = new UnitPicker(await units.ListAsync(ct), Unit, Subtree);
        var result = await compliance.ResultsAsync(filter, Math.Max(1, PageNumber), ct);
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

    public string RuleTitle(string id) => Rules.FirstOrDefault(r => r.Id == id).Title ?? id;

    /// <summary>"3 ngày trước": how old the report behind a verdict is.</summary>
    public string Age(DateTime? observed)
    {
        if (observed is not { } t)
        {
            return text["Compliance.NoData"];
        }

        var days = (int)(Now - t).TotalDays;
        return days < 1 ? text["Computer.Today"] : text["Computer.DaysAgo", days];
    }

    /// <summary>This list's address with some filters changed; paging starts over unless it is the change.</summary>
    public string Link(params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["unit"] = Unit?.ToString(), ["subtree"] = Unit is null ? null : Subtree ? "true" : "false", ["rule"] = Rule, ["status"] = Status,
            ["remediation"] = Remediation, ["reason"] = Reason, ["target"] = Target, ["parts"] = Parts, ["q"] = Q,
        };
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }

        return PageLinks.To("/compliance/results", values);
    }

    public string PageLink(int page) => Link(("page", page.ToString(CultureInfo.InvariantCulture)));

    public string ExportLink => Link(("format", ExportFormat.Xlsx));

    public string DashboardLink => PageLinks.To("/compliance", [new("unit", Unit?.ToString()), new("subtree", Unit is null ? null : Subtree ? "true" : "false")]);
}
