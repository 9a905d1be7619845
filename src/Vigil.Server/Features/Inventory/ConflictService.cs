using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Common;
using Vigil.Domain.Inventory;
using Vigil.Domain.Organisation;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// A person settles a conflict. For a fact, the chosen source is pinned for that field (it wins from now on, and no
/// later report reopens the conflict) and the computer is re-resolved through <see cref="ComputerResolver"/>. For a
/// unit conflict, choosing the reporting source moves the computer with all its rows to that unit (the caller must
/// be able to change both units); choosing "vigil" keeps it where it is. Runs in the caller's scope throughout, so
/// the storage guard checks every row it changes.
/// </summary>
public sealed class ConflictService(VigilDbContext db, TimeProvider clock)
{
    private readonly ComputerResolver _resolver = new(db, clock);

    public async Task<Result<Guid>> ResolveAsync(Guid computerId, Guid conflictId, string? chosenSource, CancellationToken ct)
    {
        var computer = await db.Computers.FirstOrDefaultAsync(c => c.Id == computerId, ct);
        var conflict = computer is null ? null : await db.ComputerConflicts.FirstOrDefaultAsync(c => c.Id == conflictId && c.ComputerId == computerId, ct);
        if (computer is null || conflict is null)
        {
            return Error.NotFound("conflict.not_found", $"Conflict {conflictId} of computer {computerId} does not exist or is outside your scope.");
        }

        if (!db.Access.Scope.CanWrite(computer.UnitId))
        {
            return Forbidden();
        }

        if (conflict.ResolvedAt is not null)
        {
            return Error.Conflict("conflict.already_resolved", $"This conflict was already settled by {conflict.ResolvedBy}.");
        }

        var choice = (chosenSource ?? "").Trim().ToLowerInvariant();
        var isUnit = conflict.Field == UnitClaim.Field;
        var before = isUnit ? await UnitCodeAsync(computer.UnitId, ct) : CurrentValue(computer, conflict.Field);
        var result = isUnit ? await ResolveUnitAsync(computer, conflict, choice, ct) : ResolveField(computer, conflict, choice);
        if (result is { } error)
        {
            return error;
        }

        await _resolver.ReresolveAsync(computer, ct);
        var after = isUnit ? await UnitCodeAsync(computer.UnitId, ct) : CurrentValue(computer, conflict.Field);
        AddDecision(computer, conflict.Field, before, after, choice);
        await db.SaveChangesAsync(ct);
        return computer.Id;
    }

    private Error? ResolveField(Computer computer, ComputerConflict conflict, string choice)
    {
        var offered = ConflictValues.Parse(conflict.Values).Select(v => v.Source).ToHashSet(StringComparer.Ordinal);
        if (!offered.Contains(choice) || InventoryQuery.ParseEnum<InventorySource>(choice) is not { } source)
        {
            return InvalidChoice(choice, offered);
        }

        var pins = ComputerPins.Parse(computer.Pins);
        pins[conflict.Field] = source;
        computer.Pins = ComputerPins.Format(pins);
        Close(conflict, source);
        return null;
    }

    private async Task<Error?> ResolveUnitAsync(Computer computer, ComputerConflict conflict, string choice, CancellationToken ct)
    {
        var claim = UnitClaim.Parse(conflict.Values);
        if (choice is UnitClaim.KeepLabel or "keep")
        {
            Close(conflict, null);
            return null;
        }

        if (claim is not { } claimed || claimed.SourceLabel != choice || InventoryQuery.ParseEnum<InventorySource>(choice) is not { } source)
        {
            return InvalidChoice(choice, claim is { } c ? [c.SourceLabel, UnitClaim.KeepLabel] : [UnitClaim.KeepLabel]);
        }

        var target = await db.Units.FirstOrDefaultAsync(u => u.Code == claimed.UnitCode, ct);
        if (target is null || !db.Access.Scope.CanWrite(target.Id))
        {
            return Error.Forbidden("conflict.unit_forbidden", $"Unit '{claimed.UnitCode}' does not exist or you may not change it; ask a coordinator of both units.");
        }

        await MoveAsync(computer, target, ct);
        Close(conflict, source);
        return null;
    }

    /// <summary>Moves the computer and everything recorded about it; hostname identifiers are keyed by unit, so they are re-keyed.</summary>
    private async Task MoveAsync(Computer computer, OrgUnit target, CancellationToken ct)
    {
        var id = computer.Id;
        computer.UnitId = target.Id;
        foreach (var row in await db.ComputerSources.Where(s => s.ComputerId == id).ToListAsync(ct))
        {
            row.UnitId = target.Id;
        }

        foreach (var row in await db.ComputerChanges.Where(c => c.ComputerId == id).ToListAsync(ct))
        {
            row.UnitId = target.Id;
        }

        foreach (var row in await db.ComputerConflicts.Where(c => c.ComputerId == id).ToListAsync(ct))
        {
            row.UnitId = target.Id;
        }

        await MoveAgentsAsync(id, target.Id, ct);
        foreach (var identifier in await db.ComputerIdentifiers.Where(i => i.ComputerId == id).ToListAsync(ct))
        {
            if (identifier.Kind != IdentityKind.Hostname)
            {
                identifier.UnitId = target.Id;
                continue;
            }

            db.ComputerIdentifiers.Remove(identifier);
            var rekeyed = IdentityKeys.HostKey(target.Id, identifier.Value[(identifier.Value.IndexOf('/', StringComparison.Ordinal) + 1)..]);
            // A machine of the same name already in the target unit keeps its name key; merging is a person's call.
            if (!await db.ComputerIdentifiers.AnyAsync(i => i.Kind == IdentityKind.Hostname && i.Value == rekeyed, ct))
            {
                db.ComputerIdentifiers.Add(new ComputerIdentifier { Kind = IdentityKind.Hostname, Value = rekeyed, ComputerId = id, UnitId = target.Id });
            }
        }
    }

    /// <summary>
    /// The computer's agents follow it: an agent's credential carries its unit, so one left behind would keep reporting
    /// the old unit and reopen the conflict. Their commands and receipts go too, or the moved agent could no longer see
    /// its pending commands or recognise a retried delivery.
    /// </summary>
    private async Task MoveAgentsAsync(Guid computerId, Guid unitId, CancellationToken ct)
    {
        var agents = await db.Agents.Where(a => a.ComputerId == computerId).ToListAsync(ct);
        foreach (var agent in agents)
        {
            agent.UnitId = unitId;
        }

        var agentIds = agents.Select(a => a.Id).ToList();
        foreach (var command in await db.AgentCommands.Where(c => agentIds.Contains(c.AgentId)).ToListAsync(ct))
        {
            command.UnitId = unitId;
        }

        foreach (var receipt in await db.AgentReceipts.Where(r => agentIds.Contains(r.AgentId)).ToListAsync(ct))
        {
            receipt.UnitId = unitId;
        }
    }

    private void Close(ComputerConflict conflict, InventorySource? chosen)
    {
        conflict.ResolvedAt = clock.GetUtcNow().UtcDateTime;
        conflict.ResolvedBy = db.Access.ActorName;
        conflict.ChosenSource = chosen;
    }

    /// <summary>History row of a decision, e.g. "os: Microsoft Windows 10 Pro → Windows 7 (import)", with the person.</summary>
    private void AddDecision(Computer computer, string field, string? before, string? after, string choice) =>
        db.ComputerChanges.Add(new ComputerChange
        {
            Id = Guid.CreateVersion7(),
            ComputerId = computer.Id,
            UnitId = computer.UnitId,
            Source = InventorySource.Manual,
            ObservedAt = clock.GetUtcNow().UtcDateTime,
            Field = field,
            OldValue = before,
            NewValue = $"{after} ({choice})",
            Actor = db.Access.ActorName,
        });

    private Task<string> UnitCodeAsync(Guid unitId, CancellationToken ct) =>
        db.Units.Where(u => u.Id == unitId).Select(u => u.Code).FirstAsync(ct);

    internal static string? CurrentValue(Computer c, string field) => field switch
    {
        "hostname" => c.Hostname,
        "serial" => c.SerialNumber,
        "os" => c.OsName ?? c.OsRelease,
        "cpu" => c.CpuModel,
        "ram_mb" => c.RamMb?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private static Error InvalidChoice(string choice, IEnumerable<string> offered) =>
        Error.Validation("conflict.choice_invalid", $"'{choice}' is not one of the choices: {string.Join(", ", offered)}.", "chosenSource");

    private static Error Forbidden() => Error.Forbidden("computer.forbidden", "You may read this computer but not change it.");
}
