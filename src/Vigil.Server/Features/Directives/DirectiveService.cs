using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Directives;
using Vigil.Storage;

namespace Vigil.Server.Features.Directives;

/// <summary>Creates directives from templates (a report per addressed unit), lists and reads them, keeps their attachments.</summary>
public sealed class DirectiveService(VigilDbContext db, TimeProvider clock, DirectiveTemplateHolder templates, ILogger<DirectiveService> logger)
{
    /// <summary>An original letter is a few hundred kilobytes; scans can be larger, but not this large.</summary>
    public const long MaxAttachmentBytes = 20 * 1024 * 1024;

    private static readonly string[] s_attachmentTypes = [".pdf", ".docx", ".doc", ".odt", ".png", ".jpg", ".jpeg"];

    public IReadOnlyList<ReportTemplate> Templates => templates.Current.All;

    public async Task<Result<Directive>> CreateAsync(DirectiveCreateDto request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.UnitId, ct);
        if (target is null)
        {
            return Error.NotFound("unit.not_found", $"Unit {request.UnitId} does not exist or is outside your scope.");
        }

        if (!DirectiveAccess.Manages(db, target.Id))
        {
            return Error.Forbidden("directive.forbidden", "Only coordinators of the target unit create directives.");
        }

        if (templates.Current.Find(request.TemplateId ?? "") is not { } template)
        {
            return Error.Validation("directive.template_unknown", $"Unknown template '{request.TemplateId}' (known: {string.Join(", ", templates.Current.All.Select(t => t.Id))}).", "templateId");
        }

        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        var time = ParseTime(request.DeadlineTime!)!.Value;
        var deadline = DirectiveDeadline.ToUtc(request.DeadlineDate!.Value, time, request.TimeZone, "deadlineTime");
        if (!deadline.IsSuccess)
        {
            return deadline.Error!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var directive = new Directive
        {
            Id = Guid.CreateVersion7(),
            UnitId = target.Id,
            Number = request.Number!.Trim(),
            Subject = string.IsNullOrWhiteSpace(request.Subject) ? template.SubjectVi : request.Subject.Trim(),
            IssuingBody = request.IssuingBody!.Trim(),
            ParentBody = Trimmed(request.ParentBody),
            IssuedOn = request.IssuedOn!.Value,
            Place = Trimmed(request.Place),
            Addressees = Trimmed(request.Addressees),
            DeadlineDate = request.DeadlineDate.Value,
            DeadlineTime = time,
            TimeZone = string.IsNullOrWhiteSpace(request.TimeZone) ? target.TimeZone : request.TimeZone.Trim(),
            DeadlineUtc = deadline.Value,
            PeriodStart = request.PeriodStart ?? request.IssuedOn.Value,
            Requirement = Trimmed(request.Requirement) ?? template.RequirementVi,
            PolicyPacks = string.Join(',', template.PolicyPacks),
            TemplateId = template.Id,
            FiguresJson = DirectiveJson.Figures(template.Figures),
            ReminderHours = request.ReminderHours ?? 24,
            CreatedAt = now,
            CreatedBy = db.Access.ActorName,
            UpdatedAt = now,
        };
        db.Directives.Add(directive);
        var subtree = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(target.Path)).ToListAsync(ct);
        var units = ReportUnits.For(target, subtree);
        foreach (var (unitId, covers) in units)
        {
            db.UnitReports.Add(new UnitReport
            {
                Id = Guid.CreateVersion7(),
                DirectiveId = directive.Id,
                UnitId = unitId,
                CoversSubtree = covers,
                Status = ReportStatus.NotStarted,
                UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync(ct);
        Log.DirectiveCreated(logger, directive.Id, directive.Number, units.Count);
        return directive;
    }

    /// <summary>Directives the caller can see (their target or one of their reports), latest deadline first.</summary>
    public async Task<List<DirectiveSummaryDto>> ListAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var directives = await db.Directives.AsNoTracking().OrderByDescending(d => d.DeadlineUtc).Take(500).ToListAsync(ct);
        var ids = directives.Select(d => d.Id).ToArray();
        var reports = await db.UnitReports.AsNoTracking().Where(r => ids.Contains(r.DirectiveId))
            .Select(r => new { r.DirectiveId, r.Status }).ToListAsync(ct);
        return directives.ConvertAll(d =>
        {
            var mine = reports.Where(r => r.DirectiveId == d.Id).ToList();
            return new DirectiveSummaryDto(d.Id, d.UnitId, d.Number, d.Subject, d.DeadlineUtc, mine.Count,
                mine.Count(r => r.Status == ReportStatus.Submitted), mine.Count(r => ReportWorkflow.IsLate(r.Status, d.DeadlineUtc, now)));
        });
    }

    /// <summary>The reports of a directive the caller can see (their own unit's, or all for its coordinators), by unit code.</summary>
    public async Task<List<(Guid UnitId, string Code, string Name, ReportStatus Status)>> VisibleReportsAsync(Guid directiveId, CancellationToken ct)
    {
        var rows = await db.UnitReports.AsNoTracking().Where(r => r.DirectiveId == directiveId)
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { u.Id, u.Code, u.Name, r.Status }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => (r.Id, r.Code, r.Name, r.Status))];
    }

    public async Task<Result<Directive>> GetAsync(Guid id, CancellationToken ct) =>
        await db.Directives.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct) is { } d ? d : DirectiveAccess.DirectiveNotFound(id);

    public async Task<Result<DirectiveDto>> GetDtoAsync(Guid id, CancellationToken ct)
    {
        var directive = await GetAsync(id, ct);
        if (!directive.IsSuccess)
        {
            return directive.Error!;
        }

        return await ToDtoAsync(directive.Value!, ct);
    }

    internal async Task<DirectiveDto> ToDtoAsync(Directive d, CancellationToken ct)
    {
        // The target may lie above a unit officer's scope; its name is part of the letter they were sent.
        var unitName = await db.Units.IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == d.UnitId).Select(u => u.Name).FirstAsync(ct);
        var attachments = await db.DirectiveAttachments.AsNoTracking().Where(a => a.DirectiveId == d.Id).OrderBy(a => a.UploadedAt)
            .Select(a => new DirectiveAttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt, a.UploadedBy)).ToListAsync(ct);
        return DirectiveMapping.ToDto(d, unitName, attachments);
    }

    /// <summary>Null when the caller may attach files to the directive; the reason otherwise.</summary>
    public async Task<Error?> CheckAttachAsync(Guid directiveId, CancellationToken ct)
    {
        var directive = await GetAsync(directiveId, ct);
        if (!directive.IsSuccess)
        {
            return directive.Error!;
        }

        return DirectiveAccess.Manages(db, directive.Value!.UnitId)
            ? null
            : Error.Forbidden("directive.forbidden", "Only coordinators of the target unit attach files to a directive.");
    }

    public async Task<Result<DirectiveAttachmentDto>> AttachAsync(Guid directiveId, string fileName, string? contentType, byte[] content, CancellationToken ct)
    {
        var directive = await GetAsync(directiveId, ct);
        if (!directive.IsSuccess)
        {
            return directive.Error!;
        }

        if (!DirectiveAccess.Manages(db, directive.Value!.UnitId))
        {
            return Error.Forbidden("directive.forbidden", "Only coordinators of the target unit attach files to a directive.");
        }

        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length is 0 or > 200 || !s_attachmentTypes.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            return Error.Validation("directive.attachment_type", $"'{name}': attach the letter as {string.Join(", ", s_attachmentTypes)}.", "file");
        }

        if (content.Length == 0 || content.Length > MaxAttachmentBytes)
        {
            return Error.Validation("directive.attachment_size", $"'{name}': a file from 1 byte to {MaxAttachmentBytes} bytes.", "file");
        }

        var attachment = new DirectiveAttachment
        {
            Id = Guid.CreateVersion7(),
            DirectiveId = directiveId,
            UnitId = directive.Value.UnitId,
            FileName = name,
            ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType,
            Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedBy = db.Access.ActorName,
        };
        db.DirectiveAttachments.Add(attachment);
        await db.SaveChangesAsync(ct);
        return new DirectiveAttachmentDto(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.Sha256, attachment.UploadedAt, attachment.UploadedBy);
    }

    public async Task<Result<DirectiveAttachment>> AttachmentAsync(Guid directiveId, Guid attachmentId, CancellationToken ct) =>
        await db.DirectiveAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.DirectiveId == directiveId, ct) is { } a
            ? a
            : Error.NotFound("directive.attachment_not_found", $"Attachment {attachmentId} does not exist or is outside your scope.");

    private static Error? Validate(DirectiveCreateDto r)
    {
        if (string.IsNullOrWhiteSpace(r.Number) || r.Number.Trim().Length > 100)
        {
            return Error.Validation("directive.number_required", "Give the number and symbol, e.g. 123/UBND-VHTT (at most 100 characters).", "number");
        }

        if (string.IsNullOrWhiteSpace(r.IssuingBody) || r.IssuingBody.Length > 300)
        {
            return Error.Validation("directive.issuing_body_required", "Give the issuing body (at most 300 characters).", "issuingBody");
        }

        if (r.Subject is { Length: > 500 })
        {
            return Error.Validation("directive.subject_too_long", "The subject is at most 500 characters.", "subject");
        }

        if (r.IssuedOn is null)
        {
            return Error.Validation("directive.issued_on_required", "Give the date of the letter.", "issuedOn");
        }

        if (r.DeadlineDate is null || string.IsNullOrWhiteSpace(r.DeadlineTime) || ParseTime(r.DeadlineTime) is null)
        {
            return Error.Validation("directive.deadline_required", "Give the deadline as a date and a local time HH:mm, e.g. 2024-05-23 and 14:00.", "deadlineTime");
        }

        if (r.DeadlineDate < r.IssuedOn)
        {
            return Error.Validation("directive.deadline_before_letter", "The deadline is before the letter's date.", "deadlineDate");
        }

        if (r.ReminderHours is < 0 or > 24 * 30)
        {
            return Error.Validation("directive.reminder_hours", "Reminder hours run from 0 (none) to 720.", "reminderHours");
        }

        return r.PeriodStart > r.DeadlineDate
            ? Error.Validation("directive.period_after_deadline", "The period starts after the deadline.", "periodStart")
            : null;
    }

    internal static TimeOnly? ParseTime(string text) =>
        TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
