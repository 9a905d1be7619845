using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Contracts.V1;
using Vigil.Server.Features.Alerts;

namespace Vigil.Server.Pages.Alerts;

/// <summary>Alerts the person can see, last seen first, with the API's filters.</summary>
public sealed class IndexModel(AlertService alerts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Indicator { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AlertPageDto Result { get; private set; } = new(0, 1, 100, []);

    public PageMessages Messages { get; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var found = await alerts.SearchAsync(new AlertSearch { Status = Status, Action = Action, Indicator = Indicator, Page = PageNumber, PageSize = 100 }, ct);
        if (found.IsSuccess)
        {
            Result = found.Value!;
        }
        else
        {
            Messages.Errors.Add(found.Error!.Message);
        }
    }
}
