using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Common;
using Vigil.Domain.Inventory;
using Vigil.Domain.Organisation;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

public sealed partial class ConflictService
{
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

        // The address history goes too: logs are linked within one unit, and the computer is now the target's.
        foreach (var row in await db.ComputerAddresses.Where(a => a.ComputerId == id).ToListAsync(ct))
        {
            row.UnitId = target.Id;
        }

        await MoveAgentsAsync(id, target.Id, ct);
        await MoveComplianceAsync(id, target.Id, ct);
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

    /// <summary>
    /// Verdicts, their history, ESU exceptions and the remediation work go with the computer, so the new unit sees and
    /// finishes it; the daily counts stay, being what each unit had on each day (today's are rewritten by the job).
    /// </summary>
    private async Task MoveComplianceAsync(Guid computerId, Guid unitId, CancellationToken ct)
    {
        foreach (var row in await db.ComplianceResults.Where(r => r.ComputerId == computerId).ToListAsync(ct))
        {
            row.UnitId = unitId;
        }

        foreach (var row in await db.ComplianceChanges.Where(c => c.ComputerId == computerId).ToListAsync(ct))
        {
            row.UnitId = unitId;
        }

        foreach (var row in await db.EsuExceptions.Where(e => e.ComputerId == computerId).ToListAsync(ct))
        {
            row.UnitId = unitId;
        }

        var items = await db.RemediationItems.Where(i => i.ComputerId == computerId).ToListAsync(ct);
        var itemIds = items.Select(i => i.Id).ToList();
        items.ForEach(i => i.UnitId = unitId);
        foreach (var row in await db.RemediationEvents.Where(e => itemIds.Contains(e.ItemId)).ToListAsync(ct))
        {
            row.UnitId = unitId;
        }
    }
}
