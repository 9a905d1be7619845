using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Vigil.Storage;

namespace Vigil.Server.Features.Agents;

/// <summary>
/// The two lookups every agent request makes, compiled once per model as <see cref="Inventory.IngestQueries"/> are: the
/// credential at authentication and the delivery's receipt. Each reads only the columns its caller uses. The context's
/// scope filters apply as to any query.
/// </summary>
internal sealed class AgentQueries
{
    private static readonly ConcurrentDictionary<IModel, AgentQueries> PerModel = new();

    private readonly Func<VigilDbContext, string, CancellationToken, Task<CredentialHolder?>> _byCredential = EF.CompileAsyncQuery(
        (VigilDbContext db, string hash, CancellationToken ct) => db.Agents
            .Where(a => a.CredentialHash == hash)
            .Select(a => new CredentialHolder(a.Id, a.UnitId, a.Hostname, a.RevokedAt))
            .FirstOrDefault());

    private readonly Func<VigilDbContext, Guid, string, CancellationToken, Task<DeliverySeen?>> _receipt = EF.CompileAsyncQuery(
        (VigilDbContext db, Guid agentId, string key, CancellationToken ct) => db.AgentReceipts
            .Where(r => r.AgentId == agentId && r.IdempotencyKey == key)
            .Select(r => new DeliverySeen(r.ComputerId))
            .FirstOrDefault());

    /// <summary>The agent whose credential hashes to <paramref name="hash"/>, revoked or not.</summary>
    public static Task<CredentialHolder?> ByCredentialAsync(VigilDbContext db, string hash, CancellationToken ct) => For(db)._byCredential(db, hash, ct);

    /// <summary>The receipt of an earlier delivery with this idempotency key, if there was one.</summary>
    public static Task<DeliverySeen?> ReceiptAsync(VigilDbContext db, Guid agentId, string key, CancellationToken ct) => For(db)._receipt(db, agentId, key, ct);

    private static AgentQueries For(VigilDbContext db) => PerModel.GetOrAdd(db.Model, static _ => new AgentQueries());
}

/// <summary>What authentication needs of an agent row.</summary>
internal sealed record CredentialHolder(Guid Id, Guid UnitId, string Hostname, DateTime? RevokedAt);

/// <summary>An earlier delivery's outcome: the computer it was filed under.</summary>
internal sealed record DeliverySeen(Guid? ComputerId);
