using System.Globalization;
using System.Text;

namespace Vigil.Domain.Inventory.Ocs;

/// <summary>How agents write values: numbers, flags, dates in half a dozen layouts, and firmware placeholders.</summary>
internal static class OcsValues
{
    /// <summary>Longer values are cut: no real name, version or serial comes near, and it bounds a hostile document.</summary>
    public const int MaxValueLength = 1024;

    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "To be filled by O.E.M.", "To Be Filled By O.E.M", "System Serial Number", "System manufacturer", "System Manufacturer",
        "System Product Name", "System Version", "Default string", "Not Specified", "Not Available", "Not Applicable",
        "None", "N/A", "NA", "Unknown", "OEM", "O.E.M.", "Chassis Serial Number", "Base Board Serial Number",
        "Serial Number", "SerialNumber", "Invalid", "0", "03000200-0400-0500-0006-000700080009", "0123456789", "123456789", "1234567890", "Type1ProductConfigId",
    };

    public static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var span = value.AsSpan().Trim();
        if (span.IsEmpty)
        {
            return null;
        }

        if (span.Length > MaxValueLength)
        {
            span = span[..MaxValueLength];
        }

        if (!span.ContainsAnyInRange('\0', '\u001F') && !span.Contains('\u007F') && !span.Contains("  ", StringComparison.Ordinal))
        {
            return span.Length == value.Length ? value : span.ToString();
        }

        // Control characters become spaces and runs of spaces one: WMI pads CPU names ("Core(TM)2 Duo CPU     E7500").
        var text = new StringBuilder(span.Length);
        foreach (var c in span)
        {
            var next = char.IsControl(c) ? ' ' : c;
            if (next != ' ' || (text.Length > 0 && text[^1] != ' '))
            {
                text.Append(next);
            }
        }

        var cleaned = text.ToString().Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>Firmware and OEM fill-ins ("To be filled by O.E.M.", "0000000") that identify nothing.</summary>
    public static string? Meaningful(string? value)
    {
        if (value is null || Placeholders.Contains(value))
        {
            return null;
        }

        var first = value[0];
        var same = true;
        foreach (var c in value)
        {
            if (c != first && c != '-' && c != ' ')
            {
                same = false;
                break;
            }
        }

        return same && value.Length > 1 ? null : value;
    }

    public static long? Number(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole))
        {
            return whole >= 0 ? whole : null;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && real >= 0 && real < long.MaxValue
            ? (long)Math.Round(real)
            : null;
    }

    public static bool? Flag(string? value) => value?.ToUpperInvariant() switch
    {
        "1" or "TRUE" or "YES" or "ON" or "ENABLED" => true,
        "0" or "FALSE" or "NO" or "OFF" or "DISABLED" => false,
        _ => null,
    };

    /// <summary>"+0700" or "-0330" as FusionInventory writes the machine's UTC offset.</summary>
    public static TimeSpan? Offset(string? value)
    {
        if (value is not { Length: 5 } || value[0] is not ('+' or '-')
            || !int.TryParse(value.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(value.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || hours > 14 || minutes > 59)
        {
            return null;
        }

        var offset = new TimeSpan(hours, minutes, 0);
        return value[0] == '-' ? -offset : offset;
    }
}
