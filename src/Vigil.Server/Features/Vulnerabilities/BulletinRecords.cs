using Vigil.Domain.Vulnerabilities;
using Vigil.Domain.Vulnerabilities.Stored;

namespace Vigil.Server.Features.Vulnerabilities;

internal static class BulletinRecords
{
    public static BulletinRow ToDomain(StoredBulletinRow r) => new()
    {
        CveId = r.CveId,
        Product = r.Product,
        Cpe = r.Cpe,
        Severity = r.Severity,
        Cvss = r.Cvss is { } c ? (decimal)c : null,
        Exploited = r.Exploited,
        FixKbs = r.FixKbs.Length == 0 ? [] : r.FixKbs.Split(','),
        FixedVersion = r.FixedVersion,
        FixText = r.FixText,
    };

    public static StoredBulletinRow ToRow(BulletinRow r, Guid bulletinId, int position) => new()
    {
        Id = Guid.CreateVersion7(),
        BulletinId = bulletinId,
        Position = position,
        CveId = r.CveId,
        Product = r.Product,
        Cpe = r.Cpe,
        Severity = r.Severity,
        Cvss = r.Cvss is { } c ? (double)c : null,
        Exploited = r.Exploited,
        FixText = r.FixText,
        FixKbs = string.Join(',', r.FixKbs),
        FixedVersion = r.FixedVersion,
    };
}
