using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Dashboard;
using Vigil.Server.Features.Units;

namespace Vigil.Server.Pages;

public sealed class IndexModel(DashboardService dashboard, UnitService units, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Subtree { get; set; } = true;

    public List<OrgUnit> Units { get; private set; } = [];

    public int MinDepth => Units.Count == 0 ? 0 : Units.Min(u => u.Depth);

    public DashboardDto? Dashboard { get; private set; }

    public PageMessages Messages { get; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        // An unchecked checkbox sends nothing; only a submitted form without it means "this unit only".
        if (Request.Query.ContainsKey("unit") && !Request.Query.ContainsKey("subtree"))
        {
            Subtree = false;
        }

        Units = await units.ListAsync(ct);
        var result = await dashboard.GetAsync(Unit, Subtree, ct);
        if (result.IsSuccess)
        {
            Dashboard = result.Value;
        }
        else
        {
            Response.StatusCode = Infrastructure.ErrorResults.StatusOf(result.Error!);
            Messages.Add(result.Error!, text);
        }
    }

    /// <summary>The inventory list behind a computer figure, for the same unit selection.</summary>
    public string? FigureLink(string key)
    {
        var filter = key switch
        {
            "computers" => "",
            "personal_computers" => "personal=true",
            "stale_computers" => "stale=true",
            _ => null,
        };
        if (filter is null)
        {
            return null;
        }

        var unit = Unit is { } id ? $"unit={id}&subtree={(Subtree ? "true" : "false")}" : "";
        var query = string.Join('&', new[] { unit, filter }.Where(p => p.Length > 0));
        return query.Length == 0 ? "/inventory" : "/inventory?" + query;
    }

    public string LocalTime(DateTime utc) => TimeDisplay.Format(utc, Units.FirstOrDefault(u => u.Id == Unit)?.TimeZone);
}
