using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Server.Features.Compliance;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Export;

/// <summary>The computers behind a compliance number as .xlsx: the results list's filters and scope, every page.</summary>
public sealed class ComplianceResultsExport(VigilDbContext db, ComplianceQuery query, CompliancePolicyHolder policies, ComplianceText labels, TimeProvider clock,
    IStringLocalizer<SharedResource> text)
{
    public async Task<Result<ExportFile>> ExportAsync(ComplianceResultFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var units = await InventoryUnits.LoadAsync(db, ct);
        var filtered = query.FilterResults(units, filter);
        if (!filtered.IsSuccess)
        {
            return filtered.Error!;
        }

        var count = await filtered.Value!.CountAsync(ct);
        if (ExportPaging.CheckCount(count) is { } tooMany)
        {
            return tooMany;
        }

        var rows = ExportPaging.Batches((skip, take, token) => query.DescribeResultsAsync(filtered.Value!, units, skip, take, token), ct);
        var today = ComplianceDates.Today(clock);
        return await XlsxWriter.WriteFileAsync(text["Export.ResultsSheet"], ExportPaging.FileName("tuan-thu", today), Columns(units, today), rows, ct);
    }

    private List<XlsxColumn<ComplianceResultRowDto>> Columns(Dictionary<Guid, InventoryUnits.Info> units, DateOnly today)
    {
        var policy = policies.Active;
        string Rule(string id) => policy.Rule(id) is { } r ? ComplianceText.RuleTitle(id, r.TitleVi, r.TitleEn) : id;
        TimeZoneInfo Zone(Guid unit) => ExportPaging.Zone(units.GetValueOrDefault(unit)?.TimeZone);
        return
        [
            new(text["Export.Hostname"], 22, r => XlsxValue.Of(r.Hostname)),
            new(text["Export.UnitCode"], 18, r => XlsxValue.Of(r.UnitCode)),
            new(text["Export.Unit"], 30, r => XlsxValue.Of(r.UnitName)),
            new(text["Export.OsRelease"], 18, r => XlsxValue.Of(r.OsRelease)),
            new(text["Export.OsName"], 34, r => XlsxValue.Of(r.OsName)),
            new(text["Export.Rule"], 30, r => XlsxValue.Of(Rule(r.RuleId))),
            new(text["Export.Status"], 14, r => XlsxValue.Of(labels.Status(r.Status))),
            new(text["Export.Reason"], 36, r => XlsxValue.Of(labels.Reason(r.Reason))),
            new(text["Export.Remediation"], 26, r => XlsxValue.Of(r.Remediation == "None" ? null : labels.Kind(r.Remediation))),
            new(text["Export.Evidence"], 60, r => XlsxValue.Of(labels.EvidenceSummary(r.Evidence))),
            new(text["Export.DataObservedAt"], 18, r => XlsxValue.At(r.DataObservedAt, Zone(r.UnitId))),
            new(text["Export.DataAgeDays"], 12, r => XlsxValue.Of(r.DataObservedAt is { } at ? today.DayNumber - DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(at, Zone(r.UnitId))).DayNumber : null)),
            new(text["Export.Since"], 18, r => XlsxValue.At(r.Since, Zone(r.UnitId))),
            new(text["Export.ItemStatus"], 16, r => XlsxValue.Of(labels.ItemStatus(r.OpenItemStatus))),
        ];
    }
}
