using Vigil.Domain.Common;
using Vigil.Server.Features.Inventory;

namespace Vigil.Server.Features.Compliance;

/// <summary>Which units a compliance or remediation query covers, from the caller's visible units.</summary>
internal static class ComplianceScope
{
    /// <summary>The unit (and its subtree), or null for every unit the caller can read (the query filter decides).</summary>
    public static Result<List<Guid>?> UnitIds(Dictionary<Guid, InventoryUnits.Info> units, Guid? unitId, bool subtree)
    {
        if (unitId is not { } id)
        {
            return Result<List<Guid>?>.Ok(null);
        }

        if (!units.TryGetValue(id, out var unit))
        {
            return Error.NotFound("unit.not_found", $"Unit {id} does not exist or is outside your scope.");
        }

        return Result<List<Guid>?>.Ok(subtree
            ? units.Values.Where(u => u.Path.StartsWith(unit.Path, StringComparison.Ordinal)).Select(u => u.Id).ToList()
            : [id]);
    }

    /// <summary>An enum value by name, any case, "_" and "-" ignored ("in_progress"); numbers are not names.</summary>
    public static T? ParseEnum<T>(string? text)
        where T : struct, Enum
    {
        var name = text?.Trim().Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return string.IsNullOrEmpty(name) || !char.IsAsciiLetter(name[0]) || !Enum.TryParse<T>(name, ignoreCase: true, out var value) || !Enum.IsDefined(value)
            ? null
            : value;
    }
}
