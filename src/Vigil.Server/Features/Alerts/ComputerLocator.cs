using Vigil.Domain.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Alerts;

/// <summary>
/// Recognises a unit's computers in log lines by address or hostname at the line's time, from the address history
/// inventory keeps (<see cref="ComputerAddress"/>): the computer whose interval for the value contains the time. Two
/// computers at that time are ambiguous and link to neither. A time before anything was recorded for the value goes to
/// its first known holder (the history starts with the first report, logs may be older). A retired computer's
/// intervals end at its retirement. A computer without any history (no source ever reported it) is known by its
/// current name at all times. The unit's history is read once per hunt, whatever the number of hits.
/// </summary>
internal sealed class ComputerLocator
{
    private readonly Dictionary<string, List<Interval>> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, string> _names = [];

    public static async Task<ComputerLocator> LoadAsync(VigilDbContext db, Guid unitId, CancellationToken ct)
    {
        var history = await db.AddressHistoryOfUnitAsync(unitId, ct);
        var locator = new ComputerLocator();
        var retired = new Dictionary<Guid, DateTime?>();
        foreach (var computer in history.Computers)
        {
            locator._names[computer.Id] = computer.Hostname;
            retired[computer.Id] = computer.RetiredAt;
        }

        var withHistory = new HashSet<Guid>();
        foreach (var row in history.Rows.Where(r => retired.ContainsKey(r.ComputerId)))
        {
            withHistory.Add(row.ComputerId);
            var end = Earlier(row.Until, retired[row.ComputerId]);
            if (end <= row.FirstSeen)
            {
                continue;
            }

            locator.Add(row.Value, new Interval(row.ComputerId, row.FirstSeen, end));
            if (row.Kind == ComputerAddressKind.Hostname && ComputerAddressSet.ShortName(row.Value) is var shortName && shortName.Length < row.Value.Length)
            {
                locator.Add(shortName, new Interval(row.ComputerId, row.FirstSeen, end));
            }
        }

        foreach (var computer in history.Computers.Where(c => !withHistory.Contains(c.Id) && !string.IsNullOrWhiteSpace(c.Hostname)))
        {
            var end = computer.RetiredAt ?? DateTime.MaxValue;
            var host = computer.Hostname.Trim().TrimEnd('.');
            locator.Add(host, new Interval(computer.Id, DateTime.MinValue, end));
            locator.Add(ComputerAddressSet.ShortName(host), new Interval(computer.Id, DateTime.MinValue, end));
        }

        return locator;
    }

    /// <summary>The computer a line's address or hostname named at <paramref name="atUtc"/>, if exactly one computer of the unit had it.</summary>
    public (Guid Id, string Name)? Find(string? addressOrHost, DateTime atUtc)
    {
        if (string.IsNullOrWhiteSpace(addressOrHost))
        {
            return null;
        }

        if (ComputerAddressSet.NormaliseAddress(addressOrHost) is { } address)
        {
            return At(address, atUtc);
        }

        var host = addressOrHost.Trim().TrimEnd('.');
        return _byKey.ContainsKey(host) ? At(host, atUtc) : At(ComputerAddressSet.ShortName(host), atUtc);
    }

    private (Guid Id, string Name)? At(string key, DateTime atUtc)
    {
        if (!_byKey.TryGetValue(key, out var intervals))
        {
            return null;
        }

        var holders = intervals.Where(i => i.From <= atUtc && atUtc < i.To).Select(i => i.ComputerId).Distinct().ToList();
        if (holders.Count == 0 && intervals.Min(i => i.From) is var first && atUtc < first)
        {
            holders = intervals.Where(i => i.From == first).Select(i => i.ComputerId).Distinct().ToList();
        }

        return holders.Count == 1 ? (holders[0], _names[holders[0]]) : null;
    }

    private void Add(string key, Interval interval)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return;
        }

        if (!_byKey.TryGetValue(key, out var intervals))
        {
            _byKey[key] = intervals = [];
        }

        intervals.Add(interval);
    }

    private static DateTime Earlier(DateTime? until, DateTime? retiredAt) =>
        (until ?? DateTime.MaxValue) < (retiredAt ?? DateTime.MaxValue) ? until ?? DateTime.MaxValue : retiredAt ?? DateTime.MaxValue;

    private readonly record struct Interval(Guid ComputerId, DateTime From, DateTime To);
}
