using System.Buffers;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.Agent;
using Vigil.Domain.Agents;
using Vigil.Domain.Common;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Agents;

/// <summary>
/// Receives an agent's inventory exactly once per idempotency key. The receipt row is inserted first, in the same
/// transaction as the ingest: a concurrent retry of the same delivery waits on the key's unique index and then finds
/// the receipt, a crash before commit leaves neither receipt nor inventory (so the agent's retry is ingested as new),
/// and a crash after commit leaves both (so the retry is answered "duplicate").
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
        if (await FindReceiptAsync(agentId, idempotencyKey!, ct) is { } seen)
        {
            return new InventoryReceiptDto(Duplicate, seen.ComputerId);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var agent = await db.Agents.FirstAsync(a => a.Id == agentId, ct);
        var receipt = new AgentReceipt { AgentId = agentId, IdempotencyKey = idempotencyKey!, UnitId = agent.UnitId, ReceivedAt = now, Status = "pending" };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.AgentReceipts.Add(receipt);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Lost the race against a retry of the same delivery that committed first.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await FindReceiptAsync(agentId, idempotencyKey!, ct) is { } winner
                ? new InventoryReceiptDto(Duplicate, winner.ComputerId)
                : throw new InvalidOperationException("Receipt insert failed but no receipt exists.");
        }

        var outcome = await ingest.IngestAsync(AgentInventoryMapper.ToReport(inventory, agent, now), ct);
        if (!outcome.IsSuccess)
        {
            await tx.RollbackAsync(ct);
            return outcome.Error!;
        }

        // Read again rather than trust the entities above: the ingest may clear the change tracker between attempts.
        var status = outcome.Value!.Status.ToString().ToLowerInvariant();
        var stored = await db.AgentReceipts.FirstAsync(r => r.AgentId == agentId && r.IdempotencyKey == idempotencyKey, ct);
        stored.Status = status;
        stored.ComputerId = outcome.Value.ComputerId;
        var current = await db.Agents.FirstAsync(a => a.Id == agentId, ct);
        current.ComputerId = outcome.Value.ComputerId ?? current.ComputerId;
        current.LastSeenAt = now;
        if (!string.IsNullOrWhiteSpace(inventory.Hostname) && inventory.Hostname.Length <= AgentEnrolService.MaxHostnameLength)
        {
            current.Hostname = inventory.Hostname.Trim();
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new InventoryReceiptDto(status, outcome.Value.ComputerId);
    }

    private Task<AgentReceipt?> FindReceiptAsync(Guid agentId, string key, CancellationToken ct) =>
        db.AgentReceipts.AsNoTracking().FirstOrDefaultAsync(r => r.AgentId == agentId && r.IdempotencyKey == key, ct);
}
