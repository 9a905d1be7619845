using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Server.Features.Account;
using Vigil.Server.Hosting;
using Vigil.Storage;

namespace Vigil.Server.Pages.Account;

public sealed class IndexModel(PasswordService passwords, TokenService tokens, VigilDbContext db, IStringLocalizer<SharedResource> text) : PageModel
{
    public List<TokenDto> Tokens { get; private set; } = [];

    public bool MustChange { get; private set; }

    public PageMessages Messages { get; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostPasswordAsync(string? currentPassword, string? newPassword, CancellationToken ct)
    {
        var result = await passwords.ChangeOwnAsync(currentPassword, newPassword, ct);
        if (result.IsSuccess)
        {
            // The stamp changed, which ends every other session; re-issue this one so the person stays signed in.
            var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == db.Access.ActorId, ct);
            await HttpContext.SignInAsync(VigilAuthentication.CookieScheme, VigilAuthentication.PrincipalFor(user, VigilAuthentication.CookieScheme));
            Messages.Success = text["Account.PasswordChanged"];
        }
        else
        {
            Messages.Add(result.Error!, text);
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateTokenAsync(string? tokenName, int? tokenDays, CancellationToken ct)
    {
        var result = await tokens.CreateAsync(new TokenCreateDto(tokenName, tokenDays), ct);
        if (result.IsSuccess)
        {
            Messages.Secret = result.Value!.Secret;
            Messages.SecretLabel = text["Account.TokenSecret"];
        }
        else
        {
            Messages.Add(result.Error!, text);
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid tokenId, CancellationToken ct)
    {
        var result = await tokens.RevokeAsync(tokenId, ct);
        if (!result.IsSuccess)
        {
            Messages.Add(result.Error!, text);
            Response.StatusCode = Infrastructure.ErrorResults.StatusOf(result.Error!);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Tokens = await tokens.ListOwnAsync(ct);
        MustChange = await db.Users.AsNoTracking().Where(u => u.Id == db.Access.ActorId).Select(u => u.MustChangePassword).FirstOrDefaultAsync(ct);
    }
}
