using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts.Agent;
using Vigil.Domain.Access;
using Vigil.Domain.Agents;
using Vigil.Domain.Common;
using Vigil.Storage;

namespace Vigil.Server.Features.Agents;

/// <summary>
/// Turns a one-time enrolment token into an agent with its own credential. The token is consumed by one conditional
/// UPDATE inside the transaction that creates the agent, so of two enrolments racing with one token exactly one wins
/// (PostgreSQL re-checks the WHERE after the row lock; SQLite serialises writers) and a failed insert gives it back.
/// </summary>
public sealed class AgentEnrolService(VigilDbContext db, TimeProvider clock, IOptions<AgentOptions> options)
{
    public const int MaxHostnameLength = 255;
    public const int MaxShortFieldLength = 64;

    public async Task<Result<EnrolResponseDto>> EnrolAsync(EnrolRequestDto request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var hash = AgentSecret.Hash(request.EnrolmentToken);
        // The caller is anonymous until the token is found, so the lookup itself must not depend on a scope.
        var token = await db.EnrolmentTokens.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(t => t.SecretHash == hash, ct);
        if (token is null || !token.IsUsable(now))
        {
            return TokenInvalid();
        }

        var agent = new Agent
        {
            Id = Guid.CreateVersion7(),
            UnitId = token.UnitId,
            Hostname = request.Hostname.Trim(),
            Platform = request.Platform.Trim(),
            AgentVersion = request.AgentVersion.Trim(),
            EnrolledAt = now,
        };
        var credential = AgentSecret.CreateCredential();
        agent.CredentialHash = AgentSecret.Hash(credential);

        // From here on the request acts as the new agent: the storage guard lets it write its unit and nothing else.
        db.Access.Scope = AccessScope.ForAgent(agent.Id, token.UnitId);
        db.Access.ActorName = "enrolment:" + token.Prefix;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var consumed = await db.EnrolmentTokens
            .Where(t => t.Id == token.Id && t.UsedAt == null && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now).SetProperty(t => t.UsedByAgentId, agent.Id), ct);
        if (consumed != 1)
        {
            await tx.RollbackAsync(ct);
            return TokenInvalid();
        }

        db.Agents.Add(agent);
        db.AddAuditEvent("enrolment_token_used", nameof(EnrolmentToken), token.Id.ToString(), token.UnitId, $"{{\"agentId\":\"{agent.Id}\"}}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == token.UnitId, ct);
        var o = options.Value;
        return new EnrolResponseDto(agent.Id, credential, unit.Code, unit.Name, o.HeartbeatSeconds, o.InventoryHours);
    }

    private static Error? Validate(EnrolRequestDto r)
    {
        if (!AgentSecret.LooksLikeEnrolmentToken(r.EnrolmentToken))
        {
            return TokenInvalid();
        }

        if (string.IsNullOrWhiteSpace(r.Hostname) || r.Hostname.Trim().Length > MaxHostnameLength)
        {
            return Error.Validation("enrol.hostname_invalid", $"The hostname is 1 to {MaxHostnameLength} characters.", "hostname");
        }

        if (string.IsNullOrWhiteSpace(r.Platform) || r.Platform.Length > MaxShortFieldLength)
        {
            return Error.Validation("enrol.platform_invalid", $"The platform is 1 to {MaxShortFieldLength} characters.", "platform");
        }

        if (string.IsNullOrWhiteSpace(r.AgentVersion) || r.AgentVersion.Length > MaxShortFieldLength)
        {
            return Error.Validation("enrol.version_invalid", $"The agent version is 1 to {MaxShortFieldLength} characters.", "agentVersion");
        }

        return null;
    }

    // One answer for unknown, used, revoked and expired tokens: the caller learns nothing about which tokens exist.
    private static Error TokenInvalid() =>
        Error.Forbidden("enrol.token_invalid", "The enrolment token is unknown, already used, revoked or expired. Ask for a new one.");
}
