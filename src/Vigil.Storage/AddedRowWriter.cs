using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Vigil.Storage;

/// <summary>
/// Writes a save that only adds rows as one multi-row INSERT per table, in dependency order. EF Core writes one
/// statement per row and builds its SQL afresh on every save; a new computer's first report adds some thirty rows in
/// ten tables, and that per-row work was the largest single cost of storing it (docs/performance.md). Values go
/// through the same type mappings (and so the same converters) EF Core uses, as parameters.
/// </summary>
/// <remarks>
/// Only plain entity types qualify: one table, no owned, complex or shadow properties, no discriminator. A row whose
/// key or other generated column still holds its default (the database would have to fill it), or that refers to a
/// row of its own table (their order would matter), sends the whole save back to EF Core, as does any save that
/// modifies or deletes.
/// </remarks>
internal static class AddedRowWriter
{
    /// <summary>Parameters per PostgreSQL statement, far below its limit of 65,535 (SQLite writes a row per statement).</summary>
    private const int MaxParameters = 8000;

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
            if (entry.State != EntityState.Added || Plans.GetOrAdd(entry.Metadata, Plan, helper) is not { } plan || !plan.CanWrite(entry.CurrentValues))
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

            // The values are copied now: the rows may be written by another context after this one is gone.
            var current = entry.CurrentValues;
            var values = new object?[plan.Columns.Length];
            for (var c = 0; c < values.Length; c++)
            {
                values[c] = current[plan.Columns[c].Property];
            }

            rows.Add(values);
        }

        return new AddedRows(byType, changed.Count);
    }

    /// <summary>
    /// Inserts every set's rows, one statement per table (per chunk) across all sets, principals first, in
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
        var helper = db.GetService<ISqlGenerationHelper>();
        var oneRowPerStatement = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            foreach (var rows in byType)
            {
                await InsertAsync(connection, transaction, helper, Plans[rows.Key]!, [.. rows.SelectMany(r => r)], oneRowPerStatement, ct);
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
    /// On PostgreSQL many rows share a statement: each statement is a round trip and is parsed, planned and executed.
    /// SQLite runs in the process, but binds and parses named parameters by searching all of a statement's names, so
    /// a statement of thousands of parameters costs seconds; there one single-row statement is prepared per table and
    /// run for every row.
    /// </remarks>
    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, ISqlGenerationHelper helper, TablePlan plan, List<object?[]> rows, bool oneRowPerStatement, CancellationToken ct)
    {
        var perStatement = oneRowPerStatement ? 1 : Math.Max(1, MaxParameters / plan.Columns.Length);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var textRows = 0;
        for (var start = 0; start < rows.Count; start += perStatement)
        {
            var count = Math.Min(perStatement, rows.Count - start);
            command.Parameters.Clear();
            for (var r = 0; r < count; r++)
            {
                var values = rows[start + r];
                for (var c = 0; c < plan.Columns.Length; c++)
                {
                    var (property, mapping) = plan.Columns[c];
                    command.Parameters.Add(mapping.CreateParameter(command, ParameterName((r * plan.Columns.Length) + c), values[c], property.IsNullable));
                }
            }

            // Unchanged between statements of the same size, so a prepared statement is reused.
            if (count != textRows)
            {
                command.CommandText = Statement(helper, plan, count);
                textRows = count;
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static string Statement(ISqlGenerationHelper helper, TablePlan plan, int rows)
    {
        var sql = new StringBuilder(plan.Header);
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < plan.Columns.Length; c++)
            {
                sql.Append(c == 0 ? "" : ", ").Append(helper.GenerateParameterNamePlaceholder(ParameterName((r * plan.Columns.Length) + c)));
            }

            sql.Append(')');
        }

        return sql.ToString();
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

        var header = $"INSERT INTO {helper.DelimitIdentifier(table, type.GetSchema())} ({string.Join(", ", columns.Select(c => helper.DelimitIdentifier(c.Column!)))}) VALUES ";
        var generated = columns.Where(c => c.Property.ValueGenerated != ValueGenerated.Never)
            .Select(c => (c.Property, c.Property.ClrType.IsValueType ? Activator.CreateInstance(c.Property.ClrType) : null))
            .ToArray();
        // A row pointing at another row of its own table would have to follow it; such a row goes through EF Core.
        var selfReferences = type.GetForeignKeys().Where(f => f.PrincipalEntityType.IsAssignableFrom(type)).SelectMany(f => f.Properties).ToArray();
        return new TablePlan(header, [.. columns.Select(c => (c.Property, c.Mapping))], generated, selfReferences);
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

    private sealed record TablePlan(
        string Header,
        (IProperty Property, RelationalTypeMapping Mapping)[] Columns,
        (IProperty Property, object? Default)[] Generated,
        IProperty[] SelfReferences)
    {
        /// <summary>False when the database would have to generate a value this row leaves at its default, or when it refers to its own table.</summary>
        public bool CanWrite(PropertyValues current)
        {
            foreach (var (property, unset) in Generated)
            {
                if (current[property] is not { } value || value.Equals(unset))
                {
                    return false;
                }
            }

            foreach (var property in SelfReferences)
            {
                if (current[property] is not null)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
