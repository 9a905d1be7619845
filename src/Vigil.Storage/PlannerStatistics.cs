using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Vigil.Storage;

/// <summary>
/// Keeps PostgreSQL's planner statistics up with tables that a bulk writer fills quickly. Vigil's statements are
/// prepared once per connection, and PostgreSQL keeps a prepared statement's generic plan until the statistics of its
/// tables change. Autovacuum first analyzes a new table once it holds 50 rows, and again only after it has grown by a
/// tenth, looking once a minute; in between, a plan made for a table of a few pages reads the whole table. While a new
/// installation enrols its machines, tables grow far faster than that: in the inventory benchmark half of PostgreSQL's
/// time went to such scans of computer_identifiers. A writer notes the rows it added; once this process has added at
/// least as many rows to a table as the planner believes it holds (and at least <see cref="CheckEvery"/>), the table is
/// analyzed, which also replaces the stale plans of every connection. That happens a few times while a table grows from
/// empty and rarely after. SQLite caches no plans across statements; nothing is done there.
/// </summary>
public sealed class PlannerStatistics
{
    /// <summary>Rows of one table between checks: a check is one small query, an analysis a sample of the table.</summary>
    public const int CheckEvery = 1000;

    private readonly Dictionary<string, Growth> _tables = new(StringComparer.Ordinal);

    /// <summary>Counts the rows written; returns the tables due for a check (none on SQLite).</summary>
    public IReadOnlyList<string> Note(VigilDbContext db, IReadOnlyList<AddedRows> written)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(written);
        if (!db.Database.IsNpgsql())
        {
            return [];
        }

        var due = new List<string>();
        lock (_tables)
        {
            foreach (var (table, rows) in written.SelectMany(w => w.Tables))
            {
                var growth = _tables.GetValueOrDefault(table, new Growth(0, CheckEvery));
                growth = growth with { Added = growth.Added + rows };
                _tables[table] = growth;
                if (growth.Added >= growth.NextCheck && !due.Contains(table))
                {
                    due.Add(table);
                }
            }
        }

        return due;
    }

    /// <summary>
    /// Analyzes those of <paramref name="due"/> to which this process has added at least as many rows as the planner
    /// believes they hold; returns the tables analyzed. For the others, the next check waits until that can be true.
    /// </summary>
    public async Task<IReadOnlyList<string>> RefreshAsync(VigilDbContext db, IReadOnlyList<string> due, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(due);
        if (due.Count == 0 || !db.Database.IsNpgsql())
        {
            return [];
        }

        // reltuples is -1 until a table's first analysis.
        var believed = await db.Database.SqlQuery<Believed>($"""
            SELECT c.relname AS "Table", greatest(c.reltuples, 0)::bigint AS "Rows" FROM pg_class c
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname = ANY({due.ToArray()})
            """).ToListAsync(ct);
        var stale = new List<string>();
        lock (_tables)
        {
            foreach (var (table, rows) in believed)
            {
                var growth = _tables[table];
                if (growth.Added >= rows)
                {
                    stale.Add(table);
                    _tables[table] = new Growth(0, CheckEvery);
                }
                else
                {
                    _tables[table] = growth with { NextCheck = Math.Max(growth.Added + CheckEvery, rows) };
                }
            }
        }

        if (stale.Count > 0)
        {
            // Identifiers cannot be parameters; these come from the catalogue, not from input, and are quoted all the same.
            var helper = db.GetService<ISqlGenerationHelper>();
#pragma warning disable EF1003
            await db.Database.ExecuteSqlRawAsync("ANALYZE " + string.Join(", ", stale.Select(t => helper.DelimitIdentifier(t))), ct);
#pragma warning restore EF1003
        }

        return stale;
    }

    private sealed record Growth(long Added, long NextCheck);

    private sealed record Believed(string Table, long Rows);
}
