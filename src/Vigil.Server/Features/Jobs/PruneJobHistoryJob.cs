using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Server.Features.Jobs;

/// <summary>Keeps the job history to the last 30 days.</summary>
internal sealed class PruneJobHistoryJob : IRecurringJob
{
    public static readonly TimeSpan Keep = TimeSpan.FromDays(30);

    public string Name => "prune-job-history";

    public TimeSpan DefaultInterval => TimeSpan.FromHours(6);

    public async Task RunAsync(IServiceProvider services, DateTime dueAt, CancellationToken ct)
    {
        var db = services.GetRequiredService<VigilDbContext>();
        var before = dueAt - Keep;
        await db.JobRuns.Where(r => r.DueAt < before).ExecuteDeleteAsync(ct);
    }
}
