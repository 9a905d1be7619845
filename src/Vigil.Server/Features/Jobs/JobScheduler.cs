using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Domain.Jobs;
using Vigil.Server.Hosting;
using Vigil.Storage;

namespace Vigil.Server.Features.Jobs;

/// <summary>
/// Runs recurring jobs so that each occurrence runs exactly once however many instances share the database.
/// Occurrences lie on a fixed grid (multiples of the interval since the Unix epoch); an instance claims one by
/// inserting its <see cref="JobRun"/>, and the unique (job, due time) index makes every other insert fail.
/// </summary>
internal sealed class JobScheduler(
    IEnumerable<IRecurringJob> jobs,
    IServiceScopeFactory scopes,
    IOptions<JobOptions> options,
    IOptions<ServerOptions> server,
    TimeProvider clock,
    ILogger<JobScheduler> logger) : BackgroundService
{
    private readonly Dictionary<string, DateTime> _lastSeenSlot = [];

    public static DateTime SlotOf(DateTime nowUtc, TimeSpan interval) =>
        new(nowUtc.Ticks - (nowUtc.Ticks % interval.Ticks), DateTimeKind.Utc);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            foreach (var job in jobs)
            {
                await TryRunAsync(job, stoppingToken);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task TryRunAsync(IRecurringJob job, CancellationToken ct)
    {
        var interval = options.Value.Intervals.TryGetValue(job.Name, out var configured) ? configured : job.DefaultInterval;
        var slot = SlotOf(clock.GetUtcNow().UtcDateTime, interval);
        if (_lastSeenSlot.TryGetValue(job.Name, out var seen) && seen >= slot)
        {
            return;
        }

        _lastSeenSlot[job.Name] = slot;
        await using var scope = scopes.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<AccessContext>();
        access.Scope = Domain.Access.AccessScope.System;
        access.ActorName = "job:" + job.Name;
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var instance = server.Value.ResolvedInstanceName;
        var run = new JobRun { Id = Guid.CreateVersion7(), JobName = job.Name, DueAt = slot, Instance = instance, StartedAt = clock.GetUtcNow().UtcDateTime };
        // The claim: the unique (job_name, due_at) index lets exactly one instance insert this occurrence. ON CONFLICT
        // keeps the losers quiet instead of raising (and logging) a constraint violation on every poll.
        // Raw SQL binds a Guid natively; SQLite rows written by EF hold it as upper-case text, so match that.
        object id = db.IsPostgres ? run.Id : run.Id.ToString().ToUpperInvariant();
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO job_runs (id, job_name, due_at, instance, started_at) VALUES ({id}, {run.JobName}, {run.DueAt}, {run.Instance}, {run.StartedAt}) ON CONFLICT (job_name, due_at) DO NOTHING",
            ct);
        if (claimed == 0)
        {
            return;
        }

        db.JobRuns.Attach(run);
        try
        {
            await job.RunAsync(scope.ServiceProvider, slot, ct);
            Log.JobRan(logger, job.Name, slot, instance);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.JobFailed(logger, e, job.Name, slot);
            run.Error = e.GetType().Name + ": " + e.Message;
        }

        run.FinishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
