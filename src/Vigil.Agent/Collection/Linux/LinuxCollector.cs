using System.Net.NetworkInformation;
using System.Runtime.InteropServices;
using Vigil.Contracts.Agent;

namespace Vigil.Agent.Collection.Linux;

/// <summary>The Linux inventory. <paramref name="root"/> is "/" except in tests that supply a prepared tree.</summary>
internal sealed class LinuxCollector(TimeProvider clock, string root = "/", bool runCommands = true) : IInventoryCollector
{
    public AgentInventoryDto Collect()
    {
        var files = new LinuxFiles(root);
        var (cpuModel, cores) = LinuxHardware.Cpu(files);
        var (uuid, serial, vendor, product) = LinuxHardware.Smbios(files);
        var now = clock.GetUtcNow().UtcDateTime;
        var running = LinuxSecurity.RunningPrograms(files);
        var clam = LinuxSecurity.ClamAv(files, running, now);
        var isRealMachine = root == "/";
        return new AgentInventoryDto
        {
            CollectedAt = now,
            Hostname = Environment.MachineName,
            Domain = isRealMachine ? DomainName() : null,
            SmbiosUuid = uuid,
            SerialNumber = serial,
            Manufacturer = vendor,
            Model = product,
            Os = LinuxHardware.Os(files, Architecture()),
            CpuModel = cpuModel,
            CpuCores = cores,
            RamMb = LinuxHardware.RamMb(files),
            Disks = LinuxHardware.Disks(files),
            TpmVersion = LinuxHardware.Tpm(files),
            Uefi = LinuxHardware.Uefi(files),
            SecureBoot = LinuxHardware.SecureBoot(files),
            NetworkInterfaces = isRealMachine ? NetworkInterfaces.Collect() : null,
            SecurityProducts = clam is null ? [] : [clam],
            Smb1ServerEnabled = LinuxSecurity.Smb1ServerEnabled(files),
            ListeningPorts = LinuxListeningSockets.Collect(files),
            Software = LinuxPackages.Collect(files, runCommands),
        };
    }

    public static string Architecture() => RuntimeInformation.OSArchitecture switch
    {
        System.Runtime.InteropServices.Architecture.X64 => "x64",
        System.Runtime.InteropServices.Architecture.X86 => "x86",
        System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
        System.Runtime.InteropServices.Architecture.Arm => "arm",
        var other => other.ToString().ToLowerInvariant(),
    };

    private static string? DomainName()
    {
        var domain = IPGlobalProperties.GetIPGlobalProperties().DomainName;
        return string.IsNullOrWhiteSpace(domain) || domain == "(none)" ? null : domain;
    }
}
