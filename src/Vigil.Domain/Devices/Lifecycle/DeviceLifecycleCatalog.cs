using System.Reflection;

namespace Vigil.Domain.Devices.Lifecycle;

/// <summary>
/// End-of-sale and end-of-support dates per device model. The embedded default covers common Cisco models with the
/// bulletin each date comes from; a site's imported entries are laid over it (same vendor and pattern replaces).
/// </summary>
public sealed class DeviceLifecycleCatalog
{
    private const string DefaultResource = "Vigil.Domain.Devices.Lifecycle.Data.device-lifecycle.yaml";

    private static readonly Lazy<DeviceLifecycleCatalog> s_default = new(LoadDefault);

    // Longest literal first, exact before prefix of the same length: the first entry that fits is the most specific.
    private readonly DeviceLifecycleEntry[] _bySpecificity;

    public DeviceLifecycleCatalog(IEnumerable<DeviceLifecycleEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byKey = new Dictionary<(string, string), DeviceLifecycleEntry>();
        foreach (var entry in entries)
        {
            byKey[entry.Key] = entry;
        }

        Entries = byKey.Values.OrderBy(e => e.Vendor, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.ModelPattern, StringComparer.OrdinalIgnoreCase).ToArray();
        _bySpecificity = Entries.OrderByDescending(e => e.Literal.Length).ThenBy(e => e.IsPrefix).ToArray();
    }

    public static DeviceLifecycleCatalog Default => s_default.Value;

    public IReadOnlyList<DeviceLifecycleEntry> Entries { get; }

    /// <summary>This catalog with <paramref name="site"/>'s entries added, replacing entries of the same key.</summary>
    public DeviceLifecycleCatalog Overlay(IEnumerable<DeviceLifecycleEntry> site) => new(Entries.Concat(site));

    /// <summary>
    /// The most specific entry for a model, or null. Models compare case-insensitively; a vendor the device does not
    /// name (spreadsheet rows often leave it empty) does not rule an entry out, a different vendor does.
    /// </summary>
    public DeviceLifecycleEntry? Find(string? vendor, string? model)
    {
        var pid = model?.Trim();
        if (string.IsNullOrEmpty(pid))
        {
            return null;
        }

        foreach (var entry in _bySpecificity)
        {
            var fits = entry.IsPrefix
                ? pid.StartsWith(entry.Literal, StringComparison.OrdinalIgnoreCase)
                : pid.Equals(entry.Literal, StringComparison.OrdinalIgnoreCase);
            if (fits && SameVendor(vendor, entry.Vendor))
            {
                return entry;
            }
        }

        return null;
    }

    public DeviceLifecycleVerdict Evaluate(string? vendor, string? model, DateOnly today) =>
        Find(vendor, model) is { } entry ? DeviceLifecycleVerdict.Of(entry, today) : DeviceLifecycleVerdict.None;

    // "Cisco Systems, Inc." and "cisco" are one vendor: compare the first word.
    private static bool SameVendor(string? device, string entry)
    {
        if (string.IsNullOrWhiteSpace(device))
        {
            return true;
        }

        return FirstWord(device).Equals(FirstWord(entry), StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlySpan<char> FirstWord(string text)
    {
        var span = text.AsSpan().Trim();
        var end = span.IndexOfAny(' ', ',', '.');
        return end < 0 ? span : span[..end];
    }

    private static DeviceLifecycleCatalog LoadDefault()
    {
        using var stream = typeof(DeviceLifecycleCatalog).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The embedded resource {DefaultResource} is missing from {typeof(DeviceLifecycleCatalog).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var parsed = DeviceLifecycleFile.Read(reader.ReadToEnd(), "device-lifecycle.yaml");
        return parsed.IsSuccess
            ? new DeviceLifecycleCatalog(parsed.Value!)
            : throw new InvalidOperationException("The embedded device lifecycle catalog is invalid: " + parsed.Error!.Message);
    }
}
