using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Vigil.Domain.Common;
using Vigil.Domain.Inventory.Cpu;
using YamlDotNet.RepresentationModel;

namespace Vigil.Domain.Compliance.Catalogs;

/// <summary>
/// The processors Microsoft supports for Windows 11 (Intel, AMD, Qualcomm lists), and whether a processor string as
/// Windows, Linux or OCS report it is one of them. Both sides are read by <see cref="CpuModelParser"/> and compared by
/// vendor, model number and, for Snapdragon, generation ("8cx Gen 2"), so spelling ("(R)", "CPU @ 1.60GHz", "with
/// Radeon Graphics", "X1E78100" for "X1E-78-100") does not matter.
/// </summary>
public sealed class Windows11Processors
{
    public const string FileName = "windows11-processors.yaml";

    private const int MaxCachedLookups = 20_000;

    private static readonly string[] s_rootKeys = ["version", "supported_microarchitectures", "intel", "amd", "qualcomm"];

    private static readonly Lazy<Windows11Processors> s_default = new(() => CatalogResources.Load<Windows11Processors>(FileName, Parse));

    private readonly HashSet<string> _keys;
    private readonly ConcurrentDictionary<string, bool?> _lookups = new(StringComparer.Ordinal);

    private Windows11Processors(string version, IReadOnlyList<string> models, HashSet<string> keys, IReadOnlySet<string> microarchitectures)
    {
        Version = version;
        Models = models;
        _keys = keys;
        SupportedMicroarchitectures = microarchitectures;
    }

    public static Windows11Processors Default => s_default.Value;

    /// <summary>The list's date ("2025.10.6"), joined with a site file's by "+".</summary>
    public string Version { get; }

    /// <summary>The listed models with their vendor, as written ("Intel Core(TM) i5-8250U").</summary>
    public IReadOnlyList<string> Models { get; }

    /// <summary>
    /// Code names (as <see cref="CpuInfo.Microarchitecture"/> writes them) whose every part is supported. Microsoft's
    /// lists lag new parts (the 2025.10.6 list has no Ryzen 9000): a processor of these is supported even when unlisted.
    /// </summary>
    public IReadOnlySet<string> SupportedMicroarchitectures { get; }

    /// <summary>
    /// True when the processor is on a list or of a supported code name (<see cref="SupportedMicroarchitectures"/>);
    /// false when it is an Intel or AMD processor (or another vendor's, which
    /// Windows 11 does not support) that is not; null when the string cannot tell: no model number ("Intel(R)
    /// Core(TM) CPU"), a virtual CPU, an Apple chip, or a Qualcomm name missing from the list (Qualcomm devices often
    /// report only a marketing name such as "Snapdragon Compute Platform").
    /// </summary>
    public bool? IsSupported(string? cpuModel)
    {
        if (string.IsNullOrWhiteSpace(cpuModel))
        {
            return null;
        }

        if (_lookups.TryGetValue(cpuModel, out var cached))
        {
            return cached;
        }

        var answer = Judge(CpuModelParser.Parse(cpuModel));
        if (_lookups.Count < MaxCachedLookups)
        {
            _lookups.TryAdd(cpuModel, answer);
        }

        return answer;
    }

    /// <summary>This list with <paramref name="site"/>'s processors added.</summary>
    public Windows11Processors Merge(Windows11Processors site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var keys = new HashSet<string>(_keys, StringComparer.Ordinal);
        keys.UnionWith(site._keys);
        var microarchitectures = new HashSet<string>(SupportedMicroarchitectures, StringComparer.OrdinalIgnoreCase);
        microarchitectures.UnionWith(site.SupportedMicroarchitectures);
        return new Windows11Processors(
            Version + "+" + site.Version, [.. Models, .. site.Models.Except(Models, StringComparer.Ordinal)], keys, microarchitectures);
    }

    /// <summary>Reads a list file (the embedded default or a site's <c>windows11-processors.yaml</c>); never throws.</summary>
    public static Result<Windows11Processors> Parse(string yaml, string fileName)
    {
        var (reader, root) = CatalogYaml.Load(yaml, fileName);
        if (root is null)
        {
            return reader.Error!;
        }

        reader.OnlyKeys(root, s_rootKeys);
        var version = reader.String(root, "version", required: true);
        var microarchitectures = reader.Strings(root, "supported_microarchitectures").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var models = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (vendorKey, vendorName) in new[] { ("intel", "Intel"), ("amd", "AMD"), ("qualcomm", "Qualcomm") })
        {
            var node = CatalogYaml.Child(root, vendorKey);
            if (reader.Failed || node is null)
            {
                continue;
            }

            if (node is not YamlSequenceNode list)
            {
                reader.Fail(node, $"'{vendorKey}' must be a list of processor models.");
                continue;
            }

            foreach (var item in list.Children)
            {
                var model = (item as YamlScalarNode)?.Value?.Trim();
                var key = string.IsNullOrEmpty(model) ? null : Key(CpuModelParser.Parse(vendorName + " " + model));
                if (key is null)
                {
                    reader.Fail(item, $"cannot read a {vendorName} processor model from '{model ?? item.NodeType.ToString()}' (write it as Microsoft's list does, e.g. 'Core(TM) i5-8250U').");
                    break;
                }

                keys.Add(key);
                models.Add(vendorName + " " + model);
            }
        }

        return reader.Failed ? reader.Error! : new Windows11Processors(version!, models, keys, microarchitectures);
    }

    private bool? Judge(CpuInfo cpu)
    {
        var key = Key(cpu);
        if (key is not null && _keys.Contains(key)
            || cpu.Microarchitecture is { } code && cpu.Vendor is CpuVendor.Intel or CpuVendor.Amd or CpuVendor.Qualcomm && SupportedMicroarchitectures.Contains(code))
        {
            return true;
        }

        return cpu.Vendor switch
        {
            CpuVendor.Intel or CpuVendor.Amd => key is null ? null : false,
            CpuVendor.Via or CpuVendor.Other => false,
            _ => null,
        };
    }

    /// <summary>Vendor, model number without separators, and generation: "Intel|8250U|8", "Qualcomm|X1E78100|".</summary>
    private static string? Key(CpuInfo cpu)
    {
        if (cpu.Vendor is CpuVendor.Unknown || string.IsNullOrWhiteSpace(cpu.ModelNumber))
        {
            return null;
        }

        var model = new StringBuilder(cpu.ModelNumber.Length);
        foreach (var c in cpu.ModelNumber)
        {
            if (char.IsLetterOrDigit(c) || c == '+')
            {
                model.Append(char.ToUpperInvariant(c));
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{cpu.Vendor}|{model}|{cpu.Generation}");
    }
}
