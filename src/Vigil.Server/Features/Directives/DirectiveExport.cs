using Vigil.Domain.Directives;
using Vigil.Server.Features.Export;

namespace Vigil.Server.Features.Directives;

/// <summary>
/// The aggregated report as a spreadsheet: one row per addressed unit with its submitted figures, then the totals row,
/// then the live measurements beside them so discrepancies can be checked.
/// </summary>
internal static class DirectiveExport
{
    private sealed record Row(string Code, string Name, string Status, int? Version, DateTime? SubmittedAt, IReadOnlyList<long?> Values, IReadOnlyList<long?> Measured, string? Notes);

    public static Task<ExportFile> WriteAsync(
        AggregatedReport report, IReadOnlyList<(FigureDefinition Figure, List<(string UnitCode, string UnitName, Contracts.V1.FigureItemDto Item)> Items)> details, bool english, CancellationToken ct)
    {
        var zone = ExportPaging.Zone(report.Header.TimeZone);
        var columns = new List<XlsxColumn<Row>>
        {
            new(english ? "Unit code" : "Mã đơn vị", 14, r => XlsxValue.Of(r.Code)),
            new(english ? "Unit" : "Đơn vị", 36, r => XlsxValue.Of(r.Name)),
            new(english ? "Status" : "Trạng thái", 14, r => XlsxValue.Of(r.Status)),
            new(english ? "Version" : "Lần nộp", 9, r => XlsxValue.Of(r.Version)),
            new(english ? "Submitted at" : "Thời điểm nộp", 18, r => XlsxValue.At(r.SubmittedAt, zone)),
        };
        for (var i = 0; i < report.Figures.Count; i++)
        {
            var index = i;
            columns.Add(new(report.Figures[i].Title(english), 16, r => XlsxValue.Of(r.Values[index])));
        }

        for (var i = 0; i < report.Figures.Count; i++)
        {
            var index = i;
            columns.Add(new((english ? "Measured now: " : "Vigil đo hiện tại: ") + report.Figures[i].Title(english), 16, r => XlsxValue.Of(r.Measured[index])));
        }

        columns.Add(new(english ? "Notes" : "Ghi chú", 40, r => XlsxValue.Of(r.Notes)));
        var rows = report.Rows.Select(r => new Row(r.UnitCode, r.UnitName, r.Status.ToString(), r.Version, r.SubmittedAtUtc, r.Values, r.Measured, r.Notes)).ToList();
        rows.Add(new Row("", english ? "Total" : "Tổng cộng", "", null, null, [.. report.Totals.Select(t => (long?)t)], [.. report.MeasuredTotals.Select(t => (long?)t)], null));
        var fileName = "bao-cao-" + string.Concat(report.Header.Number.Select(c => char.IsLetterOrDigit(c) ? c : '-')) + ".xlsx";
        var sheets = new List<XlsxSheet> { XlsxSheet.Of(english ? "Summary" : "Tổng hợp", columns, rows.ToAsyncEnumerable()) };
        var detailColumns = new List<XlsxColumn<(string UnitCode, string UnitName, Contracts.V1.FigureItemDto Item)>>
        {
            new(english ? "Unit code" : "Mã đơn vị", 14, r => XlsxValue.Of(r.UnitCode)),
            new(english ? "Unit" : "Đơn vị", 36, r => XlsxValue.Of(r.UnitName)),
            new(english ? "Name" : "Tên máy / thiết bị", 28, r => XlsxValue.Of(r.Item.Name)),
            new(english ? "Details" : "Chi tiết", 48, r => XlsxValue.Of(r.Item.Detail)),
        };
        // One sheet per measured figure, named by its key (titles are longer than a sheet name may be).
        sheets.AddRange(details.Select(d => XlsxSheet.Of(d.Figure.Key, detailColumns, d.Items.ToAsyncEnumerable())));
        return XlsxWriter.WriteFileAsync(fileName, sheets, ct);
    }
}
