using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Agents;
using Vigil.Domain.Isolation;
using Vigil.Storage;

namespace Vigil.Server.Features.Isolation;

/// <summary>Moves an isolation along when its agent reports the result of an isolate or release command, with a step record.</summary>
public static class IsolationProgress
{
    public const string AgentActor = "agent";

    /// <summary>
    /// Called by the heartbeat service before it saves a command's result; changes nothing for other commands. Returns
    /// the isolation it moved, so the caller can tell the incident behind it once the result is saved.
    /// </summary>
    public static async Task<HostIsolation?> OnCommandCompletedAsync(VigilDbContext db, AgentCommand command, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(command);
        if (!AgentCommandKinds.IsIsolation(command.Kind))
        {
            return null;
        }

        var isolation = await db.HostIsolations.FirstOrDefaultAsync(i => i.IsolateCommandId == command.Id || i.ReleaseCommandId == command.Id, ct);
        if (isolation is null)
        {
            return null;
        }

        var ok = command.Succeeded == true;
        if (command.Kind == AgentCommandKinds.Isolate)
        {
            // A release asked for meanwhile stays asked for; the agent runs it next.
            if (isolation.Status == IsolationStatus.Requested)
            {
                isolation.Status = ok ? IsolationStatus.Applied : IsolationStatus.Failed;
            }

            AddStep(db, isolation, now, AgentActor, ok ? "applied" : "failed", ok ? "ok" : "failed", command.Detail);
        }
        else
        {
            // A failed release leaves the host isolated: it is applied again, not released.
            isolation.Status = ok ? IsolationStatus.Released : IsolationStatus.Applied;
            isolation.ReleasedAt = ok ? now : null;
            AddStep(db, isolation, now, AgentActor, ok ? "released" : "release-failed", ok ? "ok" : "failed", command.Detail);
        }

        isolation.UpdatedAt = now;
        db.AddAuditEvent(ok ? "isolation_" + (command.Kind == AgentCommandKinds.Isolate ? "applied" : "released") : "isolation_" + command.Kind + "_failed",
            nameof(HostIsolation), isolation.Id.ToString(), isolation.UnitId);
        return isolation;
    }

    public static void AddStep(VigilDbContext db, HostIsolation isolation, DateTime at, string actor, string step, string outcome, string? detail)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(isolation);
        db.IsolationSteps.Add(new IsolationStep
        {
            Id = Guid.CreateVersion7(),
            UnitId = isolation.UnitId,
            IsolationId = isolation.Id,
            At = at,
            Actor = actor,
            Step = step,
            Outcome = outcome,
            Detail = detail is { Length: > 2000 } ? detail[..2000] : detail,
        });
    }
}
