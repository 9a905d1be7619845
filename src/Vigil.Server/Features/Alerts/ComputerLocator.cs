using System.Net;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Server.Features.Alerts;

/// <summary>
/// Recognises a unit's computers in log lines by address or hostname. Inventory keeps only each source's latest
/// report, so the addresses are those last reported, not those held at the time of the line (a documented limit).
/// Retired computers are left out; an address reported by two computers is ambiguous and links to neither.
/// </summary>
internal sealed class ComputerLocator
{
    private readonly Dictionary<string, (Guid Id, string Name)?> _byKey = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<ComputerLocator> LoadAsync(VigilDbContext db, Guid unitId, CancellationToken ct)
    {
        var locator = new ComputerLocator();
        var computers = await db.Computers.AsNoTracking().Where(c => c.UnitId == unitId && c.RetiredAt == null)
            .Select(c => new { c.Id, c.Hostname }).ToListAsync(ct);
        var names = computers.ToDictionary(c => c.Id, c => c.Hostname);
        foreach (var computer in computers)
        {
            locator.Add(computer.Hostname, computer.Id, computer.Hostname);
            locator.Add(ShortName(computer.Hostname), computer.Id, computer.Hostname);
        }

        var sources = await db.ComputerSources.AsNoTracking().Where(s => s.UnitId == unitId)
            .Select(s => new { s.ComputerId, s.SnapshotJson }).ToListAsync(ct);
        foreach (var source in sources.Where(s => names.ContainsKey(s.ComputerId)))
        {
            var snapshot = SnapshotJson.Deserialize(source.SnapshotJson);
            foreach (var address in snapshot.NetworkInterfaces?.SelectMany(n => n.IpAddresses) ?? [])
            {
                if (Normalise(address) is { } normalised)
                {
                    locator.Add(normalised, source.ComputerId, names[source.ComputerId]);
                }
            }
        }

        return locator;
    }

    /// <summary>The computer a line's address or hostname names, if exactly one computer of the unit has it.</summary>
    public (Guid Id, string Name)? Find(string? addressOrHost)
    {
        if (string.IsNullOrWhiteSpace(addressOrHost))
        {
            return null;
        }

        if (Normalise(addressOrHost) is { } address)
        {
            return _byKey.GetValueOrDefault(address);
        }

        var host = addressOrHost.Trim().TrimEnd('.');
        return _byKey.TryGetValue(host, out var found) ? found : _byKey.GetValueOrDefault(ShortName(host));
    }

    private void Add(string key, Guid id, string name)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return;
        }

        // The same key for two computers is ambiguous: remember that, and link neither.
        _byKey[key] = _byKey.TryGetValue(key, out var existing) && existing?.Id != id ? null : (id, name);
    }

    private static string ShortName(string host) => host.Split('.')[0];

    private static string? Normalise(string address)
    {
        var text = address.Trim();
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            text = text[..slash];
        }

        return IPAddress.TryParse(text, out var ip) ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString() : null;
    }
}
