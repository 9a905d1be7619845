using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Agents;
using Vigil.Domain.Common;
using Vigil.Storage;

namespace Vigil.Server.Features.Agents;

/// <summary>
/// One-time enrolment tokens of a unit. Whoever may change a unit (its officer, a coordinator above it, an
/// administrator) may create and revoke them; viewers see them. The secret is returned once and only its hash is kept.
/// </summary>
public sealed class EnrolmentTokenService(VigilDbContext db, TimeProvider clock)
{
    public const int MaxLifetimeDays = 90;
    public const int MaxNoteLength = 200;

    public async Task<Result<List<EnrolmentTokenDto>>> ListAsync(Guid unitId, CancellationToken ct)
    {
        if (!await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            return UnitNotFound();
        }

        var tokens = await db.EnrolmentTokens.AsNoTracking().Where(t => t.UnitId == unitId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);
        return tokens.ConvertAll(t => t.ToDto());
    }

    public async Task<Result<EnrolmentTokenCreatedDto>> CreateAsync(Guid unitId, EnrolmentTokenCreateDto request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            return UnitNotFound();
        }

        if (!db.Access.Scope.CanWrite(unitId))
        {
            return Error.Forbidden("enrolment_token.forbidden", "Only people who may change this unit can create enrolment tokens for it.");
        }

        if (request.ExpiresInDays is < 1 or > MaxLifetimeDays)
        {
            return Error.Validation("enrolment_token.expiry_invalid", $"Expiry is between 1 and {MaxLifetimeDays} days.", "expiresInDays");
        }

        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        if (note?.Length > MaxNoteLength)
        {
            return Error.Validation("enrolment_token.note_too_long", $"The note is at most {MaxNoteLength} characters.", "note");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var secret = AgentSecret.CreateEnrolmentToken();
        var token = new EnrolmentToken
        {
            Id = Guid.CreateVersion7(),
            UnitId = unitId,
            Prefix = AgentSecret.PrefixOf(secret),
            SecretHash = AgentSecret.Hash(secret),
            Note = note,
            CreatedBy = db.Access.ActorId,
            CreatedAt = now,
            ExpiresAt = now + (request.ExpiresInDays is { } days ? TimeSpan.FromDays(days) : EnrolmentToken.DefaultLifetime),
        };
        db.EnrolmentTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new EnrolmentTokenCreatedDto(token.ToDto(), secret);
    }

    public async Task<Result<EnrolmentTokenDto>> RevokeAsync(Guid unitId, Guid tokenId, CancellationToken ct)
    {
        var token = await db.EnrolmentTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UnitId == unitId, ct);
        if (token is null)
        {
            return Error.NotFound("enrolment_token.not_found", "No such enrolment token in this unit.");
        }

        if (!db.Access.Scope.CanWrite(unitId))
        {
            return Error.Forbidden("enrolment_token.forbidden", "Only people who may change this unit can revoke its enrolment tokens.");
        }

        token.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return token.ToDto();
    }

    private static Error UnitNotFound() => Error.NotFound("unit.not_found", "The unit does not exist or is outside your scope.");
}
