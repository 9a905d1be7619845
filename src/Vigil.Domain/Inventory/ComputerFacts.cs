using System.Globalization;

namespace Vigil.Domain.Inventory;

/// <summary>
/// Merges the snapshots of several sources into one computer. Facts a machine can measure (OS, CPU, disks) come
/// from the freshest machine source (agent, OCS, scan) before anything typed into a sheet; facts only people know
/// (owner, personal use) come from people first. A person's pin overrides both. Where sources disagree on the facts
/// that matter for directives, the disagreement is reported, never silently settled.
/// </summary>
public static class ComputerFacts
{
    /// <summary>Fields a person may pin to a source, and that conflicts are reported for.</summary>
    public static readonly IReadOnlyList<string> ConflictFields = ["hostname", "serial", "os", "cpu", "ram_mb"];

    public static ResolvedComputer Resolve(IReadOnlyList<SourceSnapshot> sources, IReadOnlyDictionary<string, InventorySource>? pins = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
        {
            throw new ArgumentException("A computer has at least one source.", nameof(sources));
        }

        pins ??= new Dictionary<string, InventorySource>();
        var from = new Dictionary<string, InventorySource>(StringComparer.Ordinal);
        var machineFirst = sources.OrderBy(s => IsMachine(s.Source) ? 0 : 1).ThenByDescending(s => s.ObservedAt).ToList();
        var peopleFirst = sources.OrderBy(s => IsMachine(s.Source) ? 1 : 0).ThenByDescending(s => s.ObservedAt).ToList();

        T? Pick<T>(string field, List<SourceSnapshot> order, Func<InventorySnapshot, T?> get)
        {
            IEnumerable<SourceSnapshot> candidates = order;
            if (pins.TryGetValue(field, out var pinned))
            {
                candidates = order.Where(s => s.Source == pinned).Concat(order.Where(s => s.Source != pinned));
            }

            foreach (var source in candidates)
            {
                var value = get(source.Snapshot);
                if (value is not null)
                {
                    from[field] = source.Source;
                    return value;
                }
            }

            return default;
        }

        var facts = new InventorySnapshot
        {
            Hostname = Pick("hostname", machineFirst, s => s.Hostname),
            Domain = Pick("domain", machineFirst, s => s.Domain),
            SmbiosUuid = Pick("uuid", machineFirst, s => s.SmbiosUuid),
            SerialNumber = Pick("serial", machineFirst, s => s.SerialNumber),
            Manufacturer = Pick("manufacturer", machineFirst, s => s.Manufacturer),
            Model = Pick("model", machineFirst, s => s.Model),
            Owner = Pick("owner", peopleFirst, s => s.Owner),
            IsPersonal = Pick("personal", peopleFirst, s => s.IsPersonal),
            Os = Pick("os", machineFirst, s => s.Os),
            CpuModel = Pick("cpu", machineFirst, s => s.CpuModel),
            CpuCores = Pick("cpu_cores", machineFirst, s => s.CpuCores),
            RamMb = Pick("ram_mb", machineFirst, s => s.RamMb),
            Disks = Pick("disks", machineFirst, s => s.Disks),
            TpmVersion = Pick("tpm", machineFirst, s => s.TpmVersion),
            Uefi = Pick("uefi", machineFirst, s => s.Uefi),
            SecureBoot = Pick("secure_boot", machineFirst, s => s.SecureBoot),
            NetworkInterfaces = Pick("network", machineFirst, s => s.NetworkInterfaces),
            SecurityProducts = Pick("security_products", machineFirst, s => s.SecurityProducts),
            Hotfixes = Pick("hotfixes", machineFirst, s => s.Hotfixes),
            Smb1ServerEnabled = Pick("smb1", machineFirst, s => s.Smb1ServerEnabled),
            ListeningPorts = Pick("ports", machineFirst, s => s.ListeningPorts),
            Software = Pick("software", machineFirst, s => s.Software),
        };

        var conflicts = new List<FieldConflict>();
        foreach (var field in ConflictFields)
        {
            if (!pins.ContainsKey(field) && FindConflict(field, sources) is { } conflict)
            {
                conflicts.Add(conflict);
            }
        }

        return new ResolvedComputer(facts, from, conflicts, sources.Max(s => s.ObservedAt));
    }

    public static bool IsMachine(InventorySource source) => source is InventorySource.Agent or InventorySource.Ocs or InventorySource.Scan;

    private static FieldConflict? FindConflict(string field, IReadOnlyList<SourceSnapshot> sources)
    {
        var reporting = sources.Where(s => Display(field, s.Snapshot) is not null).ToList();
        for (var i = 0; i < reporting.Count; i++)
        {
            for (var j = i + 1; j < reporting.Count; j++)
            {
                if (!Agree(field, reporting[i].Snapshot, reporting[j].Snapshot))
                {
                    return new FieldConflict(field, [.. reporting.Select(s => new ConflictingValue(s.Source, s.SourceKey, Display(field, s.Snapshot)!, s.ObservedAt))]);
                }
            }
        }

        return null;
    }

    private static string? Display(string field, InventorySnapshot s) => field switch
    {
        "hostname" => s.Hostname,
        "serial" => s.SerialNumber,
        "os" => s.Os is null ? null : s.Os.Name ?? OsRelease.Of(s.Os),
        "cpu" => s.CpuModel,
        "ram_mb" => s.RamMb?.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    // Two sources agree when they mean the same thing, not when they spell it the same way.
    private static bool Agree(string field, InventorySnapshot a, InventorySnapshot b) => field switch
    {
        "hostname" => IdentityKeys.Hostname(a.Hostname) == IdentityKeys.Hostname(b.Hostname),
        "serial" => IdentityKeys.Serial(a.SerialNumber) is not { } sa || IdentityKeys.Serial(b.SerialNumber) is not { } sb || sa == sb,
        "os" => string.Equals(OsRelease.Of(a.Os), OsRelease.Of(b.Os), StringComparison.OrdinalIgnoreCase),
        "cpu" => CpuAgree(a.CpuModel!, b.CpuModel!),
        "ram_mb" => Math.Abs(a.RamMb!.Value - b.RamMb!.Value) <= Math.Max(512, Math.Max(a.RamMb.Value, b.RamMb.Value) / 10),
        _ => true,
    };

    // "Core i5-4590" typed in a sheet and "Intel(R) Core(TM) i5-4590 CPU @ 3.30GHz" from an agent are one CPU:
    // they agree when one's model tokens are contained in the other's.
    private static bool CpuAgree(string a, string b)
    {
        var ta = CpuTokens(a);
        var tb = CpuTokens(b);
        return ta.Count == 0 || tb.Count == 0 || ta.IsSubsetOf(tb) || tb.IsSubsetOf(ta);
    }

    private static HashSet<string> CpuTokens(string model)
    {
        var cleaned = model.Replace("(R)", " ", StringComparison.OrdinalIgnoreCase).Replace("(TM)", " ", StringComparison.OrdinalIgnoreCase)
            .Replace('®', ' ').Replace('™', ' ');
        var at = cleaned.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            cleaned = cleaned[..at];
        }

        return cleaned.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.ToUpperInvariant())
            .Where(t => t.Any(char.IsDigit))
            .ToHashSet(StringComparer.Ordinal);
    }
}
