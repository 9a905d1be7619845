using System.Text;
using Vigil.Contracts.V1;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.Isolation;

public static class IsolationEndpoints
{
    public static RouteGroupBuilder MapIsolationEndpoints(this RouteGroupBuilder api)
    {
        var computers = api.MapGroup("/computers/{computerId:guid}").WithTags("Isolation");
        computers.MapGet("/isolation", async (Guid computerId, IsolationService s, CancellationToken ct) => (await s.GetAsync(computerId, ct)).ToHttp())
            .WithSummary("The computer's latest isolation with its steps.");
        computers.MapPost("/isolation", async (Guid computerId, IsolationRequestDto body, IsolationService s, CancellationToken ct) => (await s.IsolateAsync(computerId, body, ct)).ToHttp())
            .WithSummary("Isolate the computer: through its agent when it has a capable one, else network quarantine.");
        computers.MapDelete("/isolation", async (Guid computerId, string? reason, IsolationService s, CancellationToken ct) => (await s.ReleaseAsync(computerId, reason, ct)).ToHttp())
            .WithSummary("Release the computer's isolation.");
        computers.MapGet("/containment/{kit}", async (Guid computerId, string kit, string? @interface, ContainmentService s, CancellationToken ct) =>
            {
                var result = await s.KitAsync(computerId, kit, @interface, ct);
                return result.IsSuccess ? Results.Text(result.Value!.Text, result.Value.ContentType, Encoding.UTF8) : result.Error!.ToProblem();
            })
            .WithSummary("Containment configuration for a device in front of the computer (cisco-ios, cisco-asa, fortigate, mikrotik, nftables, ip-list).");
        return computers;
    }

    /// <summary>GET /feeds/{token}/quarantine/{format}: anonymous, the token (an indicator feed token) is the credential.</summary>
    public static void MapQuarantineFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(Indicators.FeedService.RoutePrefix + "/{token}/quarantine/{format}", async (string token, string format, HttpContext http, ContainmentService s, CancellationToken ct) =>
            {
                var response = await s.ServeAsync(token, format, http.Request.Headers.IfNoneMatch.Count > 0 ? http.Request.Headers.IfNoneMatch.ToString() : null,
                    http.Connection.RemoteIpAddress?.ToString(), ct);
                if (response.Error is { } error)
                {
                    return error.ToProblem();
                }

                if (response.ETag is not null)
                {
                    http.Response.Headers.ETag = response.ETag;
                    http.Response.Headers.CacheControl = "no-cache";
                }

                return response.File is { } file ? Results.Text(file.Content, file.MediaType, Encoding.UTF8) : Results.StatusCode(response.StatusCode);
            })
            .AllowAnonymous().RequireRateLimiting(Hosting.VigilServices.MachineRateLimit).WithTags("Isolation")
            .WithSummary("Hosts in network quarantine in the token's unit subtree, for firewalls, with ETag.");
    }
}
