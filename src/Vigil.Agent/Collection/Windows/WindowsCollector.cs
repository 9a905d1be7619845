using System.Text.RegularExpressions;
using Vigil.Contracts.Agent;

namespace Vigil.Agent.Collection.Windows;

/// <summary>
/// The Windows inventory from WMI and the registry. Every class may be missing (old Windows, no rights, a broken
/// WMI repository): its facts are then null and the rest is still collected.
/// </summary>
internal sealed partial class WindowsCollector(IWindowsSource source, TimeProvider clock) : IInventoryCollector
{
    public const string Cimv2 = @"root\cimv2";

    public AgentInventoryDto Collect()
    {
        var os = First(Cimv2, "Win32_OperatingSystem");
        var system = First(Cimv2, "Win32_ComputerSystem");
        var processors = source.Query(Cimv2, "Win32_Processor");
        var uefi = Uefi();
        return new AgentInventoryDto
        {
            CollectedAt = clock.GetUtcNow().UtcDateTime,
            Hostname = system?["Name"] ?? os?["CSName"],
            Domain = system?["Domain"],
            SmbiosUuid = Placeholder.Clean(First(Cimv2, "Win32_ComputerSystemProduct")?["UUID"])?.ToUpperInvariant(),
            SerialNumber = Placeholder.Clean(First(Cimv2, "Win32_BIOS")?["SerialNumber"]),
            Manufacturer = Placeholder.Clean(system?["Manufacturer"]),
            Model = Placeholder.Clean(system?["Model"]),
            Owner = system?["UserName"],
            Os = os is null ? null : Os(os),
            CpuModel = processors?.Select(p => p["Name"]).FirstOrDefault(n => n is not null),
            CpuCores = processors is { Count: > 0 } ? processors.Sum(p => p.Int("NumberOfCores") ?? 0) is var c && c > 0 ? c : null : null,
            RamMb = system?.Long("TotalPhysicalMemory") / (1024 * 1024),
            Disks = Disks(),
            TpmVersion = Tpm(),
            Uefi = uefi,
            SecureBoot = SecureBoot(uefi),
            NetworkInterfaces = NetworkInterfaces(),
            SecurityProducts = SecurityProducts(),
            Hotfixes = source.Query(Cimv2, "Win32_QuickFixEngineering")?.Select(h => h["HotFixID"]).OfType<string>()
                .Where(h => h.StartsWith("KB", StringComparison.OrdinalIgnoreCase)).Select(h => h.ToUpperInvariant()).Distinct().ToList(),
            Smb1ServerEnabled = Smb1ServerEnabled(os?["Version"]),
            ListeningPorts = ListeningPorts(),
            Software = Software(),
        };
    }

    private PropertyBag? First(string ns, string className) => source.Query(ns, className) is { Count: > 0 } all ? all[0] : null;

    internal static AgentOsDto Os(PropertyBag os)
    {
        var caption = os["Caption"]?.Trim();
        var edition = caption is null ? null : EditionPattern().Match(caption) is { Success: true } m ? m.Groups[1].Value : null;
        return new AgentOsDto(
            "windows",
            caption,
            edition,
            os["Version"],
            os["BuildNumber"],
            os["CSDVersion"],
            Architecture(os["OSArchitecture"]),
            os.Date("InstallDate"));
    }

    /// <summary>"64-bit", "32-bit", "ARM 64-bit Processor"; localised Windows words it differently, so look for the digits.</summary>
    internal static string? Architecture(string? text) => text switch
    {
        null => null,
        _ when text.Contains("ARM", StringComparison.OrdinalIgnoreCase) && text.Contains("64", StringComparison.Ordinal) => "arm64",
        _ when text.Contains("64", StringComparison.Ordinal) => "x64",
        _ when text.Contains("32", StringComparison.Ordinal) => "x86",
        _ => text,
    };

    /// <summary>MSFT_PhysicalDisk knows SSD from HDD (MediaType 3 HDD, 4 SSD, 5 SCM, 0 unspecified); Windows 7 only has Win32_DiskDrive.</summary>
    private List<AgentDiskDto>? Disks()
    {
        if (source.Query(@"root\Microsoft\Windows\Storage", "MSFT_PhysicalDisk") is { Count: > 0 } physical)
        {
            return physical.Select(d => new AgentDiskDto(
                d["FriendlyName"] ?? d["Model"],
                d.Int("MediaType") switch
                {
                    3 => "hdd",
                    4 or 5 => "ssd",
                    _ => "unknown",
                },
                GigaBytes(d.Long("Size")))).ToList();
        }

        return source.Query(Cimv2, "Win32_DiskDrive")?
            .Where(d => !string.Equals(d["InterfaceType"], "USB", StringComparison.OrdinalIgnoreCase))
            .Select(d => new AgentDiskDto(d["Model"], KindFromModel(d["Model"]), GigaBytes(d.Long("Size"))))
            .ToList();
    }

    private static string KindFromModel(string? model) =>
        model is not null && (model.Contains("SSD", StringComparison.OrdinalIgnoreCase) || model.Contains("NVMe", StringComparison.OrdinalIgnoreCase)) ? "ssd" : "unknown";

    private static long? GigaBytes(long? bytes) => bytes is > 0 ? (long)Math.Round(bytes.Value / 1_000_000_000d) : null;

    /// <summary>Win32_Tpm answers only to administrators (the service runs as SYSTEM); no instance means no TPM.</summary>
    private string? Tpm()
    {
        var tpm = source.Query(@"root\CIMV2\Security\MicrosoftTpm", "Win32_Tpm");
        if (tpm is null)
        {
            return null;
        }

        // SpecVersion is "2.0, 0, 1.38": the family first, then the level and revision.
        return tpm.Count == 0 ? "none" : tpm[0]["SpecVersion"]?.Split(',')[0].Trim();
    }

    /// <summary>PEFirmwareType: 1 legacy BIOS, 2 UEFI.</summary>
    private bool? Uefi() => source.RegistryKey(@"SYSTEM\CurrentControlSet\Control")?.Int("PEFirmwareType") switch
    {
        2 => true,
        1 => false,
        _ => null,
    };

    private bool? SecureBoot(bool? uefi)
    {
        var state = source.RegistryKey(@"SYSTEM\CurrentControlSet\Control\SecureBoot\State")?.Int("UEFISecureBootEnabled");
        return state switch
        {
            1 => true,
            0 => false,
            _ => uefi == false ? false : null,
        };
    }

    private List<AgentNetworkInterfaceDto>? NetworkInterfaces() =>
        source.Query(Cimv2, "Win32_NetworkAdapterConfiguration")?
            .Where(n => n.Bool("IPEnabled") == true)
            .Select(n => new AgentNetworkInterfaceDto(n["Description"], n["MACAddress"]?.Replace('-', ':').ToUpperInvariant(), n.List("IPAddress").ToList()))
            .ToList();

    [GeneratedRegex(@"^Microsoft Windows (?:Server )?(?:\d+(?:\.\d+)?|XP|Vista)(?: R2)?\s+(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex EditionPattern();
}
