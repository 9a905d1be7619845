using Microsoft.AspNetCore.Mvc;
using Vigil.Domain.Inventory.Import;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.InventoryImport;

internal static class InventoryImportEndpoints
{
    public static RouteGroupBuilder MapInventoryImportEndpoints(this RouteGroupBuilder api)
    {
        var import = api.MapGroup("/inventory/import").WithTags("Inventory import");
        import.MapPost("", async (IFormFile file, [FromQuery] bool? dryRun, InventoryImportService s, CancellationToken ct) =>
            {
                if (file.Length > InventoryImportService.MaxUploadBytes)
                {
                    return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: ImportCodes.FileTooLarge,
                        detail: $"{file.FileName}: larger than {InventoryImportService.MaxUploadBytes} bytes.");
                }

                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                var result = await s.ImportAsync(buffer.ToArray(), file.FileName, dryRun == true, ct);
                if (!result.IsSuccess)
                {
                    return result.Error!.ToProblem();
                }

                return result.Value!.Errors.Count == 0 ? Results.Ok(result.Value) : Results.UnprocessableEntity(result.Value);
            })
            .WithMetadata(new RequestSizeLimitAttribute(InventoryImportService.MaxUploadBytes + (64 * 1024)))
            .DisableAntiforgery() // Bearer-token API: no cookie, so no cross-site request can ride it.
            .WithSummary("Import computers and network devices from an .xlsx or .csv (multipart field 'file'); ?dryRun=true previews. All or nothing; errors located by sheet, row and column.");
        import.MapGet("/template.xlsx", () => Results.File(InventoryTemplate.CachedXlsx, InventoryTemplate.XlsxContentType, InventoryTemplate.XlsxFileName))
            .WithSummary("The import template: sheets 'Máy tính' and 'Thiết bị mạng' with Vietnamese headers, and 'Hướng dẫn'.");
        import.MapGet("/template-computers.csv", () => Results.File(InventoryTemplate.CachedCsv(InventorySheetKind.Computers), InventoryTemplate.CsvContentType, InventoryTemplate.ComputersCsvFileName))
            .WithSummary("Header-only CSV template for computers (UTF-8 with BOM).");
        import.MapGet("/template-network-devices.csv", () => Results.File(InventoryTemplate.CachedCsv(InventorySheetKind.NetworkDevices), InventoryTemplate.CsvContentType, InventoryTemplate.NetworkDevicesCsvFileName))
            .WithSummary("Header-only CSV template for network devices (UTF-8 with BOM).");
        return import;
    }
}
