namespace Vigil.Domain.Organisation.Import;

/// <summary>
/// What an organisation import will do: rows ordered so that every parent comes before its children, each marked
/// as create or update. Resolves parents against the file and the units that already exist, and refuses unknown
/// parents and cycles (including an update that would move a unit under its own descendant).
/// </summary>
public sealed class UnitImportPlan
{
    private UnitImportPlan(IReadOnlyList<UnitImportStep> steps, IReadOnlyList<UnitImportError> errors)
    {
        Steps = steps;
        Errors = errors;
    }

    public IReadOnlyList<UnitImportStep> Steps { get; }

    public IReadOnlyList<UnitImportError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    public int CreateCount => Steps.Count(s => s.Action == UnitImportAction.Create);

    public int UpdateCount => Steps.Count(s => s.Action == UnitImportAction.Update);

    /// <param name="rows">Rows from <see cref="UnitCsvParser"/> (codes already normalised and unique).</param>
    /// <param name="existingUnitsByCode">Every unit already stored, keyed by code (any case).</param>
    public static UnitImportPlan Build(IReadOnlyList<UnitCsvRow> rows, IReadOnlyDictionary<string, OrgUnit> existingUnitsByCode)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(existingUnitsByCode);

        var existing = new Dictionary<string, OrgUnit>(StringComparer.Ordinal);
        foreach (var (code, unit) in existingUnitsByCode)
        {
            existing[code.Trim().ToUpperInvariant()] = unit;
        }

        var existingById = new Dictionary<Guid, OrgUnit>();
        foreach (var unit in existing.Values)
        {
            existingById.TryAdd(unit.Id, unit);
        }

        var fileRows = new Dictionary<string, UnitCsvRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            fileRows.TryAdd(row.Code, row);
        }

        var errors = new List<UnitImportError>();
        foreach (var row in rows)
        {
            if (row.ParentCode is { } parent && !fileRows.ContainsKey(parent) && !existing.ContainsKey(parent))
            {
                errors.Add(new UnitImportError(row.Row, UnitCsvColumns.ParentCode, "unit.parent_unknown", $"No unit has the code '{parent}', neither in this file nor already stored."));
            }
        }

        // After the import a unit's parent is the one its row names; units not in the file keep their stored parent.
        string? FinalParentOf(string code)
        {
            if (fileRows.TryGetValue(code, out var row))
            {
                return row.ParentCode;
            }

            return existing.TryGetValue(code, out var unit) && unit.ParentId is { } parentId && existingById.TryGetValue(parentId, out var parent)
                ? parent.Code.ToUpperInvariant()
                : null;
        }

        var onCycle = FindCycleMembers(rows.Select(r => r.Code), FinalParentOf);
        foreach (var row in rows)
        {
            if (onCycle.Contains(row.Code))
            {
                errors.Add(new UnitImportError(row.Row, UnitCsvColumns.ParentCode, "unit.parent_cycle", $"'{row.Code}' would become its own ancestor through parent '{row.ParentCode}'."));
            }
        }

        if (errors.Count > 0)
        {
            return new UnitImportPlan([], [.. errors.OrderBy(e => e.Row)]);
        }

        var steps = new List<UnitImportStep>(rows.Count);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            Place(row);
        }

        return new UnitImportPlan(steps, []);

        // A row's in-file ancestors are placed before the row. Iterative, because a hostile file can hold a chain
        // deep enough to overflow the stack; cycles were refused above, so every walk ends.
        void Place(UnitCsvRow row)
        {
            var pending = new Stack<UnitCsvRow>();
            for (var current = row; current is not null && !placed.Contains(current.Code);)
            {
                pending.Push(current);
                current = current.ParentCode is { } parentCode && fileRows.TryGetValue(parentCode, out var parentRow) ? parentRow : null;
            }

            while (pending.TryPop(out var next))
            {
                placed.Add(next.Code);
                existing.TryGetValue(next.Code, out var current);
                var parentChanges = current is not null && !string.Equals(StoredParentCode(current), next.ParentCode, StringComparison.Ordinal);
                steps.Add(new UnitImportStep(next, current is null ? UnitImportAction.Create : UnitImportAction.Update, current, parentChanges));
            }
        }

        string? StoredParentCode(OrgUnit unit) =>
            unit.ParentId is { } id && existingById.TryGetValue(id, out var parent) ? parent.Code.ToUpperInvariant() : null;
    }

    /// <summary>The codes that lie on a parent cycle; every code is visited once, so long chains stay linear.</summary>
    private static HashSet<string> FindCycleMembers(IEnumerable<string> codes, Func<string, string?> parentOf)
    {
        var onCycle = new HashSet<string>(StringComparer.Ordinal);
        var finished = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in codes)
        {
            var walk = new List<string>();
            var positionInWalk = new Dictionary<string, int>(StringComparer.Ordinal);
            for (string? current = start; current is not null && !finished.Contains(current); current = parentOf(current))
            {
                if (positionInWalk.TryGetValue(current, out var cycleStart))
                {
                    onCycle.UnionWith(walk.Skip(cycleStart));
                    break;
                }

                positionInWalk[current] = walk.Count;
                walk.Add(current);
            }

            finished.UnionWith(walk);
        }

        return onCycle;
    }
}
