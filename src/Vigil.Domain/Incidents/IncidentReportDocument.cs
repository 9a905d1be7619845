using System.Globalization;
using Vigil.Domain.Documents;

namespace Vigil.Domain.Incidents;

/// <summary>
/// The incident reports of Circular 20/2017/TT-BTTTT as administrative documents (Nghị định 30/2020 layout, written by
/// the shared DOCX writer): Mẫu 03, the initial report, and Mẫu 04, the closure report. Both carry the fields the
/// forms ask for — reporter and contact, the affected system and its owner, description and impact, time and way of
/// detection, current status, who was notified, measures taken, attachments — numbered as sections; the closure
/// report adds the response timeline and the closing time. The recipient and form version come from the regulation
/// in force on the detection day.
/// </summary>
public static class IncidentReportDocument
{
    public static AdministrativeDocument Build(IncidentReportData data, IncidentReportKind kind)
    {
        ArgumentNullException.ThrowIfNull(data);
        var i = data.Incident;
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(data.TimeZone, out var z) ? z : TimeZoneInfo.Utc;
        string Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
        var form = kind == IncidentReportKind.Initial ? "Mẫu 03" : "Mẫu 04";
        var body = new List<DocumentBlock>
        {
            BodyParagraph.Of(new TextRun($"({form} — {data.Regulation.FormVersion}; căn cứ: {data.Regulation.Basis})", Italic: true)),
            new BodyHeading("1. Thông tin đơn vị, người báo cáo"),
            Field("Tên đơn vị báo cáo", data.UnitName),
            Field("Người báo cáo", i.ReporterName),
            Field("Thông tin liên hệ", i.ReporterContact),
            new BodyHeading("2. Hệ thống thông tin bị sự cố"),
            Field("Tên hệ thống", i.AffectedSystem),
            Field("Chủ quản hệ thống", i.SystemOwner),
            Field("Tài sản bị ảnh hưởng", Assets(data.Assets)),
            new BodyHeading("3. Mô tả sự cố và mức độ ảnh hưởng"),
            Field("Tên sự cố", i.Title),
            Field("Mô tả", i.Description),
            Field("Ảnh hưởng", i.Impact),
            Field("Mức độ", SeverityVi(i.Severity)),
            new BodyHeading("4. Thời điểm và cách thức phát hiện"),
            Field("Thời điểm phát hiện", Local(i.DetectedAt)),
            Field("Cách thức phát hiện", i.DetectionMethod),
            new BodyHeading("5. Tình trạng hiện tại"),
            Field("Trạng thái", StatusVi(i.Status)),
            new BodyHeading("6. Đã thông báo cho"),
            Field("Cơ quan, đơn vị đã được thông báo", i.NotifiedParties),
            new BodyHeading("7. Biện pháp đã thực hiện"),
            Field("Biện pháp", i.MeasuresTaken),
        };
        if (kind == IncidentReportKind.Closure)
        {
            body.Add(new BodyHeading("8. Diễn biến xử lý"));
            body.Add(Field("Thời điểm kết thúc", i.ClosedAt is { } closed ? Local(closed) : null));
            if (data.Timeline.Count > 0)
            {
                body.Add(new BodyTable(
                    [new TableColumn("TT", ColumnAlignment.Center), new TableColumn("Thời điểm", ColumnAlignment.Left, 2), new TableColumn("Nội dung", ColumnAlignment.Left, 5)],
                    [.. data.Timeline.Select((t, n) => (IReadOnlyList<string>)[(n + 1).ToString(CultureInfo.InvariantCulture), Local(t.At), Line(t)])]));
            }
        }

        body.Add(new BodyHeading((kind == IncidentReportKind.Closure ? "9" : "8") + ". Tài liệu kèm theo"));
        body.Add(data.Files.Count == 0
            ? BodyParagraph.Plain("Không có.")
            : BodyParagraph.Plain(string.Join("; ", data.Files.Select(f => $"{f.FileName} ({f.Size.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} byte, SHA-256 {f.Sha256[..16]}…)")) + "."));
        body.Add(BodyParagraph.Plain($"{data.UnitName} trân trọng báo cáo./."));

        var subject = kind == IncidentReportKind.Initial ? $"Báo cáo ban đầu sự cố: {i.Title}" : $"Báo cáo kết thúc ứng phó sự cố: {i.Title}";
        return new AdministrativeDocument
        {
            ParentBody = data.ParentBody,
            IssuingBody = data.UnitName,
            Number = data.Number,
            Place = data.Place,
            Date = data.Date,
            Kind = new TitledDocument(TitledDocument.Report, subject),
            Addressees = [data.Regulation.RecipientAuthority],
            Body = body,
            Distribution = ["Như trên", "Lưu: VT"],
            Signature = data.Signature,
        };
    }

    public static string StatusVi(IncidentStatus status) => status switch
    {
        IncidentStatus.New => "Mới phát hiện",
        IncidentStatus.Investigating => "Đang điều tra, xác minh",
        IncidentStatus.Contained => "Đã khoanh vùng, ngăn chặn",
        IncidentStatus.Eradicated => "Đã loại bỏ nguyên nhân",
        _ => "Đã kết thúc xử lý",
    };

    public static string SeverityVi(IncidentSeverity severity) => severity switch
    {
        IncidentSeverity.Low => "Thấp",
        IncidentSeverity.Medium => "Trung bình",
        IncidentSeverity.High => "Cao",
        _ => "Nghiêm trọng",
    };

    // An empty field is printed as a dash: the form's line stays, so the reader sees it was not left out by mistake.
    private static BodyParagraph Field(string label, string? value) =>
        BodyParagraph.Of(new TextRun(label + ": ", Bold: true), new TextRun(string.IsNullOrWhiteSpace(value) ? "—" : value.Trim()));

    private static string Assets(IReadOnlyList<IncidentAsset> assets) =>
        string.Join("; ", assets.Where(a => a.Kind != IncidentAssetKind.Indicator).Select(a => a.Label)
            .Concat(assets.Where(a => a.Kind == IncidentAssetKind.Indicator).Select(a => "dấu hiệu " + a.Label)));

    private static string Line(IncidentTimelineEntry t) => (t.Kind switch
    {
        IncidentTimelineKind.Created => "Tạo sự cố",
        IncidentTimelineKind.StatusChanged => "Chuyển trạng thái",
        IncidentTimelineKind.Note => "Ghi chú",
        IncidentTimelineKind.Alert => "Cảnh báo",
        IncidentTimelineKind.Action => "Hành động",
        IncidentTimelineKind.File => "Tệp đính kèm",
        IncidentTimelineKind.Assigned => "Giao xử lý",
        _ => "Báo cáo",
    }) + (t.Text.Length == 0 ? "" : ": " + t.Text);
}
