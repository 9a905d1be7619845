using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Vigil.Contracts.V1;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.Alerts;

internal static class AlertEndpoints
{
    public static void MapAlertEndpoints(this RouteGroupBuilder api)
    {
        var logs = api.MapGroup("/logs").WithTags("Alerts");
        logs.MapPost("/", UploadAsync)
            .DisableAntiforgery() // Bearer-token API: no cookie, so no cross-site request can ride it.
            .WithSummary("Upload a log as the request body (plain or gzip); ?unit= (default your only unit), name from ?name= or the X-File-Name header. The log is retained and hunted with the unit's indicators in force.");
        logs.MapGet("/", async (Guid? unit, LogUploadService s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(unit, ct)))
            .WithSummary("Retained logs you can see, newest first (at most 500); ?unit= narrows to one unit.");
        logs.MapGet("/{logId:guid}", async (Guid logId, LogUploadService s, CancellationToken ct) => (await s.DetailAsync(logId, ct)).ToHttp())
            .WithSummary("One retained log: size, lines, format, when hunted, hits.");

        var alerts = api.MapGroup("/alerts").WithTags("Alerts");
        alerts.MapGet("/", async ([AsParameters] AlertSearch search, AlertService s, CancellationToken ct) => (await s.SearchAsync(search, ct)).ToHttp())
            .WithSummary("Alerts you can see, last seen first: status, action, unitId (subtree), computerId, indicator (substring), since; page, pageSize.");
        alerts.MapGet("/{alertId:guid}", async (Guid alertId, AlertService s, CancellationToken ct) => (await s.DetailAsync(alertId, ct)).ToHttp())
            .WithSummary("One alert with its sampled hits.");
        alerts.MapPost("/{alertId:guid}/acknowledge", async (Guid alertId, AlertStatusChangeDto? body, AlertService s, CancellationToken ct) => (await s.AcknowledgeAsync(alertId, body, ct)).ToHttp())
            .WithSummary("Acknowledge an alert (officers of its unit, coordinators above); an optional note.");
        alerts.MapPost("/{alertId:guid}/close", async (Guid alertId, AlertStatusChangeDto? body, AlertService s, CancellationToken ct) => (await s.CloseAsync(alertId, body, ct)).ToHttp())
            .WithSummary("Close an alert; a new hit opens it again.");
    }

    private static async Task<IResult> UploadAsync(Guid? unit, string? name, HttpContext http, LogUploadService s, IOptions<AlertOptions> options, CancellationToken ct)
    {
        // The service enforces the limit on the decompressed bytes; Kestrel's default cap (30 MB) would refuse real logs.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = options.Value.MaxUploadBytes;
        }

        var fileName = name ?? http.Request.Headers["X-File-Name"].FirstOrDefault();
        var result = await s.UploadAsync(http.Request.Body, unit, fileName, ct);
        return result.ToHttp();
    }
}
