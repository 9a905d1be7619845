using System.Security.Cryptography;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Inventory;
using Vigil.Domain.Inventory.Import;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.InventoryImport;

/// <summary>
/// Imports computers and network devices from an .xlsx or .csv file. Everything is validated before anything is
/// written; then, in one transaction, network devices are upserted by unit and name and computers go through the
/// inventory ingest (source <c>import</c>, key <c>sheet:UNIT/HOSTNAME</c>), so re-importing a file updates the same
/// records. A dry run returns the same answer without writing.
/// </summary>
public sealed partial class InventoryImportService(VigilDbContext db, IInventoryIngest ingest, TimeProvider clock, ILogger<InventoryImportService> logger)
{
    /// <summary>Largest upload accepted; a province's inventory as .xlsx is well under 1 MB.</summary>
    public const int MaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>Viewers read; everyone who may change something in a unit may import for it.</summary>
    public bool CanImport => db.Access.Scope.CanWriteAnything;

    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public async Task<Result<InventoryImportResultDto>> ImportAsync(byte[] content, string? fileName, bool dryRun, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!CanImport)
        {
            return Error.Forbidden("inventory.import_forbidden", "Viewers cannot import inventory.");
        }

        var name = CleanFileName(fileName);
        var sha = Sha256Of(content);
        var read = Read(content, name);
        if (!read.IsReadable)
        {
            return Rejected(dryRun, name, sha, read.Errors);
        }

        var parsed = InventorySheetParser.Parse(read.Sheets);
        if (dryRun)
        {
            var preview = await PlanAsync(parsed, ct);
            return preview.IsValid ? Accepted(preview, dryRun: true, committed: false, name, sha) : Rejected(dryRun, name, sha, preview.Errors);
        }

        // Planned inside the transaction, so that what is counted is what is written.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var plan = await PlanAsync(parsed, ct);
        if (!plan.IsValid)
        {
            return Rejected(dryRun, name, sha, plan.Errors);
        }

        var written = await WriteAsync(plan, name, sha, ct);
        if (!written.IsSuccess)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return written.Error!;
        }

        await transaction.CommitAsync(ct);
        Log.InventoryImported(logger, db.Access.ActorName, name, sha,
            plan.ComputerCounts.New, plan.ComputerCounts.Updated, plan.ComputerCounts.Unchanged,
            plan.DeviceCounts.New, plan.DeviceCounts.Updated, plan.DeviceCounts.Unchanged);
        return Accepted(plan, dryRun: false, committed: true, name, sha);
    }

    /// <summary>The file's sheets by its content, not its name: ZIP is read as .xlsx, text as CSV.</summary>
    private static SpreadsheetContent Read(byte[] content, string fileName)
    {
        if (content.Length == 0)
        {
            return SpreadsheetContent.Failed(fileName, ImportCodes.FileEmpty, "Tệp rỗng.", "The file is empty.");
        }

        if (content.Length > MaxUploadBytes)
        {
            return SpreadsheetContent.Failed(fileName, ImportCodes.FileTooLarge,
                $"Tệp lớn hơn {MaxUploadBytes / (1024 * 1024)} MB; hãy chia thành nhiều tệp.",
                $"The file is larger than {MaxUploadBytes / (1024 * 1024)} MB; split it into several files.");
        }

        return SpreadsheetFormats.Detect(content, fileName) switch
        {
            SpreadsheetFormat.Zip => XlsxReader.Read(content, fileName, InventorySheetParser.MaxRows),
            SpreadsheetFormat.Csv => InventoryCsv.Read(content, fileName),
            SpreadsheetFormat.CompoundFile => SpreadsheetContent.Failed(fileName, ImportCodes.FileLegacyOrEncrypted,
                "Đây là tệp Excel 97-2003 (.xls) hoặc tệp .xlsx có đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu nếu có, và lưu thành \"Excel Workbook (*.xlsx)\".",
                "This is an Excel 97-2003 file (.xls) or a password-protected .xlsx; open it in Excel, remove any password and save it as \"Excel Workbook (*.xlsx)\"."),
            _ => SpreadsheetContent.Failed(fileName, ImportCodes.FileNotSpreadsheet,
                "Tệp không phải bảng tính .xlsx hay .csv; hãy dùng tệp mẫu.",
                "The file is neither an .xlsx workbook nor a .csv file; use the template."),
        };
    }

    private static string CleanFileName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/')).Trim();
        name = new string([.. name.Where(c => !char.IsControl(c))]);
        return name.Length == 0 ? "upload" : name.Length > 120 ? name[..120] : name;
    }

    private InventoryImportResultDto Rejected(bool dryRun, string name, string sha, IReadOnlyList<InventoryImportError> errors)
    {
        Log.InventoryImportRejected(logger, db.Access.ActorName, name, sha, errors.Count, errors.Count > 0 ? errors[0].Code : "");
        var none = new InventoryImportCountsDto(0, 0, 0);
        return new InventoryImportResultDto(dryRun, false, name, sha, none, none, [.. errors.Select(ToDto)]);
    }

    private static InventoryImportResultDto Accepted(InventoryImportPlan plan, bool dryRun, bool committed, string name, string sha) =>
        new(dryRun, committed, name, sha, ToDto(plan.ComputerCounts), ToDto(plan.DeviceCounts), []);

    private static InventoryImportCountsDto ToDto(ImportCounts c) => new(c.New, c.Updated, c.Unchanged);

    private static InventoryImportErrorDto ToDto(InventoryImportError e) =>
        new(e.Location.Sheet, e.Location.Row, e.Location.Column, e.Location.Header, e.Code, e.Message, e.EnglishMessage);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
