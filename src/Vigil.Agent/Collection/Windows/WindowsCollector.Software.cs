using Vigil.Contracts.Agent;

namespace Vigil.Agent.Collection.Windows;

internal sealed partial class WindowsCollector
{
    private static readonly string[] s_uninstallKeys =
    [
        @"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall",
        @"SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall",
    ];

    /// <summary>
    /// "Programs and Features": both registry views; hidden system components and updates of other products
    /// (ParentKeyName) are left out, as the Control Panel does.
    /// </summary>
    private List<AgentSoftwareDto>? Software()
    {
        var keys = s_uninstallKeys.Select(source.RegistrySubkeys).ToList();
        if (keys.All(k => k is null))
        {
            return null;
        }

        return keys.SelectMany(k => k ?? [])
            .Where(k => k["DisplayName"] is not null && k.Int("SystemComponent") != 1 && k["ParentKeyName"] is null)
            .Select(k => new AgentSoftwareDto(k["DisplayName"]!, k["DisplayVersion"], k["Publisher"]))
            .DistinctBy(s => (s.Name, s.Version))
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>MSFT_NetTCPConnection State 2 is Listen; UDP endpoints are all bound sockets.</summary>
    private List<AgentListeningPortDto>? ListeningPorts()
    {
        var tcp = source.Query(@"root\StandardCimv2", "MSFT_NetTCPConnection");
        var udp = source.Query(@"root\StandardCimv2", "MSFT_NetUDPEndpoint");
        if (tcp is null && udp is null)
        {
            return null;
        }

        var ports = (tcp ?? []).Where(c => c.Int("State") == 2).Select(c => ("tcp", c))
            .Concat((udp ?? []).Select(u => ("udp", u)))
            .Where(p => p.Item2.Int("LocalPort") is > 0 and <= 65535)
            .Select(p => new AgentListeningPortDto(p.Item1, p.Item2["LocalAddress"], p.Item2.Int("LocalPort")!.Value, null));
        return ports.DistinctBy(p => (p.Protocol, p.Address, p.Port)).OrderBy(p => p.Protocol, StringComparer.Ordinal).ThenBy(p => p.Port).ToList();
    }
}
