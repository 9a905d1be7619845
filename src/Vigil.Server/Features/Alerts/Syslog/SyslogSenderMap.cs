using System.Net;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;

namespace Vigil.Server.Features.Alerts.Syslog;

/// <summary>Sender address → unit, from <see cref="SyslogOptions.Senders"/>; the longest matching prefix wins.</summary>
internal sealed class SyslogSenderMap
{
    private readonly List<(IPNetwork Network, Guid UnitId)> _rules;

    private SyslogSenderMap(List<(IPNetwork, Guid)> rules) => _rules = rules;

    /// <summary>Resolves each rule's unit (id or code) in the system scope; rules naming no unit or a bad address are reported and left out.</summary>
    public static async Task<(SyslogSenderMap Map, List<string> Problems)> LoadAsync(VigilDbContext db, IEnumerable<SyslogSenderOptions> senders, CancellationToken ct)
    {
        var rules = new List<(IPNetwork, Guid)>();
        var problems = new List<string>();
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code }).ToListAsync(ct);
        foreach (var sender in senders)
        {
            var unit = units.FirstOrDefault(u => u.Id.ToString() == sender.Unit.Trim() || string.Equals(u.Code, sender.Unit.Trim(), StringComparison.OrdinalIgnoreCase));
            var source = sender.Source.Trim();
            if (!source.Contains('/', StringComparison.Ordinal) && IPAddress.TryParse(source, out var single))
            {
                source = $"{single}/{(single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128)}";
            }

            if (!IPNetwork.TryParse(source, out var network))
            {
                problems.Add($"sender '{sender.Source}' is not an address or a network");
            }
            else if (unit is null)
            {
                problems.Add($"sender '{sender.Source}' names unit '{sender.Unit}', which does not exist");
            }
            else
            {
                rules.Add((network, unit.Id));
            }
        }

        return (new SyslogSenderMap([.. rules.OrderByDescending(r => r.Item1.PrefixLength)]), problems);
    }

    public Guid? UnitOf(IPAddress sender)
    {
        var address = sender.IsIPv4MappedToIPv6 ? sender.MapToIPv4() : sender;
        foreach (var (network, unitId) in _rules)
        {
            if (network.Contains(address))
            {
                return unitId;
            }
        }

        return null;
    }
}
