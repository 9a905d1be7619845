using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.Domain.Common.Csv;
using Vigil.Domain.Inventory.Import;
using Vigil.Domain.Vulnerabilities.Cpe;

namespace Vigil.Domain.Vulnerabilities.Import;

/// <summary>
/// Reads a bulletin's table (CSV, or a sheet the XLSX reader produced): a header row naming at least the CVE and
/// product columns (<see cref="BulletinColumns"/>), then one row per CVE × product. KB numbers in the fix column
/// become <see cref="BulletinRow.FixKbs"/>; a bare version becomes <see cref="BulletinRow.FixedVersion"/>.
/// Every bad cell is reported with its row and column; any error and nothing is imported.
/// </summary>
public static partial class BulletinSheetParser
{
    public static VulnImportResult<Bulletin> ReadCsv(string fileName, byte[] content, string documentNumber, DateOnly? date, string title)
    {
        ArgumentNullException.ThrowIfNull(content);
        var csv = CsvReader.Read(content);
        if (csv.Problems.Count > 0)
        {
            return new([], csv.Problems.Select(p => new VulnImportError(fileName, p.Row, null, VulnImportCodes.Csv, p.Message)).ToList());
        }

        var rows = csv.Records.Select(r => new SheetRow(r.Row, r.Fields.Select((text, i) => new SheetCell(i, text)).ToList())).ToList();
        return Read(new SheetTable(fileName, rows), documentNumber, date, title);
    }

    public static VulnImportResult<Bulletin> Read(SheetTable sheet, string documentNumber, DateOnly? date, string title)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var file = sheet.Name;
        if (string.IsNullOrWhiteSpace(documentNumber))
        {
            return VulnImportResult<Bulletin>.Fail(file, VulnImportCodes.Required, "The bulletin needs a document number.");
        }

        var headerRow = sheet.Rows.FirstOrDefault(r => !r.IsBlank);
        if (headerRow is null)
        {
            return VulnImportResult<Bulletin>.Fail(file, VulnImportCodes.Empty, "The sheet is empty.");
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in headerRow.Cells)
        {
            if (BulletinColumns.Aliases.TryGetValue(cell.Text.Trim(), out var key))
            {
                columns.TryAdd(key, cell.Column);
            }
        }

        var errors = new List<VulnImportError>();
        foreach (var required in new[] { BulletinColumns.Cve, BulletinColumns.Product })
        {
            if (!columns.ContainsKey(required))
            {
                errors.Add(new VulnImportError(file, headerRow.Number, required, VulnImportCodes.MissingColumn, $"The header row has no '{required}' column."));
            }
        }

        if (errors.Count > 0)
        {
            return new([], errors);
        }

        var rows = new List<BulletinRow>();
        foreach (var row in sheet.Rows.Where(r => r.Number > headerRow.Number && !r.IsBlank))
        {
            var parsed = Row(file, row, columns, errors);
            if (parsed is not null)
            {
                rows.Add(parsed);
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new VulnImportError(file, null, null, VulnImportCodes.Empty, "The sheet has a header but no rows."));
        }

        var bulletin = new Bulletin { DocumentNumber = documentNumber.Trim(), Date = date, Title = title?.Trim() ?? "", Rows = rows };
        return errors.Count == 0 ? new([bulletin], []) : new([], errors);
    }

    private static BulletinRow? Row(string file, SheetRow row, Dictionary<string, int> columns, List<VulnImportError> errors)
    {
        string Cell(string key) => columns.TryGetValue(key, out var c) ? row.CellText(c).Trim() : "";
        string Letter(string key) => ColumnLetters.Of(columns[key]);
        var before = errors.Count;
        var cveText = Cell(BulletinColumns.Cve);
        var cve = CveIds.Normalize(cveText);
        if (cve is null)
        {
            errors.Add(new VulnImportError(file, row.Number, Letter(BulletinColumns.Cve), cveText.Length == 0 ? VulnImportCodes.Required : VulnImportCodes.CveId,
                cveText.Length == 0 ? "The CVE id is empty." : $"'{cveText}' is not a CVE id (CVE-YYYY-NNNN)."));
        }

        var product = Cell(BulletinColumns.Product);
        if (product.Length == 0)
        {
            errors.Add(new VulnImportError(file, row.Number, Letter(BulletinColumns.Product), VulnImportCodes.Required, "The product is empty."));
        }

        decimal? cvss = null;
        var cvssText = Cell(BulletinColumns.Cvss);
        if (cvssText.Length > 0)
        {
            if (decimal.TryParse(cvssText.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 10)
            {
                cvss = score;
            }
            else
            {
                errors.Add(new VulnImportError(file, row.Number, Letter(BulletinColumns.Cvss), VulnImportCodes.Score, $"'{cvssText}' is not a CVSS score (0–10)."));
            }
        }

        var cpeText = Cell(BulletinColumns.Cpe);
        if (cpeText.Length > 0 && !CpeNameParser.Parse(cpeText).IsSuccess)
        {
            errors.Add(new VulnImportError(file, row.Number, Letter(BulletinColumns.Cpe), VulnImportCodes.Cpe, $"'{cpeText}' is not a CPE 2.3 name."));
        }

        var exploitedText = Cell(BulletinColumns.Exploited);
        var exploited = Exploited(exploitedText);
        if (exploited is null)
        {
            errors.Add(new VulnImportError(file, row.Number, Letter(BulletinColumns.Exploited), VulnImportCodes.Required, $"'{exploitedText}' is not yes/no (có/không)."));
        }

        if (errors.Count > before)
        {
            return null;
        }

        var fix = Cell(BulletinColumns.Fix);
        var kbs = Kb().Matches(fix).Select(m => "KB" + m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        var severity = Cell(BulletinColumns.Severity);
        return new BulletinRow
        {
            CveId = cve!,
            Product = product,
            Cpe = cpeText.Length == 0 ? null : cpeText,
            Severity = severity.Length > 0 ? severity : cvss is { } s ? CvssScore.SeverityOf(s) : null,
            Cvss = cvss,
            Exploited = exploited!.Value,
            FixKbs = kbs,
            FixedVersion = kbs.Count == 0 && VersionLike().IsMatch(fix) ? fix : null,
            FixText = fix,
        };
    }

    private static bool? Exploited(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "no" or "false" or "0" or "không" or "khong" or "n" => false,
        "yes" or "true" or "1" or "x" or "có" or "co" or "y" or "exploited" => true,
        _ => null,
    };

    [GeneratedRegex(@"\bKB\s?(\d{6,8})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Kb();

    [GeneratedRegex(@"^\d+(\.\d+)+[\w().\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionLike();
}
