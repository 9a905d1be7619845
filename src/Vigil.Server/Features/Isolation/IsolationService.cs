using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts;
using Vigil.Contracts.Agent;
using Vigil.Contracts.V1;
using Vigil.Domain.Agents;
using Vigil.Domain.Common;
using Vigil.Domain.Isolation;
using Vigil.Storage;

namespace Vigil.Server.Features.Isolation;

/// <summary>
/// Isolate and release computers. With a capable agent (enrolled, not revoked, Linux or Windows) an "isolate" command
/// is queued and the state follows the agent's results; otherwise the computer is put in network quarantine at once:
/// containment kits and the quarantine feed carry it until it is released.
/// </summary>
public sealed class IsolationService(
    VigilDbContext db, Incidents.IncidentTimeline timeline, TimeProvider clock, IOptions<IsolationOptions> options, ILogger<IsolationService> logger)
{
    public const int MaxReasonLength = 500;

    public async Task<Result<IsolationDto>> GetAsync(Guid computerId, CancellationToken ct)
    {
        if (!await db.Computers.AnyAsync(c => c.Id == computerId, ct))
        {
            return ComputerNotFound();
        }

        var isolation = await db.HostIsolations.AsNoTracking().Where(i => i.ComputerId == computerId)
            .OrderByDescending(i => i.RequestedAt).FirstOrDefaultAsync(ct);
        return isolation is null
            ? Error.NotFound("isolation.none", "This computer has never been isolated.")
            : await ToDtoAsync(isolation, ct);
    }

    public async Task<Result<IsolationDto>> IsolateAsync(Guid computerId, IsolationRequestDto request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var computer = await db.Computers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == computerId, ct);
        if (computer is null)
        {
            return ComputerNotFound();
        }

        if (!db.Access.Scope.CanWrite(computer.UnitId))
        {
            return Error.Forbidden("isolation.forbidden", "You may not isolate computers of this unit.");
        }

        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength)
        {
            return Error.Validation("isolation.reason_required", $"Say why (1 to {MaxReasonLength} characters).", "reason");
        }

        // The incident the isolation answers gets it on its timeline; it must be one the caller may change.
        Domain.Incidents.Incident? incident = null;
        if (request.IncidentId is { } incidentId)
        {
            incident = await db.Incidents.FirstOrDefaultAsync(i => i.Id == incidentId, ct);
            if (incident is null || !db.Access.Scope.CanWrite(incident.UnitId))
            {
                return Error.NotFound("incident.not_found", "The incident does not exist or is outside your scope.");
            }
        }

        if (await OpenAsync(computerId, ct) is { } open)
        {
            return Error.Conflict("isolation.already", $"This computer is already isolated or on its way ({Status(open.Status)}).");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var agents = await db.Agents.AsNoTracking().Where(a => a.ComputerId == computerId && a.RevokedAt == null).ToListAsync(ct);
        var agent = agents.Where(a => IsCapable(a.Platform)).OrderByDescending(a => a.LastSeenAt).FirstOrDefault();
        var isolation = new HostIsolation
        {
            Id = Guid.CreateVersion7(),
            UnitId = computer.UnitId,
            ComputerId = computerId,
            Mode = agent is null ? IsolationMode.NetworkQuarantine : IsolationMode.Agent,
            Status = agent is null ? IsolationStatus.Applied : IsolationStatus.Requested,
            Reason = reason,
            IncidentId = request.IncidentId,
            RequestedBy = db.Access.Scope.UserId,
            RequestedAt = now,
            UpdatedAt = now,
            AgentId = agent?.Id,
        };
        db.HostIsolations.Add(isolation);
        var actor = Actor();
        IsolationProgress.AddStep(db, isolation, now, actor, "requested", "ok", reason);
        if (agent is not null)
        {
            var payload = new IsolationCommandDto(reason, request.IncidentId, [.. options.Value.ExtraAddresses], options.Value.AllowDhcp);
            var command = QueueCommand(agent.Id, computer.UnitId, AgentCommandKinds.Isolate, JsonSerializer.Serialize(payload, VigilJsonContext.Default.IsolationCommandDto), now);
            isolation.IsolateCommandId = command.Id;
            IsolationProgress.AddStep(db, isolation, now, actor, "command-queued", "pending", $"isolate sent to agent {agent.Hostname} ({agent.Platform}) at its next heartbeat");
        }
        else
        {
            var why = agents.Count == 0 ? "no enrolled Vigil agent" : $"the agent's platform ({agents[0].Platform}) cannot isolate";
            IsolationProgress.AddStep(db, isolation, now, actor, "quarantined", "ok", $"{why}: network quarantine (containment kits, quarantine feed)");
        }

        if (incident is not null)
        {
            timeline.Add(incident, Domain.Incidents.IncidentTimelineKind.Action,
                $"{(agent is null ? "network quarantine" : "isolation requested")}: {computer.Hostname} — {reason}", isolation.Id);
        }

        db.AddAuditEvent("isolation_requested", nameof(HostIsolation), isolation.Id.ToString(), isolation.UnitId,
            JsonSerializer.Serialize(new Dictionary<string, string?> { ["computerId"] = computerId.ToString(), ["mode"] = Mode(isolation.Mode), ["incidentId"] = request.IncidentId?.ToString() }));
        await db.SaveChangesAsync(ct);
        Log.IsolationRequested(logger, isolation.Id, computerId, Mode(isolation.Mode));
        return await ToDtoAsync(isolation, ct);
    }

    public async Task<Result<IsolationDto>> ReleaseAsync(Guid computerId, string? reason, CancellationToken ct)
    {
        if (!await db.Computers.AnyAsync(c => c.Id == computerId, ct))
        {
            return ComputerNotFound();
        }

        var isolation = await OpenAsync(computerId, ct);
        if (isolation is null)
        {
            return Error.NotFound("isolation.not_isolated", "This computer is not isolated.");
        }

        if (!db.Access.Scope.CanWrite(isolation.UnitId))
        {
            return Error.Forbidden("isolation.forbidden", "You may not release computers of this unit.");
        }

        if (isolation.Status == IsolationStatus.ReleaseRequested)
        {
            return await ToDtoAsync(isolation, ct);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var detail = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, MaxReasonLength)];
        var agent = isolation.AgentId is { } agentId ? await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agentId && a.RevokedAt == null, ct) : null;
        if (isolation.Mode == IsolationMode.Agent && agent is not null)
        {
            isolation.ReleaseCommandId = QueueCommand(agent.Id, isolation.UnitId, AgentCommandKinds.Release, null, now).Id;
            isolation.Status = IsolationStatus.ReleaseRequested;
            IsolationProgress.AddStep(db, isolation, now, Actor(), "release-requested", "pending", detail ?? "release sent to the agent at its next heartbeat");
        }
        else
        {
            // Network quarantine ends when it leaves the kits and the feed; an agent revoked meanwhile cannot be asked
            // (documented: release it on the host with 'vigil-agent isolation release').
            isolation.Status = IsolationStatus.Released;
            isolation.ReleasedAt = now;
            IsolationProgress.AddStep(db, isolation, now, Actor(), "released", "ok",
                detail ?? (isolation.Mode == IsolationMode.Agent ? "agent revoked: release on the host with 'vigil-agent isolation release'" : "removed from the quarantine feed"));
        }

        isolation.UpdatedAt = now;
        db.AddAuditEvent("isolation_release_requested", nameof(HostIsolation), isolation.Id.ToString(), isolation.UnitId);
        await db.SaveChangesAsync(ct);
        Log.IsolationReleaseRequested(logger, isolation.Id, computerId);
        return await ToDtoAsync(isolation, ct);
    }

    public static bool IsCapable(string platform) =>
        platform.StartsWith("linux-", StringComparison.Ordinal) || platform.StartsWith("windows-", StringComparison.Ordinal);

    public static string Mode(IsolationMode mode) => mode == IsolationMode.Agent ? "agent" : "network-quarantine";

    public static string Status(IsolationStatus status) => status switch
    {
        IsolationStatus.Requested => "requested",
        IsolationStatus.Applied => "applied",
        IsolationStatus.Failed => "failed",
        IsolationStatus.ReleaseRequested => "release-requested",
        _ => "released",
    };

    private Task<HostIsolation?> OpenAsync(Guid computerId, CancellationToken ct) =>
        db.HostIsolations.Where(i => i.ComputerId == computerId
                && (i.Status == IsolationStatus.Requested || i.Status == IsolationStatus.Applied || i.Status == IsolationStatus.ReleaseRequested))
            .OrderByDescending(i => i.RequestedAt).FirstOrDefaultAsync(ct);

    private AgentCommand QueueCommand(Guid agentId, Guid unitId, string kind, string? payload, DateTime now)
    {
        var command = new AgentCommand
        {
            Id = Guid.CreateVersion7(), AgentId = agentId, UnitId = unitId, Kind = kind, Payload = payload,
            CreatedBy = db.Access.Scope.UserId, CreatedAt = now,
        };
        db.AgentCommands.Add(command);
        return command;
    }

    private string Actor() => db.Access.Scope.UserId?.ToString() ?? "system";

    private async Task<IsolationDto> ToDtoAsync(HostIsolation isolation, CancellationToken ct)
    {
        var steps = await db.IsolationSteps.AsNoTracking().Where(s => s.IsolationId == isolation.Id).ToListAsync(ct);
        return new IsolationDto(isolation.Id, isolation.ComputerId, isolation.UnitId, Mode(isolation.Mode), Status(isolation.Status), isolation.Reason,
            isolation.IncidentId, isolation.RequestedAt, isolation.UpdatedAt,
            [.. steps.OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => new IsolationStepDto(s.At, s.Actor, s.Step, s.Outcome, s.Detail))],
            [.. ContainmentKits.All]);
    }

    private static Error ComputerNotFound() => Error.NotFound("computer.not_found", "The computer does not exist or is outside your scope.");
}
