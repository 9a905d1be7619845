using Vigil.Server.Features.Jobs;
using Vigil.Storage;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// Keeps every verdict current: after a policy or catalog change (new fingerprint), each new day ("as of" today), and
/// for computers whose only news was an unchanged re-report (a fresher report time). Runs at start-up too.
/// </summary>
internal sealed class ComplianceEvaluationJob : IRecurringJob
{
    public string Name => "compliance-evaluate";

    public TimeSpan DefaultInterval => TimeSpan.FromMinutes(15);

    public async Task RunAsync(IServiceProvider services, DateTime dueAt, CancellationToken ct)
    {
        // Its own scope: the pass empties its context's change tracker between batches, and the scheduler's context
        // still tracks this run's record.
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<AccessContext>();
        access.Scope = Domain.Access.AccessScope.System;
        access.ActorName = "job:" + Name;
        await scope.ServiceProvider.GetRequiredService<ComplianceRunner>().RunAsync(ct);
    }
}
