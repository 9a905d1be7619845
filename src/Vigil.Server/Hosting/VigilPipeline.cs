using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Hosting;

internal static class VigilPipeline
{
    public static void UseVigilPipeline(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value;
        if (options.BehindProxy)
        {
            var forwarded = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
            foreach (var proxy in options.KnownProxies)
            {
                forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            app.UseForwardedHeaders();
        }

        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = _ => StatusCodes.Status500InternalServerError });
        // API callers and agents get ProblemDetails; people get the styled error page in their language.
        app.UseWhen(IsMachinePath, api => api.UseStatusCodePages());
        app.UseWhen(c => !IsMachinePath(c), pages => pages.UseStatusCodePagesWithReExecute("/error", "?code={0}"));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<AccessScopeMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
    }

    private static bool IsMachinePath(HttpContext c) =>
        c.Request.Path.StartsWithSegments(VigilEndpoints.ApiPrefix) || c.Request.Path.StartsWithSegments(VigilAuthentication.AgentPrefix) ||
        c.Request.Path.StartsWithSegments(Features.Inventory.Ocs.OcsEndpoints.Path);
}
