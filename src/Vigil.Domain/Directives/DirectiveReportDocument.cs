using System.Globalization;
using Vigil.Domain.Documents;

namespace Vigil.Domain.Directives;

/// <summary>
/// Turns a directive's roll-up into the reporting office's official report (BÁO CÁO, Nghị định 30/2020 layout) to the
/// body that issued the directive: which letter it answers, the figures of every addressed unit with their totals,
/// who has not reported, and where a submitted figure differs from what Vigil measures. Figures are the submitted
/// ones — the document reports what the units declared, and says where the measurement disagrees.
/// </summary>
public static class DirectiveReportDocument
{
    private static readonly CultureInfo s_vi = CultureInfo.GetCultureInfo("vi-VN");

    public static AdministrativeDocument Build(AggregatedReport report, DirectiveDocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        var h = report.Header;
        var about = StripSubjectPrefix(h.Subject);
        var letter = $"Công văn số {h.Number} ngày {h.IssuedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} của {h.IssuingBody}";
        var body = new List<DocumentBlock>
        {
            BodyParagraph.Plain($"Thực hiện {letter} về việc {about}, {options.IssuingBody} báo cáo kết quả thực hiện như sau:"),
            new BodyHeading("I. KẾT QUẢ TỔNG HỢP"),
            BodyParagraph.Plain(
                $"Số đơn vị đã báo cáo: {report.Submitted}/{report.Rows.Count}. Số liệu trong bảng là số liệu các đơn vị đã nộp; "
                + "đơn vị chưa nộp báo cáo được ghi \"—\"."),
            Table(report),
        };

        var missing = report.Rows.Where(r => r.Values.All(v => v is null)).Select(r => r.UnitName).ToList();
        var discrepant = report.Rows.Where(r => r.Discrepant.Any(d => d)).ToList();
        if (missing.Count > 0 || discrepant.Count > 0)
        {
            body.Add(new BodyHeading("II. CÁC VẤN ĐỀ CẦN LƯU Ý"));
        }

        if (missing.Count > 0)
        {
            body.Add(BodyParagraph.Of(new TextRun("Đơn vị chưa nộp báo cáo: ", Bold: true), new TextRun(string.Join(", ", missing) + ".")));
        }

        foreach (var row in discrepant)
        {
            var figures = report.Figures.Select((f, i) => (f, i)).Where(x => row.Discrepant[x.i])
                .Select(x => $"{x.f.TitleVi}: báo cáo {Number(row.Values[x.i])}, hệ thống ghi nhận {Number(row.Measured[x.i])}"
                    + (string.IsNullOrWhiteSpace(row.Justifications[x.i]) ? "" : $" (giải trình: {row.Justifications[x.i]!.Trim()})"));
            body.Add(BodyParagraph.Of(new TextRun(row.UnitName + ": ", Bold: true), new TextRun(string.Join("; ", figures) + ".")));
        }

        body.Add(BodyParagraph.Plain($"{options.IssuingBody} trân trọng báo cáo./."));
        return new AdministrativeDocument
        {
            ParentBody = options.ParentBody,
            IssuingBody = options.IssuingBody,
            Number = options.Number,
            Place = options.Place,
            Date = options.Date,
            Kind = new TitledDocument(TitledDocument.Report, $"Kết quả thực hiện {letter}"),
            Addressees = [h.IssuingBody],
            Body = body,
            Distribution = Distribution(options.Distribution),
            Signature = options.Signature,
        };
    }

    private static BodyTable Table(AggregatedReport report)
    {
        var columns = new List<TableColumn> { new("TT", ColumnAlignment.Center), new("Đơn vị", ColumnAlignment.Left, 3) };
        columns.AddRange(report.Figures.Select(f => new TableColumn(f.TitleVi, ColumnAlignment.Right, 2)));
        var rows = report.Rows.Select((r, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), r.UnitName, .. r.Values.Select(Number)]).ToList();
        IReadOnlyList<string> totals = ["", "Tổng cộng", .. report.Totals.Select(t => Number(t))];
        return new BodyTable(columns, rows, totals);
    }

    private static List<string> Distribution(IReadOnlyList<string> given)
    {
        var list = new List<string> { "Như trên" };
        list.AddRange(given.Where(d => !string.IsNullOrWhiteSpace(d) && !d.Trim().Equals("Như trên", StringComparison.OrdinalIgnoreCase)).Select(d => d.Trim()));
        if (!list.Exists(d => d.StartsWith("Lưu", StringComparison.OrdinalIgnoreCase)))
        {
            list.Add("Lưu: VT");
        }

        return list;
    }

    private static string Number(long? value) => value is { } v ? v.ToString("N0", s_vi) : "—";

    // "V/v rà soát máy tính …" reads "về việc rà soát máy tính …" in the opening sentence.
    private static string StripSubjectPrefix(string subject)
    {
        var text = subject.Trim();
        foreach (var prefix in new[] { "V/v", "v/v", "Về việc", "về việc" })
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return text[prefix.Length..].Trim(' ', ':');
            }
        }

        return text;
    }
}
