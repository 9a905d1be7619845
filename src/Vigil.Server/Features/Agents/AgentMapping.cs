using Vigil.Contracts.V1;
using Vigil.Domain.Agents;

namespace Vigil.Server.Features.Agents;

internal static class AgentMapping
{
    public static AgentDto ToDto(this Agent a) =>
        new(a.Id, a.UnitId, a.ComputerId, a.Hostname, a.Platform, a.AgentVersion, a.EnrolledAt, a.LastSeenAt, a.RevokedAt);

    public static EnrolmentTokenDto ToDto(this EnrolmentToken t) =>
        new(t.Id, t.UnitId, t.Prefix, t.Note, t.CreatedAt, t.ExpiresAt, t.UsedAt, t.UsedByAgentId, t.RevokedAt);

    public static AgentCommandStatusDto ToDto(this AgentCommand c) =>
        new(c.Id, c.AgentId, c.Kind, c.CreatedAt, c.DeliveredAt, c.CompletedAt, c.Succeeded, c.Detail);
}
