using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Indicators;
using Vigil.Storage;

namespace Vigil.Server.Pages.Indicators;

/// <summary>Feed URLs: create a token (shown once with ready-to-paste URLs per format), list, revoke.</summary>
public sealed class FeedsModel(FeedService feeds, PackService packs, VigilDbContext db, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public Guid UnitId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public Guid? PackId { get; set; }

    [BindProperty]
    public Guid TokenId { get; set; }

    public IReadOnlyList<FeedTokenDto> Tokens { get; private set; } = [];

    public IReadOnlyList<PackSummaryDto> Packs { get; private set; } = [];

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public Dictionary<string, string> Urls { get; private set; } = [];

    public PageMessages Messages { get; } = new();

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var created = await feeds.CreateAsync(new FeedTokenCreateDto(UnitId, Name, PackId), $"{Request.Scheme}://{Request.Host}{Request.PathBase}", ct);
        if (created.IsSuccess)
        {
            Messages.Secret = created.Value!.Secret;
            Messages.SecretLabel = text["Indicators.FeedSecretOnce"];
            Urls = created.Value.Urls;
        }
        else
        {
            Fail(created.Error!);
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        var revoked = await feeds.RevokeAsync(TokenId, ct);
        if (!revoked.IsSuccess)
        {
            Fail(revoked.Error!);
        }
        else
        {
            Messages.Success = text["Indicators.Saved"];
        }

        await LoadAsync(ct);
        return Page();
    }

    private void Fail(Error error)
    {
        Messages.Add(error, text);
        Response.StatusCode = Infrastructure.ErrorResults.StatusOf(error);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Tokens = await feeds.ListAsync(ct);
        Packs = [.. (await packs.ListAsync(ct)).Where(p => p.PublishedAt is not null)];
        Units = [.. (await IndicatorUnits.ReadableAsync(db, ct)).Where(u => db.Access.Scope.CanWrite(u.Id))];
    }
}
