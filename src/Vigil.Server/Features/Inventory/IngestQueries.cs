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
    /// <summary>More than the ten array elements PostgreSQL assumes for an array it cannot see.</summary>
    internal const int PlannedValues = 16;

    private static readonly ConcurrentDictionary<IModel, IngestQueries> PerModel = new();

    private readonly Func<VigilDbContext, List<string>, IAsyncEnumerable<TakenIdentifier>> _identifiers = EF.CompileAsyncQuery(
        (VigilDbContext db, List<string> values) => db.ComputerIdentifiers.AsNoTracking()
            .Where(i => values.Contains(i.Value))
            .Select(i => new TakenIdentifier(i.Kind, i.Value, i.UnitId, i.ComputerId)));

    // The identifiers come first: EF Core types the NULLs of a union's first query by the default mapping of the
    // property's CLR type, which for the identifier's kind (an enum stored as text) would be an integer.
    private readonly Func<VigilDbContext, InventorySource, string, string, List<string>, IAsyncEnumerable<FirstLookRow>> _firstLook = EF.CompileAsyncQuery(
        (VigilDbContext db, InventorySource source, string key, string code, List<string> values) => db.ComputerIdentifiers
            .Where(i => values.Contains(i.Value))
            .Select(i => new FirstLookRow
            {
                Part = FirstLookRow.Identifier, Id = null, ComputerId = i.ComputerId, UnitId = i.UnitId, Hash = null, ObservedAt = null, Kind = i.Kind, Value = i.Value,
            })
            .Concat(db.Units.Where(u => u.Code == code).Select(u => new FirstLookRow
            {
                Part = FirstLookRow.Unit, Id = null, ComputerId = null, UnitId = u.Id, Hash = null, ObservedAt = null, Kind = null, Value = null,
            }))
            .Concat(db.ComputerSources.Where(s => s.Source == source && s.SourceKey == key).Select(s => new FirstLookRow
            {
                Part = FirstLookRow.Head, Id = s.Id, ComputerId = s.ComputerId, UnitId = s.UnitId, Hash = s.SnapshotHash, ObservedAt = s.ObservedAt, Kind = null, Value = null,
            })));

    /// <summary>
    /// In one statement, what a report needs before anything else: the head of its source's stored report, the unit
    /// that <paramref name="code"/> names (when given) and the stored identifiers carrying any of
    /// <paramref name="values"/>. A new computer's report needs all three, and each is otherwise a round trip of its
    /// own, on the server and in the database; a re-report pays an index probe or two more. Only the head of the stored
    /// report is read: an unchanged re-report needs its hash, not its (large) snapshot.
    /// </summary>
    public static async Task<FirstLook> FirstLookAsync(VigilDbContext db, InventorySource source, string key, string? code, List<string> values, CancellationToken ct)
    {
        SourceHead? head = null;
        Guid? unit = null;
        var found = new List<TakenIdentifier>();
        // An empty code matches no unit: codes are normalised and never empty.
        await foreach (var row in For(db)._firstLook(db, source, key, code ?? "", PaddedForOnePlan(values)).WithCancellation(ct))
        {
            switch (row.Part)
            {
                case FirstLookRow.Head:
                    head = new SourceHead(row.Id!.Value, row.ComputerId!.Value, row.UnitId!.Value, row.Hash!, row.ObservedAt!.Value);
                    break;
                case FirstLookRow.Unit:
                    unit = row.UnitId;
                    break;
                default:
                    found.Add(new TakenIdentifier(row.Kind!.Value, row.Value!, row.UnitId!.Value, row.ComputerId!.Value));
                    break;
            }
        }

        return new FirstLook(head, unit, found);
    }

    /// <summary>The stored identifiers carrying any of <paramref name="values"/>, in any unit the context may read.</summary>
    public static async Task<List<TakenIdentifier>> IdentifiersAsync(VigilDbContext db, List<string> values, CancellationToken ct)
    {
        var found = new List<TakenIdentifier>();
        await foreach (var identifier in For(db)._identifiers(db, PaddedForOnePlan(values)).WithCancellation(ct))
        {
            found.Add(identifier);
        }

        return found;
    }

    /// <summary>
    /// <paramref name="values"/> with its last value repeated up to <see cref="PlannedValues"/> entries (an empty list
    /// gets the empty string, which no identifier carries). PostgreSQL plans a prepared statement for the values at
    /// hand until a plan for any values is estimated no dearer, and it costs <c>value = ANY($n)</c> for any values as
    /// an array of ten: next to a report's one to five keys that always looked dearer, so every execution was planned
    /// anew, about a sixth of PostgreSQL's CPU for a new OCS computer, which makes both lookups. Padded, the values at
    /// hand cost as much, the plan is made once per connection, and the database drops the repeats before it probes
    /// the index.
    /// </summary>
    internal static List<string> PaddedForOnePlan(List<string> values)
    {
        if (values.Count >= PlannedValues)
        {
            return values;
        }

        var padded = new List<string>(PlannedValues);
        padded.AddRange(values);
        padded.AddRange(Enumerable.Repeat(values.Count == 0 ? "" : values[^1], PlannedValues - values.Count));
        return padded;
    }

    private static IngestQueries For(VigilDbContext db) => PerModel.GetOrAdd(db.Model, static _ => new IngestQueries());
}

/// <summary>A stored report's identity, hash and time, without its snapshot.</summary>
internal sealed record SourceHead(Guid Id, Guid ComputerId, Guid UnitId, string SnapshotHash, DateTime ObservedAt);

/// <summary>What <see cref="IngestQueries.FirstLookAsync"/> found: the stored report's head, the named unit, the identifiers taken.</summary>
internal sealed record FirstLook(SourceHead? Head, Guid? UnitByCode, List<TakenIdentifier> Identifiers);

/// <summary>One row of the first look's union; <see cref="Part"/> tells which of its three queries it came from.</summary>
internal sealed class FirstLookRow
{
    public const int Head = 0;
    public const int Unit = 1;
    public const int Identifier = 2;

    public int Part { get; init; }

    public Guid? Id { get; init; }

    public Guid? ComputerId { get; init; }

    public Guid? UnitId { get; init; }

    public string? Hash { get; init; }

    public DateTime? ObservedAt { get; init; }

    public IdentityKind? Kind { get; init; }

    public string? Value { get; init; }
}
