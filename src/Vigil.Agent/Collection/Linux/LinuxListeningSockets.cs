using System.Globalization;
using System.Net;
using Vigil.Contracts.Agent;

namespace Vigil.Agent.Collection.Linux;

/// <summary>
/// Listening sockets from /proc/net/{tcp,tcp6,udp,udp6}: TCP in state 0A (LISTEN), UDP bound with no peer (state 07).
/// The owning program is found through /proc/*/fd links to "socket:[inode]" (readable by root only).
/// </summary>
internal static class LinuxListeningSockets
{
    public static List<AgentListeningPortDto> Collect(LinuxFiles files)
    {
        var owners = SocketOwners(files);
        var result = new List<AgentListeningPortDto>();
        foreach (var (file, protocol) in new[] { ("tcp", "tcp"), ("tcp6", "tcp"), ("udp", "udp"), ("udp6", "udp") })
        {
            foreach (var (address, port, inode) in Parse(files.ReadText("/proc/net/" + file) ?? "", protocol == "tcp" ? "0A" : "07"))
            {
                result.Add(new AgentListeningPortDto(protocol, address, port, owners.GetValueOrDefault(inode)));
            }
        }

        return result.DistinctBy(p => (p.Protocol, p.Address, p.Port)).OrderBy(p => p.Protocol, StringComparer.Ordinal).ThenBy(p => p.Port).ToList();
    }

    /// <summary>Rows of one /proc/net table in the wanted state: (address, port, socket inode).</summary>
    public static List<(string Address, int Port, string Inode)> Parse(string table, string state)
    {
        var rows = new List<(string, int, string)>();
        foreach (var line in table.Split('\n').Skip(1))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 10 || f[3] != state)
            {
                continue;
            }

            var local = f[1].Split(':');
            var remote = f[2].Split(':');
            // A UDP socket "connected" to a peer is a client, not a service.
            if (local.Length != 2 || remote.Length != 2 || (state == "07" && remote[1] != "0000"))
            {
                continue;
            }

            if (DecodeAddress(local[0]) is { } address && int.TryParse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var port))
            {
                rows.Add((address, port, f[9]));
            }
        }

        return rows;
    }

    /// <summary>The kernel prints addresses as host-order 32-bit words in hex; on little-endian machines that reverses each word.</summary>
    public static string? DecodeAddress(string hex)
    {
        if (hex.Length is not (8 or 32) || !hex.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        var bytes = Convert.FromHexString(hex);
        if (BitConverter.IsLittleEndian)
        {
            for (var i = 0; i < bytes.Length; i += 4)
            {
                Array.Reverse(bytes, i, 4);
            }
        }

        return new IPAddress(bytes).ToString();
    }

    private static Dictionary<string, string> SocketOwners(LinuxFiles files)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pid in files.Entries("/proc").Where(e => e.All(char.IsAsciiDigit)))
        {
            string[] links;
            try
            {
                links = Directory.GetFiles(files.PathOf($"/proc/{pid}/fd"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            string? name = null;
            foreach (var link in links)
            {
                string? target;
                try
                {
                    target = new FileInfo(link).LinkTarget;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue;
                }

                if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
                {
                    name ??= files.ReadLine($"/proc/{pid}/comm") ?? pid;
                    owners.TryAdd(target[8..^1], name);
                }
            }
        }

        return owners;
    }
}
