using Microsoft.Extensions.Options;
using Vigil.Domain.Common;
using Vigil.Server.Hosting;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.Inventory.Ocs;

/// <summary>
/// The OCS Inventory NG server protocol at <c>/ocsinventory</c>, for OCS and FusionInventory agents already installed
/// on the units' PCs (including XP and 7 machines no .NET agent runs on). These agents carry no credential, so the
/// endpoint is anonymous: who may reach it is decided by the network (see docs/inventory.md), and the TAG an agent was
/// installed with names its unit.
/// </summary>
internal static class OcsEndpoints
{
    public const string Path = "/ocsinventory";

    public static void MapOcsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ReceiveAsync)
            .AllowAnonymous()
            .DisableAntiforgery() // No cookie is read or set; agents cannot fetch a token.
            .RequireRateLimiting(VigilServices.OcsRateLimit)
            .ExcludeFromDescription();

        // A person (or a load balancer) checking the URL given to agents gets a plain answer instead of an error page.
        app.MapGet(Path, (IOptions<OcsOptions> options) => options.Value.Enabled
                ? Results.Text("Vigil OCS Inventory NG / FusionInventory endpoint: agents POST their inventory here.\n", "text/plain; charset=utf-8")
                : Results.NotFound())
            .AllowAnonymous()
            .RequireRateLimiting(VigilServices.OcsRateLimit)
            .ExcludeFromDescription();
    }

    private static async Task<IResult> ReceiveAsync(HttpContext http, OcsService service, IOptions<OcsOptions> options, ILogger<OcsService> logger, CancellationToken ct)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return Results.NotFound();
        }

        var address = http.Connection.RemoteIpAddress?.ToString();
        var body = await OcsBody.ReadAsync(http.Request, settings, ct);
        if (!body.IsSuccess)
        {
            return Refuse(logger, address, body.Error!);
        }

        var (xml, compression) = body.Value;
        Result<string> reply;
        using (xml)
        {
            reply = await service.HandleAsync(xml.Segment, address, ct);
        }

        return reply.IsSuccess ? OcsReply.Result(reply.Value!, compression) : Refuse(logger, address, reply.Error!);
    }

    private static IResult Refuse(ILogger logger, string? address, Error error)
    {
        Log.OcsRequestRefused(logger, address, error.Code, error.Message, error.Location);
        if (error.Code != OcsBody.TooLarge)
        {
            return error.ToProblem();
        }

        return TypedResults.Problem(detail: error.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: error.Code,
            extensions: new Dictionary<string, object?> { ["errorCode"] = error.Code, ["location"] = error.Location });
    }
}
