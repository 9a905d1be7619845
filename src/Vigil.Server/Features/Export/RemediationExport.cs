using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Server.Features.Compliance;
using Vigil.Server.Features.Inventory;
using Vigil.Server.Features.Remediation;
using Vigil.Storage;

namespace Vigil.Server.Features.Export;

/// <summary>The remediation list as .xlsx: the board's filters and scope, every item, in the list's order (due day first).</summary>
public sealed class RemediationExport(VigilDbContext db, RemediationQuery query, ComplianceText labels, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public async Task<Result<ExportFile>> ExportAsync(RemediationFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var units = await InventoryUnits.LoadAsync(db, ct);
        var filtered = query.Filter(units, filter);
        if (!filtered.IsSuccess)
        {
            return filtered.Error!;
        }

        var items = filtered.Value!.AsNoTracking();
        var count = await items.CountAsync(ct);
        if (ExportPaging.CheckCount(count) is { } tooMany)
        {
            return tooMany;
        }

        var ordered = items.OrderBy(i => i.DueOn == null).ThenBy(i => i.DueOn).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id);
        var rows = ExportPaging.Batches(async (skip, take, token) => await query.DescribeAsync(await ordered.Skip(skip).Take(take).ToListAsync(token), units, token), ct);
        return await XlsxWriter.WriteFileAsync(text["Export.RemediationSheet"], ExportPaging.FileName("khac-phuc", ComplianceDates.Today(clock)), Columns(units), rows, ct);
    }

    private List<XlsxColumn<RemediationItemDto>> Columns(Dictionary<Guid, InventoryUnits.Info> units)
    {
        TimeZoneInfo Zone(Guid unit) => ExportPaging.Zone(units.GetValueOrDefault(unit)?.TimeZone);
        return
        [
            // A network device's item names the device with its vendor and model: "KT-ASA (Cisco ASA5516-X)".
            new(text["Export.Hostname"], 22, i => XlsxValue.Of(i.DeviceModel is null ? i.Hostname : $"{i.Hostname} ({i.DeviceModel})")),
            new(text["Export.UnitCode"], 18, i => XlsxValue.Of(i.UnitCode)),
            new(text["Export.Unit"], 30, i => XlsxValue.Of(i.UnitName)),
            new(text["Export.Rule"], 30, i => XlsxValue.Of(i.RuleId is null || i.NetworkDeviceId is not null ? i.Title : ComplianceText.RuleTitle(i.RuleId, i.RuleTitleVi, i.RuleTitleEn))),
            new(text["Export.Kind"], 26, i => XlsxValue.Of(labels.Kind(i.Kind))),
            new(text["Export.ItemStatus"], 16, i => XlsxValue.Of(labels.ItemStatus(i.Status))),
            new(text["Export.Reason"], 36, i => XlsxValue.Of(labels.Reason(i.Reason))),
            new(text["Export.ItemOwner"], 24, i => XlsxValue.Of(i.Owner)),
            new(text["Export.DueOn"], 12, i => XlsxValue.Of(i.DueOn)),
            new(text["Export.Overdue"], 10, i => XlsxValue.Of(i.Overdue ? text["Common.Yes"] : text["Common.No"])),
            new(text["Export.CurrentVerdict"], 16, i => XlsxValue.Of(labels.Status(i.CurrentVerdict))),
            new(text["Export.Replacement"], 22, i => XlsxValue.Of(i.ReplacementHostname)),
            new(text["Export.CreatedAt"], 18, i => XlsxValue.At(i.CreatedAt, Zone(i.UnitId))),
            new(text["Export.CreatedBy"], 16, i => XlsxValue.Of(i.CreatedBy)),
            new(text["Export.UpdatedAt"], 18, i => XlsxValue.At(i.UpdatedAt, Zone(i.UnitId))),
            new(text["Export.ClosedAt"], 18, i => XlsxValue.At(i.ClosedAt, Zone(i.UnitId))),
        ];
    }
}
