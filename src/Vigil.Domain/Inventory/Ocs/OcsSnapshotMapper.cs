namespace Vigil.Domain.Inventory.Ocs;

/// <summary>
/// Turns the sections of an OCS Inventory or FusionInventory document into Vigil's <see cref="InventorySnapshot"/>.
/// Both agent families are handled: FusionInventory writes CPUS/NAME and CORE, the OCS Windows agent CPUS/TYPE and
/// CORES; the OCS agent swaps STORAGES/NAME and MODEL. Anything the document does not say stays null.
/// </summary>
internal static partial class OcsSnapshotMapper
{
    public static InventorySnapshot Map(OcsDocument document)
    {
        var hardware = document.First("HARDWARE");
        var bios = document.First("BIOS");
        var os = document.First("OPERATINGSYSTEM");
        var offset = OcsValues.Offset(os?["TIMEZONE/OFFSET"]) ?? TimeSpan.Zero;
        var osInfo = MapOs(hardware, os, offset);
        var software = MapSoftware(document.All("SOFTWARES"), osInfo?.Family);

        return new InventorySnapshot
        {
            Hostname = hardware?["NAME"] ?? os?["FQDN"],
            Domain = hardware?["WORKGROUP"] ?? os?["DNS_DOMAIN"],
            SmbiosUuid = OcsValues.Meaningful(hardware?["UUID"]),
            SerialNumber = OcsValues.Meaningful(bios?["SSN"]) ?? OcsValues.Meaningful(bios?["MSN"]),
            Manufacturer = OcsValues.Meaningful(bios?["SMANUFACTURER"]) ?? OcsValues.Meaningful(bios?["MMANUFACTURER"]),
            Model = OcsValues.Meaningful(bios?["SMODEL"]) ?? OcsValues.Meaningful(bios?["MMODEL"]),
            Owner = Owner(hardware),
            Os = osInfo,
            CpuModel = CpuModel(document, hardware),
            CpuCores = CpuCores(document),
            RamMb = RamMb(document, hardware),
            Disks = MapDisks(document.All("STORAGES"), osInfo?.Family),
            NetworkInterfaces = MapNetworks(document.All("NETWORKS")),
            SecurityProducts = MapSecurityProducts(document, osInfo?.Family, offset),
            Hotfixes = software.Hotfixes,
            Software = software.Programs,
        };
    }

    /// <summary>TAG from ACCOUNTINFO (KEYNAME=TAG), else a bare TAG element; the unit code the agent was installed with.</summary>
    public static string? UnitHint(OcsDocument document)
    {
        foreach (var info in document.All("ACCOUNTINFO"))
        {
            if (string.Equals(info["KEYNAME"], "TAG", StringComparison.OrdinalIgnoreCase) && info["KEYVALUE"] is { } value)
            {
                return value;
            }
        }

        return document.First("TAG")?[""] ?? OcsValues.Clean(document.RequestTag);
    }

    private static string? Owner(OcsSection? hardware)
    {
        // FusionInventory on Linux reads `last` and can report its banner word "wtmp" as the last user.
        static string? Person(string? name) => name is null || name is "wtmp" or "reboot" or "(unknown)" ? null : name;
        return Person(hardware?["USERID"]) ?? Person(hardware?["LASTLOGGEDUSER"]);
    }

    private static string? CpuModel(OcsDocument document, OcsSection? hardware)
    {
        foreach (var cpu in document.All("CPUS"))
        {
            if ((cpu["NAME"] ?? cpu["TYPE"]) is { } name)
            {
                return name;
            }
        }

        return hardware?["PROCESSORT"];
    }

    /// <summary>Physical cores over all sockets; one CPUS entry per socket in both agent families.</summary>
    private static int? CpuCores(OcsDocument document)
    {
        long total = 0;
        foreach (var cpu in document.All("CPUS"))
        {
            total += OcsValues.Number(cpu["CORE"] ?? cpu["CORES"]) ?? 0;
        }

        return total is > 0 and <= 4096 ? (int)total : null;
    }

    /// <summary>What the OS sees (HARDWARE/MEMORY, MB); the sum of the modules when the OS figure is missing.</summary>
    private static long? RamMb(OcsDocument document, OcsSection? hardware)
    {
        if (OcsValues.Number(hardware?["MEMORY"]) is > 0 and var memory)
        {
            return memory;
        }

        long total = 0;
        foreach (var module in document.All("MEMORIES"))
        {
            total += OcsValues.Number(module["CAPACITY"]) ?? 0;
        }

        return total > 0 ? total : null;
    }
}
