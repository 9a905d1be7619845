using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Domain.Directives;
using Vigil.Server.Features.Jobs;
using Vigil.Storage;

namespace Vigil.Server.Features.Directives;

/// <summary>
/// Reminds units that have not submitted, once per directive, when its deadline is <see cref="Directive.ReminderHours"/>
/// away: an in-app reminder always, an e-mail to the unit's contact and its officers when SMTP is configured. The job
/// is claimed through the database like every recurring job, so several servers send each reminder once.
/// </summary>
internal sealed class DirectiveReminderJob : IRecurringJob
{
    public string Name => "directive-reminders";

    public TimeSpan DefaultInterval => TimeSpan.FromMinutes(10);

    public async Task RunAsync(IServiceProvider services, DateTime dueAt, CancellationToken ct)
    {
        var db = services.GetRequiredService<VigilDbContext>();
        var mailer = services.GetRequiredService<ReminderMailer>();
        var publicUrl = services.GetRequiredService<IOptions<DirectiveOptions>>().Value.PublicUrl;
        var logger = services.GetRequiredService<ILogger<DirectiveReminderJob>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var due = await db.Directives.Where(d => d.ReminderHours > 0 && d.ReminderSentAt == null && d.DeadlineUtc > now).ToListAsync(ct);
        foreach (var directive in due.Where(d => d.DeadlineUtc.AddHours(-d.ReminderHours) <= now))
        {
            var open = await db.UnitReports.AsNoTracking().Where(r => r.DirectiveId == directive.Id && r.Status != ReportStatus.Submitted).ToListAsync(ct);
            var sent = 0;
            foreach (var report in open)
            {
                db.ReportReminders.Add(new ReportReminder
                {
                    Id = Guid.CreateVersion7(), DirectiveId = directive.Id, ReportId = report.Id, UnitId = report.UnitId, SentAt = now, Channel = "in-app",
                });
                sent++;
                if (mailer.Enabled)
                {
                    await MailAsync(db, mailer, logger, directive, report, publicUrl, now, ct);
                }
            }

            directive.ReminderSentAt = now;
            await db.SaveChangesAsync(ct);
            Log.RemindersSent(logger, directive.Id, sent, directive.DeadlineUtc);
        }
    }

    private static async Task MailAsync(VigilDbContext db, ReminderMailer mailer, ILogger logger, Directive directive, UnitReport report, string? publicUrl, DateTime now, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == report.UnitId, ct);
        var officers = await db.Users.AsNoTracking()
            .Where(u => !u.Disabled && u.Email != null && u.Units.Any(b => b.UnitId == report.UnitId)).Select(u => u.Email!).ToListAsync(ct);
        var to = officers.Append(unit.ContactEmail).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (to.Count == 0)
        {
            return;
        }

        var local = DirectiveDeadline.ToLocal(directive.DeadlineUtc, directive.TimeZone);
        var subject = $"Nhắc hạn báo cáo: {directive.Number} - hạn {local.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)}";
        var link = string.IsNullOrWhiteSpace(publicUrl) ? "" : $"\n{publicUrl.TrimEnd('/')}/directives/{directive.Id}/reports/{report.UnitId}\n";
        var body = $"Kính gửi {unit.Name},\n\nĐơn vị chưa nộp báo cáo theo văn bản số {directive.Number} ({directive.Subject}).\n" +
                   $"Hạn nộp: {local.ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture)}.{link}\n-- Vigil";
        var reminder = new ReportReminder
        {
            Id = Guid.CreateVersion7(), DirectiveId = directive.Id, ReportId = report.Id, UnitId = report.UnitId, SentAt = now, Channel = "email",
            Recipient = string.Join(", ", to),
        };
        try
        {
            await mailer.SendAsync(to, subject, body, ct);
        }
        catch (Exception e) when (e is System.Net.Mail.SmtpException or InvalidOperationException or IOException or FormatException)
        {
            // One unit's bad address or a relay hiccup must not stop the others' reminders; the failure is recorded.
            reminder.Failure = e.Message.Length > 500 ? e.Message[..500] : e.Message;
            Log.ReminderMailFailed(logger, e, directive.Id, report.UnitId);
        }

        db.ReportReminders.Add(reminder);
    }
}
