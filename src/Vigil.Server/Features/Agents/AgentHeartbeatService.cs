using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts.Agent;
using Vigil.Domain.Agents;
using Vigil.Domain.Common;
using Vigil.Storage;

namespace Vigil.Server.Features.Agents;

/// <summary>Heartbeats (last seen, pending commands) and command results from the calling agent.</summary>
public sealed class AgentHeartbeatService(VigilDbContext db, Incidents.IncidentService incidents, TimeProvider clock, IOptions<AgentOptions> options)
{
    public const int MaxDetailLength = 2000;

    private Guid AgentId => db.Access.Scope.AgentId ?? throw new InvalidOperationException("Only an agent sends heartbeats.");

    public async Task<HeartbeatResponseDto> HeartbeatAsync(HeartbeatRequestDto request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow().UtcDateTime;
        var agentId = AgentId;
        var agent = await db.Agents.FirstAsync(a => a.Id == agentId, ct);
        agent.LastSeenAt = now;
        if (!string.IsNullOrWhiteSpace(request.AgentVersion) && request.AgentVersion.Length <= AgentEnrolService.MaxShortFieldLength)
        {
            agent.AgentVersion = request.AgentVersion.Trim();
        }

        // Handed out again when no result came back in time: the agent may have crashed while working on it.
        var redeliverBefore = now - options.Value.CommandRedeliveryAfter;
        var commands = await db.AgentCommands
            .Where(c => c.AgentId == agentId && c.CompletedAt == null && (c.DeliveredAt == null || c.DeliveredAt < redeliverBefore))
            .OrderBy(c => c.CreatedAt).Take(20).ToListAsync(ct);
        foreach (var command in commands)
        {
            command.DeliveredAt = now;
        }

        await db.SaveChangesAsync(ct);
        return new HeartbeatResponseDto(now, commands.ConvertAll(c => new AgentCommandDto(c.Id, c.Kind, c.Payload)));
    }

    public async Task<Result<bool>> CompleteAsync(Guid commandId, CommandResultDto result, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        var agentId = AgentId;
        // The query filter already hides other units' commands; the agent check hides other agents' of the same unit.
        var command = await db.AgentCommands.FirstOrDefaultAsync(c => c.Id == commandId && c.AgentId == agentId, ct);
        if (command is null)
        {
            return Error.NotFound("agent_command.not_found", "No such command for this agent.");
        }

        if (command.CompletedAt is null)
        {
            command.CompletedAt = clock.GetUtcNow().UtcDateTime;
            command.Succeeded = result.Succeeded;
            command.Detail = result.Detail is { Length: > MaxDetailLength } d ? d[..MaxDetailLength] : result.Detail;
            var isolation = await Isolation.IsolationProgress.OnCommandCompletedAsync(db, command, command.CompletedAt.Value, ct);
            await db.SaveChangesAsync(ct);
            if (isolation?.IncidentId is { } incidentId)
            {
                // The incident behind the isolation gets the agent's result on its timeline and in its notifications.
                var what = command.Kind == AgentCommandKinds.Isolate ? "isolation" : "release";
                await incidents.RecordIsolationResultAsync(incidentId, $"{what} {(command.Succeeded == true ? "done" : "failed")} by the agent: {command.Detail}",
                    command.Succeeded == true, command.Id, ct);
            }
        }

        return true;
    }
}
