using Microsoft.AspNetCore.Localization;
using Vigil.Server.Hosting;

namespace Vigil.Server.Infrastructure;

/// <summary>The one place that writes the UI-language cookie (language switch and sign-in).</summary>
internal static class CultureCookie
{
    public static bool IsSet(HttpRequest request) => request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName);

    /// <summary>Stores <paramref name="culture"/> if supported, otherwise Vietnamese.</summary>
    public static void Append(HttpResponse response, string? culture)
    {
        var chosen = VigilServices.SupportedCultures.FirstOrDefault(c => c.Name == culture) ?? VigilServices.SupportedCultures[0];
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
    }
}
