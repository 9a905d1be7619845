using Vigil.Domain.Organisation;

namespace Vigil.Server.Pages;

/// <summary>The unit choice of a list or dashboard: the caller's units (already limited to their scope) as a tree.</summary>
public sealed record UnitPicker(IReadOnlyList<OrgUnit> Units, Guid? Selected, bool Subtree)
{
    public int MinDepth => Units.Count == 0 ? 0 : Units.Min(u => u.Depth);

    /// <summary>An unchecked checkbox sends nothing: only a submitted form without it means "this unit only".</summary>
    public static bool SubtreeOf(HttpRequest request, bool bound) =>
        (!request.Query.ContainsKey("unit") || request.Query.ContainsKey("subtree")) && bound;
}
