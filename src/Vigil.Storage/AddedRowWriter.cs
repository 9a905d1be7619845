using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Vigil.Storage;

/// <summary>
/// Writes a save that only adds rows table by table, in dependency order: on PostgreSQL one binary COPY per table, on
/// SQLite one prepared single-row INSERT run for each row. EF Core writes one statement per row and builds its SQL
/// afresh on every save; a new computer's first report adds some thirty rows in ten tables, and that per-row work was
/// the largest single cost of storing it (docs/performance.md). Values go through the same type mappings (and so the
/// same converters) EF Core uses.
/// </summary>
/// <remarks>
/// Only plain entity types qualify: one table, no owned, complex or shadow properties, no discriminator. A row whose
/// key or other generated column still holds its default (the database would have to fill it), or that refers to a
/// row of its own table (their order would matter), sends the whole save back to EF Core, as does any save that
/// modifies or deletes.
/// </remarks>
internal static partial class AddedRowWriter
{
    private static readonly ConcurrentDictionary<IEntityType, TablePlan?> Plans = new();

    private static readonly ConcurrentDictionary<IModel, IReadOnlyDictionary<IEntityType, int>?> Orders = new();

    /// <summary>Whether every change is a new row this writer can write.</summary>
    public static bool Qualifies(IReadOnlyList<EntityEntry> changed, DbContext db)
    {
        if (changed.Count == 0 || Orders.GetOrAdd(db.Model, DependencyOrder) is null)
        {
            return false;
        }

        var helper = db.GetService<ISqlGenerationHelper>();
        foreach (var entry in changed)
        {
            if (entry.State != EntityState.Added || Plans.GetOrAdd(entry.Metadata, Plan, helper) is not { } plan || !plan.CanWrite(entry.Entity))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The changes' column values grouped by entity type; null when any of them does not qualify.</summary>
    public static AddedRows? Group(IReadOnlyList<EntityEntry> changed, DbContext db)
    {
        if (!Qualifies(changed, db))
        {
            return null;
        }

        var byType = new Dictionary<IEntityType, List<object?[]>>();
        foreach (var entry in changed)
        {
            var plan = Plans[entry.Metadata]!;
            if (!byType.TryGetValue(entry.Metadata, out var rows))
            {
                byType[entry.Metadata] = rows = [];
            }

            // The values are copied now: the rows may be written by another context after this one is gone. A plan's
            // columns are the entity's own properties (no shadow ones), so their current values are what the entity
            // holds, read through EF Core's compiled getters rather than the entry's slower general lookup.
            var entity = entry.Entity;
            var values = new object?[plan.Columns.Length];
            for (var c = 0; c < values.Length; c++)
            {
                values[c] = plan.Getters[c].GetClrValueUsingContainingEntity(entity);
            }

            rows.Add(values);
        }

        return new AddedRows(byType, changed.Count);
    }

    /// <summary>
    /// Inserts every set's rows table by table across all sets, principals first, in
    /// <paramref name="db"/>'s transaction or, when none is open, in one of its own. A failure is a
    /// <see cref="DbUpdateException"/>, as from a save.
    /// </summary>
    public static async Task WriteAsync(DbContext db, IReadOnlyList<AddedRows> sets, CancellationToken ct)
    {
        var order = Orders.GetOrAdd(db.Model, DependencyOrder)!;
        var byType = sets.SelectMany(s => s.ByType)
            .GroupBy(t => t.Key, t => t.Value)
            .OrderBy(g => order[g.Key])
            .ToList();
        var copy = db.Database.IsNpgsql();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            foreach (var rows in byType)
            {
                List<object?[]> all = [.. rows.SelectMany(r => r)];
                if (copy)
                {
                    await CopyAsync((NpgsqlConnection)connection, Plans[rows.Key]!, all, ct);
                }
                else
                {
                    await InsertAsync(connection, transaction, Plans[rows.Key]!, all, ct);
                }
            }

            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
        }
        catch (DbException e)
        {
            // The same exception EF Core raises for a failed save, so callers handle both paths alike.
            throw new DbUpdateException("An error occurred while saving the entity changes. See the inner exception for details.", e);
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    /// <remarks>
    /// SQLite runs in the process, so a statement costs no round trip; but it binds named parameters by searching all of
    /// a statement's names, and a statement of thousands of parameters took seconds. One single-row statement per
    /// table is prepared and run for every row.
    /// </remarks>
    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, TablePlan plan, List<object?[]> rows, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = plan.Insert;
        foreach (var values in rows)
        {
            command.Parameters.Clear();
            for (var c = 0; c < plan.Columns.Length; c++)
            {
                var (property, mapping) = plan.Columns[c];
                command.Parameters.Add(mapping.CreateParameter(command, ParameterName(c), values[c], property.IsNullable));
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static string ParameterName(int index) => "p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static TablePlan? Plan(IEntityType type, ISqlGenerationHelper helper)
    {
        var table = type.GetTableName();
        if (table is null || type.IsOwned() || type.GetDiscriminatorPropertyName() is not null || type.GetComplexProperties().Any() ||
            type.GetNavigations().Any(n => n.TargetEntityType.IsOwned()) || type.GetMappingFragments().Any() ||
            type.GetProperties().Any(p => p.IsShadowProperty()) || type.GetTableMappings().Count() != 1)
        {
            return null;
        }

        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var columns = type.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(store), Mapping: p.GetRelationalTypeMapping()))
            .ToArray();
        if (columns.Any(c => c.Column is null))
        {
            return null;
        }

        var columnList = $"{helper.DelimitIdentifier(table, type.GetSchema())} ({string.Join(", ", columns.Select(c => helper.DelimitIdentifier(c.Column!)))})";
        var insert = $"INSERT INTO {columnList} VALUES ({string.Join(", ", columns.Select((_, i) => helper.GenerateParameterNamePlaceholder(ParameterName(i))))})";
        var copy = $"COPY {columnList} FROM STDIN (FORMAT BINARY)";
        // The column's type without its facets: "character varying(64)" is written as "character varying", and
        // "timestamp(3) with time zone" as "timestamp with time zone".
        var storeTypes = columns.Select(c => Facets().Replace(c.Property.GetColumnType(store), "")).ToArray();
        var generated = columns.Where(c => c.Property.ValueGenerated != ValueGenerated.Never)
            .Select(c => (c.Property.GetGetter(), c.Property.ClrType.IsValueType ? Activator.CreateInstance(c.Property.ClrType) : null))
            .ToArray();
        // A row pointing at another row of its own table would have to follow it; such a row goes through EF Core.
        var selfReferences = type.GetForeignKeys().Where(f => f.PrincipalEntityType.IsAssignableFrom(type)).SelectMany(f => f.Properties).Select(p => p.GetGetter()).ToArray();
        return new TablePlan(
            insert,
            copy,
            storeTypes,
            [.. columns.Select(c => (c.Property, c.Mapping))],
            [.. columns.Select(c => c.Property.GetGetter())],
            generated,
            selfReferences);
    }

    /// <summary>Each type's place so that principals are written before their dependents; null if the types form a cycle.</summary>
    private static IReadOnlyDictionary<IEntityType, int>? DependencyOrder(IModel model)
    {
        var types = model.GetEntityTypes().ToList();
        var order = new Dictionary<IEntityType, int>();
        while (order.Count < types.Count)
        {
            var ready = types.Where(t => !order.ContainsKey(t) && t.GetForeignKeys()
                    .Select(f => f.PrincipalEntityType)
                    .All(p => p == t || order.ContainsKey(p)))
                .ToList();
            if (ready.Count == 0)
            {
                return null;
            }

            ready.ForEach(t => order[t] = order.Count);
        }

        return order;
    }

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Facets();

    private sealed record TablePlan(
        string Insert,
        string Copy,
        string[] StoreTypes,
        (IProperty Property, RelationalTypeMapping Mapping)[] Columns,
        IClrPropertyGetter[] Getters,
        (IClrPropertyGetter Getter, object? Default)[] Generated,
        IClrPropertyGetter[] SelfReferences)
    {
        /// <summary>False when the database would have to generate a value this row leaves at its default, or when it refers to its own table.</summary>
        public bool CanWrite(object entity)
        {
            foreach (var (getter, unset) in Generated)
            {
                if (getter.GetClrValueUsingContainingEntity(entity) is not { } value || value.Equals(unset))
                {
                    return false;
                }
            }

            foreach (var getter in SelfReferences)
            {
                if (getter.GetClrValueUsingContainingEntity(entity) is not null)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
