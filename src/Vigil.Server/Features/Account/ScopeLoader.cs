using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Access;
using Vigil.Server.Hosting;
using Vigil.Storage;

namespace Vigil.Server.Features.Account;

/// <summary>Builds the caller's <see cref="AccessScope"/> from the database on every request, so that a change of
/// role, bindings or tree takes effect at once on every server instance.</summary>
internal sealed class ScopeLoader(VigilDbContext db)
{
    private UserAccount? _loaded;

    public static Guid? UserIdOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public async Task FillAsync(AccessContext access, ClaimsPrincipal principal, CancellationToken ct)
    {
        // An agent's principal was built from the database by its handler in this request: its own unit, write access.
        if (Features.Agents.AgentAuthenticationHandler.ScopeOf(principal) is { } agentScope)
        {
            access.Scope = agentScope;
            access.ActorName = principal.Identity?.Name ?? "agent";
            return;
        }

        var userId = UserIdOf(principal);
        var user = userId is null ? null : await LoadUserAsync(userId.Value, ct);
        if (user is null || user.Disabled)
        {
            access.Scope = AccessScope.None;
            return;
        }

        access.ActorId = user.Id;
        access.ActorName = user.UserName;
        var bound = user.Units.Select(b => b.UnitId).ToArray();
        if (user.Role is not (Role.Coordinator or Role.Viewer))
        {
            access.Scope = AccessScope.ForUser(user.Id, user.Role, bound, id => [id]);
            return;
        }

        // One read of (id, path) pairs; a province has a few thousand units at most.
        var paths = await db.Units.IgnoreQueryFilters().AsNoTracking().Select(u => new { u.Id, u.Path, u.ParentId }).ToListAsync(ct);
        var pathById = paths.ToDictionary(p => p.Id, p => p.Path);
        access.Scope = AccessScope.ForUser(user.Id, user.Role, bound, root =>
            pathById.TryGetValue(root, out var prefix)
                ? paths.Where(p => p.Path.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.Id)
                : [],
            boundToTopLevel: paths.Exists(p => p.ParentId is null && bound.Contains(p.Id)));
    }

    public async Task<bool> IsSessionValidAsync(ClaimsPrincipal? principal, CancellationToken ct)
    {
        var userId = UserIdOf(principal);
        if (userId is null)
        {
            return false;
        }

        var user = await LoadUserAsync(userId.Value, ct);
        return user is { Disabled: false } && user.SecurityStamp == principal!.FindFirstValue(VigilAuthentication.StampClaim);
    }

    // A cookie request asks twice (session check, then scope); one read per request is enough.
    private async Task<UserAccount?> LoadUserAsync(Guid id, CancellationToken ct)
    {
        if (_loaded?.Id != id)
        {
            _loaded = await db.Users.IgnoreQueryFilters().AsNoTracking().Include(u => u.Units).FirstOrDefaultAsync(u => u.Id == id, ct);
        }

        return _loaded;
    }
}
