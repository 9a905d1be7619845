using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Server.Features.Jobs;
using Vigil.Storage;

namespace Vigil.Server.Features.NetworkDevices.Snmp;

/// <summary>
/// Polls every enabled target once per <see cref="SnmpOptions.PollInterval"/>. The scheduler runs it on one instance
/// at a time; targets are polled one after another, each in its own scope so one device's failure spoils nothing else.
/// </summary>
internal sealed class SnmpPollJob(IOptions<SnmpOptions> options) : IRecurringJob
{
    public string Name => "snmp-poll";

    public TimeSpan DefaultInterval => options.Value.PollInterval;

    public async Task RunAsync(IServiceProvider services, DateTime dueAt, CancellationToken ct)
    {
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        List<Guid> ids;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = System(scope.ServiceProvider);
            ids = await db.SnmpPollTargets.Where(t => t.Enabled).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(ct);
        }

        var failed = 0;
        foreach (var id in ids)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = System(scope.ServiceProvider);
            var target = await db.SnmpPollTargets.FirstOrDefaultAsync(t => t.Id == id && t.Enabled, ct);
            if (target is null)
            {
                continue;
            }

            var result = await scope.ServiceProvider.GetRequiredService<SnmpPollService>().PollAsync(target, ct);
            failed += result.Value?.Status == "ok" ? 0 : 1;
        }

        Log.SnmpScheduledPollDone(services.GetRequiredService<ILogger<SnmpPollJob>>(), ids.Count, failed);
    }

    private VigilDbContext System(IServiceProvider provider)
    {
        var access = provider.GetRequiredService<AccessContext>();
        access.Scope = Domain.Access.AccessScope.System;
        access.ActorName = "job:" + Name;
        return provider.GetRequiredService<VigilDbContext>();
    }
}
