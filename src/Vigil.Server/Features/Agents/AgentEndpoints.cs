using System.Text.Json;
using Microsoft.Extensions.Options;
using Vigil.Contracts;
using Vigil.Contracts.Agent;
using Vigil.Server.Hosting;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.Agents;

/// <summary>The agent protocol (/agent/v1): anonymous enrolment, then everything with the agent's own credential.</summary>
internal static class AgentEndpoints
{
    public const string EnrolRateLimit = "agent-enrol";

    public static void MapAgentEndpoints(this WebApplication app)
    {
        var agent = app.MapGroup(VigilAuthentication.AgentPrefix + "/v1").WithTags("Agent protocol").DisableAntiforgery();
        agent.MapPost("/enrol", async (EnrolRequestDto body, AgentEnrolService s, CancellationToken ct) => (await s.EnrolAsync(body, ct)).ToHttp())
            .AllowAnonymous().RequireRateLimiting(EnrolRateLimit)
            .WithSummary("Exchange a one-time enrolment token for the agent's own credential (shown in this response only).");

        var enrolled = agent.MapGroup("").RequireAuthorization(VigilAuthentication.EnrolledAgent).RequireRateLimiting(VigilServices.MachineRateLimit);
        enrolled.MapPost("/inventory", ReceiveInventoryAsync)
            .WithSummary($"Deliver a full inventory; the {AgentProtocol.IdempotencyKeyHeader} header makes retries safe.");
        enrolled.MapPost("/heartbeat", async (HeartbeatRequestDto body, AgentHeartbeatService s, CancellationToken ct) => TypedResults.Ok(await s.HeartbeatAsync(body, ct)))
            .WithSummary("Say the agent is alive and collect pending commands.");
        enrolled.MapPost("/commands/{commandId:guid}/result", async (Guid commandId, CommandResultDto body, AgentHeartbeatService s, CancellationToken ct) =>
                (await s.CompleteAsync(commandId, body, ct)).Map(_ => new { recorded = true }).ToHttp())
            .WithSummary("Report the outcome of a command handed out with a heartbeat.");
    }

    /// <summary>
    /// Reads the body whole into a pooled buffer, so that an oversized report gets a clear 413 before any JSON is parsed
    /// and the JSON is then read in one pass (streaming it cost the deserializer a resumable path for every buffer).
    /// </summary>
    private static async Task<IResult> ReceiveInventoryAsync(HttpContext http, AgentInventoryService service, IOptions<AgentOptions> options, CancellationToken ct)
    {
        var limit = options.Value.MaxInventoryBytes;
        using var body = await PooledBytes.ReadBodyAsync(http.Request, limit, ct);
        if (body is null)
        {
            return TooLarge(limit);
        }

        AgentInventoryDto? inventory;
        try
        {
            inventory = JsonSerializer.Deserialize(body.Segment, VigilJsonContext.Default.AgentInventoryDto);
        }
        catch (JsonException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "agent.inventory_invalid", detail: e.Message);
        }

        if (inventory is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "agent.inventory_invalid", detail: "The body is empty.");
        }

        var key = http.Request.Headers[AgentProtocol.IdempotencyKeyHeader].ToString();
        return (await service.ReceiveAsync(key, inventory, ct)).ToHttp();
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "agent.inventory_too_large", detail: $"An inventory is at most {limit} bytes.");
}
