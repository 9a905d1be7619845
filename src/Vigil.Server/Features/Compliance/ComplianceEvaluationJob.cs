using Vigil.Server.Features.Jobs;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// Keeps every verdict current: after a policy or catalog change (new fingerprint), each new day ("as of" today), and
/// for computers whose only news was an unchanged re-report (a fresher report time). Runs at start-up too.
/// </summary>
internal sealed class ComplianceEvaluationJob : IRecurringJob
{
    public string Name => "compliance-evaluate";

    public TimeSpan DefaultInterval => TimeSpan.FromMinutes(15);

    public Task RunAsync(IServiceProvider services, DateTime dueAt, CancellationToken ct) =>
        services.GetRequiredService<ComplianceRunner>().RunAsync(ct);
}
