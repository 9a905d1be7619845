using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Common;
using Vigil.Domain.Directives;
using Vigil.Domain.Documents;
using Vigil.Server.Features.Documents;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Directives;

/// <summary>
/// The roll-up as the reporting office's official report: a DOCX in the layout of Nghị định 30/2020, or that DOCX
/// converted to PDF by LibreOffice. Who may export is who may read the roll-up (coordinators of the target subtree).
/// </summary>
public sealed class DirectiveDocumentService(
    VigilDbContext db, DirectiveBoardService boards, AdministrativeDocxWriter writer, PdfConverter pdf, TimeProvider clock)
{
    public sealed record DocumentFile(byte[] Content, string ContentType, string FileName);

    public async Task<Result<DocumentFile>> ExportAsync(Guid directiveId, DirectiveDocumentRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var format = (request.Format ?? "docx").Trim().ToLowerInvariant();
        if (format is not ("docx" or "pdf"))
        {
            return Error.Validation("directive.document_format_invalid", $"Unknown format '{request.Format}' (docx, pdf).", "format");
        }

        var capacity = Capacity(request.SignerCapacity);
        if (!capacity.IsSuccess)
        {
            return capacity.Error!;
        }

        var aggregated = await boards.AggregateAsync(directiveId, ct);
        if (!aggregated.IsSuccess)
        {
            return aggregated.Error!;
        }

        var report = aggregated.Value!;
        var options = await OptionsAsync(directiveId, report, request, capacity.Value, ct);
        var docx = writer.ToDocx(DirectiveReportDocument.Build(report, options));
        if (!docx.IsSuccess)
        {
            return docx.Error!;
        }

        var name = "bao-cao-" + FileNamePart(report.Header.Number);
        if (format == "docx")
        {
            return new DocumentFile(docx.Value!, AdministrativeDocxWriter.ContentType, name + ".docx");
        }

        var converted = await pdf.ToPdfAsync(docx.Value!, ct);
        return converted.IsSuccess ? new DocumentFile(converted.Value!, PdfConverter.ContentType, name + ".pdf") : converted.Error!;
    }

    private async Task<DirectiveDocumentOptions> OptionsAsync(
        Guid directiveId, AggregatedReport report, DirectiveDocumentRequest r, SigningCapacity? capacity, CancellationToken ct)
    {
        // The target and its parent were readable to whoever could load the roll-up; their names head the report.
        var target = await db.Directives.AsNoTracking().Where(d => d.Id == directiveId)
            .Join(db.Units.IgnoreQueryFilters(), d => d.UnitId, u => u.Id, (d, u) => new { u.Code, u.Name, u.ParentId })
            .FirstAsync(ct);
        var parent = target.ParentId is { } parentId
            ? await db.Units.IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == parentId).Select(u => u.Name).FirstOrDefaultAsync(ct)
            : null;
        var signature = new SignatureBlock(
            capacity is { } c ? new SigningAuthority(c, Text(r.SignerOf) ?? "") : null, Text(r.SignerTitle) ?? "", Text(r.SignerName) ?? "");
        return new DirectiveDocumentOptions(
            Text(r.IssuingBody) ?? target.Name,
            Text(r.ParentBody) ?? parent ?? "",
            new DocumentNumber(r.Sequence, Text(r.Symbol) ?? "BC-" + target.Code.ToUpperInvariant()),
            Text(r.Place) ?? report.Header.Place ?? "",
            r.Date ?? InventoryUnits.Today(clock.GetUtcNow().UtcDateTime),
            signature,
            (r.Distribution ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static Result<SigningCapacity?> Capacity(string? text) => Text(text)?.TrimEnd('.').ToUpperInvariant() switch
    {
        null => (SigningCapacity?)null,
        "TM" => SigningCapacity.OnBehalfOf,
        "KT" => SigningCapacity.Deputy,
        "TL" => SigningCapacity.ByOrder,
        "TUQ" => SigningCapacity.ByDelegation,
        _ => Error.Validation("directive.document_capacity_invalid", $"Unknown signing capacity '{text}' (TM, KT, TL, TUQ or empty).", "signerCapacity"),
    };

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FileNamePart(string number) =>
        new(number.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
