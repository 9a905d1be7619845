using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Storage;

namespace Vigil.Server.Features.Alerts;

/// <summary>
/// Deletes retained logs received more than <see cref="AlertOptions.RetentionDays"/> days ago: the file, its record and
/// its hit keys. Alerts stay with their counts and times; samples from deleted logs go with them.
/// </summary>
internal sealed class LogRetentionJob : Jobs.IRecurringJob
{
    public string Name => "logs-retention";

    public TimeSpan DefaultInterval => TimeSpan.FromHours(6);

    public async Task RunAsync(IServiceProvider services, DateTime dueAt, CancellationToken ct)
    {
        var options = services.GetRequiredService<IOptions<AlertOptions>>().Value;
        if (options.RetentionDays <= 0)
        {
            return;
        }

        var logger = services.GetRequiredService<ILogger<LogRetentionJob>>();
        var store = services.GetRequiredService<LogStore>();
        await using var scope = RehuntJob.SystemScope(services.GetRequiredService<IServiceScopeFactory>(), "job:" + Name);
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var cutoff = dueAt.AddDays(-options.RetentionDays);
        var old = await db.RetainedLogs.Where(l => l.ReceivedAt < cutoff).ToListAsync(ct);
        foreach (var log in old)
        {
            var path = store.FullPath(log);
            try
            {
                File.Delete(path);
            }
            catch (IOException e)
            {
                Log.RetainedLogNotDeleted(logger, e, path);
                continue;
            }

            await db.AlertHits.Where(h => h.LogId == log.Id).ExecuteDeleteAsync(ct);
            db.RetainedLogs.Remove(log);
            await db.SaveChangesAsync(ct);
        }

        if (old.Count > 0)
        {
            Log.RetainedLogsDeleted(logger, old.Count, cutoff);
        }
    }
}
