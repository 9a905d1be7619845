using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Server.Features.Inventory;

namespace Vigil.Server.Features.Export;

/// <summary>The inventory list as .xlsx: the same filters and scope as the list, every page, in the list's order.</summary>
public sealed class InventoryExport(InventoryQuery query, IStringLocalizer<SharedResource> text)
{
    public async Task<Result<ExportFile>> ExportAsync(InventoryFilter filter, CancellationToken ct)
    {
        var selected = await query.SelectAsync(filter, ct);
        if (!selected.IsSuccess)
        {
            return selected.Error!;
        }

        var s = selected.Value!;
        var count = await s.Filtered.CountAsync(ct);
        if (ExportPaging.CheckCount(count) is { } tooMany)
        {
            return tooMany;
        }

        var rows = ExportPaging.Batches(async (skip, take, token) => (await s.Sorted.Skip(skip).Take(take).ToListAsync(token)).ConvertAll(s.Summary), ct);
        return await XlsxWriter.WriteFileAsync(text["Export.InventorySheet"], ExportPaging.FileName("kiem-ke-may-tinh", s.Today), Columns(s), rows, ct);
    }

    private List<XlsxColumn<ComputerSummaryDto>> Columns(InventorySelection s)
    {
        string YesNo(bool b) => b ? text["Common.Yes"] : text["Common.No"];
        return
        [
            new(text["Export.Hostname"], 22, c => XlsxValue.Of(c.Hostname)),
            new(text["Export.UnitCode"], 18, c => XlsxValue.Of(c.UnitCode)),
            new(text["Export.Unit"], 30, c => XlsxValue.Of(c.UnitName)),
            new(text["Export.OsRelease"], 18, c => XlsxValue.Of(c.OsRelease)),
            new(text["Export.OsName"], 34, c => XlsxValue.Of(c.OsName)),
            new(text["Export.Unsupported"], 12, c => XlsxValue.Of(YesNo(c.IsUnsupported))),
            new(text["Export.Cpu"], 34, c => XlsxValue.Of(c.CpuModel)),
            new(text["Export.RamGb"], 10, c => XlsxValue.Of(c.RamMb is { } mb ? Math.Round(mb / 1024.0, 2) : null)),
            new(text["Export.LargestSsdGb"], 12, c => XlsxValue.Of(c.LargestSsdGb)),
            new(text["Export.Disks"], 24, c => XlsxValue.Of(c.DiskSummary)),
            new(text["Export.Owner"], 24, c => XlsxValue.Of(c.Owner)),
            new(text["Export.Personal"], 12, c => XlsxValue.Of(YesNo(c.IsPersonal))),
            new(text["Export.Sources"], 18, c => XlsxValue.Of(string.Join(", ", c.Sources))),
            new(text["Export.LastSeen"], 18, c => XlsxValue.At(c.ObservedAt, ExportPaging.Zone(s.Units.GetValueOrDefault(c.UnitId)?.TimeZone))),
            new(text["Export.Stale"], 12, c => XlsxValue.Of(YesNo(c.IsStale))),
            new(text["Export.OpenConflicts"], 12, c => XlsxValue.Of(c.OpenConflicts)),
        ];
    }
}
