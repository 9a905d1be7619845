using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Vigil.Domain.Assets;
using Vigil.Storage;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// The one call inventory makes into compliance: after the resolver has written a computer's facts, evaluate it in
/// the same unit of work, so its verdicts, history and remediation are saved (and committed) with the report.
/// </summary>
/// <remarks>
/// The resolver is created with only a context and a clock by the ingest, people's decisions and tests alike, so the
/// policy is found through the context's application services (the server's root services: contexts come from a pool
/// built once, so only singletons are resolved here). A context built outside the server's container (storage and
/// ingest unit tests) has none, and then nothing is evaluated; the evaluation job picks such computers up because
/// they carry no fingerprint.
/// </remarks>
internal static class ComplianceHook
{
    public static Task AfterResolveAsync(VigilDbContext db, Computer computer, CancellationToken ct)
    {
        var services = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        if (services?.GetService<CompliancePolicyHolder>() is not { } policies)
        {
            return Task.CompletedTask;
        }

        var evaluator = new ComplianceEvaluator(db, policies, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<IOptions<ComplianceOptions>>());
        return evaluator.EvaluateAsync(computer, ct);
    }
}
