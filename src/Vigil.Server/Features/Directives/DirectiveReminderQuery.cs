using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Directives;
using Vigil.Storage;

namespace Vigil.Server.Features.Directives;

/// <summary>The in-app reminders of the caller's units whose reports are still open.</summary>
public sealed class DirectiveReminderQuery(VigilDbContext db)
{
    public async Task<List<ReportReminderDto>> MineAsync(CancellationToken ct)
    {
        var rows = await db.ReportReminders.AsNoTracking().Where(r => r.Channel == "in-app")
            .Join(db.UnitReports.Where(r => r.Status != ReportStatus.Submitted), m => m.ReportId, r => r.Id, (m, r) => m)
            .Join(db.Directives, m => m.DirectiveId, d => d.Id, (m, d) => new { m, d })
            .OrderByDescending(x => x.m.SentAt).Take(100).ToListAsync(ct);
        return rows.ConvertAll(x => new ReportReminderDto(x.d.Id, x.m.UnitId, x.d.Number, x.d.Subject, x.d.DeadlineUtc, x.m.SentAt, x.m.Channel));
    }
}
