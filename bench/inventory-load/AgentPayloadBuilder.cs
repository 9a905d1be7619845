using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Vigil.Contracts;
using Vigil.Contracts.Agent;

namespace Vigil.Bench.InventoryLoad;

/// <summary>
/// <c>inventory-load agent-payload --from OCS.xml --out AGENT.json</c>: the same machine's facts in the Vigil agent's
/// wire format, for as long as no recording of the agent itself exists. Facts the OCS inventory does not carry
/// (TPM, firmware, hotfixes, SMBv1, listening ports) stay null, "not collected".
/// </summary>
internal static class AgentPayloadBuilder
{
    public static int Run(string[] args)
    {
        string? from = null, output = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--from": from = args[i + 1]; break;
                case "--out": output = args[i + 1]; break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        if (from is null || output is null)
        {
            throw new ArgumentException("agent-payload needs --from and --out.");
        }

        var dto = FromOcs(Load(from));
        var options = new JsonSerializerOptions(VigilJsonContext.Default.Options) { WriteIndented = true };
        File.WriteAllText(output, JsonSerializer.Serialize(dto, new VigilJsonContext(options).AgentInventoryDto) + "\n");
        Console.WriteLine($"{output}: {dto.Software?.Count ?? 0} software entries, {dto.NetworkInterfaces?.Count ?? 0} interfaces");
        return 0;
    }

    private static XElement Load(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader).Root?.Element("CONTENT") ?? throw new InvalidDataException($"{path}: no REQUEST/CONTENT.");
    }

    public static AgentInventoryDto FromOcs(XElement content)
    {
        var hardware = content.Element("HARDWARE");
        var bios = content.Element("BIOS");
        var os = content.Element("OPERATINGSYSTEM");
        var cpus = content.Elements("CPUS").ToList();
        return new AgentInventoryDto
        {
            CollectedAt = DateTime.SpecifyKind(
                DateTime.ParseExact(Text(content.Element("ACCESSLOG"), "LOGDATE") ?? "2026-11-22 01:11:52", "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                DateTimeKind.Utc),
            Hostname = Text(hardware, "NAME"),
            Domain = Text(os, "DNS_DOMAIN"),
            SmbiosUuid = Text(hardware, "UUID"),
            SerialNumber = Text(bios, "SSN"),
            Manufacturer = Text(bios, "SMANUFACTURER") ?? Text(bios, "MMANUFACTURER"),
            Model = Text(bios, "SMODEL"),
            IsPersonal = false,
            Os = new AgentOsDto("linux", Text(os, "FULL_NAME"), null, Text(os, "VERSION"), Text(os, "KERNEL_VERSION"), null, Text(os, "ARCH"), null),
            CpuModel = cpus.Select(c => Text(c, "NAME")).FirstOrDefault(n => n is not null),
            CpuCores = cpus.Sum(c => Int(Text(c, "CORE")) ?? 0) is var cores and > 0 ? cores : null,
            RamMb = Int(Text(hardware, "MEMORY")),
            Disks = content.Elements("STORAGES").Where(s => Text(s, "TYPE") == "disk")
                .Select(s => new AgentDiskDto(Text(s, "MODEL") ?? Text(s, "NAME"), "unknown", Int(Text(s, "DISKSIZE")) / 1000)).ToList(),
            NetworkInterfaces = content.Elements("NETWORKS")
                .GroupBy(n => Text(n, "DESCRIPTION") ?? "")
                .Select(g => new AgentNetworkInterfaceDto(
                    g.Key,
                    g.Select(n => Text(n, "MACADDR")).FirstOrDefault(m => m is not null)?.ToUpperInvariant(),
                    g.SelectMany(n => new[] { Text(n, "IPADDRESS"), Text(n, "IPADDRESS6") }).OfType<string>().ToList()))
                .ToList(),
            // Linux has no Windows security centre; the agent reports what it finds, here nothing.
            SecurityProducts = [],
            Software = content.Elements("SOFTWARES")
                .Select(s => new AgentSoftwareDto(Text(s, "NAME") ?? "", Text(s, "VERSION"), Text(s, "PUBLISHER")))
                .Where(s => s.Name.Length > 0)
                .ToList(),
        };
    }

    private static string? Text(XElement? parent, string name) =>
        parent?.Element(name)?.Value is { Length: > 0 } value ? value.Trim() : null;

    private static int? Int(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
