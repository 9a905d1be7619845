using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Vigil.Domain.Access;
using Vigil.Server.Features.Account;

namespace Vigil.Server.Hosting;

/// <summary>
/// Pages sign in with a cookie (antiforgery on every form); /api/v1 takes bearer tokens only, so a browser
/// session can never be ridden by a cross-site request to the API.
/// </summary>
internal static class VigilAuthentication
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string TokenScheme = "ApiToken";
    public const string AgentScheme = "AgentCredential";
    public const string AgentPrefix = "/agent";

    /// <summary>Default scheme: a bearer header means a token, anything else the cookie.</summary>
    public const string SelectorScheme = "CookieOrToken";
    public const string StampClaim = "vigil:stamp";

    public const string ManageUnits = "ManageUnits";
    public const string ManageUsers = "ManageUsers";
    public const string ReadAudit = "ReadAudit";
    public const string ApiUser = "ApiUser";
    public const string EnrolledAgent = "EnrolledAgent";

    public static void AddVigilAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "Cookie, token or agent", o => o.ForwardDefaultSelector = SelectScheme)
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = "vigil.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.AccessDeniedPath = "/denied";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = ValidateStampAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(TokenScheme, null)
            .AddScheme<AuthenticationSchemeOptions, Features.Agents.AgentAuthenticationHandler>(AgentScheme, null);
    }

    /// <summary>Agent paths know only agent credentials; elsewhere a bearer header means a person's token.</summary>
    private static string SelectScheme(HttpContext http) =>
        http.Request.Path.StartsWithSegments(AgentPrefix) ? AgentScheme
        : http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? TokenScheme
        : CookieScheme;

    public static void AddVigilAuthorization(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(ManageUnits, p => p.RequireRole(nameof(Role.Administrator), nameof(Role.Coordinator)))
            .AddPolicy(ManageUsers, p => p.RequireRole(nameof(Role.Administrator), nameof(Role.Coordinator)))
            .AddPolicy(ReadAudit, p => p.RequireRole(nameof(Role.Administrator), nameof(Role.Coordinator)))
            .AddPolicy(ApiUser, p => p.AddAuthenticationSchemes(TokenScheme).RequireAuthenticatedUser())
            .AddPolicy(EnrolledAgent, p => p.AddAuthenticationSchemes(AgentScheme).RequireAuthenticatedUser().RequireClaim(Features.Agents.AgentAuthenticationHandler.AgentClaim));

    /// <summary>The claims carried by both a cookie session and a token request.</summary>
    public static ClaimsPrincipal PrincipalFor(UserAccount user, string scheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
                new Claim(ClaimTypes.Name, user.UserName),
                new Claim(ClaimTypes.GivenName, user.DisplayName),
                new Claim(ClaimTypes.Role, user.Role.ToString()),
                new Claim(StampClaim, user.SecurityStamp),
            ],
            scheme));

    /// <summary>A password change or disabling rotates the stamp; sessions issued before it end on every server.</summary>
    private static async Task ValidateStampAsync(CookieValidatePrincipalContext context)
    {
        var loader = context.HttpContext.RequestServices.GetRequiredService<ScopeLoader>();
        if (!await loader.IsSessionValidAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieScheme);
        }
    }
}
