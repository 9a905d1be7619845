using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Vigil.Contracts;
using Vigil.Contracts.V1;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.Indicators;

internal static class IndicatorEndpoints
{
    public static void MapIndicatorEndpoints(this RouteGroupBuilder api)
    {
        var indicators = api.MapGroup("/indicators").WithTags("Indicators");
        indicators.MapPost("/import", ImportAsync)
            .DisableAntiforgery() // Bearer-token API: no cookie, so no cross-site request can ride it.
            .WithSummary("Import files (multipart 'files'; fields unitId, source, overrides as JSON [{type,value,reason}]); ?dryRun=true previews the per-line report and warnings, otherwise commits all or nothing.");
        indicators.MapGet("/", async ([AsParameters] IndicatorSearch search, IndicatorService s, CancellationToken ct) => (await s.SearchAsync(search, ct)).ToHttp())
            .WithSummary("Search your indicators: type, value (substring), family, source, action, flagged, enforced, expired, revoked; page, pageSize.");
        indicators.MapGet("/batches", async (IndicatorService s, CancellationToken ct) => TypedResults.Ok(await s.BatchesAsync(ct)))
            .WithSummary("Committed imports you can see, newest first.");
        indicators.MapGet("/batches/{batchId:guid}", async (Guid batchId, IndicatorService s, CancellationToken ct) => (await s.BatchAsync(batchId, ct)).ToHttp())
            .WithSummary("One import with its stored per-line report.");
        indicators.MapGet("/export", async (string? format, Guid? pack, Guid? unitId, IndicatorExportService s, CancellationToken ct) =>
            {
                var export = await s.ExportAsync(format, pack, unitId, ct);
                if (!export.IsSuccess)
                {
                    return export.Error!.ToProblem();
                }

                var files = export.Value.Files;
                return files.Count == 1
                    ? Results.File(Encoding.UTF8.GetBytes(files[0].Content), files[0].MediaType, files[0].Name)
                    : Results.File(Zip(files), "application/zip", $"vigil-{format}.zip");
            })
            .WithSummary("Compile a pack (pack=) or everything a unit enforces (unitId=, default your unit) for a format: one file, or a ZIP for multi-file formats.");
        indicators.MapGet("/{indicatorId:guid}", async (Guid indicatorId, IndicatorService s, CancellationToken ct) => (await s.DetailAsync(indicatorId, ct)).ToHttp())
            .WithSummary("One indicator with its warnings, overrides, packs and history.");
        indicators.MapPatch("/{indicatorId:guid}", async (Guid indicatorId, IndicatorEditDto body, IndicatorService s, CancellationToken ct) => (await s.EditAsync(indicatorId, body, ct)).ToHttp())
            .WithSummary("Change the action (Block, AlertOnly), the alert-only pin or the expiry. Kill switches stay alert-only.");
        indicators.MapPost("/{indicatorId:guid}/override", async (Guid indicatorId, IndicatorRevokeDto body, IndicatorService s, CancellationToken ct) => (await s.OverrideAsync(indicatorId, body, ct)).ToHttp())
            .WithSummary("Override the value's warnings with a reason so it is enforced (never for kill switches).");
        indicators.MapPost("/{indicatorId:guid}/revoke", async (Guid indicatorId, IndicatorRevokeDto body, IndicatorService s, CancellationToken ct) => (await s.RevokeAsync(indicatorId, body, ct)).ToHttp())
            .WithSummary("Revoke with a reason: the value leaves every export and feed.");

        var packs = api.MapGroup("/indicator-packs").WithTags("Indicators");
        packs.MapGet("/", async (PackService s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)))
            .WithSummary("Packs you can see: those of your units and those published to a subtree containing one of them.");
        packs.MapPost("/", async (PackCreateDto body, PackService s, CancellationToken ct) => (await s.CreateAsync(body, ct)).ToHttp())
            .WithSummary("Create a draft pack from indicator ids, an import batch or a family/source search.");
        packs.MapPost("/built-in", async (BuiltInPackDto body, PackService s, CancellationToken ct) => (await s.PublishBuiltInAsync(body, ct)).ToHttp())
            .WithSummary("Import and publish a built-in pack (wannacry) with its attribution (coordinators of the target, administrators).");
        packs.MapGet("/{packId:guid}", async (Guid packId, PackService s, CancellationToken ct) => (await s.DetailAsync(packId, ct)).ToHttp())
            .WithSummary("A pack with its indicators and the deployment status of each unit of its subtree you can see.");
        packs.MapPost("/{packId:guid}/publish", async (Guid packId, PackService s, CancellationToken ct) => (await s.PublishAsync(packId, ct)).ToHttp())
            .WithSummary("Publish a draft to its target subtree (coordinators of the target, administrators).");
        packs.MapPost("/{packId:guid}/deployments", async (Guid packId, PackDeploymentWriteDto body, PackService s, CancellationToken ct) => (await s.DeployAsync(packId, body, ct)).ToHttp())
            .WithSummary("Record where your unit deployed the pack (firewall, ids, dns, endpoint).");

        var feeds = api.MapGroup("/feed-tokens").WithTags("Indicators");
        feeds.MapGet("/", async (FeedService s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)))
            .WithSummary("Feed tokens of your units (never their secrets).");
        feeds.MapPost("/", async (FeedTokenCreateDto body, HttpRequest request, FeedService s, CancellationToken ct) =>
                (await s.CreateAsync(body, $"{request.Scheme}://{request.Host}{request.PathBase}", ct)).ToHttp())
            .WithSummary("Create a feed token for a unit (a pack, or everything the unit enforces); the secret and the feed URLs are shown once.");
        feeds.MapPost("/{feedTokenId:guid}/revoke", async (Guid feedTokenId, FeedService s, CancellationToken ct) => (await s.RevokeAsync(feedTokenId, ct)).ToHttp())
            .WithSummary("Revoke a feed token: its URLs answer 404 from now on.");
    }

    /// <summary>GET /feeds/{token}/{format}: anonymous, the token is the credential.</summary>
    public static void MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(FeedService.RoutePrefix + "/{token}/{format}", async (string token, string format, HttpContext http, FeedService s, CancellationToken ct) =>
            {
                var headers = http.Request.GetTypedHeaders();
                var response = await s.ServeAsync(token, format, http.Request.Headers.IfNoneMatch.Count > 0 ? http.Request.Headers.IfNoneMatch.ToString() : null,
                    headers.IfModifiedSince, http.Connection.RemoteIpAddress?.ToString(), ct);
                if (response.Error is { } error)
                {
                    return error.ToProblem();
                }

                if (response.ETag is not null)
                {
                    http.Response.Headers.ETag = response.ETag;
                    http.Response.GetTypedHeaders().LastModified = response.LastModified;
                    http.Response.Headers.CacheControl = "no-cache";
                }

                return response.File is { } file
                    ? Results.Text(file.Content, file.MediaType, Encoding.UTF8)
                    : Results.StatusCode(response.StatusCode);
            })
            // Per-address limit like the API's: a token cannot be guessed by hammering the URL.
            .AllowAnonymous().RequireRateLimiting(Hosting.VigilServices.MachineRateLimit).WithTags("Indicators")
            .WithSummary("A feed for firewalls (FortiGate external threat feed, pfSense URL table, MikroTik fetch, Palo Alto EDL) with ETag and Last-Modified.");
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, bool? dryRun, IndicatorImportService s, IOptions<IndicatorOptions> options, CancellationToken ct)
    {
        var limits = options.Value;
        if (!request.HasFormContentType)
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "indicator.import_form", detail: "Send the files as multipart/form-data field 'files'.");
        }

        if (request.ContentLength > limits.MaxFileBytes * limits.MaxFiles + 1024 * 1024)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "indicator.import_size", detail: $"At most {limits.MaxFiles} files of {limits.MaxFileBytes} bytes each.");
        }

        var form = await request.ReadFormAsync(ct);
        var uploads = new List<ImportUpload>();
        foreach (var file in form.Files)
        {
            if (file.Length > limits.MaxFileBytes)
            {
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "indicator.import_size", detail: $"{file.FileName}: larger than {limits.MaxFileBytes} bytes.");
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            uploads.Add(new ImportUpload(Path.GetFileName(file.FileName), buffer.ToArray()));
        }

        Guid? unitId = null;
        if (form.TryGetValue("unitId", out var unitText) && !string.IsNullOrWhiteSpace(unitText))
        {
            if (!Guid.TryParse(unitText, out var parsed))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "indicator.unit_invalid", detail: "unitId is not a GUID.");
            }

            unitId = parsed;
        }

        List<OverrideRequestDto> overrides = [];
        if (form.TryGetValue("overrides", out var overrideText) && !string.IsNullOrWhiteSpace(overrideText))
        {
            try
            {
                overrides = JsonSerializer.Deserialize(overrideText.ToString(), VigilJsonContext.Default.ListOverrideRequestDto) ?? [];
            }
            catch (JsonException e)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "indicator.overrides_invalid", detail: $"overrides is not a JSON list of {{type, value, reason}}: {e.Message}");
            }
        }

        var source = form.TryGetValue("source", out var sourceText) ? sourceText.ToString() : null;
        return (await s.ImportAsync(unitId, uploads, source, overrides, dryRun != true, ct)).ToHttp();
    }

    private static byte[] Zip(IReadOnlyList<Domain.Indicators.Export.ExportFile> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                using var writer = new StreamWriter(zip.CreateEntry(file.Name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                writer.Write(file.Content);
            }
        }

        return buffer.ToArray();
    }
}
