using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// Group commit for unchanged re-reports, which are most of the inventory traffic and change nothing but times (and,
/// for the agent, add a receipt). Alone, each would pay a durable commit of its own; here whatever arrived while the
/// last batch was committing is written in one transaction. A caller's request completes only after the commit that
/// holds its rows, so an acknowledged report is never lost. When a batch fails (one delivery's receipt already
/// exists, say) each of its items is written alone, so one bad item fails only itself.
/// </summary>
public sealed class ObservationWriter(IServiceScopeFactory scopes, ILogger<ObservationWriter> logger) : BackgroundService
{
    /// <summary>Enough to absorb a burst, small enough that one transaction stays short.</summary>
    private const int MaxBatch = 256;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Moves the observed times of an unchanged report and writes <paramref name="alongside"/>; completes once durable.</summary>
    public Task WriteAsync(Observation observation, AlongsideWrite? alongside, CancellationToken ct)
    {
        var pending = new Pending(observation, alongside, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The server is stopping.");
        }

        // A caller that gives up stops waiting; its rows may still be written, which is harmless for an unchanged report.
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

        Log.ObservationBatchFailed(logger, batch.Count);
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
        await db.MoveObservedTimesForwardAsync(items.Select(p => (p.Observation.SourceId, p.Observation.ComputerId, p.Observation.ObservedAt)).ToList(), default);
        foreach (var (observation, alongside, _) in items)
        {
            if (alongside is not null)
            {
                await alongside(db, new IngestOutcome(IngestStatus.Unchanged, observation.ComputerId), default);
            }
        }

        await db.SaveChangesAsync();
        await tx.CommitAsync();
    }

    private sealed record Pending(Observation Observation, AlongsideWrite? Alongside, TaskCompletionSource Done);
}
