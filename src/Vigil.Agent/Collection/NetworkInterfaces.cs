using System.Net.NetworkInformation;
using System.Net.Sockets;
using Vigil.Contracts.Agent;

namespace Vigil.Agent.Collection;

/// <summary>Interfaces with a hardware address, from the operating system's own view (System.Net).</summary>
internal static class NetworkInterfaces
{
    public static List<AgentNetworkInterfaceDto> Collect()
    {
        var result = new List<AgentNetworkInterfaceDto>();
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (nic.NetworkInterfaceType is NetworkInterfaceType.Loopback or NetworkInterfaceType.Tunnel)
            {
                continue;
            }

            var bytes = nic.GetPhysicalAddress().GetAddressBytes();
            var mac = bytes.Length == 6 ? string.Join(':', bytes.Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture))) : null;
            var addresses = nic.GetIPProperties().UnicastAddresses
                .Where(a => a.Address.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6)
                .Select(a => a.Address.ToString())
                .ToList();
            result.Add(new AgentNetworkInterfaceDto(nic.Name, mac, addresses));
        }

        return result;
    }
}
