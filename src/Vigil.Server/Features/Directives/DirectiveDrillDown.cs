using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Directives;
using Vigil.Storage;

namespace Vigil.Server.Features.Directives;

/// <summary>
/// The computers or devices behind a figure, read through the normal scope filter: a caller sees the rows they may
/// read, and the counts (measured past the filter) may be higher than what the list shows them.
/// </summary>
internal static class DirectiveDrillDown
{
    public const int MaxItems = 5000;

    public static async Task<List<FigureItemDto>> ItemsAsync(VigilDbContext db, FigureDefinition figure, Guid[] ids, CancellationToken ct)
    {
        if (figure.Kind == FigureKind.BulletinAffected)
        {
            // A bulletin hits computers and devices alike: both lists, computers first.
            var asComputers = figure with { Kind = FigureKind.ComputersOnOs };
            var asDevices = figure with { Kind = FigureKind.NetworkDevices };
            return [.. await ItemsAsync(db, asComputers, ids, ct), .. await ItemsAsync(db, asDevices, ids, ct)];
        }

        if (FigureKinds.CountsComputers(figure.Kind))
        {
            var computers = await db.Computers.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.Hostname).Take(MaxItems)
                .Select(c => new { c.Id, c.Hostname, c.OsRelease, c.Owner, c.UnitId, c.RetiredAt }).ToListAsync(ct);
            return computers.ConvertAll(c => new FigureItemDto(c.Id, "computer", c.Hostname,
                string.Join(" · ", new[] { c.OsRelease, c.Owner, c.RetiredAt is null ? null : "retired" }.Where(s => !string.IsNullOrEmpty(s))), c.UnitId));
        }

        if (FigureKinds.CountsDevices(figure.Kind))
        {
            var devices = await db.NetworkDevices.AsNoTracking().Where(d => ids.Contains(d.Id)).OrderBy(d => d.Hostname).Take(MaxItems)
                .Select(d => new { d.Id, d.Hostname, d.Vendor, d.Model, d.SoftwareVersion, d.UnitId }).ToListAsync(ct);
            return devices.ConvertAll(d => new FigureItemDto(d.Id, "device", d.Hostname,
                string.Join(" · ", new[] { d.Vendor, d.Model, d.SoftwareVersion }.Where(s => !string.IsNullOrEmpty(s))), d.UnitId));
        }

        return [];
    }
}
