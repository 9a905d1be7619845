namespace Vigil.Server.Features.Dashboard;

/// <summary>
/// Adds figures to the home dashboard. Each capability (inventory, compliance, directives, incidents…) registers
/// one. Queries are limited to the caller's scope by storage; <paramref name="unitIds"/> narrows them further to the
/// selected unit or subtree, and is null when everything the caller sees is selected.
/// </summary>
public interface IDashboardContributor
{
    Task<IReadOnlyList<DashboardFigure>> GetFiguresAsync(IReadOnlyCollection<Guid>? unitIds, DateTime nowUtc, CancellationToken ct);
}

/// <summary>A figure with a stable key; <paramref name="LabelKey"/> is looked up in the UI resources.</summary>
public sealed record DashboardFigure(string Key, string LabelKey, long Value, string? Severity = null);
