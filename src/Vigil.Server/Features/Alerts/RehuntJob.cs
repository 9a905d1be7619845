using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Access;
using Vigil.Domain.Alerts;
using Vigil.Server.Features.Jobs;
using Vigil.Storage;

namespace Vigil.Server.Features.Alerts;

/// <summary>
/// Hunts retained logs again when their unit's indicators in force changed (an import, an edit, a pack published to
/// the subtree, an expiry): every log whose recorded set fingerprint differs from the unit's current one. A log left
/// half-hunted by a crash has the old (or no) fingerprint, so the same pass finishes it. Counts never double: hits
/// already counted for a log are skipped.
/// </summary>
internal sealed class RehuntJob : IRecurringJob
{
    public string Name => "logs-rehunt";

    public TimeSpan DefaultInterval => TimeSpan.FromMinutes(5);

    public async Task RunAsync(IServiceProvider services, DateTime dueAt, CancellationToken ct)
    {
        var factory = services.GetRequiredService<IServiceScopeFactory>();
        var logger = services.GetRequiredService<ILogger<RehuntJob>>();
        var clock = services.GetRequiredService<TimeProvider>();
        List<Guid> units;
        await using (var scope = SystemScope(factory))
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            units = await db.RetainedLogs.AsNoTracking().Select(l => l.UnitId).Distinct().ToListAsync(ct);
        }

        var hunted = 0;
        foreach (var unitId in units)
        {
            await using var scope = SystemScope(factory);
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            var set = await UnitHuntSet.LoadAsync(db, unitId, clock.GetUtcNow().UtcDateTime, ct);
            var stale = await db.RetainedLogs.AsNoTracking().Where(l => l.UnitId == unitId && (l.HuntedSet == null || l.HuntedSet != set.Fingerprint))
                .OrderBy(l => l.ReceivedAt).Select(l => new { l.Id, l.Source }).ToListAsync(ct);
            foreach (var log in stale)
            {
                // A fresh scope per log: a hunt leaves its alerts tracked.
                await using var logScope = SystemScope(factory);
                try
                {
                    await logScope.ServiceProvider.GetRequiredService<LogHuntService>().HuntAsync(log.Id, complete: log.Source == LogSource.Upload, ct);
                    hunted++;
                }
                catch (Exception e) when (e is DbUpdateException or IOException)
                {
                    Log.LogHuntFailed(logger, e, log.Id);
                }
            }
        }

        Log.RehuntPass(logger, hunted);
    }

    internal static AsyncServiceScope SystemScope(IServiceScopeFactory factory, string actor = "job:logs-rehunt")
    {
        var scope = factory.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<AccessContext>();
        access.Scope = AccessScope.System;
        access.ActorName = actor;
        return scope;
    }
}
