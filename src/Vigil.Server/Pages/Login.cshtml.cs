using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Vigil.Server.Features.Account;
using Vigil.Server.Hosting;

namespace Vigil.Server.Pages;

[EnableRateLimiting(VigilServices.SignInRateLimit)]
public sealed class LoginModel(SignInService signIn, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public PageMessages Messages { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await signIn.SignInAsync(UserName, Password, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        if (!result.IsSuccess)
        {
            Messages.Add(result.Error!, text);
            Password = null;
            return Page();
        }

        var user = result.Value!;
        await HttpContext.SignInAsync(VigilAuthentication.CookieScheme, VigilAuthentication.PrincipalFor(user, VigilAuthentication.CookieScheme));
        // The account's language applies unless the person already chose one with the switch in this browser.
        if (!Infrastructure.CultureCookie.IsSet(Request))
        {
            Infrastructure.CultureCookie.Append(Response, user.Language == "en" ? "en-US" : "vi-VN");
        }

        if (user.MustChangePassword)
        {
            return LocalRedirect("/account?mustChange=1");
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
