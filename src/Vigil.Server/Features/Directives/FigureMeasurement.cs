namespace Vigil.Server.Features.Directives;

/// <summary>
/// What Vigil measures for a directive: per report unit and figure key, the ids of the computers or devices counted.
/// The counts are the figures; the ids are the drill-down.
/// </summary>
public sealed class FigureMeasurement
{
    private readonly Dictionary<Guid, Dictionary<string, HashSet<Guid>>> _byReportUnit = [];

    public void Add(Guid reportUnitId, string key, Guid itemId)
    {
        if (!_byReportUnit.TryGetValue(reportUnitId, out var figures))
        {
            _byReportUnit[reportUnitId] = figures = new Dictionary<string, HashSet<Guid>>(StringComparer.Ordinal);
        }

        if (!figures.TryGetValue(key, out var ids))
        {
            figures[key] = ids = [];
        }

        ids.Add(itemId);
    }

    public IReadOnlySet<Guid> Items(Guid reportUnitId, string key) =>
        _byReportUnit.TryGetValue(reportUnitId, out var figures) && figures.TryGetValue(key, out var ids) ? ids : new HashSet<Guid>();

    /// <summary>The counts of one report unit, every measured key present (0 when nothing matched).</summary>
    public Dictionary<string, long> Counts(Guid reportUnitId, IEnumerable<string> keys) =>
        keys.ToDictionary(k => k, k => (long)Items(reportUnitId, k).Count, StringComparer.Ordinal);
}
