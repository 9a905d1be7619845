using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Inventory;

namespace Vigil.Storage;

public sealed partial class VigilDbContext
{
    /// <summary>Rows per statement: two parameters each stays far below SQLite's and PostgreSQL's parameter limits.</summary>
    private const int ObservedTimesChunk = 500;

    /// <summary>
    /// Moves the observed time of many report sources and their computers forward in two statements per chunk (an
    /// UPDATE joined to a VALUES list, which SQLite and PostgreSQL both read), never backward. The group commit of
    /// unchanged re-reports uses it: one statement per row would cost a round trip per report on PostgreSQL.
    /// </summary>
    public async Task MoveObservedTimesForwardAsync(IReadOnlyCollection<(Guid SourceId, Guid ComputerId, DateTime At)> seen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(seen);
        await MoveForwardAsync(Table<ComputerSource>(), Latest(seen.Select(s => (s.SourceId, s.At))), ct);
        await MoveForwardAsync(Table<Computer>(), Latest(seen.Select(s => (s.ComputerId, s.At))), ct);
    }

    // Two reports of one computer in a batch: the newer time wins (an UPDATE … FROM joined twice would pick either).
    private static List<KeyValuePair<Guid, DateTime>> Latest(IEnumerable<(Guid Id, DateTime At)> rows)
    {
        var latest = new Dictionary<Guid, DateTime>();
        foreach (var (id, at) in rows)
        {
            if (!latest.TryGetValue(id, out var known) || at > known)
            {
                latest[id] = at;
            }
        }

        return [.. latest];
    }

    private async Task MoveForwardAsync(string table, List<KeyValuePair<Guid, DateTime>> rows, CancellationToken ct)
    {
        foreach (var chunk in rows.Chunk(ObservedTimesChunk))
        {
            var sql = new StringBuilder($"UPDATE {table} SET observed_at = v.column2 FROM (VALUES ");
            var values = new object[chunk.Length * 2];
            for (var i = 0; i < chunk.Length; i++)
            {
                AppendValuesRow(sql, i, 2 * i, 2);
                values[2 * i] = chunk[i].Key;
                values[(2 * i) + 1] = DateTime.SpecifyKind(chunk[i].Value, DateTimeKind.Utc);
            }

            sql.Append(CultureInfo.InvariantCulture, $") AS v WHERE {table}.id = v.column1 AND {table}.observed_at < v.column2");
            // The values are parameters typed by the model's mappings (TEXT on SQLite, uuid/timestamptz on PostgreSQL).
#pragma warning disable EF1002 // Only table names from the model are spliced in; every value is a parameter.
            await Database.ExecuteSqlRawAsync(sql.ToString(), values, ct);
#pragma warning restore EF1002
        }
    }

    /// <summary>
    /// One row of a VALUES list of parameter placeholders, {first} … {first + width - 1}, for the set-based updates
    /// (both providers name the columns column1, column2, …).
    /// </summary>
    private static void AppendValuesRow(StringBuilder sql, int row, int first, int width) =>
        sql.Append(row == 0 ? "(" : ", (")
            .AppendJoin(", ", Enumerable.Range(first, width).Select(p => string.Create(CultureInfo.InvariantCulture, $"{{{p}}}")))
            .Append(')');

    private string Table<T>() => Model.FindEntityType(typeof(T))!.GetTableName()!;
}
