using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Common;
using Vigil.Domain.Compliance;
using Vigil.Storage;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// Loads the site's policy and catalog files into the <see cref="CompliancePolicyHolder"/>, at start-up and when an
/// administrator asks. A set of files that loads without errors becomes the active policy and is remembered in the
/// database as the last good one; a broken set is reported (log, health check, policy endpoint) and the last good
/// policy stays active: at start-up the one remembered in the database, on reload the one running.
/// </summary>
public sealed class CompliancePolicyService(
    VigilDbContext db, CompliancePolicyHolder holder, StorageOptions storage, TimeProvider clock, ILogger<CompliancePolicyService> logger)
{
    public async Task LoadAtStartupAsync(CancellationToken ct)
    {
        var (policy, errors) = LoadFiles();
        if (policy is not null)
        {
            await RememberAsync(policy, ct);
            Activate(policy, [], policy.SiteFiles.Count == 0 ? PolicyOrigin.Embedded : PolicyOrigin.Site);
            return;
        }

        var state = await db.ComplianceEvaluationStates.AsNoTracking().FirstOrDefaultAsync(s => s.Id == ComplianceEvaluationState.PolicyKey, ct);
        var remembered = state is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(state.GoodSourcesJson);
        var lastGood = remembered is null ? null : PolicyLoader.Load(remembered, clock.GetUtcNow().UtcDateTime).Policy;
        Activate(lastGood ?? CompliancePolicyHolder.Embedded(clock.GetUtcNow().UtcDateTime), errors, PolicyOrigin.LastGood);
    }

    /// <summary>Reads the files again; on errors nothing changes but the reported errors.</summary>
    public async Task<Result<ActivePolicy>> ReloadAsync(CancellationToken ct)
    {
        var (policy, errors) = LoadFiles();
        if (policy is null)
        {
            Activate(holder.Active, errors, PolicyOrigin.LastGood);
            var first = errors[0];
            return Error.Validation(first.Code, errors.Count == 1 ? first.Message : $"{first.Message} (and {errors.Count - 1} more errors)", first.File);
        }

        await RememberAsync(policy, ct);
        Activate(policy, [], policy.SiteFiles.Count == 0 ? PolicyOrigin.Embedded : PolicyOrigin.Site);
        db.AddAuditEvent("compliance_policy_reloaded", "CompliancePolicy", policy.Fingerprint, null, policy.Pack.Id + " v" + policy.Pack.Version);
        await db.SaveChangesAsync(ct);
        return policy;
    }

    private (ActivePolicy? Policy, List<PolicyLoadError> Errors) LoadFiles()
    {
        var (files, readErrors) = PolicySiteFiles.Read(storage.DataDirectoryFullPath);
        var (policy, errors) = PolicyLoader.Load(files, clock.GetUtcNow().UtcDateTime);
        errors.InsertRange(0, readErrors);
        return errors.Count > 0 ? (null, errors) : (policy, errors);
    }

    private void Activate(ActivePolicy policy, IReadOnlyList<PolicyLoadError> errors, PolicyOrigin origin)
    {
        foreach (var error in errors)
        {
            Log.CompliancePolicyFileRefused(logger, error.File, error.Message);
        }

        holder.Set(policy, errors, origin);
        Log.CompliancePolicyActive(logger, policy.Fingerprint, origin, policy.Pack.Rules.Count);
    }

    /// <summary>The state row is the server's own book-keeping, written as the system whoever asked for the reload.</summary>
    private async Task RememberAsync(ActivePolicy policy, CancellationToken ct)
    {
        using var system = db.Access.ElevateToSystem();
        for (var attempt = 1; ; attempt++)
        {
            var state = await db.ComplianceEvaluationStates.FirstOrDefaultAsync(s => s.Id == ComplianceEvaluationState.PolicyKey, ct);
            var added = state is null;
            if (state is null)
            {
                state = new ComplianceEvaluationState();
                db.ComplianceEvaluationStates.Add(state);
            }

            state.Fingerprint = policy.Fingerprint;
            state.GoodSourcesJson = JsonSerializer.Serialize(policy.SiteFiles);
            state.LoadedAt = policy.LoadedAt;
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (added && attempt == 1)
            {
                // Two instances starting on a new database both found no row; the other inserted it first, so this
                // one updates it.
                db.ChangeTracker.Clear();
            }
        }
    }
}
