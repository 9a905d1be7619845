using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Vigil.Domain.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// The lookups every report makes, compiled once: a LINQ query is otherwise rebuilt as an expression tree, hashed and
/// matched against EF Core's query cache on every call, which cost about a tenth of a new computer's report. The
/// context's scope filters apply as to any query. A compiled query belongs to one model, and SQLite's and PostgreSQL's
/// differ (tests run both in one process), so there is one set per model.
/// </summary>
internal sealed class IngestQueries
{
    private static readonly ConcurrentDictionary<IModel, IngestQueries> PerModel = new();

    private readonly Func<VigilDbContext, InventorySource, string, Task<SourceHead?>> _head = EF.CompileAsyncQuery(
        (VigilDbContext db, InventorySource source, string key) => db.ComputerSources
            .Where(s => s.Source == source && s.SourceKey == key)
            .Select(s => new SourceHead(s.Id, s.ComputerId, s.UnitId, s.SnapshotHash, s.ObservedAt))
            .FirstOrDefault());

    private readonly Func<VigilDbContext, string, Task<Guid?>> _unitByCode = EF.CompileAsyncQuery(
        (VigilDbContext db, string code) => db.Units.Where(u => u.Code == code).Select(u => (Guid?)u.Id).FirstOrDefault());

    private readonly Func<VigilDbContext, List<string>, IAsyncEnumerable<TakenIdentifier>> _identifiers = EF.CompileAsyncQuery(
        (VigilDbContext db, List<string> values) => db.ComputerIdentifiers.AsNoTracking()
            .Where(i => values.Contains(i.Value))
            .Select(i => new TakenIdentifier(i.Kind, i.Value, i.UnitId, i.ComputerId)));

    /// <summary>Only the head of the stored report: an unchanged re-report needs its hash, not its (large) snapshot.</summary>
    public static Task<SourceHead?> HeadAsync(VigilDbContext db, InventorySource source, string key) => For(db)._head(db, source, key);

    public static Task<Guid?> UnitByCodeAsync(VigilDbContext db, string code) => For(db)._unitByCode(db, code);

    /// <summary>The stored identifiers carrying any of <paramref name="values"/>, in any unit the context may read.</summary>
    public static async Task<List<TakenIdentifier>> IdentifiersAsync(VigilDbContext db, List<string> values, CancellationToken ct)
    {
        var found = new List<TakenIdentifier>();
        await foreach (var identifier in For(db)._identifiers(db, values).WithCancellation(ct))
        {
            found.Add(identifier);
        }

        return found;
    }

    private static IngestQueries For(VigilDbContext db) => PerModel.GetOrAdd(db.Model, static _ => new IngestQueries());
}

/// <summary>A stored report's identity, hash and time, without its snapshot.</summary>
internal sealed record SourceHead(Guid Id, Guid ComputerId, Guid UnitId, string SnapshotHash, DateTime ObservedAt);
