using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Access;
using Vigil.Domain.Common;
using Vigil.Domain.Indicators.Stored;
using Vigil.Storage;

namespace Vigil.Server.Features.Indicators;

/// <summary>
/// Feed URLs firewalls pull: the token is in the path because FortiGate, pfSense and EDL clients cannot send headers.
/// Only the token's SHA-256 is stored; it is shown once. A feed is answered in the token unit's read-only scope.
/// </summary>
public sealed class FeedService(VigilDbContext db, TimeProvider clock, IndicatorExportService exports, ILogger<FeedService> logger)
{
    public const string RoutePrefix = "/feeds";

    public async Task<List<FeedTokenDto>> ListAsync(CancellationToken ct) =>
        (await db.FeedTokens.AsNoTracking().OrderByDescending(t => t.CreatedAt).ToListAsync(ct)).ConvertAll(IndicatorMapping.ToDto);

    public async Task<Result<FeedTokenCreatedDto>> CreateAsync(FeedTokenCreateDto request, string baseUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unit = await IndicatorAccess.UnitAsync(db, request.UnitId, ct);
        if (!unit.IsSuccess)
        {
            return unit.Error!;
        }

        if (request.PackId is { } packId && !await db.IndicatorPacks.AnyAsync(p => p.Id == packId && p.PublishedAt != null, ct))
        {
            return IndicatorAccess.PackNotFound(packId);
        }

        var secret = FeedSecret.Create();
        var token = new FeedToken
        {
            Id = Guid.CreateVersion7(), UnitId = unit.Value, Name = string.IsNullOrWhiteSpace(request.Name) ? "feed" : request.Name.Trim(),
            Prefix = secret[..12], SecretHash = ApiTokenSecret.Hash(secret), PackId = request.PackId,
            CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = db.Access.ActorName,
        };
        db.FeedTokens.Add(token);
        await db.SaveChangesAsync(ct);
        Log.FeedTokenCreated(logger, token.Id, token.UnitId);
        var urls = IndicatorExportService.SingleFileFormats()
            .ToDictionary(f => f.Name, f => $"{baseUrl.TrimEnd('/')}{RoutePrefix}/{secret}/{f.Name}");
        return new FeedTokenCreatedDto(IndicatorMapping.ToDto(token), secret, urls);
    }

    public async Task<Result<FeedTokenDto>> RevokeAsync(Guid tokenId, CancellationToken ct)
    {
        var token = await db.FeedTokens.FirstOrDefaultAsync(t => t.Id == tokenId, ct);
        if (token is null)
        {
            return Error.NotFound("feed.token_not_found", $"Feed token {tokenId} does not exist or is outside your scope.");
        }

        if (!db.Access.Scope.CanWrite(token.UnitId))
        {
            return Error.Forbidden("feed.forbidden", "Only the unit's officers and coordinators revoke its feed tokens.");
        }

        token.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        Log.FeedTokenRevoked(logger, token.Id);
        return IndicatorMapping.ToDto(token);
    }

    /// <summary>The feed's content, or null with the status to answer (304 or 404) — never saying why a token failed.</summary>
    public async Task<FeedResponse> ServeAsync(string secret, string formatName, string? ifNoneMatch, DateTimeOffset? ifModifiedSince, string? address, CancellationToken ct)
    {
        var token = await ResolveTokenAsync(db, clock, secret, ct);
        if (token is null)
        {
            Log.FeedTokenRefused(logger, address);
            return FeedResponse.Status(StatusCodes.Status404NotFound);
        }

        var format = IndicatorExportService.Format(formatName);
        if (!format.IsSuccess)
        {
            return FeedResponse.Failed(format.Error!);
        }

        if (!IndicatorExportService.SingleFileFormats().Any(f => f.Format == format.Value))
        {
            return FeedResponse.Failed(Error.Validation("feed.format_multi_file", $"'{formatName}' compiles to several files and cannot be served as a feed; download it from the export page instead.", "format"));
        }

        // A feed reads what its unit reads, nothing more, and changes nothing.
        db.Access.Scope = AccessScope.ForUser(token.Id, Role.Viewer, [token.UnitId], id => [id]);
        var export = await exports.ExportAsync(formatName, token.PackId, token.PackId is null ? token.UnitId : null, ct);
        if (!export.IsSuccess)
        {
            return FeedResponse.Status(StatusCodes.Status404NotFound);
        }

        var file = export.Value.Files[0];
        var (etag, matched) = ETagOf(file.Content, ifNoneMatch);
        var lastModified = new DateTimeOffset(DateTime.SpecifyKind(export.Value.LastChange, DateTimeKind.Utc)).AddTicks(-(export.Value.LastChange.Ticks % TimeSpan.TicksPerSecond));
        // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
        var notModified = ifNoneMatch is not null ? matched : ifModifiedSince is { } since && lastModified <= since;
        Log.FeedServed(logger, token.Id, formatName, notModified ? 304 : 200);
        return new FeedResponse(notModified ? StatusCodes.Status304NotModified : StatusCodes.Status200OK, notModified ? null : file, etag, lastModified, null);
    }

    /// <summary>
    /// The live (not revoked) feed token of a secret, its use recorded; null for anything else. Only the secret's hash is
    /// compared, and the lookup runs as the system because the caller is anonymous. Every feed (indicators, quarantine)
    /// resolves its token here.
    /// </summary>
    internal static async Task<FeedToken?> ResolveTokenAsync(VigilDbContext db, TimeProvider clock, string? secret, CancellationToken ct)
    {
        using (db.Access.ElevateToSystem())
        {
            var hash = ApiTokenSecret.Hash(secret ?? "");
            var token = await db.FeedTokens.FirstOrDefaultAsync(t => t.SecretHash == hash && t.RevokedAt == null, ct);
            if (token is not null)
            {
                token.LastUsedAt = clock.GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(ct);
            }

            return token;
        }
    }

    /// <summary>A feed body's ETag, and whether an If-None-Match header (strong, weak or "*") matches it.</summary>
    internal static (string ETag, bool Matches) ETagOf(string content, string? ifNoneMatch)
    {
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..32] + "\"";
        var matches = ifNoneMatch is not null && ifNoneMatch.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*" || t.Trim() == "W/" + etag);
        return (etag, matches);
    }
}


internal static class FeedSecret
{
    /// <summary>"vgf_" and 43 base64url characters (256 bits): long enough to stand in a URL as the only credential.</summary>
    public static string Create()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return FeedToken.Marker + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}

/// <summary>What a feed request gets: a status, the file when 200, validators for 200 and 304, or an error.</summary>
public sealed record FeedResponse(int StatusCode, Domain.Indicators.Export.ExportFile? File, string? ETag, DateTimeOffset? LastModified, Error? Error)
{
    public static FeedResponse Status(int status) => new(status, null, null, null, null);

    public static FeedResponse Failed(Error error) => new(0, null, null, null, error);
}
