using System.Data.Common;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Domain.Access;
using Vigil.Server.Hosting;
using Vigil.Storage;

namespace Vigil.Server.Features.Account;

/// <summary>Authenticates <c>Authorization: Bearer vgl_…</c> by the SHA-256 of the secret.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IServiceScopeFactory scopes,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    // Recording every use would turn every read into a write; a minute's precision is enough to spot stale tokens.
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        if (!ApiTokenSecret.LooksLikeToken(secret))
        {
            return AuthenticateResult.Fail("Malformed token.");
        }

        using var scope = scopes.CreateScope();
        var access = scope.ServiceProvider.GetRequiredService<AccessContext>();
        access.Scope = AccessScope.System;
        access.ActorName = "api-token";
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var hash = ApiTokenSecret.Hash(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.SecretHash == hash, Context.RequestAborted);
        if (token is null || !token.IsActive(now))
        {
            return AuthenticateResult.Fail("Unknown, expired or revoked token.");
        }

        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == token.UserId, Context.RequestAborted);
        if (user is null || user.Disabled)
        {
            return AuthenticateResult.Fail("The token's owner is disabled.");
        }

        if (token.LastUsedAt is null || now - token.LastUsedAt > LastUsedPrecision)
        {
            await RecordUseAsync(db, token.Id, now);
        }

        var principal = VigilAuthentication.PrincipalFor(user, Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    /// <summary>
    /// Bookkeeping, not authorisation: of many concurrent requests only the first in a minute writes (the condition),
    /// and a write that fails (the database busy under load) must not fail the request it rides on.
    /// </summary>
    private async Task RecordUseAsync(VigilDbContext db, Guid tokenId, DateTime now)
    {
        var before = now - LastUsedPrecision;
        try
        {
            await db.ApiTokens.Where(t => t.Id == tokenId && (t.LastUsedAt == null || t.LastUsedAt < before))
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }
        catch (DbException e)
        {
            Log.TokenUseNotRecorded(Logger, e, tokenId);
        }
    }
}
