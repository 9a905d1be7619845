using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Agents;
using Vigil.Domain.Common;
using Vigil.Storage;

namespace Vigil.Server.Features.Agents;

/// <summary>What people do with enrolled agents: list them, revoke them, and ask them for work.</summary>
public sealed class AgentAdminService(VigilDbContext db, TimeProvider clock)
{
    public async Task<Result<List<AgentDto>>> ListAsync(Guid unitId, CancellationToken ct)
    {
        if (!await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            return Error.NotFound("unit.not_found", "The unit does not exist or is outside your scope.");
        }

        var agents = await db.Agents.AsNoTracking().Where(a => a.UnitId == unitId).OrderBy(a => a.Hostname).ToListAsync(ct);
        return agents.ConvertAll(a => a.ToDto());
    }

    public async Task<Result<AgentDto>> GetAsync(Guid agentId, CancellationToken ct) =>
        await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agentId, ct) is { } agent ? agent.ToDto() : AgentNotFound();

    /// <summary>The agent's credential stops working at once; the computer's inventory stays.</summary>
    public async Task<Result<AgentDto>> RevokeAsync(Guid agentId, CancellationToken ct)
    {
        var agent = await db.Agents.FirstOrDefaultAsync(a => a.Id == agentId, ct);
        if (agent is null)
        {
            return AgentNotFound();
        }

        if (!db.Access.Scope.CanWrite(agent.UnitId))
        {
            return Forbidden();
        }

        agent.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return agent.ToDto();
    }

    public async Task<Result<AgentCommandStatusDto>> CreateCommandAsync(Guid agentId, AgentCommandCreateDto request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agentId, ct);
        if (agent is null)
        {
            return AgentNotFound();
        }

        if (!db.Access.Scope.CanWrite(agent.UnitId))
        {
            return Forbidden();
        }

        if (!AgentCommandKinds.IsKnown(request.Kind) || AgentCommandKinds.IsIsolation(request.Kind))
        {
            return Error.Validation("agent_command.kind_unknown", $"Unknown command kind; known: {string.Join(", ", AgentCommandKinds.All.Where(k => !AgentCommandKinds.IsIsolation(k)))} (isolation goes through /computers/{{id}}/isolation).", "kind");
        }

        if (agent.RevokedAt is not null)
        {
            return Error.Conflict("agent.revoked", "This agent is revoked and will never ask for commands again.");
        }

        // Asking twice before the agent picked the first one up gives the same command, not a queue of copies.
        var pending = await db.AgentCommands.AsNoTracking()
            .FirstOrDefaultAsync(c => c.AgentId == agentId && c.Kind == request.Kind && c.CompletedAt == null, ct);
        if (pending is not null)
        {
            return pending.ToDto();
        }

        var command = new AgentCommand
        {
            Id = Guid.CreateVersion7(),
            AgentId = agent.Id,
            UnitId = agent.UnitId,
            Kind = request.Kind!,
            CreatedBy = db.Access.ActorId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.AgentCommands.Add(command);
        await db.SaveChangesAsync(ct);
        return command.ToDto();
    }

    public async Task<Result<List<AgentCommandStatusDto>>> ListCommandsAsync(Guid agentId, CancellationToken ct)
    {
        if (!await db.Agents.AnyAsync(a => a.Id == agentId, ct))
        {
            return AgentNotFound();
        }

        var commands = await db.AgentCommands.AsNoTracking().Where(c => c.AgentId == agentId).OrderByDescending(c => c.CreatedAt).Take(100).ToListAsync(ct);
        return commands.ConvertAll(c => c.ToDto());
    }

    private static Error AgentNotFound() => Error.NotFound("agent.not_found", "No such agent, or it belongs to a unit outside your scope.");

    private static Error Forbidden() => Error.Forbidden("agent.forbidden", "Only people who may change the agent's unit can do this.");
}
