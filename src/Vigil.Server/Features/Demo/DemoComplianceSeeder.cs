using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Compliance;
using Vigil.Domain.Demo;
using Vigil.Server.Features.Compliance;
using Vigil.Server.Features.Remediation;
using Vigil.Storage;

namespace Vigil.Server.Features.Demo;

/// <summary>
/// After the demo inventory is in (and evaluated with each report), gives it a believable compliance picture: ESU
/// exceptions on some Windows 10 computers, remediation under way (<see cref="DemoCompliance"/>), today's counts from
/// an evaluation pass and eight weeks of history before them.
/// </summary>
public sealed class DemoComplianceSeeder(VigilDbContext db, ComplianceRunner runner, EsuService esu, RemediationService remediation, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        await runner.RunAsync(ct);
        await AddEsuExceptionsAsync(ct);
        await AdvanceRemediationAsync(ct);
        await runner.RunAsync(ct);
        await AddHistoryAsync(ct);
    }

    private async Task AddEsuExceptionsAsync(CancellationToken ct)
    {
        var windows10 = await db.Computers.AsNoTracking().Where(c => c.OsRelease == "Windows 10" && c.RetiredAt == null)
            .OrderBy(c => c.Hostname).Select(c => c.Id).ToListAsync(ct);
        var until = ComplianceDates.Today(clock).AddDays(325);
        for (var i = 0; i < windows10.Count; i++)
        {
            if (DemoCompliance.HasEsu(i))
            {
                Check(await esu.SetAsync(windows10[i], new EsuWriteDto(until, DemoCompliance.EsuNote), ct));
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task AdvanceRemediationAsync(CancellationToken ct)
    {
        var open = await (from i in db.RemediationItems.AsNoTracking()
                          join c in db.Computers.AsNoTracking() on i.ComputerId equals c.Id
                          where i.Status == RemediationStatus.Planned
                          orderby c.Hostname, i.RuleId
                          select new { i.Id, i.Kind }).ToListAsync(ct);
        for (var n = 0; n < open.Count; n++)
        {
            var step = DemoCompliance.StepFor(n, open[n].Kind);
            if (step.Owner is not null)
            {
                Check(await remediation.UpdateAsync(open[n].Id, new RemediationUpdateDto(step.Owner, null), ct));
            }

            if (step.Status != RemediationStatus.Planned)
            {
                if (step.Status == RemediationStatus.Done)
                {
                    Check(await remediation.TransitionAsync(open[n].Id, new RemediationTransitionDto(nameof(RemediationStatus.InProgress), null), ct));
                }

                Check(await remediation.TransitionAsync(open[n].Id, new RemediationTransitionDto(step.Status.ToString(), step.NoteIsEvidence ? null : step.Note), ct));
            }

            if (step.NoteIsEvidence && step.Note is not null)
            {
                Check(await remediation.CommentAsync(open[n].Id, new RemediationCommentDto(step.Note, Evidence: true), ct));
            }

            db.ChangeTracker.Clear();
        }
    }

    private async Task AddHistoryAsync(CancellationToken ct)
    {
        var today = ComplianceDates.Today(clock);
        var counts = await db.ComplianceDailyCounts.AsNoTracking().Where(c => c.Day == today).ToListAsync(ct);
        db.ComplianceDailyCounts.AddRange(DemoCompliance.History(counts, today, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>The demo is our own data: a refused step is a bug, not input to report.</summary>
    private static void Check<T>(Domain.Common.Result<T> result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Demo compliance step refused: {result.Error!.Code} {result.Error.Message}");
        }
    }
}
