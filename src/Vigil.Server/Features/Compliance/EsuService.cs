using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Compliance;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// Extended security updates exceptions: a person records that a computer is covered by paid ESU until a day (with a
/// note: licence, contract), or withdraws it. The day goes onto the computer row, where evaluation reads it, and the
/// computer is evaluated again in the same save. Recording a new exception closes the previous one; rows are kept.
/// </summary>
public sealed class EsuService(VigilDbContext db, ComplianceEvaluator evaluator, TimeProvider clock)
{
    public const int MaxNoteLength = 500;

    public async Task<Result<List<EsuExceptionDto>>> ListAsync(Guid computerId, CancellationToken ct)
    {
        if (!await db.Computers.AnyAsync(c => c.Id == computerId, ct))
        {
            return ComputerDetailQuery.NotFound(computerId);
        }

        var rows = await db.EsuExceptions.AsNoTracking().Where(e => e.ComputerId == computerId).OrderByDescending(e => e.RecordedAt).ToListAsync(ct);
        return rows.ConvertAll(ComplianceMapping.ToDto);
    }

    public async Task<Result<EsuExceptionDto>> SetAsync(Guid computerId, EsuWriteDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var computer = await db.Computers.FirstOrDefaultAsync(c => c.Id == computerId, ct);
        if (computer is null)
        {
            return ComputerDetailQuery.NotFound(computerId);
        }

        if (!db.Access.Scope.CanWrite(computer.UnitId))
        {
            return Forbidden();
        }

        if (body.Until is not { } until)
        {
            return Error.Validation("esu.until_required", "Give the last day covered by extended security updates (until).", "until");
        }

        if (until < ComplianceDates.Today(clock))
        {
            return Error.Validation("esu.until_past", $"{until:yyyy-MM-dd} has passed; an exception covers today or later.", "until");
        }

        var note = string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim();
        if (note is { Length: > MaxNoteLength })
        {
            return Error.Validation("esu.note_too_long", $"The note may have at most {MaxNoteLength} characters.", "note");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await CloseActiveAsync(computerId, now, ct);
        var row = new EsuException
        {
            Id = Guid.CreateVersion7(), ComputerId = computerId, UnitId = computer.UnitId, Until = until, Note = note,
            RecordedBy = db.Access.ActorName, RecordedAt = now,
        };
        db.EsuExceptions.Add(row);
        computer.EsuUntil = until;
        await evaluator.EvaluateAsync(computer, ct);
        await db.SaveChangesAsync(ct);
        return ComplianceMapping.ToDto(row);
    }

    public async Task<Result<Guid>> RemoveAsync(Guid computerId, CancellationToken ct)
    {
        var computer = await db.Computers.FirstOrDefaultAsync(c => c.Id == computerId, ct);
        if (computer is null)
        {
            return ComputerDetailQuery.NotFound(computerId);
        }

        if (!db.Access.Scope.CanWrite(computer.UnitId))
        {
            return Forbidden();
        }

        if (!await CloseActiveAsync(computerId, clock.GetUtcNow().UtcDateTime, ct))
        {
            return Error.NotFound("esu.not_found", $"Computer {computerId} has no ESU exception to remove.");
        }

        computer.EsuUntil = null;
        await evaluator.EvaluateAsync(computer, ct);
        await db.SaveChangesAsync(ct);
        return computerId;
    }

    private async Task<bool> CloseActiveAsync(Guid computerId, DateTime now, CancellationToken ct)
    {
        var active = await db.EsuExceptions.Where(e => e.ComputerId == computerId && e.RemovedAt == null).ToListAsync(ct);
        foreach (var row in active)
        {
            row.RemovedAt = now;
            row.RemovedBy = db.Access.ActorName;
        }

        return active.Count > 0;
    }

    private static Error Forbidden() => Error.Forbidden("computer.forbidden", "You may read this computer but not change it.");
}
