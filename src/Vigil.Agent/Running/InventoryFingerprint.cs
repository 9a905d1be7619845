using System.Security.Cryptography;
using System.Text.Json;
using Vigil.Contracts;
using Vigil.Contracts.Agent;

namespace Vigil.Agent.Running;

/// <summary>
/// A cheap way to tell "something changed" between full reports: SHA-256 of the inventory without its collection
/// time and without UDP sockets in the ephemeral range (resolvers and time clients open and close those all day).
/// </summary>
internal static class InventoryFingerprint
{
    public const int EphemeralPortStart = 32768;

    public static string Of(AgentInventoryDto inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var stable = inventory with
        {
            CollectedAt = default,
            ListeningPorts = inventory.ListeningPorts?.Where(p => p.Protocol != "udp" || p.Port < EphemeralPortStart).ToList(),
        };
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(stable, VigilJsonContext.Default.AgentInventoryDto)));
    }
}
