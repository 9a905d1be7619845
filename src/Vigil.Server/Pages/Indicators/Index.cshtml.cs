using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Contracts.V1;
using Vigil.Server.Features.Indicators;

namespace Vigil.Server.Pages.Indicators;

/// <summary>Search of the indicators the person can see.</summary>
public sealed class IndexModel(IndicatorService indicators) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Value { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Family { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IndicatorPageDto Result { get; private set; } = new(0, 1, 100, []);

    public PageMessages Messages { get; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var search = new IndicatorSearch
        {
            Type = Type, Value = Value, Family = Family, Page = PageNumber, PageSize = 100,
            Enforced = State == "enforced" ? true : null, Flagged = State == "flagged" ? true : null, Revoked = State == "revoked" ? true : null,
        };
        var found = await indicators.SearchAsync(search, ct);
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
