using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Audit;
using Vigil.Server.Hosting;

namespace Vigil.Server.Pages.Audit;

[Authorize(Policy = VigilAuthentication.ReadAudit)]
public sealed class IndexModel(AuditQuery audit, IStringLocalizer<SharedResource> text) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityId { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public List<AuditEntryDto> Entries { get; private set; } = [];

    public PageMessages Messages { get; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Dates in the filter are the office's calendar days, so they start at local midnight.
        var zone = TimeZoneInfo.FindSystemTimeZoneById(UnitTree.DefaultTimeZone);
        DateTime? Utc(DateOnly? d) => d is { } day ? TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone) : null;
        var result = await audit.SearchAsync(new AuditFilter(Utc(From), Utc(To?.AddDays(1)), Actor, Action, EntityType, EntityId, null, PageNumber, PageSize), ct);
        if (result.IsSuccess)
        {
            Entries = result.Value!;
        }
        else
        {
            Messages.Add(result.Error!, text);
        }
    }

    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["From"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["To"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Actor"] = Actor, ["Action"] = Action, ["EntityType"] = EntityType, ["EntityId"] = EntityId,
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Value ?? "";
}
