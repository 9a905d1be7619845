using System.Buffers;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.Agent;
using Vigil.Domain.Agents;
using Vigil.Domain.Common;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Agents;

/// <summary>
/// Receives an agent's inventory exactly once per idempotency key. The receipt row is written in the same transaction
/// as the report (the ingest calls back once it knows the outcome, whether the report is stored or only seen again in
/// a group commit): a crash before commit leaves neither receipt nor inventory (so the agent's retry is ingested as
/// new), a crash after commit leaves both (so the retry is answered "duplicate"), and of two concurrent deliveries of
/// one key the receipt's unique key lets only one commit; the other is answered "duplicate".
/// </summary>
public sealed class AgentInventoryService(VigilDbContext db, IInventoryIngest ingest, TimeProvider clock)
{
    public const int MaxKeyLength = 100;
    public const string Duplicate = "duplicate";

    private static readonly SearchValues<char> s_keyCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:");

    public static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= MaxKeyLength } && !key.AsSpan().ContainsAnyExcept(s_keyCharacters);

    public async Task<Result<InventoryReceiptDto>> ReceiveAsync(string? idempotencyKey, AgentInventoryDto inventory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        if (!IsValidKey(idempotencyKey))
        {
            return Error.Validation(
                "agent.idempotency_key_invalid",
                $"The {AgentProtocol.IdempotencyKeyHeader} header is required: 1 to {MaxKeyLength} letters, digits or -_.:",
                AgentProtocol.IdempotencyKeyHeader);
        }

        var agentId = db.Access.Scope.AgentId ?? throw new InvalidOperationException("Only an agent delivers inventory.");
        var key = idempotencyKey!;
        if (await FindReceiptAsync(agentId, key, ct) is { } seen)
        {
            return new InventoryReceiptDto(Duplicate, seen.ComputerId);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // The agent's credential fixed its unit at authentication; its scope holds that one unit.
        var unitId = db.Access.Scope.ReadableUnitIds.Single();
        var hostname = string.IsNullOrWhiteSpace(inventory.Hostname) || inventory.Hostname.Length > AgentEnrolService.MaxHostnameLength
            ? null
            : inventory.Hostname.Trim();
        AlongsideWrite recordDelivery = (target, outcome, _) =>
        {
            target.AgentReceipts.Add(new AgentReceipt
            {
                AgentId = agentId,
                IdempotencyKey = key,
                UnitId = unitId,
                ReceivedAt = now,
                Status = outcome.Status.ToString().ToLowerInvariant(),
                ComputerId = outcome.ComputerId,
            });
            // An unchanged report names the computer and hostname the agent row already holds, and the minute heartbeat
            // keeps LastSeenAt: skipping the row keeps the group commit of re-reports at one statement per batch.
            if (outcome.Status != IngestStatus.Unchanged)
            {
                target.NoteAgentContact(new AgentContact(agentId, now, outcome.ComputerId, hostname));
            }

            return Task.CompletedTask;
        };

        Result<IngestOutcome> result;
        try
        {
            result = await ingest.IngestAsync(AgentInventoryMapper.ToReport(inventory, agentId, unitId, now), recordDelivery, ct);
        }
        catch (DbUpdateException)
        {
            // Lost the race against a retry of the same delivery that committed first.
            return await FindReceiptAsync(agentId, key, ct) is { } winner
                ? new InventoryReceiptDto(Duplicate, winner.ComputerId)
                : throw new InvalidOperationException("Receipt insert failed but no receipt exists.");
        }

        return result.IsSuccess
            ? new InventoryReceiptDto(result.Value!.Status.ToString().ToLowerInvariant(), result.Value.ComputerId)
            : result.Error!;
    }

    private Task<DeliverySeen?> FindReceiptAsync(Guid agentId, string key, CancellationToken ct) =>
        AgentQueries.ReceiptAsync(db, agentId, key, ct);
}
