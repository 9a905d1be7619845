using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// Group commit for inventory reports. Unchanged re-reports, most of the traffic, change nothing but times (and, for
/// the agent, add a receipt); a new computer's report only adds rows. Alone, each would pay a transaction and a
/// durable commit of its own, and a new computer some ten statements; here whatever arrived while the last batch was
/// committing is written in one transaction, each table's new rows together (one COPY on PostgreSQL). A caller's
/// request completes only after the commit that holds its rows, so an acknowledged report is never lost. When a batch
/// fails (two new reports of one machine, or one delivery's receipt already there) each of its items is written alone,
/// so only the item at fault fails, with the error its own save would have raised.
/// </summary>
public sealed class ReportWriter(IServiceScopeFactory scopes, PlannerStatistics statistics, ILogger<ReportWriter> logger) : BackgroundService
{
    /// <summary>Enough to absorb a burst, small enough that one transaction stays short.</summary>
    private const int MaxBatch = 256;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The planner statistics refresh under way, if any; only the writer's loop starts one.</summary>
    private Task _refresh = Task.CompletedTask;

    /// <summary>Moves the observed times of an unchanged report and writes <paramref name="alongside"/>; completes once durable.</summary>
    public Task WriteAsync(Observation observation, AlongsideWrite? alongside, CancellationToken ct) =>
        Enqueue(new Pending(observation, null, alongside, new IngestOutcome(IngestStatus.Unchanged, observation.ComputerId)), ct);

    /// <summary>
    /// Writes the new rows of a stored report (taken from its unit of work), removes the report's waiting copy among
    /// the unassigned when <paramref name="unassigned"/> names it, and writes <paramref name="alongside"/>; completes
    /// once durable.
    /// </summary>
    public Task WriteAsync(AddedRows rows, (InventorySource Source, string Key)? unassigned, AlongsideWrite? alongside, IngestOutcome outcome, CancellationToken ct) =>
        Enqueue(new Pending(null, new NewRows(rows, unassigned), alongside, outcome), ct);

    private Task Enqueue(Pending pending, CancellationToken ct)
    {
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The server is stopping.");
        }

        // A caller that gives up stops waiting. Its rows may still be written: harmless for an unchanged report, and a
        // new computer's report then stands as stored, as it would after a reply lost on the way.
        return pending.Done.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && reader.TryRead(out var item))
                {
                    batch.Add(item);
                }

                await WriteBatchAsync(batch);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued was never acknowledged; its senders see the failure and report again.
            _queue.Writer.TryComplete();
            while (reader.TryRead(out var left))
            {
                left.Done.TrySetException(new InvalidOperationException("The server stopped before the report was written."));
            }
        }

        await _refresh;
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        try
        {
            await WriteAsync(batch);
            batch.ForEach(p => p.Done.TrySetResult());
            return;
        }
#pragma warning disable CA1031 // Failures are handed to the requests the items belong to, never swallowed.
        catch (Exception e) when (batch.Count == 1)
        {
            batch[0].Done.TrySetException(e);
            return;
        }
        catch (Exception)
        {
            // One item spoilt the shared transaction; write each alone below so only that one fails.
        }

        Log.ReportBatchFailed(logger, batch.Count);
        foreach (var pending in batch)
        {
            try
            {
                await WriteAsync([pending]);
                pending.Done.TrySetResult();
            }
            catch (Exception e)
            {
                pending.Done.TrySetException(e);
            }
        }
#pragma warning restore CA1031
    }

    private async Task WriteAsync(IReadOnlyList<Pending> items)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        using var elevated = db.Access.ElevateToSystem();
        await using var tx = await db.Database.BeginTransactionAsync();
        var added = items.Where(p => p.New is not null).Select(p => p.New!).ToList();
        List<AddedRows> rows = [.. added.Select(n => n.Rows)];
        if (added.Count > 0)
        {
            await db.WriteAddedRowsAsync(rows, default);
            foreach (var waiting in added.Where(n => n.Unassigned is not null).GroupBy(n => n.Unassigned!.Value.Source, n => n.Unassigned!.Value.Key))
            {
                var keys = waiting.ToList();
                await db.UnassignedReports.Where(r => r.Source == waiting.Key && keys.Contains(r.SourceKey)).ExecuteDeleteAsync();
            }
        }

        var seen = items.Where(p => p.Observation is not null).Select(p => p.Observation!).ToList();
        if (seen.Count > 0)
        {
            await db.MoveObservedTimesForwardAsync([.. seen.Select(o => (o.SourceId, o.ComputerId, o.ObservedAt))], default);
        }

        foreach (var item in items.Where(p => p.Alongside is not null))
        {
            await item.Alongside!(db, item.Outcome, default);
        }

        await db.SaveChangesAsync();
        await tx.CommitAsync();
        if (statistics.Note(db, rows) is { Count: > 0 } due && _refresh.IsCompleted)
        {
            _refresh = RefreshStatisticsAsync(due);
        }
    }

    /// <summary>Off the writer's loop: an analysis samples the table, and the next batch need not wait for it.</summary>
    private async Task RefreshStatisticsAsync(IReadOnlyList<string> tables)
    {
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            if (await statistics.RefreshAsync(db, tables, default) is { Count: > 0 } analyzed)
            {
                Log.PlannerStatisticsRefreshed(logger, string.Join(", ", analyzed));
            }
        }
#pragma warning disable CA1031 // Statistics are an optimisation; autovacuum refreshes them later all the same.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log.PlannerStatisticsNotRefreshed(logger, e);
        }
    }

    private sealed record NewRows(AddedRows Rows, (InventorySource Source, string Key)? Unassigned);

    private sealed record Pending(Observation? Observation, NewRows? New, AlongsideWrite? Alongside, IngestOutcome Outcome)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
