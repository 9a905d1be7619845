using Vigil.Contracts.V1;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.Agents;

/// <summary>/api/v1 for people: enrolment tokens of a unit, its agents, and commands to them.</summary>
internal static class AgentApiEndpoints
{
    public static RouteGroupBuilder MapAgentApiEndpoints(this RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/units/{unitId:guid}/enrolment-tokens").WithTags("Agents");
        tokens.MapGet("/", async (Guid unitId, EnrolmentTokenService s, CancellationToken ct) => (await s.ListAsync(unitId, ct)).ToHttp())
            .WithSummary("Enrolment tokens of a unit, without their secrets.");
        tokens.MapPost("/", async (Guid unitId, EnrolmentTokenCreateDto body, EnrolmentTokenService s, CancellationToken ct) => (await s.CreateAsync(unitId, body, ct)).ToHttp())
            .WithSummary("Create a one-time enrolment token (default 7 days); the secret is in this response only.");
        tokens.MapDelete("/{enrolmentTokenId:guid}", async (Guid unitId, Guid enrolmentTokenId, EnrolmentTokenService s, CancellationToken ct) =>
            (await s.RevokeAsync(unitId, enrolmentTokenId, ct)).ToHttp()).WithSummary("Revoke an unused enrolment token.");

        api.MapGet("/units/{unitId:guid}/agents", async (Guid unitId, AgentAdminService s, CancellationToken ct) => (await s.ListAsync(unitId, ct)).ToHttp())
            .WithTags("Agents").WithSummary("Agents enrolled in a unit.");

        var agents = api.MapGroup("/agents").WithTags("Agents");
        agents.MapGet("/{agentId:guid}", async (Guid agentId, AgentAdminService s, CancellationToken ct) => (await s.GetAsync(agentId, ct)).ToHttp());
        agents.MapDelete("/{agentId:guid}", async (Guid agentId, AgentAdminService s, CancellationToken ct) => (await s.RevokeAsync(agentId, ct)).ToHttp())
            .WithSummary("Revoke an agent: its credential stops working at once (401).");
        agents.MapGet("/{agentId:guid}/commands", async (Guid agentId, AgentAdminService s, CancellationToken ct) => (await s.ListCommandsAsync(agentId, ct)).ToHttp())
            .WithSummary("The agent's last 100 commands and their outcomes.");
        agents.MapPost("/{agentId:guid}/commands", async (Guid agentId, AgentCommandCreateDto body, AgentAdminService s, CancellationToken ct) =>
            (await s.CreateCommandAsync(agentId, body, ct)).ToHttp()).WithSummary("Ask the agent for work, e.g. {\"kind\":\"collect-inventory\"}.");
        return agents;
    }
}
