using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Vigil.Domain.Access;
using Vigil.Domain.Agents;
using Vigil.Storage;

namespace Vigil.Server.Features.Agents;

/// <summary>
/// Authenticates <c>Authorization: Bearer vga_…</c> on /agent/v1 by the SHA-256 of the agent's credential. This is
/// its own scheme: an agent credential opens nothing under /api/v1 and a person's API token nothing under /agent/v1.
/// The unit claim is read from the database on every request, so a revoked or moved agent is seen at once.
/// </summary>
internal sealed class AgentAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IServiceScopeFactory scopes)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string AgentClaim = "vigil:agent";
    public const string UnitClaim = "vigil:unit";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        if (!AgentSecret.LooksLikeCredential(secret))
        {
            return AuthenticateResult.Fail("Malformed agent credential.");
        }

        using var scope = scopes.CreateScope();
        var access = scope.ServiceProvider.GetRequiredService<AccessContext>();
        access.Scope = AccessScope.System;
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var hash = AgentSecret.Hash(secret);
        var agent = await AgentQueries.ByCredentialAsync(db, hash, Context.RequestAborted);
        if (agent is null || agent.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("Unknown or revoked agent.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(AgentClaim, agent.Id.ToString()),
                new Claim(UnitClaim, agent.UnitId.ToString()),
                new Claim(ClaimTypes.Name, "agent:" + agent.Hostname),
            ],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    /// <summary>The agent scope of a principal made by this handler, or null for anyone else.</summary>
    public static AccessScope? ScopeOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return Guid.TryParse(principal.FindFirstValue(AgentClaim), CultureInfo.InvariantCulture, out var agentId)
            && Guid.TryParse(principal.FindFirstValue(UnitClaim), CultureInfo.InvariantCulture, out var unitId)
            ? AccessScope.ForAgent(agentId, unitId)
            : null;
    }
}
