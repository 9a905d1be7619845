using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Agents;

namespace Vigil.Storage;

/// <summary>An agent's delivered report: when, the computer it feeds and the hostname it reported (null: unchanged).</summary>
public readonly record struct AgentContact(Guid AgentId, DateTime At, Guid? ComputerId, string? Hostname);

public sealed partial class VigilDbContext
{
    /// <summary>Rows per statement: at most four parameters each stays far below SQLite's and PostgreSQL's parameter limits.</summary>
    private const int AgentContactChunk = 250;

    private List<AgentContact>? _agentContacts;

    /// <summary>
    /// Notes that an agent delivered a report; the next save of this unit of work writes it (last seen, computer,
    /// hostname) before its tracked changes, in the caller's transaction (the ingest always holds one), with every
    /// other contact noted meanwhile in one statement. The inventory's group commit notes one per new report of a
    /// batch: a statement each would cost a round trip per report while the single writer, and every report waiting on
    /// it, sits idle.
    /// </summary>
    /// <remarks>Not audited, as before: last-seen is book-keeping, and the agent's computer and hostname follow its reports.</remarks>
    public void NoteAgentContact(AgentContact contact) => (_agentContacts ??= []).Add(contact);

    private async Task WriteAgentContactsAsync(CancellationToken ct)
    {
        if (_agentContacts is not { Count: > 0 } noted)
        {
            return;
        }

        _agentContacts = null;
        // One agent twice in a save: its latest contact wins, as it would have won written one after the other.
        var latest = noted.GroupBy(c => c.AgentId).Select(g => g.MaxBy(c => c.At)).ToList();
        // A value not reported keeps the stored one; rows are grouped by which columns they set, so no NULL has to be
        // typed for a VALUES list.
        foreach (var shape in latest.GroupBy(c => (Computer: c.ComputerId is not null, Hostname: c.Hostname is not null)))
        {
            foreach (var chunk in shape.Chunk(AgentContactChunk))
            {
                await UpdateAgentsAsync(chunk, shape.Key.Computer, shape.Key.Hostname, ct);
            }
        }
    }

    private async Task UpdateAgentsAsync(AgentContact[] rows, bool setComputer, bool setHostname, CancellationToken ct)
    {
        var table = Table<Agent>();
        // Only the columns this shape sets are sent.
        var width = 2 + (setComputer ? 1 : 0) + (setHostname ? 1 : 0);
        var sql = new StringBuilder($"UPDATE {table} SET last_seen_at = v.column2");
        sql.Append(setComputer ? ", computer_id = v.column3" : "")
            .Append(setHostname ? string.Create(CultureInfo.InvariantCulture, $", hostname = v.column{width}") : "")
            .Append(" FROM (VALUES ");
        var values = new List<object>(rows.Length * width);
        for (var i = 0; i < rows.Length; i++)
        {
            var first = values.Count;
            values.Add(rows[i].AgentId);
            values.Add(DateTime.SpecifyKind(rows[i].At, DateTimeKind.Utc));
            if (setComputer)
            {
                values.Add(rows[i].ComputerId!.Value);
            }

            if (setHostname)
            {
                values.Add(rows[i].Hostname!);
            }

            AppendValuesRow(sql, i, first, width);
        }

        sql.Append(CultureInfo.InvariantCulture, $") AS v WHERE {table}.id = v.column1");
        // Raw SQL passes no query filter: the scope is applied here, as the filter would (a system writer sees all).
        if (!Access.Scope.IsAll)
        {
            var units = Access.Scope.ReadableUnitIds.Where(Access.Scope.CanWrite).ToList();
            if (units.Count == 0)
            {
                return;
            }

            sql.Append(CultureInfo.InvariantCulture, $" AND {table}.unit_id IN (")
                .AppendJoin(", ", units.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"{{{values.Count + i}}}"))).Append(')');
            values.AddRange(units.Cast<object>());
        }

#pragma warning disable EF1002 // Only the table name from the model is spliced in; every value is a parameter.
        await Database.ExecuteSqlRawAsync(sql.ToString(), values, ct);
#pragma warning restore EF1002
    }
}
