using System.Globalization;
using Vigil.Domain.Common;

namespace Vigil.Domain.Organisation;

/// <summary>Pure rules of the organisation tree: codes, paths, moves and time zones.</summary>
public static class UnitTree
{
    public const string DefaultTimeZone = "Asia/Ho_Chi_Minh";

    public const int MaxCodeLength = 64;

    public const int MaxNameLength = 200;

    /// <summary>The materialised path of a unit under <paramref name="parent"/> (or a root when null).</summary>
    public static string PathFor(Guid id, OrgUnit? parent) =>
        (parent?.Path ?? "/") + id.ToString("N", CultureInfo.InvariantCulture) + "/";

    /// <summary>True when <paramref name="candidate"/> is <paramref name="ancestor"/> itself or lies below it.</summary>
    public static bool IsInSubtree(OrgUnit candidate, OrgUnit ancestor) =>
        candidate.Path.StartsWith(ancestor.Path, StringComparison.Ordinal);

    /// <summary>Normalises and checks a unit code: upper-case ASCII letters, digits, '-', '_' and '.'.</summary>
    public static Result<string> NormaliseCode(string? raw, string location = "code")
    {
        var code = (raw ?? "").Trim().ToUpperInvariant();
        if (code.Length == 0)
        {
            return Error.Validation("unit.code_required", "A unit code is required.", location);
        }

        if (code.Length > MaxCodeLength)
        {
            return Error.Validation("unit.code_too_long", $"A unit code has at most {MaxCodeLength} characters.", location);
        }

        foreach (var c in code)
        {
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.'))
            {
                return Error.Validation("unit.code_invalid", $"The unit code '{code}' contains '{c}'; use letters A–Z, digits, '-', '_' or '.'.", location);
            }
        }

        return code;
    }

    public static Result<string> NormaliseName(string? raw, string location = "name")
    {
        var name = (raw ?? "").Trim();
        if (name.Length == 0)
        {
            return Error.Validation("unit.name_required", "A unit name is required.", location);
        }

        return name.Length > MaxNameLength
            ? Error.Validation("unit.name_too_long", $"A unit name has at most {MaxNameLength} characters.", location)
            : name;
    }

    /// <summary>Accepts an IANA zone id known to this machine; empty means the default zone.</summary>
    public static Result<string> NormaliseTimeZone(string? raw, string location = "timeZone")
    {
        var zone = string.IsNullOrWhiteSpace(raw) ? DefaultTimeZone : raw.Trim();
        return TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)
            ? zone
            : Error.Validation("unit.time_zone_unknown", $"'{zone}' is not a known time zone (use an IANA id such as {DefaultTimeZone}).", location);
    }

    /// <summary>Checks that <paramref name="unit"/> may be moved under <paramref name="newParent"/> (null = make it a root).</summary>
    public static Error? CheckMove(OrgUnit unit, OrgUnit? newParent)
    {
        if (newParent is not null && IsInSubtree(newParent, unit))
        {
            return Error.Validation("unit.move_into_own_subtree", $"'{unit.Code}' cannot be moved under itself or one of its descendants ('{newParent.Code}').", "parentId");
        }

        return null;
    }

    /// <summary>
    /// Re-parents <paramref name="unit"/> and rewrites the paths and depths of all of its <paramref name="descendants"/>.
    /// Call <see cref="CheckMove"/> first.
    /// </summary>
    public static void Move(OrgUnit unit, OrgUnit? newParent, IEnumerable<OrgUnit> descendants)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(descendants);
        var oldPath = unit.Path;
        var oldDepth = unit.Depth;
        unit.ParentId = newParent?.Id;
        unit.Path = PathFor(unit.Id, newParent);
        unit.Depth = newParent is null ? 0 : newParent.Depth + 1;
        foreach (var d in descendants)
        {
            if (d.Id == unit.Id || !d.Path.StartsWith(oldPath, StringComparison.Ordinal))
            {
                continue;
            }

            d.Path = string.Concat(unit.Path, d.Path.AsSpan(oldPath.Length));
            d.Depth = d.Depth - oldDepth + unit.Depth;
        }
    }
}
