using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Common;
using Vigil.Domain.Documents;
using Vigil.Domain.Incidents;
using Vigil.Server.Features.Documents;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Incidents;

/// <summary>
/// Mẫu 03 and Mẫu 04 of an incident as DOCX through the shared administrative-document writer, or as PDF through
/// LibreOffice like the directive reports. Whoever can read the incident can print it.
/// </summary>
public sealed class IncidentReportService(VigilDbContext db, IncidentQuery query, AdministrativeDocxWriter writer, PdfConverter pdf, TimeProvider clock)
{
    public sealed record DocumentFile(byte[] Content, string ContentType, string FileName);

    public static IncidentReportKind? KindOf(string form) => form.Trim().ToLowerInvariant() switch
    {
        "initial" or "mau-03" or "03" => IncidentReportKind.Initial,
        "closure" or "mau-04" or "04" => IncidentReportKind.Closure,
        _ => null,
    };

    public async Task<Result<DocumentFile>> ExportAsync(Guid incidentId, string form, IncidentReportRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var incident = await db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == incidentId, ct);
        if (incident is null)
        {
            return IncidentErrors.NotFound(incidentId);
        }

        if (KindOf(form) is not { } kind)
        {
            return Error.Validation("incident.report_form", $"Unknown report '{form}' (initial or closure).", "form");
        }

        var format = (request.Format ?? "docx").Trim().ToLowerInvariant();
        if (format is not ("docx" or "pdf"))
        {
            return Error.Validation("incident.report_format", $"Unknown format '{request.Format}' (docx, pdf).", "format");
        }

        if (kind == IncidentReportKind.Closure && incident.Status != IncidentStatus.Closed)
        {
            return Error.Conflict("incident.not_closed", "The closure report (Mẫu 04) is printed once the incident is closed.");
        }

        var regulation = query.Regulation(incident.RegulationId) ?? IncidentRegulations.Defaults[^1];
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == incident.UnitId).Select(u => new { u.Name, u.Code, u.ParentId, u.TimeZone }).FirstAsync(ct);
        var parent = unit.ParentId is { } parentId
            ? await db.Units.IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == parentId).Select(u => u.Name).FirstOrDefaultAsync(ct)
            : null;
        var data = new IncidentReportData
        {
            Incident = incident,
            Regulation = regulation,
            UnitName = unit.Name,
            ParentBody = parent ?? "",
            TimeZone = unit.TimeZone,
            Assets = await db.IncidentAssets.AsNoTracking().Where(a => a.IncidentId == incidentId).OrderBy(a => a.AddedAt).ToListAsync(ct),
            Files = await db.IncidentFiles.AsNoTracking().Where(f => f.IncidentId == incidentId).OrderBy(f => f.UploadedAt).ToListAsync(ct),
            Timeline = await db.IncidentTimeline.AsNoTracking().Where(t => t.IncidentId == incidentId).OrderBy(t => t.At).ThenBy(t => t.Id).ToListAsync(ct),
            Number = new DocumentNumber(request.Sequence, Text(request.Symbol) ?? "BC-" + SymbolPart(unit.Code)),
            Place = Text(request.Place) ?? unit.Name,
            Date = request.Date ?? InventoryUnits.Today(clock.GetUtcNow().UtcDateTime),
            Signature = new SignatureBlock(null, Text(request.SignerTitle) ?? "THỦ TRƯỞNG ĐƠN VỊ", Text(request.SignerName) ?? incident.ReporterName ?? ""),
        };
        var docx = writer.ToDocx(IncidentReportDocument.Build(data, kind));
        if (!docx.IsSuccess)
        {
            return docx.Error!;
        }

        var name = (kind == IncidentReportKind.Initial ? "mau-03-bao-cao-ban-dau-" : "mau-04-bao-cao-ket-thuc-") + incident.Id.ToString("N")[..8];
        if (format == "docx")
        {
            return new DocumentFile(docx.Value!, AdministrativeDocxWriter.ContentType, name + ".docx");
        }

        var converted = await pdf.ToPdfAsync(docx.Value!, ct);
        return converted.IsSuccess ? new DocumentFile(converted.Value!, PdfConverter.ContentType, name + ".pdf") : converted.Error!;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string SymbolPart(string code) => new([.. code.ToUpperInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
