using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Compliance;
using Vigil.Storage;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// The evaluation lease: one conditional update of the state row, so exactly one instance holds it; it lapses by
/// itself if that instance dies, and the holder renews it after every batch.
/// </summary>
internal static class ComplianceLease
{
    public static async Task<bool> TryTakeAsync(VigilDbContext db, string owner, TimeProvider clock, TimeSpan duration, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await EnsureStateAsync(db, now, ct);
        var until = now + duration;
        var taken = await db.ComplianceEvaluationStates
            .Where(s => s.Id == ComplianceEvaluationState.PolicyKey && (s.LeaseUntil == null || s.LeaseUntil < now || s.LeaseOwner == owner))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseOwner, owner).SetProperty(s => s.LeaseUntil, until), ct);
        return taken == 1;
    }

    public static Task ReleaseAsync(VigilDbContext db, string owner, CancellationToken ct) =>
        db.ComplianceEvaluationStates
            .Where(s => s.Id == ComplianceEvaluationState.PolicyKey && s.LeaseOwner == owner)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseOwner, (string?)null).SetProperty(s => s.LeaseUntil, (DateTime?)null), ct);

    public static Task<string?> HolderAsync(VigilDbContext db, CancellationToken ct) =>
        db.ComplianceEvaluationStates.Where(s => s.Id == ComplianceEvaluationState.PolicyKey).Select(s => s.LeaseOwner).FirstOrDefaultAsync(ct);

    /// <summary>The row normally exists from start-up; a database used before it gets one here.</summary>
    private static async Task EnsureStateAsync(VigilDbContext db, DateTime now, CancellationToken ct)
    {
        if (await db.ComplianceEvaluationStates.AnyAsync(s => s.Id == ComplianceEvaluationState.PolicyKey, ct))
        {
            return;
        }

        db.ComplianceEvaluationStates.Add(new ComplianceEvaluationState { LoadedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance inserted it first.
        }

        db.ChangeTracker.Clear();
    }
}
