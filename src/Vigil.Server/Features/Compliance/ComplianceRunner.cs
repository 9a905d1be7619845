using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Domain.Assets;
using Vigil.Domain.Compliance;
using Vigil.Server.Hosting;
using Vigil.Storage;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// One evaluation pass, run as the system by the evaluation job (and on demand by administrators): every computer in
/// service whose last evaluation used another policy fingerprint, another "as of" day or an older report is
/// evaluated again, in batches of <see cref="ComplianceOptions.BatchSize"/> each saved in its own transaction with
/// the change tracker emptied between them; then today's counts per unit and rule are written. A lease in the
/// state row keeps a second instance from running a pass at the same time.
/// </summary>
public sealed class ComplianceRunner(
    VigilDbContext db,
    ComplianceEvaluator evaluator,
    TimeProvider clock,
    IOptions<ComplianceOptions> options,
    IOptions<ServerOptions> server,
    ILogger<ComplianceRunner> logger)
{
    public async Task<CompliancePassResult> RunAsync(CancellationToken ct)
    {
        using var system = db.Access.ElevateToSystem();
        var owner = server.Value.ResolvedInstanceName;
        if (!await ComplianceLease.TryTakeAsync(db, owner, clock, options.Value.LeaseDuration, ct))
        {
            Log.CompliancePassLeased(logger, await ComplianceLease.HolderAsync(db, ct));
            return new CompliancePassResult(0, 0, Leased: false);
        }

        try
        {
            var evaluated = await EvaluatePendingAsync(owner, ct);
            var counted = await ComplianceCounter.RecountAsync(db, evaluator.Policy, ComplianceDates.Today(clock), clock.GetUtcNow().UtcDateTime, ct);
            Log.CompliancePassDone(logger, evaluated, ComplianceDates.Today(clock), evaluator.Policy.Fingerprint);
            return new CompliancePassResult(evaluated, counted, Leased: true);
        }
        finally
        {
            await ComplianceLease.ReleaseAsync(db, owner, CancellationToken.None);
        }
    }

    /// <summary>Computers in service not yet evaluated with this policy, today, on their newest report.</summary>
    public static IQueryable<Computer> Pending(IQueryable<Computer> computers, string fingerprint, DateOnly asOf) =>
        computers.Where(c => c.RetiredAt == null &&
            (c.ComplianceFingerprint == null || c.ComplianceFingerprint != fingerprint || c.ComplianceAsOf == null || c.ComplianceAsOf != asOf ||
             c.ComplianceObservedAt == null || c.ComplianceObservedAt < c.ObservedAt));

    private async Task<int> EvaluatePendingAsync(string owner, CancellationToken ct)
    {
        var fingerprint = evaluator.Policy.Fingerprint;
        var asOf = ComplianceDates.Today(clock);
        // Bounded by what was pending at the start: computers that a report re-marks meanwhile wait for the next pass.
        var budget = await Pending(db.Computers, fingerprint, asOf).CountAsync(ct);
        var done = 0;
        while (done < budget)
        {
            db.ChangeTracker.Clear();
            var batch = await Pending(db.Computers, fingerprint, asOf).OrderBy(c => c.Id).Take(options.Value.BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            try
            {
                await EvaluateBatchAsync(batch, ct);
            }
            catch (DbUpdateException)
            {
                // A report evaluated one of these computers meanwhile (a verdict or open item it inserted first);
                // once more with what is stored now, and a second failure is a real error.
                db.ChangeTracker.Clear();
                var ids = batch.ConvertAll(c => c.Id);
                batch = await db.Computers.Where(c => ids.Contains(c.Id)).ToListAsync(ct);
                await EvaluateBatchAsync(batch, ct);
            }

            done += batch.Count;
            await ComplianceLease.TryTakeAsync(db, owner, clock, options.Value.LeaseDuration, ct);
        }

        db.ChangeTracker.Clear();
        return done;
    }

    private async Task EvaluateBatchAsync(List<Computer> batch, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ComplianceFactsBackfill.FillAsync(db, batch.FindAll(c => c.ComplianceFingerprint is null), ct);
        await evaluator.EvaluateAsync(batch, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}

/// <summary>What one pass did: computers evaluated, count rows written, and whether this instance held the lease.</summary>
public sealed record CompliancePassResult(int Evaluated, int CountRows, bool Leased);
