using System.Globalization;
using Vigil.Contracts.Agent;

namespace Vigil.Agent.Collection.Linux;

/// <summary>OS, CPU, memory, disks, SMBIOS identity and firmware facts from /etc, /proc and /sys.</summary>
internal static class LinuxHardware
{
    private const string SecureBootVariable = "/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c";

    // Block devices that are not disks: loop files, RAM disks, compressed swap, device-mapper volumes, optical, floppy.
    private static readonly string[] s_notDisks = ["loop", "ram", "zram", "dm-", "sr", "fd", "md", "nbd"];

    public static AgentOsDto Os(LinuxFiles files, string architecture)
    {
        var release = KeyValueText.ParseOsRelease(files.ReadText("/etc/os-release") ?? files.ReadText("/usr/lib/os-release") ?? "");
        // Debian and most others have no BUILD_ID; the kernel release is what decides which fixes are in.
        var build = release.GetValueOrDefault("BUILD_ID") ?? files.ReadLine("/proc/sys/kernel/osrelease");
        return new AgentOsDto(
            "linux",
            release.GetValueOrDefault("NAME") ?? "Linux",
            release.GetValueOrDefault("VARIANT"),
            release.GetValueOrDefault("VERSION") ?? release.GetValueOrDefault("VERSION_ID"),
            string.IsNullOrEmpty(build) ? null : build,
            null,
            architecture,
            null);
    }

    public static (string? Model, int? Cores) Cpu(LinuxFiles files)
    {
        var records = KeyValueText.ParseColonRecords(files.ReadText("/proc/cpuinfo") ?? "");
        var processors = records.Where(r => r.ContainsKey("processor")).ToList();
        if (processors.Count == 0)
        {
            return (null, null);
        }

        var model = processors.Select(p => p.GetValueOrDefault("model name") ?? p.GetValueOrDefault("Model")).FirstOrDefault(m => !string.IsNullOrEmpty(m));
        // Physical cores: distinct (socket, core) pairs; without topology (some ARM boards) every processor counts.
        var cores = processors.Where(p => p.ContainsKey("core id"))
            .Select(p => (p.GetValueOrDefault("physical id") ?? "0", p["core id"])).Distinct().Count();
        return (model, cores > 0 ? cores : processors.Count);
    }

    public static long? RamMb(LinuxFiles files)
    {
        var line = (files.ReadText("/proc/meminfo") ?? "").Split('\n').FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var number = line?["MemTotal:".Length..].Trim().Split(' ')[0];
        return long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb / 1024 : null;
    }

    public static List<AgentDiskDto> Disks(LinuxFiles files)
    {
        var disks = new List<AgentDiskDto>();
        foreach (var name in files.Entries("/sys/block"))
        {
            if (s_notDisks.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }

            var sectors = long.TryParse(files.ReadLine($"/sys/block/{name}/size"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            if (sectors == 0)
            {
                continue; // An empty card reader or a detached device.
            }

            var kind = files.ReadLine($"/sys/block/{name}/queue/rotational") switch
            {
                "0" => "ssd",
                "1" => "hdd",
                _ => "unknown",
            };
            var model = Placeholder.Clean(files.ReadLine($"/sys/block/{name}/device/model"));
            // The kernel counts 512-byte sectors whatever the device's own sector size; disks are sold in decimal GB.
            disks.Add(new AgentDiskDto(model ?? name, kind, (long)Math.Round(sectors * 512d / 1_000_000_000d)));
        }

        return disks;
    }

    public static (string? Uuid, string? Serial, string? Vendor, string? Product) Smbios(LinuxFiles files) =>
        (Placeholder.Clean(files.ReadLine("/sys/class/dmi/id/product_uuid"))?.ToUpperInvariant(),
         Placeholder.Clean(files.ReadLine("/sys/class/dmi/id/product_serial")),
         Placeholder.Clean(files.ReadLine("/sys/class/dmi/id/sys_vendor")),
         Placeholder.Clean(files.ReadLine("/sys/class/dmi/id/product_name")));

    public static bool Uefi(LinuxFiles files) => files.DirectoryExists("/sys/firmware/efi");

    /// <summary>The EFI variable is 4 bytes of attributes then one byte: 1 on, 0 off. Legacy BIOS has no Secure Boot.</summary>
    public static bool? SecureBoot(LinuxFiles files)
    {
        if (!Uefi(files))
        {
            return false;
        }

        var bytes = files.ReadBytes(SecureBootVariable, 5);
        return bytes is { Length: 5 } ? bytes[4] == 1 : null;
    }

    /// <summary>"2.0", "1.2", "none" when sysfs shows no TPM, null when sysfs cannot tell.</summary>
    public static string? Tpm(LinuxFiles files)
    {
        if (!files.DirectoryExists("/sys/class"))
        {
            return null;
        }

        if (!files.DirectoryExists("/sys/class/tpm/tpm0"))
        {
            return "none";
        }

        var major = files.ReadLine("/sys/class/tpm/tpm0/tpm_version_major");
        if (major is "2")
        {
            return "2.0";
        }

        if (major is "1" || (files.ReadText("/sys/class/tpm/tpm0/caps") ?? files.ReadText("/sys/class/tpm/tpm0/device/caps") ?? "").Contains("TCG version: 1.2", StringComparison.Ordinal))
        {
            return "1.2";
        }

        return null;
    }
}
