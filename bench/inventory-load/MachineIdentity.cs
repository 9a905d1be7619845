using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vigil.Bench.InventoryLoad;

/// <summary>
/// The identifiers a server matches machines by, made up per simulated machine: hostname, BIOS serial, SMBIOS UUID
/// and MAC addresses all differ between machines (so no identity merge joins two of them) and are stable for one.
/// </summary>
internal sealed record MachineIdentity(string Hostname, string Serial, string Uuid, string DeviceId, byte[] Seed)
{
    public static MachineIdentity Of(string runId, int index)
    {
        var hostname = string.Create(CultureInfo.InvariantCulture, $"bench-{runId}-{index:D6}");
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes(hostname));
        var uuid = new Guid(seed.AsSpan(0, 16)).ToString("D").ToUpperInvariant();
        var serial = string.Create(CultureInfo.InvariantCulture, $"VB{runId.ToUpperInvariant()}{index:D7}");
        // fusioninventory-agent names a device "<hostname>-<date of first run>".
        return new MachineIdentity(hostname, serial, uuid, hostname + "-2026-11-22-01-01-54", seed);
    }

    /// <summary>A locally administered unicast MAC for the machine's n-th distinct interface address.</summary>
    public string Mac(int ordinal)
    {
        var b = new byte[6];
        // Bit 1 set: locally administered; bit 0 clear: unicast; the ordinal above them, 40 bits of the machine's hash after.
        b[0] = (byte)(0x02 | ((ordinal & 0x3F) << 2));
        Seed.AsSpan(16, 5).CopyTo(b.AsSpan(1));
        return string.Join(':', b.Select(x => x.ToString("x2", CultureInfo.InvariantCulture)));
    }
}
