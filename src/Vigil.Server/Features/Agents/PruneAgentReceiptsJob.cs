using Microsoft.EntityFrameworkCore;
using Vigil.Server.Features.Jobs;
using Vigil.Storage;

namespace Vigil.Server.Features.Agents;

/// <summary>
/// Forgets idempotency keys after 30 days. An agent retries a delivery for as long as its spool keeps it, which is
/// hours or days in an outage; a key older than a month can no longer come back.
/// </summary>
internal sealed class PruneAgentReceiptsJob : IRecurringJob
{
    public static readonly TimeSpan Keep = TimeSpan.FromDays(30);

    public string Name => "prune-agent-receipts";

    public TimeSpan DefaultInterval => TimeSpan.FromHours(6);

    public async Task RunAsync(IServiceProvider services, DateTime dueAt, CancellationToken ct)
    {
        var db = services.GetRequiredService<VigilDbContext>();
        var before = dueAt - Keep;
        await db.AgentReceipts.Where(r => r.ReceivedAt < before).ExecuteDeleteAsync(ct);
    }
}
