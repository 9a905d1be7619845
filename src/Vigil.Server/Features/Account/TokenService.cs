using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Access;
using Vigil.Domain.Common;
using Vigil.Storage;

namespace Vigil.Server.Features.Account;

/// <summary>Personal API tokens: the secret is returned once and only its hash is kept.</summary>
public sealed class TokenService(VigilDbContext db, TimeProvider clock)
{
    public const int MaxNameLength = 100;

    public async Task<List<TokenDto>> ListOwnAsync(CancellationToken ct) =>
        (await db.ApiTokens.AsNoTracking().Where(t => t.UserId == db.Access.ActorId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct))
        .ConvertAll(ToDto);

    public async Task<Result<TokenCreatedDto>> CreateAsync(TokenCreateDto request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (db.Access.ActorId is not { } owner)
        {
            return Error.Forbidden("token.no_owner", "Only a signed-in person can create a token.");
        }

        var name = (request.Name ?? "").Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            return Error.Validation("token.name_invalid", $"A token needs a name of 1 to {MaxNameLength} characters.", "name");
        }

        if (request.ExpiresInDays is < 1 or > 3650)
        {
            return Error.Validation("token.expiry_invalid", "Expiry is between 1 and 3650 days, or empty for none.", "expiresInDays");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var secret = ApiTokenSecret.Create();
        var token = new ApiToken
        {
            Id = Guid.CreateVersion7(),
            UserId = owner,
            Name = name,
            Prefix = ApiTokenSecret.PrefixOf(secret),
            SecretHash = ApiTokenSecret.Hash(secret),
            CreatedAt = now,
            ExpiresAt = request.ExpiresInDays is { } days ? now.AddDays(days) : null,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new TokenCreatedDto(ToDto(token), secret);
    }

    public async Task<Result<TokenDto>> RevokeAsync(Guid id, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (token is null)
        {
            return Error.NotFound("token.not_found", "No such token.");
        }

        token.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return ToDto(token);
    }

    private static TokenDto ToDto(ApiToken t) => new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt);
}
