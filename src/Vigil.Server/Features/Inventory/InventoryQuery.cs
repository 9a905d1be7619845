using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts.V1;
using Vigil.Domain.Assets;
using Vigil.Domain.Common;
using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// Lists the computers in the caller's scope with the filters a review needs (unit or subtree, OS, unsupported OS,
/// personal computers, stale data, source, open conflicts, free text), sorted and paged, with the counts the filter
/// bar shows. Scope comes from the storage's query filter alone.
/// </summary>
public sealed class InventoryQuery(VigilDbContext db, TimeProvider clock, IOptions<InventoryOptions> options, ComplianceCatalogs catalogs)
{
    public const int PageSize = 50;

    private static readonly string[] s_sortKeys = ["hostname", "unit", "os", "ram", "lastSeen", "conflicts"];

    public async Task<Result<ComputerListDto>> ListAsync(InventoryFilter filter, CancellationToken ct)
    {
        var selected = await SelectAsync(filter, ct);
        if (!selected.IsSuccess)
        {
            return selected.Error!;
        }

        var s = selected.Value!;
        var counts = await CountAsync(s.Scoped, s.StaleBefore, s.Unsupported, ct);
        var total = await s.Filtered.CountAsync(ct);
        var rows = await s.Sorted.Skip((filter.Page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new ComputerListDto(rows.ConvertAll(s.Summary), total, filter.Page, PageSize, counts, s.Now, options.Value.StaleAfterDays);
    }

    /// <summary>The computers a filter chooses, in the list's order: for a page of the list or the whole list's export.</summary>
    internal async Task<Result<InventorySelection>> SelectAsync(InventoryFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (Validate(filter) is { } invalid)
        {
            return invalid;
        }

        var units = await InventoryUnits.LoadAsync(db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var staleBefore = now.AddDays(-options.Value.StaleAfterDays);
        var today = InventoryUnits.Today(now);
        // Release lines, so the filter runs in SQL on the OsRelease column (see OsLifecycleCatalog.UnsupportedReleasesAsOf).
        var unsupported = catalogs.Lifecycle.UnsupportedReleasesAsOf(today).ToArray();

        // A retired computer (replaced) keeps its record and history but is no longer one of the unit's machines: it
        // leaves the list and its counts unless asked for, so "PCs still on Windows 7" does not count the old one.
        IQueryable<Computer> scoped = filter.Retired
            ? db.Computers.AsNoTracking().Where(c => c.RetiredAt != null)
            : db.Computers.AsNoTracking().Where(c => c.RetiredAt == null);
        if (filter.UnitId is { } unitId)
        {
            if (!units.TryGetValue(unitId, out var unit))
            {
                return Error.NotFound("unit.not_found", $"Unit {unitId} does not exist or is outside your scope.");
            }

            var ids = filter.IncludeSubtree
                ? units.Values.Where(u => u.Path.StartsWith(unit.Path, StringComparison.Ordinal)).Select(u => u.Id).ToList()
                : [unitId];
            scoped = scoped.Where(c => ids.Contains(c.UnitId));
        }

        var filtered = Apply(scoped, filter, staleBefore, unsupported);
        return new InventorySelection(scoped, filtered, Sort(filtered, filter.Sort), units, now, staleBefore, today, unsupported, catalogs.Lifecycle);
    }

    private static Error? Validate(InventoryFilter filter)
    {
        if (filter.Page < 1)
        {
            return Error.Validation("inventory.filter_invalid", "page must be 1 or more.", "page");
        }

        if (filter.OsFamily is { Length: > 0 } family && ParseEnum<OsFamily>(family) is null)
        {
            return Error.Validation("inventory.filter_invalid", $"Unknown OS family '{family}' (Windows, Linux, MacOs, Other, Unknown).", "osFamily");
        }

        if (filter.Source is { Length: > 0 } source && ParseEnum<InventorySource>(source) is null)
        {
            return Error.Validation("inventory.filter_invalid", $"Unknown source '{source}' (agent, ocs, import, scan, manual).", "source");
        }

        var sort = filter.Sort?.TrimStart('-');
        if (!string.IsNullOrEmpty(sort) && !s_sortKeys.Contains(sort, StringComparer.OrdinalIgnoreCase))
        {
            return Error.Validation("inventory.filter_invalid", $"Unknown sort '{filter.Sort}' ({string.Join(", ", s_sortKeys)}; '-' for descending).", "sort");
        }

        return null;
    }

    internal static T? ParseEnum<T>(string text)
        where T : struct, Enum =>
        !text.Any(char.IsAsciiDigit) && Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) ? value : null;

    private IQueryable<Computer> Apply(IQueryable<Computer> q, InventoryFilter filter, DateTime staleBefore, string[] unsupported)
    {
        if (filter.OsFamily is { Length: > 0 } familyText && ParseEnum<OsFamily>(familyText) is { } family)
        {
            q = q.Where(c => c.OsFamily == family);
        }

        if (!string.IsNullOrWhiteSpace(filter.OsRelease))
        {
            var release = filter.OsRelease.Trim();
            q = q.Where(c => c.OsRelease == release);
        }

        if (filter.Unsupported)
        {
            q = q.Where(c => c.OsRelease != null && unsupported.Contains(c.OsRelease));
        }

        if (filter.Personal)
        {
            q = q.Where(c => c.IsPersonal);
        }

        if (filter.Stale)
        {
            q = q.Where(c => c.ObservedAt < staleBefore);
        }

        if (filter.Source is { Length: > 0 } sourceText && ParseEnum<InventorySource>(sourceText) is { } source)
        {
            // The column lists a computer's sources comma separated ("agent,import").
            var label = "," + InventoryIngestService.Label(source) + ",";
            q = q.Where(c => ("," + c.Source + ",").Contains(label));
        }

        if (filter.Conflicts)
        {
            q = q.Where(c => c.OpenConflicts > 0);
        }

        return string.IsNullOrWhiteSpace(filter.Search) ? q : Search(q, filter.Search.Trim());
    }

#pragma warning disable CA1304, CA1311, CA1862 // ToUpper() here is SQL upper(), run by the database, not .NET culture code.
    private IQueryable<Computer> Search(IQueryable<Computer> q, string term)
    {
        var upper = term.ToUpperInvariant();
        var mac = term.ToLowerInvariant().Replace('-', ':');
        var looksLikeAddress = term.Length >= 2 && term.All(ch => char.IsAsciiHexDigit(ch) || ch is '.' or ':' or '-') && term.Any(ch => ch is '.' or ':' or '-');
        if (!looksLikeAddress)
        {
            return q.Where(c => c.Hostname.ToUpper().Contains(upper)
                || (c.Owner != null && (c.Owner.Contains(term) || c.Owner.ToUpper().Contains(upper)))
                || (c.SerialNumber != null && c.SerialNumber.ToUpper().Contains(upper)));
        }

        // IP addresses live only in the sources' snapshots, as strings of the ipAddresses arrays: match their start.
        var firstIp = "[\"" + term;
        var laterIp = "\",\"" + term;
        return q.Where(c => c.Hostname.ToUpper().Contains(upper)
            || (c.Owner != null && c.Owner.ToUpper().Contains(upper))
            || (c.SerialNumber != null && c.SerialNumber.ToUpper().Contains(upper))
            || (c.MacAddresses != null && c.MacAddresses.Contains(mac))
            || db.ComputerSources.Any(s => s.ComputerId == c.Id && (s.SnapshotJson.Contains(firstIp) || s.SnapshotJson.Contains(laterIp))));
    }
#pragma warning restore CA1304, CA1311, CA1862

    private IQueryable<Computer> Sort(IQueryable<Computer> q, string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        IOrderedQueryable<Computer> ordered = (sort?.TrimStart('-').ToUpperInvariant()) switch
        {
            "UNIT" => By(q, c => db.Units.Where(u => u.Id == c.UnitId).Select(u => u.Code).FirstOrDefault(), descending),
            "OS" => By(q, c => c.OsRelease, descending),
            "RAM" => By(q, c => c.RamMb, descending),
            "LASTSEEN" => By(q, c => c.ObservedAt, descending),
            "CONFLICTS" => By(q, c => c.OpenConflicts, descending),
            _ => By(q, c => c.Hostname, descending),
        };
        return ordered.ThenBy(c => c.Hostname).ThenBy(c => c.Id);
    }

    private static IOrderedQueryable<Computer> By<TKey>(IQueryable<Computer> q, System.Linq.Expressions.Expression<Func<Computer, TKey>> key, bool descending) =>
        descending ? q.OrderByDescending(key) : q.OrderBy(key);

    private static async Task<ComputerCountsDto> CountAsync(IQueryable<Computer> scoped, DateTime staleBefore, string[] unsupported, CancellationToken ct)
    {
        var byRelease = await scoped.GroupBy(c => c.OsRelease).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byFamily = await scoped.GroupBy(c => c.OsFamily).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var bySourceSet = await scoped.GroupBy(c => c.Source).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var personal = await scoped.CountAsync(c => c.IsPersonal, ct);
        var stale = await scoped.CountAsync(c => c.ObservedAt < staleBefore, ct);
        var withConflicts = await scoped.CountAsync(c => c.OpenConflicts > 0, ct);

        var bySource = bySourceSet
            .SelectMany(s => InventoryMapping.SourcesOf(s.Key).Select(label => (label, s.Count)))
            .GroupBy(s => s.label, StringComparer.Ordinal)
            .Select(g => new CountDto(g.Key, g.Sum(x => x.Count)))
            .OrderBy(c => ParseEnum<InventorySource>(c.Key) ?? InventorySource.Manual).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        return new ComputerCountsDto(
            byRelease.Sum(r => r.Count),
            byRelease.Where(r => r.Key is not null && unsupported.Contains(r.Key)).Sum(r => r.Count),
            personal,
            stale,
            withConflicts,
            bySource,
            [.. byFamily.OrderByDescending(f => f.Count).Select(f => new CountDto(f.Key.ToString(), f.Count))],
            [.. byRelease.Where(r => r.Key is not null).OrderBy(r => r.Key, StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.NumericOrdering)).Select(r => new CountDto(r.Key!, r.Count))]);
    }
}
