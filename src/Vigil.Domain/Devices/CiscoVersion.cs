using Vigil.Domain.Common;

namespace Vigil.Domain.Devices;

/// <summary>
/// A Cisco software version parsed by the grammar of its family (see <see cref="Parse"/>), comparable within that
/// family. Use <see cref="Compare"/> for decisions: it says <see cref="CiscoVersionOrder.DifferentFamilies"/> or
/// <see cref="CiscoVersionOrder.DifferentTrains"/> instead of guessing. <see cref="CompareTo"/> is a total order for
/// sorting only (family, then version, parallel trains by name); the operators are true only for a real order.
/// </summary>
public sealed partial class CiscoVersion : IComparable<CiscoVersion>, IEquatable<CiscoVersion>
{
    private readonly VersionPart[] _parts;

    private CiscoVersion(CiscoOsFamily family, string raw, VersionPart[] parts, string normalized)
    {
        Family = family;
        Raw = raw;
        _parts = parts;
        Normalized = normalized;
    }

    public CiscoOsFamily Family { get; }

    /// <summary>The text as given, trimmed.</summary>
    public string Raw { get; }

    /// <summary>The canonical spelling: no leading zeros, trains upper case, rebuild letters lower case (16.09.03 → 16.9.3).</summary>
    public string Normalized { get; }

    /// <summary>First number: 15 of 15.2(7)E4, 17 of 17.3.1a, 9 of 9.8(4)45.</summary>
    public int Major => _parts[0].Number;

    /// <summary>Second number: 2 of 15.2(7)E4, 3 of 17.3.1a.</summary>
    public int Minor => _parts[1].Number;

    /// <summary>The release train (E, SE, M, S for IOS; E, S for IOS XE 3.x; I7, N2 for NX-OS); empty when there is none.</summary>
    public string Train => Family == CiscoOsFamily.NxOs
        ? _parts[5].Text + (_parts[5].Text.Length > 0 ? _parts[6].Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")
        : Array.Find(_parts, p => p.Kind == VersionPartKind.Train).Text ?? "";

    /// <summary>Orders two versions, or says why they have no order.</summary>
    public static CiscoVersionOrder Compare(CiscoVersion left, CiscoVersion right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Family != right.Family)
        {
            return CiscoVersionOrder.DifferentFamilies;
        }

        for (var i = 0; i < left._parts.Length; i++)
        {
            var a = left._parts[i];
            var b = right._parts[i];
            if (a.Kind == VersionPartKind.Train)
            {
                if (!string.Equals(a.Text, b.Text, StringComparison.Ordinal))
                {
                    return CiscoVersionOrder.DifferentTrains;
                }

                continue;
            }

            var order = a.CompareTo(b);
            if (order != 0)
            {
                return order < 0 ? CiscoVersionOrder.Older : CiscoVersionOrder.Newer;
            }
        }

        return CiscoVersionOrder.Same;
    }

    /// <summary>This version compared with <paramref name="other"/>: <see cref="CiscoVersionOrder.Older"/> means this one is older.</summary>
    public CiscoVersionOrder CompareWith(CiscoVersion other) => Compare(this, other);

    /// <summary>True when this version is the same as or newer than <paramref name="minimum"/>; null when they cannot be ordered.</summary>
    public bool? IsAtLeast(CiscoVersion minimum) => Compare(this, minimum) switch
    {
        CiscoVersionOrder.Same or CiscoVersionOrder.Newer => true,
        CiscoVersionOrder.Older => false,
        _ => null,
    };

    /// <summary>Total order for sorting mixed lists: by family, then version; parallel trains by train name.</summary>
    public int CompareTo(CiscoVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (Family != other.Family)
        {
            return Family.CompareTo(other.Family);
        }

        for (var i = 0; i < _parts.Length; i++)
        {
            var order = _parts[i].CompareTo(other._parts[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    /// <summary>Equal when every position is equal (so 10.2(5)M equals 10.2(5), 16.09.03 equals 16.9.3), as <see cref="CompareTo"/> says 0.</summary>
    public bool Equals(CiscoVersion? other) => other is not null && CompareTo(other) == 0;

    public override bool Equals(object? obj) => Equals(obj as CiscoVersion);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Family);
        foreach (var part in _parts)
        {
            hash.Add(part.Number);
            hash.Add(part.Text, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => Normalized;

    public static bool operator ==(CiscoVersion? left, CiscoVersion? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(CiscoVersion? left, CiscoVersion? right) => !(left == right);

    public static bool operator <(CiscoVersion left, CiscoVersion right) => Compare(left, right) == CiscoVersionOrder.Older;

    public static bool operator >(CiscoVersion left, CiscoVersion right) => Compare(left, right) == CiscoVersionOrder.Newer;

    public static bool operator <=(CiscoVersion left, CiscoVersion right) => Compare(left, right) is CiscoVersionOrder.Older or CiscoVersionOrder.Same;

    public static bool operator >=(CiscoVersion left, CiscoVersion right) => Compare(left, right) is CiscoVersionOrder.Newer or CiscoVersionOrder.Same;

    /// <summary>Parses <paramref name="text"/> by the grammar of <paramref name="family"/>; never throws.</summary>
    public static Result<CiscoVersion> Parse(CiscoOsFamily family, string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return Error.Validation(DeviceParseCodes.VersionInvalid, "The version is empty.", "version");
        }

        if (trimmed.Length > MaxLength)
        {
            return Error.Validation(DeviceParseCodes.VersionInvalid, $"A version has at most {MaxLength} characters.", "version");
        }

        var parsed = family switch
        {
            CiscoOsFamily.Ios => ParseIos(trimmed),
            CiscoOsFamily.IosXe => ParseIosXe(trimmed),
            CiscoOsFamily.NxOs => ParseNxOs(trimmed),
            CiscoOsFamily.Asa => ParseAsa(trimmed),
            CiscoOsFamily.AireOs => ParseDotted(trimmed, CiscoOsFamily.AireOs),
            CiscoOsFamily.SmallBusiness => ParseDotted(trimmed, CiscoOsFamily.SmallBusiness),
            _ => null,
        };

        return parsed is null
            ? Error.Validation(DeviceParseCodes.VersionInvalid, $"'{trimmed}' is not {Expected(family)}.", "version")
            : parsed;
    }

    /// <summary>Parses a version given its family code (<see cref="CiscoOsFamilies"/>), as baseline files and the API carry it.</summary>
    public static Result<CiscoVersion> Parse(string? familyCode, string? text) =>
        CiscoOsFamilies.TryParse(familyCode, out var family)
            ? Parse(family, text)
            : Error.Validation(DeviceParseCodes.FamilyUnknown, $"Unknown software family '{familyCode}'; use ios, ios-xe, nx-os, asa, aireos or sb-switch.", "family");

    public static bool TryParse(CiscoOsFamily family, string? text, out CiscoVersion? version)
    {
        var result = Parse(family, text);
        version = result.Value;
        return result.IsSuccess;
    }

    private static string Expected(CiscoOsFamily family) => family switch
    {
        CiscoOsFamily.Ios => "an IOS version (like 15.2(7)E4 or 12.2(55)SE7)",
        CiscoOsFamily.IosXe => "an IOS XE version (like 17.3.1a, 16.12.4 or 03.06.06E)",
        CiscoOsFamily.NxOs => "an NX-OS version (like 9.3(10) or 7.0(3)I7(9))",
        CiscoOsFamily.Asa => "an ASA version (like 9.8(4)45 or 9.12(4))",
        CiscoOsFamily.AireOs => "an AireOS version (like 8.10.151.0)",
        CiscoOsFamily.SmallBusiness => "a small-business switch firmware version (like 2.5.9.54)",
        _ => "a version of a known software family",
    };
}
