using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Access;
using Vigil.Domain.Common;
using Vigil.Domain.Isolation;
using Vigil.Server.Features.Indicators;
using Vigil.Storage;

namespace Vigil.Server.Features.Isolation;

/// <summary>
/// Containment kits for one computer, and the quarantine feed: every computer in network quarantine in the feed
/// token's unit subtree, as one kit, with an ETag so firewalls only download changes. The switch port in front of a
/// computer is not known anywhere in Vigil's inventory (no MAC-to-port table is collected), so it is given by the
/// person asking (?interface=), validated like every other value.
/// </summary>
public sealed class ContainmentService(VigilDbContext db, TimeProvider clock, ILogger<ContainmentService> logger)
{
    public async Task<Result<ContainmentKit>> KitAsync(Guid computerId, string kind, string? switchInterface, CancellationToken ct)
    {
        var computer = await db.Computers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == computerId, ct);
        if (computer is null)
        {
            return Error.NotFound("computer.not_found", "The computer does not exist or is outside your scope.");
        }

        if (!ContainmentKits.IsKnown(kind))
        {
            return Error.Validation("containment.kit_unknown", $"Unknown kit; known: {string.Join(", ", ContainmentKits.All)}.", "kit");
        }

        var target = ContainmentTarget.Create(computer.Hostname, await AddressesAsync([computer.Id], ct) is var a && a.TryGetValue(computer.Id, out var ips) ? ips : [],
            Macs(computer.MacAddresses), switchInterface);
        return target.IsSuccess ? ContainmentKits.Write(kind, [target.Value!])! : target.Error!;
    }

    /// <summary>The quarantine list for a feed token, or the status to answer (404 for a bad token, never saying why; 304).</summary>
    public async Task<FeedResponse> ServeAsync(string secret, string kind, string? ifNoneMatch, string? address, CancellationToken ct)
    {
        var token = await FeedService.ResolveTokenAsync(db, clock, secret, ct);
        if (token is null)
        {
            Log.QuarantineFeedRefused(logger, address);
            return FeedResponse.Status(StatusCodes.Status404NotFound);
        }

        List<Guid> subtree;
        using (db.Access.ElevateToSystem())
        {
            var path = await db.Units.Where(u => u.Id == token.UnitId).Select(u => u.Path).FirstAsync(ct);
            subtree = await db.Units.Where(u => u.Path.StartsWith(path)).Select(u => u.Id).ToListAsync(ct);
        }

        if (!ContainmentKits.IsKnown(kind))
        {
            return FeedResponse.Failed(Error.Validation("containment.kit_unknown", $"Unknown format; known: {string.Join(", ", ContainmentKits.All)}.", "format"));
        }

        // The feed reads the token unit's subtree, nothing more, and changes nothing.
        db.Access.Scope = AccessScope.ForUser(token.Id, Role.Viewer, subtree, id => id == token.UnitId ? subtree : [id]);
        var quarantined = await db.HostIsolations.AsNoTracking()
            .Where(i => i.Mode == IsolationMode.NetworkQuarantine && i.Status == IsolationStatus.Applied)
            .Join(db.Computers, i => i.ComputerId, c => c.Id, (i, c) => new { c.Id, c.Hostname, c.MacAddresses })
            .Distinct().ToListAsync(ct);
        var addresses = await AddressesAsync([.. quarantined.Select(q => q.Id)], ct);
        var targets = quarantined.OrderBy(q => q.Hostname, StringComparer.Ordinal).ThenBy(q => q.Id)
            .Select(q => ContainmentTarget.Create(q.Hostname, addresses.GetValueOrDefault(q.Id) ?? [], Macs(q.MacAddresses), null))
            .Where(t => t.IsSuccess).Select(t => t.Value!).ToList();
        var kit = ContainmentKits.Write(kind, targets)!;
        var (etag, notModified) = FeedService.ETagOf(kit.Text, ifNoneMatch);
        Log.QuarantineFeedServed(logger, token.Id, kind, notModified ? 304 : 200);
        var file = new Domain.Indicators.Export.ExportFile(kit.FileName, kit.ContentType, kit.Text) { Entries = targets.Count };
        return new FeedResponse(notModified ? StatusCodes.Status304NotModified : StatusCodes.Status200OK, notModified ? null : file, etag, null, null);
    }

    private static List<string> Macs(string? stored) => [.. (stored ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Each computer's IP addresses from its newest inventory that lists network interfaces.</summary>
    private async Task<Dictionary<Guid, List<string>>> AddressesAsync(IReadOnlyCollection<Guid> computerIds, CancellationToken ct)
    {
        var rows = await db.ComputerSources.AsNoTracking().Where(s => computerIds.Contains(s.ComputerId))
            .OrderByDescending(s => s.ObservedAt).Select(s => new { s.ComputerId, s.SnapshotJson }).ToListAsync(ct);
        var result = new Dictionary<Guid, List<string>>();
        foreach (var row in rows)
        {
            if (result.ContainsKey(row.ComputerId))
            {
                continue;
            }

            var interfaces = SnapshotJson.Deserialize(row.SnapshotJson).NetworkInterfaces;
            if (interfaces is { Count: > 0 })
            {
                result[row.ComputerId] = [.. interfaces.SelectMany(n => n.IpAddresses).Select(ip => ip.Split('/')[0]).Where(ip => System.Net.IPAddress.TryParse(ip, out var parsed) && !parsed.IsIPv6LinkLocal)];
            }
        }

        return result;
    }
}
